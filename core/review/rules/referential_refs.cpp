// Referential rules about references themselves: soft-fk, polymorphic-fk, fk-missing-index,
// tenant-composite-fk, self-ref-no-check.

#include "core/review/rules/referential_p.h"
#include "core/util/plural.h"

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
    if (reason == QLatin1String("family"))
        return Tr::tr("named by its role after a table of its own table's family");
    if (reason == QLatin1String("plural"))
        return Tr::tr("named after the table in the singular");
    return Tr::tr("named after the table");
}

QString indexSql(const ReviewContext &context, const model::Table &table,
                 const QStringList &columns)
{
    const QString name = identifierName(table.name + QLatin1Char('_') +
                                        columns.join(QLatin1Char('_')) + QLatin1String("_idx"));
    return QLatin1String(context.isSqlite() ? "CREATE INDEX " : "CREATE INDEX CONCURRENTLY ") +
           context.quote(name) + QLatin1String(" ON ") + context.qualified(table) +
           QLatin1String(" (") + columnList(context, columns) + QLatin1String(");");
}

// The ON DELETE policy the declared foreign keys into TARGET agree on (at least two and
// more than any other), else empty; and how many of them cascade.
QString incomingPolicy(const ReviewContext &context, const model::Table &target, int *cascading)
{
    QMap<QString, int> counts;
    for (const IncomingForeignKey &in : context.incoming(target)) {
        if (in.from != &target)
            ++counts[in.fk->onDelete];
    }
    *cascading = counts.value(QStringLiteral("cascade"));
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best))
            best = it.key();
    }
    if (best.isEmpty() || counts.value(best) < 2)
        return {};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() != best && it.value() == counts.value(best))
            return {};
    }
    return best;
}

// One finding for references left unconstrained by the schema's convention, listed once.
// SCOPE is their SoftReference::deliberate: "no-fks" (the schema), "no-fks:<prefix>" (a
// module), "no-fks@<schema>.<table>" (the references to one table).
void noForeignKeys(const ReviewContext &context, const QString &scope,
                   const QList<const SoftReference *> &refs, Findings &out)
{
    const QString family =
        scope.startsWith(QLatin1String("no-fks:")) ? scope.section(QLatin1Char(':'), 1) : QString();
    const model::Table *target =
        scope.startsWith(QLatin1String("no-fks@")) ? refs.constFirst()->target : nullptr;
    int declared = 0;
    for (const model::Table *table : context.tables())
        declared += int(table->foreignKeys.size());
    QStringList names;
    QSet<QString> schemas;
    QSet<const model::Table *> tables;
    int unindexed = 0;
    for (const SoftReference *soft : refs) {
        names.append(soft->table->name + QLatin1Char('.') + soft->column + QStringLiteral(" → ") +
                     soft->target->name);
        schemas.insert(soft->table->schema);
        tables.insert(soft->table);
        unindexed += context.isCoveredByIndex(*soft->table, {soft->column}) ? 0 : 1;
    }
    const QString sample = names.mid(0, 6).join(QLatin1String(", ")) +
                           (names.size() > 6 ? QStringLiteral(", …") : QString());
    Finding f;
    f.object.kind = ObjectRef::Kind::Schema;
    f.object.schema = schemas.size() == 1 ? *schemas.cbegin() : QString();
    for (const SoftReference *soft : refs)
        f.object.columns.append(ReviewContext::key(soft->table->schema, soft->table->name) +
                                QLatin1Char('.') + soft->column);
    for (const model::Table *t : std::as_const(tables))
        f.object.tables.append(ReviewContext::key(t->schema, t->name));
    f.object.tables.sort();
    f.location = refs.constFirst()->table->origin;
    // A schema that declares no foreign key at all chose so (sharded, PlanetScale-style, or
    // checked in the application): that its references go unchecked is worth one line, but
    // nothing in the schema says it is a mistake.
    f.confidence = declared == 0 ? Confidence::Low : Confidence::Medium;
    if (target) {
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = target->schema;
        f.object.table = target->name;
        int constrained = 0;
        for (const IncomingForeignKey &in : context.incoming(*target))
            constrained += in.from != target ? 1 : 0;
        names.clear();
        for (const SoftReference *soft : refs)
            names.append(soft->table->name + QLatin1Char('.') + soft->column);
        const QString columns = names.mid(0, 6).join(QLatin1String(", ")) +
                                (names.size() > 6 ? QStringLiteral(", …") : QString());
        f.message = plural(Tr::tr("%n column(s) reference %1 by name without a foreign key, "
                                  "while %2 declare one: references to %1 are unconstrained "
                                  "by convention (%3)",
                                  nullptr, int(refs.size())),
                           refs.size())
                        .arg(target->name)
                        .arg(constrained)
                        .arg(columns);
        f.location = target->origin;
    } else if (!family.isEmpty()) {
        int members = 0;
        for (const model::Table *table : context.tables())
            members += snakeName(table->name).startsWith(family + QLatin1Char('_')) ? 1 : 0;
        f.fingerprintKey = family;
        f.message = plural(Tr::tr("The %1 tables of %2_* declare no foreign keys, unlike the "
                                  "rest of the schema: %n column(s) of theirs that are "
                                  "references by name are checked by nothing (%3)",
                                  nullptr, int(refs.size())),
                           refs.size())
                        .arg(members)
                        .arg(family, sample);
    } else {
        f.message =
            plural(declared == 0
                       ? Tr::tr("The schema declares no foreign keys: %n column(s) that are "
                                "references by name are checked by nothing (%1)",
                                nullptr, int(refs.size()))
                       : Tr::tr("The schema hardly uses foreign keys (%1 declared): %n "
                                "column(s) that are references by name are checked by nothing "
                                "(%2)",
                                nullptr, int(refs.size()))
                             .arg(declared),
                   refs.size())
                .arg(sample);
    }
    if (unindexed > 0)
        f.message += Tr::tr("; %n of them without an index", nullptr, unindexed);
    f.rationale = Tr::tr("Without foreign keys the database accepts rows that point at nothing and "
                         "keeps them when their parent goes; a deliberate choice for event stores, "
                         "partitioned or sharded tables, but then the application must check every "
                         "reference and clean up orphans, and the decision deserves a comment.");
    f.fix = Tr::tr("Declare foreign keys for the references whose parents live in this "
                   "database (NOT VALID first on big tables), or document that integrity is "
                   "kept by the application; index the reference columns that joins use.");
    out.append(std::move(f));
}

} // namespace

void softFk(const ReviewContext &context, Findings &out)
{
    // The references a convention leaves unconstrained: one finding per scope.
    QMap<QString, QList<const SoftReference *>> byDesign;
    for (const SoftReference &soft : context.softReferences()) {
        if (soft.deliberate.startsWith(QLatin1String("no-fks")))
            byDesign[soft.deliberate].append(&soft);
        if (!soft.deliberate.isEmpty())
            continue;
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
        const bool indexed = context.isCoveredByIndex(*soft.table, {soft.column});
        // The exact name of a table (or a tree's parent_id) with agreeing key types is a
        // strong sign; a role word or a prefix in front of it, or an untyped SQLite column,
        // rests on the name alone unless lookups by it (an index) corroborate it.
        const bool exactName = soft.reason == QLatin1String("name") ||
                               soft.reason == QLatin1String("plural") ||
                               soft.reason == QLatin1String("self");
        const bool typed = column && !typeFamily(context, *column).isEmpty();
        f.confidence = (exactName && typed) || indexed ? Confidence::Medium : Confidence::Low;
        f.message = (indexed ? Tr::tr("%1.%2 looks like a reference to %3.%4 (%5) but has no "
                                      "foreign key")
                             : Tr::tr("%1.%2 looks like a reference to %3.%4 (%5) but has no "
                                      "foreign key, nor an index for lookups by it"))
                        .arg(soft.table->name, soft.column, soft.target->name, soft.targetColumn,
                             reasonText(soft.reason));
        // Cascade reasoning: when the other references to the target cascade, a delete there
        // leaves these rows behind, pointing at nothing.
        int cascading = 0;
        const QString policy = incomingPolicy(context, *soft.target, &cascading);
        if (cascading > 0)
            f.message +=
                plural(Tr::tr("; deletes in %1 cascade along %n foreign key(s), so deleting a row "
                              "of %1 leaves these rows behind",
                              nullptr, cascading),
                       cascading)
                    .arg(soft.target->name);
        const QString name = identifierName(soft.table->name + QLatin1Char('_') + soft.column +
                                            QLatin1String("_fkey"));
        f.fix = addForeignKeySql(context, *soft.table, name, {soft.column}, *soft.target,
                                 {soft.targetColumn}, policy);
        if (!context.isSqlite()) {
            // Adding it NOT VALID first takes no long lock; validating then scans without
            // blocking writes.
            f.fix.chop(1);
            f.fix += QLatin1String(" NOT VALID;\nALTER TABLE ") + context.qualified(*soft.table) +
                     QLatin1String(" VALIDATE CONSTRAINT ") + context.quote(name) +
                     QLatin1Char(';');
        }
        if (!indexed)
            f.fix += QLatin1Char('\n') + indexSql(context, *soft.table, {soft.column});
        out.append(std::move(f));
    }
    for (auto it = byDesign.cbegin(); it != byDesign.cend(); ++it)
        noForeignKeys(context, it.key(), *it, out);
}

// Soft references are not reported here: soft-fk carries their missing index in its own
// finding (one reference, one finding).
void fkMissingIndex(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys) {
            if (context.isCoveredByIndex(*table, fk.columns))
                continue;
            Finding f;
            f.object = foreignKeyObject(*table, fk);
            f.location = fk.origin;
            // The constraint states the lookup, and no index serves it.
            f.confidence = Confidence::High;
            f.message = Tr::tr("Foreign key %1 → %2 has no index on (%3): every delete or key "
                               "update in %2 scans %4")
                            .arg(describeKey(*table, fk.columns), fk.refTable,
                                 fk.columns.join(QLatin1String(", ")), table->name);
            f.fix = indexSql(context, *table, fk.columns);
            out.append(std::move(f));
        }
    }
}

namespace {

// The tenant table a column of TABLE points at, by declared FK or soft reference.
const model::Table *referenceTarget(const ReviewContext &context, const model::Table &table,
                                    const QString &column)
{
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (fk.columns.size() == 1 && fk.columns.constFirst() == column)
            return context.referencedTable(fk);
    }
    const SoftReference *soft = context.softReference(table, column);
    return soft ? soft->target : nullptr;
}

} // namespace

// One finding per child table and tenant column, listing every parent it reaches through a
// separate key (one table, one problem: Lago's invoices reach five parents that way).
void tenantCompositeFk(const ReviewContext &context, Findings &out)
{
    struct Link {
        const model::ForeignKey *fk = nullptr;
        const model::Table *parent = nullptr;
    };
    for (const model::Table *table : context.tables()) {
        for (const model::Column &tenant : table->columns) {
            if (!context.isTenantColumn(tenant.name))
                continue;
            const model::Table *tenantTable = referenceTarget(context, *table, tenant.name);
            if (!tenantTable || tenantTable == table)
                continue;
            QList<Link> links;
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
                if (!composite)
                    links.append({&fk, parent});
            }
            if (links.isEmpty())
                continue;
            const Link &first = links.constFirst();
            Finding f;
            f.object = foreignKeyObject(*table, *first.fk);
            f.object.tables = {ReviewContext::key(table->schema, table->name)};
            f.object.columns = {tenant.name};
            QStringList arrows;
            QStringList parents;
            QStringList sql;
            for (const Link &link : std::as_const(links)) {
                const QString column = link.fk->columns.constFirst();
                const QString key = link.fk->refColumns.constFirst();
                f.object.columns.append(column);
                f.object.tables.append(ReviewContext::key(link.parent->schema, link.parent->name));
                arrows.append(table->name + QLatin1Char('.') + column + QStringLiteral(" → ") +
                              link.parent->name);
                parents.append(link.parent->name);
                if (!isUniqueKey(*link.parent, {tenant.name, key}) && !context.isSqlite())
                    sql.append(QLatin1String("ALTER TABLE ") + context.qualified(*link.parent) +
                               QLatin1String(" ADD CONSTRAINT ") +
                               context.quote(identifierName(link.parent->name + QLatin1Char('_') +
                                                            tenant.name + QLatin1Char('_') + key +
                                                            QLatin1String("_key"))) +
                               QLatin1String(" UNIQUE (") +
                               columnList(context, {tenant.name, key}) + QLatin1String(");"));
                sql.append(addForeignKeySql(
                    context, *table,
                    identifierName(table->name + QLatin1Char('_') + tenant.name + QLatin1Char('_') +
                                   column + QLatin1String("_fkey")),
                    {tenant.name, column}, *link.parent, {tenant.name, key}, link.fk->onDelete));
            }
            f.object.tables.append(ReviewContext::key(tenantTable->schema, tenantTable->name));
            f.object.tables.removeDuplicates();
            f.location = first.fk->origin;
            f.fingerprintKey = tenant.name;
            // Both keys are declared; that the column is the tenant is read from its name.
            f.confidence = Confidence::Medium;
            if (links.size() == 1) {
                // Keep the single-key object (and fingerprint) as before.
                f.object.columns = {tenant.name, first.fk->columns.constFirst()};
                f.message = Tr::tr("%1.%2 → %3 and %1.%4 → %5 are separate foreign keys: nothing "
                                   "ensures the %3 row belongs to the same %4")
                                .arg(table->name, first.fk->columns.constFirst(),
                                     first.parent->name, tenant.name, tenantTable->name);
            } else {
                f.object.kind = ObjectRef::Kind::Table;
                f.object.column.clear();
                f.object.constraint.clear();
                f.object.refSchema.clear();
                f.object.refTable.clear();
                f.object.refColumns.clear();
                f.message =
                    Tr::tr("%1 reaches %2 parents of its %3 through keys separate from "
                           "%1.%3 → %4 (%5): nothing ensures they belong to the same %3")
                        .arg(table->name)
                        .arg(links.size())
                        .arg(tenant.name, tenantTable->name, arrows.join(QLatin1String(", ")));
            }
            f.fix = sql.join(QLatin1Char('\n'));
            out.append(std::move(f));
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
            out.append(std::move(f));
        }
    }
}

} // namespace schemalens::review::referential
