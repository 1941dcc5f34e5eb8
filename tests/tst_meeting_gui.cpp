// The design review meeting in the window, offscreen: decide on a finding and write notes
// (kept in the review file, found again after a reload, our own write not mistaken for a
// changed migration), a migration that fixes a finding turns its decision into "resolved"
// (removed only on request), presentation mode walked with the keyboard alone (decisions,
// the won't-fix reason, notes, agenda, filter, order, theme, Esc), its screenshots at the
// projector sizes, and the minutes exported from the window.

#include "app/gui/agenda.h"
#include "app/gui/areawidget.h"
#include "app/gui/decisioneditor.h"
#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/findingsdock.h"
#include "app/gui/findingsmodel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/meetingstore.h"
#include "app/gui/noteeditor.h"
#include "app/gui/notemarkers.h"
#include "app/gui/presentation.h"
#include "app/gui/presentationdialogs.h"

#include "guifixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QTranslator>
#include <QTreeView>

using namespace schemalens;
using guitest::waitShown;
using guitest::writeFile;
using review::DecisionStatus;

namespace {

QString shop()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/../../resources/examples/shop");
}

bool copyShop(const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info :
         QDir(shop()).entryInfoList({QStringLiteral("*.sql")}, QDir::Files)) {
        if (!QFile::copy(info.absoluteFilePath(), to + QLatin1Char('/') + info.fileName()))
            return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int findingOf(const gui::MainWindow &window, const QString &rule)
{
    const review::Findings &findings = window.document()->review.findings;
    for (int i = 0; i < findings.size(); ++i) {
        if (findings.at(i).rule == rule)
            return i;
    }
    return -1;
}

int markersOn(gui::MainWindow &window, const QString &table)
{
    int count = 0;
    for (gui::TableItem *item : window.diagramScene()->tableItems()) {
        if (window.diagramScene()->graph().nodes.at(item->node()).name != table)
            continue;
        for (QGraphicsItem *child : item->childItems())
            count += child->type() == gui::NoteMarkerItem::Type;
    }
    return count;
}

// Where most of these tests start: a copy of the shop example (with EXTRA files written into
// it) in a temporary folder, opened in a shown main window.
struct ShopWindow {
    explicit ShopWindow(const QString &name = QStringLiteral("shop"))
        : folder(dir.filePath(name))
    {}

    bool open(const QList<std::pair<QString, QByteArray>> &extra = {})
    {
        if (!copyShop(folder)) {
            qWarning("could not copy the shop example to %s", qPrintable(folder));
            return false;
        }
        for (const auto &[name, bytes] : extra) {
            if (!writeFile(folder + QLatin1Char('/') + name, bytes)) {
                qWarning("could not write %s into the copy", qPrintable(name));
                return false;
            }
        }
        window.show();
        window.openSource(folder);
        if (!waitShown(window)) {
            qWarning("%s was not shown in time", qPrintable(folder));
            return false;
        }
        return true;
    }
    QString reviewFile() const { return folder + QStringLiteral("/.schemalens.json"); }

    QTemporaryDir dir;
    const QString folder;
    gui::MainWindow window;
};

// A presentation of WINDOW's review at SIZE, started at finding INDEX (-1: the agenda's
// first); it deletes itself when closed.
gui::PresentationWindow *present(gui::MainWindow &window, const QSize &size, bool dark, int index)
{
    auto *p = new gui::PresentationWindow(window.document(), window.meeting(), dark);
    p->resize(size);
    p->start(index, false);
    return p;
}

} // namespace

class TstMeetingGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void decideNoteReloadAndFindAgain();
    void wontFixNeedsAReason();
    void fixingMigrationResolvesTheDecision();
    void agendaOrdersAndFilters();
    void presentationWalksWithTheKeyboard();
    void presentationShowsTheLinesOfAFindingWithoutTables();
    void presentationReadableAtProjectorSizes_data();
    void presentationReadableAtProjectorSizes();
    void minutesExport();
    void presentAnotherSource();
};

void TstMeetingGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral("test"));
}

void TstMeetingGui::decideNoteReloadAndFindAgain()
{
    ShopWindow fixture;
    QVERIFY(fixture.open());
    gui::MainWindow &window = fixture.window;
    const QString &folder = fixture.folder;
    const QString reviewFile = fixture.reviewFile();
    QAbstractItemModelTester tester(window.findingsPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    const int soft = findingOf(window, QStringLiteral("soft-fk"));
    QVERIFY(soft >= 0);
    const review::Finding finding = window.document()->review.findings.at(soft);
    window.selectFinding(soft);
    gui::DecisionEditor *editor = window.decisionEditor();
    QCOMPARE(editor->fingerprint(), finding.fingerprint);

    // A decision is written at once; our own write does not reload the source.
    QSignalSpy shown(&window, &gui::MainWindow::documentShown);
    QVERIFY(editor->chooseStatus(DecisionStatus::WillFix));
    QVERIFY(readAll(reviewFile).contains(finding.fingerprint.toLatin1()));
    editor->noteEdit()->setPlainText(QStringLiteral("add the FK in the next release"));
    editor->ownerEdit()->setText(QStringLiteral("ana"));
    QTest::keyClick(editor->ownerEdit(), Qt::Key_Return);
    const QByteArray written = readAll(reviewFile);
    QVERIFY2(written.contains("add the FK in the next release"), written.constData());
    QVERIFY(written.contains("\"owner\": \"ana\""));
    QVERIFY(written.contains("\"rule\": \"soft-fk\""));
    QTest::qWait(1500); // longer than the watcher's 400 ms debounce
    QCOMPARE(shown.count(), 0);

    // The findings list shows it.
    const QModelIndex row = window.findingsPanel()->model()->indexOfFinding(soft);
    QCOMPARE(row.data(gui::FindingsModel::DecisionRole).toString(), QStringLiteral("Will fix"));
    QCOMPARE(row.siblingAtColumn(gui::FindingsModel::DecisionColumn).data().toString(),
             QStringLiteral("Will fix"));

    // A table note and a column note: markers on the diagram, text in the inspector.
    const int reviews = window.diagramScene()->graph().findNode(QStringLiteral("reviews"));
    QVERIFY(reviews >= 0);
    Q_EMIT window.diagramScene()->tableSelected(reviews);
    gui::NoteEditor *notes = window.noteEditor();
    QCOMPARE(notes->currentKey(), QStringLiteral("public.reviews"));
    notes->textEdit()->setPlainText(QStringLiteral("moderation queue; rows are never deleted"));
    QTest::keyClick(notes->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    notes->setCurrentColumn(QStringLiteral("state"));
    QCOMPARE(notes->currentKey(), QStringLiteral("public.reviews.state"));
    notes->textEdit()->setPlainText(QStringLiteral("pending, approved, rejected"));
    QVERIFY(notes->save());
    QCOMPARE(markersOn(window, QStringLiteral("reviews")), 2);
    if (const QString out = qEnvironmentVariable("SCHEMALENS_SCREENSHOT_DIR"); !out.isEmpty()) {
        window.resize(1600, 1000);
        window.selectFinding(soft);
        QTest::qWait(300);
        QVERIFY(window.grab().save(out + QStringLiteral("/meeting-window.png")));
    }
    const auto browsers = window.findChildren<QTextBrowser *>();
    bool inspectorShowsNote = false;
    for (QTextBrowser *b : browsers)
        inspectorShowsNote =
            inspectorShowsNote || b->toPlainText().contains(QLatin1String("moderation queue"));
    QVERIFY(inspectorShowsNote);
    QTest::qWait(800);
    QCOMPARE(shown.count(), 0);

    // Reload: everything is found again, keyed by the finding's fingerprint.
    window.openSource(folder);
    QVERIFY(waitShown(window));
    const int again = findingOf(window, QStringLiteral("soft-fk"));
    QCOMPARE(window.document()->review.findings.at(again).fingerprint, finding.fingerprint);
    // The review itself now carries the decision too.
    QVERIFY(window.document()->review.findings.at(again).decision);
    window.selectFinding(again);
    QCOMPARE(editor->noteEdit()->toPlainText(), QStringLiteral("add the FK in the next release"));
    QCOMPARE(editor->ownerEdit()->text(), QStringLiteral("ana"));
    QCOMPARE(window.meeting()->status(finding.fingerprint), DecisionStatus::WillFix);
    QCOMPARE(markersOn(window, QStringLiteral("reviews")), 2);
    QCOMPARE(markersOn(window, QStringLiteral("orders")), 0);

    // A teammate's change of the review file (git pull) does reload.
    QByteArray changed = readAll(reviewFile);
    changed.replace("\"will-fix\"", "\"fixed\"");
    QVERIFY(writeFile(reviewFile, changed));
    QVERIFY(waitShown(window, 10000));
    QCOMPARE(window.meeting()->status(finding.fingerprint), DecisionStatus::Fixed);
}

void TstMeetingGui::wontFixNeedsAReason()
{
    ShopWindow fixture;
    QVERIFY(fixture.open());
    gui::MainWindow &window = fixture.window;
    const int index = findingOf(window, QStringLiteral("money-as-float"));
    QVERIFY(index >= 0);
    window.selectFinding(index);
    gui::DecisionEditor *editor = window.decisionEditor();
    QVERIFY(!editor->chooseStatus(DecisionStatus::WontFix));
    QVERIFY(!QFileInfo::exists(fixture.reviewFile()));
    QVERIFY(!window.meeting()->lastError().isEmpty());
    editor->noteEdit()->setPlainText(QStringLiteral("prices are estimates here"));
    QVERIFY(editor->chooseStatus(DecisionStatus::WontFix));
    QCOMPARE(
        window.meeting()->decision(window.document()->review.findings.at(index).fingerprint)->note,
        QStringLiteral("prices are estimates here"));
}

void TstMeetingGui::fixingMigrationResolvesTheDecision()
{
    ShopWindow fixture;
    QVERIFY(fixture.open());
    gui::MainWindow &window = fixture.window;
    const QString &folder = fixture.folder;
    const int index = findingOf(window, QStringLiteral("money-as-float"));
    QVERIFY(index >= 0);
    const review::Finding finding = window.document()->review.findings.at(index);
    QVERIFY(window.meeting()->setStatus(finding, DecisionStatus::WillFix));
    QVERIFY(window.meeting()->resolved().isEmpty());

    // The team writes the migration; the folder reloads by itself.
    QVERIFY(writeFile(folder + QStringLiteral("/V4__price_numeric.sql"),
                      "ALTER TABLE products ALTER COLUMN price TYPE numeric(12,2);\n"));
    QVERIFY(waitShown(window, 15000));
    QCOMPARE(findingOf(window, QStringLiteral("money-as-float")), -1);
    const review::Decisions resolved = window.meeting()->resolved();
    QCOMPARE(resolved.keys(), QStringList{finding.fingerprint});
    QCOMPARE(resolved.first().message, finding.message);
    QCOMPARE(window.document()->review.resolvedDecisions.keys(), QStringList{finding.fingerprint});
    bool statusSaysResolved = false;
    for (QLabel *label : window.findChildren<QLabel *>())
        statusSaysResolved =
            statusSaysResolved || label->text().contains(QLatin1String("resolved"));
    QVERIFY(statusSaysResolved);
    // Never lost silently: still in the file until removed on request.
    const QString reviewFile = fixture.reviewFile();
    QVERIFY(readAll(reviewFile).contains(finding.fingerprint.toLatin1()));
    QVERIFY(window.meeting()->removeResolved());
    QVERIFY(!readAll(reviewFile).contains(finding.fingerprint.toLatin1()));
    QVERIFY(window.meeting()->resolved().isEmpty());
}

void TstMeetingGui::agendaOrdersAndFilters()
{
    review::Findings findings;
    auto add = [&](const char *rule, review::Severity severity, const char *table, double rank) {
        review::Finding f;
        f.rule = QString::fromLatin1(rule);
        f.severity = severity;
        f.object.schema = QStringLiteral("public");
        f.object.table = QString::fromLatin1(table);
        f.rank = rank;
        f.fingerprint = QStringLiteral("%1").arg(findings.size(), 24, 10, QLatin1Char('0'));
        findings.append(f);
    };
    add("soft-fk", review::Severity::Warning, "reviews", 5);
    add("money-as-float", review::Severity::Warning, "products", 7);
    add("jsonb-no-gin", review::Severity::Info, "products", 2);
    add("set-null-not-null", review::Severity::Error, "orders", 9);
    const auto none = [](const QString &) { return false; };
    auto order = [](const QList<gui::AgendaItem> &items) {
        QList<int> out;
        for (const gui::AgendaItem &item : items)
            out.append(item.finding);
        return out;
    };
    QCOMPARE(order(gui::buildAgenda(findings, {}, gui::AgendaOrder::Rank, none)),
             (QList<int>{3, 1, 0, 2}));
    const QList<gui::AgendaItem> byTable =
        gui::buildAgenda(findings, {}, gui::AgendaOrder::Table, none);
    QCOMPARE(order(byTable), (QList<int>{3, 1, 2, 0}));
    QCOMPARE(byTable.at(1).group, QStringLiteral("public.products"));
    const QList<gui::AgendaItem> byDomain =
        gui::buildAgenda(findings, {}, gui::AgendaOrder::Domain, none);
    QCOMPARE(byDomain.first().group, gui::familyTitle(QStringLiteral("referential")));
    gui::AgendaFilter filter;
    filter.severities[2] = false;
    filter.tables = {QStringLiteral("prod")};
    QCOMPARE(order(gui::buildAgenda(findings, filter, gui::AgendaOrder::Rank, none)),
             QList<int>{1});
    gui::AgendaFilter undecided;
    undecided.undecidedOnly = true;
    const auto decided = [&](const QString &fp) { return fp == findings.at(3).fingerprint; };
    QCOMPARE(order(gui::buildAgenda(findings, undecided, gui::AgendaOrder::Rank, decided)),
             (QList<int>{1, 0, 2}));
    gui::AgendaFilter types;
    types.families = {QStringLiteral("types")};
    QCOMPARE(order(gui::buildAgenda(findings, types, gui::AgendaOrder::Rank, none)), QList<int>{1});
}

void TstMeetingGui::presentationWalksWithTheKeyboard()
{
    ShopWindow fixture;
    QVERIFY(fixture.open());
    gui::MainWindow &window = fixture.window;
    const review::Findings &findings = window.document()->review.findings;
    QVERIFY(findings.size() >= 4);

    // View ▸ Present, by its own shortcut (F5 stays Reload).
    QAction *present = window.findChild<QAction *>(QStringLiteral("actionPresent"));
    QVERIFY(present && present->isEnabled());
    QCOMPARE(present->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    present->trigger();
    gui::PresentationWindow *p = window.presentation();
    QVERIFY(p);
    QVERIFY(p->isFullScreen());
    QCOMPARE(p->agenda().size(), findings.size());
    QCOMPARE(p->position(), 0);
    QVERIFY(p->progressText().startsWith(QStringLiteral("1 of %1").arg(findings.size())));
    QTRY_VERIFY(p->areaReady());

    // Arrows move; the area follows.
    QTest::keyClick(p, Qt::Key_Right);
    QTest::keyClick(p, Qt::Key_Space);
    QCOMPARE(p->position(), 2);
    QTest::keyClick(p, Qt::Key_Left);
    QCOMPARE(p->position(), 1);
    QTest::keyClick(p, Qt::Key_End);
    QCOMPARE(p->position(), int(p->agenda().size()) - 1);
    QTest::keyClick(p, Qt::Key_Right); // stays at the end
    QCOMPARE(p->position(), int(p->agenda().size()) - 1);
    QTest::keyClick(p, Qt::Key_Home);
    QCOMPARE(p->position(), 0);
    QTRY_VERIFY(p->areaReady());
    auto *area = p->findChild<gui::AreaWidget *>();
    QVERIFY(area);
    const review::Finding &first = findings.at(p->currentFinding());
    if (!first.object.table.isEmpty()) {
        QVERIFY(area->hasDiagram());
        QVERIFY(!area->diagram()->centre.isEmpty());
    }

    // 2: will fix.
    QTest::keyClick(p, Qt::Key_2);
    QCOMPARE(window.meeting()->status(first.fingerprint), DecisionStatus::WillFix);
    QVERIFY(p->progressText().contains(QLatin1String("1 decided")));
    // 3: won't fix asks for the reason first.
    QTest::keyClick(p, Qt::Key_Right);
    const review::Finding &second = findings.at(p->currentFinding());
    QTest::keyClick(p, Qt::Key_3);
    auto *reason = p->findChild<gui::NoteDialog *>();
    QVERIFY(reason && reason->isVisible());
    QCOMPARE(window.meeting()->status(second.fingerprint), DecisionStatus::Open);
    QTest::keyClicks(reason->noteEdit(), QStringLiteral("legacy import, owned by billing"));
    QTest::keyClick(reason->noteEdit(), Qt::Key_Tab);
    QTest::keyClicks(reason->ownerEdit(), QStringLiteral("bo"));
    QTest::keyClick(reason->ownerEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!p->findChild<gui::NoteDialog *>());
    QCOMPARE(window.meeting()->status(second.fingerprint), DecisionStatus::WontFix);
    QCOMPARE(window.meeting()->decision(second.fingerprint)->owner, QStringLiteral("bo"));
    // N: a note on the next one, status unchanged (open, with a note).
    QTest::keyClick(p, Qt::Key_Right);
    const review::Finding &third = findings.at(p->currentFinding());
    QTest::keyClick(p, Qt::Key_N);
    auto *note = p->findChild<gui::NoteDialog *>();
    QVERIFY(note);
    QTest::keyClicks(note->noteEdit(), QStringLiteral("ask the data team"));
    QTest::keyClick(note->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!p->findChild<gui::NoteDialog *>());
    QCOMPARE(window.meeting()->decision(third.fingerprint)->note,
             QStringLiteral("ask the data team"));
    QTest::keyClick(p, Qt::Key_5);
    QCOMPARE(window.meeting()->status(third.fingerprint), DecisionStatus::Discuss);
    QCOMPARE(window.meeting()->decision(third.fingerprint)->note,
             QStringLiteral("ask the data team"));
    // Esc in a dialog cancels it, not the presentation.
    QTest::keyClick(p, Qt::Key_N);
    note = p->findChild<gui::NoteDialog *>();
    QVERIFY(note);
    QTest::keyClick(note->noteEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!p->findChild<gui::NoteDialog *>());
    QVERIFY(p->isVisible());

    // A: the agenda; Down and Enter jump.
    QTest::keyClick(p, Qt::Key_A);
    auto *agenda = p->findChild<gui::AgendaDialog *>();
    QVERIFY(agenda);
    QCOMPARE(agenda->list()->count(), p->agenda().size());
    QVERIFY(agenda->list()->item(0)->text().contains(QLatin1String("[Will fix]")));
    QTest::keyClick(agenda->list(), Qt::Key_Home);
    QTest::keyClick(agenda->list(), Qt::Key_Down);
    QTest::keyClick(agenda->list(), Qt::Key_Return);
    QTRY_VERIFY(!p->findChild<gui::AgendaDialog *>());
    QCOMPARE(p->position(), 1);

    // F: only undecided findings.
    QTest::keyClick(p, Qt::Key_F);
    auto *filter = p->findChild<gui::FilterDialog *>();
    QVERIFY(filter);
    QCheckBox *undecided = nullptr;
    for (QCheckBox *box : filter->findChildren<QCheckBox *>()) {
        if (box->text().contains(QLatin1String("Undecided")))
            undecided = box;
    }
    QVERIFY(undecided);
    undecided->setFocus();
    QTest::keyClick(undecided, Qt::Key_Space);
    QVERIFY(undecided->isChecked());
    QTest::keyClick(filter, Qt::Key_Return, Qt::ControlModifier);
    if (p->findChild<gui::FilterDialog *>())
        filter->accept(); // Ctrl+Enter is not a dialog default on every style
    QTRY_VERIFY(!p->findChild<gui::FilterDialog *>());
    QCOMPARE(p->agenda().size(), findings.size() - 3);
    QVERIFY(p->filter().undecidedOnly);

    // O orders by table, T switches to dark.
    QTest::keyClick(p, Qt::Key_O);
    QCOMPARE(p->order(), gui::AgendaOrder::Table);
    const bool wasDark = p->isDark();
    QTest::keyClick(p, Qt::Key_T);
    QCOMPARE(p->isDark(), !wasDark);

    // Esc leaves; the window selects the finding that was on screen.
    const int onScreen = p->currentFinding();
    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY(!window.presentation());
    const QModelIndex current = window.findingsPanel()->view()->currentIndex();
    QCOMPARE(current.data(gui::FindingsModel::FindingIndexRole).toInt(), onScreen);
    // Everything decided is in the review file.
    const QByteArray file = readAll(fixture.reviewFile());
    for (const review::Finding *f : {&first, &second, &third})
        QVERIFY(file.contains(f->fingerprint.toLatin1()));
}

void TstMeetingGui::presentationShowsTheLinesOfAFindingWithoutTables()
{
    // A statement that does not parse is about a migration, not a table: the step shows the
    // migration's lines around it instead of a diagram.
    ShopWindow fixture(QStringLiteral("broken"));
    QVERIFY(fixture.open({{QStringLiteral("V4__audit.sql"),
                           "-- the audit trail\nCREATE TABLE audit (\n    id bigint PRIMARY KEY,\n"
                           "    happened_at timestamptz NOT NULL,\n);\n"}}));
    gui::MainWindow &window = fixture.window;
    const int index = findingOf(window, QStringLiteral("parse-error"));
    QVERIFY(index >= 0);
    auto *p = present(window, QSize(1920, 1080), false, index);
    QVERIFY(QTest::qWaitForWindowExposed(p));
    QCOMPARE(p->currentFinding(), index);
    QVERIFY(p->areaReady());
    auto *area = p->findChild<gui::AreaWidget *>();
    QVERIFY(!area->hasDiagram());
    QVERIFY(area->hasExcerpt());
    const QString out = qEnvironmentVariable("SCHEMALENS_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        QVERIFY(p->grab().save(out + QStringLiteral("/presentation-excerpt.png")));
        QTest::keyClick(p, Qt::Key_A);
        auto *agenda = p->findChild<gui::AgendaDialog *>();
        QVERIFY(agenda);
        QVERIFY(QTest::qWaitForWindowExposed(agenda));
        QVERIFY(agenda->grab().save(out + QStringLiteral("/presentation-agenda.png")));
        agenda->reject();
        QTest::keyClick(p, Qt::Key_3);
        auto *reason = p->findChild<gui::NoteDialog *>();
        QVERIFY(reason);
        QVERIFY(QTest::qWaitForWindowExposed(reason));
        QVERIFY(reason->grab().save(out + QStringLiteral("/presentation-reason.png")));
        reason->reject();
    }
    // The filter's check boxes are sized for the room, in the boxes and in the list of rule
    // families: the style's own ~14 px indicators vanish next to 30 px type.
    QTest::keyClick(p, Qt::Key_F);
    auto *filter = p->findChild<gui::FilterDialog *>();
    QVERIFY(filter);
    QVERIFY(QTest::qWaitForWindowExposed(filter));
    auto *severity = filter->findChild<QCheckBox *>();
    QVERIFY(severity);
    QVERIFY2(severity->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, severity) >=
                 severity->fontMetrics().height() * 7 / 10,
             qPrintable(QString::number(severity->fontMetrics().height())));
    auto *families = filter->findChild<QListWidget *>();
    QVERIFY(families);
    QVERIFY(families->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, families) >=
            families->fontMetrics().height() * 7 / 10);
    if (!out.isEmpty())
        QVERIFY(filter->grab().save(out + QStringLiteral("/presentation-filter.png")));
    filter->reject();
    p->close();
}

void TstMeetingGui::presentationReadableAtProjectorSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::newRow("1920x1080 light") << QSize(1920, 1080) << false;
    QTest::newRow("1920x1080 dark") << QSize(1920, 1080) << true;
    QTest::newRow("1280x720 light") << QSize(1280, 720) << false;
    QTest::newRow("1280x720 dark") << QSize(1280, 720) << true;
}

void TstMeetingGui::presentationReadableAtProjectorSizes()
{
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    ShopWindow fixture;
    QVERIFY(fixture.open());
    gui::MainWindow &window = fixture.window;
    // The finding the screenshots show: a foreign key with its neighbourhood, decided.
    const int index = findingOf(window, QStringLiteral("soft-fk"));
    QVERIFY(index >= 0);
    const review::Finding &f = window.document()->review.findings.at(index);
    QVERIFY(window.meeting()->decide(f, DecisionStatus::Discuss,
                                     QStringLiteral("Is a review by a deleted customer kept? "
                                                    "Decide with support before adding the FK."),
                                     QStringLiteral("ana")));
    auto *p = present(window, size, dark, index);
    QVERIFY(QTest::qWaitForWindowExposed(p));
    QCOMPARE(p->currentFinding(), index);
    QTRY_VERIFY(p->areaReady());
    QTest::qWait(50);
    const QImage shot = p->grab().toImage();
    QCOMPARE(shot.size(), size);
    // Type a room can read: the finding's message at least 24 px on 1080 lines, 16 on 720.
    QLabel *message = nullptr;
    for (QLabel *label : p->findChildren<QLabel *>()) {
        if (QString(label->text()).remove(QChar(0x200b)) == f.message) // break opportunities
            message = label;
    }
    QVERIFY(message);
    QVERIFY2(message->font().pixelSize() >= size.height() / 45,
             qPrintable(QString::number(message->font().pixelSize())));
    // Nothing of the step is cut off: every label fits the panel.
    for (QLabel *label : p->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QRect r = label->geometry();
        QVERIFY2(label->height() >= label->heightForWidth(label->width()) - 1 || !label->wordWrap(),
                 qPrintable(label->text()));
        QVERIFY(r.bottom() <= label->parentWidget()->height());
    }
    // The key line wraps (longer words in German, a narrow screen) only between its items,
    // never inside "3 Won't fix" or "light/dark".
    auto *keys = p->findChild<QLabel *>(QStringLiteral("PresentationKeys"));
    QVERIFY(keys);
    QTextDocument keyLine;
    keyLine.setDefaultFont(keys->font());
    keyLine.setHtml(keys->text());
    keyLine.setTextWidth(size.width() / 6.0); // a few items a line
    QVERIFY(keyLine.size().height() > 0);     // lays the text out
    const QString plain = keyLine.toPlainText();
    int lines = 0;
    for (QTextBlock block = keyLine.begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int start = block.position() + layout->lineAt(i).textStart();
            QVERIFY2(start > 0 && plain.at(start - 1) == QLatin1Char(' '),
                     qPrintable(plain.mid(std::max(0, start - 12), 24)));
        }
        lines += layout->lineCount();
    }
    QVERIFY(lines > 2);
    const QString out = qEnvironmentVariable("SCHEMALENS_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(shot.save(QStringLiteral("%1/presentation-%2x%3-%4.png")
                              .arg(out)
                              .arg(size.width())
                              .arg(size.height())
                              .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))));
    p->close();
}

void TstMeetingGui::minutesExport()
{
    ShopWindow fixture;
    QVERIFY(fixture.open());
    gui::MainWindow &window = fixture.window;
    const int soft = findingOf(window, QStringLiteral("soft-fk"));
    const int money = findingOf(window, QStringLiteral("money-as-float"));
    const review::Findings &findings = window.document()->review.findings;
    QVERIFY(window.meeting()->decide(findings.at(soft), DecisionStatus::Discuss,
                                     QStringLiteral("keep reviews of deleted customers?"),
                                     QStringLiteral("ana")));
    QVERIFY(window.meeting()->decide(findings.at(money), DecisionStatus::WillFix, QString(),
                                     QStringLiteral("bo")));
    QVERIFY(window.meeting()->setNote(QStringLiteral("public.orders"),
                                      QStringLiteral("partition by month next year")));
    QAction *action = window.findChild<QAction *>(QStringLiteral("actionExportMinutes"));
    QVERIFY(action && action->isEnabled());

    QSignalSpy exported(&window, &gui::MainWindow::minutesExported);
    const QString markdown = fixture.dir.filePath(QStringLiteral("minutes.md"));
    window.exportMinutesTo(markdown);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    const QByteArray md = readAll(markdown);
    QVERIFY(md.startsWith("# Design review: shop"));
    QVERIFY(md.contains("## Open questions (1)"));
    QVERIFY(md.contains("keep reviews of deleted customers?"));
    QVERIFY(md.contains("owner: bo"));
    QVERIFY(md.contains("partition by month next year"));

    const QString html = fixture.dir.filePath(QStringLiteral("minutes.html"));
    window.exportMinutesTo(html);
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.at(1).at(1).toString(), QString());
    const QByteArray page = readAll(html);
    QCOMPARE(page.count("data:image/svg+xml;base64,"), 2);
    // Each picture is a real SVG of the finding's tables.
    const qsizetype start = page.indexOf("data:image/svg+xml;base64,") + 26;
    const QByteArray svg =
        QByteArray::fromBase64(page.mid(start, page.indexOf('"', start) - start));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(svg.contains(">reviews<") || svg.contains(">products<"));
}

// For looking at presentation mode on a real schema by hand:
// SCHEMALENS_PRESENT_SOURCE=path SCHEMALENS_SCREENSHOT_DIR=dir tst_meeting_gui presentAnotherSource
// writes the first steps of its agenda at 1920x1080 (light) and 1280x720 (dark);
// SCHEMALENS_QM=build/app/gui/schemalens_de.qm shows them translated.
void TstMeetingGui::presentAnotherSource()
{
    const QString source = qEnvironmentVariable("SCHEMALENS_PRESENT_SOURCE");
    const QString out = qEnvironmentVariable("SCHEMALENS_SCREENSHOT_DIR");
    if (source.isEmpty() || out.isEmpty())
        QSKIP("set SCHEMALENS_PRESENT_SOURCE and SCHEMALENS_SCREENSHOT_DIR to run this");
    QTranslator translator;
    if (const QString qm = qEnvironmentVariable("SCHEMALENS_QM"); !qm.isEmpty()) {
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
    }
    gui::MainWindow window;
    window.show();
    window.openSource(source);
    QVERIFY(waitShown(window, 300000));
    const QString name = QFileInfo(source).fileName();
    for (const auto &[size, dark] :
         {std::pair{QSize(1920, 1080), false}, std::pair{QSize(1280, 720), true}}) {
        auto *p = present(window, size, dark, -1);
        QVERIFY(QTest::qWaitForWindowExposed(p));
        const int steps = std::min(6, int(p->agenda().size()));
        for (int i = 0; i < steps; ++i) {
            p->goTo(i);
            QTRY_VERIFY_WITH_TIMEOUT(p->areaReady(), 30000);
            QVERIFY(p->grab().save(QStringLiteral("%1/%2-%3x%4-%5.png")
                                       .arg(out, name)
                                       .arg(size.width())
                                       .arg(size.height())
                                       .arg(i + 1)));
        }
        p->close();
    }
}

QTEST_MAIN(TstMeetingGui)
#include "tst_meeting_gui.moc"
