#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// A read-only PostgreSQL session for the live loader and the data checks. libpq stays in
// connection.cpp (CONVENTIONS.md item 2); this header is free of libpq-fe.h.

namespace schemalens::load::live {

// The rows of one query, every value as text (libpq's text format); NULL is tracked apart.
class Rows {
public:
    int size() const { return int(m_values.size()); }
    int columnCount() const { return int(m_names.size()); }
    int column(const QString &name) const { return int(m_names.indexOf(name)); }
    const QString &value(int row, int column) const { return m_values.at(row).at(column); }
    QString value(int row, const char *column) const;
    bool isNull(int row, int column) const { return m_nulls.at(row).at(column); }
    bool isNull(int row, const char *column) const;
    bool flag(int row, const char *column) const; // 't' -> true
    qint64 integer(int row, const char *column, qint64 fallback = 0) const;

    QStringList m_names;
    QList<QStringList> m_values;
    QList<QList<bool>> m_nulls;
};

struct ConnectOptions {
    int statementTimeoutMs = 30000; // SET LOCAL statement_timeout in every transaction
};

class Connection {
public:
    // Connects with libpq's own handling of PGPASSFILE/~/.pgpass, PGSERVICE and sslmode.
    // connect_timeout=10 is added when the source sets none, and application_name=schemalens
    // unless the source names one. The session is made read-only before it is returned.
    static Result<std::unique_ptr<Connection>> open(const QString &source,
                                                    const ConnectOptions &options = {});
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens a `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` transaction (one snapshot for
    // every catalog query) with SET LOCAL statement_timeout and a fixed search_path, so that
    // format_type() and pg_get_expr() print names the same way on every server.
    Result<bool> begin();
    // Ends the transaction with ROLLBACK: nothing is ever committed.
    void end();

    // Runs SQL with text parameters ($1, $2...). Outside begin()/end() the query gets a
    // read-only transaction of its own. A failed query inside a transaction aborts it, unless
    // it ran through optionalQuery().
    Result<Rows> query(const QString &sql, const QStringList &params = {});
    // Like query() inside a transaction, but wrapped in a savepoint, so that a query the role
    // may not run (a revoked statistics view) does not abort the transaction.
    Result<Rows> optionalQuery(const QString &sql, const QStringList &params = {});

    // PQescapeIdentifier: for every identifier placed in generated SQL.
    QString quoteIdentifier(const QString &identifier) const;

    int serverVersion() const; // PQserverVersion, e.g. 150018
    QString serverVersionString() const;
    int queryCount() const; // statements sent to the server (including BEGIN/SET/ROLLBACK)
    QString label() const;  // the redacted source, used as the origin of live objects

    struct Private;

private:
    explicit Connection(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

// A text[] literal for a parameter: {"a","b"} with quotes and backslashes escaped.
QString textArrayLiteral(const QStringList &values);

} // namespace schemalens::load::live
