#include "core/load/snapshots.h"

#include <QHash>
#include <QSet>

namespace schemalens::load {

namespace {

QString tableKey(const model::Table &table)
{
    return table.schema + QChar(0x1f) + table.name;
}

} // namespace

void SnapshotRecorder::record(const model::Schema &schema, qsizetype changes)
{
    Snapshot snapshot;
    snapshot.changes = changes;
    snapshot.diagnostics = m_result.diagnostics.size();
    // Everything but the tables is shared with the live model until the loader changes it.
    snapshot.schema.namespaces = schema.namespaces;
    snapshot.schema.enums = schema.enums;
    snapshot.schema.otherTypes = schema.otherTypes;
    snapshot.schema.views = schema.views;
    snapshot.schema.functions = schema.functions;
    snapshot.schema.sequences = schema.sequences;
    snapshot.schema.extensions = schema.extensions;

    QStringList order;
    order.reserve(schema.tables.size());
    QSet<QString> seen;
    bool unique = true;
    for (const model::Table &t : schema.tables) {
        const QString key = tableKey(t);
        unique = unique && !seen.contains(key);
        seen.insert(key);
        order.append(key);
    }
    // A list of its own: the PostgreSQL applier keeps spare capacity in its table list so that
    // references survive appends within a statement, which sharing would defeat.
    const QList<model::Table> tables(schema.tables.cbegin(), schema.tables.cend());
    snapshot.checkpoint = m_result.snapshots.size() % Snapshot::checkpointInterval == 0 || !unique;
    if (snapshot.checkpoint) {
        snapshot.schema.tables = tables;
    } else {
        QHash<QString, const model::Table *> previous;
        previous.reserve(m_previous.size());
        for (const model::Table &t : std::as_const(m_previous))
            previous.insert(tableKey(t), &t);
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const model::Table *before = previous.value(order.at(i));
            if (!before || !(*before == tables.at(i)))
                snapshot.schema.tables.append(tables.at(i));
        }
        snapshot.tableOrder = order == m_previousOrder ? m_previousOrder : order;
    }
    m_previous = tables;
    m_previousOrder = snapshot.checkpoint ? order : snapshot.tableOrder;
    m_result.snapshots.append(std::move(snapshot));
}

model::Schema snapshotSchema(const LoadResult &loaded, int count)
{
    if (count <= 0 || count > loaded.snapshots.size())
        return {};
    const Snapshot &target = loaded.snapshots.at(count - 1);
    model::Schema schema = target.schema;
    if (target.checkpoint)
        return schema;
    // From the checkpoint before, the tables each unit changed, in order.
    int first = count - 1;
    while (first > 0 && !loaded.snapshots.at(first).checkpoint)
        --first;
    QHash<QString, const model::Table *> latest;
    for (int i = first; i < count; ++i)
        for (const model::Table &t : loaded.snapshots.at(i).schema.tables)
            latest.insert(tableKey(t), &t);
    QList<model::Table> tables;
    tables.reserve(target.tableOrder.size());
    for (const QString &key : target.tableOrder)
        if (const model::Table *t = latest.value(key))
            tables.append(*t);
    schema.tables = std::move(tables);
    return schema;
}

} // namespace schemalens::load
