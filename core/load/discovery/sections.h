#pragma once

#include "core/load/migrationplan.h"

#include <QByteArray>

namespace schemalens::load::discovery {

// How a migration file marks its forward part.
enum class SectionStyle {
    Whole,  // the whole file is the forward migration
    Dbmate, // "-- migrate:up" ... "-- migrate:down"
    Goose,  // "-- +goose Up" ... "-- +goose Down"
};

struct PreparedSql {
    QByteArray sql;
    bool noTransaction = false; // goose "NO TRANSACTION", dbmate "transaction:false"
};

// Keeps only the forward ("up") section. Everything else is replaced by spaces, newlines
// kept, so that the result has exactly the lines (and, for kept text, the columns) of the
// file and origins point into the real file. The up marker and goose's NO TRANSACTION
// annotation are SQL comments and stay; the down marker goes with its section. A file
// without an up marker is kept whole apart from any down section.
PreparedSql keepUpSection(const QByteArray &sql, SectionStyle style);

// True when the text carries goose annotations / dbmate section markers at a line start.
bool hasGooseUp(const QByteArray &sql);
bool hasDbmateUp(const QByteArray &sql);

// Replaces the template placeholders that tools substitute before running a file with the
// tool's default, so that the parsers see real SQL:
//  - GoTrue/pop `{{ index .Options "Namespace" }}` -> `auth` (GoTrue's DB_NAMESPACE default)
//  - Synapse `$%AUTO_INCREMENT_PRIMARY_KEY%$` -> what Synapse's engine writes:
//    `BIGINT PRIMARY KEY GENERATED ALWAYS AS IDENTITY` (PostgreSQL) or
//    `INTEGER PRIMARY KEY AUTOINCREMENT` (SQLite).
// Line numbers never change; columns after a placeholder on the same line shift by the
// length difference, which is unavoidable without changing the SQL.
QByteArray replacePlaceholders(QByteArray sql, Dialect dialect);

} // namespace schemalens::load::discovery
