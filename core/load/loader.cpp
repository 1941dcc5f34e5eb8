#include "core/load/loader.h"

#include "core/load/alembic/alembicloader.h"
#include "core/load/discovery/dialect.h"
#include "core/load/ecto/ectoloader.h"
#include "core/load/live/connstring.h"
#include "core/load/live/liveloader.h"
#include "core/load/migrationpoint.h"
#include "core/load/pg/pgloader.h"
#include "core/load/sqlite/sqliteloader.h"
#include "core/load/treesitter/syntaxtree.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace schemalens::load {

namespace {

Error noHistory(const QString &source)
{
    return Error{QCoreApplication::translate("schemalens",
                                             "%1 is a database, not a migration history: it has no "
                                             "migration to stop at")
                     .arg(source)};
}

// A build configured before packaging/fetch-grammars.sh ran has no Python/Elixir grammar:
// say so instead of loading an empty schema.
std::optional<Error> missingGrammar(const MigrationPlan &plan)
{
    const bool ecto = plan.layout == QLatin1String("ecto");
    if (!ecto && plan.layout != QLatin1String("alembic"))
        return std::nullopt;
    const treesitter::Grammar grammar =
        ecto ? treesitter::Grammar::Elixir : treesitter::Grammar::Python;
    if (treesitter::grammarAvailable(grammar))
        return std::nullopt;
    const QString message =
        ecto ? QCoreApplication::translate(
                   "schemalens",
                   "%1: Ecto migrations found, but this build cannot read them: it was built "
                   "without the tree-sitter grammar %2. Run packaging/fetch-grammars.sh, then "
                   "build again.")
             : QCoreApplication::translate(
                   "schemalens",
                   "%1: Alembic revisions found, but this build cannot read them: it was built "
                   "without the tree-sitter grammar %2. Run packaging/fetch-grammars.sh, then "
                   "build again.");
    return Error{message.arg(plan.rootPath, QLatin1String(treesitter::grammarPackage(grammar))),
                 {}};
}

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// The trial applies the first units up to this many bytes: enough to see which engine
// refuses the SQL, and cheap next to the load itself.
constexpr qint64 trialBytes = 4 * 1024 * 1024;

int refusedStatements(const LoadResult &result)
{
    int refused = 0;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.rule == QLatin1String("parse-error") || d.rule == QLatin1String("migration-error"))
            ++refused;
    }
    return refused;
}

LoadResult loadAs(MigrationPlan plan, Dialect dialect, const LoadOptions &options)
{
    plan.dialect = dialect;
    return dialect == Dialect::SQLite ? sqlite::loadPlan(std::move(plan), options)
                                      : pg::loadPlan(std::move(plan), options);
}

// Weak evidence: both engines try the first units, and the dialect that refuses fewer
// statements is kept (on a tie, the evidence's lean, else PostgreSQL).
LoadResult loadWithTrial(MigrationPlan plan, const LoadOptions &options)
{
    const Dialect lean = plan.dialect;
    MigrationPlan sample = plan;
    sample.units.clear();
    qint64 bytes = 0;
    for (const MigrationUnit &unit : std::as_const(plan.units)) {
        if (!sample.units.isEmpty() && bytes + unit.sql.size() > trialBytes)
            break;
        bytes += unit.sql.size();
        sample.units.append(unit);
    }
    const Dialect fallback = lean == Dialect::Unknown ? Dialect::PostgreSQL : lean;
    if (bytes > trialBytes) {
        plan.dialectEvidence += Tr::tr("; too large to try both engines, %1 assumed")
                                    .arg(discovery::dialectDisplayName(fallback));
        return loadAs(std::move(plan), fallback, options);
    }
    LoadOptions quiet = options;
    quiet.progress = nullptr;
    const LoadResult pg = loadAs(sample, Dialect::PostgreSQL, quiet);
    const LoadResult lite = loadAs(sample, Dialect::SQLite, quiet);
    DialectTrial &trial = plan.dialectTrial;
    trial.ran = true;
    trial.units = int(sample.units.size());
    trial.pgStatements = pg.stats.statements;
    trial.pgErrors = refusedStatements(pg);
    trial.sqliteStatements = lite.stats.statements;
    trial.sqliteErrors = refusedStatements(lite);
    const Dialect chosen = trial.pgErrors < trial.sqliteErrors   ? Dialect::PostgreSQL
                           : trial.sqliteErrors < trial.pgErrors ? Dialect::SQLite
                                                                 : fallback;
    const QString outcome =
        Tr::tr("both engines tried on %n file(s): PostgreSQL refused %1 of %2 statements, "
               "SQLite %3 of %4",
               nullptr, trial.units)
            .arg(trial.pgErrors)
            .arg(trial.pgStatements)
            .arg(trial.sqliteErrors)
            .arg(trial.sqliteStatements);
    DialectSignal signal;
    signal.dialect = chosen;
    signal.source = QStringLiteral("trial");
    signal.marker = outcome;
    plan.dialectSignals.append(signal);
    if (trial.pgErrors != trial.sqliteErrors) {
        plan.dialectConfidence = DialectConfidence::Medium;
        plan.dialectEvidence =
            outcome + Tr::tr("; %1 kept").arg(discovery::dialectDisplayName(chosen));
    } else {
        plan.dialectEvidence =
            outcome + (lean == Dialect::Unknown
                           ? Tr::tr("; no dialect-specific syntax found, PostgreSQL assumed")
                           : Tr::tr("; %1 kept by the evidence (%2)")
                                 .arg(discovery::dialectDisplayName(chosen), plan.dialectEvidence));
    }
    if (sample.units.size() == plan.units.size()) {
        // The trial loaded everything already: keep the chosen engine's result.
        LoadResult result = chosen == Dialect::SQLite ? lite : pg;
        plan.dialect = chosen;
        result.source = std::move(plan);
        if (options.progress)
            options.progress(int(result.source.units.size()), int(result.source.units.size()));
        return result;
    }
    return loadAs(std::move(plan), chosen, options);
}

} // namespace

Result<LoadResult> loadSource(const QString &source, const LoadOptions &options)
{
    const bool databaseSource = live::isConnectionString(source) ||
                                source.startsWith(QLatin1String("sqlite:")) ||
                                (QFileInfo(source).isFile() && sqlite::isDatabaseFile(source));
    if (databaseSource && !options.at.isEmpty())
        return noHistory(live::isConnectionString(source) ? live::redactConnectionString(source)
                                                          : source);
    // A live server or a database file is its engine.
    auto engine = [](Result<LoadResult> result) {
        if (result)
            result->source.dialectConfidence = DialectConfidence::High;
        return result;
    };
    if (live::isConnectionString(source))
        return engine(live::loadLive(source, options));
    const QLatin1String sqlitePrefix("sqlite:");
    if (source.startsWith(sqlitePrefix))
        return engine(sqlite::loadDatabaseFile(source.mid(sqlitePrefix.size()), options));
    if (QFileInfo(source).isFile() && sqlite::isDatabaseFile(source))
        return engine(sqlite::loadDatabaseFile(source, options));

    Result<MigrationPlan> plan = discover(source, options.discovery);
    if (!plan)
        return plan.error();
    if (!options.at.isEmpty()) {
        const Result<int> applied = resolveMigrationPoint(plan.value(), options.at);
        if (!applied)
            return applied.error();
        plan->units.resize(applied.value());
    }
    if (std::optional<Error> missing = missingGrammar(plan.value()))
        return *missing;
    // Ecto and Alembic files are code, not SQL: no engine trial; their loaders write the
    // DDL of the plan's dialect.
    const bool dsl =
        plan->layout == QLatin1String("ecto") || plan->layout == QLatin1String("alembic");
    if (!dsl && plan->dialectConfidence == DialectConfidence::Low && !plan->units.isEmpty())
        return loadWithTrial(std::move(plan).value(), options);
    if (plan->dialect == Dialect::Unknown) {
        // Nothing to try (no units): PostgreSQL is the default.
        plan->dialect = Dialect::PostgreSQL;
        plan->dialectEvidence = Tr::tr("no dialect-specific syntax found; PostgreSQL assumed");
    }
    if (plan->layout == QLatin1String("ecto"))
        return ecto::loadPlan(std::move(plan).value(), options);
    if (plan->layout == QLatin1String("alembic"))
        return alembic::loadPlan(std::move(plan).value(), options);
    const Dialect dialect = plan->dialect;
    return loadAs(std::move(plan).value(), dialect, options);
}

} // namespace schemalens::load
