// Referential rules about a table's own identity: table-no-pk (nothing can reference its
// rows reliably) and sequence-not-unique (a per-parent number no key protects).

#include "core/review/columnfacts.h"
#include "core/review/rules/referential_p.h"

#include <QSet>

namespace schemalens::review::referential {

void tableNoPk(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        if (table->primaryKey || table->kind == model::Table::Kind::ForeignTable ||
            table->kind == model::Table::Kind::VirtualTable)
            continue;
        // A unique key over NOT NULL columns already identifies rows: promote it.
        auto notNull = [&](const QStringList &columns) {
            for (const QString &name : columns) {
                const model::Column *c = table->column(name);
                if (name.isEmpty() || !c || c->nullable)
                    return false;
            }
            return !columns.isEmpty();
        };
        QStringList candidate;
        QString candidateIndex;
        for (const model::KeyConstraint &unique : table->uniques) {
            if (candidate.isEmpty() && notNull(unique.columns))
                candidate = unique.columns;
        }
        for (const model::Index &index : table->indexes) {
            if (candidate.isEmpty() && index.unique && index.predicate.isEmpty() &&
                index.constraint.isEmpty() && notNull(index.columns())) {
                candidate = index.columns();
                candidateIndex = index.name;
            }
        }
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = table->schema;
        f.object.table = table->name;
        f.location = table->origin;
        const QString name = context.qualified(*table);
        const QString alter = QLatin1String("ALTER TABLE ") + name;
        const QString rebuild =
            Tr::tr("-- SQLite cannot add a primary key; rebuild %1 with:").arg(name) +
            QLatin1Char('\n');
        if (!candidate.isEmpty()) {
            f.message = Tr::tr("Table %1 has no primary key, though (%2) is unique and NOT NULL")
                            .arg(table->name, candidate.join(QLatin1String(", ")));
            if (context.isSqlite())
                f.fix = rebuild + QLatin1String("PRIMARY KEY (") + columnList(context, candidate) +
                        QLatin1Char(')');
            else if (!candidateIndex.isEmpty())
                f.fix = alter + QLatin1String(" ADD PRIMARY KEY USING INDEX ") +
                        context.quote(candidateIndex) + QLatin1Char(';');
            else
                f.fix = alter + QLatin1String(" ADD PRIMARY KEY (") +
                        columnList(context, candidate) + QLatin1String(");");
        } else {
            f.message = context.isSqlite()
                            ? Tr::tr("Table %1 has no primary key: rows have only the implicit "
                                     "rowid, which VACUUM may renumber")
                                  .arg(table->name)
                            : Tr::tr("Table %1 has no primary key").arg(table->name);
            if (context.isSqlite())
                f.fix = rebuild + QLatin1String("id INTEGER PRIMARY KEY");
            else if (table->column(QStringLiteral("id")))
                f.fix = alter + QLatin1String(" ADD PRIMARY KEY (id);");
            else
                f.fix = alter + QLatin1String(" ADD COLUMN id bigint GENERATED ALWAYS AS "
                                              "IDENTITY PRIMARY KEY;");
        }
        out.append(std::move(f));
    }
}

namespace {

enum class SequenceKind { None, Version, Number, Order };

// What a column name says about a per-parent number: a version (document_versions.version),
// a number shown to users (invoices.number) or an order (position, line_no).
// WORDS, each alone and followed by one of SUFFIXES with or without an underscore:
// ("rev", {"no"}) -> rev, revno, rev_no.
QSet<QString> wordsWithSuffixes(std::initializer_list<const char *> words,
                                std::initializer_list<const char *> suffixes)
{
    QSet<QString> names;
    for (const char *word : words) {
        const QString w = QLatin1String(word);
        names.insert(w);
        for (const char *suffix : suffixes) {
            names.insert(w + QLatin1String(suffix));
            names.insert(w + QLatin1Char('_') + QLatin1String(suffix));
        }
    }
    return names;
}

// LOWER is the column's lower-case name. The names are few enough to list: a set lookup
// instead of three regular expressions for every column.
SequenceKind sequenceKind(const QString &lower, const QString &tableSingular)
{
    // version|revision|rev, optionally followed by _?(no|num|number|nr).
    static const QSet<QString> version =
        wordsWithSuffixes({"version", "revision", "rev"}, {"no", "num", "number", "nr"});
    // number|no|num|nr, or seq|sequence optionally followed by _?(no|num|number).
    static const QSet<QString> number =
        wordsWithSuffixes({"seq", "sequence"}, {"no", "num", "number"}) +
        wordsWithSuffixes({"number", "no", "num", "nr"}, {});
    // position|ordinal|idx|step|line, optionally followed by _?(no|num|number|nr).
    static const QSet<QString> order = wordsWithSuffixes(
        {"position", "ordinal", "idx", "step", "line"}, {"no", "num", "number", "nr"});
    // The patterns these sets replace ended in `$`, which also matches before a final
    // newline.
    const QString name = lower.endsWith(QLatin1Char('\n')) ? lower.chopped(1) : lower;
    if (version.contains(name))
        return SequenceKind::Version;
    // <table>_number and <table>_no, compared in place (this runs for every column).
    auto isTableNumber = [&](QLatin1String suffix) {
        return lower.size() == tableSingular.size() + suffix.size() &&
               lower.startsWith(tableSingular) && lower.endsWith(suffix);
    };
    if (number.contains(name) || isTableNumber(QLatin1String("_number")) ||
        isTableNumber(QLatin1String("_no")))
        return SequenceKind::Number;
    if (order.contains(name))
        return SequenceKind::Order;
    return SequenceKind::None;
}

struct Parent {
    QString column;
    const model::Table *target = nullptr;
    bool cascade = false;
};

// The parent that owns the series KIND numbers in TABLE, if any: for a version, the parent
// of a version table (document_versions, page_history); for other numbers, the parent the
// table is named after (checklist_items), whose rows die with it (ON DELETE CASCADE), or the
// tenant that numbers invoices. An optimistic-lock orders.version has no such owner.
const Parent *ownerOf(const ReviewContext &context, const model::Table &table,
                      const QList<Parent> &parents, SequenceKind kind)
{
    const QString tableName = table.name.toLower();
    for (const Parent &p : parents) {
        if (!p.target || p.target == &table)
            continue;
        const QString parentName = singularOf(p.target->name.toLower());
        const bool namedAfter = tableName.startsWith(parentName + QLatin1Char('_')) ||
                                tableName.startsWith(parentName + QLatin1String("s_"));
        const bool versionTable =
            kind == SequenceKind::Version && (tableName.contains(QLatin1String("version")) ||
                                              tableName.contains(QLatin1String("revision")) ||
                                              tableName.contains(QLatin1String("histor")));
        const bool tenantNumber = kind == SequenceKind::Number && context.isTenantColumn(p.column);
        const bool owned = kind != SequenceKind::Version && p.cascade;
        // A version column outside a version table is a format version or an optimistic
        // lock (identity_credentials.version), whatever the table is named after.
        if (kind == SequenceKind::Version ? versionTable : (namedAfter || tenantNumber || owned))
            return &p;
    }
    return nullptr;
}

} // namespace

void sequenceNotUnique(const ReviewContext &context, Findings &out)
{
    QHash<const model::Table *, QList<Parent>> parents;
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys) {
            if (fk.columns.size() == 1)
                parents[table].append({fk.columns.constFirst(), context.referencedTable(fk),
                                       fk.onDelete == QLatin1String("cascade")});
        }
    }
    for (const SoftReference &soft : context.softReferences())
        parents[soft.table].append({soft.column, soft.target, false});

    for (const model::Table *table : context.tables()) {
        const QList<Parent> owners = parents.value(table);
        if (owners.isEmpty())
            continue;
        // Built when a column numbers rows (few do): the table's singular name matters only
        // for <table>_number and <table>_no.
        QString tableSingular;
        auto kindOf = [&](const QString &lower) {
            if (!lower.endsWith(QLatin1String("_number")) && !lower.endsWith(QLatin1String("_no")))
                return sequenceKind(lower, QString());
            if (tableSingular.isEmpty())
                tableSingular = singularOf(table->name.toLower());
            return sequenceKind(lower, tableSingular);
        };
        QSet<QString> keyParts; // columns that may join the number in a unique key
        for (const model::Column &column : table->columns) {
            const SequenceKind kind = kindOf(context.facts(column).lowerName);
            if (kind == SequenceKind::None || isForeignKeyColumn(*table, column.name) ||
                typeFamily(context, column) != QLatin1String("integer"))
                continue;
            const Parent *owner = ownerOf(context, *table, owners, kind);
            if (!owner)
                continue;
            if (keyParts.isEmpty()) {
                for (const Parent &p : owners)
                    keyParts.insert(p.column);
                for (const model::Column &other : table->columns) {
                    if (context.facts(other).tenant)
                        keyParts.insert(other.name);
                }
            }
            // Any unique key made of the number and parent/tenant columns (a partial one
            // too: it states the intent) makes the pair unique.
            auto enforces = [&](const QStringList &key) {
                if (!key.contains(column.name))
                    return false;
                for (const QString &part : key) {
                    if (part != column.name && !keyParts.contains(part))
                        return false;
                }
                return true;
            };
            bool unique = table->primaryKey && enforces(table->primaryKey->columns);
            for (const model::KeyConstraint &key : table->uniques)
                unique = unique || enforces(key.columns);
            for (const model::Index &index : table->indexes)
                unique = unique || (index.unique && enforces(index.columns()));
            if (unique)
                continue;
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.column = column.name;
            f.object.columns = {owner->column, column.name};
            f.location = column.origin;
            // The number's role is read from names; the missing key is stated.
            f.confidence = Confidence::Medium;
            f.message = Tr::tr("%1.%2 numbers rows per %3 but nothing makes (%3, %2) unique")
                            .arg(table->name, column.name, owner->column);
            const QString keyName = QString(table->name + QLatin1Char('_') + owner->column +
                                            QLatin1Char('_') + column.name + QLatin1String("_key"))
                                        .left(63);
            const QString cols = columnList(context, {owner->column, column.name});
            if (context.isSqlite())
                f.fix = QLatin1String("CREATE UNIQUE INDEX ") + context.quote(keyName) +
                        QLatin1String(" ON ") + context.qualified(*table) + QLatin1String(" (") +
                        cols + QLatin1String(");");
            else
                f.fix =
                    QLatin1String("ALTER TABLE ") + context.qualified(*table) +
                    QLatin1String(" ADD CONSTRAINT ") + context.quote(keyName) +
                    QLatin1String(" UNIQUE (") + cols + QLatin1Char(')') +
                    // Reordering positions swaps values inside one transaction.
                    (kind == SequenceKind::Order ? QLatin1String(" DEFERRABLE INITIALLY DEFERRED;")
                                                 : QLatin1String(";"));
            out.append(std::move(f));
        }
    }
}

} // namespace schemalens::review::referential
