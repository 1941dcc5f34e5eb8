// Referential rules about keys and their types: dangling-reference, fk-to-non-pk,
// fk-type-mismatch.

#include "core/review/rules/referential_p.h"

#include <QSet>

namespace schemalens::review::referential {

namespace {

void danglingForeignKey(const ReviewContext &context, const model::Table &table,
                        const model::ForeignKey &fk, Findings &out)
{
    auto report = [&](const QString &message) {
        Finding f;
        f.object = foreignKeyObject(table, fk);
        f.message = message;
        f.location = fk.origin;
        f.fix = Tr::tr("Point the foreign key at an existing key, or drop it.");
        f.fingerprintKey = fk.columns.join(QLatin1Char(','));
        out.append(std::move(f));
    };
    // Described only for a finding (most keys have none).
    auto from = [&] { return describeKey(table, fk.columns); };
    for (const QString &column : fk.columns) {
        if (!table.column(column))
            report(Tr::tr("Foreign key %1 names column %2, which %3 does not have")
                       .arg(from(), column, table.name));
    }
    const model::Table *target = context.referencedTable(fk);
    if (!target) {
        report(Tr::tr("Foreign key %1 references table %2, which does not exist")
                   .arg(from(), context.qualifiedName(fk.refSchema, fk.refTable)));
        return;
    }
    if (fk.refColumns.isEmpty()) {
        report(Tr::tr("Foreign key %1 references the primary key of %2, which has none")
                   .arg(from(), target->name));
        return;
    }
    bool missing = false;
    for (const QString &column : fk.refColumns) {
        if (!target->column(column)) {
            report(Tr::tr("Foreign key %1 references column %2.%3, which does not exist")
                       .arg(from(), target->name, column));
            missing = true;
        }
    }
    // SQLite accepts such a key and fails every later write with "foreign key mismatch".
    if (!missing && !target->external && !isUniqueKey(*target, fk.refColumns))
        report(Tr::tr("Foreign key %1 references %2, which is not a primary key or unique: every "
                      "write that checks it fails with \"foreign key mismatch\"")
                   .arg(from(), describeKey(*target, fk.refColumns)));
}

} // namespace

void danglingReference(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys)
            danglingForeignKey(context, *table, fk, out);
        // WHAT names the object; translated only when a column is missing (rarely: this runs
        // for every key, check and index).
        auto missingColumn = [&](const QStringList &columns, const auto &what,
                                 const model::Origin &origin, ObjectRef object) {
            for (const QString &column : columns) {
                if (column.isEmpty() || table->column(column))
                    continue;
                Finding f;
                f.object = object;
                f.object.schema = table->schema;
                f.object.table = table->name;
                f.message = Tr::tr("%1 names column %2, which %3 does not have")
                                .arg(what(), column, table->name);
                f.location = origin;
                f.fix = Tr::tr("Drop or correct the object; the column is gone.");
                f.fingerprintKey = column;
                out.append(std::move(f));
            }
        };
        ObjectRef constraint{.kind = ObjectRef::Kind::Constraint};
        if (table->primaryKey) {
            constraint.constraint = table->primaryKey->name;
            missingColumn(
                table->primaryKey->columns, [] { return Tr::tr("Primary key"); },
                table->primaryKey->origin, constraint);
        }
        for (const model::KeyConstraint &unique : table->uniques) {
            constraint.constraint = unique.name;
            missingColumn(
                unique.columns, [&] { return Tr::tr("Unique constraint %1").arg(unique.name); },
                unique.origin, constraint);
        }
        for (const model::CheckConstraint &check : table->checks) {
            constraint.constraint = check.name;
            missingColumn(
                check.columns, [&] { return Tr::tr("Check constraint %1").arg(check.name); },
                check.origin, constraint);
        }
        for (const model::Index &index : table->indexes) {
            // Expression elements are checked by the loader; only plain columns here.
            QStringList columns;
            for (const model::IndexElement &element : index.elements)
                columns.append(element.column);
            columns.append(index.include);
            ObjectRef object{.kind = ObjectRef::Kind::Index, .index = index.name};
            missingColumn(
                columns, [&] { return Tr::tr("Index %1").arg(index.name); }, index.origin, object);
        }
    }
}

void fkToNonPk(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys) {
            const model::Table *target = context.referencedTable(fk);
            // An external stub's key is only the loader's guess from these references.
            // Without a primary key the unique key is the de-facto identity (table-no-pk speaks
            // about the parent).
            if (!target || target->external || !target->primaryKey || fk.refColumns.isEmpty())
                continue;
            // A key that contains the primary key (tenant_id, id) still names one row by its
            // identity; tenant-composite-fk recommends exactly that.
            const QSet<QString> referenced(fk.refColumns.begin(), fk.refColumns.end());
            if (target->primaryKey &&
                referenced.contains(QSet<QString>(target->primaryKey->columns.begin(),
                                                  target->primaryKey->columns.end())))
                continue;
            Finding f;
            f.object = foreignKeyObject(*table, fk);
            f.location = fk.origin;
            f.message =
                Tr::tr("Foreign key %1 references %2, a unique key that is not the primary "
                       "key %3")
                    .arg(describeKey(*table, fk.columns), describeKey(*target, fk.refColumns),
                         describeKey(*target, target->primaryKey->columns));
            f.fix = Tr::tr("Reference the primary key of %1 unless the natural key is meant to be "
                           "the stable identity (it then must never change, or needs ON UPDATE "
                           "CASCADE).")
                        .arg(target->name);
            out.append(std::move(f));
        }
    }
}

void fkTypeMismatch(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys) {
            const model::Table *target = context.referencedTable(fk);
            if (!target || target->external)
                continue;
            for (qsizetype i = 0; i < fk.columns.size() && i < fk.refColumns.size(); ++i) {
                const model::Column *child = table->column(fk.columns.at(i));
                const model::Column *parent = target->column(fk.refColumns.at(i));
                if (!child || !parent || child->type.isEmpty() || parent->type.isEmpty())
                    continue;
                const QString childType = keyType(context, *child);
                const QString parentType = keyType(context, *parent);
                if (childType == parentType)
                    continue;
                Finding f;
                f.object = foreignKeyObject(*table, fk);
                f.object.column = child->name;
                f.location = fk.origin;
                f.fingerprintKey = child->name;
                if (context.isSqlite()) {
                    f.message = Tr::tr("%1.%2 (%3, %4 affinity) references %5.%6 (%7, %8 affinity)")
                                    .arg(table->name, child->name, child->type, childType,
                                         target->name, parent->name, parent->type, parentType);
                    f.fix = Tr::tr("-- SQLite cannot change a column type; rebuild %1 declaring %2 "
                                   "as %3.")
                                .arg(context.qualified(*table), context.quote(child->name),
                                     parent->type);
                } else {
                    f.message = Tr::tr("%1.%2 is %3 but the %4.%5 it references is %6")
                                    .arg(table->name, child->name, child->type, target->name,
                                         parent->name, parent->type);
                    f.fix = QLatin1String("ALTER TABLE ") + context.qualified(*table) +
                            QLatin1String(" ALTER COLUMN ") + context.quote(child->name) +
                            QLatin1String(" TYPE ") + parent->type + QLatin1Char(';');
                }
                out.append(std::move(f));
            }
        }
    }
}

} // namespace schemalens::review::referential
