#pragma once

#include "core/load/migrationplan.h"

#include <QByteArray>
#include <QHash>
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
    DialectConfidence confidence = DialectConfidence::Low;
    QList<DialectSignal> evidenceList; // everything weighed, for both dialects

    bool decided() const { return dialect != Dialect::Unknown || !otherEngine.isEmpty(); }
};

// Classifies one name (folder or file) by its word tokens: "postgres", "postgresql", "pg",
// "pgsql" -> PostgreSQL; "sqlite", "sqlite3" -> SQLite; "mysql", "cockroach", ... -> other.
// "Chinook_PostgreSql.sql" and "full.sql.postgres" count too.
DialectGuess dialectFromName(const QString &name, bool isFolder);

// Classifies by engine name as written in tool metadata ("pg", "postgresql", "sqlite",
// "turso", "mysql" ...).
DialectGuess dialectFromEngineName(const QString &engine, const QString &evidence);

// Weighs evidence from both sides (dialectscan.h for content). A decisive signal is one the
// other engine cannot accept: PostgreSQL rejects AUTOINCREMENT and a BLOB type, SQLite
// rejects `::` and CONCURRENTLY; a folder named "sqlite", a config file naming the driver
// and the tool's metadata decide too. Idioms (jsonb or timestamptz as type names, INTEGER
// PRIMARY KEY, 0/1 flags) only lean. Content signals count more the more files have them
// (weight x (1 + log2 files)). The side with decisive evidence wins over idioms; when both
// sides have decisive evidence the larger score wins with at most medium confidence, and
// close scores stay low (the loader then lets both engines try). The evidence sentence names
// the winner's strongest signals and the strongest one against it.
DialectGuess weighDialect(const QList<DialectSignal> &evidence);

// Content evidence: the markers of each file, counted per file (dialectscan.h).
struct ContentFile {
    QString path; // for DialectSignal::where
    QByteArray sql;
};
QList<DialectSignal> contentSignals(const QList<ContentFile> &files);

// The same, one file at a time, so that a caller can stop once the evidence is clear.
class ContentEvidence {
public:
    void add(const ContentFile &file);
    const QList<DialectSignal> &found() const { return m_found; }
    int files() const { return m_files; }

private:
    QHash<QString, qsizetype> m_index; // marker -> position in m_found
    QList<DialectSignal> m_found;
    int m_files = 0;
};

// weighDialect(contentSignals(files)), for files without names.
DialectGuess dialectFromContent(const QList<QByteArray> &files);

// Evidence from the tool's configuration near a migration folder: Cargo.toml features of
// diesel/sqlx (and rusqlite, tokio-postgres), diesel.toml, DATABASE_URL in .env files,
// drizzle.config.*, go.mod drivers, package.json dependencies, flyway.conf, Rails'
// config/database.yml, alembic.ini and sql-migrate's dbconfig.yml. Searched from `folder`
// up to `root`, and above `root` up to the enclosing git checkout (at most three levels);
// the nearest folder with any evidence wins. A file that names both engines (an application
// that supports both) is no evidence.
QList<DialectSignal> configSignals(const QString &folder, const QString &root);

// What a layout itself implies (a tool that runs on one engine only).
QList<DialectSignal> layoutSignals(const QString &layout);

// A name or metadata guess (dialectFromName, dialectFromEngineName) as a decisive signal.
DialectSignal nameSignal(const DialectGuess &guess, const QString &source);

QString dialectDisplayName(Dialect dialect); // "PostgreSQL", "SQLite"

// True for text that may be SQL: no NUL bytes and valid UTF-8 (a multibyte character cut
// at the end of a peeked prefix is allowed).
bool looksLikeText(const QByteArray &head);

} // namespace schemalens::load::discovery
