#pragma once

#include "app/gui/document.h"
#include "core/review/decision.h"

namespace schemalens::gui {

// File ▸ Export Minutes…: the minutes (core/report/minutes.h) of the open document with the
// decisions and notes as they are now.
struct MinutesRequest {
    DocumentPtr document;
    review::Decisions decisions;
    review::Notes notes;
    QString reviewFile; // absolute path, shown relative to the source
    bool html = false;
    QString theme = QStringLiteral("light"); // the HTML pictures' colours
};

bool isHtmlPath(const QString &path); // .html / .htm

// The minutes' text; runs Graphviz for the HTML's pictures, so call it off the UI thread.
QString minutesText(const MinutesRequest &request);
// Writes minutesText() to PATH atomically; returns an error message, empty on success.
QString writeMinutes(const MinutesRequest &request, const QString &path);

} // namespace schemalens::gui
