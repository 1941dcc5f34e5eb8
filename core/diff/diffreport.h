#pragma once

#include "core/diff/schemadiff.h"

#include <QByteArray>
#include <QString>

namespace schemalens::diff {

// What the writers say the diff is between ("./migrations@20240101", "postgresql://…").
struct DiffLabels {
    QString oldLabel;
    QString newLabel;
};

// Text: one block per table (or view, enum), its changes indented below it, each with the
// file:line it comes from; then a summary line. "+" added, "-" dropped, "~" changed, ">"
// renamed.
QString diffToText(const SchemaDiff &diff, const DiffLabels &labels);

// JSON (camelCase keys): old, new, equal, summary {added, dropped, changed: {kind: n}},
// changes[] {change, kind, schema, table, name, oldSchema, oldTable, oldName, fromHistory,
// definition, properties[] {property, old, new}, location {file, line, column}}.
QByteArray diffToJson(const SchemaDiff &diff, const DiffLabels &labels);

// Markdown: a heading, the summary, and a table of the changes.
QString diffToMarkdown(const SchemaDiff &diff, const DiffLabels &labels);

// One change in words, for lists and tooltips: "column public.orders.total: type integer ->
// numeric(10,2)", "table public.clients renamed to public.customers".
QString describeEntry(const Entry &entry);

} // namespace schemalens::diff
