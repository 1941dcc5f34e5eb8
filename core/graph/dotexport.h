#pragma once

#include "core/graph/ergraph.h"

#include <QByteArray>
#include <QString>

namespace schemalens::graph {

// What a relationship means for drawing, decided once here so that the painted diagram
// (core/render), the DOT source and the Mermaid text agree. QtCore only: colours are
// chosen by the caller (a palette), this only says which role applies.

// ON DELETE, grouped the way a reviewer reads it: children vanish with the parent, are
// detached, are reset, or block the delete. "restrict" and "no action" differ only in when
// the check runs, so they share one colour.
enum class DeletePolicy { Cascade, SetNull, SetDefault, Restrict };
DeletePolicy deletePolicy(const Edge &edge);
QString deletePolicyName(DeletePolicy policy); // "cascade", "set null", "set default", "restrict"

// Crow's-foot end marks. The parent end says how many parents one child row has, the child
// end how many children one parent row has (a FK never forces "at least one child").
enum class EndMark { ExactlyOne, ZeroOrOne, ZeroOrMany, None };
EndMark parentEnd(const Edge &edge); // nullable FK column: zero or one, else exactly one
EndMark childEnd(const Edge &edge);  // unique FK columns (1:1): zero or one, else many
// (A view's dependency edge has no cardinality: None at both ends.)

// Short markers for a column row, in order: "PK", "FK" (or "FK?" for a soft reference),
// "UQ" (unique on its own), "NN" (not null; implied by PK so not repeated there).
QStringList columnTags(const ColumnRow &row);

// Colours as "#rrggbb" strings; core/render fills one from its Theme so DOT output matches
// the painted diagram (render::dotPalette).
struct DotPalette {
    QString background = QStringLiteral("#ffffff");
    QString tableFill = QStringLiteral("#ffffff");
    QString headerFill = QStringLiteral("#e8eef6");
    QString headerText = QStringLiteral("#1b2733");
    QString text = QStringLiteral("#1b2733");
    QString mutedText = QStringLiteral("#5f6b7a");
    QString border = QStringLiteral("#8796a8");
    QString clusterFill = QStringLiteral("#f6f8fb");
    QString clusterBorder = QStringLiteral("#c5cfdb");
    QString cascade = QStringLiteral("#c0392b");
    QString setNull = QStringLiteral("#2471a3");
    QString setDefault = QStringLiteral("#7d3c98");
    QString restrict = QStringLiteral("#4d5863");
    QString soft = QStringLiteral("#b9770e");
    QString error = QStringLiteral("#c0392b");
    QString warning = QStringLiteral("#d68910");
    QString info = QStringLiteral("#2e86c1");
    QString fontName = QStringLiteral("DejaVu Sans");
};

struct DotOptions {
    DotPalette palette;
    QString title;           // graph label; empty for none
    bool leftToRight = true; // rankdir=LR
    bool clusters = true;    // subgraph cluster_* per TableNode::cluster
    bool findings = true;    // badges, tinted rows and thicker edges for findings
};

// Graphviz source for GRAPH: one HTML-like table label per node with a row (and ports
// "rN" west / "rNe" east) per column, edges from the FK row to the key row with crow's-foot
// arrows, colour by ON DELETE, soft FKs dashed, `class` attributes for post-processing
// ("fk cascade", "soft", "finding-warning"). Deterministic: equal graphs give equal bytes.
QByteArray toDot(const ErGraph &graph, const DotOptions &options = {});

} // namespace schemalens::graph
