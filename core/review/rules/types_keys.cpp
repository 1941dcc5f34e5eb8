// Per-column type choices that migration linters (Squawk's prefer-bigint-over-int,
// prefer-identity, ban-char-field, prefer-timestamptz, prefer-text-field) flag, judged on the
// schema: keys that will run out, serial instead of identity, char(n), timestamps without a
// zone, and varchar(n) limits. Findings point at the statement that gave the column its type
// (a later ALTER COLUMN … TYPE, else the column's creation). PostgreSQL only: SQLite's
// integers are 64-bit and its text types have no length.

#include "core/review/columnfacts.h"
#include "core/review/context.h"
#include "core/review/rule.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <functional>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// Where each column got its current type: its last ALTER COLUMN … TYPE, else its creation.
class TypeOrigins {
public:
    explicit TypeOrigins(const ReviewContext &context)
    {
        for (const model::Change &c : context.schema().history.changes)
            if (c.kind == model::Change::Kind::AlterColumnType)
                m_altered.insert(key(c.schema, c.table, c.object), c.origin);
    }

    model::Origin of(const model::Table &table, const model::Column &column) const
    {
        return m_altered.value(key(table.schema, table.name, column.name), column.origin);
    }

private:
    static QString key(const QString &schema, const QString &table, const QString &column)
    {
        return schema + QChar(0x1f) + table + QChar(0x1f) + column;
    }
    QHash<QString, model::Origin> m_altered;
};

Finding typeFinding(const model::Table &table, const model::Column &column,
                    const TypeOrigins &origins)
{
    Finding f;
    f.object.kind = ObjectRef::Kind::Column;
    f.object.schema = table.schema;
    f.object.table = table.name;
    f.object.column = column.name;
    f.location = origins.of(table, column);
    return f;
}

// A finding about several columns of one table, at the first one's type.
Finding tableColumnsFinding(const model::Table &table, const QList<const model::Column *> &columns,
                            const TypeOrigins &origins)
{
    if (columns.size() == 1)
        return typeFinding(table, *columns.first(), origins);
    Finding f;
    f.object.kind = ObjectRef::Kind::Table;
    f.object.schema = table.schema;
    f.object.table = table.name;
    for (const model::Column *c : columns)
        f.object.columns.append(c->name);
    f.location = origins.of(table, *columns.first());
    return f;
}

QString columnNames(const QList<const model::Column *> &columns)
{
    QStringList names;
    for (const model::Column *c : columns)
        names.append(c->name);
    return names.join(QStringLiteral(", "));
}

bool isSequenceFed(const model::Column &column)
{
    if (!column.identity.isEmpty())
        return true;
    return column.defaultExpr && column.defaultExpr->startsWith(QLatin1String("nextval("));
}

// serial/bigserial: a nextval() default on a sequence the column owns.
bool isSerial(const ReviewContext &context, const model::Table &table, const model::Column &column)
{
    if (!column.identity.isEmpty() || !column.defaultExpr ||
        !column.defaultExpr->startsWith(QLatin1String("nextval(")))
        return false;
    const QString owner = table.name + QLatin1Char('.') + column.name;
    return std::any_of(
        context.schema().sequences.cbegin(), context.schema().sequences.cend(),
        [&](const model::Sequence &s) { return s.schema == table.schema && s.ownedBy == owner; });
}

// One finding per schema: a reviewer writes "these 40 keys are integer" once, not 40 times.
// A schema with a single such column keeps the column's own finding; several become one
// finding about the schema that lists them, at the latest statement that chose such a type
// (the one a pull request adds).
void emitPerSchema(Findings perColumn, Findings &out,
                   const std::function<QString(int, const QString &)> &summary)
{
    QMap<QString, Findings> bySchema;
    for (Finding &f : perColumn)
        bySchema[f.object.schema].append(std::move(f));
    for (auto it = bySchema.begin(); it != bySchema.end(); ++it) {
        Findings &group = it.value();
        if (group.size() == 1) {
            out.append(std::move(group.first()));
            continue;
        }
        Finding g;
        g.object.kind = ObjectRef::Kind::Schema;
        g.object.schema = it.key();
        QStringList names;
        for (const Finding &f : group) {
            const QString table = ReviewContext::key(f.object.schema, f.object.table);
            if (!g.object.tables.contains(table))
                g.object.tables.append(table);
            const QStringList columns =
                f.object.column.isEmpty() ? f.object.columns : QStringList{f.object.column};
            for (const QString &c : columns) {
                g.object.columns.append(table + QLatin1Char('.') + c);
                names.append(f.object.table + QLatin1Char('.') + c);
            }
            const model::Origin &o = f.location;
            if (o.ordinal > g.location.ordinal ||
                (o.ordinal == g.location.ordinal && o.file == g.location.file &&
                 o.line > g.location.line) ||
                g.location.file.isEmpty())
                g.location = o;
        }
        g.confidence = group.first().confidence;
        const int count = int(names.size());
        if (names.size() > 8) {
            const qsizetype more = names.size() - 8;
            names.resize(8);
            names.append(Tr::tr("%n more", nullptr, int(more)));
        }
        g.message = summary(count, names.join(QStringLiteral(", ")));
        g.fix = group.first().fix + Tr::tr("\n-- and likewise for the others.");
        out.append(std::move(g));
    }
}

// ---------------------------------------------------------------------------------------
// int-key-overflow

void intKeyOverflow(const ReviewContext &context, Findings &grouped)
{
    const TypeOrigins origins(context);
    Findings out;
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            const QString &type = context.facts(column).baseType;
            const bool small = type == QLatin1String("smallint");
            if (!small && type != QLatin1String("integer"))
                continue;
            const bool primary = table->primaryKey && table->primaryKey->columns.size() == 1 &&
                                 table->primaryKey->columns.first() == column.name;
            const bool fed = isSequenceFed(column);
            const bool named = column.name.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0;
            if (!primary && !fed && !named)
                continue;
            int references = 0;
            for (const IncomingForeignKey &in : context.incoming(*table))
                references += in.fk->refColumns.contains(column.name) ? 1 : 0;
            Finding f = typeFinding(*table, column, origins);
            f.confidence = primary || fed ? Confidence::High : Confidence::Medium;
            const QString limit =
                small ? QStringLiteral("32,767") : QStringLiteral("2,147,483,647");
            f.message =
                (references > 0 ? Tr::tr("%1.%2 is %3: a key runs out at %4, and changing it later "
                                         "rewrites %1 and the %5 columns that reference it")
                                      .arg(table->name, column.name, type, limit)
                                      .arg(references)
                                : Tr::tr("%1.%2 is %3: a key runs out at %4, and changing it later "
                                         "rewrites the table under an exclusive lock")
                                      .arg(table->name, column.name, type, limit));
            const QString t = context.qualified(*table);
            const QString c = context.quote(column.name);
            f.fix = Tr::tr("-- New tables: bigint GENERATED BY DEFAULT AS IDENTITY.\n-- Existing: "
                           "ALTER TABLE %1 ALTER COLUMN %2 TYPE bigint; (rewrites the table and "
                           "its referencing columns: on a big table add a bigint column, "
                           "backfill and swap)")
                        .arg(t, c);
            out.append(std::move(f));
        }
    }
    emitPerSchema(std::move(out), grouped, [](int count, const QString &list) {
        return Tr::tr("%1 keys are integer or smallint (%2): a key runs out at 2,147,483,647 "
                      "(smallint: 32,767), and widening one later rewrites its table and every "
                      "column that references it")
            .arg(count)
            .arg(list);
    });
}

// ---------------------------------------------------------------------------------------
// serial-not-identity

void serialNotIdentity(const ReviewContext &context, Findings &grouped)
{
    const TypeOrigins origins(context);
    Findings out;
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (!isSerial(context, *table, column))
                continue;
            Finding f = typeFinding(*table, column, origins);
            f.message = Tr::tr("%1.%2 is a serial column: its sequence is a separate object "
                               "with its own owner and grants, and explicit inserts can run "
                               "ahead of it")
                            .arg(table->name, column.name);
            const QString t = context.qualified(*table);
            const QString c = context.quote(column.name);
            f.fix = Tr::tr("-- New tables: %2 bigint GENERATED BY DEFAULT AS IDENTITY.\n"
                           "-- Existing (PostgreSQL 10+): drop the serial default and attach "
                           "an identity that continues the sequence:\n"
                           "ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT;\n"
                           "ALTER TABLE %1 ALTER COLUMN %2 ADD GENERATED BY DEFAULT AS "
                           "IDENTITY;\n"
                           "SELECT setval(pg_get_serial_sequence('%1', '%2'), (SELECT "
                           "max(%2) FROM %1));")
                        .arg(t, c);
            out.append(std::move(f));
        }
    }
    emitPerSchema(std::move(out), grouped, [](int count, const QString &list) {
        return Tr::tr("%1 columns are serial (%2): each sequence is a separate object with its "
                      "own owner and grants, and explicit inserts can run ahead of it")
            .arg(count)
            .arg(list);
    });
}

// ---------------------------------------------------------------------------------------
// char-type

void charType(const ReviewContext &context, Findings &grouped)
{
    const TypeOrigins origins(context);
    Findings out;
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            QString type = context.facts(column).baseType;
            if (type.endsWith(QLatin1String("[]")))
                type.chop(2);
            if (type != QLatin1String("character") && type != QLatin1String("bpchar"))
                continue;
            Finding f = typeFinding(*table, column, origins);
            f.message = Tr::tr("%1.%2 is %3: values are padded with spaces to the length, "
                               "trailing spaces are ignored when compared, and it is no faster "
                               "than text")
                            .arg(table->name, column.name, column.type);
            f.fix = Tr::tr("ALTER TABLE %1 ALTER COLUMN %2 TYPE text; -- add CHECK (length(%2) = "
                           "n) where the length is a rule")
                        .arg(context.qualified(*table), context.quote(column.name));
            out.append(std::move(f));
        }
    }
    emitPerSchema(std::move(out), grouped, [](int count, const QString &list) {
        return Tr::tr("%1 columns are char(n) (%2): values are padded with spaces, trailing "
                      "spaces are ignored when compared, and it is no faster than text")
            .arg(count)
            .arg(list);
    });
}

// ---------------------------------------------------------------------------------------
// timestamp-without-tz

void timestampWithoutTz(const ReviewContext &context, Findings &grouped)
{
    const TypeOrigins origins(context);
    Findings out;
    for (const model::Table *table : context.tables()) {
        QList<const model::Column *> columns;
        for (const model::Column &column : table->columns) {
            QString type = context.facts(column).baseType;
            if (type.endsWith(QLatin1String("[]")))
                type.chop(2);
            if (type == QLatin1String("timestamp without time zone"))
                columns.append(&column);
        }
        if (columns.isEmpty())
            continue;
        Finding f = tableColumnsFinding(*table, columns, origins);
        f.message = Tr::tr("%1 stores %2 as timestamp without time zone: the value means "
                           "nothing without knowing the zone of whoever wrote it, and "
                           "daylight-saving changes repeat or skip an hour")
                        .arg(table->name, columnNames(columns));
        QStringList fixes;
        for (const model::Column *c : columns)
            fixes.append(Tr::tr("ALTER TABLE %1 ALTER COLUMN %2 TYPE timestamptz USING %2 AT "
                                "TIME ZONE 'UTC';")
                             .arg(context.qualified(*table), context.quote(c->name)));
        f.fix = fixes.join(QLatin1Char('\n')) +
                Tr::tr("\n-- (state the zone the stored values are in; this rewrites the table)");
        out.append(std::move(f));
    }
    emitPerSchema(std::move(out), grouped, [](int count, const QString &list) {
        return Tr::tr("%1 columns are timestamp without time zone (%2): a value means nothing "
                      "without the zone of whoever wrote it, and daylight-saving changes repeat "
                      "or skip an hour")
            .arg(count)
            .arg(list);
    });
}

// ---------------------------------------------------------------------------------------
// varchar-length

void varcharLength(const ReviewContext &context, Findings &grouped)
{
    const TypeOrigins origins(context);
    Findings out;
    for (const model::Table *table : context.tables()) {
        QList<const model::Column *> columns;
        for (const model::Column &column : table->columns) {
            QString type = column.type.toLower();
            if (type.endsWith(QLatin1String("[]")))
                type.chop(2);
            if (type.startsWith(QLatin1String("character varying(")))
                columns.append(&column);
        }
        if (columns.isEmpty())
            continue;
        Finding f = tableColumnsFinding(*table, columns, origins);
        f.confidence = Confidence::Low;
        QStringList typed;
        for (const model::Column *c : columns)
            typed.append(c->name + QLatin1Char(' ') + c->type);
        f.message = Tr::tr("%1 limits %2 by type: changing such a limit later takes an ACCESS "
                           "EXCLUSIVE lock (and a full scan or rewrite to shrink it)")
                        .arg(table->name, typed.join(QStringLiteral(", ")));
        const model::Column &first = *columns.first();
        const QString t = context.qualified(*table);
        const QString c = context.quote(first.name);
        f.fix = Tr::tr("-- Where the limit is a rule, keep it in a CHECK that can be replaced "
                       "online:\nALTER TABLE %1 ALTER COLUMN %2 TYPE text;\nALTER TABLE %1 ADD "
                       "CONSTRAINT %3 CHECK (length(%2) <= n) NOT VALID;\nALTER TABLE %1 "
                       "VALIDATE CONSTRAINT %3;")
                    .arg(t, c,
                         context.quote(table->name + QLatin1Char('_') + first.name +
                                       QLatin1String("_length")));
        out.append(std::move(f));
    }
    emitPerSchema(std::move(out), grouped, [](int count, const QString &list) {
        return Tr::tr("%1 columns limit their length by type (%2): changing such a limit later "
                      "takes an ACCESS EXCLUSIVE lock (and a scan or rewrite to shrink it)")
            .arg(count)
            .arg(list);
    });
}

} // namespace

Rules typeKeyRules()
{
    Rules rules;
    const auto rule = [&](const char *id, Severity severity, const QString &title,
                          const QString &rationale, const QString &fix, const char *example,
                          std::function<void(const ReviewContext &, Findings &)> run) {
        rules.append(Rule{.info = {.id = QLatin1String(id),
                                   .family = QStringLiteral("types"),
                                   .defaultSeverity = severity,
                                   .needs = Needs::Static,
                                   .title = title,
                                   .rationale = rationale,
                                   .fix = fix,
                                   .sqlite = false,
                                   .example = QString::fromUtf8(example)},
                          .run = std::move(run)});
    };
    rule("int-key-overflow", Severity::Warning,
         Tr::tr("Key that will run out (integer or smallint)"),
         Tr::tr("An integer key stops at 2,147,483,647 and a smallint at 32,767; sequences also "
                "skip values on rollback. Widening it later rewrites the table and every column "
                "that references it, under an exclusive lock."),
         Tr::tr("Use bigint for keys (bigint GENERATED BY DEFAULT AS IDENTITY)."),
         "CREATE TABLE events (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);",
         intKeyOverflow);
    rule("serial-not-identity", Severity::Info, Tr::tr("serial column instead of an identity"),
         Tr::tr("serial creates a sequence the column merely uses as its default: it has its "
                "own owner and grants, is not copied by CREATE TABLE … LIKE, and explicit "
                "inserts get ahead of it. Identity columns (SQL standard, PostgreSQL 10+) tie "
                "the sequence to the column."),
         Tr::tr("Use GENERATED BY DEFAULT AS IDENTITY."),
         "CREATE TABLE events (id bigserial PRIMARY KEY);", serialNotIdentity);
    rule("char-type", Severity::Info, Tr::tr("char(n) column"),
         Tr::tr("character(n) pads values with spaces, ignores trailing spaces in comparisons "
                "and is no faster than text or varchar; a length that is a rule belongs in a "
                "CHECK."),
         Tr::tr("Use text (with a CHECK on the length where it matters)."),
         "CREATE TABLE countries (code char(2) PRIMARY KEY);", charType);
    rule("timestamp-without-tz", Severity::Info, Tr::tr("timestamp without time zone"),
         Tr::tr("A timestamp without time zone is a wall-clock reading: which instant it means "
                "depends on the zone of whoever wrote it, and daylight-saving changes make "
                "some values ambiguous. timestamptz stores the instant and converts on output."),
         Tr::tr("Use timestamptz."),
         "CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp);", timestampWithoutTz);
    rule("varchar-length", Severity::Info, Tr::tr("Length limit kept in the column type"),
         Tr::tr("varchar(n) turns a limit into the type: raising it is cheap, but lowering it, "
                "or changing it on older servers, locks the table, and the limit is often an "
                "arbitrary 255. text with a CHECK keeps a limit that is a rule replaceable "
                "online (NOT VALID, then VALIDATE)."),
         Tr::tr("Use text, with CHECK (length(col) <= n) where the limit is a rule."),
         "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));", varcharLength);
    return rules;
}

} // namespace schemalens::review
