#pragma once

#include "core/model/schema.h"
#include "core/review/engine.h"

#include <QString>

namespace schemalens::gui {

// The inspector's page for one table: columns (type, nullability, default, key markers),
// keys, indexes, outgoing and incoming FKs with ON DELETE policies, and its findings, as
// escaped HTML for a QTextBrowser.
QString tableInspectorHtml(const model::Schema &schema, const model::Table &table,
                           const review::Findings &findings);

} // namespace schemalens::gui
