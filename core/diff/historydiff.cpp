#include "core/diff/historydiff.h"

#include "core/load/snapshots.h"

#include <QSet>

namespace schemalens::diff {

bool isDatabase(const load::LoadResult &loaded)
{
    return loaded.source.layout == QLatin1String("live") ||
           loaded.source.layout == QLatin1String("database") || loaded.schema.live.has_value();
}

model::Schema schemaAt(const load::LoadResult &loaded, int count, bool withHistory)
{
    const auto units = int(loaded.source.units.size());
    if (count >= units || (count > 0 && count > loaded.snapshots.size()))
        return loaded.schema;
    model::Schema schema;
    qsizetype changes = 0;
    if (count <= 0) {
        // What a load of no migration gives: PostgreSQL's fresh database has "public",
        // SQLite's read-back names its one schema "main".
        model::Namespace initial;
        initial.name = loaded.source.dialect == load::Dialect::SQLite ? QStringLiteral("main")
                                                                      : QStringLiteral("public");
        schema.namespaces.append(initial);
    } else {
        schema = load::snapshotSchema(loaded, count);
        changes = loaded.snapshots.at(count - 1).changes;
    }
    if (withHistory)
        schema.history.changes = loaded.schema.history.changes.mid(0, changes);
    return schema;
}

QList<model::Change> changesBetween(const load::LoadResult &loaded, int from, int to)
{
    const auto changeCount = [&](int count) -> qsizetype {
        if (count <= 0)
            return 0;
        if (count >= loaded.source.units.size() || count > loaded.snapshots.size())
            return loaded.schema.history.changes.size();
        return loaded.snapshots.at(count - 1).changes;
    };
    const qsizetype first = changeCount(std::min(from, to));
    const qsizetype last = changeCount(std::max(from, to));
    return loaded.schema.history.changes.mid(first, last - first);
}

SchemaDiff diffPoints(const load::LoadResult &loaded, int from, int to)
{
    const model::Schema before = schemaAt(loaded, from);
    const model::Schema after = schemaAt(loaded, to);
    DiffOptions options;
    options.pgExpressions = loaded.source.dialect != load::Dialect::SQLite;
    const bool caseInsensitive = !options.pgExpressions;
    if (from <= to) {
        options.history.changes = changesBetween(loaded, from, to);
        options.renames = Renames::fromHistory(before, options.history.changes, caseInsensitive);
        return diffSchemas(before, after, options);
    }
    // Backwards: the renames of TO..FROM, read from FROM's side. The diff from the later
    // schema to the earlier one is the forward diff with every change turned round, which
    // keeps renames (and their names) exact.
    options.history.changes = changesBetween(loaded, to, from);
    options.renames = Renames::fromHistory(after, options.history.changes, caseInsensitive);
    SchemaDiff forward = diffSchemas(after, before, options);
    // Relations are named by the later schema's names in FORWARD, by the earlier's here.
    QHash<QString, std::pair<QString, QString>> earlierName;
    for (const Entry &e : std::as_const(forward.entries))
        if (e.change == ChangeKind::Renamed && e.name.isEmpty() && !e.oldTable.isEmpty())
            earlierName.insert(e.schema + QChar(0x1f) + e.table, {e.oldSchema, e.oldTable});
    for (Entry &e : forward.entries) {
        const bool relationRenamed = e.change == ChangeKind::Renamed && e.name.isEmpty();
        switch (e.change) {
        case ChangeKind::Added:
            e.change = ChangeKind::Dropped;
            break;
        case ChangeKind::Dropped:
            e.change = ChangeKind::Added;
            break;
        case ChangeKind::Renamed:
            if (relationRenamed) {
                std::swap(e.schema, e.oldSchema);
                std::swap(e.table, e.oldTable);
            } else {
                std::swap(e.name, e.oldName);
            }
            break;
        case ChangeKind::Changed:
            break;
        }
        if (!relationRenamed) {
            const auto it = earlierName.constFind(e.schema + QChar(0x1f) + e.table);
            if (it != earlierName.cend()) {
                e.schema = it->first;
                e.table = it->second;
            }
        }
        for (PropertyChange &p : e.properties)
            std::swap(p.oldValue, p.newValue);
        e.origin = {};
    }
    return forward;
}

SchemaDiff diffSources(const load::LoadResult &oldSource, const load::LoadResult &newSource)
{
    DiffOptions options;
    options.drift = isDatabase(oldSource) || isDatabase(newSource);
    options.pgExpressions = oldSource.source.dialect != load::Dialect::SQLite ||
                            newSource.source.dialect != load::Dialect::SQLite;
    // The migrations NEW has beyond what OLD has (by path): their renames, and their drops.
    QSet<QString> oldUnits;
    for (const load::MigrationUnit &u : oldSource.source.units)
        oldUnits.insert(u.path);
    if (!newSource.source.units.isEmpty()) {
        QSet<int> newOrdinals;
        for (const load::MigrationUnit &u : newSource.source.units)
            if (!oldUnits.contains(u.path))
                newOrdinals.insert(u.ordinal);
        for (const model::Change &c : newSource.schema.history.changes)
            if (newOrdinals.contains(c.origin.ordinal))
                options.history.changes.append(c);
        options.renames =
            Renames::fromHistory(oldSource.schema, options.history.changes, !options.pgExpressions);
    }
    return diffSchemas(oldSource.schema, newSource.schema, options);
}

} // namespace schemalens::diff
