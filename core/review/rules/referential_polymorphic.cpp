// Polymorphic references: an x_type + x_id pair where the type says which table the id
// points into. Shared by polymorphic-fk and the soft-reference inference (which leaves
// such ids alone).
//
// A pair is a discriminator only when the schema's own evidence says so: the values the type
// column may take (a CHECK list, the labels of its enum type, its default) name tables of
// the schema, or, when no values are stated, nothing else explains the pair. The other
// explanations: the values are kinds of one thing (plans, environments: a list that names no
// table); the id belongs to another system (provider_method_id, external_id); the id is the
// row's own identity (a unique key without the type); no table of the schema has a key the
// id could hold.

#include "core/review/columnfacts.h"
#include "core/review/rules/referential_p.h"

#include <QRegularExpression>

namespace schemalens::review::referential {

namespace {

QStringView beforeFinalNewline(const QString &name)
{
    return name.endsWith(QLatin1Char('\n')) ? QStringView(name).chopped(1) : QStringView(name);
}

// 'a', 'b''c' -> {"a", "b'c"}: the string literals of an SQL expression.
QStringList stringLiterals(const QString &expression)
{
    QStringList out;
    qsizetype i = expression.indexOf(QLatin1Char('\''));
    while (i >= 0 && i < expression.size()) {
        QString value;
        qsizetype j = i + 1;
        for (; j < expression.size(); ++j) {
            if (expression.at(j) == QLatin1Char('\'')) {
                if (j + 1 < expression.size() && expression.at(j + 1) == QLatin1Char('\'')) {
                    value += QLatin1Char('\'');
                    ++j;
                    continue;
                }
                break;
            }
            value += expression.at(j);
        }
        if (j >= expression.size())
            break; // unterminated
        if (!out.contains(value))
            out.append(value);
        i = expression.indexOf(QLatin1Char('\''), j + 1);
    }
    return out;
}

// The values the schema states for COLUMN: its enum labels, the literals of a CHECK that
// lists its values, and its default.
QStringList statedValues(const ReviewContext &context, const model::Table &table,
                         const model::Column &column)
{
    QStringList values;
    if (const model::EnumType *type = context.facts(column).enumType)
        values = type->values;
    for (const model::CheckConstraint &check : table.checks) {
        if (!check.columns.isEmpty() && check.columns != QStringList{column.name})
            continue;
        if (!checkListsValues(check, column.name))
            continue;
        for (const QString &v : stringLiterals(check.expression)) {
            if (!values.contains(v))
                values.append(v);
        }
    }
    if (column.defaultExpr) {
        const QStringList literal = stringLiterals(*column.defaultExpr);
        if (literal.size() == 1 && !literal.constFirst().isEmpty() &&
            !values.contains(literal.constFirst()))
            values.append(literal.constFirst());
    }
    return values;
}

// The table a discriminator value names: 'Post', 'blog_post', 'Admin::User', 'TRACE' ->
// posts, blog_posts, users, traces; a family table (trace_sessions for 'SESSION') when
// exactly one fits. Null when none.
const model::Table *tableNamedBy(const ReviewContext &context, const QString &value)
{
    QString name = value.section(QLatin1String("::"), -1).trimmed();
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9]+"));
    name.replace(separators, QStringLiteral("_"));
    name = snakeName(name);
    if (name.isEmpty() || name == QLatin1String("_"))
        return nullptr;
    const QStringList forms = {name, pluralOf(name), singularOf(name)};
    const model::Table *suffixed = nullptr;
    int suffixedCount = 0;
    for (const model::Table *table : context.tables()) {
        const QString snake = snakeName(table->name);
        if (forms.contains(snake))
            return table;
        for (const QString &form : forms) {
            if (snake.size() > form.size() && snake.endsWith(form) &&
                snake.at(snake.size() - form.size() - 1) == QLatin1Char('_')) {
                suffixed = table;
                ++suffixedCount;
                break;
            }
        }
    }
    return suffixedCount == 1 ? suffixed : nullptr;
}

// True when ID is the row's own identity: the primary key, or a unique key that holds it
// without TYPE (remote_media_cache's (media_origin, media_id)).
bool isOwnIdentity(const model::Table &table, const QString &id, const QString &type)
{
    auto identifies = [&](const QStringList &key) {
        return key.contains(id) && !key.contains(type);
    };
    if (table.primaryKey && table.primaryKey->columns.contains(id))
        return true;
    for (const model::KeyConstraint &unique : table.uniques) {
        if (identifies(unique.columns))
            return true;
    }
    for (const model::Index &index : table.indexes) {
        if (index.unique && index.predicate.isEmpty() && identifies(index.columns()))
            return true;
    }
    return false;
}

// True when some table of the schema has a single-column key of ID's type family.
bool someKeyFits(const ReviewContext &context, const model::Column &id, const QString &family)
{
    if (family.isEmpty())
        return true;
    for (const model::Table &table : context.schema().tables) {
        const QString key = singleKeyColumn(table);
        const model::Column *keyColumn = key.isEmpty() ? nullptr : table.column(key);
        if (!keyColumn || keyColumn == &id)
            continue;
        const QString keyFamily = typeFamily(context, *keyColumn);
        if (keyFamily.isEmpty() || keyFamily == family)
            return true;
    }
    return false;
}

// True when an index or key starts with the pair (in either order): the application looks
// rows up by it, as it does by a reference.
bool pairIndexed(const model::Table &table, const QString &type, const QString &id)
{
    auto leads = [&](const QStringList &columns) {
        return columns.size() >= 2 &&
               QSet<QString>{columns.at(0), columns.at(1)} == QSet<QString>{type, id};
    };
    if (table.primaryKey && leads(table.primaryKey->columns))
        return true;
    for (const model::KeyConstraint &unique : table.uniques) {
        if (leads(unique.columns))
            return true;
    }
    for (const model::Index &index : table.indexes) {
        if (leads(index.columns()))
            return true;
    }
    return false;
}

void judge(const ReviewContext &context, const model::Table &table, PolymorphicPair &pair)
{
    const model::Column *type = table.column(pair.typeColumn);
    const model::Column *id = table.column(pair.idColumn);
    if (!type || !id)
        return;
    const QString idFamily = typeFamily(context, *id);
    pair.values = statedValues(context, table, *type);
    if (!pair.values.isEmpty()) {
        bool keyAgrees = false;
        for (const QString &value : std::as_const(pair.values)) {
            const model::Table *target = tableNamedBy(context, value);
            if (!target)
                continue;
            const QString name = ReviewContext::key(target->schema, target->name);
            if (!pair.targets.contains(name))
                pair.targets.append(name);
            const QString key = singleKeyColumn(*target);
            const model::Column *keyColumn = key.isEmpty() ? nullptr : target->column(key);
            const QString keyFamily = keyColumn ? typeFamily(context, *keyColumn) : QString();
            keyAgrees =
                keyAgrees || idFamily.isEmpty() || keyFamily.isEmpty() || keyFamily == idFamily;
        }
        // Values that name no table (or only one whose key the id cannot hold) are kinds of
        // one thing: environments, plans, payment method kinds.
        if (pair.targets.isEmpty() || !keyAgrees) {
            pair.explanation = QStringLiteral("kinds");
            return;
        }
        // The schema states the targets: two or more tables, or one named by a CHECK or
        // enum that names little else.
        pair.confidence = pair.targets.size() >= 2 || 2 * pair.targets.size() >= pair.values.size()
                              ? Confidence::High
                              : Confidence::Medium;
        return;
    }
    const QString stem = referenceStem(pair.idColumn);
    if (isForeignSystemWord(stem.section(QLatin1Char('_'), 0, 0))) {
        pair.explanation = QStringLiteral("external");
        return;
    }
    if (isOwnIdentity(table, pair.idColumn, pair.typeColumn)) {
        pair.explanation = QStringLiteral("identity");
        return;
    }
    if (!someKeyFits(context, *id, idFamily)) {
        pair.explanation = QStringLiteral("no-target");
        return;
    }
    // Names alone; an index on the pair shows it is looked up like a reference.
    pair.confidence =
        pairIndexed(table, pair.typeColumn, pair.idColumn) ? Confidence::Medium : Confidence::Low;
}

} // namespace

QList<PolymorphicPair> polymorphicPairs(const ReviewContext &context, const model::Table &table,
                                        const QSet<QString> &tables)
{
    static const QRegularExpression typeName(
        QStringLiteral("^(.+?)(_type|_class|_table|_model|Type|_type_name)$"));
    QList<PolymorphicPair> pairs;
    for (const model::Column &column : table.columns) {
        // The suffixes the pattern ends with, tested first: most names have none of them.
        const QStringView tail = beforeFinalNewline(column.name);
        const char16_t last = tail.isEmpty() ? 0 : tail.back().unicode();
        if (last != u'e' && last != u's' && last != u'l') // type, table, name; class; model
            continue;
        if (!tail.endsWith(QLatin1String("_type")) && !tail.endsWith(QLatin1String("_class")) &&
            !tail.endsWith(QLatin1String("_table")) && !tail.endsWith(QLatin1String("_model")) &&
            !tail.endsWith(QLatin1String("Type")) && !tail.endsWith(QLatin1String("_type_name")))
            continue;
        const auto m = typeName.match(column.name);
        if (!m.hasMatch())
            continue;
        const QString stem = m.captured(1);
        const bool camel = m.captured(2) == QLatin1String("Type");
        const QString id = camel ? stem + QLatin1String("Id") : stem + QLatin1String("_id");
        const model::Column *idColumn = table.column(id);
        if (!idColumn || namesTable(tables, snakeName(stem)) ||
            (table.primaryKey && table.primaryKey->columns.contains(idColumn->name)))
            continue;
        bool seen = false;
        for (const PolymorphicPair &p : std::as_const(pairs))
            seen = seen || p.idColumn == idColumn->name;
        if (seen)
            continue;
        PolymorphicPair pair;
        pair.typeColumn = column.name;
        pair.idColumn = idColumn->name;
        judge(context, table, pair);
        pairs.append(pair);
    }
    return pairs;
}

void polymorphicFk(const ReviewContext &context, Findings &out)
{
    // A schema that does not use foreign keys says so once (soft-fk); "no constraint can
    // check it" is then true of every reference and no news about this one.
    int declared = 0;
    for (const model::Table *table : context.tables())
        declared += int(table->foreignKeys.size());
    bool noForeignKeys = declared == 0;
    for (const SoftReference &soft : context.softReferences())
        noForeignKeys = noForeignKeys || soft.deliberate == QLatin1String("no-fks");
    // A module without foreign keys (v1_*): its pairs are no news either.
    QSet<const model::Table *> inModule;
    for (const SoftReference &soft : context.softReferences()) {
        if (soft.deliberate.startsWith(QLatin1String("no-fks:")))
            inModule.insert(soft.table);
    }
    if (noForeignKeys)
        return;
    const QSet<QString> names = tableNames(context);
    for (const model::Table *table : context.tables()) {
        if (inModule.contains(table))
            continue;
        for (const PolymorphicPair &pair : polymorphicPairs(context, *table, names)) {
            if (!pair.explanation.isEmpty() || isForeignKeyColumn(*table, pair.idColumn))
                continue;
            const model::Column *id = table->column(pair.idColumn);
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.column = pair.idColumn;
            f.object.columns = {pair.typeColumn, pair.idColumn};
            f.location = id ? id->origin : table->origin;
            f.confidence = pair.confidence;
            if (!pair.targets.isEmpty()) {
                QStringList targets;
                for (const QString &t : pair.targets)
                    targets.append(t.section(QLatin1Char('.'), 1));
                f.object.tables = pair.targets;
                f.message =
                    Tr::tr("%1.%2 + %3 is a polymorphic reference into %4: no constraint can "
                           "check that the row it names exists")
                        .arg(table->name, pair.typeColumn, pair.idColumn,
                             targets.join(QLatin1String(", ")));
            } else {
                f.message = Tr::tr("%1.%2 + %3 is a polymorphic reference: no constraint can check "
                                   "that the row it names exists")
                                .arg(table->name, pair.typeColumn, pair.idColumn);
            }
            f.fix = Tr::tr("Use one nullable foreign key column per target table with CHECK "
                           "(num_nonnulls(a_id, b_id) = 1), or make the targets share one parent "
                           "table the reference can point at.");
            out.append(std::move(f));
        }
    }
}

} // namespace schemalens::review::referential
