// diffSchemas(): the schema-level pass of the Differ (schemas, tables, enums, views) and the
// History's drops that give a dropped object its origin. The parts of one table are diffed in
// tablediff.cpp.

#include "core/diff/schemadiff.h"

#include "core/diff/describe.h"
#include "core/diff/differ.h"

#include <QSet>

#include <algorithm>

namespace schemalens::diff {

using namespace schemalens::model;
using namespace schemalens::diff::detail;

namespace {

QString qualified(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

} // namespace

namespace detail {

Origin Differ::dropOrigin(Change::Kind kind, const QString &schema, const QString &table,
                          const QString &object)
{
    if (!m_dropsBuilt) {
        m_dropsBuilt = true;
        for (const Change &c : m_options.history.changes) {
            switch (c.kind) {
            case Change::Kind::DropSchema:
            case Change::Kind::DropTable:
            case Change::Kind::DropColumn:
            case Change::Kind::DropConstraint:
            case Change::Kind::DropIndex:
            case Change::Kind::DropPolicy:
            case Change::Kind::DropTrigger:
            case Change::Kind::DropType:
            case Change::Kind::DropView:
            case Change::Kind::DisableRowSecurity:
                m_drops.insert(QString::number(int(c.kind)) + QChar(0x1f) + key(c.schema, c.table) +
                                   QChar(0x1f) + norm(c.object),
                               c.origin);
                break;
            default:
                break;
            }
        }
    }
    return m_drops.value(QString::number(int(kind)) + QChar(0x1f) + key(schema, table) +
                         QChar(0x1f) + norm(object));
}

SchemaDiff Differ::run()
{
    diffSchemas();
    diffTables();
    diffEnums();
    diffViews();
    SchemaDiff diff;
    diff.entries = std::move(m_entries);
    return diff;
}

void Differ::diffSchemas()
{
    QSet<QString> oldNames;
    QSet<QString> newNames;
    for (const Namespace &n : m_old.namespaces)
        if (!n.external)
            oldNames.insert(n.name);
    for (const Namespace &n : m_new.namespaces)
        if (!n.external)
            newNames.insert(n.name);
    QStringList added(newNames.cbegin(), newNames.cend());
    QStringList dropped(oldNames.cbegin(), oldNames.cend());
    added.sort();
    dropped.sort();
    for (const QString &name : std::as_const(added)) {
        if (oldNames.contains(name))
            continue;
        Entry e = entry(ChangeKind::Added, ObjectKind::Schema, name, QString());
        for (const Namespace &n : m_new.namespaces)
            if (n.name == name)
                e.origin = n.origin;
        add(std::move(e));
    }
    for (const QString &name : std::as_const(dropped)) {
        if (newNames.contains(name))
            continue;
        Entry e = entry(ChangeKind::Dropped, ObjectKind::Schema, name, QString());
        e.origin = dropOrigin(Change::Kind::DropSchema, name, QString());
        add(std::move(e));
    }
}

void Differ::diffTables()
{
    QHash<QString, const Table *> newByKey;
    QList<const Table *> newTables;
    for (const Table &t : m_new.tables)
        if (!t.external) {
            newByKey.insert(key(t.schema, t.name), &t);
            newTables.append(&t);
        }
    QHash<const Table *, const Table *> oldOf; // new -> old
    QHash<const Table *, bool> renamed;
    QList<const Table *> droppedTables;
    QSet<const Table *> taken;
    // Renamed (or moved) tables claim their new names first.
    for (const Table &o : m_old.tables) {
        if (o.external || !m_options.renames.tableRenamed(o.schema, o.name))
            continue;
        const auto [schema, name] = m_options.renames.table(o.schema, o.name);
        if (const Table *n = newByKey.value(key(schema, name)); n && !taken.contains(n)) {
            oldOf.insert(n, &o);
            renamed.insert(n, true);
            taken.insert(n);
        }
    }
    for (const Table &o : m_old.tables) {
        if (o.external)
            continue;
        if (m_options.renames.tableRenamed(o.schema, o.name)) {
            if (std::none_of(oldOf.cbegin(), oldOf.cend(),
                             [&o](const Table *t) { return t == &o; }))
                droppedTables.append(&o);
            continue;
        }
        const Table *n = newByKey.value(key(o.schema, o.name));
        if (n && !taken.contains(n)) {
            oldOf.insert(n, &o);
            taken.insert(n);
        } else {
            droppedTables.append(&o);
        }
    }
    // In the new schema's order (the order of creation), then what went.
    for (const Table *n : std::as_const(newTables)) {
        const Table *o = oldOf.value(n);
        if (!o) {
            Entry e = entry(ChangeKind::Added, ObjectKind::Table, n->schema, n->name);
            e.definition = tableDefinition(*n);
            e.origin = n->origin;
            add(std::move(e));
            continue;
        }
        diffTable(*o, *n, renamed.value(n));
    }
    for (const Table *o : std::as_const(droppedTables)) {
        Entry e = entry(ChangeKind::Dropped, ObjectKind::Table, o->schema, o->name);
        e.definition = tableDefinition(*o);
        e.origin = dropOrigin(Change::Kind::DropTable, o->schema, o->name);
        add(std::move(e));
    }
}

void Differ::diffTable(const Table &o, const Table &n, bool renamed)
{
    QList<PropertyChange> properties;
    if (tableKind(o) != tableKind(n))
        property(properties, "kind", tableKind(o), tableKind(n));
    if (o.partitionStrategy != n.partitionStrategy || !sameNames(o.partitionKey, n.partitionKey))
        property(properties, "partitionKey",
                 o.partitionStrategy.toUpper() + QLatin1Char(' ') + o.partitionKey.join(u','),
                 n.partitionStrategy.toUpper() + QLatin1Char(' ') + n.partitionKey.join(u','));
    const auto [parentSchema, parentName] =
        m_options.renames.table(o.partitionOfSchema, o.partitionOf);
    if (norm(parentName) != norm(n.partitionOf))
        property(properties, "partitionOf", qualified(o.partitionOfSchema, o.partitionOf),
                 qualified(n.partitionOfSchema, n.partitionOf));
    if (o.withoutRowid != n.withoutRowid)
        property(properties, "withoutRowid", yesNo(o.withoutRowid), yesNo(n.withoutRowid));
    if (o.strict != n.strict)
        property(properties, "strict", yesNo(o.strict), yesNo(n.strict));
    if (renamed || !properties.isEmpty()) {
        Entry e = entry(renamed ? ChangeKind::Renamed : ChangeKind::Changed, ObjectKind::Table,
                        n.schema, n.name);
        if (renamed) {
            e.oldSchema = o.schema;
            e.oldTable = o.name;
            e.renameFromHistory = true;
        }
        e.properties = properties;
        e.origin = newest(n.origin, n.lastChange);
        add(std::move(e));
    }
    ColumnMap map;
    const QHash<QString, QString> renamedColumns = m_options.renames.columnMap(o.schema, o.name);
    for (auto it = renamedColumns.cbegin(); it != renamedColumns.cend(); ++it)
        map.insert(it.key(), it.value());
    diffColumns(o, n, map);
    diffPrimaryKey(o, n, map);
    diffUniques(o, n, map);
    diffChecks(o, n, map);
    diffForeignKeys(o, n, map);
    diffExclusions(o, n, map);
    diffIndexes(o, n, map);
    diffRowSecurity(o, n);
    diffPolicies(o, n, map);
    diffTriggers(o, n, map);
}

void Differ::diffEnums()
{
    QHash<QString, const EnumType *> newByKey;
    for (const EnumType &e : m_new.enums)
        newByKey.insert(key(e.schema, e.name), &e);
    QSet<QString> seen;
    for (const EnumType &a : m_old.enums) {
        const QString k = key(a.schema, a.name);
        seen.insert(k);
        const EnumType *b = newByKey.value(k);
        if (!b) {
            Entry e = entry(ChangeKind::Dropped, ObjectKind::Enum, a.schema, a.name);
            e.definition = enumDefinition(a);
            e.origin = dropOrigin(Change::Kind::DropType, a.schema, a.name);
            add(std::move(e));
            continue;
        }
        // Values: renamed (History), kept, dropped, added; then their order.
        QList<Entry> values; // after the enum's own entry
        QStringList kept;
        QSet<QString> newValues(b->values.cbegin(), b->values.cend());
        QSet<QString> claimed;
        for (const QString &v : a.values) {
            const QString to = m_options.renames.enumValue(a.schema, a.name, v);
            if (to != v && newValues.contains(to) && !claimed.contains(to)) {
                Entry e = entry(ChangeKind::Renamed, ObjectKind::EnumValue, b->schema, b->name, to);
                e.oldName = v;
                e.renameFromHistory = true;
                e.origin = newest(b->origin, b->lastChange);
                values.append(std::move(e));
                claimed.insert(to);
                kept.append(to);
            } else if (to == v && newValues.contains(v) && !claimed.contains(v)) {
                claimed.insert(v);
                kept.append(v);
            } else {
                Entry e = entry(ChangeKind::Dropped, ObjectKind::EnumValue, b->schema, b->name, v);
                e.origin = newest(b->origin, b->lastChange);
                values.append(std::move(e));
            }
        }
        QStringList keptInNewOrder;
        for (const QString &v : b->values) {
            if (claimed.contains(v)) {
                keptInNewOrder.append(v);
                continue;
            }
            Entry e = entry(ChangeKind::Added, ObjectKind::EnumValue, b->schema, b->name, v);
            e.origin = newest(b->origin, b->lastChange);
            values.append(std::move(e));
        }
        if (kept != keptInNewOrder) {
            Entry e = entry(ChangeKind::Changed, ObjectKind::Enum, b->schema, b->name);
            property(e.properties, "order", enumDefinition(a), enumDefinition(*b));
            e.origin = newest(b->origin, b->lastChange);
            add(std::move(e));
        }
        for (Entry &e : values)
            add(std::move(e));
    }
    for (const EnumType &b : m_new.enums) {
        if (seen.contains(key(b.schema, b.name)))
            continue;
        Entry e = entry(ChangeKind::Added, ObjectKind::Enum, b.schema, b.name);
        e.definition = enumDefinition(b);
        e.origin = b.origin;
        add(std::move(e));
    }
}

void Differ::diffViews()
{
    QHash<QString, const View *> newByKey;
    for (const View &v : m_new.views)
        newByKey.insert(key(v.schema, v.name), &v);
    QSet<QString> seen;
    const auto columnNames = [this](const View &v) -> QStringList {
        QStringList names;
        for (const Column &c : v.outputColumns)
            names.append(norm(c.name));
        return names.isEmpty() ? v.columns : names;
    };
    const auto text = [](const View &v) -> QString {
        return (v.sql.isEmpty() ? v.definition : v.sql).simplified();
    };
    for (const View &a : m_old.views) {
        const QString k = key(a.schema, a.name);
        seen.insert(k);
        const View *b = newByKey.value(k);
        if (!b) {
            Entry e = entry(ChangeKind::Dropped, ObjectKind::View, a.schema, a.name);
            e.definition = viewDefinition(a);
            e.origin = dropOrigin(Change::Kind::DropView, a.schema, a.name);
            add(std::move(e));
            continue;
        }
        QList<PropertyChange> properties;
        if (a.materialized != b->materialized)
            property(properties, "materialized", yesNo(a.materialized), yesNo(b->materialized));
        if (m_options.drift) {
            // The server prints its own form of the query: compare what it returns.
            const QStringList before = columnNames(a);
            const QStringList after = columnNames(*b);
            if (!before.isEmpty() && !after.isEmpty() && before != after)
                property(properties, "columns", before.join(QLatin1String(", ")),
                         after.join(QLatin1String(", ")));
        } else if (text(a).compare(text(*b), m_pg ? Qt::CaseSensitive : Qt::CaseInsensitive) != 0) {
            property(properties, "definition", text(a), text(*b));
        }
        if (properties.isEmpty())
            continue;
        Entry e = entry(ChangeKind::Changed, ObjectKind::View, b->schema, b->name);
        e.properties = properties;
        e.origin = b->origin;
        add(std::move(e));
    }
    for (const View &b : m_new.views) {
        if (seen.contains(key(b.schema, b.name)))
            continue;
        Entry e = entry(ChangeKind::Added, ObjectKind::View, b.schema, b.name);
        e.definition = viewDefinition(b);
        e.origin = b.origin;
        add(std::move(e));
    }
}

} // namespace detail

SchemaDiff diffSchemas(const Schema &oldSchema, const Schema &newSchema, const DiffOptions &options)
{
    return Differ(oldSchema, newSchema, options).run();
}

} // namespace schemalens::diff
