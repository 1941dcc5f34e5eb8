// schemalens: the desktop application.
//   schemalens [SOURCE] [--dialect pg|sqlite] [--order LIST] [--example]
//              [--screenshot FILE [--zoom PERCENT]]
//              [--at MIGRATION | --compare OTHER]

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/mainwindow.h"
#include "app/gui/sourceoptions.h"
#include "app/gui/timelinecontroller.h"
#include "app/gui/timelinedock.h"
#include "core/load/migrationpoint.h"
#include "core/load/orderlist.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <algorithm>

using namespace schemalens;

namespace {

// The UI language follows the system locale unless the settings name one ("de", "en").
void installTranslators(QCoreApplication &app)
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

// The options, declared once for both the window and the runs that need no display.
struct Options {
    QCommandLineOption dialect{QStringLiteral("dialect"),
                               QCoreApplication::translate("gui", "Force the SQL dialect."),
                               QStringLiteral("pg|sqlite")};
    QCommandLineOption order{
        QStringLiteral("order"),
        QCoreApplication::translate("gui", "Apply these migrations first, in this order "
                                           "(comma-separated paths, or @FILE)."),
        QStringLiteral("LIST")};
    QCommandLineOption example{QStringLiteral("example"),
                               QCoreApplication::translate("gui", "Open the bundled example.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("gui",
                                    "Render the window with SOURCE loaded to FILE (PNG) and exit."),
        QStringLiteral("FILE")};
    QCommandLineOption zoom{QStringLiteral("zoom"),
                            QCoreApplication::translate(
                                "gui", "With --screenshot: show the diagram at PERCENT, around the "
                                       "table with the most findings."),
                            QStringLiteral("PERCENT")};
    QCommandLineOption at{
        QStringLiteral("at"),
        QCoreApplication::translate("gui", "Open the Timeline at MIGRATION: the schema after it, "
                                           "marked with what it changed."),
        QStringLiteral("MIGRATION")};
    QCommandLineOption compare{
        QStringLiteral("compare"),
        QCoreApplication::translate("gui", "Compare SOURCE with OTHER (a folder, a file or a "
                                           "database) on the diagram."),
        QStringLiteral("OTHER")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("gui", "Explore and review database schemas."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            QStringLiteral("source"),
            QCoreApplication::translate("gui", "Migration folder, schema file, SQLite database or "
                                               "postgresql:// connection to open."),
            QStringLiteral("[SOURCE]"));
        parser.addOptions({dialect, order, example, screenshot, zoom, at, compare});
    }
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("Schemalens"));
    QCoreApplication::setOrganizationName(QStringLiteral("Schemalens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMALENS_VERSION));
}

// A window needs a display: X11, Wayland, or a platform chosen explicitly (offscreen).
bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

// Without a display the window cannot open. --help and --version are answered; otherwise the
// review the window would show is printed by schemalens-cli (installed next to this program),
// with a word on how to see the window.
int runWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    installTranslators(app);
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app); // --help and --version print and exit here

    QTextStream err(stderr);
    QString source = parser.positionalArguments().value(0);
    if (source.isEmpty() || parser.isSet(options.example))
        source = gui::MainWindow::examplePath();
    const QString cli =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("schemalens-cli"));
    err << QCoreApplication::translate(
        "gui", "schemalens: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), "
               "so the window cannot open. This is the review it would show:\n");
    err.flush();
    int exitCode = 2;
    if (!source.isEmpty() && QFileInfo::exists(cli)) {
        QStringList arguments = {QStringLiteral("review"), source};
        if (parser.isSet(options.dialect))
            arguments << QStringLiteral("--dialect") << parser.value(options.dialect);
        QProcess review;
        review.setProcessChannelMode(QProcess::ForwardedChannels);
        review.start(cli, arguments);
        review.waitForFinished(-1);
        exitCode = review.exitStatus() == QProcess::NormalExit ? review.exitCode() : 2;
    } else {
        err << QCoreApplication::translate("gui", "schemalens: %1 is missing.\n").arg(cli);
    }
    err << QCoreApplication::translate(
               "gui", "\nTo see the window, run this on a desktop, or under a virtual display:\n"
                      "  xvfb-run -a %1 --screenshot schemalens.png %2\n")
               .arg(QCoreApplication::applicationFilePath(),
                    source.isEmpty() ? QStringLiteral("--example") : source);
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    // --screenshot renders without a screen; anything else without a display (and --help,
    // --version) is answered before a QApplication, which would abort without one.
    bool screenshotRequested = false;
    for (int i = 1; i < argc; ++i)
        screenshotRequested = screenshotRequested || QByteArray(argv[i]) == "--screenshot" ||
                              QByteArray(argv[i]).startsWith("--screenshot=");
    if (!displayAvailable() && screenshotRequested)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else if (!displayAvailable() || asksForHelpOrVersion(argc, argv))
        return runWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("io.github.schemalens.Schemalens"));
    installTranslators(app);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &screenshot = options.screenshot;
    const QCommandLineOption &zoom = options.zoom;
    const QCommandLineOption &at = options.at;
    const QCommandLineOption &compare = options.compare;

    gui::SourceOptions sourceOptions;
    if (parser.isSet(options.order)) {
        const Result<QStringList> order = load::parseOrderList(parser.value(options.order));
        if (!order) {
            QTextStream(stderr) << "schemalens: " << order.error().message << '\n';
            return 2;
        }
        sourceOptions.order = order.value();
    }
    sourceOptions.dialect = parser.value(options.dialect);
    if (!sourceOptions.dialect.isEmpty() && sourceOptions.dialect != QLatin1String("pg") &&
        sourceOptions.dialect != QLatin1String("sqlite")) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "gui", "schemalens: unknown dialect '%1' (use pg or sqlite)\n")
                                   .arg(sourceOptions.dialect);
        return 2;
    }

    gui::MainWindow window;
    window.show();

    QString source = parser.positionalArguments().value(0);
    if (parser.isSet(options.example))
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
                window.diagramView()->revealRect(centre);
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
    if (!source.isEmpty()) {
        // Options given here are this source's from now on; none given: the remembered ones.
        if (parser.isSet(options.order) || parser.isSet(options.dialect))
            window.openSource(source, sourceOptions);
        else
            window.openSource(source);
    }
    return app.exec();
}
