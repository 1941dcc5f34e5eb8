#include "core/load/sqlite/sqlitedb.h"

namespace schemalens::load::sqlite {

void Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(get(), index, value);
}

bool Statement::next()
{
    m_lastResult = sqlite3_step(get());
    return m_lastResult == SQLITE_ROW;
}

void Statement::reset()
{
    sqlite3_reset(get());
    sqlite3_clear_bindings(get());
    m_lastResult = SQLITE_OK;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(get(), column));
    return QString::fromUtf8(data, sqlite3_column_bytes(get(), column));
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::optional<Database> Database::openMemory(QString *error)
{
    sqlite3 *raw = nullptr;
    const int rc =
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db{ConnectionHandle(raw)};
    if (rc != SQLITE_OK) {
        *error = raw ? db.errorMessage() : QString::fromUtf8(sqlite3_errstr(rc));
        return std::nullopt;
    }
    // Sorts and temporary indexes of big statements would otherwise spill to temp files.
    // ATTACH (and VACUUM INTO, which attaches internally) would create files.
    sqlite3_limit(raw, SQLITE_LIMIT_ATTACHED, 0);
    // No value a migration writes comes near this; randomblob(1e9) or a printf() width in a
    // broken file would otherwise allocate a gigabyte.
    sqlite3_limit(raw, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    if (!db.exec("PRAGMA temp_store = MEMORY")) {
        *error = db.errorMessage();
        return std::nullopt;
    }
    return db;
}

std::optional<Database> Database::openUri(const QByteArray &uri, QString *error, int *code)
{
    sqlite3 *raw = nullptr;
    const int rc =
        sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    Database db{ConnectionHandle(raw)};
    if (rc != SQLITE_OK) {
        *error = raw ? db.errorMessage() : QString::fromUtf8(sqlite3_errstr(rc));
        *code = raw ? db.errorCode() : rc;
        return std::nullopt;
    }
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(get(), sql, -1, &raw, nullptr) != SQLITE_OK) {
        sqlite3_finalize(raw);
        return {};
    }
    return Statement(StatementHandle(raw));
}

bool Database::exec(const char *sql)
{
    return sqlite3_exec(get(), sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString Database::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(get()));
}

QByteArray quoteIdentifier(const QString &name)
{
    QByteArray quoted = name.toUtf8();
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

} // namespace schemalens::load::sqlite
