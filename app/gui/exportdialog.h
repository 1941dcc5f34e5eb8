#pragma once

#include "core/graph/layout.h"
#include "core/render/exporter.h"
#include "core/review/finding.h"
#include "core/util/result.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace schemalens::gui {

class DiagramScene;
class DiagramView;

// Which part of the diagram an export or a print covers.
enum class ExportScope {
    Whole,   // every laid-out table, hidden ones included
    Visible, // the shown tables that intersect the view's visible area
    Shown,   // the shown tables: the focused neighbourhood, minus hidden tables
};

struct ExportOptions {
    std::optional<render::ExportFormat> format; // empty: chosen by the file extension
    ExportScope scope = ExportScope::Whole;
    QString theme = QStringLiteral("light"); // "light" or "dark"
    bool findings = true;
    bool legend = true; // title, counts and the key
    double dpi = 192;   // PNG only
    QString title;      // shown in the legend and as the DOT graph label
    // The review's findings, for counts that agree with the findings list; WHOLE: the export
    // covers every table (findings about no table count too).
    const review::Findings *allFindings = nullptr;
    bool whole = true;
};

// A part of a laid-out diagram: a graph and its geometry with matching node and edge indices,
// in the scene's coordinates (shifted to the origin), so exports reuse the on-screen layout.
struct DiagramSelection {
    graph::ErGraph graph;
    graph::Layout layout;
};

// The tables NODES (indices into GRAPH) with the edges between them; clusters shrink to the
// kept tables, keeping Graphviz's padding around them. All nodes give back the input.
DiagramSelection subDiagram(const graph::ErGraph &graph, const graph::Layout &layout,
                            QList<int> nodes);
// The part of SCENE that SCOPE names; VISIBLE is the view's visible scene rectangle.
DiagramSelection selectDiagram(const DiagramScene &scene, ExportScope scope,
                               const QRectF &visible = {});
// The view's visible part, in scene coordinates.
QRectF visibleSceneRect(const DiagramView &view);
// "12 tables · 14 foreign keys · findings: …" for the legend line under the title. With ALL,
// findings are counted once each as the findings list does (those about GRAPH's tables, and
// for the WHOLE diagram those about no table); without, from the tables' marks.
QString diagramSubtitle(const graph::ErGraph &graph, bool findings,
                        const review::Findings *all = nullptr, bool whole = true);

// Writes SELECTION to PATH in OPTIONS.format (or the one PATH's extension names) through the
// core/render and core/graph exporters. Returns the format written.
Result<render::ExportFormat> exportDiagram(const DiagramSelection &selection, const QString &path,
                                           const ExportOptions &options);

// File > Export…: format (by choice or file extension), scope, theme, findings, PNG dpi.
// Remembers the last folder, format and choices. exportTo() is the same export without any
// interaction, for tests and scripting.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const DiagramScene *scene, const DiagramView *view, const QString &title,
                 QWidget *parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    QString path() const;
    void setPath(const QString &path);

    Result<render::ExportFormat> exportTo(const QString &path, const ExportOptions &options) const;

    void accept() override; // exports; on failure shows the error and stays open
    // The review's findings, for the counts (see diagramSubtitle); kept by the caller.
    void setFindings(const review::Findings *findings);
    QString writtenPath() const { return m_written; } // after accept(): the file written

    // The default file suffix and a file-dialog filter for FORMAT.
    static QString suffixFor(render::ExportFormat format);
    static QString filterFor(render::ExportFormat format);

private:
    void browse();
    void formatChosen();
    void pathEdited(const QString &path);
    void updateState();
    void restoreSettings();
    void saveSettings() const;

    const DiagramScene *m_scene;
    const DiagramView *m_view;
    QString m_title;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_dpi = nullptr;
    QCheckBox *m_findings = nullptr;
    QCheckBox *m_legend = nullptr;
    QLabel *m_summary = nullptr;
    const review::Findings *m_allFindings = nullptr;
    QString m_written;
};

} // namespace schemalens::gui
