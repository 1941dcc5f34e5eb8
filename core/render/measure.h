#pragma once

#include "core/graph/layout.h"
#include "core/render/theme.h"

#include <QHash>
#include <QList>
#include <QSizeF>
#include <QStringList>

namespace schemalens::render {

// How one table box is laid out inside, from real font metrics. measure() hands the sizes
// and row centres to Graphviz; paintTable() draws from the same numbers, so edges meet the
// rows they belong to and text always fits the box Graphviz placed.
struct RowText {
    QStringList tags; // "PK", "FK", "FK?" (soft), "UQ", "NN"
    QString name;     // elided to Theme::maxNameWidth
    QString type;     // elided to Theme::maxTypeWidth
};

struct TableMetrics {
    QSizeF size;
    double headerHeight = 0;
    double rowHeight = 0;
    double tagColumn = 0; // 0 when no row has a tag
    double nameColumn = 0;
    double typeColumn = 0;
    QString schemaPrefix; // "schema." when the diagram spans several schemas, else empty
    QString title;        // the table name, elided
    double badgeWidth = 0;
    double nameX = 0; // left edge of the name column, from the box's left
    QList<RowText> rows;

    double rowTop(int row) const { return headerHeight + row * rowHeight; }
    QList<double> rowCentres() const;
};

struct MeasureOptions {
    bool findings = true;    // leave room for the findings badge
    bool showSchema = false; // prefix table names with their schema (unless clustered by it)
};

// Text measurements already made, for measuring many tables with one theme: real schemas
// repeat column names and types (id, created_at, bigint, text) thousands of times, and each
// measurement shapes the text (2,000 tables: ~350 ms without, see bench_gui).
struct MeasureCache {
    struct Text {
        QString elided;
        double advance = 0;
    };
    QHash<QString, Text> names, types, titles;
    QHash<QString, double> tags, prefixes;
};

TableMetrics tableMetrics(const graph::TableNode &node, const Theme &theme,
                          const MeasureOptions &options = {}, MeasureCache *cache = nullptr);

// True when the graph's tables come from more than one schema (names then need a prefix).
bool spansSchemas(const graph::ErGraph &graph);

// Box sizes and row centres for every node, with the options paintDiagram() will use.
QList<graph::NodeGeometry> measure(const graph::ErGraph &graph, const Theme &theme,
                                   bool findings = true);

// Horizontal spacing shared by measuring and painting.
inline constexpr double TagGap = 3;    // between two tags, and between badge pills
inline constexpr double ColumnGap = 6; // between the tag and name columns
inline constexpr double TypeGap = 14;  // before the type: name and type never touch

double badgePillWidth(int count, const Theme &theme);

// Badge pills in painting order (error, warning, info) with their counts; empty when clean.
// COMPACT (a table drawn by its name only): one pill, the total in the worst severity's colour.
QList<std::pair<review::Severity, int>> badgeParts(const graph::Marks &marks, bool compact = false);
// Whether NODE is drawn by its name only (a column mode hid all its columns).
inline bool namesOnly(const graph::TableNode &node)
{
    return node.rows.isEmpty() && node.hiddenRows > 0;
}

} // namespace schemalens::render
