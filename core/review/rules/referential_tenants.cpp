// nullable-tenant: tenant columns (workspace_id, organization_id, client_account_id…) that
// may be NULL where the schema says rows belong to a tenant. Registered with the design
// family (core/review/rules/design.cpp); the tenant reasoning lives here, next to the other
// tenant rules (tenant-composite-fk, cascade-inconsistent's tenant role).

#include "core/review/rules/referential_p.h"
#include "core/util/plural.h"

#include <QRegularExpression>

namespace schemalens::review::referential {

namespace {

// A nullable tenant column whose NULL is deliberate: a CHECK, index predicate or policy
// that mentions "<column> IS NULL" (global rows shared by every tenant).
bool nullIsDeliberate(const model::Table &table, const QString &column)
{
    const QRegularExpression isNull(
        QStringLiteral("\"?%1\"?\\s+IS\\s+(NOT\\s+)?NULL").arg(QRegularExpression::escape(column)),
        QRegularExpression::CaseInsensitiveOption);
    for (const model::CheckConstraint &check : table.checks) {
        if (isNull.match(check.expression).hasMatch())
            return true;
    }
    for (const model::Index &index : table.indexes) {
        if (isNull.match(index.predicate).hasMatch())
            return true;
    }
    for (const model::Policy &policy : table.policies) {
        if (isNull.match(policy.usingExpr).hasMatch())
            return true;
    }
    return false;
}

// What says TABLE's rows belong to a tenant through COLUMN: its foreign key deletes them
// with the tenant (ON DELETE CASCADE), or a row-level security policy filters by it. Empty
// when nothing does.
QString ownership(const model::Table &table, const QString &column)
{
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (fk.columns == QStringList{column} && fk.onDelete == QLatin1String("cascade"))
            return Tr::tr("its rows are deleted with their %1 (ON DELETE CASCADE)")
                .arg(fk.refTable);
    }
    if (table.rowSecurity) {
        const QRegularExpression word(QLatin1String("(^|[^A-Za-z0-9_])\"?") +
                                      QRegularExpression::escape(column) +
                                      QLatin1String("\"?($|[^A-Za-z0-9_])"));
        for (const model::Policy &policy : table.policies) {
            if (word.match(policy.usingExpr).hasMatch() || word.match(policy.withCheck).hasMatch())
                return Tr::tr("its row-level security policy %1 filters by it").arg(policy.name);
        }
    }
    return {};
}

// True when TABLE reaches a tenant through another reference (api_keys.project_id →
// projects, whose org_id is NOT NULL): a NULL tenant column may then mean "scoped by that
// parent" rather than "nobody's".
bool tenantThroughParent(const ReviewContext &context, const model::Table &table,
                         const QString &column)
{
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (fk.columns.contains(column))
            continue;
        const model::Table *parent = context.referencedTable(fk);
        if (!parent || parent == &table)
            continue;
        // The parent's own tenant column, whatever it is called there (org_id for
        // organization_id).
        for (const model::Column &parentColumn : parent->columns) {
            if (!parentColumn.nullable && context.isTenantColumn(parentColumn.name))
                return true;
        }
    }
    return false;
}

} // namespace

void nullableTenant(const ReviewContext &context, Findings &out)
{
    struct Use {
        const model::Table *table;
        const model::Column *column;
    };
    QMap<QString, QList<Use>> notNull;
    QMap<QString, QList<Use>> nullable;
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (!context.isTenantColumn(column.name))
                continue;
            (column.nullable ? nullable : notNull)[column.name.toLower()].append({table, &column});
        }
    }
    for (auto it = nullable.cbegin(); it != nullable.cend(); ++it) {
        const QList<Use> strict = notNull.value(it.key());
        QList<Use> suspects;
        for (const Use &u : *it) {
            if (!nullIsDeliberate(*u.table, u.column->name))
                suspects.append(u);
        }
        if (suspects.isEmpty())
            continue;
        // Across the schema: the column is required in most of the tables that have it (at
        // least two, and more than those where it is optional). Otherwise tenancy is optional
        // by design here, unless the table itself says its rows belong to a tenant.
        const bool convention = strict.size() >= 2 && strict.size() > suspects.size();
        QStringList strictNames;
        for (const Use &u : strict)
            strictNames.append(u.table->name);
        strictNames.sort();
        const QString sample = strictNames.mid(0, 3).join(QStringLiteral(", ")) +
                               (strictNames.size() > 3 ? QStringLiteral(", …") : QString());
        for (const Use &u : std::as_const(suspects)) {
            const QString owned = ownership(*u.table, u.column->name);
            if (!convention &&
                (owned.isEmpty() || tenantThroughParent(context, *u.table, u.column->name)))
                continue;
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = u.table->schema;
            f.object.table = u.table->name;
            f.object.column = u.column->name;
            if (convention) {
                f.message = plural(Tr::tr("%1.%2 is nullable while %2 is NOT NULL in %3 other "
                                          "table(s) (%4): rows without a tenant escape tenant "
                                          "filters"),
                                   strict.size())
                                .arg(u.table->name, u.column->name)
                                .arg(strict.size())
                                .arg(sample);
                if (!owned.isEmpty())
                    f.message += Tr::tr(", and %1").arg(owned);
                // The schema states both sides; that the exception is a mistake is inferred.
                f.confidence = owned.isEmpty() ? Confidence::Medium : Confidence::High;
            } else {
                f.message = Tr::tr("%1.%2 is nullable, though %3: a row without a tenant "
                                   "belongs to no one and escapes tenant filters")
                                .arg(u.table->name, u.column->name, owned);
                f.confidence = Confidence::Medium;
            }
            if (context.isSqlite()) {
                f.fix =
                    Tr::tr("SQLite cannot add NOT NULL to a column: rebuild %1 with %2 NOT NULL "
                           "(after backfilling the NULL rows).")
                        .arg(u.table->name, u.column->name);
            } else {
                f.fix = Tr::tr("-- backfill rows where %2 IS NULL first\n"
                               "ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;")
                            .arg(context.qualified(*u.table), context.quote(u.column->name));
            }
            f.location = u.column->origin.isValid() ? u.column->origin : u.table->origin;
            out.append(std::move(f));
        }
    }
}

} // namespace schemalens::review::referential
