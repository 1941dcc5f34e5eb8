#include "core/review/summary.h"

namespace schemalens::review {

Summary summarize(const ReviewContext &context, const Findings &findings, int migrations)
{
    Q_UNUSED(context);
    Summary summary;
    summary.migrations = migrations;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            ++summary.errors;
        else if (f.severity == Severity::Warning)
            ++summary.warnings;
        else
            ++summary.infos;
    }
    return summary;
}

QList<Strength> findStrengths(const ReviewContext &context, const Findings &findings)
{
    Q_UNUSED(context);
    Q_UNUSED(findings);
    return {};
}

} // namespace schemalens::review
