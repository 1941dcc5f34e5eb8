// Referential rules about references themselves: soft-fk, polymorphic-fk, fk-missing-index,
// tenant-composite-fk, self-ref-no-check.

#include "core/review/rules/referential_p.h"

#include <QRegularExpression>

namespace schemalens::review::referential {

namespace {

// PostgreSQL truncates identifiers to 63 bytes; keep generated names inside that.
QString identifierName(const QString &name)
{
    return name.left(63);
}

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("self"))
        return Tr::tr("a reference to its own table");
    if (reason == QLatin1String("prefix"))
        return Tr::tr("named after the table with a prefix");
    if (reason == QLatin1String("plural"))
        return Tr::tr("named after the table in the singular");
    return Tr::tr("named after the table");
}

} // namespace

void softFk(const ReviewContext &context, Findings &out)
{
    for (const SoftReference &soft : context.softReferences()) {
        const model::Column *column = soft.table->column(soft.column);
        Finding f;
        f.object.kind = ObjectRef::Kind::Column;
        f.object.schema = soft.table->schema;
        f.object.table = soft.table->name;
        f.object.column = soft.column;
        f.object.refSchema = soft.target->schema;
        f.object.refTable = soft.target->name;
        f.object.refColumns = {soft.targetColumn};
        f.location = column ? column->origin : soft.table->origin;
        f.message = Tr::tr("%1.%2 looks like a reference to %3.%4 (%5) but has no foreign key")
                        .arg(soft.table->name, soft.column, soft.target->name, soft.targetColumn,
                             reasonText(soft.reason));
        const QString name = identifierName(soft.table->name + QLatin1Char('_') + soft.column +
                                            QLatin1String("_fkey"));
        f.fix = addForeignKeySql(context, *soft.table, name, {soft.column}, *soft.target,
                                 {soft.targetColumn});
        if (!context.isSqlite()) {
            // Adding it NOT VALID first takes no long lock; validating then scans without
            // blocking writes.
            f.fix.chop(1);
            f.fix += QLatin1String(" NOT VALID;\nALTER TABLE ") + context.qualified(*soft.table) +
                     QLatin1String(" VALIDATE CONSTRAINT ") + context.quote(name) +
                     QLatin1Char(';');
        }
        out.append(f);
    }
}

void polymorphicFk(const ReviewContext &context, Findings &out)
{
    const QSet<QString> names = tableNames(context);
    for (const model::Table *table : context.tables()) {
        for (const PolymorphicPair &pair : polymorphicPairs(*table, names)) {
            if (isForeignKeyColumn(*table, pair.idColumn))
                continue;
            const model::Column *id = table->column(pair.idColumn);
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.column = pair.idColumn;
            f.object.columns = {pair.typeColumn, pair.idColumn};
            f.location = id ? id->origin : table->origin;
            f.message =
                Tr::tr("%1.%2 + %3 is a polymorphic reference: no constraint can check that "
                       "the row it names exists")
                    .arg(table->name, pair.typeColumn, pair.idColumn);
            f.fix = Tr::tr("Use one nullable foreign key column per target table with CHECK "
                           "(num_nonnulls(a_id, b_id) = 1), or make the targets share one parent "
                           "table the reference can point at.");
            out.append(f);
        }
    }
}

void fkMissingIndex(const ReviewContext &context, Findings &out)
{
    auto indexSql = [&](const model::Table &table, const QStringList &columns) -> QString {
        const QString name = identifierName(table.name + QLatin1Char('_') +
                                            columns.join(QLatin1Char('_')) + QLatin1String("_idx"));
        return QLatin1String(context.isSqlite() ? "CREATE INDEX " : "CREATE INDEX CONCURRENTLY ") +
               context.quote(name) + QLatin1String(" ON ") + context.qualified(table) +
               QLatin1String(" (") + columnList(context, columns) + QLatin1String(");");
    };
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys) {
            if (context.isCoveredByIndex(*table, fk.columns))
                continue;
            Finding f;
            f.object = foreignKeyObject(*table, fk);
            f.location = fk.origin;
            f.message = Tr::tr("Foreign key %1 → %2 has no index on (%3): every delete or key "
                               "update in %2 scans %4")
                            .arg(describeKey(*table, fk.columns), fk.refTable,
                                 fk.columns.join(QLatin1String(", ")), table->name);
            f.fix = indexSql(*table, fk.columns);
            out.append(f);
        }
    }
    for (const SoftReference &soft : context.softReferences()) {
        if (context.isCoveredByIndex(*soft.table, {soft.column}))
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Column;
        f.object.schema = soft.table->schema;
        f.object.table = soft.table->name;
        f.object.column = soft.column;
        f.object.refSchema = soft.target->schema;
        f.object.refTable = soft.target->name;
        f.object.refColumns = {soft.targetColumn};
        const model::Column *column = soft.table->column(soft.column);
        f.location = column ? column->origin : soft.table->origin;
        f.message =
            Tr::tr("Soft reference %1.%2 → %3 has no index: joins and lookups by %3 scan %1")
                .arg(soft.table->name, soft.column, soft.target->name);
        f.fix = indexSql(*soft.table, {soft.column});
        out.append(f);
    }
}

namespace {

// The tenant table a column of TABLE points at, by declared FK or soft reference.
const model::Table *referenceTarget(const ReviewContext &context, const model::Table &table,
                                    const QString &column)
{
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (fk.columns == QStringList{column})
            return context.referencedTable(fk);
    }
    for (const SoftReference &soft : context.softReferences()) {
        if (soft.table == &table && soft.column == column)
            return soft.target;
    }
    return nullptr;
}

bool hasUniqueOn(const model::Table &table, const QSet<QString> &columns)
{
    auto same = [&](const QStringList &key) {
        return QSet<QString>(key.begin(), key.end()) == columns;
    };
    if (table.primaryKey && same(table.primaryKey->columns))
        return true;
    for (const model::KeyConstraint &unique : table.uniques) {
        if (same(unique.columns))
            return true;
    }
    for (const model::Index &index : table.indexes) {
        if (index.unique && index.predicate.isEmpty() && same(index.columns()))
            return true;
    }
    return false;
}

} // namespace

void tenantCompositeFk(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::Column &tenant : table->columns) {
            if (!context.isTenantColumn(tenant.name))
                continue;
            const model::Table *tenantTable = referenceTarget(context, *table, tenant.name);
            if (!tenantTable || tenantTable == table)
                continue;
            for (const model::ForeignKey &fk : table->foreignKeys) {
                if (fk.columns.size() != 1 || fk.refColumns.size() != 1 ||
                    fk.columns.contains(tenant.name))
                    continue;
                const model::Table *parent = context.referencedTable(fk);
                if (!parent || parent == table || parent == tenantTable || parent->external)
                    continue;
                // The parent belongs to the same tenant (NOT NULL: rows shared by all tenants
                // could not take part in a composite key).
                const model::Column *parentTenant = parent->column(tenant.name);
                if (!parentTenant || parentTenant->nullable ||
                    referenceTarget(context, *parent, tenant.name) != tenantTable)
                    continue;
                bool composite = false;
                for (const model::ForeignKey &other : table->foreignKeys) {
                    composite = composite ||
                                (other.refTable == fk.refTable && other.refSchema == fk.refSchema &&
                                 other.columns.contains(tenant.name) &&
                                 other.columns.contains(fk.columns.constFirst()));
                }
                if (composite)
                    continue;
                const QString column = fk.columns.constFirst();
                const QString key = fk.refColumns.constFirst();
                Finding f;
                f.object = foreignKeyObject(*table, fk);
                f.object.columns = {tenant.name, column};
                f.object.tables = {ReviewContext::key(table->schema, table->name),
                                   ReviewContext::key(parent->schema, parent->name),
                                   ReviewContext::key(tenantTable->schema, tenantTable->name)};
                f.location = fk.origin;
                f.fingerprintKey = tenant.name;
                f.message =
                    Tr::tr("%1.%2 → %3 and %1.%4 → %5 are separate foreign keys: nothing "
                           "ensures the %3 row belongs to the same %4")
                        .arg(table->name, column, parent->name, tenant.name, tenantTable->name);
                QStringList sql;
                if (!hasUniqueOn(*parent, {tenant.name, key}) && !context.isSqlite())
                    sql.append(QLatin1String("ALTER TABLE ") + context.qualified(*parent) +
                               QLatin1String(" ADD CONSTRAINT ") +
                               context.quote(identifierName(parent->name + QLatin1Char('_') +
                                                            tenant.name + QLatin1Char('_') + key +
                                                            QLatin1String("_key"))) +
                               QLatin1String(" UNIQUE (") +
                               columnList(context, {tenant.name, key}) + QLatin1String(");"));
                sql.append(addForeignKeySql(
                    context, *table,
                    identifierName(table->name + QLatin1Char('_') + tenant.name + QLatin1Char('_') +
                                   column + QLatin1String("_fkey")),
                    {tenant.name, column}, *parent, {tenant.name, key}, fk.onDelete));
                f.fix = sql.join(QLatin1Char('\n'));
                out.append(f);
            }
        }
    }
}

namespace {

// True when CHECK forbids COLUMN = KEY (parent_id <> id, parent_id IS DISTINCT FROM id,
// NOT (parent_id = id)).
bool forbidsSelfLink(const model::CheckConstraint &check, const QString &column, const QString &key)
{
    auto mentions = [&](const QString &name) {
        if (check.columns.contains(name))
            return true;
        const QRegularExpression word(QLatin1String("(^|[^A-Za-z0-9_])\"?") +
                                      QRegularExpression::escape(name) +
                                      QLatin1String("\"?($|[^A-Za-z0-9_])"));
        return word.match(check.expression).hasMatch();
    };
    if (!mentions(column) || !mentions(key))
        return false;
    const QString e = check.expression.toLower();
    return e.contains(QLatin1String("<>")) || e.contains(QLatin1String("!=")) ||
           e.contains(QLatin1String("distinct")) || e.contains(QLatin1String("not "));
}

} // namespace

void selfRefNoCheck(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys) {
            if (context.referencedTable(fk) != table || fk.columns.size() != 1 ||
                fk.refColumns.size() != 1 || fk.columns == fk.refColumns)
                continue;
            const QString column = fk.columns.constFirst();
            const QString key = fk.refColumns.constFirst();
            bool checked = false;
            for (const model::CheckConstraint &check : table->checks)
                checked = checked || forbidsSelfLink(check, column, key);
            if (checked)
                continue;
            Finding f;
            f.object = foreignKeyObject(*table, fk);
            f.location = fk.origin;
            f.message = Tr::tr("%1.%2 references its own table and nothing stops a row from naming "
                               "itself (%2 = %3)")
                            .arg(table->name, column, key);
            const QString check = QLatin1String("CHECK (") + context.quote(column) +
                                  QLatin1String(" <> ") + context.quote(key) + QLatin1Char(')');
            if (context.isSqlite())
                f.fix = Tr::tr("-- SQLite cannot add a constraint to an existing table; rebuild %1 "
                               "with:")
                            .arg(context.qualified(*table)) +
                        QLatin1Char('\n') + check;
            else
                f.fix = QLatin1String("ALTER TABLE ") + context.qualified(*table) +
                        QLatin1String(" ADD CONSTRAINT ") +
                        context.quote(identifierName(table->name + QLatin1Char('_') + column +
                                                     QLatin1String("_not_self"))) +
                        QLatin1Char(' ') + check + QLatin1Char(';');
            out.append(f);
        }
    }
}

} // namespace schemalens::review::referential
