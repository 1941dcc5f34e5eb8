#include "core/load/diagnostic.h"

namespace schemalens::load {

QString Diagnostic::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

} // namespace schemalens::load
