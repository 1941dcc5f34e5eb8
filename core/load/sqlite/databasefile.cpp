#include "core/load/sqlite/databasefile.h"

#include "core/load/sqlite/readback.h"
#include "core/load/sqlite/sqlitedb.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace schemalens::load::sqlite {

namespace {

using Clock = std::chrono::steady_clock;

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

Error failure(const QString &message)
{
    return Error{message, {}};
}

quint32 bigEndian32(const QByteArray &bytes, int at)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// Explains SQLite's failure to read the file in the user's terms.
Error readFailure(const QString &path, int code, const QString &message)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return failure(Tr::tr("%1: the database is locked by another connection (SQLite: %2)")
                           .arg(path, message));
    case SQLITE_NOTADB:
        return failure(Tr::tr("%1: not a SQLite database, or an encrypted one (SQLite: %2)")
                           .arg(path, message));
    case SQLITE_CORRUPT:
        return failure(Tr::tr("%1: the database file is corrupt (SQLite: %2)").arg(path, message));
    case SQLITE_READONLY:
        return failure(Tr::tr("%1: the database needs recovery from an interrupted write (a hot "
                              "journal), which a read-only open cannot do; open it once with the "
                              "sqlite3 tool (SQLite: %2)")
                           .arg(path, message));
    default:
        return failure(Tr::tr("%1: cannot read the database (SQLite: %2)").arg(path, message));
    }
}

// Interrupts a long count(*) at a deadline. SQLite's progress handler is not called inside
// the single OP_Count instruction that counts a whole b-tree, but sqlite3_interrupt() is
// checked there, and it is safe to call from another thread while the connection is open
// (this object is destroyed before the connection).
class Watchdog {
public:
    explicit Watchdog(sqlite3 *db)
        : m_db(db)
        , m_thread([this] { run(); })
    {}
    ~Watchdog()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    void arm(Clock::time_point deadline)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_deadline = deadline;
            m_armed = true;
        }
        m_wake.notify_one();
    }
    void disarm()
    {
        const std::lock_guard lock(m_mutex);
        m_armed = false;
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (!m_armed) {
                m_wake.wait(lock);
                continue;
            }
            if (Clock::now() >= m_deadline) {
                sqlite3_interrupt(m_db);
                m_armed = false;
                continue;
            }
            m_wake.wait_until(lock, m_deadline);
        }
    }

    sqlite3 *m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    Clock::time_point m_deadline;
    bool m_armed = false;
    bool m_stop = false;
    std::thread m_thread;
};

// sqlite_stat1 (written by ANALYZE): the first number of each row is the row count of the
// table (idx NULL) or of the index; the largest one per table is the best estimate.
QHash<QString, qint64> statEstimates(Database &db)
{
    QHash<QString, qint64> estimates;
    Statement exists = db.prepare(
        "SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'");
    if (!exists.isValid() || !exists.next())
        return estimates;
    Statement rows = db.prepare("SELECT tbl, stat FROM main.sqlite_stat1");
    while (rows.isValid() && rows.next()) {
        bool ok = false;
        const qint64 n = rows.text(1).section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
        const QString table = rows.text(0).toLower();
        if (ok)
            estimates[table] = std::max(estimates.value(table, 0), n);
    }
    return estimates;
}

} // namespace

void countRows(Database &db, model::Schema &schema, Diagnostics &diagnostics,
               const DatabaseFileOptions &options)
{
    const QHash<QString, qint64> estimates = statEstimates(db);
    const Clock::time_point end = Clock::now() + options.countBudget;
    int cutOff = 0;
    Watchdog watchdog(db.get());
    for (model::Table &table : schema.tables) {
        if (table.kind == model::Table::Kind::VirtualTable)
            continue; // counting may need the module and scans the whole index
        bool counted = false;
        const Clock::time_point now = Clock::now();
        if (now < end) {
            watchdog.arm(std::min(end, now + options.countPerTable));
            const QByteArray sql =
                QByteArrayLiteral("SELECT count(*) FROM main.") + quoteIdentifier(table.name);
            Statement count = db.prepare(sql.constData());
            if (count.isValid() && count.next()) {
                table.rowCount = count.integer(0);
                counted = true;
            } else if (db.errorCode() == SQLITE_INTERRUPT) {
                ++cutOff;
            } else {
                diagnostics.append({.rule = QStringLiteral("source-warning"),
                                    .severity = Diagnostic::Severity::Warning,
                                    .message = Tr::tr("row count of %1 unavailable: %2")
                                                   .arg(table.name, db.errorMessage()),
                                    .location = table.origin});
            }
            watchdog.disarm();
        } else {
            ++cutOff;
        }
        if (!counted && estimates.contains(table.name.toLower())) {
            table.rowCount = estimates.value(table.name.toLower());
            table.rowCountEstimated = true;
        }
    }
    if (cutOff > 0)
        diagnostics.append(
            {.rule = QStringLiteral("source-warning"),
             .severity = Diagnostic::Severity::Info,
             .message =
                 Tr::tr("%1 tables were not counted within the time limit; their row counts "
                        "are sqlite_stat1 estimates where ANALYZE has run, otherwise unknown")
                     .arg(cutOff),
             .location = {}});
}

Result<LoadResult> readDatabaseFile(const QString &path, const DatabaseFileOptions &options)
{
    if (path.isEmpty())
        return failure(Tr::tr("no SQLite database path given"));
    const QFileInfo info(path);
    if (!info.exists())
        return failure(Tr::tr("%1: no such file").arg(path));
    if (info.isDir())
        return failure(Tr::tr("%1: is a folder, not a SQLite database file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Tr::tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return failure(Tr::tr("%1: empty file, not a SQLite database").arg(path));
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return failure(Tr::tr("%1: not a SQLite 3 database (no \"SQLite format 3\" header); it may "
                              "be another kind of file or an encrypted database")
                           .arg(path));
    if (header.size() < 100)
        return failure(
            Tr::tr("%1: truncated SQLite database (%2 bytes)").arg(path).arg(header.size()));

    const bool walMode = header[18] == 2 || header[19] == 2;
    const bool walFile = QFileInfo::exists(path + QStringLiteral("-wal"));
    // The header's page count is valid when its "version-valid-for" equals the change counter.
    quint32 pageSize =
        (static_cast<unsigned char>(header[16]) << 8) | static_cast<unsigned char>(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint64 declared = quint64(bigEndian32(header, 28)) * pageSize;
    if (!walFile && bigEndian32(header, 92) == bigEndian32(header, 24) &&
        declared > quint64(info.size()))
        return failure(
            Tr::tr("%1: truncated SQLite database: the header declares %2 bytes, the file "
                   "has %3")
                .arg(path)
                .arg(declared)
                .arg(info.size()));

    QByteArray uri = QByteArrayLiteral("file:") +
                     QUrl::toPercentEncoding(info.absoluteFilePath(), QByteArrayLiteral("/")) +
                     QByteArrayLiteral("?mode=ro");
    if (walMode && !walFile)
        uri += QByteArrayLiteral("&immutable=1");
    QString message;
    int code = 0;
    std::optional<Database> db = Database::openUri(uri, &message, &code);
    if (!db)
        return readFailure(path, code, message);
    sqlite3_busy_timeout(db->get(), int(options.busyTimeout.count()));

    // The first read touches page 1: locks, encryption and a damaged header show up here.
    Statement probe = db->prepare("SELECT count(*) FROM main.sqlite_schema");
    if (!probe.isValid() || !probe.next())
        return readFailure(path, db->errorCode(), db->errorMessage());
    probe = Statement();

    LoadResult result;
    model::Origin fileOrigin;
    fileOrigin.file = info.fileName();
    const OriginLookup origins(fileOrigin);
    Result<model::Schema> schema = readSchema(*db, origins, result.diagnostics);
    if (!schema)
        return readFailure(path, db->errorCode(), schema.error().message);
    result.schema = std::move(schema).value();
    countRows(*db, result.schema, result.diagnostics, options);

    result.source.rootPath = info.absoluteFilePath();
    result.source.layout = QStringLiteral("database");
    result.source.dialect = Dialect::SQLite;
    result.source.dialectEvidence =
        walMode ? Tr::tr("SQLite 3 database file (WAL mode)") : Tr::tr("SQLite 3 database file");
    result.stats.bytes = info.size();
    return result;
}

} // namespace schemalens::load::sqlite
