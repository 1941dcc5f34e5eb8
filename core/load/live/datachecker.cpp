#include "core/load/live/datachecker.h"

#include "core/load/live/connection.h"

#include <mutex>

namespace schemalens::load::live {

struct LiveDataChecker::Private {
    std::unique_ptr<Connection> connection;
    // Rules run on worker threads; one libpq connection serves one query at a time.
    std::mutex mutex;
    QString lastQuery;
};

LiveDataChecker::LiveDataChecker(std::unique_ptr<Private> d, qint64 rowLimit)
    : d(std::move(d))
    , m_rowLimit(rowLimit)
{}

LiveDataChecker::~LiveDataChecker() = default;

Result<std::shared_ptr<LiveDataChecker>>
LiveDataChecker::open(const QString &source, qint64 rowLimit, int statementTimeoutMs)
{
    ConnectOptions options;
    options.statementTimeoutMs = statementTimeoutMs;
    Result<std::unique_ptr<Connection>> connection = Connection::open(source, options);
    if (!connection)
        return connection.error();
    auto d = std::make_unique<Private>();
    d->connection = std::move(connection).value();
    return std::shared_ptr<LiveDataChecker>(new LiveDataChecker(std::move(d), rowLimit));
}

QString LiveDataChecker::lastQuery() const
{
    std::lock_guard lock(d->mutex);
    return d->lastQuery;
}

review::DataChecker::Count LiveDataChecker::countOrphans(const model::Table &child,
                                                         const QString &column,
                                                         const model::Table &parent,
                                                         const QString &parentColumn) const
{
    std::lock_guard lock(d->mutex);
    Connection &db = *d->connection;
    const QString childName =
        db.quoteIdentifier(child.schema) + QLatin1Char('.') + db.quoteIdentifier(child.name);
    const QString parentName =
        db.quoteIdentifier(parent.schema) + QLatin1Char('.') + db.quoteIdentifier(parent.name);
    const QString c = db.quoteIdentifier(column);
    const QString p = db.quoteIdentifier(parentColumn);
    // The LIMIT bounds the work on a large table: the answer is "at least N" when it is hit.
    // A soft reference may join columns of different types (text id -> integer key), so a
    // failed comparison is retried on the text forms.
    Count count;
    for (const bool asText : {false, true}) {
        const QString cast = asText ? QStringLiteral("::text") : QString();
        d->lastQuery = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 c WHERE c.%2 IS NOT "
                                      "NULL AND NOT EXISTS (SELECT 1 FROM %3 p WHERE p.%4%5 = "
                                      "c.%2%5) LIMIT %6) orphans")
                           .arg(childName, c, parentName, p, cast)
                           .arg(m_rowLimit);
        Result<Rows> rows = db.query(d->lastQuery);
        if (rows && rows->size() == 1) {
            count.rows = rows->value(0, 0).toLongLong();
            count.atLeast = count.rows >= m_rowLimit;
            count.error.clear();
            return count;
        }
        count.error = rows ? QString() : rows.error().message;
    }
    return count;
}

} // namespace schemalens::load::live
