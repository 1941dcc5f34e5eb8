#include "core/report/minutes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

#include <algorithm>

namespace schemalens::report {

using review::Decision;
using review::DecisionStatus;
using review::Finding;
using review::Severity;

namespace {

// Translated in the "report" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(report)
};

struct Entry {
    const Finding *finding = nullptr;
    Decision decision;
};

struct NoteEntry {
    QString key;
    QString text;
    bool present = true; // the table or column is in the schema
};

// Everything the minutes say, worked out once for both formats.
struct Plan {
    QMap<DecisionStatus, QList<Entry>> byStatus;
    review::Decisions resolved;
    int total[3] = {0, 0, 0};
    int decided[3] = {0, 0, 0};
    QList<NoteEntry> notes;
};

bool noteTargetExists(const model::Schema &schema, const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    if (parts.size() == 2)
        return schema.table(parts.at(0), parts.at(1)) != nullptr;
    if (parts.size() == 3) {
        const model::Table *table = schema.table(parts.at(0), parts.at(1));
        if (!table)
            return false;
        for (const model::Column &column : table->columns) {
            if (column.name == parts.at(2))
                return true;
        }
    }
    return false;
}

Plan makePlan(const MinutesInput &input)
{
    Plan plan;
    const review::ReviewResult &result = *input.report.result;
    QList<const Finding *> ordered;
    for (const Finding &f : result.findings)
        ordered.append(&f);
    for (const Finding &f : result.suppressed)
        ordered.append(&f);
    // Highest rank first, the engine's order among equals.
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Finding *a, const Finding *b) { return a->rank > b->rank; });
    QSet<QString> seen;
    for (const Finding *f : std::as_const(ordered)) {
        const auto it = input.decisions.constFind(f->fingerprint);
        if (it == input.decisions.cend())
            continue;
        seen.insert(f->fingerprint);
        // A bare "open" entry (no note, no owner) says nothing worth a line.
        if (!it->decided() && it->note.isEmpty() && it->owner.isEmpty())
            continue;
        plan.byStatus[it->status].append({f, *it});
    }
    for (auto it = input.decisions.cbegin(); it != input.decisions.cend(); ++it) {
        if (!seen.contains(it.key()))
            plan.resolved.insert(it.key(), it.value());
    }
    for (const Finding &f : result.findings) {
        ++plan.total[int(f.severity)];
        const auto it = input.decisions.constFind(f.fingerprint);
        if (it != input.decisions.cend() && it->decided())
            ++plan.decided[int(f.severity)];
    }
    for (auto it = input.notes.cbegin(); it != input.notes.cend(); ++it) {
        const bool present =
            !input.report.loaded || noteTargetExists(input.report.loaded->schema, it.key());
        plan.notes.append({it.key(), it.value(), present});
    }
    return plan;
}

// The statuses with their own section under "Decisions", in reading order; discuss has
// "Open questions" of its own.
const DecisionStatus decisionSections[] = {DecisionStatus::WillFix, DecisionStatus::WontFix,
                                           DecisionStatus::Fixed, DecisionStatus::Open};

QString sectionTitle(DecisionStatus status)
{
    return status == DecisionStatus::Open ? Tr::tr("Noted, still open")
                                          : review::decisionStatusTitle(status);
}

QString decisionCounts(const Plan &plan)
{
    QStringList parts;
    const auto count = [&](DecisionStatus s) { return int(plan.byStatus.value(s).size()); };
    parts.append(Tr::tr("%1 will fix").arg(count(DecisionStatus::WillFix)));
    parts.append(Tr::tr("%1 won't fix").arg(count(DecisionStatus::WontFix)));
    parts.append(Tr::tr("%1 fixed").arg(count(DecisionStatus::Fixed)));
    parts.append(Tr::tr("%1 to discuss").arg(count(DecisionStatus::Discuss)));
    QString text = parts.join(QLatin1String(", "));
    if (!plan.resolved.isEmpty())
        text += QLatin1String("; ") + Tr::tr("%1 resolved").arg(plan.resolved.size());
    return text;
}

// Owner and date, "alice · 2026-12-07".
QString ownerAndDate(const Decision &decision)
{
    QStringList parts;
    if (!decision.owner.isEmpty())
        parts.append(Tr::tr("owner: %1").arg(decision.owner));
    if (!decision.date.isEmpty())
        parts.append(decision.date);
    return parts.join(QStringLiteral(" · "));
}

QString sourceLine(const MinutesInput &input)
{
    QString source = input.report.sourceName();
    if (!input.report.layout().isEmpty())
        source += QStringLiteral(" (%1, %2)").arg(input.report.layout(), input.report.dialect());
    return source;
}

QList<std::pair<QString, QString>> headerRows(const MinutesInput &input)
{
    QList<std::pair<QString, QString>> rows{{Tr::tr("Date"), input.date},
                                            {Tr::tr("Source"), sourceLine(input)}};
    if (!input.revision.isEmpty())
        rows.append({Tr::tr("Revision"), input.revision});
    if (!input.report.configPath.isEmpty())
        rows.append({Tr::tr("Review file"), input.report.configPath});
    return rows;
}

// ---- Markdown --------------------------------------------------------------------------------

// A note kept as the paragraphs it was written in, each line made inert.
QString markdownQuote(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines.append(QLatin1String("> ") + markdownEscape(line));
    return lines.join(QLatin1String("\n>\n")) + QLatin1Char('\n');
}

QString entryMarkdown(const MinutesInput &input, const Entry &entry)
{
    const Finding &f = *entry.finding;
    QString out = QLatin1String("#### ") + markdownEscape(f.message) + QLatin1String("\n\n");
    QStringList facts{markdownCode(f.rule), review::severityName(f.severity)};
    const QString where = locationText(locationOf(input.report, f));
    if (!where.isEmpty())
        facts.append(markdownCode(where));
    const QString who = ownerAndDate(entry.decision);
    if (!who.isEmpty())
        facts.append(markdownEscape(who));
    out += facts.join(QStringLiteral(" · ")) + QLatin1String("\n\n");
    if (!entry.decision.note.isEmpty())
        out += markdownQuote(entry.decision.note) + QLatin1Char('\n');
    return out;
}

// ---- HTML ------------------------------------------------------------------------------------

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const minutesStyle = R"css(
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e;
  --line: #d1d9e0; --code: #f6f8fa; --error: #cf222e; --warning: #9a6700; --info: #0969da;
  --willfix: #0969da; --wontfix: #59636e; --fixed: #1a7f37; --discuss: #8250df; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --code: #151b23;
    --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --willfix: #58a6ff;
    --wontfix: #9198a1; --fixed: #3fb950; --discuss: #bc8cff; }
}
body { background: var(--bg); color: var(--fg); margin: 2rem auto; max-width: 60rem;
  padding: 0 1rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1, h2, h3 { line-height: 1.25; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .3rem .7rem; text-align: left; }
td.n { text-align: right; }
code { font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  background: var(--code); border-radius: 4px; padding: .1rem .3rem; }
.decision { border: 1px solid var(--line); border-left-width: 4px; border-radius: 4px;
  padding: .2rem 1rem; margin: 1rem 0; }
.decision.will-fix { border-left-color: var(--willfix); }
.decision.wont-fix { border-left-color: var(--wontfix); }
.decision.fixed { border-left-color: var(--fixed); }
.decision.discuss { border-left-color: var(--discuss); }
.decision h4 { margin: .6rem 0 .3rem; }
.meta { color: var(--muted); font-size: 13px; }
.badge { font-weight: 600; text-transform: uppercase; font-size: 12px; }
.badge.error { color: var(--error); }
.badge.warning { color: var(--warning); }
.badge.info { color: var(--info); }
blockquote { margin: .5rem 0; padding: 0 1rem; border-left: 3px solid var(--line);
  white-space: pre-wrap; }
figure { margin: .8rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
figcaption { color: var(--muted); font-size: 13px; }
.stale { color: var(--muted); }
footer { color: var(--muted); font-size: 13px; margin-top: 2rem; }
)css";

QString entryHtml(const MinutesInput &input, const Entry &entry)
{
    const Finding &f = *entry.finding;
    const QString status = review::decisionStatusName(entry.decision.status);
    QString out =
        QStringLiteral("<div class=\"decision %1\">\n<h4>%2</h4>\n").arg(status, esc(f.message));
    const QString severity = review::severityName(f.severity);
    QStringList facts{QStringLiteral("<span class=\"badge %1\">%1</span>").arg(severity),
                      QLatin1String("<code>") + esc(f.rule) + QLatin1String("</code>")};
    const QString where = locationText(locationOf(input.report, f));
    if (!where.isEmpty())
        facts.append(QLatin1String("<code>") + esc(where) + QLatin1String("</code>"));
    const QString who = ownerAndDate(entry.decision);
    if (!who.isEmpty())
        facts.append(esc(who));
    out += QLatin1String("<p class=\"meta\">") + facts.join(QStringLiteral(" · ")) +
           QLatin1String("</p>\n");
    if (!entry.decision.note.isEmpty())
        out += QLatin1String("<blockquote>") + esc(entry.decision.note) +
               QLatin1String("</blockquote>\n");
    const auto svg = input.areaSvgs.constFind(f.fingerprint);
    if (svg != input.areaSvgs.cend() && !svg->isEmpty()) {
        const QString caption = Tr::tr("The tables of this finding and their neighbours");
        out += QStringLiteral("<figure><img src=\"data:image/svg+xml;base64,%1\" alt=\"%2\">"
                              "<figcaption>%2</figcaption></figure>\n")
                   .arg(QString::fromLatin1(svg->toBase64()), esc(caption));
    }
    return out + QLatin1String("</div>\n");
}

} // namespace

review::Findings discussedFindings(const MinutesInput &input)
{
    const Plan plan = makePlan(input);
    review::Findings findings;
    for (DecisionStatus status : decisionSections) {
        for (const Entry &entry : plan.byStatus.value(status))
            findings.append(*entry.finding);
    }
    for (const Entry &entry : plan.byStatus.value(DecisionStatus::Discuss))
        findings.append(*entry.finding);
    return findings;
}

QString minutesToMarkdown(const MinutesInput &input)
{
    const Plan plan = makePlan(input);
    QString out = QLatin1String("# ") +
                  Tr::tr("Design review: %1").arg(markdownEscape(input.report.sourceName())) +
                  QLatin1String("\n\n");
    out += QLatin1String("| | |\n|---|---|\n");
    for (const auto &[label, value] : headerRows(input))
        out += QLatin1String("| ") + markdownEscape(label) + QLatin1String(" | ") +
               markdownEscape(value) + QLatin1String(" |\n");
    out += QLatin1Char('\n');

    out += QLatin1String("## ") + Tr::tr("Summary") + QLatin1String("\n\n");
    out += QLatin1String("| ") + Tr::tr("Severity") + QLatin1String(" | ") + Tr::tr("Findings") +
           QLatin1String(" | ") + Tr::tr("Decided") + QLatin1String(" | ") + Tr::tr("Open") +
           QLatin1String(" |\n|---|---:|---:|---:|\n");
    int total = 0;
    int decided = 0;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int i = int(s);
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(severityHeading(s))
                   .arg(plan.total[i])
                   .arg(plan.decided[i])
                   .arg(plan.total[i] - plan.decided[i]);
        total += plan.total[i];
        decided += plan.decided[i];
    }
    out += QStringLiteral("| **%1** | **%2** | **%3** | **%4** |\n\n")
               .arg(Tr::tr("Total"))
               .arg(total)
               .arg(decided)
               .arg(total - decided);
    out += Tr::tr("Decisions: %1.").arg(decisionCounts(plan)) + QLatin1String("\n\n");

    out += QLatin1String("## ") + Tr::tr("Decisions") + QLatin1String("\n\n");
    bool any = false;
    for (DecisionStatus status : decisionSections) {
        const QList<Entry> entries = plan.byStatus.value(status);
        if (entries.isEmpty())
            continue;
        any = true;
        out += QStringLiteral("### %1 (%2)\n\n").arg(sectionTitle(status)).arg(entries.size());
        for (const Entry &entry : entries)
            out += entryMarkdown(input, entry);
    }
    if (!plan.resolved.isEmpty()) {
        any = true;
        out += QStringLiteral("### %1 (%2)\n\n").arg(Tr::tr("Resolved")).arg(plan.resolved.size());
        out += Tr::tr("Decisions whose findings no longer appear in the schema.") +
               QLatin1String("\n\n");
        for (auto it = plan.resolved.cbegin(); it != plan.resolved.cend(); ++it) {
            out += QLatin1String("- ");
            if (!it->message.isEmpty())
                out += markdownEscape(it->message) + QLatin1Char(' ');
            if (!it->rule.isEmpty())
                out += markdownCode(it->rule) + QLatin1Char(' ');
            out += markdownCode(it.key()) + QLatin1String(": ") +
                   markdownEscape(decisionLine(*it)) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    if (!any)
        out += Tr::tr("No decisions yet.") + QLatin1String("\n\n");

    const QList<Entry> questions = plan.byStatus.value(DecisionStatus::Discuss);
    out += QLatin1String("## ") + Tr::tr("Open questions (%1)").arg(questions.size()) +
           QLatin1String("\n\n");
    if (questions.isEmpty())
        out += Tr::tr("None.") + QLatin1String("\n\n");
    for (const Entry &entry : questions)
        out += entryMarkdown(input, entry);

    if (!plan.notes.isEmpty()) {
        out += QLatin1String("## ") + Tr::tr("Table and column notes (%1)").arg(plan.notes.size()) +
               QLatin1String("\n\n");
        for (const NoteEntry &note : plan.notes) {
            out += QLatin1String("- ") + markdownCode(note.key);
            if (!note.present)
                out += QLatin1Char(' ') + markdownEscape(Tr::tr("(no longer in the schema)"));
            QString text = note.text;
            out += QLatin1String(": ") +
                   markdownEscape(text.replace(QLatin1Char('\n'), QLatin1Char(' '))) +
                   QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    if (!input.report.toolVersion.isEmpty())
        out += QLatin1String("---\n\n") +
               Tr::tr("Minutes written by Schemalens %1.")
                   .arg(markdownEscape(input.report.toolVersion)) +
               QLatin1Char('\n');
    else if (out.endsWith(QLatin1String("\n\n")))
        out.chop(1);
    return out;
}

QString minutesToHtml(const MinutesInput &input)
{
    const Plan plan = makePlan(input);
    const QString title = Tr::tr("Design review: %1").arg(input.report.sourceName());
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"color-scheme\" content=\"light dark\">\n"
                       "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
            .arg(esc(title), QString::fromUtf8(minutesStyle));
    out += QLatin1String("<h1>") + esc(title) + QLatin1String("</h1>\n<table>\n");
    for (const auto &[label, value] : headerRows(input))
        out += QLatin1String("<tr><th scope=\"row\">") + esc(label) + QLatin1String("</th><td>") +
               esc(value) + QLatin1String("</td></tr>\n");
    out += QLatin1String("</table>\n");

    out += QLatin1String("<h2>") + esc(Tr::tr("Summary")) + QLatin1String("</h2>\n<table>\n");
    out += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
               .arg(esc(Tr::tr("Severity")), esc(Tr::tr("Findings")), esc(Tr::tr("Decided")),
                    esc(Tr::tr("Open")));
    int total = 0;
    int decided = 0;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int i = int(s);
        out += QStringLiteral("<tr><th scope=\"row\">%1</th><td class=\"n\">%2</td>"
                              "<td class=\"n\">%3</td><td class=\"n\">%4</td></tr>\n")
                   .arg(esc(severityHeading(s)))
                   .arg(plan.total[i])
                   .arg(plan.decided[i])
                   .arg(plan.total[i] - plan.decided[i]);
        total += plan.total[i];
        decided += plan.decided[i];
    }
    out += QStringLiteral("<tr><th scope=\"row\">%1</th><th class=\"n\">%2</th>"
                          "<th class=\"n\">%3</th><th class=\"n\">%4</th></tr>\n</table>\n")
               .arg(esc(Tr::tr("Total")))
               .arg(total)
               .arg(decided)
               .arg(total - decided);
    out += QLatin1String("<p>") + esc(Tr::tr("Decisions: %1.").arg(decisionCounts(plan))) +
           QLatin1String("</p>\n");

    out += QLatin1String("<h2>") + esc(Tr::tr("Decisions")) + QLatin1String("</h2>\n");
    bool any = false;
    for (DecisionStatus status : decisionSections) {
        const QList<Entry> entries = plan.byStatus.value(status);
        if (entries.isEmpty())
            continue;
        any = true;
        out +=
            QStringLiteral("<h3>%1 (%2)</h3>\n").arg(esc(sectionTitle(status))).arg(entries.size());
        for (const Entry &entry : entries)
            out += entryHtml(input, entry);
    }
    if (!plan.resolved.isEmpty()) {
        any = true;
        out += QStringLiteral("<h3>%1 (%2)</h3>\n<p>%3</p>\n<ul>\n")
                   .arg(esc(Tr::tr("Resolved")))
                   .arg(plan.resolved.size())
                   .arg(esc(Tr::tr("Decisions whose findings no longer appear in the schema.")));
        for (auto it = plan.resolved.cbegin(); it != plan.resolved.cend(); ++it) {
            out += QLatin1String("<li>");
            if (!it->message.isEmpty())
                out += esc(it->message) + QLatin1Char(' ');
            if (!it->rule.isEmpty())
                out += QLatin1String("<code>") + esc(it->rule) + QLatin1String("</code> ");
            out += QLatin1String("<code>") + esc(it.key()) + QLatin1String("</code>: ") +
                   esc(decisionLine(*it)) + QLatin1String("</li>\n");
        }
        out += QLatin1String("</ul>\n");
    }
    if (!any)
        out += QLatin1String("<p>") + esc(Tr::tr("No decisions yet.")) + QLatin1String("</p>\n");

    const QList<Entry> questions = plan.byStatus.value(DecisionStatus::Discuss);
    out += QLatin1String("<h2>") + esc(Tr::tr("Open questions (%1)").arg(questions.size())) +
           QLatin1String("</h2>\n");
    if (questions.isEmpty())
        out += QLatin1String("<p>") + esc(Tr::tr("None.")) + QLatin1String("</p>\n");
    for (const Entry &entry : questions)
        out += entryHtml(input, entry);

    if (!plan.notes.isEmpty()) {
        out += QLatin1String("<h2>") +
               esc(Tr::tr("Table and column notes (%1)").arg(plan.notes.size())) +
               QLatin1String("</h2>\n<ul>\n");
        for (const NoteEntry &note : plan.notes) {
            out += QLatin1String("<li><code>") + esc(note.key) + QLatin1String("</code>");
            if (!note.present)
                out += QLatin1String(" <span class=\"stale\">") +
                       esc(Tr::tr("(no longer in the schema)")) + QLatin1String("</span>");
            out += QLatin1String(": ") + esc(note.text) + QLatin1String("</li>\n");
        }
        out += QLatin1String("</ul>\n");
    }

    if (!input.report.toolVersion.isEmpty())
        out += QLatin1String("<footer>") +
               esc(Tr::tr("Minutes written by Schemalens %1.").arg(input.report.toolVersion)) +
               QLatin1String("</footer>\n");
    return out + QLatin1String("</body>\n</html>\n");
}

QString sourceRevision(const load::MigrationPlan &plan)
{
    const QString root = plan.rootPath;
    if (root.isEmpty() || root.contains(QLatin1String("://")) || !QFileInfo::exists(root))
        return {};
    const QFileInfo info(root);
    const QString dir = plan.isFolder ? info.absoluteFilePath() : info.absolutePath();
    const QString notInGit = Tr::tr("not in a git repository");

    auto git = [&](const QStringList &arguments, QString *output) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"})
            env.remove(QLatin1String(name));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir);
        process.start(QStringLiteral("git"), arguments);
        if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            process.kill();
            return false;
        }
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return true;
    };

    QString commit;
    if (!git({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("HEAD")},
             &commit) ||
        commit.isEmpty())
        return notInGit;
    QString text = commit.left(12);
    QString branch;
    if (git({QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"), QStringLiteral("HEAD")},
            &branch) &&
        !branch.isEmpty() && branch != QLatin1String("HEAD"))
        text += QStringLiteral(" (%1)").arg(branch);
    // Uncommitted changes of the source itself; the review file the meeting writes is not one.
    const QString target = plan.isFolder ? QStringLiteral(".") : info.fileName();
    QString status;
    if (git({QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--"), target,
             QStringLiteral(":(exclude).schemalens.json")},
            &status) &&
        !status.isEmpty())
        text += QLatin1String(", ") + Tr::tr("uncommitted changes");
    return text;
}

} // namespace schemalens::report
