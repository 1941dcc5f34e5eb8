#pragma once

#include "core/graph/layout.h"
#include "core/load/loadresult.h"
#include "core/render/measure.h"
#include "core/review/engine.h"

#include <QString>

#include <memory>

namespace schemalens::gui {

// Everything the window shows for one opened source, built off the UI thread and immutable
// once handed over. The review points into `loaded`, so both live in one object that is
// shared, never copied.
struct Document {
    QString source;      // as the user gave it (a connection string is redacted for display)
    QString displayName; // folder or file name, or the database name
    load::LoadResult loaded;
    review::ReviewResult review;
    graph::ErGraph graph;                // the whole schema's diagram, before layout
    QList<graph::NodeGeometry> geometry; // its boxes measured with the diagram's fonts
    QList<render::TableMetrics> metrics; // the same measurements, row by row, for the scene
    QString reportHtml;                  // the review report page, shown when asked for
    QString configPath;                  // the review file used, if any
    QStringList configProblems;          // "path: message" of that review file
    qint64 loadMs = 0;
    qint64 reviewMs = 0;
};

using DocumentPtr = std::shared_ptr<const Document>;

} // namespace schemalens::gui
