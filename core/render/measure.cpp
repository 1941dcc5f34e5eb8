#include "core/render/measure.h"

#include <QFontMetricsF>
#include <QSet>

#include <cmath>

namespace schemalens::render {

namespace {

double tagsWidth(const QStringList &tags, const QFontMetricsF &fm)
{
    double width = 0;
    for (const QString &tag : tags)
        width += fm.horizontalAdvance(tag) + TagGap;
    return tags.isEmpty() ? 0 : width - TagGap;
}

double badgeWidthOf(const graph::Marks &marks, const Theme &theme)
{
    double width = 0;
    for (const auto &part : badgeParts(marks))
        width += badgePillWidth(part.second, theme) + TagGap;
    return width > 0 ? width - TagGap : 0;
}

} // namespace

double badgePillWidth(int count, const Theme &theme)
{
    // A pill at least as wide as it is high, so single digits come out as round dots.
    const QFontMetricsF fm(theme.tagFont);
    return std::max(fm.horizontalAdvance(QString::number(count)) + 8, fm.height() + 2);
}

QList<double> TableMetrics::rowCentres() const
{
    QList<double> centres;
    centres.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        centres << rowTop(i) + rowHeight / 2;
    return centres;
}

QList<std::pair<review::Severity, int>> badgeParts(const graph::Marks &marks)
{
    QList<std::pair<review::Severity, int>> parts;
    if (marks.errors > 0)
        parts.append({review::Severity::Error, marks.errors});
    if (marks.warnings > 0)
        parts.append({review::Severity::Warning, marks.warnings});
    if (marks.infos > 0)
        parts.append({review::Severity::Info, marks.infos});
    return parts;
}

TableMetrics tableMetrics(const graph::TableNode &node, const Theme &theme,
                          const MeasureOptions &options)
{
    const QFontMetricsF nameFm(theme.font);
    const QFontMetricsF typeFm(theme.typeFont);
    const QFontMetricsF headerFm(theme.headerFont);
    const QFontMetricsF tagFm(theme.tagFont);

    TableMetrics m;
    m.headerHeight = std::ceil(headerFm.height() + 2 * theme.headerPadding);
    m.rowHeight = std::ceil(std::max(nameFm.height(), typeFm.height()) + 2 * theme.rowPadding);
    // A cluster labelled with the schema already says it; repeating it on every box is noise.
    const bool prefix = options.showSchema && !node.schema.isEmpty() && node.cluster != node.schema;
    m.schemaPrefix = prefix ? node.schema + QLatin1Char('.') : QString();
    m.title = headerFm.elidedText(node.name, Qt::ElideMiddle, theme.maxNameWidth);
    m.badgeWidth = options.findings ? badgeWidthOf(node.marks, theme) : 0;

    for (const graph::ColumnRow &row : node.rows) {
        RowText text;
        text.tags = graph::columnTags(row);
        text.name = nameFm.elidedText(row.name, Qt::ElideMiddle, theme.maxNameWidth);
        text.type = typeFm.elidedText(row.type, Qt::ElideRight, theme.maxTypeWidth);
        m.tagColumn = std::max(m.tagColumn, tagsWidth(text.tags, tagFm));
        m.nameColumn = std::max(m.nameColumn, nameFm.horizontalAdvance(text.name));
        m.typeColumn = std::max(m.typeColumn, typeFm.horizontalAdvance(text.type));
        m.rows << text;
    }

    m.nameX = theme.cellPadding + (m.tagColumn > 0 ? m.tagColumn + ColumnGap : 0);
    double rowWidth = 2 * theme.cellPadding + m.nameColumn;
    if (m.tagColumn > 0)
        rowWidth += m.tagColumn + ColumnGap;
    if (m.typeColumn > 0)
        rowWidth += m.typeColumn + TypeGap;
    const QFontMetricsF prefixFm(theme.typeFont);
    double headerWidth = 2 * theme.cellPadding + headerFm.horizontalAdvance(m.title) +
                         prefixFm.horizontalAdvance(m.schemaPrefix);
    if (node.view)
        headerWidth += tagFm.horizontalAdvance(QStringLiteral("VIEW")) + ColumnGap;
    if (m.badgeWidth > 0)
        headerWidth += m.badgeWidth + ColumnGap;

    // Whole points: Graphviz rounds sizes to its own precision, and integral boxes keep
    // borders crisp at 1x.
    const double width = std::ceil(std::max({theme.minTableWidth, rowWidth, headerWidth}));
    const double bodyHeight = node.rows.isEmpty() ? m.rowHeight * 0.6 : m.rowHeight * m.rows.size();
    m.size = QSizeF(width, std::ceil(m.headerHeight + bodyHeight + 3));
    return m;
}

bool spansSchemas(const graph::ErGraph &graph)
{
    QSet<QString> schemas;
    for (const graph::TableNode &node : graph.nodes) {
        schemas.insert(node.schema);
        if (schemas.size() > 1)
            return true;
    }
    return false;
}

QList<graph::NodeGeometry> measure(const graph::ErGraph &graph, const Theme &theme, bool findings)
{
    const MeasureOptions options{.findings = findings, .showSchema = spansSchemas(graph)};
    QList<graph::NodeGeometry> geometry;
    geometry.reserve(graph.nodes.size());
    for (const graph::TableNode &node : graph.nodes) {
        const TableMetrics m = tableMetrics(node, theme, options);
        geometry.append({m.size, m.rowCentres()});
    }
    return geometry;
}

} // namespace schemalens::render
