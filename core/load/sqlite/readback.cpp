#include "core/load/sqlite/readback.h"

#include "core/load/sqlite/ddlparser.h"
#include "core/load/sqlite/sqlitedb.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace schemalens::load::sqlite {

using namespace schemalens::model;

namespace {

const QString mainSchema = QStringLiteral("main");

struct SchemaRow {
    QString type;
    QString name;
    QString table;
    QByteArray sql;
};

struct TableListEntry {
    QString type; // table, view, shadow, virtual
    bool withoutRowid = false;
    bool strict = false;
};

QString key(const QString &name)
{
    return name.toLower();
}

bool sameNames(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].compare(b[i], Qt::CaseInsensitive) != 0)
            return false;
    return true;
}

// PostgreSQL's ChooseConstraintName(): the label, then label1, label2, … until unused.
QString chooseName(QSet<QString> &used, const QString &base)
{
    QString name = base;
    for (int n = 1; used.contains(key(name)); ++n)
        name = base + QString::number(n);
    used.insert(key(name));
    return name;
}

QString action(const QString &pragmaValue)
{
    return pragmaValue.toLower();
}

class Reader {
public:
    Reader(Database &db, const OriginLookup &origins, Diagnostics &diagnostics)
        : m_db(db)
        , m_origins(origins)
        , m_diagnostics(diagnostics)
    {}

    Result<Schema> run();

private:
    bool prepareStatements(QString *error);
    void readTableList();
    void readTable(const SchemaRow &row, Schema &schema);
    bool readColumns(Table &table, const ParsedTable &parsed, bool isVirtual);
    void readForeignKeys(Table &table, const ParsedTable &parsed, QSet<QString> &used);
    void readIndexes(Table &table, const ParsedTable &parsed, QSet<QString> &used);
    void readChecks(Table &table, const ParsedTable &parsed, QSet<QString> &used);
    void readTriggers(Table &table);
    QStringList primaryKeyOf(const QString &table);
    QStringList viewReads(const QString &view);
    void warn(const QString &object, const QString &message);

    Database &m_db;
    const OriginLookup &m_origins;
    Diagnostics &m_diagnostics;
    QList<SchemaRow> m_rows;
    QHash<QString, int> m_rowIndex; // name -> position in sqlite_schema
    QHash<QString, TableListEntry> m_tableList;
    QMultiHash<QString, int> m_triggersByTable; // table name -> sqlite_schema positions
    Statement m_xinfo, m_foreignKeys, m_indexList, m_indexInfo, m_primaryKey;
};

Result<Schema> Reader::run()
{
    QString error;
    Statement rows =
        m_db.prepare("SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY rowid");
    if (!rows.isValid())
        return Error{m_db.errorMessage(), {}};
    while (rows.next()) {
        const auto *sql = reinterpret_cast<const char *>(sqlite3_column_text(rows.get(), 3));
        m_rowIndex.insert(key(rows.text(1)), int(m_rows.size()));
        if (rows.text(0) == QLatin1String("trigger"))
            m_triggersByTable.insert(key(rows.text(2)), int(m_rows.size()));
        m_rows.append({rows.text(0), rows.text(1), rows.text(2),
                       QByteArray(sql, sqlite3_column_bytes(rows.get(), 3))});
    }
    if (rows.failed())
        return Error{m_db.errorMessage(), {}};
    if (!prepareStatements(&error))
        return Error{error, {}};
    readTableList();

    Schema schema;
    model::Namespace main;
    main.name = mainSchema;
    schema.namespaces.append(main);
    for (const SchemaRow &row : m_rows) {
        if (row.type == QLatin1String("table"))
            readTable(row, schema);
        else if (row.type == QLatin1String("view")) {
            const ParsedView parsed = parseCreateView(row.sql);
            View view;
            view.schema = mainSchema;
            view.name = row.name;
            view.columns = parsed.columns;
            view.definition = parsed.definition;
            view.sql = QString::fromUtf8(row.sql);
            view.dependsOn = viewReads(row.name);
            view.origin = m_origins.object(row.name);
            schema.views.append(view);
        }
    }
    return schema;
}

namespace {

// sqlite3_set_authorizer callback: collects the tables a statement being prepared reads.
int collectReads(void *data, int action, const char *table, const char *, const char *database,
                 const char *)
{
    if (action == SQLITE_READ && table && database && qstrcmp(database, "main") == 0) {
        auto *reads = static_cast<QStringList *>(data);
        const QString name = QStringLiteral("main.") + QString::fromUtf8(table);
        if (!reads->contains(name) &&
            !QString::fromUtf8(table).startsWith(QLatin1String("sqlite_")))
            reads->append(name);
    }
    return SQLITE_OK;
}

} // namespace

// What a view reads, asked of the engine rather than parsed: preparing a SELECT from the
// view runs the authorizer for every table column the expanded query reads, through nested
// views too. Nothing is executed.
QStringList Reader::viewReads(const QString &view)
{
    QStringList reads;
    QString quoted = view;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    const QByteArray sql = "SELECT * FROM main.\"" + quoted.toUtf8() + '"';
    sqlite3_set_authorizer(m_db.get(), collectReads, &reads);
    {
        const Statement statement = m_db.prepare(sql.constData());
        Q_UNUSED(statement); // a view that no longer prepares (a dropped table) reads nothing
    }
    sqlite3_set_authorizer(m_db.get(), nullptr, nullptr);
    reads.removeAll(QStringLiteral("main.") + view);
    return reads;
}

bool Reader::prepareStatements(QString *error)
{
    m_xinfo = m_db.prepare("SELECT name, type, \"notnull\", dflt_value, pk, hidden"
                           " FROM pragma_table_xinfo(?1, 'main') ORDER BY cid");
    m_foreignKeys = m_db.prepare("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete"
                                 " FROM pragma_foreign_key_list(?1, 'main') ORDER BY id DESC, seq");
    m_indexList = m_db.prepare("SELECT name, \"unique\", origin"
                               " FROM pragma_index_list(?1, 'main')");
    m_indexInfo = m_db.prepare("SELECT cid, name, \"desc\", coll"
                               " FROM pragma_index_xinfo(?1, 'main') WHERE key ORDER BY seqno");
    m_primaryKey = m_db.prepare("SELECT name FROM pragma_table_info(?1, 'main')"
                                " WHERE pk > 0 ORDER BY pk");
    const bool ok = m_xinfo.isValid() && m_foreignKeys.isValid() && m_indexList.isValid() &&
                    m_indexInfo.isValid() && m_primaryKey.isValid();
    if (!ok)
        *error = m_db.errorMessage();
    return ok;
}

void Reader::readTableList()
{
    // Optional: older engines or a broken schema object can make it fail; the CREATE
    // TABLE text then supplies WITHOUT ROWID and STRICT.
    Statement list =
        m_db.prepare("SELECT name, type, wr, strict FROM pragma_table_list WHERE schema = 'main'");
    if (!list.isValid())
        return;
    while (list.next())
        m_tableList.insert(key(list.text(0)),
                           {list.text(1), list.integer(2) != 0, list.integer(3) != 0});
}

void Reader::warn(const QString &object, const QString &message)
{
    m_diagnostics.append(
        {.rule = QStringLiteral("source-warning"),
         .severity = Diagnostic::Severity::Warning,
         .message =
             QCoreApplication::translate("schemalens", "cannot read %1: %2").arg(object, message),
         .location = m_origins.object(object)});
}

void Reader::readTable(const SchemaRow &row, Schema &schema)
{
    if (row.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
        return; // sqlite_sequence, sqlite_stat1, …: the engine's own bookkeeping
    const auto listed = m_tableList.constFind(key(row.name));
    if (listed != m_tableList.cend() && listed->type == QLatin1String("shadow"))
        return; // storage of a virtual table (fts5 _data, _idx, …)

    const ParsedTable parsed = parseCreateTable(row.sql);
    Table table;
    table.schema = mainSchema;
    table.name = row.name;
    const bool isVirtual = parsed.isVirtual || (listed != m_tableList.cend() &&
                                                listed->type == QLatin1String("virtual"));
    if (isVirtual)
        table.kind = Table::Kind::VirtualTable;
    table.withoutRowid = listed != m_tableList.cend() ? listed->withoutRowid : parsed.withoutRowid;
    table.strict = listed != m_tableList.cend() ? listed->strict : parsed.strict;
    table.origin = m_origins.object(row.name);
    table.lastChange = m_origins.objectLastChange(row.name);

    QSet<QString> used;
    for (const ParsedKey &k : parsed.keys)
        if (!k.name.isEmpty())
            used.insert(key(k.name));
    for (const ParsedCheck &c : parsed.checks)
        if (!c.name.isEmpty())
            used.insert(key(c.name));
    for (const ParsedForeignKey &fk : parsed.foreignKeys)
        if (!fk.name.isEmpty())
            used.insert(key(fk.name));

    if (readColumns(table, parsed, isVirtual) && !isVirtual) {
        readForeignKeys(table, parsed, used);
        readIndexes(table, parsed, used);
        readChecks(table, parsed, used);
    }
    readTriggers(table);
    schema.tables.append(table);
}

bool Reader::readColumns(Table &table, const ParsedTable &parsed, bool isVirtual)
{
    m_xinfo.reset();
    m_xinfo.bind(1, table.name);
    QList<std::pair<int, QString>> primaryKey;
    while (m_xinfo.next()) {
        const qint64 hidden = m_xinfo.integer(5);
        if (hidden == 1)
            continue; // hidden columns of a virtual table (fts: the table name, docid, rank)
        Column c;
        c.name = m_xinfo.text(0);
        c.type = m_xinfo.text(1);
        c.nullable = m_xinfo.integer(2) == 0;
        c.defaultExpr = m_xinfo.optionalText(3);
        c.affinity = affinityOf(c.type, table.strict);
        for (const ParsedColumn &p : parsed.columns) {
            if (p.name.compare(c.name, Qt::CaseInsensitive) != 0)
                continue;
            c.collation = p.collation;
            c.autoincrement = p.autoincrement;
            if (hidden == 2 || hidden == 3) {
                c.generated = p.generated;
                c.generatedStored = hidden == 3;
            }
        }
        c.origin = m_origins.column(table.name, c.name);
        c.lastChange = m_origins.columnLastChange(table.name, c.name);
        if (const qint64 pk = m_xinfo.integer(4); pk > 0)
            primaryKey.append({int(pk), c.name});
        table.columns.append(c);
    }
    if (m_xinfo.failed()) {
        warn(table.name, m_db.errorMessage());
        return false;
    }
    if (primaryKey.isEmpty() || isVirtual)
        return true;
    std::sort(primaryKey.begin(), primaryKey.end());
    KeyConstraint pk;
    for (const auto &entry : primaryKey)
        pk.columns.append(entry.second);
    pk.name = table.name + QStringLiteral("_pkey");
    for (const ParsedKey &k : parsed.keys)
        if (k.primary && !k.name.isEmpty())
            pk.name = k.name;
    pk.origin = m_origins.constraint(table.name, primaryKeyKey());
    // An INTEGER PRIMARY KEY of a rowid table is the rowid itself: it can never be NULL,
    // although PRAGMA table_xinfo reports notnull = 0. Other PRIMARY KEY columns of rowid
    // tables do accept NULL in SQLite (a legacy quirk), so they keep what SQLite says.
    if (pk.columns.size() == 1 && !table.withoutRowid) {
        Column *c = table.column(pk.columns.first());
        if (c && c->type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            c->nullable = false;
    }
    table.primaryKey = pk;
    return true;
}

QStringList Reader::primaryKeyOf(const QString &tableName)
{
    QStringList columns;
    m_primaryKey.reset();
    m_primaryKey.bind(1, tableName);
    while (m_primaryKey.next())
        columns.append(m_primaryKey.text(0));
    return columns;
}

void Reader::readForeignKeys(Table &table, const ParsedTable &parsed, QSet<QString> &used)
{
    struct Group {
        qint64 id = -1;
        ForeignKey fk;
        bool implicitTarget = false;
    };
    QList<Group> groups; // declaration order: SQLite numbers the last declared FK 0
    m_foreignKeys.reset();
    m_foreignKeys.bind(1, table.name);
    while (m_foreignKeys.next()) {
        const qint64 id = m_foreignKeys.integer(0);
        if (groups.isEmpty() || groups.last().id != id) {
            Group g;
            g.id = id;
            g.fk.refSchema = mainSchema;
            g.fk.refTable = m_foreignKeys.text(1);
            g.fk.onUpdate = action(m_foreignKeys.text(4));
            g.fk.onDelete = action(m_foreignKeys.text(5));
            groups.append(g);
        }
        Group &g = groups.last();
        g.fk.columns.append(m_foreignKeys.text(2));
        if (m_foreignKeys.isNull(3))
            g.implicitTarget = true;
        else
            g.fk.refColumns.append(m_foreignKeys.text(3));
    }
    if (m_foreignKeys.failed())
        warn(table.name, m_db.errorMessage());

    QList<bool> taken(parsed.foreignKeys.size(), false);
    for (qsizetype gi = 0; gi < groups.size(); ++gi) {
        ForeignKey fk = groups[gi].fk;
        if (groups[gi].implicitTarget)
            fk.refColumns = primaryKeyOf(fk.refTable); // REFERENCES parent: its primary key
        qsizetype match = -1;
        for (qsizetype p = 0; p < parsed.foreignKeys.size() && match < 0; ++p)
            if (!taken[p] && sameNames(parsed.foreignKeys[p].columns, fk.columns) &&
                parsed.foreignKeys[p].refTable.compare(fk.refTable, Qt::CaseInsensitive) == 0)
                match = p;
        if (match < 0 && parsed.foreignKeys.size() == groups.size() && !taken[gi])
            match = gi;
        if (match >= 0) {
            taken[match] = true;
            const ParsedForeignKey &p = parsed.foreignKeys[match];
            fk.name = p.name;
            fk.deferrable = p.deferrable;
            fk.initiallyDeferred = p.initiallyDeferred;
            fk.onDeleteExplicit = p.onDeleteExplicit;
        }
        if (fk.name.isEmpty())
            fk.name =
                chooseName(used, table.name + QLatin1Char('_') + fk.columns.join(QLatin1Char('_')) +
                                     QStringLiteral("_fkey"));
        fk.origin = m_origins.constraint(table.name, foreignKeyKey(fk.columns, fk.refTable));
        table.foreignKeys.append(fk);
    }
}

void Reader::readIndexes(Table &table, const ParsedTable &parsed, QSet<QString> &used)
{
    struct Listed {
        QString name;
        bool unique = false;
        QString origin;
    };
    QList<Listed> listed;
    m_indexList.reset();
    m_indexList.bind(1, table.name);
    while (m_indexList.next())
        listed.append({m_indexList.text(0), m_indexList.integer(1) != 0, m_indexList.text(2)});
    if (m_indexList.failed())
        warn(table.name, m_db.errorMessage());
    // Creation order (sqlite_schema rowid), not index_list's newest-first order.
    std::sort(listed.begin(), listed.end(), [this](const Listed &a, const Listed &b) {
        return m_rowIndex.value(key(a.name), -1) < m_rowIndex.value(key(b.name), -1);
    });

    for (const Listed &entry : listed) {
        if (entry.origin == QLatin1String("pk"))
            continue; // the primary key, already read from table_xinfo
        QList<IndexElement> elements;
        m_indexInfo.reset();
        m_indexInfo.bind(1, entry.name);
        while (m_indexInfo.next()) {
            IndexElement e;
            const qint64 cid = m_indexInfo.integer(0);
            if (cid == -1)
                e.column = QStringLiteral("rowid");
            else if (cid >= 0)
                e.column = m_indexInfo.text(1);
            e.descending = m_indexInfo.integer(2) != 0;
            const QString collation = m_indexInfo.text(3);
            if (collation.compare(QLatin1String("BINARY"), Qt::CaseInsensitive) != 0)
                e.collation = collation;
            elements.append(e);
        }
        if (entry.origin == QLatin1String("u")) {
            KeyConstraint unique;
            for (const IndexElement &e : elements)
                unique.columns.append(e.column);
            for (const ParsedKey &k : parsed.keys)
                if (!k.primary && !k.name.isEmpty() && sameNames(k.columns, unique.columns))
                    unique.name = k.name;
            if (unique.name.isEmpty())
                unique.name = chooseName(used, table.name + QLatin1Char('_') +
                                                   unique.columns.join(QLatin1Char('_')) +
                                                   QStringLiteral("_key"));
            unique.origin = m_origins.constraint(table.name, uniqueKey(unique.columns));
            table.uniques.append(unique);
            continue;
        }
        Index index;
        index.name = entry.name;
        index.unique = entry.unique;
        const auto row = m_rowIndex.constFind(key(entry.name));
        const ParsedIndex parsedIndex =
            row != m_rowIndex.cend() ? parseCreateIndex(m_rows[*row].sql) : ParsedIndex{};
        for (qsizetype i = 0; i < elements.size(); ++i) {
            if (i < parsedIndex.elements.size()) {
                if (elements[i].column.isEmpty())
                    elements[i].expression = parsedIndex.elements[i].expression;
                if (elements[i].collation.isEmpty())
                    elements[i].collation = parsedIndex.elements[i].collation;
            }
        }
        index.elements = elements;
        index.predicate = parsedIndex.predicate;
        index.origin = m_origins.object(entry.name);
        table.indexes.append(index);
    }
}

void Reader::readChecks(Table &table, const ParsedTable &parsed, QSet<QString> &used)
{
    for (const ParsedCheck &p : parsed.checks) {
        CheckConstraint check;
        check.expression = p.expression;
        check.name = p.name;
        if (check.name.isEmpty())
            check.name =
                chooseName(used, p.column.isEmpty() ? QString(table.name + QStringLiteral("_check"))
                                                    : QString(table.name + QLatin1Char('_') +
                                                              p.column + QStringLiteral("_check")));
        check.origin = m_origins.constraint(table.name, checkKey(p.expression));
        table.checks.append(check);
    }
}

void Reader::readTriggers(Table &table)
{
    QList<int> positions = m_triggersByTable.values(key(table.name));
    std::sort(positions.begin(), positions.end());
    for (const int position : positions) {
        const SchemaRow &row = m_rows[position];
        const ParsedTrigger parsed = parseCreateTrigger(row.sql);
        Trigger trigger;
        trigger.name = row.name;
        trigger.timing = parsed.timing;
        trigger.events = parsed.events;
        trigger.updateColumns = parsed.updateColumns;
        trigger.forEachRow = true; // SQLite has only FOR EACH ROW triggers
        trigger.when = parsed.when;
        trigger.sql = QString::fromUtf8(row.sql);
        trigger.origin = m_origins.object(row.name);
        table.triggers.append(trigger);
    }
}

} // namespace

QString affinityOf(const QString &declaredType, bool strict)
{
    const QString type = declaredType.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QStringLiteral("INTEGER");
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT")))
        return QStringLiteral("TEXT");
    if (type.contains(QLatin1String("BLOB")) || type.trimmed().isEmpty() ||
        (strict && type == QLatin1String("ANY")))
        return QStringLiteral("BLOB");
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")))
        return QStringLiteral("REAL");
    return QStringLiteral("NUMERIC");
}

Result<Schema> readSchema(Database &db, const OriginLookup &origins, Diagnostics &diagnostics)
{
    return Reader(db, origins, diagnostics).run();
}

} // namespace schemalens::load::sqlite
