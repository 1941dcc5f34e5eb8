// Translations: translations/schemalens_de.ts holds exactly the messages lupdate finds in the
// sources, every one finished with matching placeholders; the German .qm built by lrelease
// turns the main window's menus and core texts (rule titles) German; the Language menu stores
// the choice for the next start.

#include "app/gui/connectiondialog.h"
#include "app/gui/exportdialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/opensourcedialog.h"
#include "core/load/loader.h"
#include "core/review/engine.h"
#include "core/review/rule.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace schemalens;

namespace {

const QString sourceDir = QStringLiteral(SCHEMALENS_SOURCE_DIR);

struct TsMessage {
    QStringList forms; // one, or one per numerus form
    bool finished = false;
    bool numerus = false;
};

// Key: context + '\x1f' + source + '\x1f' + disambiguation comment.
using TsMessages = QMap<QString, TsMessage>;

bool readTs(const QString &path, TsMessages &out, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                message = TsMessage{};
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                // "vanished"/"obsolete" entries are messages the sources no longer have.
                message.finished = type.isEmpty();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    message.forms = {QStringLiteral("<obsolete>")};
                else if (!message.numerus)
                    message.forms = {xml.readElementText()};
            } else if (name == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert(context + QChar(0x1f) + source + QChar(0x1f) + comment, message);
        }
    }
    if (xml.hasError())
        error = xml.errorString();
    return !xml.hasError();
}

QString lupdatePath()
{
    // Debian/Ubuntu keep lupdate in Qt's private bin folder, not on PATH (PLATFORM.md §7).
    const QStringList candidates = {
        QStringLiteral("/usr/lib/qt6/bin/lupdate"),
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
        QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + QStringLiteral("/lupdate")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

// The same file set qt_add_translations scans (app/gui/CMakeLists.txt).
QStringList translatedSources()
{
    QStringList files;
    const QList<std::pair<QString, QDirIterator::IteratorFlags>> roots = {
        {QStringLiteral("core"), QDirIterator::Subdirectories},
        {QStringLiteral("app/gui"), QDirIterator::NoIteratorFlags},
        {QStringLiteral("app/cli"), QDirIterator::NoIteratorFlags},
        {QStringLiteral("app/layoutworker"), QDirIterator::NoIteratorFlags}};
    for (const auto &[dir, flags] : roots) {
        QDirIterator it(sourceDir + QLatin1Char('/') + dir,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, flags);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

QString keyText(const QString &key)
{
    const QStringList parts = key.split(QChar(0x1f));
    return QStringLiteral("[%1] \"%2\"").arg(parts.value(0), parts.value(1).left(80));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tsMatchesTheSources();
    void translationsAreFinishedAndKeepPlaceholders();
    void mainWindowIsGerman();
    void findingsAreGerman();
    void germanWindowHasNoEnglishLeft();
    void languageMenuStoresTheChoice();

private:
    TsMessages m_committed;
};

void TstTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep QSettings out of the user's files
    QSettings().remove(QStringLiteral("ui/language"));
    QString error;
    QVERIFY2(
        readTs(sourceDir + QStringLiteral("/translations/schemalens_de.ts"), m_committed, error),
        qPrintable(error));
    QVERIFY(m_committed.size() > 500);
}

void TstTranslations::tsMatchesTheSources()
{
    const QString lupdate = lupdatePath();
    if (lupdate.isEmpty())
        QSKIP("lupdate not found (install qt6-l10n-tools / qt6-tools-dev-tools); "
              "cannot check that translations/schemalens_de.ts is up to date");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QStringList sources = translatedSources();
    QVERIFY(sources.size() > 100);
    QFile list(tmp.filePath(QStringLiteral("sources.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(QLatin1Char('\n')).toUtf8());
    list.close();

    // The options match qt_add_translations' LUPDATE_OPTIONS and INCLUDE_DIRECTORIES.
    const QString fresh = tmp.filePath(QStringLiteral("schemalens_de.ts"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"),
                            QStringLiteral("none"), QStringLiteral("-I"), sourceDir,
                            QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), fresh});
    QVERIFY2(process.waitForFinished(300000), "lupdate did not finish");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAll().constData());

    TsMessages scanned;
    QString error;
    QVERIFY2(readTs(fresh, scanned, error), qPrintable(error));
    QVERIFY(scanned.size() > 500);

    QStringList problems;
    for (auto it = scanned.cbegin(); it != scanned.cend(); ++it) {
        if (!m_committed.contains(it.key()))
            problems.append(QStringLiteral("not in the .ts: ") + keyText(it.key()));
    }
    for (auto it = m_committed.cbegin(); it != m_committed.cend(); ++it) {
        if (!scanned.contains(it.key()))
            problems.append(QStringLiteral("no longer in the sources: ") + keyText(it.key()));
    }
    if (!problems.isEmpty()) {
        problems.prepend(
            QStringLiteral(
                "translations/schemalens_de.ts is stale: run `cmake --build <build> --target "
                "update_translations`, translate the new messages (translations/ts_tool.py status) "
                "and rebuild. %1 difference(s):")
                .arg(problems.size()));
        QFAIL(qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    }
}

void TstTranslations::translationsAreFinishedAndKeepPlaceholders()
{
    QStringList problems;
    for (auto it = m_committed.cbegin(); it != m_committed.cend(); ++it) {
        const QString source = it.key().split(QChar(0x1f)).value(1);
        const TsMessage &message = it.value();
        if (!message.finished || message.forms.isEmpty() || message.forms.contains(QString())) {
            problems.append(QStringLiteral("unfinished: ") + keyText(it.key()));
            continue;
        }
        // German has two plural forms (one, other).
        if (message.numerus && message.forms.size() != 2)
            problems.append(QStringLiteral("needs 2 plural forms: ") + keyText(it.key()));
        for (const QString &form : message.forms) {
            if (placeholders(form) != placeholders(source))
                problems.append(QStringLiteral("placeholders differ: ") + keyText(it.key()));
            if (form.endsWith(QLatin1Char('\n')) != source.endsWith(QLatin1Char('\n')))
                problems.append(QStringLiteral("trailing newline differs: ") + keyText(it.key()));
            if (form.count(QLatin1Char('&')) != source.count(QLatin1Char('&')))
                problems.append(QStringLiteral("accelerator (&) count differs: ") +
                                keyText(it.key()));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TstTranslations::mainWindowIsGerman()
{
    // The .qm lrelease built for the app (embedded there at :/i18n/schemalens_de.qm).
    QTranslator translator;
    QVERIFY2(translator.load(QLocale(QLocale::German, QLocale::Germany),
                             QStringLiteral("schemalens"), QStringLiteral("_"),
                             QStringLiteral(SCHEMALENS_QM_DIR)),
             SCHEMALENS_QM_DIR "/schemalens_de.qm does not load");
    QVERIFY(QCoreApplication::installTranslator(&translator));

    {
        gui::MainWindow window;
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u',')));
        QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(menus.contains(QStringLiteral("&Ansicht")));
        QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
        auto *language = window.findChild<QMenu *>(QStringLiteral("LanguageMenu"));
        QVERIFY(language);
        QCOMPARE(language->title(), QStringLiteral("Sp&rache"));
    }

    // Core texts shown in the window: a rule title (context "review") and a "gui" string.
    QCOMPARE(QCoreApplication::translate("gui", "Errors"), QStringLiteral("Fehler"));
    const review::Rule *rule = review::findRule(QStringLiteral("table-no-pk"));
    QVERIFY(rule);
    QCOMPARE(rule->info.title, QStringLiteral("Tabelle ohne Primärschlüssel"));

    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("gui", "Errors"), QStringLiteral("Errors"));
}

// Every finding message of the bundled example comes out in German (fixes are SQL): the
// contexts the code translates in are the ones lupdate wrote (a file-local helper once sent
// three quarters of the core strings to contexts no lookup used).
void TstTranslations::findingsAreGerman()
{
    auto loaded =
        load::loadSource(QStringLiteral(SCHEMALENS_SOURCE_DIR "/resources/examples/shop"));
    QVERIFY(loaded);
    const review::ReviewResult english = review::runReview(loaded.value());
    QVERIFY(english.findings.size() >= 5);

    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany),
                            QStringLiteral("schemalens"), QStringLiteral("_"),
                            QStringLiteral(SCHEMALENS_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const review::ReviewResult german = review::runReview(loaded.value());
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(german.findings.size(), english.findings.size());
    QStringList untranslated;
    for (qsizetype i = 0; i < german.findings.size(); ++i) {
        const review::Finding &de = german.findings.at(i);
        const review::Finding &en = english.findings.at(i);
        QCOMPARE(de.fingerprint, en.fingerprint); // the same finding, only the words change
        if (de.message == en.message)
            untranslated.append(de.rule + QStringLiteral(": ") + de.message);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

namespace {

// Every text a user reads in WIDGET and its children: actions and their shortcuts, labels,
// buttons, dock titles, placeholders, combo items, tree headers and top-level rows.
QStringList visibleTexts(QWidget *widget)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append(text);
    };
    QList<QAction *> actions = widget->findChildren<QAction *>();
    for (QAction *action : std::as_const(actions)) {
        if (action->isSeparator())
            continue;
        add(action->text());
        for (const QKeySequence &key : action->shortcuts())
            add(key.toString(QKeySequence::NativeText));
    }
    for (QLabel *label : widget->findChildren<QLabel *>())
        add(label->text());
    for (QAbstractButton *button : widget->findChildren<QAbstractButton *>()) {
        add(button->text());
        add(button->toolTip());
    }
    for (QDockWidget *dock : widget->findChildren<QDockWidget *>())
        add(dock->windowTitle());
    for (QLineEdit *edit : widget->findChildren<QLineEdit *>())
        add(edit->placeholderText());
    for (QComboBox *combo : widget->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            add(combo->itemText(i));
    }
    for (QTreeView *tree : widget->findChildren<QTreeView *>()) {
        QAbstractItemModel *model = tree->model();
        if (!model)
            continue;
        for (int c = 0; c < model->columnCount(); ++c)
            add(model->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < model->rowCount(); ++r)
            add(model->index(r, 0).data().toString());
    }
    if (auto *window = qobject_cast<QMainWindow *>(widget))
        for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
            add(label->text());
    return texts;
}

// English words that have no business in the German window (names of formats, dialects and
// SQL keywords in capitals are fine, and are not in this list).
QStringList englishIn(const QStringList &texts)
{
    static const QRegularExpression english(QStringLiteral(
        "\\b(Cancel|Ctrl|Shift|Open|Close|Show|Hide|Zoom|Reload|Find|Browse|Back|Forward|"
        "Copy|tables?|findings?|warnings?|errors?|infos?|unique|not null|loaded|reviewed|"
        "problems?|files?|the|and|with|of|or|by|Whole|Visible|Light|Dark|Source Files)\\b"));
    // Not words of the window: file paths and names, language names in their own language.
    static const QRegularExpression exempt(
        QStringLiteral("^(/|&English$|English$|&Deutsch$|.*\\.sql$)"));
    QStringList found;
    for (const QString &text : texts) {
        if (exempt.match(text).hasMatch())
            continue;
        const QRegularExpressionMatch match = english.match(text);
        if (match.hasMatch())
            found.append(QStringLiteral("\"%1\" in \"%2\"").arg(match.captured(1), text));
    }
    found.removeDuplicates();
    return found;
}

} // namespace

// The German window, with a document open and its dialogs, shows no English word: every
// string reachable is translated, plural forms included, and Qt's own words (dialog buttons,
// key names) come from a translation too.
void TstTranslations::germanWindowHasNoEnglishLeft()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany),
                            QStringLiteral("schemalens"), QStringLiteral("_"),
                            QStringLiteral(SCHEMALENS_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QStringList texts;
    {
        gui::MainWindow window;
        window.show();
        QSignalSpy shown(&window, &gui::MainWindow::documentShown);
        window.openExample();
        QVERIFY(shown.wait(60000));
        texts << visibleTexts(&window);
        gui::ExportDialog exportDialog(window.diagramScene(), window.diagramView(),
                                       QStringLiteral("shop"));
        exportDialog.setFindings(&window.document()->review.findings);
        texts << visibleTexts(&exportDialog);
        gui::ConnectionDialog connection;
        texts << visibleTexts(&connection);
        gui::OpenSourceDialog open;
        texts << visibleTexts(&open);
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(texts.size() > 100);
    const QStringList english = englishIn(texts);
    QVERIFY2(english.isEmpty(), qPrintable(english.mid(0, 40).join(QLatin1Char('\n'))));
}

void TstTranslations::languageMenuStoresTheChoice()
{
    gui::MainWindow window;
    auto *language = window.findChild<QMenu *>(QStringLiteral("LanguageMenu"));
    QVERIFY(language);
    const QList<QAction *> actions = language->actions();
    QCOMPARE(actions.size(), 3);
    QVERIFY(actions.at(0)->isChecked()); // nothing stored: follows the system

    actions.at(2)->trigger(); // Deutsch
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QVERIFY(actions.at(2)->isChecked());
    auto *message = window.findChild<QMessageBox *>(QStringLiteral("LanguageRestartMessage"));
    QVERIFY2(message, "no message that the language changes on restart");
    QVERIFY(message->isVisible());
    message->close();

    actions.at(0)->trigger(); // back to the system language
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
