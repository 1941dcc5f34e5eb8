// MainWindow: what the window says about the source itself — the Source Files dock (problems,
// files not applied with their reason, files applied), the banner over the diagram when a
// source loads with problems, and the status bar's dialect switch (remembered per source).

#include "app/gui/findingsdock.h"
#include "app/gui/mainwindow.h"
#include "app/gui/problembanner.h"
#include "app/gui/sourcepanel.h"
#include "core/load/live/connstring.h"

#include "core/util/plural.h"

#include <QDockWidget>

#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace schemalens::gui {

QWidget *MainWindow::createCentralArea()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ProblemBanner;
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    return central;
}

void MainWindow::createSourceWidgets()
{
    m_sourcePanel = new SourcePanel;
    m_sourcePanelDock = new QDockWidget(tr("Source Files"), this);
    m_sourcePanelDock->setObjectName(QStringLiteral("SourceFilesDock"));
    m_sourcePanelDock->setWidget(m_sourcePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcePanelDock);
    tabifyDockWidget(m_findingsDock, m_sourcePanelDock);
    m_findingsDock->raise();
    connect(m_sourcePanel, &SourcePanel::openLocation, this, &MainWindow::openLocation);
    connect(m_banner, &ProblemBanner::showProblems, this, [this] {
        m_sourcePanelDock->show();
        m_sourcePanelDock->raise();
        m_sourcePanel->expandProblems();
    });

    m_dialectButton = new QToolButton;
    m_dialectButton->setObjectName(QStringLiteral("DialectButton"));
    m_dialectButton->setAutoRaise(true);
    m_dialectButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_dialectButton);
    const QList<std::pair<QString, QString>> choices = {
        {QStringLiteral("pg"), tr("Read as &PostgreSQL")},
        {QStringLiteral("sqlite"), tr("Read as &SQLite")},
        {QString(), tr("&Detect Automatically")}};
    for (const auto &[dialect, title] : choices) {
        QAction *action = menu->addAction(title);
        action->setData(dialect);
        connect(action, &QAction::triggered, this,
                [this, dialect = dialect] { reopenWithDialect(dialect); });
    }
    m_dialectButton->setMenu(menu);
    m_dialectButton->setVisible(false);
    statusBar()->addPermanentWidget(m_dialectButton);
}

void MainWindow::showSourceState()
{
    const load::LoadResult &loaded = m_document->loaded;
    m_sourcePanel->setSource(loaded);
    const int problems = SourcePanel::problemCount(loaded);
    const bool empty = loaded.schema.tables.isEmpty();
    const auto isError = [](const load::Diagnostic &d) {
        return d.severity == load::Diagnostic::Severity::Error;
    };
    const bool errors =
        std::any_of(loaded.diagnostics.cbegin(), loaded.diagnostics.cend(), isError) ||
        std::any_of(loaded.source.diagnostics.cbegin(), loaded.source.diagnostics.cend(), isError);
    if (problems > 0 || empty) {
        QString text;
        if (empty)
            text = tr("<b>No tables were loaded from this source.</b> ");
        if (problems > 0)
            text += plural(tr("%n problem(s) while loading: %1.", nullptr, problems), problems)
                        .arg(SourcePanel::problemSummary(loaded).toHtmlEscaped());
        else if (!loaded.source.skipped.isEmpty())
            text +=
                plural(tr("%n file(s) not applied.", nullptr, int(loaded.source.skipped.size())),
                       int(loaded.source.skipped.size()));
        m_banner->showMessage(text, empty || errors);
    } else {
        m_banner->hide();
    }

    // The dialect switch: a live database's dialect is a fact, not a choice.
    const bool live = load::live::isConnectionString(m_document->source) ||
                      m_document->source.startsWith(QLatin1String("sqlite:"));
    const load::Dialect dialect = loaded.source.dialect;
    m_dialectButton->setVisible(!live && dialect != load::Dialect::Unknown);
    m_dialectButton->setText(dialect == load::Dialect::SQLite ? QStringLiteral("SQLite")
                                                              : QStringLiteral("PostgreSQL"));
    const QString how = m_sourceOptions.dialect.isEmpty()
                            ? tr("detected: %1").arg(loaded.source.dialectEvidence)
                            : tr("chosen for this source");
    m_dialectButton->setToolTip(tr("SQL dialect (%1). Click to read the source as another "
                                   "dialect; the choice is remembered for this source.")
                                    .arg(how));
    for (QAction *action : m_dialectButton->menu()->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == m_sourceOptions.dialect);
    }
}

void MainWindow::clearSourceState()
{
    m_sourcePanel->clear();
    m_banner->hide();
    m_dialectButton->setVisible(false);
}

void MainWindow::reopenWithDialect(const QString &dialect)
{
    if (m_sourceText.isEmpty())
        return;
    SourceOptions options = m_sourceOptions;
    options.dialect = dialect;
    openSource(m_sourceText, options);
}

} // namespace schemalens::gui
