#include "core/render/measure.h"

#include <QFontMetricsF>
#include <QSet>

#include <cmath>

namespace schemalens::render {

namespace {

double tagsWidth(const QStringList &tags, const QFontMetricsF &fm, MeasureCache &cache)
{
    double width = 0;
    for (const QString &tag : tags) {
        auto known = cache.tags.constFind(tag);
        if (known == cache.tags.cend())
            known = cache.tags.insert(tag, fm.horizontalAdvance(tag));
        width += *known + TagGap;
    }
    return tags.isEmpty() ? 0 : width - TagGap;
}

// TEXT elided to MAXWIDTH (most text fits, and is then not laid out a second time), with its
// advance, remembered in TABLE.
const MeasureCache::Text &elided(QHash<QString, MeasureCache::Text> &table, const QString &text,
                                 const QFontMetricsF &fm, Qt::TextElideMode mode, double maxWidth)
{
    auto known = table.constFind(text);
    if (known != table.cend())
        return *known;
    MeasureCache::Text measured{text, fm.horizontalAdvance(text)};
    if (measured.advance > maxWidth) {
        measured.elided = fm.elidedText(text, mode, maxWidth);
        measured.advance = fm.horizontalAdvance(measured.elided);
    }
    return *table.insert(text, measured);
}

double advanceOf(QHash<QString, double> &table, const QString &text, const QFontMetricsF &fm)
{
    auto known = table.constFind(text);
    if (known == table.cend())
        known = table.insert(text, fm.horizontalAdvance(text));
    return *known;
}

double badgeWidthOf(const graph::Marks &marks, const Theme &theme, bool compact)
{
    double width = 0;
    for (const auto &part : badgeParts(marks, compact))
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

QList<std::pair<review::Severity, int>> badgeParts(const graph::Marks &marks, bool compact)
{
    QList<std::pair<review::Severity, int>> parts;
    if (compact) {
        if (const auto worst = marks.worst())
            parts.append({*worst, marks.errors + marks.warnings + marks.infos});
        return parts;
    }
    if (marks.errors > 0)
        parts.append({review::Severity::Error, marks.errors});
    if (marks.warnings > 0)
        parts.append({review::Severity::Warning, marks.warnings});
    if (marks.infos > 0)
        parts.append({review::Severity::Info, marks.infos});
    return parts;
}

TableMetrics tableMetrics(const graph::TableNode &node, const Theme &theme,
                          const MeasureOptions &options, MeasureCache *sharedCache)
{
    MeasureCache localCache;
    MeasureCache &cache = sharedCache ? *sharedCache : localCache;
    const QFontMetricsF nameFm(theme.font);
    const QFontMetricsF typeFm(theme.typeFont);
    const QFontMetricsF headerFm(theme.headerFont);
    const QFontMetricsF tagFm(theme.tagFont);

    TableMetrics m;
    if (node.stub) {
        // A table outside a view: one muted line naming it, where the view's edge ends.
        const QFontMetricsF stubFm(theme.typeFont);
        m.title = (node.schema.isEmpty() ? QString() : node.schema + QLatin1Char('.')) + node.name;
        m.headerHeight = std::ceil(stubFm.height() + 2 * theme.rowPadding + 2);
        m.size = QSizeF(std::ceil(stubFm.horizontalAdvance(m.title) + 2 * theme.cellPadding),
                        m.headerHeight);
        return m;
    }
    m.headerHeight = std::ceil(headerFm.height() + 2 * theme.headerPadding);
    m.rowHeight = std::ceil(std::max(nameFm.height(), typeFm.height()) + 2 * theme.rowPadding);
    // A cluster labelled with the schema already says it; repeating it on every box is noise.
    const bool prefix = options.showSchema && !node.schema.isEmpty() && node.cluster != node.schema;
    m.schemaPrefix = prefix ? node.schema + QLatin1Char('.') : QString();
    const MeasureCache::Text &title =
        elided(cache.titles, node.name, headerFm, Qt::ElideMiddle, theme.maxTitleWidth);
    m.title = title.elided;
    m.badgeWidth = options.findings ? badgeWidthOf(node.marks, theme, namesOnly(node)) : 0;

    for (const graph::ColumnRow &row : node.rows) {
        RowText text;
        text.tags = graph::columnTags(row);
        const MeasureCache::Text &name =
            elided(cache.names, row.name, nameFm, Qt::ElideMiddle, theme.maxNameWidth);
        const MeasureCache::Text &type =
            elided(cache.types, row.type, typeFm, Qt::ElideRight, theme.maxTypeWidth);
        text.name = name.elided;
        text.type = type.elided;
        m.tagColumn = std::max(m.tagColumn, tagsWidth(text.tags, tagFm, cache));
        m.nameColumn = std::max(m.nameColumn, name.advance);
        m.typeColumn = std::max(m.typeColumn, type.advance);
        m.rows << text;
    }

    m.nameX = theme.cellPadding + (m.tagColumn > 0 ? m.tagColumn + ColumnGap : 0);
    double rowWidth = 2 * theme.cellPadding + m.nameColumn;
    if (m.tagColumn > 0)
        rowWidth += m.tagColumn + ColumnGap;
    if (m.typeColumn > 0)
        rowWidth += m.typeColumn + TypeGap;
    double headerWidth =
        2 * theme.cellPadding + title.advance + advanceOf(cache.prefixes, m.schemaPrefix, typeFm);
    if (node.view)
        headerWidth += tagFm.horizontalAdvance(QStringLiteral("VIEW")) + ColumnGap;
    if (m.badgeWidth > 0)
        headerWidth += m.badgeWidth + ColumnGap;

    // Whole points: Graphviz rounds sizes to its own precision, and integral boxes keep
    // borders crisp at 1x.
    const double width = std::ceil(std::max({theme.minTableWidth, rowWidth, headerWidth}));
    // Names only (a column mode hid every row): the header alone.
    const double bodyHeight = !node.rows.isEmpty()  ? m.rowHeight * m.rows.size()
                              : node.hiddenRows > 0 ? 0
                                                    : m.rowHeight * 0.6;
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
    MeasureCache cache;
    for (const graph::TableNode &node : graph.nodes) {
        const TableMetrics m = tableMetrics(node, theme, options, &cache);
        geometry.append({m.size, m.rowCentres()});
    }
    return geometry;
}

} // namespace schemalens::render
