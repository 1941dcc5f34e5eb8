#include "core/load/sqlite/schematracker.h"

#include "core/load/sqlite/ddlparser.h"

#include <QSet>

#include <algorithm>

namespace schemalens::load::sqlite {

using model::Change;
using model::Origin;

namespace {

QString key(const QString &name)
{
    return name.toLower();
}

// First declaration wins: SQLite keeps a single index for UNIQUE (a) … UNIQUE (a).
void addOnce(QHash<QString, Origin> &map, const QString &key, const Origin &origin)
{
    if (!map.contains(key))
        map.insert(key, origin);
}

bool isInternal(const QString &name)
{
    return name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive);
}

const QString mainSchema = QStringLiteral("main");

} // namespace

Origin StatementContext::at(qsizetype offset) const
{
    Origin o;
    o.file = file;
    o.ordinal = ordinal;
    if (lines) {
        const auto [line, column] = lines->position(base + offset);
        o.line = line;
        o.column = column;
    }
    return o;
}

SchemaTracker::SchemaTracker(Database &db)
    : m_db(db)
{}

bool SchemaTracker::start(QString *error)
{
    m_version = m_db.prepare("PRAGMA main.schema_version");
    m_all = m_db.prepare("SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema");
    // New rows of sqlite_schema get rowids above the current maximum; reading only those
    // is a b-tree range scan, so creates stay cheap however big the schema is.
    m_newRows = m_db.prepare("SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema"
                             " WHERE rowid > ?1 ORDER BY rowid");
    m_row = m_db.prepare("SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema"
                         " WHERE rowid = ?1");
    m_xinfo = m_db.prepare("SELECT name, type, \"notnull\", dflt_value"
                           " FROM pragma_table_xinfo(?1, 'main') ORDER BY cid");
    if (!m_version.isValid() || !m_all.isValid() || !m_newRows.isValid() || !m_row.isValid() ||
        !m_xinfo.isValid()) {
        *error = m_db.errorMessage();
        return false;
    }
    m_schemaVersion = schemaVersion();
    m_all.reset();
    while (m_all.next()) {
        const Entry e = readEntry(m_all);
        m_snapshot.insert(e.rowid, e);
        m_maxRowid = std::max(m_maxRowid, e.rowid);
    }
    return true;
}

qint64 SchemaTracker::schemaVersion()
{
    m_version.reset();
    const qint64 version = m_version.next() ? m_version.integer(0) : -1;
    // A statement left on its row keeps a read cursor on the schema: DROP would then fail
    // with "database table is locked".
    m_version.reset();
    return version;
}

namespace {

QByteArrayView rawColumn(const Statement &row, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(row.get(), column));
    return {data, sqlite3_column_bytes(row.get(), column)};
}

} // namespace

SchemaTracker::Entry SchemaTracker::readEntry(const Statement &row) const
{
    Entry e;
    e.rowid = row.integer(0);
    for (int i = 0; i < 4; ++i)
        e.raw[i] = rawColumn(row, i + 1).toByteArray();
    e.type = QString::fromUtf8(e.raw[0]);
    e.name = QString::fromUtf8(e.raw[1]);
    e.table = QString::fromUtf8(e.raw[2]);
    return e;
}

bool SchemaTracker::unchanged(const Statement &row, const Entry &entry)
{
    for (int i = 0; i < 4; ++i)
        if (rawColumn(row, i + 1) != QByteArrayView(entry.raw[i]))
            return false;
    return true;
}

QList<SchemaTracker::ColumnState> SchemaTracker::readColumns(const QString &table)
{
    QList<ColumnState> columns;
    m_xinfo.reset();
    m_xinfo.bind(1, table);
    while (m_xinfo.next())
        columns.append({m_xinfo.text(0),
                        m_xinfo.text(1),
                        m_xinfo.integer(2) != 0,
                        m_xinfo.optionalText(3),
                        {},
                        {}});
    return columns;
}

void SchemaTracker::record(Change::Kind kind, const StatementContext &s, const QString &table,
                           const QString &object)
{
    Change c;
    c.kind = kind;
    c.schema = mainSchema;
    c.table = table;
    c.object = object;
    c.origin = s.origin();
    m_history.record(c);
}

void SchemaTracker::readRows(Statement &rows, const std::function<void(const Statement &)> &compare)
{
    while (rows.next()) {
        compare(rows);
        m_maxRowid = std::max(m_maxRowid, rows.integer(0));
    }
    rows.reset();
}

void SchemaTracker::adopt(const StatementContext &s)
{
    model::History kept = std::move(m_history);
    m_history = {};
    afterStatement(s);
    m_history = std::move(kept);
}

bool SchemaTracker::afterStatement(const StatementContext &s)
{
    const qint64 version = schemaVersion();
    if (version == m_schemaVersion)
        return false;
    m_schemaVersion = version;

    QList<Entry> added, removed;
    QList<std::pair<Entry, Entry>> changed; // old, new
    const quint64 generation = ++m_generation;
    auto compare = [&](const Statement &row) {
        const auto old = m_snapshot.find(row.integer(0));
        if (old != m_snapshot.end() && unchanged(row, *old)) {
            old->seen = generation;
            return;
        }
        Entry now = readEntry(row);
        now.seen = generation;
        if (old == m_snapshot.end()) {
            added.append(now);
            return;
        }
        old->seen = generation;
        if (old->name.compare(now.name, Qt::CaseInsensitive) != 0 && !s.isAlter) {
            removed.append(*old); // a rowid reused (writable_schema, ROLLBACK), not a rename
            added.append(now);
        } else {
            changed.append({*old, now});
        }
    };
    const auto altered = s.scope == StatementContext::Scope::AddColumn
                             ? m_tables.constFind(key(s.alteredTable))
                             : m_tables.cend();
    if (s.scope == StatementContext::Scope::CreatesOnly) {
        // Existing rows are untouched; the new ones follow the old maximum rowid.
        m_newRows.bind(1, m_maxRowid);
        readRows(m_newRows, compare);
    } else if (altered != m_tables.cend()) {
        m_row.bind(1, altered->rowid);
        readRows(m_row, compare);
    } else {
        m_maxRowid = 0;
        readRows(m_all, compare);
        for (auto it = m_snapshot.cbegin(); it != m_snapshot.cend(); ++it)
            if (it->seen != generation)
                removed.append(*it);
    }
    // Hash order is arbitrary; history must follow sqlite_schema's order.
    auto byRowid = [](const Entry &a, const Entry &b) { return a.rowid < b.rowid; };
    std::sort(added.begin(), added.end(), byRowid);
    // Tables first, so that their indexes and triggers are known to have gone with them.
    std::sort(removed.begin(), removed.end(), [](const Entry &a, const Entry &b) {
        const bool at = a.type == QLatin1String("table"), bt = b.type == QLatin1String("table");
        return at != bt ? at : a.rowid < b.rowid;
    });
    std::sort(changed.begin(), changed.end(),
              [](const auto &a, const auto &b) { return a.second.rowid < b.second.rowid; });

    auto isTable = [](const Entry &e) { return e.type == QLatin1String("table"); };
    // ALTER TABLE … RENAME TO: one table gone, one new, same statement.
    const auto removedTables = std::count_if(removed.cbegin(), removed.cend(), isTable);
    const auto addedTables = std::count_if(added.cbegin(), added.cend(), isTable);
    if (s.isAlter && removedTables == 1 && addedTables == 1) {
        const Entry from = *std::find_if(removed.cbegin(), removed.cend(), isTable);
        const Entry to = *std::find_if(added.cbegin(), added.cend(), isTable);
        removed.removeIf([&](const Entry &e) { return e.rowid == from.rowid; });
        added.removeIf([&](const Entry &e) { return e.rowid == to.rowid; });
        changed.prepend({from, to});
    }

    QSet<QString> droppedTables;
    for (const Entry &e : removed) {
        m_snapshot.remove(e.rowid); // a reused rowid is inserted again below
        if (isInternal(e.name))
            continue;
        if (isTable(e)) {
            droppedTables.insert(key(e.name));
            // Shadow tables of a virtual table were never tracked and go silently.
            if (const auto it = m_tables.constFind(key(e.name)); it != m_tables.cend()) {
                m_droppedConstraints.insert(key(e.name), it->constraints);
                m_tables.erase(it);
                record(Change::Kind::DropTable, s, e.name);
            }
            continue;
        }
        m_objects.remove(key(e.name));
        if (droppedTables.contains(key(e.table)))
            continue; // went with its table
        if (e.type == QLatin1String("index"))
            record(Change::Kind::DropIndex, s, e.table, e.name);
        else if (e.type == QLatin1String("trigger"))
            record(Change::Kind::DropTrigger, s, e.table, e.name);
        else if (e.type == QLatin1String("view"))
            record(Change::Kind::DropView, s, e.name);
    }

    for (const auto &[old, now] : changed) {
        m_snapshot.insert(now.rowid, now);
        if (!isTable(now) || isInternal(now.name))
            continue; // an index or trigger following its table's rename
        if (old.name != now.name && m_tables.contains(key(old.name))) {
            Change c;
            c.kind = Change::Kind::RenameTable;
            c.schema = mainSchema;
            c.table = old.name;
            c.oldValue = old.name;
            c.newValue = now.name;
            c.origin = s.origin();
            m_history.record(c);
            TableState state = m_tables.take(key(old.name));
            state.lastChange = s.origin();
            m_tables.insert(key(now.name), state);
            recordDroppedForeignKeys(now.name, s);
        }
        if (auto it = m_tables.find(key(now.name)); it != m_tables.end())
            tableChanged(*it, now.name, s);
    }

    std::optional<ParsedTable> statementTable;
    for (const Entry &e : added) {
        m_snapshot.insert(e.rowid, e);
        if (isInternal(e.name))
            continue;
        if (isTable(e)) {
            if (!statementTable)
                statementTable = parseCreateTable(s.text);
            // CREATE VIRTUAL TABLE v also creates v_content, v_data, …: storage, not schema.
            if (statementTable->isVirtual &&
                statementTable->name.compare(e.name, Qt::CaseInsensitive) != 0)
                continue;
            tableCreated(e, s);
            continue;
        }
        if (e.name.startsWith(QLatin1String("sqlite_autoindex_"), Qt::CaseInsensitive))
            continue; // backs a PRIMARY KEY/UNIQUE constraint
        m_objects.insert(key(e.name), {s.origin(), s.origin()});
        if (e.type == QLatin1String("index")) {
            Change c;
            c.kind = Change::Kind::CreateIndex;
            c.schema = mainSchema;
            c.table = e.table;
            c.object = e.name;
            const auto table = m_tables.constFind(key(e.table));
            c.onExistingTable = table != m_tables.cend() && table->ordinal < s.ordinal;
            c.origin = s.origin();
            m_history.record(c);
        } else if (e.type == QLatin1String("trigger")) {
            record(Change::Kind::CreateTrigger, s, e.table, e.name);
        } else if (e.type == QLatin1String("view")) {
            record(Change::Kind::CreateView, s, e.name);
        }
    }
    return true;
}

void SchemaTracker::tableCreated(const Entry &entry, const StatementContext &s)
{
    record(Change::Kind::CreateTable, s, entry.name);
    TableState state;
    state.rowid = entry.rowid;
    state.origin = s.origin();
    state.lastChange = state.origin;
    state.ordinal = s.ordinal;
    state.columns = readColumns(entry.name);
    for (ColumnState &c : state.columns)
        c.origin = c.lastChange = state.origin;

    // Point columns and constraints at their own place in the CREATE TABLE as written.
    const ParsedTable parsed = parseCreateTable(s.text);
    if (parsed.ok && parsed.name.compare(entry.name, Qt::CaseInsensitive) == 0) {
        for (const ParsedColumn &p : parsed.columns)
            for (ColumnState &c : state.columns)
                if (c.name.compare(p.name, Qt::CaseInsensitive) == 0)
                    c.origin = c.lastChange = s.at(p.offset);
        for (const ParsedCheck &check : parsed.checks)
            addOnce(state.constraints, checkKey(check.expression), s.at(check.offset));
        for (const ParsedForeignKey &fk : parsed.foreignKeys)
            addOnce(state.constraints, foreignKeyKey(fk.columns, fk.refTable), s.at(fk.offset));
        for (const ParsedKey &k : parsed.keys)
            addOnce(state.constraints, k.primary ? primaryKeyKey() : uniqueKey(k.columns),
                    s.at(k.offset));
    }
    m_tables.insert(key(entry.name), state);
    recordDroppedForeignKeys(entry.name, s);
}

void SchemaTracker::recordDroppedForeignKeys(const QString &name, const StatementContext &s)
{
    const auto dropped = m_droppedConstraints.constFind(key(name));
    const auto table = m_tables.constFind(key(name));
    if (dropped == m_droppedConstraints.cend() || table == m_tables.cend())
        return;
    QStringList gone; // sorted: the History must not depend on hash order
    for (auto it = dropped->cbegin(); it != dropped->cend(); ++it) {
        if (it.key().startsWith(QLatin1String("fk:")) && !table->constraints.contains(it.key()))
            gone.append(it.key());
    }
    gone.sort();
    for (const QString &fk : std::as_const(gone)) {
        // "fk:a,b->parent" (ddlparser.h foreignKeyKey(), lower case).
        const QString body = fk.mid(3);
        const qsizetype arrow = body.lastIndexOf(QLatin1String("->"));
        if (arrow < 0)
            continue;
        Change c;
        c.kind = Change::Kind::DropConstraint;
        c.schema = mainSchema;
        c.table = name;
        c.columns = body.left(arrow).split(QLatin1Char(','));
        c.refSchema = mainSchema;
        c.refTable = body.mid(arrow + 2);
        c.onExistingTable = true;
        c.origin = s.origin();
        m_history.record(c);
    }
    m_droppedConstraints.erase(dropped);
}

void SchemaTracker::tableChanged(TableState &state, const QString &name, const StatementContext &s)
{
    QList<ColumnState> now = readColumns(name);
    const QList<ColumnState> &old = state.columns;
    bool changed = false;
    auto change = [&](Change::Kind kind, const QString &column, const QString &oldValue,
                      const QString &newValue) {
        Change c;
        c.kind = kind;
        c.schema = mainSchema;
        c.table = name;
        c.object = column;
        c.oldValue = oldValue;
        c.newValue = newValue;
        c.onExistingTable = state.ordinal < s.ordinal;
        c.origin = s.origin();
        m_history.record(c);
        changed = true;
    };
    auto find = [](const QList<ColumnState> &list, const QString &column) -> const ColumnState * {
        for (const ColumnState &c : list)
            if (c.name.compare(column, Qt::CaseInsensitive) == 0)
                return &c;
        return nullptr;
    };

    bool sameNames = now.size() == old.size();
    for (qsizetype i = 0; sameNames && i < now.size(); ++i)
        sameNames = now[i].name == old[i].name;

    if (sameNames) {
        // Not reachable with ALTER TABLE (SQLite cannot alter a column in place), but a
        // migration may rewrite sqlite_schema under PRAGMA writable_schema.
        for (qsizetype i = 0; i < now.size(); ++i) {
            now[i].origin = old[i].origin;
            now[i].lastChange = old[i].lastChange;
            if (now[i].type != old[i].type)
                change(Change::Kind::AlterColumnType, now[i].name, old[i].type, now[i].type);
            if (now[i].notNull != old[i].notNull)
                change(now[i].notNull ? Change::Kind::SetNotNull : Change::Kind::DropNotNull,
                       now[i].name, {}, {});
            if (now[i].defaultExpr != old[i].defaultExpr)
                change(now[i].defaultExpr ? Change::Kind::SetDefault : Change::Kind::DropDefault,
                       now[i].name, old[i].defaultExpr.value_or(QString()),
                       now[i].defaultExpr.value_or(QString()));
        }
    } else if (now.size() == old.size()) { // RENAME COLUMN
        for (qsizetype i = 0; i < now.size(); ++i) {
            now[i].origin = old[i].origin;
            now[i].lastChange = old[i].lastChange;
            if (now[i].name != old[i].name) {
                change(Change::Kind::RenameColumn, old[i].name, old[i].name, now[i].name);
                now[i].lastChange = s.origin();
            }
        }
    } else { // ADD COLUMN or DROP COLUMN
        const ParsedAddColumn added = parseAlterAddColumn(s.text);
        for (ColumnState &c : now) {
            if (const ColumnState *before = find(old, c.name)) {
                c.origin = before->origin;
                c.lastChange = before->lastChange;
                continue;
            }
            c.origin = c.lastChange = s.origin();
            if (added.ok && !added.column.columns.isEmpty()) {
                c.origin = c.lastChange = s.at(added.column.columns.first().offset);
                for (const ParsedCheck &check : added.column.checks)
                    addOnce(state.constraints, checkKey(check.expression), s.at(check.offset));
                for (const ParsedForeignKey &fk : added.column.foreignKeys)
                    addOnce(state.constraints, foreignKeyKey(fk.columns, fk.refTable),
                            s.at(fk.offset));
            }
            Change c2;
            c2.kind = Change::Kind::AddColumn;
            c2.schema = mainSchema;
            c2.table = name;
            c2.object = c.name;
            c2.newValue = c.type;
            c2.notNull = c.notNull;
            c2.hasDefault = c.defaultExpr.has_value();
            c2.onExistingTable = state.ordinal < s.ordinal;
            c2.origin = s.origin();
            m_history.record(c2);
            changed = true;
        }
        for (const ColumnState &c : old)
            if (!find(now, c.name))
                change(Change::Kind::DropColumn, c.name, {}, {});
    }
    state.columns = now;
    if (changed)
        state.lastChange = s.origin();
}

Origin SchemaTracker::object(const QString &name) const
{
    if (const auto t = m_tables.constFind(key(name)); t != m_tables.cend())
        return t->origin;
    if (const auto o = m_objects.constFind(key(name)); o != m_objects.cend())
        return o->origin;
    return m_fallback;
}

Origin SchemaTracker::objectLastChange(const QString &name) const
{
    if (const auto t = m_tables.constFind(key(name)); t != m_tables.cend())
        return t->lastChange;
    if (const auto o = m_objects.constFind(key(name)); o != m_objects.cend())
        return o->lastChange;
    return m_fallback;
}

Origin SchemaTracker::column(const QString &table, const QString &name) const
{
    if (const auto t = m_tables.constFind(key(table)); t != m_tables.cend())
        for (const ColumnState &c : t->columns)
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return c.origin;
    return object(table);
}

Origin SchemaTracker::columnLastChange(const QString &table, const QString &name) const
{
    if (const auto t = m_tables.constFind(key(table)); t != m_tables.cend())
        for (const ColumnState &c : t->columns)
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return c.lastChange;
    return object(table);
}

Origin SchemaTracker::constraint(const QString &table, const QString &constraintKey) const
{
    const auto t = m_tables.constFind(key(table));
    if (t == m_tables.cend())
        return object(table);
    if (const auto c = t->constraints.constFind(constraintKey); c != t->constraints.cend())
        return *c;
    // A foreign key whose parent was renamed since: match on its own columns alone.
    if (constraintKey.startsWith(QLatin1String("fk:"))) {
        const QString columns = constraintKey.left(constraintKey.indexOf(QLatin1String("->")) + 2);
        for (auto c = t->constraints.cbegin(); c != t->constraints.cend(); ++c)
            if (c.key().startsWith(columns))
                return *c;
    }
    // Rewritten by SQLite since (a RENAME COLUMN inside a CHECK): the table's origin.
    return t->origin;
}

} // namespace schemalens::load::sqlite
