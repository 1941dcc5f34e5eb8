#include "core/report/reviewtext.h"

#include "core/util/plural.h"

#include <QCoreApplication>

namespace schemalens::report {

using review::Finding;
using review::Severity;

namespace {

// Translated in the "report" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(report)
};

// ANSI SGR sequences; empty when colour is off so the text is the same either way.
class Paint {
public:
    explicit Paint(bool on)
        : m_on(on)
    {}
    QString operator()(const char *sgr, const QString &text) const
    {
        if (!m_on || text.isEmpty())
            return text;
        return QLatin1String("\x1b[") + QLatin1String(sgr) + QLatin1Char('m') + text +
               QLatin1String("\x1b[0m");
    }

private:
    bool m_on;
};

const char *severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "1;31"; // bold red
    case Severity::Warning:
        return "1;33"; // bold yellow
    case Severity::Info:
        return "1;36"; // bold cyan
    }
    return "0";
}

QString overview(const ReviewReport &report)
{
    const review::Summary &s = report.result->summary;
    QStringList parts;
    if (report.loaded && report.loaded->source.isFolder)
        parts.append(plural(Tr::tr("%n migration(s)", nullptr, int(s.migrations)), s.migrations));
    parts.append(plural(Tr::tr("%n table(s)", nullptr, int(s.tables)), s.tables));
    QString fks = plural(Tr::tr("%n foreign key(s)", nullptr, int(s.foreignKeys)), s.foreignKeys);
    if (s.foreignKeys > 0)
        fks += QLatin1String(" (") + onDeleteBreakdown(s) + QLatin1Char(')');
    parts.append(fks);
    if (s.softForeignKeys > 0)
        parts.append(plural(Tr::tr("%n soft foreign key(s)", nullptr, int(s.softForeignKeys)),
                            s.softForeignKeys));
    parts.append(plural(Tr::tr("%n index(es)", nullptr, int(s.indexes)), s.indexes));
    if (s.triggers > 0)
        parts.append(plural(Tr::tr("%n trigger(s)", nullptr, int(s.triggers)), s.triggers));
    QString head = report.sourceName();
    if (!report.layout().isEmpty())
        head += QStringLiteral(" (%1, %2)").arg(report.layout(), report.dialect());
    return head + QLatin1String(": ") + parts.join(QLatin1String(", "));
}

} // namespace

QString reviewToText(const ReviewReport &report, bool colour)
{
    const Paint paint(colour);
    const review::ReviewResult &result = *report.result;
    QString out = paint("1", overview(report)) + QLatin1Char('\n');

    const QList<TopIssueLine> top = topIssueLines(report);
    if (!top.isEmpty()) {
        out += QLatin1Char('\n') + paint("1", Tr::tr("Top issues")) + QLatin1Char('\n');
        for (qsizetype i = 0; i < top.size(); ++i) {
            const TopIssueLine &line = top.at(i);
            out += QStringLiteral("  %1. ").arg(i + 1);
            if (!line.location.isEmpty())
                out += paint("1", line.location) + QLatin1String(": ");
            out += paint(severityColour(line.severity), review::severityName(line.severity)) +
                   QLatin1String(": ") + line.headline;
            if (line.count > 1)
                out += QLatin1String(" (") + namesList(line.objects) + QLatin1Char(')');
            out += QLatin1Char(' ') + paint("2", QLatin1Char('[') + line.rule + QLatin1Char(']')) +
                   QLatin1Char('\n');
        }
    }

    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const review::Findings group = findingsOf(result.findings, severity);
        if (group.isEmpty())
            continue;
        out +=
            QLatin1Char('\n') +
            paint("1", QStringLiteral("%1 (%2)").arg(severityHeading(severity)).arg(group.size())) +
            QLatin1Char('\n');
        for (const Finding &f : group) {
            const QString where = locationText(locationOf(report, f));
            out += QLatin1String("  ");
            if (!where.isEmpty())
                out += paint("1", where) + QLatin1String(": ");
            out += paint(severityColour(severity), review::severityName(severity)) +
                   QLatin1String(": ") + f.message + QLatin1Char(' ') +
                   paint("2", QLatin1Char('[') + f.rule + QLatin1Char(']')) + QLatin1Char('\n');
            if (f.decision)
                out += QLatin1String("      ") +
                       paint("2", Tr::tr("decision: %1").arg(decisionLine(*f.decision))) +
                       QLatin1Char('\n');
        }
    }

    if (!result.resolvedDecisions.isEmpty()) {
        out += QLatin1Char('\n') +
               paint("1", Tr::tr("Resolved decisions (%1): their findings no longer appear")
                              .arg(result.resolvedDecisions.size())) +
               QLatin1Char('\n');
        for (auto it = result.resolvedDecisions.cbegin(); it != result.resolvedDecisions.cend();
             ++it) {
            out += QLatin1String("  ") + paint("2", it.key()) + QLatin1Char(' ');
            if (!it->message.isEmpty())
                out += it->message + QLatin1Char(' ');
            if (!it->rule.isEmpty())
                out +=
                    paint("2", QLatin1Char('[') + it->rule + QLatin1Char(']')) + QLatin1Char(' ');
            out += QStringLiteral("— ") + decisionLine(*it) + QLatin1Char('\n');
        }
    }

    if (!result.strengths.isEmpty()) {
        out += QLatin1Char('\n') + paint("1", Tr::tr("Strengths")) + QLatin1Char('\n');
        for (const review::Strength &s : result.strengths)
            out += QLatin1String("  ") + paint("32", QStringLiteral("+")) + QLatin1Char(' ') +
                   s.message + QLatin1Char('\n');
    }

    QString line = severityCounts(result.summary);
    if (!result.suppressed.isEmpty())
        line += Tr::tr(" (%1 suppressed)").arg(result.suppressed.size());
    if (result.belowConfidence > 0)
        line += Tr::tr(" (%1 below the minimum confidence left out)").arg(result.belowConfidence);
    out += QLatin1Char('\n') + paint("1", Tr::tr("Review: %1.").arg(line)) + QLatin1Char('\n');
    return out;
}

} // namespace schemalens::report
