// Drift against a live PostgreSQL 15 (issue 21): a migration folder replayed into a throwaway
// server compares equal with it (`schemalens-cli diff FOLDER postgresql://…` exits 0), and after
// the database is altered behind the migrations' back — every kind of change,
// tests/data/diff/drift/alter.sql — the diff finds each of them
// (golden tests/data/diff/drift/expected.txt) and exits 1. The corpus entries' drift checks run
// in tst_pgoracle, on the replays it already makes.

#include "core/diff/diffreport.h"
#include "core/diff/historydiff.h"
#include "core/load/loader.h"
#include "tests/oracle/pgserver.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace schemalens;

namespace {

const QString dataDir = QStringLiteral(SCHEMALENS_TEST_DATA "/diff");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int runCli(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(SCHEMALENS_CLI), args);
    p.waitForFinished(120000);
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

} // namespace

class TstDiffLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void replayHasNoDrift();
    void alteredDatabaseDrifts();

private:
    testing::PgServer m_server;
    bool m_up = false;
    QString m_folder; // the base migration of every-change, alone
    QTemporaryDir m_work;
};

void TstDiffLive::initTestCase()
{
    if (testing::PgServer::binDir().isEmpty())
        QSKIP("no PostgreSQL server binaries installed (initdb/pg_ctl); CI installs "
              "postgresql-15 (packaging/install-deps.sh)");
    QVERIFY2(m_server.start(), qPrintable(m_server.error() + m_server.logText()));
    m_up = true;
    QVERIFY(m_server.psql(QStringLiteral("postgres"),
                          QStringLiteral("CREATE DATABASE drift TEMPLATE template0")));
    m_folder = m_work.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(QFile::copy(dataDir + QStringLiteral("/every-change/input/001_base.sql"),
                        m_folder + QStringLiteral("/001_base.sql")));
    QString log;
    QVERIFY2(m_server.psqlFile(QStringLiteral("drift"), m_folder + QStringLiteral("/001_base.sql"),
                               &log, true),
             qPrintable(log));
}

void TstDiffLive::cleanupTestCase()
{
    m_server.stop();
}

void TstDiffLive::replayHasNoDrift()
{
    if (!m_up)
        QSKIP("no server");
    const Result<load::LoadResult> folder = load::loadSource(m_folder);
    const Result<load::LoadResult> live =
        load::loadSource(m_server.conninfo(QStringLiteral("drift")));
    QVERIFY(folder.ok());
    QVERIFY2(live.ok(), qPrintable(live.ok() ? QString() : live.error().message));
    const diff::SchemaDiff drift = diff::diffSources(folder.value(), live.value());
    if (!drift.isEmpty())
        qInfo().noquote() << diff::diffToText(drift,
                                              {QStringLiteral("folder"), QStringLiteral("live")});
    QVERIFY(drift.isEmpty());
    // Both ways round.
    QVERIFY(diff::diffSources(live.value(), folder.value()).isEmpty());
    QCOMPARE(runCli({QStringLiteral("diff"), m_folder, m_server.conninfo(QStringLiteral("drift"))}),
             0);
}

void TstDiffLive::alteredDatabaseDrifts()
{
    if (!m_up)
        QSKIP("no server");
    QString log;
    QVERIFY2(m_server.psqlFile(QStringLiteral("drift"),
                               dataDir + QStringLiteral("/drift/alter.sql"), &log, true),
             qPrintable(log));
    const Result<load::LoadResult> folder = load::loadSource(m_folder);
    const Result<load::LoadResult> live =
        load::loadSource(m_server.conninfo(QStringLiteral("drift")));
    QVERIFY(folder.ok());
    QVERIFY(live.ok());
    const diff::SchemaDiff drift = diff::diffSources(folder.value(), live.value());
    const QByteArray text =
        diff::diffToText(drift, {QStringLiteral("migrations"), QStringLiteral("live")}).toUtf8();
    const QString golden = dataDir + QStringLiteral("/drift/expected.txt");
    if (qEnvironmentVariableIntValue("SCHEMALENS_REFRESH_GOLDEN") == 1) {
        QDir().mkpath(dataDir + QStringLiteral("/drift"));
        QFile file(golden);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    } else {
        if (text != readFile(golden))
            qInfo().noquote() << text;
        QCOMPARE(text, readFile(golden));
    }
    // Every kind of object the alteration touched is found, added, dropped and changed.
    QSet<diff::ObjectKind> kinds;
    QSet<diff::ChangeKind> changes;
    for (const diff::Entry &e : drift.entries) {
        kinds.insert(e.kind);
        changes.insert(e.change);
        // A live database has no History: nothing is a rename by it.
        QVERIFY(!e.renameFromHistory);
    }
    for (diff::ObjectKind kind :
         {diff::ObjectKind::Schema, diff::ObjectKind::Table, diff::ObjectKind::Column,
          diff::ObjectKind::PrimaryKey, diff::ObjectKind::Unique, diff::ObjectKind::Check,
          diff::ObjectKind::ForeignKey, diff::ObjectKind::Index, diff::ObjectKind::RowSecurity,
          diff::ObjectKind::Policy, diff::ObjectKind::Trigger, diff::ObjectKind::Enum,
          diff::ObjectKind::EnumValue, diff::ObjectKind::View})
        QVERIFY2(kinds.contains(kind), qPrintable(diff::objectKindName(kind)));
    QVERIFY(changes.contains(diff::ChangeKind::Added));
    QVERIFY(changes.contains(diff::ChangeKind::Dropped));
    QVERIFY(changes.contains(diff::ChangeKind::Changed));
    QCOMPARE(runCli({QStringLiteral("diff"), m_folder, m_server.conninfo(QStringLiteral("drift"))}),
             1);
}

QTEST_GUILESS_MAIN(TstDiffLive)
#include "tst_diff_live.moc"
