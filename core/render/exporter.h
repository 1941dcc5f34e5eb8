#pragma once

#include "core/graph/layout.h"
#include "core/render/paint.h"
#include "core/render/theme.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace schemalens::render {

// Diagram file formats, chosen by file extension.
enum class ExportFormat { Svg, Png, Pdf, Dot, Mermaid, MermaidMarkdown };

// ".svg", ".png", ".pdf", ".dot"/".gv", ".mmd"/".mermaid", ".md" (a fenced mermaid block).
std::optional<ExportFormat> formatForPath(const QString &path);

struct ImageOptions {
    Theme theme = Theme::light();
    DiagramOptions diagram;
    double dpi = 192; // PNG only: 72 scene units (points) are one inch
    // PNG only: a larger image is rendered at a lower dpi instead (QImage and viewers
    // give up on huge canvases); see effectiveDpi().
    int maxPixels = 12000;
};

// The dpi a PNG of SCENE is actually rendered at: OPTIONS.dpi, lowered so that neither side
// exceeds maxPixels.
double effectiveDpi(const QSizeF &scene, const ImageOptions &options);
QSize pngPixelSize(const QSizeF &scene, double dpi);

// The painted diagram as a QImage at DPI (the background filled with the theme's colour).
QImage renderImage(const graph::ErGraph &graph, const graph::Layout &layout,
                   const ImageOptions &options, double dpi);

// File contents. SVG keeps text as <text> (width/height are the physical size in mm at
// 72 scene units per inch, viewBox in scene units); PDF is one vector page the size of the
// diagram; PNG carries its dpi in the pHYs chunk.
Result<QByteArray> renderSvg(const graph::ErGraph &graph, const graph::Layout &layout,
                             const ImageOptions &options);
Result<QByteArray> renderPng(const graph::ErGraph &graph, const graph::Layout &layout,
                             const ImageOptions &options);
Result<QByteArray> renderPdf(const graph::ErGraph &graph, const graph::Layout &layout,
                             const ImageOptions &options);

} // namespace schemalens::render
