#include "app/gui/exportdialog.h"

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "core/graph/dotexport.h"
#include "core/graph/mermaid.h"

#include "core/util/plural.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>

#include <algorithm>

namespace schemalens::gui {

namespace {

// Translated in the "gui" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gui)
};

// The formats in the dialog's order, with the settings key each is remembered by.
struct FormatEntry {
    render::ExportFormat format;
    const char *key;
};
constexpr FormatEntry Formats[] = {
    {render::ExportFormat::Svg, "svg"},         {render::ExportFormat::Png, "png"},
    {render::ExportFormat::Pdf, "pdf"},         {render::ExportFormat::Dot, "dot"},
    {render::ExportFormat::Mermaid, "mermaid"}, {render::ExportFormat::MermaidMarkdown, "markdown"},
};

QString formatName(render::ExportFormat format)
{
    switch (format) {
    case render::ExportFormat::Svg:
        return Tr::tr("SVG vector image");
    case render::ExportFormat::Png:
        return Tr::tr("PNG image");
    case render::ExportFormat::Pdf:
        return Tr::tr("PDF document");
    case render::ExportFormat::Dot:
        return Tr::tr("Graphviz DOT");
    case render::ExportFormat::Mermaid:
        return Tr::tr("Mermaid ER diagram");
    case render::ExportFormat::MermaidMarkdown:
        return Tr::tr("Markdown with a Mermaid block");
    }
    return {};
}

QRectF unite(const QRectF &a, const QRectF &b)
{
    return a.isNull() ? b : a.united(b);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error =
            Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

DiagramSelection subDiagram(const graph::ErGraph &graph, const graph::Layout &layout,
                            QList<int> nodes)
{
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    nodes.removeIf([&](int n) { return n < 0 || n >= graph.nodes.size(); });
    if (nodes.size() == graph.nodes.size())
        return {graph, layout};

    DiagramSelection out;
    QHash<int, int> newIndex;
    for (int n : std::as_const(nodes)) {
        newIndex.insert(n, int(out.graph.nodes.size()));
        out.graph.nodes.append(graph.nodes.at(n));
        out.layout.nodes.append(n < layout.nodes.size() ? layout.nodes.at(n) : QRectF());
    }
    for (int i = 0; i < graph.edges.size(); ++i) {
        graph::Edge edge = graph.edges.at(i);
        if (!newIndex.contains(edge.from) || !newIndex.contains(edge.to))
            continue;
        edge.from = newIndex.value(edge.from);
        edge.to = newIndex.value(edge.to);
        out.graph.edges.append(edge);
        out.layout.edges.append(i < layout.edges.size() ? layout.edges.at(i)
                                                        : graph::EdgeGeometry{});
    }
    // A cluster keeps the padding Graphviz gave it (label strip included) around what is left.
    for (const graph::ClusterGeometry &cluster : layout.clusters) {
        QRectF all;
        QRectF kept;
        for (int n = 0; n < graph.nodes.size() && n < layout.nodes.size(); ++n) {
            if (graph.nodes.at(n).cluster != cluster.name)
                continue;
            all = unite(all, layout.nodes.at(n));
            if (newIndex.contains(n))
                kept = unite(kept, layout.nodes.at(n));
        }
        if (kept.isNull())
            continue;
        const QMarginsF padding(all.left() - cluster.rect.left(), all.top() - cluster.rect.top(),
                                cluster.rect.right() - all.right(),
                                cluster.rect.bottom() - all.bottom());
        out.layout.clusters.append({cluster.name, kept.marginsAdded(padding)});
    }

    QRectF bounds;
    for (const QRectF &rect : std::as_const(out.layout.nodes))
        bounds = unite(bounds, rect);
    for (const graph::EdgeGeometry &edge : std::as_const(out.layout.edges)) {
        for (const QPointF &p : edge.points)
            bounds = unite(bounds, QRectF(p, QSizeF(0.001, 0.001)));
    }
    for (const graph::ClusterGeometry &cluster : std::as_const(out.layout.clusters))
        bounds = unite(bounds, cluster.rect);
    // Same convention as computeLayout: the drawing's top-left is the origin.
    const QPointF by = -bounds.topLeft();
    for (QRectF &rect : out.layout.nodes)
        rect.translate(by);
    for (graph::EdgeGeometry &edge : out.layout.edges) {
        for (QPointF &p : edge.points)
            p += by;
        edge.tail += by;
        edge.head += by;
    }
    for (graph::ClusterGeometry &cluster : out.layout.clusters)
        cluster.rect.translate(by);
    out.layout.bounds = bounds.translated(by);
    out.layout.engine = layout.engine;
    return out;
}

DiagramSelection selectDiagram(const DiagramScene &scene, ExportScope scope, const QRectF &visible)
{
    if (scope == ExportScope::Whole)
        return {scene.graph(), scene.layout()};
    QList<int> nodes;
    for (const TableItem *item : scene.tableItems()) {
        if (!item->isVisible())
            continue;
        if (scope == ExportScope::Visible && !item->sceneBoundingRect().intersects(visible))
            continue;
        nodes.append(item->node());
    }
    return subDiagram(scene.graph(), scene.layout(), nodes);
}

QRectF visibleSceneRect(const DiagramView &view)
{
    return view.mapToScene(view.viewport()->rect()).boundingRect();
}

QString diagramSubtitle(const graph::ErGraph &graph, bool findings, const review::Findings *all,
                        bool whole)
{
    int fks = 0;
    int soft = 0;
    for (const graph::Edge &edge : graph.edges)
        (edge.soft ? soft : fks) += 1;
    QString text =
        plural(Tr::tr("%n table(s)", nullptr, int(graph.nodes.size())), int(graph.nodes.size())) +
        QStringLiteral(" · ") + plural(Tr::tr("%n foreign key(s)", nullptr, fks), fks);
    if (soft > 0)
        text += QStringLiteral(" · ") + plural(Tr::tr("%n soft reference(s)", nullptr, soft), soft);
    if (!findings)
        return text;
    int counts[3] = {0, 0, 0};
    if (all) {
        // Each finding once, as the findings list counts them: those about a table shown here,
        // and, for the whole diagram, those about no table (a migration, the schema).
        QSet<QString> ids;
        QSet<QString> names;
        for (const graph::TableNode &node : graph.nodes) {
            ids.insert(node.id);
            names.insert(node.name);
        }
        const auto shown = [&](const QString &schema, const QString &table) {
            return schema.isEmpty() ? names.contains(table)
                                    : ids.contains(schema + QLatin1Char('.') + table);
        };
        for (const review::Finding &f : *all) {
            bool named = false;
            bool in = false;
            if (!f.object.table.isEmpty()) {
                named = true;
                in = shown(f.object.schema, f.object.table);
            }
            for (const QString &qualified : f.object.tables) {
                named = true;
                const qsizetype dot = qualified.indexOf(QLatin1Char('.'));
                in = in || shown(dot > 0 ? qualified.left(dot) : QString(), qualified.mid(dot + 1));
            }
            if (named ? in : whole)
                ++counts[int(f.severity)];
        }
    } else {
        // Without the findings list, the tables' marks (a finding on several tables counts
        // on each of them).
        for (const graph::TableNode &node : graph.nodes) {
            counts[0] += node.marks.errors;
            counts[1] += node.marks.warnings;
            counts[2] += node.marks.infos;
        }
    }
    text += QStringLiteral(" · ") + Tr::tr("findings:") + QLatin1Char(' ') +
            plural(Tr::tr("%n error(s)", nullptr, counts[0]), counts[0]) + QStringLiteral(", ") +
            plural(Tr::tr("%n warning(s)", nullptr, counts[1]), counts[1]) + QStringLiteral(", ") +
            plural(Tr::tr("%n info(s)", nullptr, counts[2]), counts[2]);
    return text;
}

Result<render::ExportFormat> exportDiagram(const DiagramSelection &selection, const QString &path,
                                           const ExportOptions &options)
{
    const std::optional<render::ExportFormat> format =
        options.format ? options.format : render::formatForPath(path);
    if (!format)
        return Error{
            Tr::tr("Unknown file type of %1: use .svg, .png, .pdf, .dot, .gv, .mmd or .md.")
                .arg(QFileInfo(path).fileName())};
    const std::optional<render::Theme> theme = render::Theme::byName(options.theme);
    if (!theme)
        return Error{Tr::tr("Unknown theme '%1'.").arg(options.theme)};
    if (selection.graph.nodes.isEmpty())
        return Error{Tr::tr("There are no tables to export in the chosen part of the diagram.")};

    QByteArray bytes;
    switch (*format) {
    case render::ExportFormat::Dot: {
        graph::DotOptions dot;
        dot.palette = render::dotPalette(*theme);
        dot.findings = options.findings;
        dot.title = options.legend ? options.title : QString();
        bytes = graph::toDot(selection.graph, dot);
        break;
    }
    case render::ExportFormat::Mermaid:
        bytes = graph::toMermaid(selection.graph);
        break;
    case render::ExportFormat::MermaidMarkdown:
        bytes = "```mermaid\n" + graph::toMermaid(selection.graph) + "```\n";
        break;
    case render::ExportFormat::Svg:
    case render::ExportFormat::Png:
    case render::ExportFormat::Pdf: {
        if (selection.layout.nodes.size() != selection.graph.nodes.size())
            return Error{Tr::tr("The diagram has not been laid out yet.")};
        render::ImageOptions image;
        image.theme = *theme;
        image.dpi = options.dpi;
        image.diagram.findings = options.findings;
        image.diagram.legend = options.legend;
        image.diagram.title = options.title;
        image.diagram.subtitle =
            diagramSubtitle(selection.graph, options.findings, options.allFindings, options.whole);
        const Result<QByteArray> rendered =
            *format == render::ExportFormat::Svg
                ? render::renderSvg(selection.graph, selection.layout, image)
            : *format == render::ExportFormat::Pdf
                ? render::renderPdf(selection.graph, selection.layout, image)
                : render::renderPng(selection.graph, selection.layout, image);
        if (!rendered)
            return rendered.error();
        bytes = rendered.value();
        break;
    }
    }
    QString error;
    if (!writeFile(path, bytes, &error))
        return Error{error};
    return *format;
}

// ---------------------------------------------------------------------------------------------

ExportDialog::ExportDialog(const DiagramScene *scene, const DiagramView *view, const QString &title,
                           QWidget *parent)
    : QDialog(parent)
    , m_scene(scene)
    , m_view(view)
    , m_title(title)
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export Diagram"));

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(460); // a folder and a file name fit
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const FormatEntry &entry : Formats)
        m_format->addItem(formatName(entry.format), int(entry.format));

    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("exportScope"));
    m_scope->addItem(tr("Whole diagram"), int(ExportScope::Whole));
    m_scope->addItem(tr("Visible area"), int(ExportScope::Visible));
    m_scope->addItem(tr("Focused neighbourhood"), int(ExportScope::Shown));

    m_theme = new QComboBox;
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    m_dpi = new QSpinBox;
    m_dpi->setRange(18, 2400);
    m_dpi->setSingleStep(24);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(192);

    m_findings = new QCheckBox(tr("Show review &findings"));
    m_findings->setChecked(true);
    m_legend = new QCheckBox(tr("Include title and &legend"));
    m_legend->setChecked(true);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    // A label of its own: a form row whose field is a layout gets no buddy, and a label
    // without a buddy shows its "&" instead of underlining the key.
    auto *pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(QString(), m_findings);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_findings, &QCheckBox::toggled, this, &ExportDialog::updateState);

    restoreSettings();
    // The focused scope only means something while the diagram shows a neighbourhood or
    // hides tables; preselect it then, since that is what the user is looking at.
    const bool narrowed = m_scene->focusNode() >= 0 || !m_scene->hiddenTables().isEmpty();
    if (auto *model = qobject_cast<QStandardItemModel *>(m_scope->model()); model && !narrowed)
        model->item(2)->setEnabled(false);
    m_scope->setCurrentIndex(narrowed ? 2 : 0);
    updateState();
}

QString ExportDialog::suffixFor(render::ExportFormat format)
{
    switch (format) {
    case render::ExportFormat::Svg:
        return QStringLiteral("svg");
    case render::ExportFormat::Png:
        return QStringLiteral("png");
    case render::ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case render::ExportFormat::Dot:
        return QStringLiteral("dot");
    case render::ExportFormat::Mermaid:
        return QStringLiteral("mmd");
    case render::ExportFormat::MermaidMarkdown:
        return QStringLiteral("md");
    }
    return {};
}

QString ExportDialog::filterFor(render::ExportFormat format)
{
    QString patterns = QStringLiteral("*.") + suffixFor(format);
    if (format == render::ExportFormat::Dot)
        patterns += QStringLiteral(" *.gv");
    else if (format == render::ExportFormat::Mermaid)
        patterns += QStringLiteral(" *.mermaid");
    return formatName(format) + QStringLiteral(" (") + patterns + QLatin1Char(')');
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = render::ExportFormat(m_format->currentData().toInt());
    options.scope = ExportScope(m_scope->currentData().toInt());
    options.theme = m_theme->currentData().toString();
    options.findings = m_findings->isChecked();
    options.legend = m_legend->isChecked();
    options.dpi = m_dpi->value();
    options.title = m_title;
    options.allFindings = m_allFindings;
    return options;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    if (options.format)
        m_format->setCurrentIndex(m_format->findData(int(*options.format)));
    m_scope->setCurrentIndex(m_scope->findData(int(options.scope)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(options.theme)));
    m_findings->setChecked(options.findings);
    m_legend->setChecked(options.legend);
    m_dpi->setValue(qRound(options.dpi));
    if (!options.title.isEmpty())
        m_title = options.title;
    updateState();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    pathEdited(path);
}

Result<render::ExportFormat> ExportDialog::exportTo(const QString &path,
                                                    const ExportOptions &options) const
{
    if (path.isEmpty())
        return Error{tr("Choose a file to export to.")};
    const QRectF visible = m_view ? visibleSceneRect(*m_view) : m_scene->diagramRect();
    const DiagramSelection selection = selectDiagram(*m_scene, options.scope, visible);
    ExportOptions chosen = options;
    chosen.whole = selection.graph.nodes.size() == m_scene->graph().nodes.size();
    return exportDiagram(selection, path, chosen);
}

void ExportDialog::accept()
{
    const Result<render::ExportFormat> written = exportTo(path(), options());
    if (!written) {
        QMessageBox::warning(this, tr("Export Failed"), written.error().toString());
        return;
    }
    saveSettings();
    m_written = path();
    QDialog::accept();
}

void ExportDialog::browse()
{
    const auto format = render::ExportFormat(m_format->currentData().toInt());
    QString start = path();
    if (start.isEmpty())
        start = QSettings().value(QStringLiteral("export/folder")).toString();
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Diagram"), start, filterFor(format));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::formatChosen()
{
    // Keep the file name's extension in step with the chosen format.
    const QString current = path();
    if (current.isEmpty())
        return;
    const auto format = render::ExportFormat(m_format->currentData().toInt());
    if (render::formatForPath(current) == format)
        return;
    const QFileInfo info(current);
    const QString base =
        info.suffix().isEmpty() ? current : current.left(current.size() - info.suffix().size() - 1);
    m_path->setText(base + QLatin1Char('.') + suffixFor(format));
    updateState();
}

void ExportDialog::pathEdited(const QString &path)
{
    // A known extension picks the format.
    if (const std::optional<render::ExportFormat> format = render::formatForPath(path.trimmed()))
        m_format->setCurrentIndex(m_format->findData(int(*format)));
    updateState();
}

void ExportDialog::updateState()
{
    const auto format = render::ExportFormat(m_format->currentData().toInt());
    const bool image = format == render::ExportFormat::Svg || format == render::ExportFormat::Png ||
                       format == render::ExportFormat::Pdf;
    m_dpi->setEnabled(format == render::ExportFormat::Png);
    // Mermaid has no colours and no findings.
    m_theme->setEnabled(image || format == render::ExportFormat::Dot);
    m_findings->setEnabled(image || format == render::ExportFormat::Dot);
    m_legend->setEnabled(image || format == render::ExportFormat::Dot);
    const auto scope = ExportScope(m_scope->currentData().toInt());
    const QRectF visible = m_view ? visibleSceneRect(*m_view) : m_scene->diagramRect();
    const DiagramSelection selection = selectDiagram(*m_scene, scope, visible);
    m_summary->setText(
        diagramSubtitle(selection.graph, m_findings->isChecked(), m_allFindings,
                        selection.graph.nodes.size() == m_scene->graph().nodes.size()));
}

void ExportDialog::restoreSettings()
{
    const QSettings settings;
    const QString key = settings.value(QStringLiteral("export/format")).toString();
    for (const FormatEntry &entry : Formats) {
        if (key == QLatin1String(entry.key))
            m_format->setCurrentIndex(m_format->findData(int(entry.format)));
    }
    m_theme->setCurrentIndex(std::max(
        0, m_theme->findData(
               settings.value(QStringLiteral("export/theme"), m_scene->theme().name).toString())));
    m_dpi->setValue(settings.value(QStringLiteral("export/dpi"), 192).toInt());
    m_findings->setChecked(settings.value(QStringLiteral("export/findings"), true).toBool());
    m_legend->setChecked(settings.value(QStringLiteral("export/legend"), true).toBool());

    QString folder = settings.value(QStringLiteral("export/folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = m_title.isEmpty() ? QStringLiteral("diagram") : m_title;
    base.replace(QLatin1Char('/'), QLatin1Char('_'));
    const auto format = render::ExportFormat(m_format->currentData().toInt());
    m_path->setText(QDir(folder).filePath(base + QLatin1Char('.') + suffixFor(format)));
}

void ExportDialog::setFindings(const review::Findings *findings)
{
    m_allFindings = findings;
    updateState();
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    const auto format = render::ExportFormat(m_format->currentData().toInt());
    for (const FormatEntry &entry : Formats) {
        if (entry.format == format)
            settings.setValue(QStringLiteral("export/format"), QString::fromLatin1(entry.key));
    }
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path()).absolutePath());
    settings.setValue(QStringLiteral("export/theme"), m_theme->currentData().toString());
    settings.setValue(QStringLiteral("export/dpi"), m_dpi->value());
    settings.setValue(QStringLiteral("export/findings"), m_findings->isChecked());
    settings.setValue(QStringLiteral("export/legend"), m_legend->isChecked());
}

} // namespace schemalens::gui
