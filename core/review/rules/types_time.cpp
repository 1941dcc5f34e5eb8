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
    case TimeClass::TextIso:
        return Tr::tr("text (ISO 8601 with T and Z)");
    case TimeClass::EpochReal:
        return Tr::tr("real (Julian day or epoch)");
    case TimeClass::None:
        break;
    }
    return QString();
}

// How good a way of storing a point in time is, in PostgreSQL: timestamptz is an absolute
// instant; timestamp without time zone needs every reader to know the zone; dates, epochs and
// text need conversions for any date arithmetic. SQLite has no better way: every class is 0
// there, and the schema's own convention decides.
int quality(TimeClass c, bool sqlite)
{
    if (sqlite)
        return 0;
    switch (c) {
    case TimeClass::Timestamptz:
        return 3;
    case TimeClass::Timestamp:
        return 2;
    case TimeClass::Date:
    case TimeClass::EpochInteger:
    case TimeClass::EpochReal:
        return 1;
    default:
        return 0;
    }
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

// "a, b, c and 4 more" for messages.
QString someTables(const QStringList &names)
{
    if (names.size() <= 4)
        return names.join(QLatin1String(", "));
    return Tr::tr("%1 and %2 more")
        .arg(names.mid(0, 3).join(QLatin1String(", ")))
        .arg(names.size() - 3);
}

// The fix for COLUMNS of TABLE stored as FROM, to store them as TO.
QString conversionFix(const ReviewContext &context, const model::Table &table,
                      const QList<const model::Column *> &columns, TimeClass from, TimeClass to)
{
    QStringList names;
    for (const model::Column *c : columns)
        names.append(c->name);
    if (context.isSqlite())
        return sqliteRebuildHint(context, table) + QLatin1Char(' ') +
               Tr::tr("Store %1 as %2 like the other tables.")
                   .arg(names.join(QLatin1String(", ")), timeClassName(to, true));
    QStringList steps;
    const bool stampToStamp = (from == TimeClass::Timestamp || from == TimeClass::Timestamptz) &&
                              (to == TimeClass::Timestamp || to == TimeClass::Timestamptz);
    for (const model::Column *c : columns) {
        const QString col = context.quote(c->name);
        const QString conversion = convertTo(from, to, col);
        if (c->defaultExpr && !stampToStamp)
            steps.append(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col));
        steps.append(QStringLiteral("ALTER COLUMN %1 TYPE %2%3")
                         .arg(col, pgTypeOf(to),
                              conversion.isEmpty()
                                  ? QString()
                                  : QString(QLatin1String(" USING ") + conversion)));
    }
    QString fix = QStringLiteral("ALTER TABLE %1 ").arg(context.qualified(table)) +
                  steps.join(QLatin1String(",\n    ")) + QLatin1Char(';');
    if (from == TimeClass::Timestamp && to == TimeClass::Timestamptz)
        fix += QLatin1Char(' ') + Tr::tr("-- if the stored values are UTC");
    return fix;
}

void timestampInconsistent(const ReviewContext &context, Findings &out)
{
    const bool sqlite = context.isSqlite();
    QList<TimeColumn> all;
    QMap<TimeClass, int> counts;
    for (const model::Table *table : context.tables()) {
        // A library's tables follow the library's convention, not the application's.
        if (!context.owningLibrary(*table).isEmpty())
            continue;
        for (const model::Column &column : table->columns) {
            const TimeClass c = classifyTime(context, column);
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
    // The convention: the most common class; on a tie, the better one.
    TimeClass majority = counts.firstKey();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const int n = it.value();
        const int m = counts.value(majority);
        if (n > m || (n == m && quality(it.key(), sqlite) > quality(majority, sqlite)))
            majority = it.key();
    }
    const double maxShare = context.threshold(QStringLiteral("timestamp-inconsistent"),
                                              QStringLiteral("maxMinorityShare"));
    QSet<QString> schemas;
    for (const TimeColumn &tc : std::as_const(all))
        schemas.insert(tc.table->schema);
    const QString schema = schemas.size() == 1 ? *schemas.cbegin() : QString();
    QStringList betterColumns; // PostgreSQL: columns stored better than the convention
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const TimeClass cls = it.key();
        if (cls == majority)
            continue;
        QMap<const model::Table *, QList<const model::Column *>> byTable;
        QList<const model::Table *> order;
        for (const TimeColumn &tc : std::as_const(all)) {
            if (tc.cls != cls)
                continue;
            if (!byTable.contains(tc.table))
                order.append(tc.table);
            byTable[tc.table].append(tc.column);
        }
        QStringList tables;
        QStringList names;
        for (const model::Table *t : std::as_const(order)) {
            tables.append(ReviewContext::key(t->schema, t->name));
            names.append(t->name);
        }
        // Never point at columns stored better than the convention as if they were wrong:
        // the convention is the problem then, said once below.
        if (quality(cls, sqlite) > quality(majority, sqlite)) {
            for (const model::Table *t : std::as_const(order)) {
                for (const model::Column *c : byTable[t])
                    betterColumns.append(t->name + QLatin1Char('.') + c->name);
            }
            continue;
        }
        const double share = double(it.value()) / double(all.size());
        const int maxTables = int(context.threshold(QStringLiteral("timestamp-inconsistent"),
                                                    QStringLiteral("maxTables")));
        if (share > maxShare || order.size() > maxTables) {
            // A split, or outliers in many tables, rather than a few outliers: one finding
            // for the whole schema, naming the tables of the smaller (or worse) side.
            Finding f;
            f.object.kind = ObjectRef::Kind::Schema;
            f.object.schema = schema;
            f.object.tables = tables;
            f.fingerprintKey = timeClassName(cls, sqlite);
            f.location = byTable[order.first()].first()->origin;
            f.message = Tr::tr("Timestamps are stored two ways: %1 of %2 columns as %3 (%4), "
                               "the others mostly as %5")
                            .arg(it.value())
                            .arg(all.size())
                            .arg(timeClassName(cls, sqlite), someTables(names),
                                 timeClassName(majority, sqlite));
            f.fix = conversionFix(context, *order.first(), byTable[order.first()], cls, majority) +
                    QLatin1Char('\n') + Tr::tr("-- and likewise for %1").arg(someTables(names));
            out.append(std::move(f));
            continue;
        }
        for (const model::Table *table : std::as_const(order)) {
            const QList<const model::Column *> &columns = byTable[table];
            Finding f;
            f.object.kind = ObjectRef::Kind::Table;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.tables = tables;
            QStringList columnNames;
            for (const model::Column *c : columns)
                columnNames.append(c->name);
            f.object.columns = columnNames;
            f.location = columns.first()->origin;
            f.message = Tr::tr("%1: %2 stored as %3, where %4 of %5 timestamp columns in the "
                               "schema are %6")
                            .arg(table->name, columnNames.join(QLatin1String(", ")),
                                 timeClassName(cls, sqlite))
                            .arg(counts.value(majority))
                            .arg(all.size())
                            .arg(timeClassName(majority, sqlite));
            f.fix = conversionFix(context, *table, columns, cls, majority);
            out.append(std::move(f));
        }
    }
    if (!betterColumns.isEmpty()) {
        // The convention is the weaker way: say so once, without pointing at the columns that
        // do it right (they are the model to follow, not outliers).
        Finding f;
        f.object.kind = ObjectRef::Kind::Schema;
        f.object.schema = schema;
        f.confidence = Confidence::Medium;
        f.fingerprintKey = QStringLiteral("convention");
        for (const TimeColumn &tc : std::as_const(all)) {
            if (tc.cls == majority) {
                f.location = tc.column->origin;
                break;
            }
        }
        f.message = Tr::tr("Most timestamps (%1 of %2 columns) are %3; only %4 use "
                           "timestamptz, which stores an absolute instant: the schema's "
                           "convention is the weaker one")
                        .arg(counts.value(majority))
                        .arg(all.size())
                        .arg(timeClassName(majority, sqlite), someTables(betterColumns));
        f.fix = Tr::tr("-- Use timestamptz for new columns and convert the others when "
                       "convenient, table by table:\n"
                       "ALTER TABLE t ALTER COLUMN created_at TYPE timestamptz USING created_at "
                       "AT TIME ZONE 'UTC'; -- if the stored values are UTC");
        out.append(std::move(f));
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

// A column that records when the row went through a step of its life: started_at,
// completed_at, sent_at, last_login_at. Such a table says when it changed, step by step,
// without an updated_at. Deadlines (expires_at, due_at, scheduled_at) and soft deletes
// (deleted_at records one change only) are not.
bool isLifecycleTime(const ReviewContext &context, const model::Column &column)
{
    const ColumnFacts &facts = context.facts(column);
    const QStringList &tokens = facts.tokens;
    if (tokens.size() < 2 ||
        (tokens.last() != QLatin1String("at") && tokens.last() != QLatin1String("on") &&
         tokens.last() != QLatin1String("time") && tokens.last() != QLatin1String("ts")))
        return false;
    if (classifyTime(context, column) == TimeClass::None &&
        !facts.baseType.startsWith(QLatin1String("timestamp")))
        return false;
    static const QSet<QString> notSteps = {
        QStringLiteral("created"),   QStringLiteral("inserted"), QStringLiteral("updated"),
        QStringLiteral("modified"),  QStringLiteral("changed"),  QStringLiteral("deleted"),
        QStringLiteral("archived"),  QStringLiteral("removed"),  QStringLiteral("expired"),
        QStringLiteral("scheduled"), QStringLiteral("planned"),  QStringLiteral("estimated"),
    };
    static const QSet<QString> steps = {QStringLiteral("sent"), QStringLiteral("paid"),
                                        QStringLiteral("read"), QStringLiteral("seen"),
                                        QStringLiteral("done"), QStringLiteral("last"),
                                        QStringLiteral("won"),  QStringLiteral("lost")};
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const QString &word = tokens.at(i);
        if (notSteps.contains(word))
            return false;
        if (steps.contains(word) || (word.size() > 3 && word.endsWith(QLatin1String("ed"))))
            return true;
    }
    return false;
}

// A literal the column starts with ('pending', 'draft'), for a state column.
bool hasInitialState(const ReviewContext &context, const model::Table &table,
                     const model::Column &column)
{
    if (!literalDefault(column))
        return false;
    // An enum with a single label, or a CHECK allowing one value, cannot change.
    if (const model::EnumType *e = context.facts(column).enumType)
        return e->values.size() >= 2;
    Q_UNUSED(table);
    return true;
}

// A state column that starts with a value and moves on from it (an order's status defaulting
// to 'cart'), in a table that records no step of its life in a timestamp of its own. A status
// with no default is written with the row (a payment's final status from the provider) and
// says nothing about later changes.
const model::Column *mutableEvidence(const ReviewContext &context, const model::Table &table)
{
    static const QSet<QString> stateWords = {QStringLiteral("status"), QStringLiteral("state"),
                                             QStringLiteral("stage"), QStringLiteral("phase")};
    const model::Column *state = nullptr;
    for (const model::Column &column : table.columns) {
        if (isLifecycleTime(context, column))
            return nullptr;
        const ColumnFacts &facts = context.facts(column);
        const QStringList &tokens = facts.tokens;
        if (state || tokens.isEmpty())
            continue;
        // initial_state, original_status: written once with the row.
        if (tokens.first() == QLatin1String("initial") ||
            tokens.first() == QLatin1String("original"))
            continue;
        if (stateWords.contains(tokens.last()) && (facts.enumLikeName || facts.enumType)) {
            // A postal address's state does not change the row's lifecycle.
            if (tokens.size() == 1 && tokens.first() == QLatin1String("state") &&
                (table.column(QStringLiteral("city")) || table.column(QStringLiteral("country"))))
                continue;
            if (hasInitialState(context, table, column))
                state = &column;
        }
    }
    return state;
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
        f.confidence = Confidence::Medium; // the states are seen, their changes inferred
        f.location = table->origin;
        f.message = Tr::tr("%1 has %2 and moves through states (%3, starting at %4) but no "
                           "updated_at: when a row last changed cannot be told")
                        .arg(table->name, created->name, evidence->name,
                             literalDefault(*evidence).value_or(QString()));
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
    const QStringList tokens = nameTokens(column);
    static const QRegularExpression date(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[ T])"));
    if (const auto m = date.match(literal); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (year <= 1970 || year >= 2100 || literal.startsWith(QLatin1String("2000-01-01")))
            return QString();
        // A dated API version ('2023-10-16') is a version, not a day that passes.
        return tokens.contains(QLatin1String("version")) ? QStringLiteral("version")
                                                         : QStringLiteral("date");
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
    if (dotted.match(literal).hasMatch() && tokens.contains(QLatin1String("version")))
        return QStringLiteral("version");
    // A name that embeds a release date: model snapshots ('gpt-4o-2024-08-06',
    // 'claude-3-opus-20240229') and dated API versions ('2023-10-16.acacia').
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]"));
    if (!letters.match(literal).hasMatch())
        return QString();
    static const QRegularExpression embedded(QStringLiteral(
        "(?:^|[^0-9])(20[0-9]{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12][0-9]|3[01])(?:[^0-9]|$)"));
    if (embedded.match(literal).hasMatch())
        return QStringLiteral("snapshot");
    // A model named by its snapshot date alone ('gpt-4-0613', 'gpt-3.5-turbo-0125') or by a
    // version ('gpt-4', 'claude-3-haiku'): a column that names a model says what the digits
    // are. Aliases that track the newest model ('…-latest') do not go stale.
    const bool modelColumn = tokens.contains(QLatin1String("model")) ||
                             tokens.contains(QLatin1String("engine")) ||
                             tokens.contains(QLatin1String("llm"));
    static const QRegularExpression mmdd(
        QStringLiteral("^[A-Za-z][\\w.]*(?:-[\\w.]+)*-(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (modelColumn && !literal.endsWith(QLatin1String("latest"), Qt::CaseInsensitive) &&
        !literal.contains(QLatin1Char(' ')) && digit.match(literal).hasMatch())
        return mmdd.match(literal).hasMatch() ? QStringLiteral("snapshot")
                                              : QStringLiteral("model");
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
            } else if (kind == QLatin1String("snapshot") || kind == QLatin1String("model")) {
                f.message =
                    kind == QLatin1String("snapshot")
                        ? Tr::tr("%1.%2 defaults to '%3', a dated snapshot: new rows keep "
                                 "getting it after it is superseded or retired")
                              .arg(table->name, column.name, *literal)
                        : Tr::tr("%1.%2 defaults to the model '%3': new rows keep getting it "
                                 "after the application moves to the next one")
                              .arg(table->name, column.name, *literal);
                if (kind == QLatin1String("model"))
                    f.confidence = Confidence::Medium;
                if (context.isSqlite())
                    f.fix = sqliteRebuildHint(context, *table) + QLatin1Char(' ') +
                            Tr::tr("Drop the default; the application writes the model or "
                                   "version it uses, from its configuration.");
                else
                    f.fix = alter + QStringLiteral("DROP DEFAULT;") + QLatin1Char(' ') +
                            Tr::tr("-- the application writes the one it uses, from its "
                                   "configuration");
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
                                {QStringLiteral("maxMinorityShare"), 0.34},
                                {QStringLiteral("maxTables"), 5}}},
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
