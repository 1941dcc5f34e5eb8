// The review file (.schemalens.json) in core: its writer (byte-for-byte round trip, only
// changed entries rewritten, sorted inserts in the file's own indentation, never losing an
// entry it cannot read, atomic saves) and where a source's review file lives (live
// connections keyed without their password). Reading decisions: tst_decisions.cpp.

#include "core/review/decisions.h"
#include "core/review/reviewfile.h"
#include "tests/decisiontest.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;
using namespace decisiontest;

namespace {

review::ReviewFile fileOf(const QByteArray &bytes)
{
    Result<review::ReviewFile> file = review::ReviewFile::fromBytes(bytes, QStringLiteral("x"));
    if (!file)
        qFatal("fixture does not parse: %s", qPrintable(file.error().toString()));
    return std::move(file).value();
}

QByteArray bytesOf(const review::ReviewFile &file)
{
    Result<QByteArray> bytes = file.toBytes();
    if (!bytes)
        qFatal("toBytes failed: %s", qPrintable(bytes.error().toString()));
    return bytes.value();
}

} // namespace

class TstReviewFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void addToFileWithoutDecisions();
    void newFileIsCanonical();
    void changeRewritesOnlyThatEntry();
    void insertKeepsSortOrderAndIndentation();
    void removeFirstMiddleLastAndOnly();
    void unreadableEntriesSurviveEdits();
    void notesAddChangeRemove();
    void duplicateKeysEditTheCopyThatIsRead();
    void randomEditsReadBackExactly();
    void refusesToRewriteWhatItCannotRead();
    void saveWritesAtomicallyAndRereads();
    void reviewFileLocations();
    void connectionKeyDropsPassword_data();
    void connectionKeyDropsPassword();
};

void TstReviewFile::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("canonical") << QByteArray(R"({
  "decisions": {
    "0123456789abcdef01234567": {
      "status": "wont-fix",
      "note": "owned by billing",
      "owner": "ana",
      "date": "2026-12-07"
    }
  },
  "notes": {
    "public.orders": "the heart of it"
  }
}
)");
    QTest::newRow("hand-written, one line") << QByteArray(
        R"({"rules":{"wide-table":false},"decisions":{"0123456789abcdef01234567":{"note":"x","status":"fixed"}}})");
    QTest::newRow("tabs, CRLF, unicode, escapes")
        << QByteArray("{\r\n\t\"comment\": \"Prüfung \\u00e9 \\\"quoted\\\"\",\r\n\t\"notes\": "
                      "{\"public.t\": \"línea\\nzwei\"}\r\n}\r\n");
    QTest::newRow("malformed entries") << QByteArray(R"({ "decisions": { "zz": 1,
        "0123456789abcdef01234567": { "status": "nope" } }, "notes": { "a.b": [] } })");
    QTest::newRow("no decisions") << QByteArray("{ \"ignoreTables\": [\"audit_*\"] }\n");
}

void TstReviewFile::roundTripIsByteIdentical()
{
    QFETCH(QByteArray, bytes);
    review::ReviewFile file = fileOf(bytes);
    QVERIFY(!file.isModified());
    QCOMPARE(bytesOf(file), bytes);
    // Setting what is already there changes nothing either.
    const review::Decisions decisions = file.decisions();
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
        file.setDecision(it.key(), it.value());
    const review::Notes notes = file.notes();
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        file.setNote(it.key(), it.value());
    QVERIFY(!file.isModified());
    QCOMPARE(bytesOf(file), bytes);
}

void TstReviewFile::addToFileWithoutDecisions()
{
    const QByteArray before = "{\n    \"rules\": {\n        \"wide-table\": false\n    }\n}\n";
    review::ReviewFile file = fileOf(before);
    file.setDecision(fpA, decision(DecisionStatus::WillFix, {}, QStringLiteral("ana")));
    const QByteArray expected = "{\n    \"rules\": {\n        \"wide-table\": false\n    },\n"
                                "    \"decisions\": {\n"
                                "        \"0123456789abcdef01234567\": {\n"
                                "            \"status\": \"will-fix\",\n"
                                "            \"owner\": \"ana\"\n"
                                "        }\n"
                                "    }\n}\n";
    QCOMPARE(bytesOf(file), expected);
}

void TstReviewFile::newFileIsCanonical()
{
    review::ReviewFile file = review::ReviewFile::empty(QStringLiteral("x"));
    file.setNote(QStringLiteral("public.orders"), QStringLiteral("say \"hi\"\nthen go"));
    file.setDecision(fpB, decision(DecisionStatus::Discuss));
    Decision wont = decision(DecisionStatus::WontFix, QStringLiteral("legacy"),
                             QStringLiteral("bo"), QStringLiteral("2026-12-07"));
    wont.rule = QStringLiteral("soft-fk");
    wont.message = QStringLiteral("reviews.customer_id looks like a reference");
    file.setDecision(fpA, wont);
    const QByteArray expected = R"({
  "decisions": {
    "0123456789abcdef01234567": {
      "status": "wont-fix",
      "note": "legacy",
      "owner": "bo",
      "date": "2026-12-07",
      "rule": "soft-fk",
      "message": "reviews.customer_id looks like a reference"
    },
    "1111111111111111aaaaaaaa": {
      "status": "discuss"
    }
  },
  "notes": {
    "public.orders": "say \"hi\"\nthen go"
  }
}
)";
    QCOMPARE(bytesOf(file), expected);
    const review::ReviewFile reread = fileOf(expected);
    QCOMPARE(reread.decisions(), file.decisions());
    QCOMPARE(reread.notes(), file.notes());
}

void TstReviewFile::changeRewritesOnlyThatEntry()
{
    const QByteArray before = R"({
  "comment": "kept",
  "decisions": {
    "0123456789abcdef01234567": {"status": "fixed", "note": "in V7"},
    "1111111111111111aaaaaaaa": { "status": "discuss" },
    "2222222222222222bbbbbbbb": {"status":"will-fix"}
  }
}
)";
    review::ReviewFile file = fileOf(before);
    file.setDecision(fpB, decision(DecisionStatus::WontFix, QStringLiteral("by design")));
    const QByteArray after = bytesOf(file);
    const QByteArray expected = R"({
  "comment": "kept",
  "decisions": {
    "0123456789abcdef01234567": {"status": "fixed", "note": "in V7"},
    "1111111111111111aaaaaaaa": {
      "status": "wont-fix",
      "note": "by design"
    },
    "2222222222222222bbbbbbbb": {"status":"will-fix"}
  }
}
)";
    QCOMPARE(after, expected);
}

void TstReviewFile::insertKeepsSortOrderAndIndentation()
{
    const QByteArray before = "{\n\t\"decisions\": {\n\t\t\"1111111111111111aaaaaaaa\": {\n"
                              "\t\t\t\"status\": \"fixed\"\n\t\t}\n\t}\n}\n";
    review::ReviewFile file = fileOf(before);
    file.setDecision(fpD, decision(DecisionStatus::Discuss));
    file.setDecision(fpA, decision(DecisionStatus::Fixed));
    file.setDecision(fpC, decision(DecisionStatus::WillFix));
    const QByteArray expected =
        "{\n\t\"decisions\": {\n"
        "\t\t\"0123456789abcdef01234567\": {\n\t\t\t\"status\": \"fixed\"\n\t\t},\n"
        "\t\t\"1111111111111111aaaaaaaa\": {\n\t\t\t\"status\": \"fixed\"\n\t\t},\n"
        "\t\t\"2222222222222222bbbbbbbb\": {\n\t\t\t\"status\": \"will-fix\"\n\t\t},\n"
        "\t\t\"3333333333333333cccccccc\": {\n\t\t\t\"status\": \"discuss\"\n\t\t}\n"
        "\t}\n}\n";
    QCOMPARE(bytesOf(file), expected);
}

void TstReviewFile::removeFirstMiddleLastAndOnly()
{
    const QByteArray before = R"({
  "decisions": {
    "0123456789abcdef01234567": { "status": "fixed" },
    "1111111111111111aaaaaaaa": { "status": "discuss" },
    "2222222222222222bbbbbbbb": { "status": "will-fix" }
  },
  "notes": { "public.a": "x" }
}
)";
    struct Case {
        QStringList remove;
        QByteArray decisions;
    };
    const QList<Case> cases = {
        {{fpA},
         R"({
    "1111111111111111aaaaaaaa": { "status": "discuss" },
    "2222222222222222bbbbbbbb": { "status": "will-fix" }
  })"},
        {{fpB},
         R"({
    "0123456789abcdef01234567": { "status": "fixed" },
    "2222222222222222bbbbbbbb": { "status": "will-fix" }
  })"},
        {{fpC},
         R"({
    "0123456789abcdef01234567": { "status": "fixed" },
    "1111111111111111aaaaaaaa": { "status": "discuss" }
  })"},
        {{fpA, fpB},
         R"({
    "2222222222222222bbbbbbbb": { "status": "will-fix" }
  })"},
        {{fpA, fpB, fpC}, "{}"},
    };
    for (const Case &c : cases) {
        review::ReviewFile file = fileOf(before);
        for (const QString &fp : c.remove)
            file.removeDecision(fp);
        QByteArray expected = before;
        const qsizetype open = expected.indexOf("\"decisions\": ") + 13;
        const qsizetype close = expected.indexOf("\n  },") + 4;
        expected.replace(open, close - open, c.decisions);
        QCOMPARE(bytesOf(file), expected);
    }
}

void TstReviewFile::unreadableEntriesSurviveEdits()
{
    const QByteArray before = R"({
  "decisions": {
    "0123456789abcdef01234567": { "status": "later" },
    "1111111111111111aaaaaaaa": { "status": "fixed" },
    "oops": true
  }
}
)";
    review::ReviewFile file = fileOf(before);
    QCOMPARE(file.decisions().keys(), QStringList{fpB});
    file.removeDecision(fpB);
    file.setDecision(fpC, decision(DecisionStatus::Discuss));
    const QByteArray after = bytesOf(file);
    QVERIFY2(after.contains(R"("0123456789abcdef01234567": { "status": "later" })"),
             after.constData());
    QVERIFY(after.contains(R"("oops": true)"));
    QVERIFY(!after.contains(fpB.toLatin1()));
    // Deciding the unreadable one anew replaces it.
    file.setDecision(fpA, decision(DecisionStatus::Fixed));
    const QByteArray replaced = bytesOf(file);
    QVERIFY(!replaced.contains("later"));
    QCOMPARE(fileOf(replaced).decisions().value(fpA).status, DecisionStatus::Fixed);
}

void TstReviewFile::notesAddChangeRemove()
{
    const QByteArray before = "{\n  \"notes\": {\n    \"public.b\": \"bee\"\n  }\n}\n";
    review::ReviewFile file = fileOf(before);
    file.setNote(QStringLiteral("public.a"), QStringLiteral("ay"));
    file.setNote(QStringLiteral("public.c.x"), QStringLiteral("sea"));
    QCOMPARE(bytesOf(file), QByteArray("{\n  \"notes\": {\n    \"public.a\": \"ay\",\n"
                                       "    \"public.b\": \"bee\",\n"
                                       "    \"public.c.x\": \"sea\"\n  }\n}\n"));
    file.setNote(QStringLiteral("public.b"), QString());
    file.setNote(QStringLiteral("public.a"), QStringLiteral("AY"));
    QCOMPARE(bytesOf(file), QByteArray("{\n  \"notes\": {\n    \"public.a\": \"AY\",\n"
                                       "    \"public.c.x\": \"sea\"\n  }\n}\n"));
}

void TstReviewFile::duplicateKeysEditTheCopyThatIsRead()
{
    // A merge can leave a key twice; a JSON reader keeps the last copy, so that is the one an
    // edit must change (found by the decisions fuzzer: the note was written into the first
    // "notes" and lost on reading).
    const QByteArray before = "{\n  \"notes\": {\"public.a\": \"old\"},\n"
                              "  \"notes\": {\"public.b\": \"bee\"}\n}\n";
    review::ReviewFile file = fileOf(before);
    QCOMPARE(file.note(QStringLiteral("public.b")), QStringLiteral("bee"));
    file.setNote(QStringLiteral("public.c"), QStringLiteral("sea"));
    const QByteArray after = bytesOf(file);
    QVERIFY2(after.startsWith("{\n  \"notes\": {\"public.a\": \"old\"},\n"), after.constData());
    const review::ReviewFile reread = fileOf(after);
    QCOMPARE(reread.note(QStringLiteral("public.b")), QStringLiteral("bee"));
    QCOMPARE(reread.note(QStringLiteral("public.c")), QStringLiteral("sea"));
}

void TstReviewFile::randomEditsReadBackExactly()
{
    // Whatever sequence of edits, the written file reads back as exactly the edited state,
    // and the keys that were never touched keep their bytes.
    QRandomGenerator random(20261207);
    const QStringList fingerprints = {fpA,
                                      fpB,
                                      fpC,
                                      fpD,
                                      QStringLiteral("4444444444444444dddddddd"),
                                      QStringLiteral("5555555555555555eeeeeeee")};
    const QStringList noteKeys = {QStringLiteral("public.a"), QStringLiteral("public.a.x"),
                                  QStringLiteral("s.t"), QStringLiteral("z.z")};
    const QList<QByteArray> starts = {
        QByteArray(), "{}", "{ \"rules\": { \"wide-table\": false } }",
        "{\n  \"decisions\": {},\n  \"notes\": {}\n}\n",
        "{\"decisions\":{\"1111111111111111aaaaaaaa\":{\"status\":\"fixed\"}},\"comment\":1}"};
    for (int round = 0; round < 300; ++round) {
        const QByteArray start = starts.at(round % starts.size());
        review::ReviewFile file =
            start.isEmpty() ? review::ReviewFile::empty(QStringLiteral("x")) : fileOf(start);
        for (int step = 0; step < 6; ++step) {
            const int op = int(random.bounded(4));
            const QString fp = fingerprints.at(int(random.bounded(fingerprints.size())));
            const QString key = noteKeys.at(int(random.bounded(noteKeys.size())));
            if (op == 0) {
                const auto status = review::allDecisionStatuses[random.bounded(5)];
                file.setDecision(fp, decision(status, QStringLiteral("n%1 \"q\"\n").arg(step),
                                              QStringLiteral("ö%1").arg(round)));
            } else if (op == 1) {
                file.removeDecision(fp);
            } else if (op == 2) {
                file.setNote(key, QStringLiteral("note %1\t%2").arg(round).arg(step));
            } else {
                file.setNote(key, QString());
            }
            const QByteArray written = bytesOf(file);
            const Result<review::ReviewFile> reread =
                review::ReviewFile::fromBytes(written, QStringLiteral("x"));
            QVERIFY2(reread, written.constData());
            QCOMPARE(reread->decisions(), file.decisions());
            QCOMPARE(reread->notes(), file.notes());
            QVERIFY2(reread->problems().isEmpty(), written.constData());
            if (start.contains("\"comment\":1"))
                QVERIFY(written.contains("\"comment\":1"));
            if (start.contains("wide-table"))
                QVERIFY(written.contains("\"rules\": { \"wide-table\": false }"));
            // Continue from what was written, as the window does after saving.
            file = std::move(reread).value();
        }
    }
}

void TstReviewFile::refusesToRewriteWhatItCannotRead()
{
    QVERIFY(!review::ReviewFile::fromBytes("{ \"decisions\": ", QStringLiteral("x")));
    review::ReviewFile file = fileOf("{ \"decisions\": [1, 2] }");
    file.setDecision(fpA, decision(DecisionStatus::Fixed));
    QVERIFY(!file.toBytes());
    review::ReviewFile notes = fileOf("{ \"notes\": \"none\" }");
    notes.setNote(QStringLiteral("a.b"), QStringLiteral("c"));
    QVERIFY(!notes.toBytes());
}

void TstReviewFile::saveWritesAtomicallyAndRereads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/.schemalens.json"));
    Result<review::ReviewFile> file = review::ReviewFile::read(path);
    QVERIFY(file);
    QVERIFY(!file->exists());
    Result<bool> saved = file->save();
    QVERIFY(saved && !saved.value()); // nothing to write
    QVERIFY(!QFileInfo::exists(path));
    file->setDecision(fpA, decision(DecisionStatus::Discuss));
    saved = file->save();
    QVERIFY(saved && saved.value());
    QVERIFY(file->exists());
    QVERIFY(!file->isModified());
    Result<review::ReviewFile> reread = review::ReviewFile::read(path);
    QVERIFY(reread);
    QCOMPARE(reread->decisions(), file->decisions());
    QCOMPARE(reread->original(), file->original());
}

void TstReviewFile::reviewFileLocations()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("migrations"));
    QDir().mkpath(folder);
    QCOMPARE(review::reviewFilePathFor(folder), folder + QStringLiteral("/.schemalens.json"));
    const QString file = dir.filePath(QStringLiteral("schema.sql"));
    QCOMPARE(review::reviewFilePathFor(file), dir.filePath(QStringLiteral(".schemalens.json")));
    QCOMPARE(review::reviewFilePathFor(QStringLiteral("sqlite:") + file),
             dir.filePath(QStringLiteral(".schemalens.json")));

    const QString with = review::reviewFilePathFor(
        QStringLiteral("postgresql://ana:s3cret@db.example:5432/shop?sslmode=require"));
    const QString without = review::reviewFilePathFor(
        QStringLiteral("postgresql://ana@db.example:5432/shop?sslmode=require"));
    const QString changed = review::reviewFilePathFor(
        QStringLiteral("postgresql://ana:other@db.example:5432/shop?sslmode=require"));
    QCOMPARE(with, without);
    QCOMPARE(with, changed);
    QVERIFY(!with.contains(QLatin1String("s3cret")));
    QVERIFY(with.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    QVERIFY2(with.contains(QLatin1String("db.example")), qPrintable(with));
    QVERIFY(with != review::reviewFilePathFor(QStringLiteral("postgresql://ana@db.example/other")));
    QCOMPARE(review::reviewFilePathFor(QStringLiteral("host=db dbname=shop password=x")),
             review::reviewFilePathFor(QStringLiteral("host=db dbname=shop")));

    // findConfigFor finds a live source's file once it exists.
    QVERIFY(review::findConfigFor(
                QStringLiteral("postgresql://ana@db.example:5432/shop?sslmode=require"))
                .isEmpty());
    QDir().mkpath(QFileInfo(with).absolutePath());
    QFile live(with);
    QVERIFY(live.open(QIODevice::WriteOnly));
    live.write("{}");
    live.close();
    QCOMPARE(review::findConfigFor(
                 QStringLiteral("postgresql://ana:pw@db.example:5432/shop?sslmode=require")),
             with);
    QFile::remove(with);
}

void TstReviewFile::connectionKeyDropsPassword_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("key");
    QTest::newRow("uri") << QStringLiteral("postgresql://u:pw@h/db")
                         << QStringLiteral("postgresql://u@h/db");
    QTest::newRow("uri no password")
        << QStringLiteral("postgresql://u@h/db") << QStringLiteral("postgresql://u@h/db");
    QTest::newRow("uri password param first")
        << QStringLiteral("postgres://h/db?password=pw&sslmode=require")
        << QStringLiteral("postgres://h/db?sslmode=require");
    QTest::newRow("uri password param last")
        << QStringLiteral("postgres://h/db?sslmode=require&password=pw")
        << QStringLiteral("postgres://h/db?sslmode=require");
    QTest::newRow("uri password param only")
        << QStringLiteral("postgres://h/db?password=pw") << QStringLiteral("postgres://h/db");
    QTest::newRow("key=value") << QStringLiteral("host=h password='a b' dbname=db")
                               << QStringLiteral("host=h dbname=db");
}

void TstReviewFile::connectionKeyDropsPassword()
{
    QFETCH(QString, source);
    QFETCH(QString, key);
    QCOMPARE(review::connectionKey(source), key);
}
QTEST_GUILESS_MAIN(TstReviewFile)
#include "tst_reviewfile.moc"
