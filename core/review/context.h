#pragma once

#include "core/load/migrationplan.h"
#include "core/model/schema.h"
#include "core/review/config.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace schemalens::review {

class DataChecker;     // core/review/datacheck.h
struct EnumLikeColumn; // core/review/columnfacts.h
struct ColumnFacts;    // core/review/columnfacts.h

// A column that is clearly a reference but has no FK constraint (soft-fk), with the key it
// points at. Shared by soft-fk, fk-missing-index, orphan-rows and the diagram's dashed edges.
struct SoftReference {
    const model::Table *table = nullptr;
    QString column;
    const model::Table *target = nullptr;
    QString targetColumn;
    QString reason; // how it was inferred: "name", "plural", "prefix", "self"...
    // Why no constraint is intended, when the schema says so: "dropped" (a migration dropped
    // this column's foreign key), "target-dropped" (migrations dropped foreign keys to the
    // target on purpose), "no-fks" (the schema does not use foreign keys), "no-fks:<prefix>"
    // (nor do the tables of a module, v1_*), "no-fks@<schema>.<table>" (nor do most
    // references to that table). Empty: an oversight, which soft-fk reports one by one; the
    // "no-fks" kinds get one finding each. Either way the diagram draws the reference.
    QString deliberate;
};

struct IncomingForeignKey {
    const model::Table *from = nullptr;
    const model::ForeignKey *fk = nullptr;
};

// Runs WORK(begin, end) over [0, COUNT) in a few contiguous slices on as many threads as the
// review uses (one slice when COUNT is small), and returns when all are done. WORK must only
// write what its slice owns.
void parallelSlices(qsizetype count, const std::function<void(qsizetype, qsizetype)> &work);

// Everything rules share, computed once before rules run (in parallel) and immutable after.
class ReviewContext {
public:
    ReviewContext(const model::Schema &schema, const load::MigrationPlan &plan,
                  const ReviewConfig &config, const DataChecker *dataChecker = nullptr);
    // The context keeps references to what it is given: a temporary configuration would
    // dangle (rules read it long after the constructor).
    ReviewContext(const model::Schema &schema, const load::MigrationPlan &plan,
                  ReviewConfig &&config, const DataChecker *dataChecker = nullptr) = delete;
    ~ReviewContext();
    ReviewContext(const ReviewContext &) = delete;
    ReviewContext &operator=(const ReviewContext &) = delete;

    const model::Schema &schema() const { return m_schema; }
    const load::MigrationPlan &plan() const { return m_plan; }
    // True when the source is a migration folder whose files are applied in order (so the
    // History tells what each migration did), false for a dump or a single schema file.
    bool hasMigrationHistory() const;
    load::Dialect dialect() const { return m_dialect; }
    bool isSqlite() const { return m_dialect == load::Dialect::SQLite; }
    const ReviewConfig &config() const { return m_config; }

    // The tables under review: not external stubs, not migration-tool bookkeeping
    // (schema_migrations, flyway_schema_history, __diesel_schema_migrations…), not ignored by
    // the review file, not partitions (their parent speaks for them).
    const QList<const model::Table *> &tables() const { return m_tables; }
    const model::Table *table(const QString &schema, const QString &name) const;
    const model::Table *referencedTable(const model::ForeignKey &fk) const;
    bool isReviewed(const model::Table &table) const;
    bool isBookkeeping(const model::Table &table) const;

    QList<IncomingForeignKey> incoming(const model::Table &table) const;

    // True when COLUMNS (in any order) are the leading columns of a usable index on TABLE:
    // an index (btree, or any method for equality lookups in SQLite) without a predicate or
    // with one the lookups can use, the primary key or a unique constraint. This is what an
    // FK delete/update check and the joins along it need.
    bool isCoveredByIndex(const model::Table &table, const QStringList &columns) const;
    // True when an index with PREDICATE serves the lookups of a foreign key on COLUMNS
    // (isCoveredByIndex counts such partial indexes; context.cpp says what is decided).
    static bool servesForeignKeyLookups(const QString &predicate, const QStringList &columns);

    // Threshold of RULE named KEY: the review file's value, else the rule's default.
    // At most kLargestThreshold.
    double threshold(const QString &rule, const QString &key) const;
    static constexpr double kLargestThreshold = 1e9;

    bool isTenantColumn(const QString &column) const;
    const QStringList &tenantColumns() const;

    // Identifier quoting and table naming for fix SQL in the schema's dialect: quoted only
    // when needed; the schema is omitted for "public" and for SQLite's "main".
    QString quote(const QString &identifier) const;
    QString qualified(const model::Table &table) const;
    QString qualifiedName(const QString &schema, const QString &name) const;
    static QString key(const QString &schema, const QString &name); // "schema.name"

    const QList<SoftReference> &softReferences() const { return m_softReferences; }
    // The soft reference from TABLE's COLUMN (the first inferred), or null: rules ask this
    // per column and foreign key, and a large schema has thousands of soft references.
    const SoftReference *softReference(const model::Table &table, const QString &column) const;
    QList<const SoftReference *> softReferencesFrom(const model::Table &table) const;
    // Read-only data queries (live sources with --data-checks only), else null.
    const DataChecker *dataChecker() const { return m_dataChecker; }

    // review::enumLikeColumns(), computed on first use and kept: several rules and the
    // strengths ask for it, and it costs a regular expression per column and CHECK.
    const QList<EnumLikeColumn> &enumLikeColumns() const;

    // What many rules ask about a column (the words of its name, whether it holds text, its
    // enum type…), computed once for every column of the schema before rules run.
    const ColumnFacts &facts(const model::Column &column) const;
    // The same for a column of the schema's tables, else null (facts() then computes them).
    const ColumnFacts *storedFacts(const model::Column &column) const;

    // An analysis several rules share (the referential family's ON DELETE angles), computed
    // by the first rule that asks and kept for the review: rules run in parallel on a const
    // context, so the others wait for it. KEY names the analysis; one key, one type T.
    template <typename T> const T &shared(const char *key, const std::function<T()> &compute) const
    {
        SharedSlot *slot = nullptr;
        {
            const std::lock_guard lock(m_sharedMutex);
            std::unique_ptr<SharedSlot> &entry = m_shared[std::string(key)];
            if (!entry)
                entry = std::make_unique<SharedSlot>();
            slot = entry.get();
        }
        std::call_once(slot->once, [&] { slot->value = std::make_shared<T>(compute()); });
        return *static_cast<const T *>(slot->value.get());
    }

    // A SQLite schema that the review file (or --target-dialect) says will move to
    // PostgreSQL: rules then also write the port findings, with PostgreSQL DDL as fix.
    bool targetsPostgres() const;

    // The library that owns TABLE (a job queue, a session store: core/review/libraries.h),
    // or an empty string. Computed once for the reviewed tables.
    QString owningLibrary(const model::Table &table) const;

    // The SQL comments attached to what is at ORIGIN in a migration file: a trailing `--`
    // comment on its line and the `--`/`/* */` comment lines right above it, or, with
    // STATEMENT, right above the first line of the statement it is in (for changes whose
    // origin points into an ALTER TABLE). Empty when there are none or the source text is not
    // at hand (a live database).
    QString commentsAt(const model::Origin &origin, bool statement = false) const;
    // True when the source has any comment at all (a SQL comment in a migration file, a
    // COMMENT ON a table or column): when false, nothing explains a choice and commentsAt()
    // need not be asked.
    bool hasComments() const { return m_hasComments; }
    // True when some reviewed table belongs to a library (owningLibrary()).
    bool hasLibraryTables() const { return !m_libraries.isEmpty(); }
    // The table named "schema.name" (key()), else null: for names already joined.
    const model::Table *tableByKey(const QString &key) const { return m_byName.value(key); }

private:
    struct FactStore;

    const model::Schema &m_schema;
    const load::MigrationPlan &m_plan;
    load::Dialect m_dialect;
    const ReviewConfig &m_config;
    QList<const model::Table *> m_tables;
    QHash<QString, const model::Table *> m_byName;
    QHash<const model::Table *, QList<IncomingForeignKey>> m_incoming;
    QList<SoftReference> m_softReferences;
    QHash<const model::Table *, QList<qsizetype>> m_softByTable; // indexes into the list above
    const DataChecker *m_dataChecker = nullptr;
    QStringList m_tenantColumns;
    QList<QStringList> m_tenantColumnsByLength; // for isTenantColumn(): index = name length
    std::unique_ptr<FactStore> m_facts;
    // Lazily computed shared facts: rules run in parallel on a const context, so the first
    // caller computes under call_once and the others wait for it.
    mutable std::once_flag m_enumLikeOnce;
    mutable std::unique_ptr<const QList<EnumLikeColumn>> m_enumLike;
    struct SharedSlot {
        std::once_flag once;
        std::shared_ptr<void> value;
    };
    mutable std::mutex m_sharedMutex;
    mutable std::map<std::string, std::unique_ptr<SharedSlot>> m_shared;
    QHash<const model::Table *, QString> m_libraries;
    // Lines of migration files, split on first use (commentsAt()), with the lines that hold a
    // comment marker ("--", "/*", "*/"), sorted: most lines have none nearby, and are done.
    struct SourceLines {
        QByteArray sql;              // the file (implicitly shared with the plan)
        QList<qsizetype> lineStarts; // byte offset of each line
        QList<qsizetype> markers;    // lines holding "--", "/*" or "*/"
        QString line(qsizetype i) const;
    };
    bool m_hasComments = false;
    mutable std::mutex m_linesMutex;
    mutable QHash<QString, SourceLines> m_lines;
};

// Implemented in core/review/inference.cpp (referential family).
QList<SoftReference> inferSoftReferences(const ReviewContext &context);

} // namespace schemalens::review
