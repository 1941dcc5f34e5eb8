#pragma once

#include "core/model/schema.h"

#include <QHash>
#include <QString>

// One-line descriptions of model objects for diff entries, and the normalized forms the
// diff compares. Private to core/diff.
namespace schemalens::diff::detail {

// Column names of OLD's table mapped to the new schema's names (renamed columns only).
using ColumnMap = QHash<QString, QString>;

QString columnDefinition(const model::Column &column);
QString keyDefinition(const model::KeyConstraint &key);
QString checkDefinition(const model::CheckConstraint &check);
QString foreignKeyReference(const model::ForeignKey &fk); // "public.customers (id)"
QString foreignKeyDefinition(const model::ForeignKey &fk);
QString exclusionDefinition(const model::ExclusionConstraint &exclusion);
QString indexElements(const model::Index &index); // "(lower(email), created_at DESC)"
QString indexDefinition(const model::Index &index);
QString policyDefinition(const model::Policy &policy);
QString triggerDefinition(const model::Trigger &trigger);
QString enumDefinition(const model::EnumType &type);
QString viewDefinition(const model::View &view);
QString tableDefinition(const model::Table &table);

QString nullability(bool nullable);           // "NULL" / "NOT NULL"
QString yesNo(bool value);                    // "yes" / "no" (translated)
QString tableKind(const model::Table &table); // "table", "partitioned table", "unlogged table"...

// An index operator class as compared: without its schema, and empty when it is the default
// class of its type (PostgreSQL prints no default class: "tags array_ops" is "tags").
QString normalizedOpclass(const QString &opclass);

// A type as compared: whitespace squeezed, lower-case, "public." and quotes dropped.
QString normalizedType(const QString &type);

} // namespace schemalens::diff::detail
