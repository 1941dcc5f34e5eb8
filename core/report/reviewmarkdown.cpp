#include "core/report/reviewmarkdown.h"

#include <QCoreApplication>

namespace schemalens::report {

using review::Finding;
using review::Severity;

namespace {

// Translated in the "report" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(report)
};

QString findingMarkdown(const ReviewReport &report, const Finding &f)
{
    QString out = QLatin1String("#### ") + markdownEscape(f.message) + QLatin1String("\n\n");
    QStringList facts{markdownCode(f.rule), review::severityName(f.severity)};
    const QString where = locationText(locationOf(report, f));
    if (!where.isEmpty())
        facts.append(markdownCode(where));
    const QString object = objectText(f.object);
    if (!object.isEmpty())
        facts.append(
            QString(objectKindWord(f.object) + QLatin1Char(' ') + markdownCode(object)).trimmed());
    out += facts.join(QStringLiteral(" · ")) + QLatin1String("\n\n");
    if (f.decision)
        out += QLatin1String("**") + Tr::tr("Decision:") + QLatin1String("** ") +
               markdownEscape(decisionLine(*f.decision)) + QLatin1String("\n\n");
    if (!f.rationale.isEmpty())
        out += markdownEscape(f.rationale) + QLatin1String("\n\n");
    if (!f.fix.isEmpty()) {
        const FixParts fix = splitFix(f.fix);
        out += QLatin1String("**") + Tr::tr("Fix:") + QLatin1String("**");
        if (!fix.prose.isEmpty())
            out += QLatin1Char(' ') + markdownEscape(fix.prose);
        out += QLatin1String("\n\n");
        if (!fix.sql.isEmpty())
            out += markdownFence(fix.sql, QStringLiteral("sql")) + QLatin1String("\n\n");
    }
    return out;
}

} // namespace

QString reviewToMarkdown(const ReviewReport &report)
{
    const review::ReviewResult &result = *report.result;
    QString out = QLatin1String("# ") +
                  Tr::tr("Schema review: %1").arg(markdownEscape(report.sourceName())) +
                  QLatin1String("\n\n");

    const QList<TopIssueLine> top = topIssueLines(report);
    if (!top.isEmpty()) {
        out += QLatin1String("## ") + Tr::tr("Top issues") + QLatin1String("\n\n");
        out += Tr::tr("What a reviewer would raise first, most important first; every finding "
                      "follows below.") +
               QLatin1String("\n\n");
        for (qsizetype i = 0; i < top.size(); ++i) {
            const TopIssueLine &line = top.at(i);
            out +=
                QStringLiteral("%1. **%2** · ").arg(i + 1).arg(review::severityName(line.severity));
            out += markdownEscape(line.headline);
            if (line.count > 1) {
                QStringList names;
                for (const QString &o : line.objects)
                    names.append(markdownCode(o));
                out += QLatin1String(" (") + namesList(names) + QLatin1Char(')');
            } else if (!line.location.isEmpty()) {
                out += QLatin1String(" (") + markdownCode(line.location) + QLatin1Char(')');
            }
            out += QStringLiteral(" · ") + markdownCode(line.rule) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    out += QLatin1String("## ") + Tr::tr("Summary") + QLatin1String("\n\n");
    out += QLatin1String("| ") + Tr::tr("Item") + QLatin1String(" | ") + Tr::tr("Value") +
           QLatin1String(" |\n|---|---|\n");
    for (const auto &[label, value] : summaryRows(report))
        out += QLatin1String("| ") + markdownEscape(label) + QLatin1String(" | ") +
               markdownEscape(value) + QLatin1String(" |\n");
    out += QLatin1Char('\n');

    if (!result.strengths.isEmpty()) {
        out += QLatin1String("## ") + Tr::tr("Strengths") + QLatin1String("\n\n");
        for (const review::Strength &s : result.strengths)
            out += QLatin1String("- ") + markdownEscape(s.message) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }

    out += QLatin1String("## ") + Tr::tr("Findings") + QLatin1String("\n\n");
    if (result.findings.isEmpty())
        out += Tr::tr("No findings.") + QLatin1String("\n\n");
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const review::Findings group = findingsOf(result.findings, severity);
        if (group.isEmpty())
            continue;
        out += QStringLiteral("### %1 (%2)\n\n").arg(severityHeading(severity)).arg(group.size());
        for (const Finding &f : group)
            out += findingMarkdown(report, f);
    }

    if (!result.suppressed.isEmpty()) {
        out += QLatin1String("## ") + Tr::tr("Suppressed (%1)").arg(result.suppressed.size()) +
               QLatin1String("\n\n");
        for (const Finding &f : result.suppressed) {
            out += QLatin1String("- ") + markdownCode(f.rule) + QLatin1Char(' ') +
                   markdownEscape(f.message);
            const QString where = locationText(locationOf(report, f));
            if (!where.isEmpty())
                out += QLatin1String(" (") + markdownCode(where) + QLatin1Char(')');
            out += QLatin1String(": ") + markdownEscape(f.suppressedBecause) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    if (!result.resolvedDecisions.isEmpty()) {
        out += QLatin1String("## ") +
               Tr::tr("Resolved decisions (%1)").arg(result.resolvedDecisions.size()) +
               QLatin1String("\n\n") + Tr::tr("Their findings no longer appear.") +
               QLatin1String("\n\n");
        for (auto it = result.resolvedDecisions.cbegin(); it != result.resolvedDecisions.cend();
             ++it) {
            out += QLatin1String("- ") + markdownCode(it.key());
            if (!it->rule.isEmpty())
                out += QLatin1Char(' ') + markdownCode(it->rule);
            if (!it->message.isEmpty())
                out += QLatin1Char(' ') + markdownEscape(it->message);
            out += QLatin1String(": ") + markdownEscape(decisionLine(*it)) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    if (!report.toolVersion.isEmpty())
        out += QLatin1String("---\n\n") +
               Tr::tr("Reviewed by Schemalens %1.").arg(markdownEscape(report.toolVersion)) +
               QLatin1Char('\n');
    else if (out.endsWith(QLatin1String("\n\n")))
        out.chop(1);
    return out;
}

} // namespace schemalens::report
