#pragma once

#include "core/model/origin.h"

#include <QList>
#include <QString>

namespace schemalens::load {

// A problem found while loading. `rule` is a review rule id (parse-error, migration-error)
// or "source-warning" for folder-level notes (file missing from a journal, unreadable file).
struct Diagnostic {
    enum class Severity { Error, Warning, Info };

    QString rule;
    Severity severity = Severity::Error;
    QString message;
    model::Origin location;

    static QString severityName(Severity severity);
};

using Diagnostics = QList<Diagnostic>;

} // namespace schemalens::load
