#pragma once
// Private to the referential family (rules/referential*.cpp and inference.cpp): the rule
// functions the catalogue in referential.cpp registers, and the helpers they share.

#include "core/review/context.h"
#include "core/review/finding.h"

#include <QCoreApplication>
#include <QSet>

namespace schemalens::review::referential {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// "a, b" for messages and SQL column lists (identifiers quoted as the dialect needs).
// A and B name the same set of columns (order and repeats aside), compared without building
// sets: this runs for every foreign key and every key of its target.
bool sameColumnSet(const QStringList &a, const QStringList &b);
// True when COLUMNS (in any order) are exactly a primary key, unique constraint or
// non-partial unique index of TABLE: what a foreign key may reference.
bool isUniqueKey(const model::Table &table, const QStringList &columns);
QString columnList(const ReviewContext &context, const QStringList &columns);

// "orders(customer_id)" for messages.
QString describeKey(const model::Table &table, const QStringList &columns);

// The finding object for a declared foreign key of TABLE (Kind::ForeignKey; the column is
// set for a single-column key, the columns always).
ObjectRef foreignKeyObject(const model::Table &table, const model::ForeignKey &fk);

// The table's only unique key column when it has a single-column primary key (or, without
// one, a single-column unique constraint on "id"); empty otherwise.
QString singleKeyColumn(const model::Table &table);

// A column type reduced to what matters for comparing keys: PostgreSQL types lose their
// modifiers ("character varying(36)" -> "text"), domains resolve to their base type, serial
// types become their integer type; SQLite columns compare by affinity. Empty when unknown.
QString keyType(const ReviewContext &context, const model::Column &column);

// Broad type family for reference inference: "integer", "uuid", "text", or the key type.
QString typeFamily(const ReviewContext &context, const model::Column &column);

// English singular and plural of a snake_case word (only the last word changes).
QString pluralOf(const QString &word);
QString singularOf(const QString &word);

// "user_id" -> "user", "userId" -> "user", "teamMemberID" -> "team_member"; empty when the
// name is not an *_id / *Id reference name.
QString referenceStem(const QString &column);

// The policy class cascade-inconsistent compares: "no action" and "restrict" both block.
QString policyClass(const QString &onDelete);

// SQL for a foreign key in the schema's dialect (ALTER TABLE … ADD CONSTRAINT in PostgreSQL,
// the clause to add when rebuilding the table in SQLite).
QString addForeignKeySql(const ReviewContext &context, const model::Table &table,
                         const QString &name, const QStringList &columns,
                         const model::Table &target, const QStringList &targetColumns,
                         const QString &onDelete = {});

// Replacing an existing FK with one that differs only in its ON DELETE action.
QString replaceForeignKeySql(const ReviewContext &context, const model::Table &table,
                             const model::ForeignKey &fk, const QString &onDelete);

// The rules (one function per rule id).
void danglingReference(const ReviewContext &context, Findings &out);
void tableNoPk(const ReviewContext &context, Findings &out);
void sequenceNotUnique(const ReviewContext &context, Findings &out);
void softFk(const ReviewContext &context, Findings &out);
void polymorphicFk(const ReviewContext &context, Findings &out);
void fkToNonPk(const ReviewContext &context, Findings &out);
void fkTypeMismatch(const ReviewContext &context, Findings &out);
void fkMissingIndex(const ReviewContext &context, Findings &out);
void cascadeInconsistent(const ReviewContext &context, Findings &out);
void fkNoOnDelete(const ReviewContext &context, Findings &out);
void setNullNotNull(const ReviewContext &context, Findings &out);
void cascadeBlocked(const ReviewContext &context, Findings &out);
void circularFk(const ReviewContext &context, Findings &out);
void tenantCompositeFk(const ReviewContext &context, Findings &out);
void selfRefNoCheck(const ReviewContext &context, Findings &out);
// Registered with the design family (design.cpp), implemented in referential_tenants.cpp.
void nullableTenant(const ReviewContext &context, Findings &out);

// "TeamMember" -> "team_member": Prisma and Drizzle schemas name tables in PascalCase.
QString snakeName(const QString &name);

// The snake_case names of every table of the schema (reviewed or not, keyed or not).
QSet<QString> tableNames(const ReviewContext &context);

// True when NAMES holds STEM in the singular or plural.
bool namesTable(const QSet<QString> &names, const QString &stem);

// Polymorphic pairs shared by polymorphic-fk and the inference: <stem>_type (or _class,
// _table, _model, camelCase Type) next to <stem>_id, where the id is not the table's own
// key (domain.domainType describes the domain) and the stem names no table (a
// template_type + template_id pair describes a template, which soft-fk then reports).
// Each pair is judged on the schema's evidence (referential_polymorphic.cpp).
struct PolymorphicPair {
    QString typeColumn;
    QString idColumn;
    QStringList values;  // what the schema states the type may be (CHECK, enum, default)
    QStringList targets; // "schema.table" of the tables those values name
    // Why the pair is not a reference into this schema: "kinds" (its values name no table),
    // "external" (an id in another system), "identity" (the row's own key), "no-target" (no
    // key of the schema could hold the id). Empty: a discriminator.
    QString explanation;
    Confidence confidence = Confidence::Low;
};
QList<PolymorphicPair> polymorphicPairs(const ReviewContext &context, const model::Table &table,
                                        const QSet<QString> &tables);

// Words that mark an identifier of another system when they lead a reference name
// (stripe_customer_id, external_user_id, provider_method_id).
bool isForeignSystemWord(const QString &word);

// Columns of TABLE that take part in a declared foreign key.
bool isForeignKeyColumn(const model::Table &table, const QString &column);

} // namespace schemalens::review::referential
