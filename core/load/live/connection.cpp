#include "core/load/live/connection.h"

#include "core/load/live/connstring.h"
#include "core/load/live/pghandles_p.h"

#include <QCoreApplication>

#include <vector>

namespace schemalens::load::live {

using namespace detail;

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

QString trimmedMessage(const char *message)
{
    return QString::fromUtf8(message).trimmed();
}

// Connection failures in the user's terms, keeping libpq's own text (it never contains the
// password) after a one-line explanation.
Error connectFailure(const QString &label, PGconn *conn)
{
    const QString message = trimmedMessage(PQerrorMessage(conn));
    QString hint;
    if (PQconnectionNeedsPassword(conn) || message.contains(QLatin1String("no password supplied")))
        hint = Tr::tr("the server asks for a password and none was given (set it in the URI, in "
                      "~/.pgpass or PGPASSFILE, or in PGPASSWORD)");
    else if (message.contains(QLatin1String("password authentication failed")) ||
             message.contains(QLatin1String("authentication failed")))
        hint = Tr::tr("authentication failed: check the user name and password (URI, ~/.pgpass, "
                      "PGPASSFILE)");
    else if (message.contains(QLatin1String("timeout expired")))
        hint = Tr::tr("the server did not answer within the connect timeout (connect_timeout)");
    else if (message.contains(QLatin1String("Connection refused")) ||
             message.contains(QLatin1String("could not translate host name")) ||
             message.contains(QLatin1String("No route to host")) ||
             message.contains(QLatin1String("Network is unreachable")) ||
             message.contains(QLatin1String("No such file or directory")))
        hint =
            Tr::tr("the server is unreachable: check host, port and that it accepts connections");
    else if (message.contains(QLatin1String("permission denied")))
        hint =
            Tr::tr("the role may not connect to this database (CONNECT privilege or pg_hba.conf)");
    else
        hint = Tr::tr("cannot connect");
    return Error{Tr::tr("%1: %2 (libpq: %3)").arg(label, hint, message), {}};
}

Error queryFailure(const QString &label, PGresult *result, PGconn *conn)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString sqlState = state ? QString::fromLatin1(state) : QString();
    const QString message =
        trimmedMessage(result ? PQresultErrorMessage(result) : PQerrorMessage(conn));
    QString hint;
    if (sqlState == QLatin1String("42501"))
        hint = Tr::tr("missing privilege: the role cannot read a catalog the live loader needs");
    else if (sqlState == QLatin1String("57014"))
        hint = Tr::tr("the query ran longer than the statement timeout and was cancelled");
    else if (sqlState == QLatin1String("25006"))
        hint = Tr::tr("refused: the session is read-only");
    else
        hint = Tr::tr("catalog query failed");
    return Error{Tr::tr("%1: %2 (PostgreSQL %3: %4)").arg(label, hint, sqlState, message), {}};
}

} // namespace

QString Rows::value(int row, const char *name) const
{
    const int c = column(QLatin1String(name));
    return c < 0 ? QString() : m_values.at(row).at(c);
}

bool Rows::isNull(int row, const char *name) const
{
    const int c = column(QLatin1String(name));
    return c < 0 || m_nulls.at(row).at(c);
}

bool Rows::flag(int row, const char *name) const
{
    return value(row, name) == QLatin1String("t");
}

qint64 Rows::integer(int row, const char *name, qint64 fallback) const
{
    bool ok = false;
    const qint64 v = value(row, name).toLongLong(&ok);
    return ok ? v : fallback;
}

QString textArrayLiteral(const QStringList &values)
{
    QStringList quoted;
    for (QString v : values) {
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted.append(QLatin1Char('"') + v + QLatin1Char('"'));
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

struct Connection::Private {
    ConnHandle conn;
    QString label;
    ConnectOptions options;
    int queries = 0;
    bool inTransaction = false;
    int savepoints = 0;

    ResultHandle exec(const QString &sql, const QStringList &params)
    {
        ++queries;
        const QByteArray text = sql.toUtf8();
        std::vector<QByteArray> storage;
        std::vector<const char *> values;
        storage.reserve(size_t(params.size()));
        for (const QString &p : params) {
            storage.push_back(p.toUtf8());
            values.push_back(storage.back().constData());
        }
        return ResultHandle(PQexecParams(conn.get(), text.constData(), int(values.size()), nullptr,
                                         values.empty() ? nullptr : values.data(), nullptr, nullptr,
                                         0));
    }

    Result<Rows> run(const QString &sql, const QStringList &params)
    {
        ResultHandle result = exec(sql, params);
        const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            return queryFailure(label, result.get(), conn.get());
        Rows rows;
        const int fields = PQnfields(result.get());
        for (int c = 0; c < fields; ++c)
            rows.m_names.append(QString::fromUtf8(PQfname(result.get(), c)));
        const int count = PQntuples(result.get());
        rows.m_values.reserve(count);
        rows.m_nulls.reserve(count);
        for (int r = 0; r < count; ++r) {
            QStringList values;
            QList<bool> nulls;
            values.reserve(fields);
            nulls.reserve(fields);
            for (int c = 0; c < fields; ++c) {
                const bool null = PQgetisnull(result.get(), r, c);
                nulls.append(null);
                values.append(null ? QString()
                                   : QString::fromUtf8(PQgetvalue(result.get(), r, c),
                                                       PQgetlength(result.get(), r, c)));
            }
            rows.m_values.append(std::move(values));
            rows.m_nulls.append(std::move(nulls));
        }
        return rows;
    }
};

Connection::Connection(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

Connection::~Connection()
{
    if (d && d->inTransaction)
        end();
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &source,
                                                     const ConnectOptions &options)
{
    const QString label = redactConnectionString(source);
    const QByteArray sourceUtf8 = source.toUtf8();
    {
        char *error = nullptr;
        PQconninfoOption *parsed = PQconninfoParse(sourceUtf8.constData(), &error);
        if (!parsed) {
            const QString message = error ? trimmedMessage(error) : Tr::tr("out of memory");
            PQfreemem(error);
            return Error{Tr::tr("%1: not a valid PostgreSQL connection string (libpq: %2)")
                             .arg(label, redactConnectionString(message)),
                         {}};
        }
        PQconninfoFree(parsed);
    }

    // Entries before the expanded "dbname" are defaults the source (and its service file)
    // override; environment variables the user set win over our defaults as well.
    std::vector<const char *> keys;
    std::vector<const char *> values;
    if (qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT")) {
        keys.push_back("connect_timeout");
        values.push_back("10");
    }
    if (qEnvironmentVariableIsEmpty("PGAPPNAME")) {
        keys.push_back("application_name");
        values.push_back("schemalens");
    }
    keys.push_back("dbname");
    values.push_back(sourceUtf8.constData());
    keys.push_back(nullptr);
    values.push_back(nullptr);

    ConnHandle conn(PQconnectdbParams(keys.data(), values.data(), 1));
    if (!conn)
        return Error{Tr::tr("%1: out of memory").arg(label), {}};
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return connectFailure(label, conn.get());
    PQsetClientEncoding(conn.get(), "UTF8");

    auto d = std::make_unique<Private>();
    d->conn = std::move(conn);
    d->label = label;
    d->options = options;
    // Belt and braces: every transaction of this session defaults to read-only, so even a
    // statement sent outside begin()/end() could not write.
    Result<Rows> readOnly =
        d->run(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), {});
    if (!readOnly)
        return readOnly.error();
    return std::unique_ptr<Connection>(new Connection(std::move(d)));
}

Result<bool> Connection::begin()
{
    if (d->inTransaction)
        return true;
    Result<Rows> begin =
        d->run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), {});
    if (!begin)
        return begin.error();
    d->inTransaction = true;
    // SET LOCAL takes no parameters: the value is an integer we format ourselves.
    for (const QString &set :
         {QStringLiteral("SET LOCAL statement_timeout = %1").arg(d->options.statementTimeoutMs),
          QStringLiteral("SET LOCAL search_path = pg_catalog, public")}) {
        Result<Rows> done = d->run(set, {});
        if (!done) {
            end();
            return done.error();
        }
    }
    return true;
}

void Connection::end()
{
    if (!d->inTransaction)
        return;
    d->exec(QStringLiteral("ROLLBACK"), {});
    d->inTransaction = false;
}

Result<Rows> Connection::query(const QString &sql, const QStringList &params)
{
    if (d->inTransaction)
        return d->run(sql, params);
    Result<bool> started = begin();
    if (!started)
        return started.error();
    Result<Rows> rows = d->run(sql, params);
    end();
    return rows;
}

Result<Rows> Connection::optionalQuery(const QString &sql, const QStringList &params)
{
    if (!d->inTransaction)
        return query(sql, params);
    const QString savepoint = QStringLiteral("schemalens_%1").arg(++d->savepoints);
    Result<Rows> set = d->run(QStringLiteral("SAVEPOINT ") + savepoint, {});
    if (!set)
        return set.error();
    Result<Rows> rows = d->run(sql, params);
    d->run(
        (rows ? QStringLiteral("RELEASE SAVEPOINT ") : QStringLiteral("ROLLBACK TO SAVEPOINT ")) +
            savepoint,
        {});
    return rows;
}

QString Connection::quoteIdentifier(const QString &identifier) const
{
    const QByteArray utf8 = identifier.toUtf8();
    EscapedHandle escaped(PQescapeIdentifier(d->conn.get(), utf8.constData(), size_t(utf8.size())));
    return escaped ? QString::fromUtf8(escaped.get()) : QString();
}

int Connection::serverVersion() const
{
    return PQserverVersion(d->conn.get());
}

QString Connection::serverVersionString() const
{
    const char *v = PQparameterStatus(d->conn.get(), "server_version");
    return v ? QString::fromUtf8(v) : QString::number(serverVersion());
}

int Connection::queryCount() const
{
    return d->queries;
}

QString Connection::label() const
{
    return d->label;
}

} // namespace schemalens::load::live
