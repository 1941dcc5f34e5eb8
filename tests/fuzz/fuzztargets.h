#pragma once

// What each fuzz target does with one input. Shared by the libFuzzer harnesses
// (tests/fuzz/fuzz_*.cpp) and by tst_badinput, which replays every input a fuzzer ever
// crashed on (tests/data/badinput/<target>/) in the normal suite.

#include "core/graph/layoutfile.h"
#include "core/load/bookkeeping.h"
#include "core/load/discovery.h"
#include "core/load/discovery/dialectscan.h"
#include "core/load/discovery/skipcheck.h"
#include "core/load/loader.h"
#include "core/load/pg/pgloader.h"
#include "core/load/sqlite/databasefile.h"
#include "core/load/sqlite/sqliteloader.h"
#include "core/load/sqlite/sqltokenizer.h"
#include "core/review/config.h"
#include "core/review/engine.h"
#include "core/review/reviewfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace schemalens::fuzz {

// For the harnesses that open SQLite connections (LLVMFuzzerInitialize, before SQLite starts):
// more lookaside slots per connection (SQLite's own pool of small blocks, 100 by default) keep
// parsing and preparing out of malloc, which AddressSanitizer makes slow: measured 11 % more
// executions a second for sqlite_replay. The application keeps SQLite's defaults.
inline void tuneSqliteForFuzzing()
{
    sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 1200, 1000);
}

// A private scratch folder for targets that write files: in /dev/shm when it exists (no disk
// writes, much faster), else in the temporary folder.
inline const QString &scratchFolder()
{
    static const QTemporaryDir dir((QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                        ? QStringLiteral("/dev/shm")
                                        : QDir::tempPath()) +
                                   QStringLiteral("/schemalens-fuzz-XXXXXX"));
    static const QString path = dir.path();
    return path;
}

inline load::MigrationPlan planOf(QByteArrayView sql, load::Dialect dialect)
{
    load::MigrationPlan plan;
    plan.rootPath = QStringLiteral("/fuzz");
    plan.layout = QStringLiteral("golang-migrate"); // has a bookkeeping table
    plan.bookkeeping = load::bookkeepingTables(plan.layout);
    plan.dialect = dialect;
    load::MigrationUnit unit;
    unit.path = QStringLiteral("0001_fuzz.up.sql");
    unit.sql = sql.toByteArray();
    plan.units.append(unit);
    return plan;
}

// A migration file's text through the PostgreSQL loader (libpg_query + the applier).
inline void pgLoad(QByteArrayView data)
{
    (void)load::pg::loadPlan(planOf(data, load::Dialect::PostgreSQL), {});
}

// A migration file's text replayed in SQLite, and read back.
inline void sqliteReplay(QByteArrayView data)
{
    (void)load::sqlite::loadPlan(planOf(data, load::Dialect::SQLite), {});
}

// The SQLite tokenizer and what is built on it (statement ends, identifiers, dialect markers
// with libpg_query's scanner, the schema-change check of skipped files).
inline void sqlTokens(QByteArrayView data)
{
    const QList<load::sqlite::Token> tokens = load::sqlite::tokenize(data);
    for (const load::sqlite::Token &t : tokens) {
        if (t.kind == load::sqlite::Token::Kind::QuotedId ||
            t.kind == load::sqlite::Token::Kind::Word)
            (void)load::sqlite::identifierText(data, t);
    }
    for (qsizetype pos = 0; pos < data.size();) {
        const qsizetype end = load::sqlite::statementEnd(data, load::sqlite::skipTrivia(data, pos));
        pos = end > pos ? end : pos + 1;
    }
    const load::sqlite::LineIndex lines(data);
    (void)lines.position(data.size() / 2);
    const QByteArray bytes = data.toByteArray();
    (void)load::discovery::scanDialectMarkers(bytes);
    (void)load::discovery::changesSchema(bytes);
}

// A generated folder: the input is split at NUL bytes into entries "path\ncontent"; a path
// ending in '/' is a folder, "@name\ntarget" a symbolic link. Paths are kept inside the
// folder. The whole load runs as opening the folder would (discovery first).
inline void folder(QByteArrayView data, const QString &scratch)
{
    QTemporaryDir dir(scratch + QStringLiteral("/fuzz-XXXXXX"));
    if (!dir.isValid())
        return;
    auto clean = [](QByteArrayView raw) {
        QStringList parts;
        for (const QByteArray &part : raw.toByteArray().split('/')) {
            QByteArray name;
            for (const char c : part) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-' || c == ' ' || c == '~' || c == '@')
                    name.append(c);
            }
            if (name.isEmpty() || name == "." || name == ".." || name.size() > 64)
                continue;
            parts.append(QString::fromLatin1(name));
        }
        return parts.mid(0, 4).join(QLatin1Char('/'));
    };
    int entries = 0;
    for (const QByteArray &chunk : data.toByteArray().split('\0')) {
        if (++entries > 16)
            break;
        const qsizetype eol = chunk.indexOf('\n');
        const QByteArrayView head =
            eol < 0 ? QByteArrayView(chunk) : QByteArrayView(chunk).first(eol);
        const QByteArray body = eol < 0 ? QByteArray() : chunk.mid(eol + 1);
        if (head.startsWith('@')) {
            // A symbolic link, relative, that must stay inside the folder (loops allowed).
            const QString link = clean(head.sliced(1));
            const QString target = QString::fromLatin1(body.left(64)).trimmed();
            if (link.isEmpty() || target.startsWith(QLatin1Char('/')))
                continue;
            const QString linkPath = dir.filePath(link);
            const QString resolved =
                QDir::cleanPath(QFileInfo(linkPath).absolutePath() + QLatin1Char('/') + target);
            if (resolved != dir.path() && !resolved.startsWith(dir.path() + QLatin1Char('/')))
                continue;
            QDir().mkpath(QFileInfo(linkPath).path());
            QFile::link(target, linkPath);
            continue;
        }
        const QString path = clean(head);
        if (path.isEmpty())
            continue;
        if (head.endsWith('/')) {
            QDir().mkpath(dir.filePath(path));
            continue;
        }
        QDir().mkpath(QFileInfo(dir.filePath(path)).path());
        QFile file(dir.filePath(path));
        if (file.open(QIODevice::WriteOnly))
            file.write(body);
    }
    // loadSource discovers the folder itself (a second discover() here halved the rate).
    load::LoadOptions options;
    (void)load::loadSource(dir.path(), options);
}

// Bytes of a database file, opened read-only as a SQLite source (small time budgets: the
// fuzzer's inputs are a few pages).
inline void databaseFile(QByteArrayView data, const QString &scratch)
{
    const QString path = scratch + QStringLiteral("/fuzz.db");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return;
        file.write(data.data(), data.size());
    }
    load::sqlite::DatabaseFileOptions options;
    options.busyTimeout = std::chrono::milliseconds(0);
    options.countBudget = std::chrono::milliseconds(100);
    options.countPerTable = std::chrono::milliseconds(50);
    (void)load::sqlite::readDatabaseFile(path, options);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

// A review file, parsed and then applied to a small schema (thresholds, patterns, globs).
inline void reviewFile(QByteArrayView data)
{
    const Result<review::ParsedConfig> parsed = review::parseConfig(data.toByteArray());
    if (!parsed)
        return;
    static const load::LoadResult schema = [] {
        load::LoadResult r = load::pg::loadPlan(
            planOf("CREATE TABLE accounts (id bigint PRIMARY KEY, status text, tenant_id bigint);"
                   "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES "
                   "accounts ON DELETE CASCADE, total_usd real, payload text, created_at "
                   "timestamp);CREATE INDEX orders_account ON orders (account_id);",
                   load::Dialect::PostgreSQL),
            {});
        return r;
    }();
    review::ReviewOptions options;
    options.config = parsed->config;
    (void)review::runReview(schema, options);
}

// A broken promise of the code under test: printed and aborted, so that the fuzzer keeps the
// input (and tst_badinput fails on it).
[[noreturn]] inline void broken(const char *promise)
{
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

// A layout file (.schemalens-layout.json): parsed; what was read is written in the canonical
// form, and that form reads back to itself with no problems and writes the same bytes.
inline void layoutFile(QByteArrayView data)
{
    const Result<graph::ParsedLayoutFile> parsed = graph::parseLayoutFile(data.toByteArray());
    if (!parsed)
        return;
    const QByteArray canonical = graph::serializeLayoutFile(parsed->file);
    const Result<graph::ParsedLayoutFile> again = graph::parseLayoutFile(canonical);
    if (!again)
        broken("the canonical layout file is a JSON object");
    if (!again->problems.isEmpty())
        broken("the canonical layout file reads without problems");
    if (graph::serializeLayoutFile(again->file) != canonical)
        broken("the canonical layout file is written back byte for byte");
}

// A review file's decisions and notes as the meeting edits them: read; unchanged it writes
// back the same bytes; with a decision and a note set, what it writes reads back with them.
inline void decisionsFile(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    Result<review::ReviewFile> file = review::ReviewFile::fromBytes(bytes);
    if (!file)
        return;
    if (file->isModified())
        broken("a review file just read is not modified");
    const Result<QByteArray> same = file->toBytes();
    if (same && same.value() != bytes)
        broken("an unchanged review file is written back byte for byte");

    const QString fingerprint = QStringLiteral("0123456789abcdef01234567");
    review::Decision decision;
    decision.status = review::DecisionStatus::WontFix;
    decision.note = QStringLiteral("legacy \"table\"\n\u00e9t\u00e9 \\ done");
    decision.owner = QStringLiteral("ana");
    decision.date = QStringLiteral("2026-12-07");
    file->setDecision(fingerprint, decision);
    const QString key = review::noteKey(QStringLiteral("public"), QStringLiteral("orders"));
    file->setNote(key, QStringLiteral("keep \u2014 ask support"));
    const Result<QByteArray> edited = file->toBytes();
    if (!edited)
        return; // "decisions" or "notes" is not an object: refusing is the promise
    const Result<review::ReviewFile> reread = review::ReviewFile::fromBytes(edited.value());
    if (!reread)
        broken("an edited review file is still valid JSON");
    const std::optional<review::Decision> kept = reread->decision(fingerprint);
    if (!kept || kept->status != decision.status || kept->note != decision.note ||
        kept->owner != decision.owner || kept->date != decision.date)
        broken("an edited review file keeps the decision set on it");
    if (reread->note(key) != file->note(key))
        broken("an edited review file keeps the note set on it");
}

} // namespace schemalens::fuzz
