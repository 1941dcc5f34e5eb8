// MainWindow: the View menu and toolbar — zoom, legend, minimap, findings overlay, theme,
// focus on a table's neighbourhood, hiding tables, and the diagram search box.

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/mainwindow.h"
#include "app/gui/sourceviewer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>

namespace schemalens::gui {

namespace {

int selectedNode(const DiagramScene *scene)
{
    for (QGraphicsItem *item : scene->selectedItems()) {
        if (item->type() == TableItem::Type)
            return static_cast<TableItem *>(item)->node();
    }
    return -1;
}

} // namespace

void MainWindow::createViewActions()
{
    QToolBar *toolbar = addToolBar(tr("Diagram"));
    toolbar->setObjectName(QStringLiteral("DiagramToolbar"));

    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), m_view, &DiagramView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), m_view, &DiagramView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = m_viewMenu->addAction(tr("&Fit Diagram"), m_view, &DiagramView::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);
    toolbar->addSeparator();
    m_viewMenu->addSeparator();

    QAction *findings = m_viewMenu->addAction(tr("Show Findings on &Diagram"));
    findings->setCheckable(true);
    findings->setChecked(true);
    connect(findings, &QAction::toggled, m_scene, &DiagramScene::setShowFindings);
    QAction *legend = m_viewMenu->addAction(tr("&Legend"));
    legend->setCheckable(true);
    legend->setChecked(true);
    connect(legend, &QAction::toggled, m_view, &DiagramView::setLegendVisible);
    QAction *minimap = m_viewMenu->addAction(tr("&Overview Map"));
    minimap->setCheckable(true);
    minimap->setChecked(true);
    connect(minimap, &QAction::toggled, m_view, &DiagramView::setMinimapVisible);
    m_viewMenu->addSeparator();

    QAction *focus1 = m_viewMenu->addAction(
        tr("Focus on &Neighbours"), this, [this] { m_scene->setFocus(selectedNode(m_scene), 1); });
    focus1->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *focus2 = m_viewMenu->addAction(
        tr("Focus on Two &Hops"), this, [this] { m_scene->setFocus(selectedNode(m_scene), 2); });
    focus2->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *unfocus = m_viewMenu->addAction(tr("Show &Whole Diagram"), this, [this] {
        m_scene->setFocus(-1, 0);
        m_scene->showAllTables();
    });
    unfocus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    QAction *hide = m_viewMenu->addAction(tr("&Hide Selected Table"), this, [this] {
        const int node = selectedNode(m_scene);
        if (node >= 0)
            m_scene->setTableHidden(node, true);
    });
    hide->setShortcut(QKeySequence(Qt::Key_H));
    toolbar->addAction(focus1);
    toolbar->addAction(unfocus);
    toolbar->addSeparator();

    QMenu *theme = m_viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("system"), tr("Follow &System")},
        {QStringLiteral("light"), tr("&Light")},
        {QStringLiteral("dark"), tr("&Dark")}};
    m_theme = QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
    for (const auto &[id, title] : names) {
        QAction *action = theme->addAction(title);
        action->setCheckable(true);
        action->setChecked(id == m_theme);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = id] {
            m_theme = id;
            QSettings().setValue(QStringLiteral("ui/theme"), id);
            applyTheme();
        });
    }

    // The UI language is chosen once at start-up (main.cpp installs the translators), so a
    // change is stored in "ui/language" and takes effect on the next start.
    QMenu *language = m_viewMenu->addMenu(tr("Lan&guage"));
    language->setObjectName(QStringLiteral("LanguageMenu"));
    auto *languages = new QActionGroup(this);
    // Language names are shown in their own language, so they are not translated.
    const QList<std::pair<QString, QString>> languageNames = {
        {QString(), tr("&System Language")},
        {QStringLiteral("en"), QStringLiteral("&English")},
        {QStringLiteral("de"), QStringLiteral("&Deutsch")}};
    const QString currentLanguage = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto &[code, title] : languageNames) {
        QAction *action = language->addAction(title);
        action->setCheckable(true);
        action->setChecked(code == currentLanguage);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            if (QSettings().value(QStringLiteral("ui/language")).toString() == code)
                return;
            if (code.isEmpty())
                QSettings().remove(QStringLiteral("ui/language"));
            else
                QSettings().setValue(QStringLiteral("ui/language"), code);
            // Window-modal and non-blocking: the menu action returns at once.
            auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                        tr("The new language is used the next time Schemalens "
                                           "starts."),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("LanguageRestartMessage"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Find table or column (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    toolbar->addWidget(m_search);
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_searchHit = -1;
        const bool found = searchDiagram(text);
        m_search->setStyleSheet(found || text.isEmpty() ? QString()
                                                        : QStringLiteral("color: #d13438"));
    });
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { searchDiagram(m_search->text(), true); });
    applyTheme();
}

void MainWindow::applyTheme()
{
    bool dark = m_theme == QLatin1String("dark");
    // Qt 6.4 has no QStyleHints::colorScheme(); the system palette tells the same.
    if (m_theme == QLatin1String("system"))
        dark = QApplication::palette().window().color().lightness() < 128;
    m_scene->setTheme(dark ? render::Theme::dark() : render::Theme::light());
    m_source->setDark(dark);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

} // namespace schemalens::gui
