#pragma once

// Private header: the only place besides the .cpp files of core/load/sqlite that sees
// sqlite3.h. Public headers (sqliteloader.h) never include it (CONVENTIONS.md item 2).

#include <sqlite3.h>

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace schemalens::load::sqlite {

struct ConnectionCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};
using ConnectionHandle = std::unique_ptr<sqlite3, ConnectionCloser>;
using StatementHandle = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// A prepared statement. Reading helpers convert SQLite's UTF-8 text to QString.
class Statement {
public:
    Statement() = default;
    explicit Statement(StatementHandle handle)
        : m_handle(std::move(handle))
    {}

    bool isValid() const { return m_handle != nullptr; }
    sqlite3_stmt *get() const { return m_handle.get(); }

    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    // Steps once; true while a row is available. lastResult() tells DONE from an error.
    bool next();
    int lastResult() const { return m_lastResult; }
    bool failed() const { return m_lastResult != SQLITE_DONE && m_lastResult != SQLITE_ROW; }
    void reset();

    QString text(int column) const;
    std::optional<QString> optionalText(int column) const;
    qint64 integer(int column) const { return sqlite3_column_int64(get(), column); }
    bool isNull(int column) const { return sqlite3_column_type(get(), column) == SQLITE_NULL; }

private:
    StatementHandle m_handle;
    int m_lastResult = SQLITE_OK;
};

// A connection. Errors are returned as SQLite's own message (sqlite3_errmsg).
class Database {
public:
    Database() = default;
    explicit Database(ConnectionHandle handle)
        : m_handle(std::move(handle))
    {}

    // A private in-memory database for replay: nothing is ever written to disk (temp
    // storage in memory, ATTACH impossible).
    static std::optional<Database> openMemory(QString *error);
    // Opens with sqlite3_open_v2(uri, READONLY | URI). On failure, *error and *code hold
    // SQLite's message and extended result code.
    static std::optional<Database> openUri(const QByteArray &uri, QString *error, int *code);

    bool isValid() const { return m_handle != nullptr; }
    sqlite3 *get() const { return m_handle.get(); }

    // Prepares one statement; an invalid Statement on failure (see errorMessage()).
    Statement prepare(const char *sql);
    // Runs statements without results; false on failure (see errorMessage()).
    bool exec(const char *sql);
    QString errorMessage() const;
    int errorCode() const { return sqlite3_extended_errcode(get()); }

private:
    ConnectionHandle m_handle;
};

// Double-quotes an identifier for SQL text built by us ("a""b").
QByteArray quoteIdentifier(const QString &name);

} // namespace schemalens::load::sqlite
