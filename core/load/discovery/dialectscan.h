#pragma once

#include "core/load/migrationplan.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace schemalens::load::discovery {

// One dialect marker found in one file: the syntax, type or function that argues for a
// dialect, at the byte offset of its first occurrence.
struct MarkerHit {
    QString marker; // "AUTOINCREMENT", "json_valid()", "CREATE INDEX CONCURRENTLY", ...
    Dialect dialect = Dialect::Unknown;
    int weight = 0;
    // The other engine rejects the statement outright (PostgreSQL has no BLOB type and no
    // AUTOINCREMENT; SQLite has no `::` cast, no CONCURRENTLY, no ALTER COLUMN). Idioms that
    // both engines accept (jsonb and timestamptz as type names, INTEGER PRIMARY KEY, 0/1
    // flags) only lean.
    bool decisive = false;
    qsizetype offset = 0;
};

// Finds the dialect markers of one SQL text with the real tokenizers, so that comments,
// string literals and quoted names never count: SQLite's markers are read from the SQLite
// tokenizer's tokens (sqlite/sqltokenizer.h), PostgreSQL's from libpg_query's scanner
// (pg_query_scan), each in the lexical rules of its own engine. Each marker is reported
// once, at its first occurrence.
QList<MarkerHit> scanDialectMarkers(const QByteArray &sql);

} // namespace schemalens::load::discovery
