#pragma once

#include "core/model/schema.h"
#include "core/review/engine.h"

#include <QString>

namespace schemalens::gui {

// The inspector's page for one table: columns (type, nullability, default, key markers),
// keys, indexes, outgoing and incoming FKs with ON DELETE policies, and its findings, as
// escaped HTML for a QTextBrowser.
// NOTES (the review file's table and column notes), when given, show under the name and in
// the column rows.
QString tableInspectorHtml(const model::Schema &schema, const model::Table &table,
                           const review::Findings &findings, const review::Notes *notes = nullptr);

} // namespace schemalens::gui
