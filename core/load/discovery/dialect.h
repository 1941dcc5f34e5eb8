#pragma once

#include "core/load/migrationplan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace schemalens::load::discovery {

// A dialect with the one sentence that justifies it. `otherEngine` names an engine we do not
// load (mysql, cockroach, ...) when a name points there.
struct DialectGuess {
    Dialect dialect = Dialect::Unknown;
    QString evidence;
    QString otherEngine;

    bool decided() const { return dialect != Dialect::Unknown || !otherEngine.isEmpty(); }
};

// Classifies one name (folder or file) by its word tokens: "postgres", "postgresql", "pg",
// "pgsql" -> PostgreSQL; "sqlite", "sqlite3" -> SQLite; "mysql", "cockroach", ... -> other.
// "Chinook_PostgreSql.sql" and "full.sql.postgres" count too.
DialectGuess dialectFromName(const QString &name, bool isFolder);

// Classifies by engine name as written in tool metadata ("pg", "postgresql", "sqlite",
// "turso", "mysql" ...).
DialectGuess dialectFromEngineName(const QString &engine, const QString &evidence);

// Classifies SQL text with a token scan outside comments and string literals. SQLite-only
// markers: AUTOINCREMENT, WITHOUT ROWID, PRAGMA, VIRTUAL TABLE, backtick identifiers, and
// INTEGER PRIMARY KEY in a file with no PostgreSQL marker. PostgreSQL-only markers: SERIAL
// types, dollar quoting, CREATE EXTENSION, `::` casts, TIMESTAMPTZ, JSONB, BYTEA, TSVECTOR,
// USING GIN, AS ENUM, ALTER COLUMN ... TYPE, plpgsql. The dialect with more marked files
// wins; the evidence names its most frequent marker ("content: AUTOINCREMENT (3 files)").
DialectGuess dialectFromContent(const QList<QByteArray> &files);

// The markers found in one file (exposed for tests).
struct ContentMarkers {
    QStringList postgres;
    QStringList sqlite;
};
ContentMarkers scanDialectMarkers(const QByteArray &sql);

QString dialectDisplayName(Dialect dialect); // "PostgreSQL", "SQLite"

// True for text that may be SQL: no NUL bytes and valid UTF-8 (a multibyte character cut
// at the end of a peeked prefix is allowed).
bool looksLikeText(const QByteArray &head);

} // namespace schemalens::load::discovery
