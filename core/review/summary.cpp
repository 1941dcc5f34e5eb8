// The review's opening numbers and its strengths: what a senior reviewer says before the
// findings. Strengths are computed from the schema, never from which rules happened to run,
// so a disabled or unfinished rule cannot make the review claim something untrue.

#include "core/review/summary.h"

#include "core/review/columnfacts.h"

#include <QCoreApplication>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// A claim about a single object reads as padding, not praise.
constexpr int minimumForStrength = 2;

// "All 14" / "Both" (capitalised to start a sentence) or "all 14" / "both".
QString allOf(qsizetype n, bool capital = true)
{
    if (n == 2)
        return capital ? Tr::tr("Both") : Tr::tr("both");
    return (capital ? Tr::tr("All %1") : Tr::tr("all %1")).arg(n);
}

QList<std::pair<const model::Table *, const model::ForeignKey *>>
foreignKeys(const ReviewContext &context)
{
    QList<std::pair<const model::Table *, const model::ForeignKey *>> fks;
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys)
            fks.append({table, &fk});
    }
    return fks;
}

// Type names as the model prints them; SQLite keeps the declared spelling, so compare
// without case there.
bool sameType(const ReviewContext &context, const QString &a, const QString &b)
{
    return a.compare(b, context.isSqlite() ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
}

void primaryKeys(const ReviewContext &context, QList<Strength> &out)
{
    const auto &tables = context.tables();
    if (tables.size() < minimumForStrength)
        return;
    for (const model::Table *table : tables) {
        if (!table->primaryKey)
            return;
    }
    out.append({QStringLiteral("pk-everywhere"),
                Tr::tr("%1 tables have a primary key.").arg(allOf(tables.size()))});
}

void foreignKeyStrengths(const ReviewContext &context, QList<Strength> &out)
{
    const auto fks = foreignKeys(context);
    if (fks.size() < minimumForStrength)
        return;
    bool indexed = true;
    bool explicitOnDelete = true;
    bool typesMatch = true;
    for (const auto &[table, fk] : fks) {
        indexed = indexed && context.isCoveredByIndex(*table, fk->columns);
        explicitOnDelete = explicitOnDelete && fk->onDeleteExplicit;
        const model::Table *target = context.referencedTable(*fk);
        // A target outside the review (external stub) has no reliable types to compare.
        if (!target || target->external || fk->refColumns.size() != fk->columns.size()) {
            typesMatch = false;
            continue;
        }
        for (int i = 0; i < fk->columns.size() && typesMatch; ++i) {
            const model::Column *from = table->column(fk->columns.at(i));
            const model::Column *to = target->column(fk->refColumns.at(i));
            typesMatch =
                from && to && !from->type.isEmpty() && sameType(context, from->type, to->type);
        }
    }
    const int n = int(fks.size());
    if (indexed)
        out.append({QStringLiteral("fks-indexed"),
                    Tr::tr("%1 foreign keys are covered by an index, so deleting a parent row "
                           "never scans the child table.")
                        .arg(allOf(n))});
    if (explicitOnDelete)
        out.append({QStringLiteral("fks-on-delete-explicit"),
                    Tr::tr("%1 foreign keys state their ON DELETE policy.").arg(allOf(n))});
    if (typesMatch)
        out.append({QStringLiteral("fks-types-match"),
                    Tr::tr("%1 foreign keys have exactly the type of the key they reference.")
                        .arg(allOf(n))});
}

void enumLikeStrength(const ReviewContext &context, QList<Strength> &out)
{
    const QList<EnumLikeColumn> columns = enumLikeColumns(context);
    if (columns.size() < minimumForStrength)
        return;
    QMap<EnumValidation, int> by;
    for (const EnumLikeColumn &c : columns) {
        if (c.validation == EnumValidation::None)
            return;
        ++by[c.validation];
    }
    const int n = int(columns.size());
    if (by.size() == 1) {
        const char *how = nullptr;
        switch (by.firstKey()) {
        case EnumValidation::Check:
            how = QT_TRANSLATE_NOOP("review", "%1 enum-like columns have a CHECK constraint.");
            break;
        case EnumValidation::EnumType:
            how = QT_TRANSLATE_NOOP("review", "%1 enum-like columns use an enum type.");
            break;
        case EnumValidation::Domain:
            how = QT_TRANSLATE_NOOP("review", "%1 enum-like columns use a constrained domain.");
            break;
        case EnumValidation::ForeignKey:
            how = QT_TRANSLATE_NOOP("review", "%1 enum-like columns reference a lookup table.");
            break;
        case EnumValidation::None:
            return;
        }
        out.append({QStringLiteral("enum-like-validated"), Tr::tr(how).arg(allOf(n))});
        return;
    }
    QStringList parts;
    if (by.value(EnumValidation::Check))
        parts.append(Tr::tr("%1 by CHECK constraints").arg(by.value(EnumValidation::Check)));
    if (by.value(EnumValidation::EnumType))
        parts.append(Tr::tr("%1 by enum types").arg(by.value(EnumValidation::EnumType)));
    if (by.value(EnumValidation::Domain))
        parts.append(Tr::tr("%1 by domains").arg(by.value(EnumValidation::Domain)));
    if (by.value(EnumValidation::ForeignKey))
        parts.append(Tr::tr("%1 by lookup tables").arg(by.value(EnumValidation::ForeignKey)));
    out.append({QStringLiteral("enum-like-validated"),
                Tr::tr("%1 enum-like columns are kept to their values (%2).")
                    .arg(allOf(n), parts.join(QLatin1String(", ")))});
}

QString tenantColumnOf(const ReviewContext &context, const model::Table &table)
{
    for (const model::Column &column : table.columns) {
        if (context.isTenantColumn(column.name))
            return column.name;
    }
    return {};
}

void tenantStrengths(const ReviewContext &context, QList<Strength> &out)
{
    QList<const model::Table *> tenantTables;
    QMap<QString, int> notNullByColumn; // column name -> tables where it is NOT NULL
    QMap<QString, int> tablesByColumn;
    for (const model::Table *table : context.tables()) {
        const QString tenant = tenantColumnOf(context, *table);
        if (tenant.isEmpty())
            continue;
        tenantTables.append(table);
        ++tablesByColumn[tenant];
        if (!table->column(tenant)->nullable)
            ++notNullByColumn[tenant];
    }
    for (auto it = tablesByColumn.cbegin(); it != tablesByColumn.cend(); ++it) {
        if (it.value() >= minimumForStrength && notNullByColumn.value(it.key()) == it.value())
            out.append({QStringLiteral("tenant-not-null"),
                        Tr::tr("%1 is NOT NULL in %2 tables that carry it.")
                            .arg(it.key(), allOf(it.value(), false))});
    }

    if (context.isSqlite())
        return; // no row-level security
    const auto protectedTable = [](const model::Table *t) {
        return t->rowSecurity && !t->policies.isEmpty();
    };
    const auto &tables = context.tables();
    if (tables.size() >= minimumForStrength &&
        std::all_of(tables.begin(), tables.end(), protectedTable)) {
        out.append({QStringLiteral("rls-everywhere"),
                    Tr::tr("Row-level security with policies is enabled on %1 tables.")
                        .arg(allOf(tables.size(), false))});
        return;
    }
    if (!tenantTables.isEmpty() &&
        std::all_of(tenantTables.begin(), tenantTables.end(), protectedTable))
        out.append({QStringLiteral("rls-tenant-tables"),
                    Tr::tr("Row-level security with policies is enabled on %1 tenant tables.")
                        .arg(allOf(tenantTables.size(), false))});
}

void timestampStrength(const ReviewContext &context, QList<Strength> &out)
{
    if (context.isSqlite())
        return; // SQLite has no time zone types to choose between
    int total = 0;
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (!column.type.startsWith(QLatin1String("timestamp")))
                continue;
            if (!column.type.endsWith(QLatin1String("with time zone")) ||
                column.type.endsWith(QLatin1String("without time zone")))
                return;
            ++total;
        }
    }
    // Three or more: with two the "consistency" is an accident, not a convention.
    if (total > minimumForStrength)
        out.append(
            {QStringLiteral("timestamps-with-time-zone"),
             Tr::tr("%1 timestamp columns are timestamp with time zone.").arg(allOf(total))});
}

void migrationStrength(const ReviewContext &context, const Findings &findings, QList<Strength> &out)
{
    if (!context.hasMigrationHistory() || context.plan().units.size() < minimumForStrength)
        return;
    // The load rules report every failed statement unless the review file turned them off or
    // suppressed some; only then does an absence of findings mean a clean replay.
    const ReviewConfig &config = context.config();
    if (!config.enabled(QStringLiteral("parse-error")) ||
        !config.enabled(QStringLiteral("migration-error")) || !config.suppressions.isEmpty())
        return;
    for (const Finding &f : findings) {
        if (f.rule == QLatin1String("parse-error") || f.rule == QLatin1String("migration-error"))
            return;
    }
    out.append({QStringLiteral("migrations-apply-cleanly"),
                Tr::tr("%1 migrations parse and apply cleanly in order.")
                    .arg(allOf(context.plan().units.size()))});
}

} // namespace

Summary summarize(const ReviewContext &context, const Findings &findings, int migrations)
{
    Summary summary;
    summary.tables = int(context.tables().size());
    summary.views = int(context.schema().views.size());
    summary.enums = int(context.schema().enums.size());
    summary.migrations = migrations;
    summary.softForeignKeys = int(context.softReferences().size());
    for (const model::Table *table : context.tables()) {
        summary.columns += int(table->columns.size());
        summary.triggers += int(table->triggers.size());
        for (const model::ForeignKey &fk : table->foreignKeys) {
            ++summary.foreignKeys;
            ++summary.foreignKeysByOnDelete[fk.onDelete];
        }
        for (const model::Index &index : table->indexes) {
            if (index.constraint.isEmpty())
                ++summary.indexes;
        }
    }
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++summary.errors;
            break;
        case Severity::Warning:
            ++summary.warnings;
            break;
        case Severity::Info:
            ++summary.infos;
            break;
        }
    }
    return summary;
}

QList<Strength> findStrengths(const ReviewContext &context, const Findings &findings)
{
    QList<Strength> strengths;
    primaryKeys(context, strengths);
    foreignKeyStrengths(context, strengths);
    enumLikeStrength(context, strengths);
    tenantStrengths(context, strengths);
    timestampStrength(context, strengths);
    migrationStrength(context, findings, strengths);
    return strengths;
}

} // namespace schemalens::review
