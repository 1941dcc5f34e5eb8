#include "core/load/sqlite/replay.h"

#include "core/load/bookkeeping.h"
#include "core/load/sqlite/ddlparser.h"

#include <QCoreApplication>

#include <cstring>

namespace schemalens::load::sqlite {

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// SQLite reports syntax and tokenizer problems with these messages (tokenize.c, parse.y);
// everything else it refuses is about the schema or the data.
bool isSyntaxError(const QString &message)
{
    return message.contains(QLatin1String("syntax error")) ||
           message.startsWith(QLatin1String("unrecognized token")) ||
           message == QLatin1String("incomplete input") ||
           message.contains(QLatin1String("parser stack overflow"));
}

// SQLite quotes the offending token; for an unterminated string that is the rest of the file.
QString sqliteMessage(const Database &db)
{
    constexpr qsizetype limit = 200;
    QString message = db.errorMessage();
    if (message.size() > limit)
        message = message.left(limit) + QStringLiteral("…");
    return message;
}

bool isSchemaTable(const char *name)
{
    return name &&
           (std::strcmp(name, "sqlite_master") == 0 || std::strcmp(name, "sqlite_schema") == 0);
}

// The offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype invalidUtf8At(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const int extra = c < 0x80           ? 0
                          : (c >> 5) == 0x6  ? 1
                          : (c >> 4) == 0xE  ? 2
                          : (c >> 3) == 0x1E ? 3
                                             : -1;
        if (extra < 0 || i + extra >= text.size())
            return i;
        for (int k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

namespace {
constexpr int progressInterval = 10000; // VM steps between progress-handler calls
}

Replayer::Replayer(Database &db, SchemaTracker &tracker, Diagnostics &diagnostics, LoadStats &stats)
    : m_db(db)
    , m_tracker(tracker)
    , m_diagnostics(diagnostics)
    , m_stats(stats)
{
    sqlite3_set_authorizer(m_db.get(), &Replayer::authorize, this);
    sqlite3_progress_handler(m_db.get(), progressInterval, &Replayer::progress, this);
}

Replayer::~Replayer()
{
    sqlite3_progress_handler(m_db.get(), 0, nullptr, nullptr);
    sqlite3_set_authorizer(m_db.get(), nullptr, nullptr);
}

int Replayer::progress(void *self)
{
    // Only the migration's own statement counts, not the tracker's reads that follow it.
    auto *r = static_cast<Replayer *>(self);
    return r->m_recording && ++r->m_progressTicks > kStepBudget / progressInterval ? 1 : 0;
}

int Replayer::authorize(void *self, int action, const char *arg1, const char *arg2, const char *,
                        const char *)
{
    auto *r = static_cast<Replayer *>(self);
    if (action == SQLITE_ATTACH) {
        r->m_denied = QStringLiteral("ATTACH");
        return SQLITE_DENY;
    }
    if (action == SQLITE_PRAGMA && arg1 && arg2 &&
        (std::strcmp(arg1, "temp_store") == 0 || std::strcmp(arg1, "temp_store_directory") == 0 ||
         std::strcmp(arg1, "data_store_directory") == 0)) {
        r->m_denied = QStringLiteral("PRAGMA ") + QString::fromUtf8(arg1);
        return SQLITE_DENY;
    }
    if (!r->m_recording)
        return SQLITE_OK;
    // Not listed: SQLITE_REINDEX, which CREATE INDEX also reports, and everything that
    // cannot change sqlite_schema; a statement that changes it without creating anything
    // (ANALYZE creating sqlite_stat1, say) gets a full diff anyway.
    switch (action) {
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_VIEW:
    case SQLITE_CREATE_TRIGGER:
        if (arg1)
            r->m_created.append(QString::fromUtf8(arg1));
        break;
    case SQLITE_CREATE_VTABLE: // also creates shadow tables under other names
        if (arg1)
            r->m_created.append(QString::fromUtf8(arg1));
        r->m_fullDiff = true;
        break;
    case SQLITE_ALTER_TABLE:
        r->m_alter = true;
        if (arg2)
            r->m_alteredTable = QString::fromUtf8(arg2);
        break;
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        // CREATE TABLE itself updates sqlite_schema through a nested statement, which is
        // authorized too; only a direct write (PRAGMA writable_schema) needs a full diff.
        if (isSchemaTable(arg1))
            r->m_schemaWrite = true;
        break;
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_VIEW:
    case SQLITE_DROP_VTABLE:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
    case SQLITE_PRAGMA:
        r->m_fullDiff = true;
        break;
    default:
        break;
    }
    return SQLITE_OK;
}

void Replayer::diagnose(const QString &rule, Diagnostic::Severity severity, const QString &message,
                        const model::Origin &where)
{
    m_diagnostics.append(
        {.rule = rule, .severity = severity, .message = message, .location = where});
}

bool Replayer::createBookkeeping(const QString &message, const StatementContext &context)
{
    static const QLatin1String prefix("no such table: ");
    if (m_bookkeeping.isEmpty() || !message.startsWith(prefix))
        return false;
    QString name = message.mid(prefix.size());
    QString schema;
    if (const qsizetype dot = name.indexOf(QLatin1Char('.')); dot >= 0) {
        schema = name.left(dot);
        name = name.mid(dot + 1);
    }
    const BookkeepingTable *entry =
        findBookkeepingTable(m_bookkeeping, schema, name, QStringLiteral("main"));
    if (!entry || entry->sqliteDdl.isEmpty() || m_bookkeepingCreated.contains(entry->name))
        return false;
    const bool recording = m_recording;
    m_recording = false;
    const bool created = m_db.exec(entry->sqliteDdl.constData());
    m_recording = recording;
    if (!created)
        return false;
    m_tracker.adopt(context);
    m_bookkeepingCreated.append(entry->name);
    diagnose(QStringLiteral("source-warning"), Diagnostic::Severity::Info,
             Tr::tr("table %1 is %2's own bookkeeping table, created by the tool before the first "
                    "migration; shown as an external table")
                 .arg(entry->name, entry->tool),
             context.origin());
    return true;
}

void Replayer::replay(const MigrationUnit &unit)
{
    QByteArrayView sql(unit.sql);
    const LineIndex lines(sql);
    auto originAt = [&](qsizetype offset) {
        StatementContext c;
        c.lines = &lines;
        c.file = unit.path;
        c.ordinal = unit.ordinal;
        return c.at(offset);
    };
    // SQLite stops reading at a NUL byte; say so instead of silently ignoring the rest.
    if (const qsizetype nul = sql.indexOf('\0'); nul >= 0) {
        diagnose(QStringLiteral("parse-error"), Diagnostic::Severity::Error,
                 Tr::tr("NUL byte in SQL text; the rest of the file is not replayed"),
                 originAt(nul));
        sql = sql.first(nul);
    }
    if (const qsizetype bad = invalidUtf8At(sql); bad >= 0)
        diagnose(QStringLiteral("source-warning"), Diagnostic::Severity::Warning,
                 Tr::tr("SQL text is not valid UTF-8; names and strings containing the invalid "
                        "bytes are shown with replacement characters"),
                 originAt(bad));

    qsizetype pos = sql.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (true) {
        // Empty statements are skipped here: prepared from a ';', SQLite would go on to
        // compile the next statement too, and its position would be the ';'.
        pos = skipTrivia(sql, pos);
        while (pos < sql.size() && sql[pos] == ';')
            pos = skipTrivia(sql, pos + 1);
        if (pos >= sql.size())
            break;
        runStatement(unit, lines, sql, pos, &pos);
    }

    // A file that opens a transaction and never ends it would make every later BEGIN fail.
    if (!sqlite3_get_autocommit(m_db.get())) {
        const model::Origin end = originAt(sql.size());
        if (m_db.exec("COMMIT")) {
            diagnose(QStringLiteral("source-warning"), Diagnostic::Severity::Info,
                     Tr::tr("transaction still open at the end of the file; committed"), end);
        } else {
            const QString message = m_db.errorMessage();
            m_db.exec("ROLLBACK");
            diagnose(QStringLiteral("migration-error"), Diagnostic::Severity::Error,
                     Tr::tr("transaction still open at the end of the file could not be committed "
                            "and was rolled back: %1")
                         .arg(message),
                     end);
        }
        StatementContext context;
        context.lines = &lines;
        context.file = unit.path;
        context.ordinal = unit.ordinal;
        m_tracker.afterStatement(context);
    }
}

void Replayer::runStatement(const MigrationUnit &unit, const LineIndex &lines, QByteArrayView sql,
                            qsizetype start, qsizetype *next)
{
    StatementContext context;
    context.base = start;
    context.lines = &lines;
    context.file = unit.path;
    context.ordinal = unit.ordinal;

    m_progressTicks = 0;
    m_created.clear();
    m_fullDiff = false;
    m_schemaWrite = false;
    m_alter = false;
    m_alteredTable.clear();
    m_denied.clear();
    m_recording = true;

    const char *begin = sql.data() + start;
    const char *tail = nullptr;
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(m_db.get(), begin, int(sql.size() - start), &raw, &tail);
    if (rc != SQLITE_OK && createBookkeeping(m_db.errorMessage(), context)) {
        raw = nullptr;
        tail = nullptr;
        rc = sqlite3_prepare_v2(m_db.get(), begin, int(sql.size() - start), &raw, &tail);
    }
    Statement statement{StatementHandle(raw)};
    if (rc != SQLITE_OK) {
        m_recording = false;
        const int offset = sqlite3_error_offset(m_db.get());
        const QString message = sqliteMessage(m_db);
        // The tail pointer of a failed prepare stops at the offending token; resume after
        // the whole statement instead, as the sqlite3 shell does.
        *next = statementEnd(sql, start);
        context.text = sql.sliced(start, *next - start);
        ++m_stats.statements;
        const model::Origin where = context.at(offset >= 0 ? offset : 0);
        if (!m_denied.isEmpty())
            diagnose(QStringLiteral("migration-error"), Diagnostic::Severity::Error,
                     Tr::tr("%1 is not replayed: loading never writes files (SQLite: %2)")
                         .arg(m_denied, message),
                     where);
        else
            diagnose(isSyntaxError(message) ? QStringLiteral("parse-error")
                                            : QStringLiteral("migration-error"),
                     Diagnostic::Severity::Error, message, where);
        return;
    }
    *next = tail ? tail - sql.data() : sql.size();
    context.text = sql.sliced(start, *next - start);
    if (!statement.isValid()) { // only a ';'
        m_recording = false;
        return;
    }
    ++m_stats.statements;
    while (statement.next()) {
        // Rows of a SELECT in a migration are not needed; stepping runs the statement.
    }
    m_recording = false;
    if (statement.failed()) {
        const bool interrupted = statement.lastResult() == SQLITE_INTERRUPT;
        const QString message = sqliteMessage(m_db);
        statement = Statement();
        diagnose(QStringLiteral("migration-error"), Diagnostic::Severity::Error,
                 interrupted ? Tr::tr("statement stopped after %1 million steps of SQLite work "
                                      "(an endless recursive query?); the replay goes on")
                                   .arg(kStepBudget / 1000000)
                 : m_denied.isEmpty()
                     ? message
                     : Tr::tr("%1 is not replayed: loading never writes files (SQLite: %2)")
                           .arg(m_denied, message),
                 context.origin());
    }
    statement = Statement();
    context.isAlter = m_alter;
    using Scope = StatementContext::Scope;
    if (m_fullDiff || (m_schemaWrite && m_created.isEmpty() && !m_alter))
        context.scope = Scope::Everything;
    else if (m_alter)
        // ADD COLUMN rewrites only its table's row; RENAME and DROP COLUMN can rewrite
        // other tables, triggers and views that refer to the renamed or dropped name.
        context.scope = parseAlterAddColumn(context.text).ok ? Scope::AddColumn : Scope::Everything;
    else if (!m_created.isEmpty())
        context.scope = Scope::CreatesOnly;
    context.alteredTable = m_alteredTable;
    if (m_tracker.afterStatement(context))
        ++m_stats.applied;
}

} // namespace schemalens::load::sqlite
