// SQLite database files (sqlite:PATH): the model read back, row counts, the file left
// byte-for-byte unchanged (mtime too, no -wal/-shm left behind; WAL databases included),
// and clear errors for bad input instead of crashes.
#include "core/load/loader.h"
#include "core/load/sqlite/databasefile.h"
#include "core/load/sqlite/sqliteloader.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace schemalens;
using namespace schemalens::load;

namespace {

struct Connection {
    sqlite3 *db = nullptr;
    explicit Connection(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr);
    }
    ~Connection() { sqlite3_close_v2(db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    bool exec(const QByteArray &sql)
    {
        char *error = nullptr;
        const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) == SQLITE_OK;
        if (!ok)
            qWarning("%s", error);
        sqlite3_free(error);
        return ok;
    }
};

const QByteArray schemaSql =
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE,"
    " status TEXT CHECK (status IN ('active', 'closed')));\n"
    "CREATE TABLE orders (id INTEGER PRIMARY KEY,"
    " customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    " total NUMERIC(10, 2), placed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP);\n"
    "CREATE INDEX orders_customer ON orders (customer_id);\n"
    "CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;\n"
    "CREATE TRIGGER orders_check BEFORE INSERT ON orders BEGIN SELECT 1; END;\n"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
    " INSERT INTO customers (email, status) SELECT 'c' || i || '@example.org', 'active' FROM n;\n"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
    " INSERT INTO orders (customer_id, total) SELECT 1 + i % 500, i FROM n;\n";

bool createDatabase(const QString &path, bool wal)
{
    Connection c(path);
    return (!wal || c.exec("PRAGMA journal_mode = WAL")) && c.exec(schemaSql);
}

// Everything about a file that loading must not change.
struct FileState {
    QByteArray sha256;
    qint64 size = 0;
    timespec mtime{};
    QStringList siblings; // the file and its -wal/-shm/-journal companions

    bool operator==(const FileState &o) const
    {
        return sha256 == o.sha256 && size == o.size && mtime.tv_sec == o.mtime.tv_sec &&
               mtime.tv_nsec == o.mtime.tv_nsec && siblings == o.siblings;
    }
};

FileState fileState(const QString &path)
{
    FileState s;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        s.sha256 = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        s.size = st.st_size;
        s.mtime = st.st_mtim;
    }
    const QFileInfo info(path);
    s.siblings =
        info.dir().entryList({info.fileName() + QLatin1Char('*')}, QDir::Files, QDir::Name);
    return s;
}

QString describe(const FileState &s)
{
    return QStringLiteral("%1 bytes, mtime %2.%3, files %4")
        .arg(s.size)
        .arg(s.mtime.tv_sec)
        .arg(s.mtime.tv_nsec)
        .arg(s.siblings.join(QLatin1Char(' ')));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstSqliteDbFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsModel();
    void unchangedAfterLoading_data();
    void unchangedAfterLoading();
    void liveWalIsRead();
    void badInput_data();
    void badInput();
    void corruptDataPage();
    void locked();
    void hotJournal();
    void unreadable();
    void missingModule();
    void rowCountLimits();
    void specialCharactersInPath();
    void isDatabaseFile();
};

void TstSqliteDbFile::readsModel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(createDatabase(path, false));
    const Result<LoadResult> result = loadSource(QStringLiteral("sqlite:") + path);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const model::Schema &s = result->schema;
    QCOMPARE(result->source.dialect, Dialect::SQLite);
    QCOMPARE(result->source.layout, QStringLiteral("database"));
    QCOMPARE(s.tables.size(), 2);
    const model::Table *orders = s.table(QStringLiteral("main"), QStringLiteral("orders"));
    QVERIFY(orders);
    QCOMPARE(orders->rowCount, std::optional<qint64>(2000));
    QVERIFY(!orders->rowCountEstimated);
    QCOMPARE(orders->origin.file, QStringLiteral("shop.db"));
    QCOMPARE(orders->origin.line, 0);
    QCOMPARE(orders->column(QStringLiteral("total"))->type, QStringLiteral("NUMERIC(10, 2)"));
    QCOMPARE(orders->column(QStringLiteral("placed_at"))->defaultExpr,
             std::optional<QString>(QStringLiteral("CURRENT_TIMESTAMP")));
    QCOMPARE(orders->foreignKeys.size(), 1);
    QCOMPARE(orders->foreignKeys[0].onDelete, QStringLiteral("cascade"));
    QCOMPARE(orders->indexes.size(), 1);
    QCOMPARE(orders->triggers.size(), 1);
    const model::Table *customers = s.table(QStringLiteral("main"), QStringLiteral("customers"));
    QCOMPARE(customers->rowCount, std::optional<qint64>(500));
    QCOMPARE(customers->checks.size(), 1);
    QCOMPARE(customers->uniques.size(), 1);
    QCOMPARE(s.views.size(), 1);
    QVERIFY(s.history.changes.isEmpty());
    // A path to a file with the SQLite header is recognised without the sqlite: prefix.
    const Result<LoadResult> byHeader = loadSource(path);
    QVERIFY(byHeader.ok());
    QCOMPARE(byHeader->schema.tables.size(), 2);
}

void TstSqliteDbFile::unchangedAfterLoading_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("rollback journal") << false;
    QTest::newRow("WAL, checkpointed") << true;
}

void TstSqliteDbFile::unchangedAfterLoading()
{
    QFETCH(bool, wal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.db"));
    QVERIFY(createDatabase(path, wal));
    const FileState before = fileState(path);
    QCOMPARE(before.siblings, QStringList{QStringLiteral("keep.db")});
    // Let a modified mtime show even on file systems with coarse timestamps.
    QTest::qSleep(20);
    for (int i = 0; i < 2; ++i) {
        const Result<LoadResult> result = loadSource(QStringLiteral("sqlite:") + path);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result->schema.tables.size(), 2);
    }
    const FileState after = fileState(path);
    QVERIFY2(after == before,
             qPrintable(
                 QStringLiteral("before: %1\nafter:  %2").arg(describe(before), describe(after))));
}

void TstSqliteDbFile::liveWalIsRead()
{
    // A writer keeps the database open in WAL mode and has committed a table that is only
    // in the -wal file (no checkpoint yet). The read must see it, and must not disturb the
    // main file or remove the writer's -wal/-shm.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.db"));
    QVERIFY(createDatabase(path, true));
    Connection writer(path);
    QVERIFY(writer.exec("PRAGMA wal_autocheckpoint = 0; CREATE TABLE only_in_wal (x);"));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    const FileState before = fileState(path);
    const QByteArray walBefore = readFile(path + QStringLiteral("-wal"));

    const Result<LoadResult> result = loadSource(QStringLiteral("sqlite:") + path);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QVERIFY(result->schema.table(QStringLiteral("main"), QStringLiteral("only_in_wal")));
    QCOMPARE(result->source.dialectEvidence.contains(QLatin1String("WAL")), true);

    const FileState after = fileState(path);
    QVERIFY2(after == before, qPrintable(describe(after)));
    QCOMPARE(readFile(path + QStringLiteral("-wal")), walBefore);
}

void TstSqliteDbFile::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the error message

    QByteArray garbage(8192, '\0');
    QRandomGenerator rng(42);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    QTest::newRow("binary garbage") << garbage << QStringLiteral("not a SQLite 3 database");
    QTest::newRow("SQL text") << QByteArray("CREATE TABLE t (x);\n")
                              << QStringLiteral("not a SQLite 3 database");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("header only") << QByteArray("SQLite format 3\0", 16)
                                 << QStringLiteral("truncated");
    QByteArray headerThenGarbage = QByteArray("SQLite format 3\0", 16) + garbage;
    QTest::newRow("header then garbage") << headerThenGarbage << QStringLiteral("SQLite");
}

void TstSqliteDbFile::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    writeFile(path, content);
    const FileState before = fileState(path);
    const Result<LoadResult> result = loadSource(QStringLiteral("sqlite:") + path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(path));
    QVERIFY(fileState(path) == before);
}

void TstSqliteDbFile::corruptDataPage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.db"));
    QVERIFY(createDatabase(path, false));
    QByteArray bytes = readFile(path);
    const int pageSize = 4096;
    QVERIFY(bytes.size() > 6 * pageSize);

    // A truncated file: the header's page count no longer fits.
    writeFile(path, bytes.left(3 * pageSize));
    Result<LoadResult> result = loadSource(QStringLiteral("sqlite:") + path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("truncated")),
             qPrintable(result.error().message));

    // Page 1 (sqlite_schema) damaged after the header.
    QByteArray damagedSchema = bytes;
    for (int i = 100; i < pageSize; ++i)
        damagedSchema[i] = char(0xA5);
    writeFile(path, damagedSchema);
    result = loadSource(QStringLiteral("sqlite:") + path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("SQLite")),
             qPrintable(result.error().message));

    // A damaged data page: the schema still loads; counting that table fails cleanly.
    QByteArray damagedData = bytes;
    for (int i = 4 * pageSize; i < 6 * pageSize; ++i)
        damagedData[i] = char(0x5A);
    writeFile(path, damagedData);
    result = loadSource(QStringLiteral("sqlite:") + path);
    if (result.ok())
        QCOMPARE(result->schema.tables.size(), 2);
    else
        QVERIFY(result.error().message.contains(QLatin1String("SQLite")));
}

void TstSqliteDbFile::locked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    QVERIFY(createDatabase(path, false));
    Connection holder(path);
    QVERIFY(holder.exec("BEGIN EXCLUSIVE; INSERT INTO customers (email) VALUES ('x@y');"));
    sqlite::DatabaseFileOptions options;
    options.busyTimeout = std::chrono::milliseconds(200);
    const Result<LoadResult> result = sqlite::readDatabaseFile(path, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("locked")),
             qPrintable(result.error().message));
    QVERIFY(holder.exec("ROLLBACK"));
    QVERIFY(sqlite::readDatabaseFile(path, options).ok());
}

void TstSqliteDbFile::hotJournal()
{
    // A copy taken in the middle of a write transaction: the database and its rollback
    // journal, as a crash would leave them. Recovery needs a write, which we never do.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.db"));
    QVERIFY(createDatabase(path, false));
    const QString copy = dir.filePath(QStringLiteral("crashed.db"));
    {
        Connection writer(path);
        QVERIFY(writer.exec("PRAGMA cache_size = 1; BEGIN; UPDATE orders SET total = total + 1;"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
        QVERIFY(writer.exec("ROLLBACK"));
    }
    const FileState before = fileState(copy);
    const Result<LoadResult> result = loadSource(QStringLiteral("sqlite:") + copy);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("hot journal")),
             qPrintable(result.error().message));
    QVERIFY(fileState(copy) == before);
}

void TstSqliteDbFile::unreadable()
{
    QTemporaryDir dir;
    const Result<LoadResult> missing =
        loadSource(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("nope.db")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("no such file")));
    const Result<LoadResult> folder = loadSource(QStringLiteral("sqlite:") + dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(QLatin1String("folder")));
    const Result<LoadResult> empty = loadSource(QStringLiteral("sqlite:"));
    QVERIFY(!empty.ok());

    const QString path = dir.filePath(QStringLiteral("secret.db"));
    QVERIFY(createDatabase(path, false));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop reading");
    const Result<LoadResult> result = loadSource(QStringLiteral("sqlite:") + path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("cannot read")),
             qPrintable(result.error().message));
}

void TstSqliteDbFile::missingModule()
{
    // A virtual table whose module this SQLite lacks: the rest of the schema still loads.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vtab.db"));
    QVERIFY(createDatabase(path, false));
    {
        Connection c(path);
        QVERIFY(c.exec("PRAGMA writable_schema = ON;"
                       "INSERT INTO sqlite_schema VALUES ('table', 'vec', 'vec', 0,"
                       " 'CREATE VIRTUAL TABLE vec USING vec0(embedding float[4])');"));
    }
    const Result<LoadResult> result = loadSource(QStringLiteral("sqlite:") + path);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const model::Table *vec = result->schema.table(QStringLiteral("main"), QStringLiteral("vec"));
    QVERIFY(vec);
    QCOMPARE(vec->kind, model::Table::Kind::VirtualTable);
    QVERIFY(result->schema.table(QStringLiteral("main"), QStringLiteral("orders")));
    bool warned = false;
    for (const Diagnostic &d : result->diagnostics)
        warned = warned || d.message.contains(QLatin1String("vec0"));
    QVERIFY(warned);
}

void TstSqliteDbFile::rowCountLimits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("counts.db"));
    QVERIFY(createDatabase(path, false));
    sqlite::DatabaseFileOptions options;
    options.countBudget = std::chrono::milliseconds(0);

    // No time at all and no statistics: counts unknown, and said so.
    Result<LoadResult> result = sqlite::readDatabaseFile(path, options);
    QVERIFY(result.ok());
    QVERIFY(!result->schema.tables[0].rowCount);
    QVERIFY(!result->diagnostics.isEmpty());

    // With ANALYZE's sqlite_stat1 the estimates are used and marked as such.
    {
        Connection c(path);
        QVERIFY(c.exec("ANALYZE"));
    }
    result = sqlite::readDatabaseFile(path, options);
    QVERIFY(result.ok());
    const model::Table *orders =
        result->schema.table(QStringLiteral("main"), QStringLiteral("orders"));
    QCOMPARE(orders->rowCount, std::optional<qint64>(2000));
    QVERIFY(orders->rowCountEstimated);
    // sqlite_stat1 itself is not part of the model.
    QCOMPARE(result->schema.tables.size(), 2);
}

void TstSqliteDbFile::specialCharactersInPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("we?ird #name% ü.db"));
    QVERIFY(createDatabase(path, true));
    const FileState before = fileState(path);
    const Result<LoadResult> result = loadSource(QStringLiteral("sqlite:") + path);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->schema.tables.size(), 2);
    QVERIFY(fileState(path) == before);
}

void TstSqliteDbFile::isDatabaseFile()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.db"));
    QVERIFY(createDatabase(db, false));
    QVERIFY(sqlite::isDatabaseFile(db));
    const QString text = dir.filePath(QStringLiteral("a.sql"));
    writeFile(text, "CREATE TABLE t (x);");
    QVERIFY(!sqlite::isDatabaseFile(text));
    QVERIFY(!sqlite::isDatabaseFile(dir.filePath(QStringLiteral("missing"))));
}

QTEST_GUILESS_MAIN(TstSqliteDbFile)
#include "tst_sqlite_dbfile.moc"
