// Packaging: the desktop entry and AppStream metadata validate with the distributions' own
// tools (skipped where they are not installed), agree with each other and with the project
// version, and `cmake --install` lays out the tree the .deb is built from, with the layout
// worker next to the application and the example where MainWindow::examplePath looks.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TstPackaging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void desktopFileValidates();
    void metainfoValidates();
    void metadataAgrees();
    void installTree();

private:
    static QString sourceDir()
    {
        return QDir::cleanPath(QStringLiteral(SCHEMALENS_TEST_DATA "/../.."));
    }
    static QString packagingFile(const QString &name)
    {
        return sourceDir() + QStringLiteral("/packaging/") + name;
    }
    static QString desktopFile()
    {
        return packagingFile(QStringLiteral("io.github.schemalens.Schemalens.desktop"));
    }
    static QString metainfoFile()
    {
        return packagingFile(QStringLiteral("io.github.schemalens.Schemalens.metainfo.xml"));
    }
    struct Run {
        int exitCode = -1;
        QString output;
    };
    static Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
};

TstPackaging::Run TstPackaging::run(const QString &program, const QStringList &arguments,
                                    int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        result.output = process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

void TstPackaging::desktopFileValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (desktop-file-utils)");
    const Run result = run(tool, {desktopFile()});
    // It exits 0 with hints only; any "error:" or "warning:" line is a problem to fix.
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QVERIFY2(!result.output.contains(QLatin1String("error:")) &&
                 !result.output.contains(QLatin1String("warning:")),
             qPrintable(result.output));
}

void TstPackaging::metainfoValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (appstream)");
    const Run result = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                  QStringLiteral("--pedantic"), metainfoFile()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
}

void TstPackaging::metadataAgrees()
{
    // Desktop entry keys.
    QFile desktop(desktopFile());
    QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QString> keys;
    for (const QByteArray &line : desktop.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            keys.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    const QString id = QStringLiteral("io.github.schemalens.Schemalens");
    QCOMPARE(keys.value(QStringLiteral("Icon")), id);
    QVERIFY(
        QFileInfo::exists(packagingFile(QStringLiteral("icons/") + id + QStringLiteral(".svg"))));
    QVERIFY(keys.value(QStringLiteral("Exec")).startsWith(QLatin1String("schemalens ")));

    // AppStream: the id, the launchable and the newest release.
    QFile metainfo(metainfoFile());
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QString componentId;
    QString launchable;
    QString newestRelease;
    QStringList binaries;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("id"))
            componentId = xml.readElementText();
        else if (xml.name() == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (xml.name() == QLatin1String("binary"))
            binaries << xml.readElementText();
        else if (xml.name() == QLatin1String("release") && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(componentId, id);
    QCOMPARE(launchable, id + QStringLiteral(".desktop"));
    QVERIFY(binaries.contains(QStringLiteral("schemalens")));
    QVERIFY(binaries.contains(QStringLiteral("schemalens-cli")));

    // The newest release is the version the build (and the .deb) carries.
    QFile cmake(sourceDir() + QStringLiteral("/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly | QIODevice::Text));
    const QRegularExpressionMatch version =
        QRegularExpression(QStringLiteral(R"(project\(\s*Schemalens\s+VERSION\s+([0-9.]+))"))
            .match(QString::fromUtf8(cmake.readAll()));
    QVERIFY(version.hasMatch());
    QCOMPARE(newestRelease, version.captured(1));
}

void TstPackaging::installTree()
{
    // The build tree this test binary lives in: <build>/bin/tst_packaging.
    const QDir build(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
    if (!QFileInfo::exists(build.filePath(QStringLiteral("cmake_install.cmake"))))
        QSKIP("not run from a CMake build tree");
    for (const char *target : {"schemalens", "schemalens-cli", "schemalens-layout-worker"}) {
        if (!QFileInfo::exists(build.filePath(QStringLiteral("bin/") + QLatin1String(target))))
            QSKIP("the applications are not built in this tree");
    }
    const QString cmake = QStandardPaths::findExecutable(QStringLiteral("cmake"));
    if (cmake.isEmpty())
        QSKIP("cmake is not on PATH");
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const Run install = run(cmake, {QStringLiteral("--install"), build.absolutePath(),
                                    QStringLiteral("--prefix"), prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));

    const QDir root(prefix.path());
    const QStringList expected = {
        QStringLiteral("bin/schemalens"),
        QStringLiteral("bin/schemalens-cli"),
        QStringLiteral("bin/schemalens-layout-worker"),
        QStringLiteral("share/applications/io.github.schemalens.Schemalens.desktop"),
        QStringLiteral("share/metainfo/io.github.schemalens.Schemalens.metainfo.xml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/io.github.schemalens.Schemalens.svg"),
        QStringLiteral("share/schemalens/examples/shop/V1__customers_and_orders.sql"),
        QStringLiteral("share/schemalens/examples/shop/V2__products.sql"),
        QStringLiteral("share/schemalens/examples/shop/V3__reviews.sql"),
    };
    for (const QString &path : expected)
        QVERIFY2(QFileInfo::exists(root.filePath(path)), qPrintable(path));
    for (const char *binary : {"schemalens", "schemalens-cli", "schemalens-layout-worker"})
        QVERIFY(QFileInfo(root.filePath(QStringLiteral("bin/") + QLatin1String(binary)))
                    .isExecutable());

    // The installed CLI reviews the installed example (exit 1: it has findings) and exports
    // it, laying out in the installed worker.
    const QString cli = root.filePath(QStringLiteral("bin/schemalens-cli"));
    const QString example = root.filePath(QStringLiteral("share/schemalens/examples/shop"));
    const Run review = run(cli, {QStringLiteral("review"), example});
    QVERIFY2(review.exitCode == 0 || review.exitCode == 1, qPrintable(review.output));
    QVERIFY2(review.output.contains(QLatin1String("products.price")), qPrintable(review.output));
    const QString svg = prefix.filePath(QStringLiteral("shop.svg"));
    const Run exported = run(cli, {QStringLiteral("export"), example, QStringLiteral("-o"), svg});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.output));
    QVERIFY(QFileInfo(svg).size() > 1000);
}

QTEST_MAIN(TstPackaging)
#include "tst_packaging.moc"
