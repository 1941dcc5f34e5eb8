#include "core/load/transactions.h"

#include <QCoreApplication>

namespace schemalens::load {

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

using Mode = TransactionPolicy::Mode;

// Each tool's documented default for PostgreSQL.
TransactionPolicy layoutDefault(const QString &layout)
{
    // clang-format off
    if (layout == QLatin1String("flyway"))
        return {Mode::Detect, Tr::tr("Flyway runs each migration in a transaction unless it holds a statement that cannot run in one")};
    if (layout == QLatin1String("supabase"))
        return {Mode::Detect, Tr::tr("the Supabase CLI runs each migration in a transaction and runs statements that cannot run in one on their own")};
    if (layout == QLatin1String("goose"))
        return {Mode::PerFile, Tr::tr("goose runs each migration in a transaction (unless -- +goose NO TRANSACTION)")};
    if (layout == QLatin1String("dbmate"))
        return {Mode::PerFile, Tr::tr("dbmate runs each migration in a transaction (unless transaction:false)")};
    if (layout == QLatin1String("diesel"))
        return {Mode::PerFile, Tr::tr("Diesel runs each migration in a transaction (unless run_in_transaction = false)")};
    if (layout == QLatin1String("sqlx"))
        return {Mode::PerFile, Tr::tr("sqlx runs each migration in a transaction (unless it starts with -- no-transaction)")};
    if (layout == QLatin1String("drizzle"))
        return {Mode::PerFile, Tr::tr("drizzle-kit runs pending migrations in one transaction")};
    if (layout == QLatin1String("popx"))
        return {Mode::PerFile, Tr::tr("popx runs each migration in a transaction (unless the file is .autocommit)")};
    if (layout == QLatin1String("synapse"))
        return {Mode::PerFile, Tr::tr("Synapse applies each schema delta inside a transaction")};
    if (layout == QLatin1String("ecto"))
        return {Mode::PerFile, Tr::tr("Ecto runs each migration in a transaction (unless @disable_ddl_transaction)")};
    if (layout == QLatin1String("alembic"))
        return {Mode::PerFile, Tr::tr("Alembic runs migrations in a transaction")};
    if (layout == QLatin1String("prisma"))
        return {Mode::Implicit, Tr::tr("Prisma sends each migration as one multi-statement query, which PostgreSQL runs as one transaction")};
    if (layout == QLatin1String("golang-migrate"))
        return {Mode::Implicit, Tr::tr("golang-migrate sends each migration as one multi-statement query, which PostgreSQL runs as one transaction")};
    if (layout == QLatin1String("postgrator"))
        return {Mode::Implicit, Tr::tr("Postgrator sends each migration as one multi-statement query, which PostgreSQL runs as one transaction")};
    // clang-format on
    // sqitch deploys through psql (its scripts carry their own BEGIN/COMMIT); dumps, Rails
    // structure files and plain folders are run statement by statement.
    if (layout == QLatin1String("sqitch"))
        return {Mode::Autocommit, Tr::tr("sqitch runs each script through psql, statement by "
                                         "statement (its scripts carry their own BEGIN)")};
    return {Mode::Autocommit, Tr::tr("each statement commits on its own"), false};
}

} // namespace

TransactionPolicy transactionPolicy(const QString &layout, const MigrationUnit &unit,
                                    std::optional<bool> override)
{
    // A migration's own opt-out is the most specific statement there is.
    const bool sqlxOptOut =
        layout == QLatin1String("sqlx") && unit.sql.trimmed().startsWith("-- no-transaction");
    if (unit.noTransaction || sqlxOptOut)
        return {Mode::Autocommit, Tr::tr("this migration opts out of the tool's transaction")};
    if (override)
        return *override ? TransactionPolicy{Mode::PerFile,
                                             Tr::tr("the review file says migrations run in a "
                                                    "transaction (migrationsInTransaction)")}
                         : TransactionPolicy{Mode::Autocommit,
                                             Tr::tr("the review file says migrations run without a "
                                                    "transaction (migrationsInTransaction)")};
    return layoutDefault(layout);
}

} // namespace schemalens::load
