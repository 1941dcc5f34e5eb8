#pragma once

#include "core/load/diagnostic.h"
#include "core/load/discovery/sections.h"
#include "core/load/discovery/tree.h"
#include "core/load/migrationplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace schemalens::load::discovery {

// One file a layout wants applied, before it is read.
struct PlannedFile {
    QString path; // absolute
    QString version;
    QString description;
    bool repeatable = false;
    bool noTransaction = false; // from the name or metadata (popx .autocommit, diesel toml)
    SectionStyle sections = SectionStyle::Whole;
};

// Why a layout leaves a file out: on purpose (undo and revert scripts, other dialects,
// superseded schemas), because it is a down migration, or because its name is not one the
// tool applies. The last two are checked for files that look like migrations (skipcheck.h).
enum class SkipKind { Deliberate, Down, Unrecognized };

struct SkippedPath {
    QString path; // absolute
    QString reason;
    SkipKind kind = SkipKind::Deliberate;
    bool looksLikeMigration = false; // set by reviewSkipped() (skipcheck.h)
};

// What one layout detector found in one folder: the files in the tool's order, the files
// it deliberately leaves out, and what the layout itself says about the dialect.
struct Candidate {
    QString layout;
    QString folder; // absolute
    QList<PlannedFile> files;
    QList<SkippedPath> skipped;
    Diagnostics diagnostics;
    // Set when the layout's metadata names the dialect (drizzle journal, prisma lock file,
    // sqitch.conf) or when the layout picked per-dialect variants (popx, synapse).
    Dialect dialect = Dialect::Unknown;
    QString dialectEvidence;
    QString otherEngine; // the metadata names an engine we do not load (mysql, ...)

    bool isToolLayout() const;
};

// What detectors may consult besides the folder itself.
struct DetectContext {
    const Tree *tree = nullptr;
    Dialect requested = Dialect::Unknown; // DiscoveryOptions::dialect
};

// Runs the detectors on one folder, the most specific first: layouts with metadata or a
// folder structure (sqitch, drizzle, synapse, prisma, diesel, version folders), then the
// file-name conventions (flyway, postgrator, popx, goose, dbmate, supabase, sqlx,
// golang-migrate), then rails-structure, and last a plain folder or single dump.
std::optional<Candidate> detectLayout(const Folder &folder, const DetectContext &context);

// A single file given directly: rails-structure for structure.sql, goose/dbmate when the file
// has their section markers, otherwise a dump.
Candidate singleFileCandidate(const QString &absolutePath);

// Per-family detectors (manifestlayouts.cpp, folderlayouts.cpp, filelayouts.cpp).
std::optional<Candidate> detectSqitch(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectDrizzle(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectSynapse(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectPrisma(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectDiesel(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectVersionFolders(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectFlyway(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectPostgrator(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectPopx(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectGoose(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectDbmate(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectSupabase(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectSqlx(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectGolangMigrate(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectRailsStructure(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectPlain(const Folder &folder, const DetectContext &context);
// Layouts of migrations written in application code (core/load/ecto, core/load/alembic).
std::optional<Candidate> detectEcto(const Folder &folder, const DetectContext &context);
std::optional<Candidate> detectAlembic(const Folder &folder, const DetectContext &context);

// Helpers shared by the detectors.
// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};
bool isSqlName(const QString &name); // "*.sql", case-insensitive
// True when the layout applies a file of this name as a forward migration, judged by the
// name alone (filelayouts.cpp): golang-migrate takes "1_x.up.sql" but not "1_x.up..sql".
bool layoutAppliesName(const QString &layout, const QString &name);
QStringList sqlFiles(const Folder &folder);
Diagnostic sourceWarning(const QString &file, const QString &message);
// True when a Cargo.toml sits in the folder or up to three folders above it (sqlx is Rust).
bool nearCargoManifest(const QString &folder);

} // namespace schemalens::load::discovery
