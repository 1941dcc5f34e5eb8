#pragma once

#include "core/graph/area.h"
#include "core/graph/layout.h"
#include "core/render/theme.h"
#include "core/report/minutes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QRectF>

class QPainter;

namespace schemalens::render {

// A finding's area (core/graph/area.h) measured and laid out on its own, for the meeting's
// presentation and the minutes' pictures.
struct AreaDiagram {
    graph::ErGraph graph;
    graph::Layout layout;
    QList<int> centre; // the finding's tables, drawn selected
    int leftOut = 0;   // neighbouring tables not shown (graph::Area::leftOut)
};

// Measures AREA with the diagram fonts and lays it out with dot, left to right or top to
// bottom, whichever shows it larger in a box of ASPECT (width / height). Runs Graphviz on the
// calling thread (an area is a few tables: milliseconds), so call it off the UI thread in
// the window.
Result<AreaDiagram> layoutArea(const graph::Area &area, double aspect = 1.4);

// The area's drawing rectangle in layout coordinates, with a margin.
QRectF areaBounds(const AreaDiagram &diagram);

// Paints the area into TARGET, scaled to fit (never above MAXSCALE) and centred.
void paintArea(QPainter &painter, const AreaDiagram &diagram, const QRectF &target,
               const Theme &theme, double maxScale = 2.0);

// The area as a stand-alone SVG document (text kept as text).
Result<QByteArray> areaSvg(const AreaDiagram &diagram, const Theme &theme, const QString &title);

// The minutes' pictures: an SVG of the area of each finding the minutes discuss
// (report::discussedFindings), by fingerprint, drawn from WHOLE (the document's graph).
// Findings about no table get none; a layout that fails is listed in PROBLEMS.
QHash<QString, QByteArray> minutesPictures(const report::MinutesInput &input,
                                           const graph::ErGraph &whole, const Theme &theme,
                                           QStringList *problems = nullptr);

} // namespace schemalens::render
