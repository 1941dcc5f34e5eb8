// diagram-shot SOURCE... [--columns all|keys|names] [--theme light|dark] [--size WxH]
//              [--out DIR] [--generate N]
// Opens each SOURCE in the desktop window (offscreen), waits until its diagram is laid out
// and shown at fit, and saves the window as DIR/<source>-<columns>-<theme>.png: the
// screenshots of issue 19, looked at by hand. --generate N writes a generated schema of N
// tables into a temporary folder and adds it as a source.

#include "../generatedschema.h"
#include "app/gui/diagramcontroller.h"
#include "app/gui/diagramview.h"
#include "app/gui/mainwindow.h"
#include "core/graph/columnmode.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Schemalens"));
    QApplication::setOrganizationName(QStringLiteral("Schemalens"));
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString columns = QStringLiteral("all"), theme = QStringLiteral("light"),
            out = QStringLiteral(".");
    QSize size(1600, 1000);
    QStringList sources;
    QTemporaryDir generated;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i), next = args.value(i + 1);
        if (a == QLatin1String("--columns")) {
            columns = next;
            ++i;
        } else if (a == QLatin1String("--theme")) {
            theme = next;
            ++i;
        } else if (a == QLatin1String("--out")) {
            out = next;
            ++i;
        } else if (a == QLatin1String("--size")) {
            size = QSize(next.section(QLatin1Char('x'), 0, 0).toInt(),
                         next.section(QLatin1Char('x'), 1, 1).toInt());
            ++i;
        } else if (a == QLatin1String("--generate")) {
            const QString folder = generated.filePath(QStringLiteral("generated-%1").arg(next));
            QDir().mkpath(folder);
            testing::writeGeneratedMigrations(folder, next.toInt());
            sources << folder;
            ++i;
        } else {
            sources << a;
        }
    }
    QSettings().setValue(QStringLiteral("ui/theme"), theme);
    QSettings().setValue(QStringLiteral("diagram/columns"), columns);
    QDir().mkpath(out);
    int failures = 0;
    for (const QString &source : sources) {
        gui::MainWindow window;
        window.resize(size);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qWarning("window not exposed");
        QSignalSpy shown(&window, &gui::MainWindow::documentShown);
        window.openSource(source);
        if (!shown.wait(600000)) {
            qWarning("%s: not shown", qPrintable(source));
            ++failures;
            continue;
        }
        QTest::qWait(400); // the minimap renders in an event of its own
        const QString name = QFileInfo(source).fileName();
        const QString file =
            QDir(out).filePath(QStringLiteral("%1-%2-%3.png").arg(name, columns, theme));
        if (!window.grab().save(file, "PNG"))
            ++failures;
        std::printf("%s zoom %.3f\n", qPrintable(file), window.diagramView()->zoom());
    }
    return failures ? 1 : 0;
}
