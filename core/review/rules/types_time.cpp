// Timestamps and defaults: timestamp-inconsistent, missing-updated-at,
// hardcoded-dated-default.

#include "core/review/columnfacts.h"
#include "core/review/rules/types_common.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace schemalens::review::types {

namespace {

// --- timestamp-inconsistent ----------------------------------------------------------

// How a point in time is stored. PostgreSQL: the type. SQLite: the storage format the
// default or the affinity implies (its declared types are cosmetic, but ISO text, unix
// epochs and Julian days compare and convert differently).
enum class TimeClass { None, Timestamptz, Timestamp, EpochInteger, Date, Text, EpochReal };

QString timeClassName(TimeClass c, bool sqlite)
{
    switch (c) {
    case TimeClass::Timestamptz:
        return QStringLiteral("timestamp with time zone");
    case TimeClass::Timestamp:
        return QStringLiteral("timestamp without time zone");
    case TimeClass::EpochInteger:
        return sqlite ? Tr::tr("integer (unix epoch)") : Tr::tr("an integer epoch");
    case TimeClass::Date:
        return QStringLiteral("date");
    case TimeClass::Text:
        return sqlite ? Tr::tr("text (ISO 8601)") : QStringLiteral("text");
    case TimeClass::EpochReal:
        return Tr::tr("real (Julian day or epoch)");
    case TimeClass::None:
        break;
    }
    return QString();
}

// Names that say "a point in time" whatever the type: created_at, createdAt, created,
// updated, modified. Only these are compared when the type itself is not a timestamp.
bool isTimeName(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return false;
    if (tokens.size() >= 2 && tokens.last() == QLatin1String("at"))
        return true;
    static const QSet<QString> words = {QStringLiteral("created"), QStringLiteral("updated"),
                                        QStringLiteral("modified"), QStringLiteral("deleted_at")};
    return tokens.size() == 1 && words.contains(tokens.first());
}

TimeClass classify(const ReviewContext &context, const model::Column &column)
{
    const ColumnFacts &facts = context.facts(column);
    const QStringList &tokens = facts.tokens;
    if (context.isSqlite()) {
        if (!isTimeName(tokens))
            return TimeClass::None;
        const QString def = column.defaultExpr.value_or(QString()).toLower();
        if (def.contains(QLatin1String("current_timestamp")) ||
            def.contains(QLatin1String("datetime(")) || def.contains(QLatin1String("current_date")))
            return TimeClass::Text;
        if (def.contains(QLatin1String("unixepoch")) || def.contains(QLatin1String("'%s'")))
            return TimeClass::EpochInteger;
        if (def.contains(QLatin1String("julianday")))
            return TimeClass::EpochReal;
        if (column.affinity == QLatin1String("INTEGER"))
            return TimeClass::EpochInteger;
        if (column.affinity == QLatin1String("TEXT"))
            return TimeClass::Text;
        if (column.affinity == QLatin1String("REAL"))
            return TimeClass::EpochReal;
        return TimeClass::None; // NUMERIC affinity (DATETIME…) stores whatever it is given
    }
    const QString &base = facts.baseType;
    if (base == QLatin1String("timestamp with time zone") || base == QLatin1String("timestamptz"))
        return TimeClass::Timestamptz;
    if (base == QLatin1String("timestamp without time zone") || base == QLatin1String("timestamp"))
        return TimeClass::Timestamp;
    if (!isTimeName(tokens))
        return TimeClass::None;
    if (base == QLatin1String("bigint") || base == QLatin1String("integer"))
        return TimeClass::EpochInteger;
    if (base == QLatin1String("date"))
        return TimeClass::Date;
    if (facts.text)
        return TimeClass::Text;
    return TimeClass::None;
}

QString convertTo(TimeClass from, TimeClass to, const QString &col)
{
    const bool fromStamp = from == TimeClass::Timestamp || from == TimeClass::Timestamptz;
    switch (to) {
    case TimeClass::Timestamptz:
        if (from == TimeClass::Timestamp)
            return QStringLiteral("%1 AT TIME ZONE 'UTC'").arg(col);
        if (from == TimeClass::EpochInteger)
            return QStringLiteral("to_timestamp(%1)").arg(col);
        return QStringLiteral("%1::timestamptz").arg(col);
    case TimeClass::Timestamp:
        if (from == TimeClass::Timestamptz)
            return QStringLiteral("%1 AT TIME ZONE 'UTC'").arg(col);
        if (from == TimeClass::EpochInteger)
            return QStringLiteral("to_timestamp(%1) AT TIME ZONE 'UTC'").arg(col);
        return QStringLiteral("%1::timestamp").arg(col);
    case TimeClass::EpochInteger:
        if (fromStamp)
            return QStringLiteral("extract(epoch FROM %1)::bigint").arg(col);
        break;
    default:
        break;
    }
    return QString();
}

QString pgTypeOf(TimeClass c)
{
    switch (c) {
    case TimeClass::Timestamptz:
        return QStringLiteral("timestamptz");
    case TimeClass::Timestamp:
        return QStringLiteral("timestamp");
    case TimeClass::EpochInteger:
        return QStringLiteral("bigint");
    case TimeClass::Date:
        return QStringLiteral("date");
    case TimeClass::Text:
        return QStringLiteral("text");
    default:
        return QString();
    }
}

struct TimeColumn {
    const model::Table *table;
    const model::Column *column;
    TimeClass cls;
};

void timestampInconsistent(const ReviewContext &context, Findings &out)
{
    QList<TimeColumn> all;
    QMap<TimeClass, int> counts;
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            const TimeClass c = classify(context, column);
            if (c == TimeClass::None)
                continue;
            all.append({table, &column, c});
            ++counts[c];
        }
    }
    if (counts.size() < 2 ||
        all.size() < context.threshold(QStringLiteral("timestamp-inconsistent"),
                                       QStringLiteral("minColumns")))
        return;
    TimeClass majority = counts.firstKey();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(majority))
            majority = it.key();
    }
    const double maxShare = context.threshold(QStringLiteral("timestamp-inconsistent"),
                                              QStringLiteral("maxMinorityShare"));
    const bool sqlite = context.isSqlite();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() == majority || double(it.value()) / double(all.size()) > maxShare)
            continue; // no clear convention to hold this class against
        // One finding per table of the minority, listing the minority's other tables too.
        QMap<const model::Table *, QList<const model::Column *>> byTable;
        QList<const model::Table *> order;
        for (const TimeColumn &tc : std::as_const(all)) {
            if (tc.cls != it.key())
                continue;
            if (!byTable.contains(tc.table))
                order.append(tc.table);
            byTable[tc.table].append(tc.column);
        }
        QStringList tables;
        for (const model::Table *t : std::as_const(order))
            tables.append(ReviewContext::key(t->schema, t->name));
        for (const model::Table *table : std::as_const(order)) {
            const QList<const model::Column *> &columns = byTable[table];
            Finding f;
            f.object.kind = ObjectRef::Kind::Table;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.tables = tables;
            QStringList names;
            for (const model::Column *c : columns)
                names.append(c->name);
            f.object.columns = names;
            f.location = columns.first()->origin;
            f.message =
                Tr::tr("%1: %2 stored as %3, where %4 of %5 timestamp columns in the schema "
                       "are %6")
                    .arg(table->name, names.join(QLatin1String(", ")),
                         timeClassName(it.key(), sqlite))
                    .arg(counts.value(majority))
                    .arg(all.size())
                    .arg(timeClassName(majority, sqlite));
            if (sqlite) {
                f.fix = sqliteRebuildHint(context, *table) + QLatin1Char(' ') +
                        Tr::tr("Store %1 as %2 like the other tables.")
                            .arg(names.join(QLatin1String(", ")), timeClassName(majority, true));
            } else {
                QStringList steps;
                for (const model::Column *c : columns) {
                    const QString col = context.quote(c->name);
                    const QString conversion = convertTo(it.key(), majority, col);
                    const bool stampToStamp =
                        (it.key() == TimeClass::Timestamp || it.key() == TimeClass::Timestamptz) &&
                        (majority == TimeClass::Timestamp || majority == TimeClass::Timestamptz);
                    if (c->defaultExpr && !stampToStamp)
                        steps.append(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col));
                    steps.append(QStringLiteral("ALTER COLUMN %1 TYPE %2%3")
                                     .arg(col, pgTypeOf(majority),
                                          conversion.isEmpty()
                                              ? QString()
                                              : QString(QLatin1String(" USING ") + conversion)));
                }
                f.fix = QStringLiteral("ALTER TABLE %1 ").arg(context.qualified(*table)) +
                        steps.join(QLatin1String(",\n    ")) + QLatin1Char(';');
                if (it.key() == TimeClass::Timestamp && majority == TimeClass::Timestamptz)
                    f.fix += QLatin1Char(' ') + Tr::tr("-- if the stored values are UTC");
            }
            out.append(std::move(f));
        }
    }
}

// --- missing-updated-at ----------------------------------------------------------------

bool isCreatedName(const QString &snake)
{
    static const QSet<QString> names = {
        QStringLiteral("created_at"),    QStringLiteral("created"),
        QStringLiteral("created_on"),    QStringLiteral("inserted_at"),
        QStringLiteral("create_time"),   QStringLiteral("creation_time"),
        QStringLiteral("created_time"),  QStringLiteral("date_created"),
        QStringLiteral("creation_date"), QStringLiteral("created_date"),
        QStringLiteral("created_ts"),
    };
    return names.contains(snake);
}

bool isUpdatedName(const QString &snake)
{
    static const QSet<QString> names = {
        QStringLiteral("updated_at"),      QStringLiteral("updated"),
        QStringLiteral("updated_on"),      QStringLiteral("modified"),
        QStringLiteral("modified_at"),     QStringLiteral("modified_on"),
        QStringLiteral("last_modified"),   QStringLiteral("last_modified_at"),
        QStringLiteral("update_time"),     QStringLiteral("updated_time"),
        QStringLiteral("last_updated"),    QStringLiteral("last_updated_at"),
        QStringLiteral("date_modified"),   QStringLiteral("date_updated"),
        QStringLiteral("changed_at"),      QStringLiteral("last_changed"),
        QStringLiteral("last_changed_at"), QStringLiteral("mtime"),
        QStringLiteral("updated_ts"),      QStringLiteral("modified_time"),
        QStringLiteral("last_update"),     QStringLiteral("last_updated_time"),
    };
    return names.contains(snake);
}

// Tables that only ever receive inserts, whatever columns they have.
bool isAppendOnlyName(const QString &table)
{
    static const QSet<QString> words = {
        QStringLiteral("log"),         QStringLiteral("logs"),      QStringLiteral("event"),
        QStringLiteral("events"),      QStringLiteral("history"),   QStringLiteral("histories"),
        QStringLiteral("audit"),       QStringLiteral("audits"),    QStringLiteral("version"),
        QStringLiteral("versions"),    QStringLiteral("revision"),  QStringLiteral("revisions"),
        QStringLiteral("snapshot"),    QStringLiteral("snapshots"), QStringLiteral("changes"),
        QStringLiteral("transitions"), QStringLiteral("ledger"),    QStringLiteral("entries"),
    };
    // Any word: v1_task_events_olap is as append-only as task_events.
    for (const QString &token : nameTokens(table)) {
        if (words.contains(token))
            return true;
    }
    return false;
}

// A column whose value changes after the insert: the row's state, or a soft delete.
const model::Column *mutableEvidence(const ReviewContext &context, const model::Table &table)
{
    static const QSet<QString> stateWords = {QStringLiteral("status"), QStringLiteral("state"),
                                             QStringLiteral("stage"), QStringLiteral("phase")};
    static const QSet<QString> lifecycle = {QStringLiteral("deleted_at"),
                                            QStringLiteral("archived_at")};
    for (const model::Column &column : table.columns) {
        const ColumnFacts &facts = context.facts(column);
        const QStringList &tokens = facts.tokens;
        if (tokens.isEmpty())
            continue;
        if (lifecycle.contains(facts.snake))
            return &column;
        // initial_state, original_status: written once with the row.
        if (tokens.first() == QLatin1String("initial") ||
            tokens.first() == QLatin1String("original"))
            continue;
        if (stateWords.contains(tokens.last()) && facts.enumLikeName) {
            // A postal address's state does not change the row's lifecycle.
            if (tokens.size() == 1 && tokens.first() == QLatin1String("state") &&
                (table.column(QStringLiteral("city")) || table.column(QStringLiteral("country"))))
                continue;
            return &column;
        }
    }
    return nullptr;
}

// updated_at in the created column's own style: createdAt -> updatedAt, created -> updated.
QString updatedNameFor(const QString &created)
{
    QString name = created;
    static const QList<QPair<QString, QString>> swaps = {
        {QStringLiteral("inserted"), QStringLiteral("updated")},
        {QStringLiteral("Inserted"), QStringLiteral("Updated")},
        {QStringLiteral("creation"), QStringLiteral("update")},
        {QStringLiteral("created"), QStringLiteral("updated")},
        {QStringLiteral("Created"), QStringLiteral("Updated")},
        {QStringLiteral("CREATED"), QStringLiteral("UPDATED")},
        {QStringLiteral("create"), QStringLiteral("update")},
    };
    for (const auto &[from, to] : swaps) {
        if (name.contains(from))
            return name.replace(from, to);
    }
    return QStringLiteral("updated_at");
}

void missingUpdatedAt(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        if (isAppendOnlyName(table->name))
            continue;
        const model::Column *created = nullptr;
        bool updated = false;
        for (const model::Column &column : table->columns) {
            const QString &snake = context.facts(column).snake;
            if (!created && isCreatedName(snake))
                created = &column;
            updated = updated || isUpdatedName(snake);
        }
        if (!created || updated)
            continue;
        const model::Column *evidence = mutableEvidence(context, *table);
        if (!evidence)
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = table->schema;
        f.object.table = table->name;
        f.object.columns = {created->name, evidence->name};
        f.location = table->origin;
        f.message =
            Tr::tr("%1 has %2 and changes over time (%3) but no updated_at: when a row last "
                   "changed cannot be told")
                .arg(table->name, created->name, evidence->name);
        const QString updatedName = context.quote(updatedNameFor(created->name));
        if (context.isSqlite()) {
            // ADD COLUMN cannot take CURRENT_TIMESTAMP as default in SQLite: backfill instead.
            f.fix = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\nUPDATE %1 SET %2 = %4;")
                        .arg(context.qualified(*table), updatedName,
                             created->type.isEmpty() ? QStringLiteral("TEXT") : created->type,
                             context.quote(created->name));
        } else {
            const std::optional<QString> def = created->defaultExpr;
            f.fix =
                QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3%4;")
                    .arg(context.qualified(*table), updatedName, created->type,
                         def ? QString(QStringLiteral(" NOT NULL DEFAULT ") + *def) : QString()) +
                QLatin1Char(' ') +
                Tr::tr("-- and set it on every UPDATE (a BEFORE UPDATE trigger or the ORM)");
        }
        out.append(std::move(f));
    }
}

// --- hardcoded-dated-default ---------------------------------------------------------

// What makes LITERAL go stale, or an empty string. Dates of 1970 and before, of 2100 and
// after, and 2000-01-01 are sentinels ("never", "unknown"), not a moment that passes;
// all-zero versions ('0.0.0') likewise mean "none yet".
QString staleKind(const QString &literal, const QString &column)
{
    static const QRegularExpression date(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[ T])"));
    if (const auto m = date.match(literal); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (year <= 1970 || year >= 2100 || literal.startsWith(QLatin1String("2000-01-01")))
            return QString();
        return QStringLiteral("date");
    }
    static const QRegularExpression zero(QStringLiteral("^v?0+(\\.0+)*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (zero.match(literal).hasMatch())
        return QString();
    static const QRegularExpression tagged(QStringLiteral("^v\\d+(\\.\\d+)*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression semver(QStringLiteral("^\\d+\\.\\d+\\.\\d+([-+][\\w.]+)?$"));
    if (tagged.match(literal).hasMatch() || semver.match(literal).hasMatch())
        return QStringLiteral("version");
    static const QRegularExpression dotted(QStringLiteral("^\\d+\\.\\d+$"));
    if (dotted.match(literal).hasMatch() && nameTokens(column).contains(QLatin1String("version")))
        return QStringLiteral("version");
    return QString();
}

void hardcodedDatedDefault(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            const std::optional<QString> literal = literalDefault(column);
            // An enum's label ('V1' of an engine-version enum) is picked from a closed list
            // that is changed together with the default.
            if (!literal || context.facts(column).enumType)
                continue;
            const QString kind = staleKind(literal->trimmed(), column.name);
            if (kind.isEmpty())
                continue;
            Finding f = columnFinding(context, *table, column);
            const QString col = context.quote(column.name);
            const QString alter = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ")
                                      .arg(context.qualified(*table), col);
            if (kind == QLatin1String("date")) {
                f.message =
                    Tr::tr("%1.%2 defaults to the fixed date '%3', which every new row gets "
                           "long after it has passed")
                        .arg(table->name, column.name, *literal);
                const bool time =
                    context.facts(column).baseType.startsWith(QLatin1String("timestamp"));
                if (context.isSqlite())
                    f.fix =
                        sqliteRebuildHint(context, *table) + QLatin1Char(' ') +
                        Tr::tr("Default to CURRENT_DATE/CURRENT_TIMESTAMP or drop the default.");
                else
                    f.fix = alter +
                            (time ? QStringLiteral("SET DEFAULT now();")
                                  : QStringLiteral("SET DEFAULT CURRENT_DATE;")) +
                            QLatin1Char(' ') +
                            Tr::tr("-- or DROP DEFAULT and let the application set it");
            } else {
                f.message =
                    Tr::tr("%1.%2 defaults to the version '%3', which new rows keep getting "
                           "after the next release")
                        .arg(table->name, column.name, *literal);
                if (context.isSqlite())
                    f.fix =
                        sqliteRebuildHint(context, *table) + QLatin1Char(' ') +
                        Tr::tr("Drop the default; the application writes the version it speaks.");
                else
                    f.fix = alter + QStringLiteral("DROP DEFAULT;") + QLatin1Char(' ') +
                            Tr::tr("-- the application writes the version it speaks");
            }
            out.append(std::move(f));
        }
    }
}

} // namespace

Rules timeRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("timestamp-inconsistent"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("Timestamps stored in different ways across tables"),
                 .rationale =
                     Tr::tr("Comparing or joining a timestamp with time zone against one "
                            "without (or against an epoch number) silently applies the "
                            "session time zone or needs a conversion; a schema should store "
                            "points in time one way."),
                 .fix = Tr::tr("Convert the minority to the schema's convention (usually "
                               "timestamptz)."),
                 .example =
                     QStringLiteral("CREATE TABLE a (id int PRIMARY KEY, created_at timestamptz);\n"
                                    "CREATE TABLE b (id int PRIMARY KEY, created_at timestamptz);\n"
                                    "CREATE TABLE c (id int PRIMARY KEY, created_at timestamptz);\n"
                                    "CREATE TABLE d (id int PRIMARY KEY, created_at timestamp);"),
                 .thresholds = {{QStringLiteral("minColumns"), 4},
                                {QStringLiteral("maxMinorityShare"), 0.34}}},
        .run = timestampInconsistent});
    rules.append(Rule{
        .info = {.id = QStringLiteral("missing-updated-at"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("Mutable table with created_at but no updated_at"),
                 .rationale =
                     Tr::tr("Rows whose status changes need to say when they last changed: "
                            "for incremental sync, cache invalidation and debugging."),
                 .fix =
                     Tr::tr("Add updated_at with the created_at's type and default, and set it on "
                            "every update."),
                 .example = QStringLiteral("CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n"
                                           "  status text NOT NULL,\n"
                                           "  created_at timestamptz NOT NULL DEFAULT now()\n);")},
        .run = missingUpdatedAt});
    rules.append(Rule{
        .info = {.id = QStringLiteral("hardcoded-dated-default"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("Default that embeds a date or version"),
                 .rationale =
                     Tr::tr("A default of '2021-01-01' or 'v2' was right the day it was "
                            "written; every row inserted since silently gets a stale value."),
                 .fix = Tr::tr("Default to now()/CURRENT_DATE, or drop the default and let the "
                               "application write the value."),
                 .example = QStringLiteral("CREATE TABLE documents (\n  id bigint PRIMARY KEY,\n"
                                           "  format_version text NOT NULL DEFAULT 'v2'\n);")},
        .run = hardcodedDatedDefault});
    return rules;
}

} // namespace schemalens::review::types
