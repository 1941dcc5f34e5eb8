// The bookkeeping tables of each migration tool, as the tool's own source creates them.
#include "core/load/bookkeeping.h"

namespace schemalens::load {

namespace {

BookkeepingColumn col(const char *name, const char *type, bool notNull = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(type), notNull};
}

BookkeepingTable table(const char *tool, const char *schema, const char *name,
                       QList<BookkeepingColumn> columns, QStringList primaryKey,
                       const char *sqliteDdl)
{
    BookkeepingTable t;
    t.tool = QString::fromLatin1(tool);
    t.schema = QString::fromLatin1(schema);
    t.name = QString::fromLatin1(name);
    t.columns = std::move(columns);
    t.primaryKey = std::move(primaryKey);
    t.sqliteDdl = sqliteDdl;
    return t;
}

QStringList key(const char *column)
{
    return {QString::fromLatin1(column)};
}

// golang-migrate (database/postgres, database/sqlite3).
QList<BookkeepingTable> golangMigrate()
{
    return {table("golang-migrate", "", "schema_migrations",
                  {col("version", "bigint", true), col("dirty", "boolean", true)}, key("version"),
                  "CREATE TABLE schema_migrations (version uint64, dirty bool);"
                  "CREATE UNIQUE INDEX version_unique ON schema_migrations (version);")};
}

// dbmate (pkg/driver/postgres, pkg/driver/sqlite).
QList<BookkeepingTable> dbmate()
{
    return {table("dbmate", "", "schema_migrations", {col("version", "varchar(128)", true)},
                  key("version"),
                  "CREATE TABLE schema_migrations (version varchar(128) primary key);")};
}

// Rails (ActiveRecord::SchemaMigration and ActiveRecord::InternalMetadata).
QList<BookkeepingTable> rails()
{
    return {table("Rails", "", "schema_migrations", {col("version", "character varying", true)},
                  key("version"),
                  "CREATE TABLE schema_migrations (version varchar NOT NULL PRIMARY KEY);"),
            table("Rails", "", "ar_internal_metadata",
                  {col("key", "character varying", true), col("value", "character varying"),
                   col("created_at", "timestamp(6) without time zone", true),
                   col("updated_at", "timestamp(6) without time zone", true)},
                  key("key"),
                  "CREATE TABLE ar_internal_metadata (key varchar NOT NULL PRIMARY KEY, value "
                  "varchar, created_at datetime(6) NOT NULL, updated_at datetime(6) NOT NULL);")};
}

// Ecto (Ecto.Migration.SchemaMigration).
QList<BookkeepingTable> ecto()
{
    return {table(
        "Ecto", "", "schema_migrations",
        {col("version", "bigint", true), col("inserted_at", "timestamp(0) without time zone")},
        key("version"),
        "CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, inserted_at "
        "TEXT);")};
}

// Alembic (alembic.runtime.migration).
QList<BookkeepingTable> alembic()
{
    return {table("Alembic", "", "alembic_version", {col("version_num", "varchar(32)", true)},
                  key("version_num"),
                  "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT "
                  "alembic_version_pkc PRIMARY KEY (version_num));")};
}

// Flyway (its PostgreSQL and SQLite createMetaDataTable.sql).
QList<BookkeepingTable> flyway()
{
    return {table("Flyway", "", "flyway_schema_history",
                  {col("installed_rank", "integer", true), col("version", "varchar(50)"),
                   col("description", "varchar(200)", true), col("type", "varchar(20)", true),
                   col("script", "varchar(1000)", true), col("checksum", "integer"),
                   col("installed_by", "varchar(100)", true),
                   col("installed_on", "timestamp without time zone", true),
                   col("execution_time", "integer", true), col("success", "boolean", true)},
                  key("installed_rank"),
                  "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, "
                  "version VARCHAR(50), description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT "
                  "NULL, script VARCHAR(1000) NOT NULL, checksum INT, installed_by VARCHAR(100) "
                  "NOT NULL, installed_on TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d "
                  "%H:%M:%f','now')), execution_time INT NOT NULL, success BOOLEAN NOT NULL);")};
}

// Diesel (diesel_migrations, the same SQL for every backend).
QList<BookkeepingTable> diesel()
{
    return {table(
        "Diesel", "", "__diesel_schema_migrations",
        {col("version", "varchar(50)", true), col("run_on", "timestamp without time zone", true)},
        key("version"),
        "CREATE TABLE __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT "
        "NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);")};
}

// Prisma Migrate (schema-engine's migration persistence).
QList<BookkeepingTable> prisma()
{
    return {table("Prisma", "", "_prisma_migrations",
                  {col("id", "varchar(36)", true), col("checksum", "varchar(64)", true),
                   col("finished_at", "timestamp with time zone"),
                   col("migration_name", "varchar(255)", true), col("logs", "text"),
                   col("rolled_back_at", "timestamp with time zone"),
                   col("started_at", "timestamp with time zone", true),
                   col("applied_steps_count", "integer", true)},
                  key("id"),
                  "CREATE TABLE _prisma_migrations (id TEXT PRIMARY KEY NOT NULL, checksum TEXT "
                  "NOT NULL, finished_at DATETIME, migration_name TEXT NOT NULL, logs TEXT, "
                  "rolled_back_at DATETIME, started_at DATETIME NOT NULL DEFAULT "
                  "current_timestamp, applied_steps_count INTEGER UNSIGNED NOT NULL DEFAULT 0);")};
}

// goose (internal/dialect/dialectquery).
QList<BookkeepingTable> goose()
{
    return {
        table("goose", "", "goose_db_version",
              {col("id", "integer", true), col("version_id", "bigint", true),
               col("is_applied", "boolean", true), col("tstamp", "timestamp without time zone")},
              key("id"),
              "CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY AUTOINCREMENT, "
              "version_id INTEGER NOT NULL, is_applied INTEGER NOT NULL, tstamp TIMESTAMP "
              "DEFAULT (datetime('now')));")};
}

// sqlx (sqlx-postgres and sqlx-sqlite migrate.rs).
QList<BookkeepingTable> sqlx()
{
    return {table("sqlx", "", "_sqlx_migrations",
                  {col("version", "bigint", true), col("description", "text", true),
                   col("installed_on", "timestamp with time zone", true),
                   col("success", "boolean", true), col("checksum", "bytea", true),
                   col("execution_time", "bigint", true)},
                  key("version"),
                  "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT "
                  "NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success "
                  "BOOLEAN NOT NULL, checksum BLOB NOT NULL, execution_time BIGINT NOT NULL);")};
}

// drizzle-orm's migrators: schema "drizzle" on PostgreSQL, the main database on SQLite.
QList<BookkeepingTable> drizzle()
{
    return {
        table("Drizzle", "drizzle", "__drizzle_migrations",
              {col("id", "integer", true), col("hash", "text", true), col("created_at", "bigint")},
              key("id"), ""),
        table("Drizzle", "", "__drizzle_migrations",
              {col("id", "integer", true), col("hash", "text", true), col("created_at", "numeric")},
              key("id"),
              "CREATE TABLE __drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, "
              "created_at numeric);")};
}

// The Supabase CLI keeps its history in supabase_migrations.
QList<BookkeepingTable> supabase()
{
    return {table("the Supabase CLI", "supabase_migrations", "schema_migrations",
                  {col("version", "text", true), col("statements", "text[]"), col("name", "text")},
                  key("version"), "")};
}

// Postgrator.
QList<BookkeepingTable> postgrator()
{
    return {table("Postgrator", "", "schemaversion",
                  {col("version", "bigint", true), col("name", "text"), col("md5", "text"),
                   col("run_at", "timestamp with time zone")},
                  key("version"),
                  "CREATE TABLE schemaversion (version BIGINT PRIMARY KEY, name TEXT, md5 TEXT, "
                  "run_at TIMESTAMP);")};
}

// ory/popx and gobuffalo/pop.
QList<BookkeepingTable> popx()
{
    return {table("popx", "", "schema_migration",
                  {col("version", "varchar(48)", true), col("version_self", "integer", true)}, {},
                  "CREATE TABLE schema_migration (version VARCHAR (48) NOT NULL, version_self "
                  "INTEGER NOT NULL DEFAULT 0);"
                  "CREATE UNIQUE INDEX schema_migration_version_idx ON schema_migration "
                  "(version);")};
}

// Sqitch's registry lives in its own schema on PostgreSQL (and in a separate database file
// on SQLite, which migrations cannot reach). Columns from sqitch's pg registry script.
QList<BookkeepingTable> sqitch()
{
    const QList<BookkeepingColumn> committed = {
        col("committed_at", "timestamp with time zone", true),
        col("committer_name", "text", true),
        col("committer_email", "text", true),
        col("planned_at", "timestamp with time zone", true),
        col("planner_name", "text", true),
        col("planner_email", "text", true)};
    return {
        table("Sqitch", "sqitch", "releases",
              {col("version", "real", true), col("installed_at", "timestamp with time zone", true),
               col("installer_name", "text", true), col("installer_email", "text", true)},
              key("version"), ""),
        table("Sqitch", "sqitch", "projects",
              {col("project", "text", true), col("uri", "text"),
               col("created_at", "timestamp with time zone", true),
               col("creator_name", "text", true), col("creator_email", "text", true)},
              key("project"), ""),
        table("Sqitch", "sqitch", "changes",
              QList<BookkeepingColumn>{col("change_id", "text", true), col("script_hash", "text"),
                                       col("change", "text", true), col("project", "text", true),
                                       col("note", "text", true)} +
                  committed,
              key("change_id"), ""),
        table("Sqitch", "sqitch", "tags",
              QList<BookkeepingColumn>{col("tag_id", "text", true), col("tag", "text", true),
                                       col("project", "text", true), col("change_id", "text", true),
                                       col("note", "text", true)} +
                  committed,
              key("tag_id"), ""),
        table("Sqitch", "sqitch", "dependencies",
              {col("change_id", "text", true), col("type", "text", true),
               col("dependency", "text", true), col("dependency_id", "text")},
              {QStringLiteral("change_id"), QStringLiteral("dependency")}, ""),
        table("Sqitch", "sqitch", "events",
              QList<BookkeepingColumn>{col("event", "text", true), col("change_id", "text", true),
                                       col("change", "text", true), col("project", "text", true),
                                       col("note", "text", true), col("requires", "text[]", true),
                                       col("conflicts", "text[]", true),
                                       col("tags", "text[]", true)} +
                  committed,
              {QStringLiteral("change_id"), QStringLiteral("committed_at")}, "")};
}

} // namespace

QList<BookkeepingTable> bookkeepingTables(const QString &layout)
{
    const QByteArray l = layout.toLatin1();
    if (l == "golang-migrate")
        return golangMigrate();
    if (l == "dbmate")
        return dbmate();
    if (l == "rails-structure" || l == "rails")
        return rails();
    if (l == "ecto")
        return ecto();
    if (l == "alembic")
        return alembic();
    if (l == "flyway")
        return flyway();
    if (l == "diesel")
        return diesel();
    if (l == "prisma")
        return prisma();
    if (l == "goose")
        return goose();
    if (l == "sqlx")
        return sqlx();
    if (l == "drizzle")
        return drizzle();
    if (l == "supabase")
        return supabase();
    if (l == "postgrator")
        return postgrator();
    if (l == "popx")
        return popx();
    if (l == "sqitch")
        return sqitch();
    return {};
}

const BookkeepingTable *findBookkeepingTable(const QList<BookkeepingTable> &tables,
                                             const QString &schema, const QString &name,
                                             const QString &defaultSchema)
{
    for (const BookkeepingTable &t : tables) {
        if (t.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QString wanted = t.schema.isEmpty() ? defaultSchema : t.schema;
        const QString given = schema.isEmpty() ? defaultSchema : schema;
        if (wanted.compare(given, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

} // namespace schemalens::load
