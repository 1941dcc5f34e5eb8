// schemalens: the desktop application.
//   schemalens [SOURCE] [--dialect pg|sqlite] [--example] [--screenshot FILE [--zoom PERCENT]]

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

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
    parser.addOptions({dialect, example, screenshot, zoom});
    parser.process(app);

    gui::MainWindow window;
    window.show();

    QString source = parser.positionalArguments().value(0);
    if (parser.isSet(example))
        source = gui::MainWindow::examplePath();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const double percent = parser.value(zoom).toDouble();
        QObject::connect(&window, &gui::MainWindow::documentShown, &app, [&window, file, percent] {
            if (percent > 0) {
                // Around the table with the most findings: the part a reviewer looks at.
                const gui::DiagramScene *scene = window.diagramScene();
                QRectF centre = scene->diagramRect();
                qsizetype most = -1;
                for (const gui::TableItem *item : scene->tableItems()) {
                    const qsizetype count =
                        scene->graph().nodes.at(item->node()).marks.messages.size();
                    if (count > most) {
                        most = count;
                        centre = item->sceneBoundingRect();
                    }
                }
                window.diagramView()->zoomTo(percent / 100);
                window.diagramView()->centerOn(centre.center());
            }
            // Let the layout settle and paint once before grabbing.
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
        if (source.isEmpty())
            QTimer::singleShot(300, &window, [&window] { Q_EMIT window.documentShown(); });
    }
    if (!source.isEmpty())
        window.openSource(source, parser.value(dialect));
    return app.exec();
}
