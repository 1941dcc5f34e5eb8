#include "core/report/reviewhtml.h"

#include <QCoreApplication>

namespace schemalens::report {

using review::Finding;
using review::Severity;

namespace {

// Translated in the "report" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(report)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Kept small and readable: the page must stand alone when mailed or attached to a ticket.
const char *const styleSheet = R"css(
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e;
  --line: #d1d9e0; --code: #f6f8fa; --error: #cf222e; --warning: #9a6700; --info: #0969da;
  --good: #1a7f37; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --code: #151b23;
    --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --good: #3fb950; }
}
body { background: var(--bg); color: var(--fg); margin: 2rem auto; max-width: 60rem;
  padding: 0 1rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1, h2, h3 { line-height: 1.25; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .3rem .7rem; text-align: left; }
th { font-weight: 600; }
code, pre { font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  background: var(--code); border-radius: 4px; }
code { padding: .1rem .3rem; }
pre { padding: .8rem; overflow-x: auto; border: 1px solid var(--line); }
pre code { padding: 0; background: none; }
.finding { border: 1px solid var(--line); border-left-width: 4px; border-radius: 4px;
  padding: .2rem 1rem; margin: 1rem 0; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.finding h4 { margin: .6rem 0 .3rem; }
.meta { color: var(--muted); font-size: 13px; }
.badge { font-weight: 600; text-transform: uppercase; font-size: 12px; }
.badge.error { color: var(--error); }
.badge.warning { color: var(--warning); }
.badge.info { color: var(--info); }
ul.strengths li::marker { content: "✓ "; color: var(--good); }
ol.top li { margin: .3rem 0; }
footer { color: var(--muted); font-size: 13px; margin-top: 2rem; }
)css";

QString findingHtml(const ReviewReport &report, const Finding &f)
{
    const QString severity = review::severityName(f.severity);
    QString out =
        QStringLiteral("<div class=\"finding %1\">\n<h4>%2</h4>\n").arg(severity, esc(f.message));
    QStringList facts{QStringLiteral("<span class=\"badge %1\">%1</span>").arg(severity),
                      QLatin1String("<code>") + esc(f.rule) + QLatin1String("</code>")};
    const QString where = locationText(locationOf(report, f));
    if (!where.isEmpty())
        facts.append(QLatin1String("<code>") + esc(where) + QLatin1String("</code>"));
    const QString object = objectText(f.object);
    if (!object.isEmpty())
        facts.append(QString(esc(objectKindWord(f.object)) + QLatin1String(" <code>") +
                             esc(object) + QLatin1String("</code>"))
                         .trimmed());
    out += QLatin1String("<p class=\"meta\">") + facts.join(QStringLiteral(" · ")) +
           QLatin1String("</p>\n");
    if (f.decision)
        out += QLatin1String("<p><strong>") + esc(Tr::tr("Decision:")) +
               QLatin1String("</strong> ") + esc(decisionLine(*f.decision)) +
               QLatin1String("</p>\n");
    if (!f.rationale.isEmpty())
        out += QLatin1String("<p>") + esc(f.rationale) + QLatin1String("</p>\n");
    if (!f.fix.isEmpty()) {
        const FixParts fix = splitFix(f.fix);
        out += QLatin1String("<p><strong>") + esc(Tr::tr("Fix:")) + QLatin1String("</strong>");
        if (!fix.prose.isEmpty())
            out += QLatin1Char(' ') + esc(fix.prose);
        out += QLatin1String("</p>\n");
        if (!fix.sql.isEmpty())
            out += QLatin1String("<pre><code>") + esc(fix.sql) + QLatin1String("</code></pre>\n");
    }
    return out + QLatin1String("</div>\n");
}

} // namespace

QString reviewToHtml(const ReviewReport &report)
{
    const review::ReviewResult &result = *report.result;
    const QString title = Tr::tr("Schema review: %1").arg(report.sourceName());
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"color-scheme\" content=\"light dark\">\n"
                       "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
            .arg(esc(title), QString::fromUtf8(styleSheet));
    out += QLatin1String("<h1>") + esc(title) + QLatin1String("</h1>\n");

    const QList<TopIssueLine> top = topIssueLines(report);
    if (!top.isEmpty()) {
        out += QLatin1String("<h2>") + esc(Tr::tr("Top issues")) + QLatin1String("</h2>\n<p>") +
               esc(Tr::tr("What a reviewer would raise first, most important first; every "
                          "finding follows below.")) +
               QLatin1String("</p>\n<ol class=\"top\">\n");
        for (const TopIssueLine &line : top) {
            const QString severity = review::severityName(line.severity);
            out += QStringLiteral("<li><span class=\"badge %1\">%1</span> ").arg(severity) +
                   esc(line.headline);
            if (line.count > 1) {
                QStringList names;
                for (const QString &o : line.objects)
                    names.append(QLatin1String("<code>") + esc(o) + QLatin1String("</code>"));
                out += QLatin1String(" (") + namesList(names) + QLatin1Char(')');
            } else if (!line.location.isEmpty()) {
                out += QLatin1String(" (<code>") + esc(line.location) + QLatin1String("</code>)");
            }
            out += QLatin1String(" <span class=\"meta\"><code>") + esc(line.rule) +
                   QLatin1String("</code></span></li>\n");
        }
        out += QLatin1String("</ol>\n");
    }

    out += QLatin1String("<h2>") + esc(Tr::tr("Summary")) + QLatin1String("</h2>\n<table>\n");
    for (const auto &[label, value] : summaryRows(report))
        out += QLatin1String("<tr><th scope=\"row\">") + esc(label) + QLatin1String("</th><td>") +
               esc(value) + QLatin1String("</td></tr>\n");
    out += QLatin1String("</table>\n");

    if (!result.strengths.isEmpty()) {
        out += QLatin1String("<h2>") + esc(Tr::tr("Strengths")) +
               QLatin1String("</h2>\n<ul class=\"strengths\">\n");
        for (const review::Strength &s : result.strengths)
            out += QLatin1String("<li>") + esc(s.message) + QLatin1String("</li>\n");
        out += QLatin1String("</ul>\n");
    }

    out += QLatin1String("<h2>") + esc(Tr::tr("Findings")) + QLatin1String("</h2>\n");
    if (result.findings.isEmpty())
        out += QLatin1String("<p>") + esc(Tr::tr("No findings.")) + QLatin1String("</p>\n");
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const review::Findings group = findingsOf(result.findings, severity);
        if (group.isEmpty())
            continue;
        out += QStringLiteral("<h3>%1 (%2)</h3>\n")
                   .arg(esc(severityHeading(severity)))
                   .arg(group.size());
        for (const Finding &f : group)
            out += findingHtml(report, f);
    }

    if (!result.suppressed.isEmpty()) {
        out += QLatin1String("<h2>") +
               esc(Tr::tr("Suppressed (%1)").arg(result.suppressed.size())) +
               QLatin1String("</h2>\n<ul>\n");
        for (const Finding &f : result.suppressed) {
            out += QLatin1String("<li><code>") + esc(f.rule) + QLatin1String("</code> ") +
                   esc(f.message);
            const QString where = locationText(locationOf(report, f));
            if (!where.isEmpty())
                out += QLatin1String(" (<code>") + esc(where) + QLatin1String("</code>)");
            out += QLatin1String(": ") + esc(f.suppressedBecause) + QLatin1String("</li>\n");
        }
        out += QLatin1String("</ul>\n");
    }

    if (!result.resolvedDecisions.isEmpty()) {
        out += QLatin1String("<h2>") +
               esc(Tr::tr("Resolved decisions (%1)").arg(result.resolvedDecisions.size())) +
               QLatin1String("</h2>\n<p>") + esc(Tr::tr("Their findings no longer appear.")) +
               QLatin1String("</p>\n<ul>\n");
        for (auto it = result.resolvedDecisions.cbegin(); it != result.resolvedDecisions.cend();
             ++it) {
            out += QLatin1String("<li><code>") + esc(it.key()) + QLatin1String("</code> ");
            if (!it->rule.isEmpty())
                out += QLatin1String("<code>") + esc(it->rule) + QLatin1String("</code> ");
            out += esc(it->message) + QLatin1String(": ") + esc(decisionLine(*it)) +
                   QLatin1String("</li>\n");
        }
        out += QLatin1String("</ul>\n");
    }

    if (!report.toolVersion.isEmpty())
        out += QLatin1String("<footer>") +
               esc(Tr::tr("Reviewed by Schemalens %1.").arg(report.toolVersion)) +
               QLatin1String("</footer>\n");
    return out + QLatin1String("</body>\n</html>\n");
}

} // namespace schemalens::report
