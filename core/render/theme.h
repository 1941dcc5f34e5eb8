#pragma once

#include "core/graph/dotexport.h"
#include "core/review/finding.h"

#include <QColor>
#include <QFont>
#include <QString>

#include <optional>

namespace schemalens::render {

// Everything the painters need to know about looks: colours, fonts and spacing, in scene
// units (points; 1 unit = 1/72 in on paper, 1 px at 72 dpi). Fonts use pixel sizes so that
// a table measures the same on a screen, an image, a PDF page and an SVG file, whatever
// the device's dots per inch.
struct Theme {
    QString name; // "light", "dark"

    QColor background;
    QColor text;
    QColor mutedText;
    QColor tableFill;
    QColor rowStripe; // every other row
    QColor headerFill;
    QColor viewHeaderFill;
    QColor headerText;
    QColor border;
    QColor clusterFill;
    QColor clusterBorder;
    QColor clusterText;
    QColor legendFill;
    QColor selection;

    // Edge colours by ON DELETE policy; soft FKs use `soft` (the warning colour).
    QColor cascade;
    QColor setNull;
    QColor setDefault;
    QColor restrict;
    QColor soft;

    QColor error;
    QColor warning;
    QColor info;

    // Column tags.
    QColor primaryKeyTag;
    QColor foreignKeyTag;
    QColor uniqueTag;

    QFont font;       // column names
    QFont typeFont;   // column types
    QFont headerFont; // table names
    QFont tagFont;    // PK/FK/UQ/NN, badges, legend captions
    QFont titleFont;  // the diagram title

    double rowPadding = 3;    // above and below a row's text
    double cellPadding = 7;   // left and right of cells
    double headerPadding = 6; // above and below the header text
    double cornerRadius = 5;
    double edgeWidth = 1.4;
    double minTableWidth = 120;
    double maxNameWidth = 220;  // longer column names and types are elided
    double maxTitleWidth = 420; // table names: only absurdly long ones (a name is read whole)
    double maxTypeWidth = 170;

    QColor policyColour(graph::DeletePolicy policy) const;
    QColor severityColour(review::Severity severity) const;

    static Theme light();
    static Theme dark();
    static std::optional<Theme> byName(const QString &name); // "light" or "dark"
};

// The DOT palette matching THEME, so Graphviz output looks like the painted diagram.
graph::DotPalette dotPalette(const Theme &theme);

} // namespace schemalens::render
