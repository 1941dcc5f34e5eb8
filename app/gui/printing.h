#pragma once

#include "app/gui/exportdialog.h"
#include "core/render/paint.h"
#include "core/render/theme.h"

class QPrinter;
class QWidget;

namespace schemalens::gui {

class DiagramScene;

// Paints SELECTION on one page of PRINTER, scaled down to fit the printable area (never
// enlarged beyond its natural size of 72 scene units per inch) and centred.
Result<double> printDiagram(QPrinter &printer, const DiagramSelection &selection,
                            const render::Theme &theme, const render::DiagramOptions &options);

// File > Print…: what the diagram shows (the focused neighbourhood, without hidden tables),
// on paper in the light theme, through the platform's print dialog. Landscape is
// preselected for a diagram wider than tall. Errors are shown in a message box.
void printWithDialog(QWidget *parent, const DiagramScene &scene, const QString &title);
// File > Print Preview…: the same page in Qt's preview, from which it can be printed.
void printPreview(QWidget *parent, const DiagramScene &scene, const QString &title);

} // namespace schemalens::gui
