#include "app/gui/printing.h"

#include "app/gui/diagramscene.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>
#include <optional>

namespace schemalens::gui {

namespace {

// Translated in the "gui" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gui)
};

} // namespace

Result<double> printDiagram(QPrinter &printer, const DiagramSelection &selection,
                            const render::Theme &theme, const render::DiagramOptions &options)
{
    if (selection.graph.nodes.isEmpty())
        return Error{Tr::tr("There are no tables to print.")};
    const render::DiagramFrame frame =
        render::diagramFrame(selection.graph, selection.layout, theme, options);
    // Device pixels of the printable area; scene units are points (1/72 inch).
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const double natural = printer.resolution() / 72.0;
    const double fit =
        std::min(page.width() / frame.scene.width(), page.height() / frame.scene.height());
    const double scale = std::min(natural, fit);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error{Tr::tr("The printer could not be started.")};
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // The painter's origin is the printable area's top-left.
    painter.translate((page.width() - frame.scene.width() * scale) / 2,
                      (page.height() - frame.scene.height() * scale) / 2);
    painter.scale(scale, scale);
    render::paintDiagram(painter, selection.graph, selection.layout, theme, options);
    if (!painter.end())
        return Error{Tr::tr("Printing failed.")};
    return scale / natural; // the size on paper relative to the natural size
}

namespace {

// What a print of SCENE shows, and the printer set up for it (orientation by the shape).
struct PrintJob {
    DiagramSelection selection;
    render::Theme theme = render::Theme::light(); // paper is white
    render::DiagramOptions options;
};

std::optional<PrintJob> preparePrint(QWidget *parent, const DiagramScene &scene,
                                     const QString &title, QPrinter &printer)
{
    PrintJob job;
    job.selection = selectDiagram(scene, ExportScope::Shown);
    if (job.selection.graph.nodes.isEmpty()) {
        QMessageBox::information(parent, Tr::tr("Print"), Tr::tr("There are no tables to print."));
        return std::nullopt;
    }
    job.options.findings = scene.showFindings();
    job.options.title = title;
    job.options.subtitle = diagramSubtitle(job.selection.graph, job.options.findings);
    printer.setDocName(title);
    const QRectF size =
        render::diagramFrame(job.selection.graph, job.selection.layout, job.theme, job.options)
            .scene;
    printer.setPageOrientation(size.width() > size.height() ? QPageLayout::Landscape
                                                            : QPageLayout::Portrait);
    return job;
}

} // namespace

void printWithDialog(QWidget *parent, const DiagramScene &scene, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    const std::optional<PrintJob> job = preparePrint(parent, scene, title, printer);
    if (!job)
        return;
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print Diagram"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<double> printed = printDiagram(printer, job->selection, job->theme, job->options);
    if (!printed)
        QMessageBox::warning(parent, Tr::tr("Print Failed"), printed.error().toString());
}

void printPreview(QWidget *parent, const DiagramScene &scene, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    const std::optional<PrintJob> job = preparePrint(parent, scene, title, printer);
    if (!job)
        return;
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print Preview"));
    dialog.resize(1000, 760);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&job](QPrinter *target) {
                         printDiagram(*target, job->selection, job->theme, job->options);
                     });
    dialog.exec();
}

} // namespace schemalens::gui
