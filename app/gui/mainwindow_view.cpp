// MainWindow: the View menu and toolbar — zoom, legend, minimap, findings overlay, theme,
// focus on a table's neighbourhood, hiding tables, and the diagram search box.

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/documentloader.h"
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
#include <QStyle>
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
    // Views and what they read: a choice kept across sessions; the diagram is built anew.
    QAction *views = m_viewMenu->addAction(tr("Show &Views"));
    views->setCheckable(true);
    views->setChecked(QSettings().value(QStringLiteral("view/showViews"), true).toBool());
    m_loader->setShowViews(views->isChecked());
    connect(views, &QAction::toggled, this, [this](bool show) {
        QSettings().setValue(QStringLiteral("view/showViews"), show);
        m_loader->setShowViews(show);
        reload();
    });
    QAction *legend = m_viewMenu->addAction(tr("&Legend"));
    legend->setCheckable(true);
    legend->setChecked(true);
    connect(legend, &QAction::toggled, m_view, &DiagramView::setLegendVisible);
    QAction *minimap = m_viewMenu->addAction(tr("&Overview Map"));
    minimap->setCheckable(true);
    minimap->setChecked(true);
    connect(minimap, &QAction::toggled, m_view, &DiagramView::setMinimapVisible);
    m_viewMenu->addSeparator();

    // Focusing fits the view to the neighbourhood; showing everything fits the whole again.
    QAction *focus1 = m_viewMenu->addAction(tr("Focus on &Neighbours"), this, [this] {
        m_scene->setFocus(selectedNode(m_scene), 1);
        m_view->fitAll();
    });
    focus1->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *focus2 = m_viewMenu->addAction(tr("Focus on Two &Hops"), this, [this] {
        m_scene->setFocus(selectedNode(m_scene), 2);
        m_view->fitAll();
    });
    focus2->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *unfocus = m_viewMenu->addAction(tr("Show &Whole Diagram"), this, [this] {
        m_scene->setFocus(-1, 0);
        m_scene->showAllTables();
        m_view->fitAll();
    });
    unfocus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    QAction *hide = m_viewMenu->addAction(tr("&Hide Selected Table"), this, [this] {
        const int node = selectedNode(m_scene);
        if (node >= 0)
            m_scene->setTableHidden(node, true);
    });
    hide->setShortcut(QKeySequence(Qt::Key_H));
    // The hidden tables, each restored on its own, and all at once.
    QMenu *hidden = m_viewMenu->addMenu(tr("Hidden &Tables"));
    hidden->setObjectName(QStringLiteral("HiddenTablesMenu"));
    connect(hidden, &QMenu::aboutToShow, this, [this, hidden] {
        hidden->clear();
        const QList<int> nodes = m_scene->hiddenTables();
        for (int node : nodes) {
            const graph::TableNode &table = m_scene->graph().nodes.at(node);
            hidden->addAction(table.id, this, [this, node] {
                m_scene->setTableHidden(node, false);
                m_scene->clearSelection();
                m_scene->tableItems().at(node)->setSelected(true);
                m_view->centreOnRect(m_scene->tableItems().at(node)->sceneBoundingRect());
            });
        }
        if (nodes.isEmpty()) {
            hidden->addAction(tr("No table is hidden"))->setEnabled(false);
        } else {
            hidden->addSeparator();
            hidden->addAction(tr("Show &All Hidden Tables"), this, [this] {
                m_scene->showAllTables();
                m_view->fitAll();
            });
        }
    });
    m_diagramActions << zoomIn << zoomOut << fit << findings << focus1 << focus2 << unfocus << hide;
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

namespace {

// The palette the desktop gave the application, before any explicit choice replaced it.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

// A dark palette for the whole window when Dark is chosen on a light desktop, so that docks,
// menus and the findings list match the diagram instead of framing it in white.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2f, 0x6f, 0xb3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(140));
    p.setColor(QPalette::Midlight, window.lighter(120));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool isDark(const QPalette &palette)
{
    return palette.window().color().lightness() < 128;
}

} // namespace

void MainWindow::applyTheme()
{
    if (m_applyingTheme)
        return;
    m_applyingTheme = true;
    // Qt 6.4 has no QStyleHints::colorScheme(); the system palette tells the same. Until an
    // explicit choice replaced it, the current palette is the desktop's, and may have changed.
    static bool overridden = false;
    const bool systemDark = isDark(overridden ? systemPalette() : QApplication::palette());
    const bool dark =
        m_theme == QLatin1String("system") ? systemDark : m_theme == QLatin1String("dark");
    // The window follows the choice too; the desktop's own palette when it already agrees.
    QPalette wanted = systemPalette();
    if (dark != systemDark)
        wanted = dark ? darkPalette() : QApplication::style()->standardPalette();
    if (!overridden && dark == systemDark)
        wanted = QApplication::palette();
    if (QApplication::palette() != wanted) {
        (void)systemPalette(); // keep the desktop's palette before replacing it
        overridden = true;
        QApplication::setPalette(wanted);
    }
    m_scene->setTheme(dark ? render::Theme::dark() : render::Theme::light());
    m_source->setDark(dark);
    m_applyingTheme = false;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

} // namespace schemalens::gui
