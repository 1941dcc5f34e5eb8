#include "core/load/loader.h"

#include "core/load/alembic/alembicloader.h"
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

} // namespace

Result<LoadResult> loadSource(const QString &source, const LoadOptions &options)
{
    const bool databaseSource = live::isConnectionString(source) ||
                                source.startsWith(QLatin1String("sqlite:")) ||
                                (QFileInfo(source).isFile() && sqlite::isDatabaseFile(source));
    if (databaseSource && !options.at.isEmpty())
        return noHistory(live::isConnectionString(source) ? live::redactConnectionString(source)
                                                          : source);
    if (live::isConnectionString(source))
        return live::loadLive(source, options);
    const QLatin1String sqlitePrefix("sqlite:");
    if (source.startsWith(sqlitePrefix))
        return sqlite::loadDatabaseFile(source.mid(sqlitePrefix.size()), options);
    if (QFileInfo(source).isFile() && sqlite::isDatabaseFile(source))
        return sqlite::loadDatabaseFile(source, options);

    Result<MigrationPlan> plan = discover(source, options.discovery);
    if (!plan)
        return plan.error();
    if (!options.at.isEmpty()) {
        const Result<int> applied = resolveMigrationPoint(plan.value(), options.at);
        if (!applied)
            return applied.error();
        plan->units.resize(applied.value());
    }
    if (plan->dialect == Dialect::Unknown) {
        // Plain DDL that either engine accepts: PostgreSQL is the default.
        plan->dialect = Dialect::PostgreSQL;
        plan->dialectEvidence = QCoreApplication::translate(
            "schemalens", "no dialect-specific syntax found; PostgreSQL assumed");
    }
    if (std::optional<Error> missing = missingGrammar(plan.value()))
        return *missing;
    if (plan->layout == QLatin1String("ecto"))
        return ecto::loadPlan(std::move(plan).value(), options);
    if (plan->layout == QLatin1String("alembic"))
        return alembic::loadPlan(std::move(plan).value(), options);
    if (plan->dialect == Dialect::SQLite)
        return sqlite::loadPlan(std::move(plan).value(), options);
    return pg::loadPlan(std::move(plan).value(), options);
}

} // namespace schemalens::load
