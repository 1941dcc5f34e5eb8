// schemalens: the desktop application.
//   schemalens [SOURCE] [--dialect pg|sqlite] [--example] [--screenshot FILE [--zoom PERCENT]]
//              [--at MIGRATION | --compare OTHER]

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelinecontroller.h"
#include "app/gui/timelinedock.h"
#include "core/load/migrationpoint.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <algorithm>

using namespace schemalens;

namespace {

// The UI language follows the system locale unless the settings name one ("de", "en").
void installTranslators(QApplication &app)
{
    const QString configured = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = configured.isEmpty() ? QLocale::system() : QLocale(configured);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("schemalens"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Schemalens"));
    QApplication::setOrganizationName(QStringLiteral("Schemalens"));
    QApplication::setApplicationVersion(QStringLiteral(SCHEMALENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.schemalens.Schemalens"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("gui", "Explore and review database schemas."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("source"),
        QApplication::translate("gui", "Migration folder, schema file, SQLite database or "
                                       "postgresql:// connection to open."),
        QStringLiteral("[SOURCE]"));
    const QCommandLineOption dialect(QStringLiteral("dialect"),
                                     QApplication::translate("gui", "Force the SQL dialect."),
                                     QStringLiteral("pg|sqlite"));
    const QCommandLineOption example(QStringLiteral("example"),
                                     QApplication::translate("gui", "Open the bundled example."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("gui",
                                "Render the window with SOURCE loaded to FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption zoom(
        QStringLiteral("zoom"),
        QApplication::translate("gui", "With --screenshot: show the diagram at PERCENT, around the "
                                       "table with the most findings."),
        QStringLiteral("PERCENT"));
    const QCommandLineOption at(
        QStringLiteral("at"),
        QApplication::translate("gui", "Open the Timeline at MIGRATION: the schema after it, "
                                       "marked with what it changed."),
        QStringLiteral("MIGRATION"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QApplication::translate("gui", "Compare SOURCE with OTHER (a folder, a file or a "
                                       "database) on the diagram."),
        QStringLiteral("OTHER"));
    parser.addOptions({dialect, example, screenshot, zoom, at, compare});
    parser.process(app);

    gui::MainWindow window;
    window.show();

    QString source = parser.positionalArguments().value(0);
    if (parser.isSet(example))
        source = gui::MainWindow::examplePath();

    // --at and --compare act once the source is on screen (and before a --screenshot).
    bool comparing = false;
    if (parser.isSet(at) || parser.isSet(compare)) {
        const QString point = parser.value(at);
        const QString other = parser.value(compare);
        comparing = !other.isEmpty();
        auto *once = new QObject(&window);
        QObject::connect(
            &window, &gui::MainWindow::documentShown, once, [&window, once, point, other] {
                once->deleteLater();
                gui::TimelineDock *dock = window.timelineDock();
                if (!window.document())
                    return;
                dock->show();
                dock->raise();
                if (!other.isEmpty()) {
                    dock->compareWith(other);
                    return;
                }
                const Result<int> count =
                    load::resolveMigrationPoint(window.document()->loaded.source, point);
                if (count && count.value() > 0)
                    dock->selectMigration(count.value() - 1);
                else
                    qWarning().noquote() << (count ? QStringLiteral("--at: #0 has no migration")
                                                   : count.error().toString());
            });
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const double percent = parser.value(zoom).toDouble();
        const bool stepping = parser.isSet(at);
        // Zooms in (around what the Timeline marked, else the table with the most findings:
        // the part a reviewer looks at), lets the scene paint once, and grabs the window.
        const auto frame = [&window, file, percent] {
            if (percent > 0) {
                const gui::DiagramScene *scene = window.diagramScene();
                QRectF centre = scene->diagramRect();
                QList<QRectF> marked;
                qsizetype most = -1;
                for (const gui::TableItem *item : scene->tableItems()) {
                    if (item->state().diff != render::DiffMark::None)
                        marked.append(item->sceneBoundingRect());
                    const qsizetype count =
                        scene->graph().nodes.at(item->node()).marks.messages.size();
                    if (count > most) {
                        most = count;
                        centre = item->sceneBoundingRect();
                    }
                }
                window.diagramView()->zoomTo(percent / 100);
                // The marked table with the most other marked tables within a view around it.
                const QSizeF view = window.diagramView()
                                        ->mapToScene(window.diagramView()->viewport()->rect())
                                        .boundingRect()
                                        .size();
                qsizetype best = -1;
                for (const QRectF &box : std::as_const(marked)) {
                    const QRectF around(box.center() - QPointF(view.width(), view.height()) / 2,
                                        view);
                    const auto near =
                        std::count_if(marked.cbegin(), marked.cend(),
                                      [&](const QRectF &r) { return around.contains(r.center()); });
                    if (near > best) {
                        best = near;
                        centre = box;
                    }
                }
                window.diagramView()->centerOn(centre.center());
            }
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(
            &window, &gui::MainWindow::documentShown, &app, [&window, frame, comparing, stepping] {
                // A comparison loads its other source first; a step waits for
                // the list's one-line summaries.
                gui::TimelineDock *dock = window.timelineDock();
                if (comparing) {
                    QObject::connect(dock, &gui::TimelineDock::comparisonShown, &window, frame);
                    QObject::connect(dock, &gui::TimelineDock::comparisonFailed, &window, frame);
                } else if (stepping && dock->controller()->isActive()) {
                    QObject::connect(dock, &gui::TimelineDock::changesSummarized, &window, frame);
                } else {
                    frame();
                }
            });
        if (source.isEmpty())
            QTimer::singleShot(300, &window, [&window] { Q_EMIT window.documentShown(); });
    }
    if (!source.isEmpty())
        window.openSource(source, parser.value(dialect));
    return app.exec();
}
