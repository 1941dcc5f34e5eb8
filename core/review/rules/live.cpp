// Rules that need a live PostgreSQL database (DESIGN.md "Review rules", needs L): index
// usage statistics and, behind --data-checks, rows whose soft reference points nowhere.

#include "core/review/context.h"
#include "core/review/datacheck.h"
#include "core/review/rule.h"

#include <QCoreApplication>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// "12 days", "5 hours": how much history the statistics cover.
QString age(const QDateTime &since, const QDateTime &now)
{
    const qint64 seconds = since.secsTo(now);
    if (seconds >= 2 * 86400)
        return Tr::tr("%1 days").arg(seconds / 86400);
    if (seconds >= 2 * 3600)
        return Tr::tr("%1 hours").arg(seconds / 3600);
    return Tr::tr("%1 minutes").arg(qMax<qint64>(0, seconds / 60));
}

void unusedIndex(const ReviewContext &context, Findings &findings)
{
    const std::optional<model::LiveInfo> &live = context.schema().live;
    if (!live)
        return;
    const QString window =
        live->statisticsSince.isValid()
            ? (live->statisticsReset ? Tr::tr("since the statistics were reset %1 ago")
                                     : Tr::tr("since the server started %1 ago"))
                  .arg(age(live->statisticsSince, live->readAt))
            : Tr::tr("since the statistics began");
    for (const model::Table *table : context.tables()) {
        for (const model::Index &index : table->indexes) {
            // Unique indexes enforce something even when no query reads them.
            if (!index.scans || *index.scans > 0 || index.unique || !index.constraint.isEmpty())
                continue;
            Finding f;
            f.rule = QStringLiteral("unused-index");
            f.object.kind = ObjectRef::Kind::Index;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.index = index.name;
            f.object.columns = index.columns();
            f.message = Tr::tr("Index %1 on %2 has never been scanned %3")
                            .arg(index.name, context.qualified(*table), window);
            f.fix = QStringLiteral("DROP INDEX CONCURRENTLY %1;")
                        .arg(context.qualifiedName(table->schema, index.name));
            f.location = index.origin;
            findings.append(std::move(f));
        }
    }
}

void orphanRows(const ReviewContext &context, Findings &findings)
{
    const DataChecker *checker = context.dataChecker();
    if (!checker)
        return;
    for (const SoftReference &ref : context.softReferences()) {
        if (!ref.table || !ref.target)
            continue;
        const DataChecker::Count count =
            checker->countOrphans(*ref.table, ref.column, *ref.target, ref.targetColumn);
        if (!count.error.isEmpty() || count.rows == 0)
            continue;
        Finding f;
        f.rule = QStringLiteral("orphan-rows");
        f.object.kind = ObjectRef::Kind::Column;
        f.object.schema = ref.table->schema;
        f.object.table = ref.table->name;
        f.object.column = ref.column;
        f.object.refSchema = ref.target->schema;
        f.object.refTable = ref.target->name;
        f.object.refColumns = {ref.targetColumn};
        const QString rows =
            count.atLeast ? Tr::tr("at least %1").arg(count.rows) : QString::number(count.rows);
        f.message = Tr::tr("%1 rows of %2 have a %3 that matches no %4.%5")
                        .arg(rows, context.qualified(*ref.table), ref.column,
                             context.qualified(*ref.target), ref.targetColumn);
        f.fix = QStringLiteral("-- clean up or re-link the orphans, then:\n"
                               "ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES %3 (%4) NOT VALID;")
                    .arg(context.qualified(*ref.table), context.quote(ref.column),
                         context.qualified(*ref.target), context.quote(ref.targetColumn));
        f.location = ref.table->column(ref.column) ? ref.table->column(ref.column)->origin
                                                   : ref.table->origin;
        findings.append(std::move(f));
    }
}

} // namespace

Rules liveRules()
{
    Rules rules;
    rules.append(Rule{.info = {.id = QStringLiteral("unused-index"),
                               .family = QStringLiteral("indexes"),
                               .defaultSeverity = Severity::Info,
                               .needs = Needs::Live,
                               .title = Tr::tr("Index never scanned"),
                               .rationale = Tr::tr(
                                   "pg_stat_user_indexes counts no scan of this index since the "
                                   "statistics began; it costs every write and its disk space "
                                   "without serving a query. Check replicas and rare jobs first."),
                               .fix = Tr::tr("DROP INDEX CONCURRENTLY <index>;"),
                               .sqlite = false},
                      .run = unusedIndex});
    rules.append(Rule{
        .info = {.id = QStringLiteral("orphan-rows"),
                 .family = QStringLiteral("referential"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Live,
                 .title = Tr::tr("Rows whose reference points at no parent row"),
                 .rationale = Tr::tr("Without a foreign key nothing stops a soft reference from "
                                     "pointing at a deleted or never-existing row; these rows do. "
                                     "Counted with a bounded read-only query (--data-checks)."),
                 .fix = Tr::tr("Delete or re-link the orphan rows, then add the foreign key (NOT "
                               "VALID, then VALIDATE CONSTRAINT)."),
                 .sqlite = false},
        .run = orphanRows});
    return rules;
}

} // namespace schemalens::review
