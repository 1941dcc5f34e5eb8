#include "core/load/live/liveloader.h"

#include "core/load/live/catalogqueries.h"
#include "core/load/live/connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace schemalens::load::live {

using namespace schemalens::model;

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

QStringList jsonStrings(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    return out;
}

QList<int> jsonInts(const QString &json)
{
    QList<int> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toInt());
    return out;
}

QDateTime epoch(const Rows &rows, int row, const char *column)
{
    if (rows.isNull(row, column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(rows.value(row, column).toDouble() * 1000.0),
                                          Qt::UTC);
}

QString actionWord(const QString &code)
{
    switch (code.isEmpty() ? 'a' : code.at(0).toLatin1()) {
    case 'r':
        return QStringLiteral("restrict");
    case 'c':
        return QStringLiteral("cascade");
    case 'n':
        return QStringLiteral("set null");
    case 'd':
        return QStringLiteral("set default");
    default:
        return QStringLiteral("no action");
    }
}

// "(lower(email))" and "lower(email)" name the same index expression: the model keeps the
// expression without the parentheses that only group it.
QString withoutOuterParentheses(QString text)
{
    while (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        int depth = 0;
        bool inQuote = false;
        bool wraps = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\''))
                inQuote = !inQuote;
            if (inQuote)
                continue;
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0 && i != text.size() - 1) {
                wraps = false;
                break;
            }
        }
        if (!wraps)
            break;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

// Splits at top-level commas (outside parentheses and quotes).
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    bool inQuote = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            inQuote = !inQuote;
        else if (!inQuote && c == QLatin1Char('('))
            ++depth;
        else if (!inQuote && c == QLatin1Char(')'))
            --depth;
        else if (!inQuote && depth == 0 && c == QLatin1Char(',')) {
            parts.append(text.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    const QString last = text.mid(start).trimmed();
    if (!last.isEmpty())
        parts.append(last);
    return parts;
}

// pg_get_indexdef(index, column) prints a plain column quoted when needed; the model keeps
// the bare name.
QString unquote(const QString &identifier)
{
    if (identifier.size() >= 2 && identifier.startsWith(QLatin1Char('"')) &&
        identifier.endsWith(QLatin1Char('"')))
        return identifier.mid(1, identifier.size() - 2)
            .replace(QLatin1String("\"\""), QLatin1String("\""));
    return identifier;
}

// The WHEN condition of pg_get_triggerdef() text: "... FOR EACH ROW WHEN (cond) EXECUTE ...".
QString triggerWhen(const QString &definition)
{
    const qsizetype when = definition.indexOf(QLatin1String(" WHEN ("));
    const qsizetype execute = definition.lastIndexOf(QLatin1String(" EXECUTE "));
    if (when < 0 || execute < when)
        return {};
    return withoutOuterParentheses(definition.mid(when + 6, execute - when - 6).trimmed());
}

struct Builder {
    Connection &db;
    QStringList params;
    Origin origin;
    Schema schema;
    Diagnostics diagnostics;
    QHash<QString, int> tableByOid;
    QHash<QString, int> viewByOid;
    QHash<QString, QPair<int, int>> indexByOid; // index oid -> (table, index) or view (-1-v)

    Table *tableOf(const Rows &rows, int row, const char *column)
    {
        const auto it = tableByOid.constFind(rows.value(row, column));
        return it == tableByOid.constEnd() ? nullptr : &schema.tables[*it];
    }

    Result<Rows> run(const QString &sql) { return db.query(sql, params); }

    void warn(const QString &message)
    {
        diagnostics.append(Diagnostic{QStringLiteral("source-warning"),
                                      Diagnostic::Severity::Warning, message, origin});
    }

    Result<bool> readNamespaces()
    {
        Result<Rows> rows = run(queries::namespaces());
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->size(); ++r)
            schema.namespaces.append(
                Namespace{rows->value(r, "nspname"), rows->value(r, "comment"), false, origin});
        return true;
    }

    Result<bool> readRelations()
    {
        Result<Rows> rows = run(queries::relations());
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->size(); ++r) {
            const QString kind = rows->value(r, "relkind");
            if (kind == QLatin1String("v") || kind == QLatin1String("m")) {
                View view;
                view.schema = rows->value(r, "nspname");
                view.name = rows->value(r, "relname");
                view.materialized = kind == QLatin1String("m");
                view.definition = rows->value(r, "viewdef").trimmed();
                view.dependsOn = jsonStrings(rows->value(r, "depends"));
                view.dependsOn.sort();
                view.comment = rows->value(r, "comment");
                view.origin = origin;
                viewByOid.insert(rows->value(r, "oid"), int(schema.views.size()));
                schema.views.append(std::move(view));
                continue;
            }
            Table table;
            table.schema = rows->value(r, "nspname");
            table.name = rows->value(r, "relname");
            table.kind = kind == QLatin1String("p")   ? Table::Kind::PartitionedTable
                         : kind == QLatin1String("f") ? Table::Kind::ForeignTable
                                                      : Table::Kind::Table;
            const QString persistence = rows->value(r, "relpersistence");
            table.persistence = persistence == QLatin1String("u")   ? Table::Persistence::Unlogged
                                : persistence == QLatin1String("t") ? Table::Persistence::Temporary
                                                                    : Table::Persistence::Permanent;
            table.rowSecurity = rows->flag(r, "relrowsecurity");
            table.forceRowSecurity = rows->flag(r, "relforcerowsecurity");
            if (rows->flag(r, "relispartition")) {
                table.partitionOfSchema = rows->value(r, "parent_schema");
                table.partitionOf = rows->value(r, "parent_name");
                table.partitionBound = rows->value(r, "bound");
            }
            const QString partkey = rows->value(r, "partkey");
            if (!partkey.isEmpty()) {
                const qsizetype open = partkey.indexOf(QLatin1Char('('));
                table.partitionStrategy = partkey.left(open).trimmed().toLower();
                for (const QString &part :
                     splitTopLevel(withoutOuterParentheses(partkey.mid(open))))
                    table.partitionKey.append(unquote(part));
            }
            table.inherits = jsonStrings(rows->value(r, "inherits"));
            table.comment = rows->value(r, "comment");
            const double reltuples = rows->value(r, "reltuples").toDouble();
            if (reltuples >= 0) { // -1: never vacuumed or analyzed
                table.rowCount = qint64(reltuples);
                table.rowCountEstimated = true;
            }
            table.origin = origin;
            table.lastChange = origin;
            tableByOid.insert(rows->value(r, "oid"), int(schema.tables.size()));
            schema.tables.append(std::move(table));
        }
        return true;
    }

    Result<bool> readColumns()
    {
        Result<Rows> rows = run(queries::columns(db.serverVersion()));
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->size(); ++r) {
            Column column;
            column.name = rows->value(r, "attname");
            column.type = rows->value(r, "type");
            column.nullable = !rows->flag(r, "attnotnull");
            const QString identity = rows->value(r, "identity");
            column.identity = identity == QLatin1String("a")   ? QStringLiteral("always")
                              : identity == QLatin1String("d") ? QStringLiteral("by default")
                                                               : QString();
            const QString generated = rows->value(r, "generated");
            if (!rows->isNull(r, "default")) {
                if (generated == QLatin1String("s") || generated == QLatin1String("v")) {
                    column.generated = rows->value(r, "default");
                    column.generatedStored = generated == QLatin1String("s");
                } else {
                    column.defaultExpr = rows->value(r, "default");
                }
            }
            column.collation = rows->value(r, "collation");
            column.comment = rows->value(r, "comment");
            column.origin = origin;
            column.lastChange = origin;
            if (Table *table = tableOf(rows.value(), r, "attrelid")) {
                table->columns.append(std::move(column));
            } else if (const auto v = viewByOid.constFind(rows->value(r, "attrelid"));
                       v != viewByOid.constEnd()) {
                schema.views[*v].outputColumns.append(std::move(column));
            }
        }
        return true;
    }

    Result<bool> readConstraints()
    {
        Result<Rows> rows = run(queries::constraints(db.serverVersion()));
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->size(); ++r) {
            Table *table = tableOf(rows.value(), r, "conrelid");
            if (!table)
                continue;
            const QString type = rows->value(r, "type");
            const QString name = rows->value(r, "conname");
            const QStringList columns = jsonStrings(rows->value(r, "columns"));
            if (type == QLatin1String("p") || type == QLatin1String("u")) {
                KeyConstraint key;
                key.name = name;
                key.columns = columns;
                key.include = jsonStrings(rows->value(r, "include"));
                key.nullsNotDistinct = rows->flag(r, "nulls_not_distinct");
                key.deferrable = rows->flag(r, "condeferrable");
                key.initiallyDeferred = rows->flag(r, "condeferred");
                key.origin = origin;
                if (type == QLatin1String("p"))
                    table->primaryKey = std::move(key);
                else
                    table->uniques.append(std::move(key));
            } else if (type == QLatin1String("c")) {
                CheckConstraint check;
                check.name = name;
                check.expression = rows->value(r, "expression");
                check.columns = columns;
                check.noInherit = rows->flag(r, "connoinherit");
                check.validated = rows->flag(r, "convalidated");
                check.origin = origin;
                table->checks.append(std::move(check));
            } else if (type == QLatin1String("f")) {
                // Actions come from pg_constraint's columns, not from parsing the definition.
                ForeignKey fk;
                fk.name = name;
                fk.columns = columns;
                fk.refSchema = rows->value(r, "ref_schema");
                fk.refTable = rows->value(r, "ref_table");
                fk.refColumns = jsonStrings(rows->value(r, "ref_columns"));
                fk.onDelete = actionWord(rows->value(r, "on_delete"));
                fk.onUpdate = actionWord(rows->value(r, "on_update"));
                fk.onDeleteExplicit = rows->value(r, "on_delete") != QLatin1String("a");
                const QString match = rows->value(r, "match");
                fk.match = match == QLatin1String("f")   ? QStringLiteral("full")
                           : match == QLatin1String("p") ? QStringLiteral("partial")
                                                         : QStringLiteral("simple");
                fk.deferrable = rows->flag(r, "condeferrable");
                fk.initiallyDeferred = rows->flag(r, "condeferred");
                fk.validated = rows->flag(r, "convalidated");
                fk.origin = origin;
                table->foreignKeys.append(std::move(fk));
            } else if (type == QLatin1String("x")) {
                ExclusionConstraint exclusion;
                exclusion.name = name;
                exclusion.method = rows->value(r, "method");
                const QStringList elements = jsonStrings(rows->value(r, "elements"));
                const QStringList operators = jsonStrings(rows->value(r, "operators"));
                for (qsizetype i = 0; i < elements.size(); ++i) {
                    ExclusionElement element;
                    const QString text = elements.at(i);
                    if (columns.value(i).isEmpty() || unquote(text) != columns.value(i))
                        element.expression = withoutOuterParentheses(text);
                    else
                        element.column = columns.value(i);
                    element.op = operators.value(i);
                    exclusion.elements.append(element);
                }
                exclusion.include = jsonStrings(rows->value(r, "include"));
                exclusion.predicate = rows->value(r, "predicate");
                exclusion.origin = origin;
                table->exclusions.append(std::move(exclusion));
            }
        }
        return true;
    }

    Result<bool> readIndexes()
    {
        Result<Rows> rows = run(queries::indexes(db.serverVersion()));
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->size(); ++r) {
            Index index;
            index.name = rows->value(r, "relname");
            index.unique = rows->flag(r, "indisunique");
            index.nullsNotDistinct = rows->flag(r, "nulls_not_distinct");
            index.method = rows->value(r, "method");
            index.predicate = rows->value(r, "predicate");
            index.constraint = rows->value(r, "constraint");
            index.origin = origin;
            const QStringList names = jsonStrings(rows->value(r, "names"));
            const QStringList defs = jsonStrings(rows->value(r, "defs"));
            const QList<int> options = jsonInts(rows->value(r, "options"));
            const QStringList opclasses = jsonStrings(rows->value(r, "opclasses"));
            const int keyColumns = int(rows->integer(r, "indnkeyatts"));
            for (int i = 0; i < names.size(); ++i) {
                if (i >= keyColumns) {
                    index.include.append(names.at(i));
                    continue;
                }
                IndexElement element;
                element.column = names.at(i);
                if (element.column.isEmpty())
                    element.expression = withoutOuterParentheses(defs.value(i));
                element.opclass = opclasses.value(i);
                // indoption bit 0: DESC, bit 1: NULLS FIRST; recorded when not the default.
                const int option = options.value(i);
                element.descending = option & 1;
                const bool nullsFirst = option & 2;
                if (nullsFirst != element.descending)
                    element.nulls = nullsFirst ? QStringLiteral("first") : QStringLiteral("last");
                index.elements.append(element);
            }
            const QString oid = rows->value(r, "indexrelid");
            // Indexes that back a constraint are the constraint's (the model keeps them
            // under primaryKey/uniques/exclusions), as the static loader does.
            if (Table *table = tableOf(rows.value(), r, "indrelid")) {
                if (!index.constraint.isEmpty())
                    continue;
                indexByOid.insert(oid, {int(tableByOid.value(rows->value(r, "indrelid"))),
                                        int(table->indexes.size())});
                table->indexes.append(std::move(index));
            } else if (const auto v = viewByOid.constFind(rows->value(r, "indrelid"));
                       v != viewByOid.constEnd()) {
                indexByOid.insert(oid, {-1 - *v, int(schema.views[*v].indexes.size())});
                schema.views[*v].indexes.append(std::move(index));
            }
        }
        return true;
    }

    Result<bool> readTriggers()
    {
        Result<Rows> rows = run(queries::triggers(db.serverVersion()));
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->size(); ++r) {
            Table *table = tableOf(rows.value(), r, "tgrelid");
            if (!table)
                continue;
            // tgtype bits (pg_trigger.h): ROW 1, BEFORE 2, INSERT 4, DELETE 8, UPDATE 16,
            // TRUNCATE 32, INSTEAD 64.
            const int bits = int(rows->integer(r, "tgtype"));
            Trigger trigger;
            trigger.name = rows->value(r, "tgname");
            trigger.timing = (bits & 64)  ? QStringLiteral("instead of")
                             : (bits & 2) ? QStringLiteral("before")
                                          : QStringLiteral("after");
            if (bits & 4)
                trigger.events.append(QStringLiteral("insert"));
            if (bits & 16)
                trigger.events.append(QStringLiteral("update"));
            if (bits & 8)
                trigger.events.append(QStringLiteral("delete"));
            if (bits & 32)
                trigger.events.append(QStringLiteral("truncate"));
            trigger.updateColumns = jsonStrings(rows->value(r, "columns"));
            trigger.forEachRow = bits & 1;
            const QString functionSchema = rows->value(r, "function_schema");
            trigger.function = functionSchema == QLatin1String("public")
                                   ? rows->value(r, "proname")
                                   : functionSchema + QLatin1Char('.') + rows->value(r, "proname");
            trigger.when = triggerWhen(rows->value(r, "definition"));
            trigger.constraint = rows->flag(r, "is_constraint");
            trigger.origin = origin;
            table->triggers.append(std::move(trigger));
        }
        return true;
    }

    Result<bool> readPolicies()
    {
        Result<Rows> rows = run(queries::policies());
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->size(); ++r) {
            Table *table = tableOf(rows.value(), r, "polrelid");
            if (!table)
                continue;
            Policy policy;
            policy.name = rows->value(r, "polname");
            const QString command = rows->value(r, "command");
            policy.command = command == QLatin1String("r")   ? QStringLiteral("select")
                             : command == QLatin1String("a") ? QStringLiteral("insert")
                             : command == QLatin1String("w") ? QStringLiteral("update")
                             : command == QLatin1String("d") ? QStringLiteral("delete")
                                                             : QStringLiteral("all");
            policy.permissive = rows->flag(r, "polpermissive");
            policy.roles = jsonStrings(rows->value(r, "roles"));
            policy.usingExpr = rows->value(r, "qual");
            policy.withCheck = rows->value(r, "with_check");
            policy.origin = origin;
            table->policies.append(std::move(policy));
        }
        return true;
    }

    Result<bool> readTypesAndRoutines()
    {
        Result<Rows> enums = run(queries::enums());
        if (!enums)
            return enums.error();
        for (int r = 0; r < enums->size(); ++r)
            schema.enums.append(EnumType{enums->value(r, "nspname"), enums->value(r, "typname"),
                                         jsonStrings(enums->value(r, "labels")),
                                         enums->value(r, "comment"), origin, origin});
        Result<Rows> others = run(queries::otherTypes());
        if (!others)
            return others.error();
        for (int r = 0; r < others->size(); ++r) {
            const QString kind = others->value(r, "kind");
            schema.otherTypes.append(
                OtherType{others->value(r, "nspname"), others->value(r, "typname"),
                          kind == QLatin1String("d")   ? QStringLiteral("domain")
                          : kind == QLatin1String("r") ? QStringLiteral("range")
                                                       : QStringLiteral("composite"),
                          others->value(r, "base"), origin});
        }
        Result<Rows> sequences = run(queries::sequences());
        if (!sequences)
            return sequences.error();
        for (int r = 0; r < sequences->size(); ++r) {
            if (sequences->value(r, "dependency") == QLatin1String("i"))
                continue;
            schema.sequences.append(Sequence{sequences->value(r, "nspname"),
                                             sequences->value(r, "relname"),
                                             sequences->value(r, "owned_by"), origin});
        }
        Result<Rows> functions = run(queries::functions());
        if (!functions)
            return functions.error();
        for (int r = 0; r < functions->size(); ++r) {
            Function function;
            function.schema = functions->value(r, "nspname");
            function.name = functions->value(r, "proname");
            function.arguments = QLatin1Char('(') + functions->value(r, "args") + QLatin1Char(')');
            function.returns = functions->value(r, "returns");
            function.language = functions->value(r, "lanname");
            function.isProcedure = functions->value(r, "kind") == QLatin1String("p");
            function.comment = functions->value(r, "comment");
            function.origin = origin;
            schema.functions.append(std::move(function));
        }
        Result<Rows> extensions = db.query(queries::extensions());
        if (!extensions)
            return extensions.error();
        for (int r = 0; r < extensions->size(); ++r)
            schema.extensions.append(Extension{extensions->value(r, "extname"),
                                               extensions->value(r, "nspname"), origin});
        return true;
    }

    // Statistics are optional: a role that may not read them still gets the schema, and
    // the statistics rules then have nothing to say.
    void readStatistics()
    {
        LiveInfo info;
        info.serverVersion = db.serverVersionString();
        Result<Rows> server = db.optionalQuery(queries::serverInfo());
        if (server && server->size() == 1) {
            info.statisticsReset = !server->isNull(0, "stats_reset");
            info.statisticsSince =
                epoch(server.value(), 0, info.statisticsReset ? "stats_reset" : "started");
            info.readAt = epoch(server.value(), 0, "now");
        } else if (!server) {
            warn(Tr::tr("statistics unavailable: %1").arg(server.error().message));
        }
        Result<Rows> tables = db.optionalQuery(queries::tableStatistics(), params);
        if (!tables) {
            warn(Tr::tr("table statistics unavailable: %1").arg(tables.error().message));
        } else {
            for (int r = 0; r < tables->size(); ++r) {
                Table *table = tableOf(tables.value(), r, "relid");
                if (!table)
                    continue;
                if (!tables->isNull(r, "n_live_tup")) {
                    table->rowCount = tables->integer(r, "n_live_tup");
                    table->rowCountEstimated = true;
                }
                table->lastAnalyzed = epoch(tables.value(), r, "analyzed");
            }
        }
        Result<Rows> indexes =
            db.optionalQuery(queries::indexStatistics(db.serverVersion()), params);
        if (!indexes) {
            warn(Tr::tr("index statistics unavailable: %1").arg(indexes.error().message));
        } else {
            for (int r = 0; r < indexes->size(); ++r) {
                const auto it = indexByOid.constFind(indexes->value(r, "indexrelid"));
                if (it == indexByOid.constEnd() || indexes->isNull(r, "idx_scan"))
                    continue;
                Index &index = it->first >= 0 ? schema.tables[it->first].indexes[it->second]
                                              : schema.views[-1 - it->first].indexes[it->second];
                index.scans = indexes->integer(r, "idx_scan");
            }
        }
        schema.live = info;
    }
};

} // namespace

Result<LoadResult> loadFromConnection(Connection &connection, const QStringList &schemas)
{
    const int before = connection.queryCount();
    Builder builder{connection,
                    {textArrayLiteral(schemas)},
                    Origin{connection.label(), 0, 0, -1},
                    {},
                    {},
                    {},
                    {},
                    {}};
    Result<bool> started = connection.begin();
    if (!started)
        return started.error();
    for (auto step : {&Builder::readNamespaces, &Builder::readRelations, &Builder::readColumns,
                      &Builder::readConstraints, &Builder::readIndexes, &Builder::readTriggers,
                      &Builder::readPolicies, &Builder::readTypesAndRoutines}) {
        Result<bool> done = (builder.*step)();
        if (!done) {
            connection.end();
            return done.error();
        }
    }
    builder.readStatistics();
    connection.end();

    LoadResult result;
    result.schema = std::move(builder.schema);
    result.schema.live->queries = connection.queryCount() - before;
    result.diagnostics = std::move(builder.diagnostics);
    result.source.rootPath = connection.label();
    result.source.layout = QStringLiteral("live");
    result.source.dialect = Dialect::PostgreSQL;
    result.source.dialectEvidence =
        Tr::tr("live PostgreSQL %1 server").arg(connection.serverVersionString());
    return result;
}

Result<LoadResult> loadLive(const QString &source, const LoadOptions &options)
{
    Result<std::unique_ptr<Connection>> connection = Connection::open(source);
    if (!connection)
        return connection.error();
    const int version = connection.value()->serverVersion();
    if (version < 120000)
        return Error{
            Tr::tr("%1: PostgreSQL %2 is not supported (version 12 or later is needed)")
                .arg(connection.value()->label(), connection.value()->serverVersionString()),
            {}};
    return loadFromConnection(*connection.value(), options.schemas);
}

} // namespace schemalens::load::live
