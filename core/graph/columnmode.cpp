#include "core/graph/columnmode.h"

namespace schemalens::graph {

QString columnModeName(ColumnMode mode)
{
    switch (mode) {
    case ColumnMode::All:
        return QStringLiteral("all");
    case ColumnMode::Keys:
        return QStringLiteral("keys");
    case ColumnMode::Names:
        return QStringLiteral("names");
    }
    return QStringLiteral("all");
}

std::optional<ColumnMode> columnModeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("all"))
        return ColumnMode::All;
    if (n == QLatin1String("keys"))
        return ColumnMode::Keys;
    if (n == QLatin1String("names") || n == QLatin1String("none"))
        return ColumnMode::Names;
    return std::nullopt;
}

bool showsRow(const ColumnRow &row, ColumnMode mode)
{
    switch (mode) {
    case ColumnMode::All:
        return true;
    case ColumnMode::Keys:
        return row.primaryKey || row.foreignKey || row.softKey || row.unique || row.inUniqueKey ||
               row.marks.any();
    case ColumnMode::Names:
        return false;
    }
    return true;
}

ErGraph projectColumns(const ErGraph &graph, ColumnMode mode)
{
    if (mode == ColumnMode::All)
        return graph;
    ErGraph projected = graph;
    for (TableNode &node : projected.nodes) {
        QList<ColumnRow> kept;
        for (const ColumnRow &row : std::as_const(node.rows))
            if (showsRow(row, mode))
                kept.append(row);
        node.hiddenRows += int(node.rows.size() - kept.size());
        node.rows = std::move(kept);
    }
    return projected;
}

} // namespace schemalens::graph
