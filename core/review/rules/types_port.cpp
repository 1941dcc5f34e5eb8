// A SQLite schema on its way to PostgreSQL (review file "targetDialect": "postgresql", CLI
// --target-dialect pg): the port findings that have no rule of their own elsewhere,
// timestamp-port and autoincrement-port, and the PostgreSQL DDL the port findings of
// bool-as-int, uuid-as-text, json-as-text and money-as-float give as fix (types_values.cpp).

#include "core/review/columnfacts.h"
#include "core/review/rules/types_common.h"

#include <QSet>

namespace schemalens::review::types {

QString pgQuote(const QString &identifier)
{
    bool plain = !identifier.isEmpty() && !identifier.at(0).isDigit();
    for (const QChar c : identifier) {
        const char16_t u = c.unicode();
        plain = plain && ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_');
    }
    if (plain)
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString pgTable(const model::Table &table)
{
    if (table.schema.isEmpty() || table.schema == QLatin1String("main") ||
        table.schema == QLatin1String("public"))
        return pgQuote(table.name);
    return pgQuote(table.schema) + QLatin1Char('.') + pgQuote(table.name);
}

QString portFix(const model::Table &table, const QStringList &steps)
{
    return Tr::tr("-- PostgreSQL, once the table is there:") + QLatin1Char('\n') +
           QStringLiteral("ALTER TABLE %1 ").arg(pgTable(table)) +
           steps.join(QLatin1String(",\n    ")) + QLatin1Char(';');
}

namespace {

// --- timestamp-port --------------------------------------------------------------------

// The point-in-time columns of a SQLite table, with how each is stored: the classes of
// timestamp-inconsistent, and DATETIME/TIMESTAMP/DATE columns without a telling default.
TimeClass portTimeClass(const ReviewContext &context, const model::Column &column)
{
    const TimeClass c = classifyTime(context, column);
    if (c != TimeClass::None)
        return c;
    const QString declared = column.type.toUpper();
    if (isTimeName(context.facts(column).tokens) &&
        (declared.contains(QLatin1String("TIME")) || declared.contains(QLatin1String("DATE"))))
        return TimeClass::Text; // NUMERIC affinity: the application's ISO text, in practice
    return TimeClass::None;
}

QString usingFor(TimeClass c, const model::Column &column)
{
    const QString col = pgQuote(column.name);
    switch (c) {
    case TimeClass::EpochInteger: {
        const QStringList tokens = nameTokens(column.name);
        if (tokens.contains(QLatin1String("ms")) || tokens.contains(QLatin1String("millis")))
            return QStringLiteral("to_timestamp(%1 / 1000.0)").arg(col);
        return QStringLiteral("to_timestamp(%1)").arg(col);
    }
    case TimeClass::EpochReal:
        return QStringLiteral("to_timestamp((%1 - 2440587.5) * 86400)").arg(col);
    default:
        // 'YYYY-MM-DD HH:MM:SS' from CURRENT_TIMESTAMP is UTC; so is strftime()'s 'Z' form.
        return QStringLiteral("(%1 || '+00')::timestamptz").arg(col);
    }
}

void timestampPort(const ReviewContext &context, Findings &out)
{
    if (!context.targetsPostgres())
        return;
    for (const model::Table *table : context.tables()) {
        QList<const model::Column *> columns;
        QStringList described;
        QStringList steps;
        for (const model::Column &column : table->columns) {
            if (!column.generated.isEmpty())
                continue;
            const TimeClass c = portTimeClass(context, column);
            if (c == TimeClass::None)
                continue;
            columns.append(&column);
            const QString how = c == TimeClass::EpochInteger ? Tr::tr("epoch INTEGER")
                                : c == TimeClass::EpochReal  ? Tr::tr("REAL (Julian day)")
                                                             : Tr::tr("TEXT");
            described.append(QStringLiteral("%1 (%2)").arg(column.name, how));
            const QString col = pgQuote(column.name);
            if (column.defaultExpr)
                steps.append(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col));
            steps.append(QStringLiteral("ALTER COLUMN %1 TYPE timestamptz USING %2")
                             .arg(col, usingFor(c, column)));
            if (column.defaultExpr)
                steps.append(QStringLiteral("ALTER COLUMN %1 SET DEFAULT now()").arg(col));
        }
        if (columns.isEmpty())
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = table->schema;
        f.object.table = table->name;
        for (const model::Column *c : std::as_const(columns))
            f.object.columns.append(c->name);
        f.location = columns.first()->origin;
        f.message = Tr::tr("%1 keeps points in time as %2; in PostgreSQL they are timestamptz")
                        .arg(table->name, described.join(QLatin1String(", ")));
        f.fix = portFix(*table, steps);
        out.append(std::move(f));
    }
}

// --- autoincrement-port ----------------------------------------------------------------

void autoincrementPort(const ReviewContext &context, Findings &out)
{
    if (!context.targetsPostgres())
        return;
    QStringList tables;
    QStringList names;
    QStringList statements;
    model::Origin first;
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (!column.autoincrement)
                continue;
            if (!first.isValid())
                first = column.origin;
            tables.append(ReviewContext::key(table->schema, table->name));
            names.append(table->name + QLatin1Char('.') + column.name);
            if (statements.size() < 3)
                statements.append(
                    QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ADD GENERATED BY DEFAULT AS "
                                   "IDENTITY;\nSELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                   "coalesce(max(%2), 0) + 1, false) FROM %1;")
                        .arg(pgTable(*table), pgQuote(column.name)));
        }
    }
    if (tables.isEmpty())
        return;
    Finding f;
    f.object.kind = ObjectRef::Kind::Schema;
    f.object.tables = tables;
    f.object.columns = names;
    f.location = first;
    f.message = Tr::tr("AUTOINCREMENT keys (%1 of them: %2) become identity columns in "
                       "PostgreSQL, whose sequences must start after the copied rows")
                    .arg(names.size())
                    .arg(names.mid(0, 4).join(QLatin1String(", ")) +
                         (names.size() > 4 ? QStringLiteral(", …") : QString()));
    f.fix = Tr::tr("-- PostgreSQL: declare the keys bigint GENERATED BY DEFAULT AS IDENTITY, or "
                   "after copying the rows:") +
            QLatin1Char('\n') + statements.join(QLatin1Char('\n')) +
            (names.size() > statements.size()
                 ? QLatin1Char('\n') + Tr::tr("-- and likewise for the other tables")
                 : QString());
    out.append(std::move(f));
}

} // namespace

Rules portRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("timestamp-port"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("SQLite timestamps to port to timestamptz"),
                 .rationale =
                     Tr::tr("SQLite keeps points in time as ISO text or epoch numbers; a schema "
                            "moving to PostgreSQL (targetDialect) should store them as "
                            "timestamptz, so that they compare, index and do date arithmetic "
                            "as instants."),
                 .fix = Tr::tr("ALTER COLUMN c TYPE timestamptz USING to_timestamp(c) (epochs) "
                               "or (c || '+00')::timestamptz (UTC text)."),
                 .postgres = false,
                 .example = QStringLiteral(
                     "-- with \"targetDialect\": \"postgresql\" in .schemalens.json\n"
                     "CREATE TABLE events (id INTEGER PRIMARY KEY,\n"
                     "  occurred_at INTEGER NOT NULL,\n"
                     "  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);")},
        .run = timestampPort});
    rules.append(Rule{
        .info = {.id = QStringLiteral("autoincrement-port"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("AUTOINCREMENT keys to port to identity columns"),
                 .rationale =
                     Tr::tr("AUTOINCREMENT has no PostgreSQL spelling: the keys become identity "
                            "columns, and each sequence must be set past the rows copied over, "
                            "or the first insert collides with an existing id."),
                 .fix = Tr::tr("bigint GENERATED BY DEFAULT AS IDENTITY, then setval() each "
                               "sequence to max(id) + 1 after the copy."),
                 .postgres = false,
                 .example = QStringLiteral(
                     "-- with \"targetDialect\": \"postgresql\" in .schemalens.json\n"
                     "CREATE TABLE invoices (id INTEGER PRIMARY KEY AUTOINCREMENT, number TEXT);")},
        .run = autoincrementPort});
    return rules;
}

} // namespace schemalens::review::types
