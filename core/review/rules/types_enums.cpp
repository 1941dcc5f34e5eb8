// Enum-like columns: enum-like-no-check, text-matches-enum, enum-style-mixed. Which columns
// are enum-like and how they are validated is decided in core/review/columnfacts.cpp, shared
// with the strengths.

#include "core/review/columnfacts.h"
#include "core/review/rules/types_common.h"

#include <QHash>
#include <QSet>

namespace schemalens::review::types {

namespace {

QString snake(const QString &name)
{
    return nameTokens(name).join(QLatin1Char('_'));
}

// "orders" -> "order", "categories" -> "category", "Document" -> "document".
QString singular(const QString &name)
{
    QString s = snake(name);
    if (s.endsWith(QLatin1String("ies")))
        return s.chopped(3) + QLatin1Char('y');
    if (s.endsWith(QLatin1String("sses")) || s.endsWith(QLatin1String("xes")))
        return s.chopped(2);
    if (s.endsWith(QLatin1Char('s')) && !s.endsWith(QLatin1String("ss")))
        return s.chopped(1);
    return s;
}

// Column words that every entity has its own list of: a lone enum ending in "_status" is
// no evidence that a bare `status` column elsewhere means the same states.
bool isGenericWord(const QString &column)
{
    static const QSet<QString> words = {
        QStringLiteral("type"),  QStringLiteral("kind"),     QStringLiteral("status"),
        QStringLiteral("state"), QStringLiteral("category"), QStringLiteral("level"),
        QStringLiteral("mode"),  QStringLiteral("stage"),    QStringLiteral("phase"),
    };
    return words.contains(column);
}

// For each enum type, the (snake_case) names of the columns declared with it; and each
// enum's snake_case name (in schema order), computed once rather than for every column.
struct EnumUsage {
    QHash<const model::EnumType *, QSet<QString>> users;
    QStringList snakeNames;

    QSet<QString> value(const model::EnumType *e) const { return users.value(e); }
};

EnumUsage enumUsage(const ReviewContext &context)
{
    EnumUsage usage;
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (const model::EnumType *e = enumTypeOf(context, *table, column))
                usage.users[e].insert(snake(column.name));
        }
    }
    for (const model::EnumType &e : context.schema().enums)
        usage.snakeNames.append(snake(e.name));
    return usage;
}

// The words of an enum's name before the column's name: "meeting" of meeting_mode for
// `mode`, empty when the enum is named after the column alone.
QStringList enumEntity(const QString &enumSnake, const QString &column)
{
    if (!enumSnake.endsWith(QLatin1Char('_') + column))
        return {};
    return enumSnake.chopped(column.size() + 1).split(QLatin1Char('_'), Qt::SkipEmptyParts);
}

// Evidence beyond the name that COLUMN of TABLE holds the values of enum E: its literal
// default is one of E's labels, or the table belongs to the entity E is named after
// (meeting_templates.mode and the enum meeting_mode).
bool corroborated(const model::Table &table, const model::Column &column, const model::EnumType &e,
                  const QString &enumSnake, const QString &name)
{
    if (const std::optional<QString> def = literalDefault(column); def && e.values.contains(*def))
        return true;
    const QStringList entity = enumEntity(enumSnake, name);
    if (entity.isEmpty())
        return false;
    QStringList tableWords;
    for (const QString &word : nameTokens(table.name))
        tableWords.append(singular(word));
    for (const QString &word : entity) {
        if (!tableWords.contains(singular(word)))
            return false;
    }
    return true;
}

// The enum type a text column's name says it should use, if exactly one fits:
// - the table's entity plus the name (orders.status ~ order_status);
// - the column's own name (`role` ~ role, `visibility` ~ "Visibility"), or the only enum
//   ending in it (`role` ~ user_role) when the name is enum-like;
// - the enum that columns of the same name use in other tables (`mode` ~ the meeting_mode of
//   meetings.mode);
// and, unless matched by entity, the enum is unused or used by columns of the same name: an
// enum already serving `actions.type` is not what `batch_actions.action_type` holds (found in
// the corpus: langfuse's ActionType). A generic name (status, type, mode…) needs more than the
// name: a default among the enum's labels, or a table of the enum's entity; an enum called
// Status says nothing about a delivery's status. A literal default must be one of the enum's
// labels.
const model::EnumType *matchingEnum(const ReviewContext &context, const EnumUsage &usage,
                                    const model::Table &table, const model::Column &column)
{
    const QList<model::EnumType> &enums = context.schema().enums;
    if (enums.isEmpty())
        return nullptr;
    const QString name = snake(column.name);
    if (name.isEmpty())
        return nullptr;
    const QString entityName = singular(table.name) + QLatin1Char('_') + name;
    const model::EnumType *byEntity = nullptr;
    const model::EnumType *byName = nullptr;
    const model::EnumType *suffix = nullptr;
    const model::EnumType *byUsage = nullptr;
    int suffixCount = 0;
    int usageCount = 0;
    const QString entityEnum = entityName + QLatin1String("_enum");
    const QString nameEnum = name + QLatin1String("_enum");
    const QString underscoreName = QLatin1Char('_') + name;
    for (qsizetype i = 0; i < enums.size(); ++i) {
        const model::EnumType &e = enums.at(i);
        const QString &enumName = usage.snakeNames.at(i);
        if (enumName == entityName || enumName == entityEnum) {
            if (!byEntity || e.schema == table.schema)
                byEntity = &e;
        } else if (enumName == name || enumName == nameEnum) {
            if (!byName || e.schema == table.schema)
                byName = &e;
        } else if (enumName.endsWith(underscoreName)) {
            suffix = &e;
            ++suffixCount;
        }
        if (usage.value(&e).contains(name)) {
            byUsage = &e;
            ++usageCount;
        }
    }
    const bool generic = isGenericWord(name);
    const model::EnumType *found = byEntity;
    if (!found) {
        bool needsCorroboration = generic;
        if (byName) {
            found = byName;
        } else if (suffixCount == 1 && isEnumLikeName(context, column.name)) {
            found = suffix;
        } else if (usageCount == 1) {
            // Another table's column of the same name says little alone: QueueItem.queue
            // holds queue names, not InternalQueue's labels (found in the corpus: hatchet,
            // documenso, langfuse, omnivore).
            found = byUsage;
            needsCorroboration = true;
        }
        if (found) {
            const QSet<QString> users = usage.value(found);
            if (!users.isEmpty() && !users.contains(name))
                return nullptr;
            if (needsCorroboration) {
                const qsizetype at = found - enums.constData();
                if (!corroborated(table, column, *found, usage.snakeNames.at(at), name))
                    return nullptr;
            }
        }
    }
    if (!found)
        return nullptr;
    const std::optional<QString> def = literalDefault(column);
    return def && !found->values.contains(*def) ? nullptr : found;
}

QString checkFix(const ReviewContext &context, const model::Table &table,
                 const model::Column &column)
{
    const std::optional<QString> def = literalDefault(column);
    const QString values =
        (def ? QString(sqlLiteral(*def) + QLatin1String(", ")) : QString()) + QStringLiteral("…");
    const QString check =
        QStringLiteral("CHECK (%1 IN (%2))").arg(context.quote(column.name), values);
    if (context.isSqlite())
        return sqliteRebuildHint(context, table) + QLatin1Char(' ') +
               Tr::tr("Declare the column with %1.").arg(check);
    const QString name =
        context.quote(table.name + QLatin1Char('_') + column.name + QLatin1String("_check"));
    // NOT VALID then VALIDATE: the scan runs without blocking writes.
    return QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3 NOT VALID;\n"
                          "ALTER TABLE %1 VALIDATE CONSTRAINT %2;")
        .arg(context.qualified(table), name, check);
}

void enumLikeNoCheck(const ReviewContext &context, Findings &out)
{
    const EnumUsage usage = enumUsage(context);
    for (const EnumLikeColumn &c : enumLikeColumns(context)) {
        if (c.validation != EnumValidation::None)
            continue;
        // text-matches-enum says it better: the list already exists as a type.
        if (matchingEnum(context, usage, *c.table, *c.column))
            continue;
        Finding f = columnFinding(context, *c.table, *c.column);
        // The name alone, or a label-like default too ('pending'): a closed list in use.
        if (!literalDefault(*c.column))
            f.confidence = Confidence::Medium;
        f.message = Tr::tr("%1.%2 (%3) looks enum-like but no CHECK, enum type or lookup-table FK "
                           "keeps it to its values")
                        .arg(c.table->name, c.column->name, c.column->type);
        f.fix = checkFix(context, *c.table, *c.column);
        out.append(std::move(f));
    }
}

void textMatchesEnum(const ReviewContext &context, Findings &out)
{
    if (context.schema().enums.isEmpty())
        return;
    const EnumUsage usage = enumUsage(context);
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (!column.generated.isEmpty() || !isTextType(context, column))
                continue;
            const model::EnumType *e = matchingEnum(context, usage, *table, column);
            if (!e)
                continue;
            // A CHECK, domain or FK already keeps the column to a list: a style question for
            // enum-style-mixed, not a hole.
            bool validated = false;
            for (const model::CheckConstraint &check : table->checks)
                validated = validated || checkListsValues(check, column.name);
            for (const model::ForeignKey &fk : table->foreignKeys)
                validated = validated || fk.columns.contains(column.name);
            if (validated)
                continue;
            const std::optional<QString> def = literalDefault(column);
            Finding f = columnFinding(context, *table, column);
            const QString enumName = context.qualifiedName(e->schema, e->name);
            f.object.refSchema = e->schema;
            f.object.refTable = e->name; // the type it should use
            f.message = Tr::tr("%1.%2 is %3 but the enum type %4 lists its values; use the type")
                            .arg(table->name, column.name, column.type, enumName);
            const QString alter = QStringLiteral("ALTER TABLE %1 ").arg(context.qualified(*table));
            const QString col = context.quote(column.name);
            QStringList steps;
            if (column.defaultExpr)
                steps.append(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col));
            steps.append(QStringLiteral("ALTER COLUMN %1 TYPE %2 USING %1::%2").arg(col, enumName));
            if (def)
                steps.append(
                    QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2").arg(col, sqlLiteral(*def)));
            f.fix = alter + steps.join(QLatin1String(",\n    ")) + QLatin1Char(';');
            out.append(std::move(f));
        }
    }
}

void enumStyleMixed(const ReviewContext &context, Findings &out)
{
    QList<EnumLikeColumn> byEnum;
    QList<EnumLikeColumn> byCheck;
    for (const EnumLikeColumn &c : enumLikeColumns(context)) {
        if (c.validation == EnumValidation::EnumType)
            byEnum.append(c);
        else if (c.validation == EnumValidation::Check)
            byCheck.append(c);
    }
    if (byEnum.isEmpty() || byCheck.isEmpty())
        return;
    const bool enumsWin = byEnum.size() >= byCheck.size();
    const QList<EnumLikeColumn> &minority = enumsWin ? byCheck : byEnum;
    auto examples = [](const QList<EnumLikeColumn> &columns) {
        QStringList names;
        for (qsizetype i = 0; i < columns.size() && i < 3; ++i)
            names.append(columns.at(i).table->name + QLatin1Char('.') + columns.at(i).column->name);
        if (columns.size() > 3)
            names.append(QStringLiteral("…"));
        return names.join(QLatin1String(", "));
    };
    Finding f;
    f.object.kind = ObjectRef::Kind::Schema;
    QSet<QString> schemas;
    QStringList tables;
    for (const EnumLikeColumn &c : minority) {
        const QString key = ReviewContext::key(c.table->schema, c.table->name);
        if (!tables.contains(key))
            tables.append(key);
    }
    for (const EnumLikeColumn &c : byEnum + byCheck)
        schemas.insert(c.table->schema);
    if (schemas.size() == 1)
        f.object.schema = *schemas.cbegin();
    tables.sort();
    f.object.tables = tables;
    f.location = minority.first().column->origin;
    f.message = Tr::tr("Enum-like columns are kept to their values in two ways: %1 by enum types "
                       "(%2) and %3 by CHECK lists (%4)")
                    .arg(byEnum.size())
                    .arg(examples(byEnum))
                    .arg(byCheck.size())
                    .arg(examples(byCheck));
    f.fix = enumsWin
                ? Tr::tr("Pick one style: convert the CHECK-listed columns to enum types "
                         "(CREATE TYPE … AS ENUM, then ALTER COLUMN … TYPE … USING col::type) "
                         "and drop their CHECKs.")
                : Tr::tr("Pick one style: replace the enum-typed columns by text with a CHECK "
                         "listing the values (ALTER COLUMN … TYPE text, ADD CONSTRAINT … CHECK "
                         "(col IN (…))), or convert the CHECKs to enum types.");
    out.append(std::move(f));
}

} // namespace

Rules enumRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("enum-like-no-check"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("Enum-like text column without CHECK or enum type"),
                 .rationale = Tr::tr("A status/type/kind/role-like column that accepts any string "
                                     "collects typos and retired values ('canceled' next to "
                                     "'cancelled'); every query filtering on it then misses rows."),
                 .fix = Tr::tr("Add CHECK (col IN (...)) listing the allowed values, use an enum "
                               "type, or reference a lookup table."),
                 .example = QStringLiteral("CREATE TABLE orders (\n"
                                           "  id bigint PRIMARY KEY,\n"
                                           "  status text NOT NULL DEFAULT 'pending'\n);")},
        .run = enumLikeNoCheck});
    rules.append(Rule{
        .info = {.id = QStringLiteral("text-matches-enum"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("Text column that should use an existing enum type"),
                 .rationale = Tr::tr("The schema already declares the list of values as an enum "
                                     "type, but this column is plain text, so nothing keeps it to "
                                     "that list and the two drift apart."),
                 .fix = Tr::tr("ALTER TABLE t ALTER COLUMN c TYPE the_enum USING c::the_enum;"),
                 .sqlite = false,
                 .example = QStringLiteral(
                     "CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\n"
                     "CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n"
                     "  status text NOT NULL DEFAULT 'pending'\n);")},
        .run = textMatchesEnum});
    rules.append(Rule{
        .info = {.id = QStringLiteral("enum-style-mixed"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("Enum types and CHECK lists mixed for enum-like columns"),
                 .rationale = Tr::tr("Two ways of keeping columns to a list of values means two "
                                     "ways of adding a value (ALTER TYPE … ADD VALUE versus "
                                     "replacing a CHECK), and reviewers must check both."),
                 .fix = Tr::tr("Pick one style for the schema and convert the minority."),
                 .sqlite = false,
                 .example = QStringLiteral(
                     "CREATE TYPE order_status AS ENUM ('pending', 'paid');\n"
                     "CREATE TABLE orders (id bigint PRIMARY KEY, status order_status);\n"
                     "CREATE TABLE tickets (id bigint PRIMARY KEY,\n"
                     "  state text CHECK (state IN ('open', 'closed')));")},
        .run = enumStyleMixed});
    return rules;
}

} // namespace schemalens::review::types
