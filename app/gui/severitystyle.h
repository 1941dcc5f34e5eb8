#pragma once

#include "core/review/finding.h"

#include <QColor>
#include <QIcon>

namespace schemalens::gui {

// One place for how severities look in widgets (the diagram uses core/render's theme).
QString severityTitle(review::Severity severity); // "Errors", "Warnings", "Info"
QString severityLabel(review::Severity severity); // "Error", "Warning", "Info"
QColor severityColor(review::Severity severity);
QIcon severityIcon(review::Severity severity);

} // namespace schemalens::gui
