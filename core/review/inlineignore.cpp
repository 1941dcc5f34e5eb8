#include "core/review/inlineignore.h"

#include "core/load/pg/pgscan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

const QLatin1String kUnusedIgnore("unused-ignore");

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// The comments of SQL with their first lines: PostgreSQL's scanner finds them (so a
// "-- schemalens-ignore" inside a string literal is not one); when it cannot scan the text
// (another dialect's quoting), lines that start with "--" are taken.
QList<QPair<int, QString>> commentsOf(const QByteArray &sql)
{
    QList<QPair<int, QString>> comments;
    const QList<load::pg::ScanToken> tokens = load::pg::scanTokens(sql);
    if (!tokens.isEmpty()) {
        for (const load::pg::ScanToken &t : tokens) {
            if (t.kind != load::pg::ScanToken::Kind::LineComment &&
                t.kind != load::pg::ScanToken::Kind::BlockComment)
                continue;
            QString text = QString::fromUtf8(sql.mid(t.start, t.end - t.start));
            text = t.kind == load::pg::ScanToken::Kind::LineComment ? text.mid(2)
                                                                    : text.mid(2, text.size() - 4);
            comments.append({lineAt(sql, t.start), text.trimmed()});
        }
        return comments;
    }
    const QList<QByteArray> lines = sql.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.startsWith("--"))
            comments.append({int(i) + 1, QString::fromUtf8(line.mid(2)).trimmed()});
    }
    return comments;
}

// The lines of the statement that starts first after LINE (without a statement log: up to
// the first line that ends with ';').
std::pair<int, int> statementAfter(const model::History &history, const load::MigrationUnit &unit,
                                   int line)
{
    const model::Statement *best = nullptr;
    for (const model::Statement &s : history.statements) {
        if (s.origin.file == unit.path && s.origin.line > line &&
            (!best || s.origin.line < best->origin.line))
            best = &s;
    }
    if (best)
        return {best->origin.line, qMax(best->origin.line, best->lastLine)};
    const QList<QByteArray> lines = unit.sql.split('\n');
    int first = 0;
    for (int i = line; i < lines.size(); ++i) {
        const QByteArray text = lines.at(i).trimmed();
        if (text.isEmpty() || text.startsWith("--"))
            continue;
        if (!first)
            first = i + 1;
        if (text.endsWith(';'))
            return {first, i + 1};
    }
    return {first, first ? int(lines.size()) : 0};
}

Finding unusedIgnore(const InlineIgnore &ignore, const QString &message)
{
    Finding f;
    f.rule = kUnusedIgnore;
    f.severity = Severity::Warning;
    f.object.kind = ObjectRef::Kind::Migration;
    f.object.file = ignore.file;
    f.location.file = ignore.file;
    f.location.line = ignore.line;
    f.message = message;
    f.fingerprintKey = ignore.rules.join(QLatin1Char(',')) + QLatin1Char('@') +
                       (ignore.wholeFile ? QStringLiteral("file") : QStringLiteral("line"));
    f.fix = Tr::tr("Remove the ignore, or correct its rule ids (see 'schemalens-cli rules').");
    return f;
}

} // namespace

QList<InlineIgnore> findInlineIgnores(const load::MigrationPlan &plan,
                                      const model::History &history)
{
    // "schemalens-ignore[-file] a, b: reason"; the reason is optional.
    static const QRegularExpression marker(
        QStringLiteral("^schemalens-ignore(-file)?(?=\\s|:|$)\\s*([^:]*?)\\s*(?::\\s*(.*))?$"));
    QList<InlineIgnore> ignores;
    for (const load::MigrationUnit &unit : plan.units) {
        if (!unit.sql.contains("schemalens-ignore"))
            continue;
        for (const auto &[line, text] : commentsOf(unit.sql)) {
            const QRegularExpressionMatch m = marker.match(text);
            if (!m.hasMatch())
                continue;
            InlineIgnore ignore;
            ignore.file = unit.path;
            ignore.line = line;
            ignore.wholeFile = !m.captured(1).isEmpty();
            for (const QString &rule : m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!rule.trimmed().isEmpty())
                    ignore.rules.append(rule.trimmed());
            ignore.reason = m.captured(3).trimmed();
            if (!ignore.wholeFile)
                std::tie(ignore.firstLine, ignore.lastLine) = statementAfter(history, unit, line);
            ignores.append(ignore);
        }
    }
    return ignores;
}

void applyInlineIgnores(const load::LoadResult &loaded, Findings &findings, Findings &suppressed)
{
    const QList<InlineIgnore> ignores = findInlineIgnores(loaded);
    if (ignores.isEmpty())
        return;
    QList<bool> used(ignores.size(), false);
    Findings kept;
    for (Finding &f : findings) {
        qsizetype matched = -1;
        for (qsizetype i = 0; i < ignores.size() && matched < 0; ++i) {
            const InlineIgnore &ignore = ignores.at(i);
            if (f.location.file != ignore.file || f.rule == kUnusedIgnore)
                continue;
            if (!ignore.rules.isEmpty() && !ignore.rules.contains(f.rule))
                continue;
            if (ignore.wholeFile ||
                (f.location.line >= ignore.firstLine && f.location.line <= ignore.lastLine))
                matched = i;
        }
        if (matched < 0) {
            kept.append(std::move(f));
            continue;
        }
        used[matched] = true;
        const InlineIgnore &ignore = ignores.at(matched);
        f.suppressedBecause = ignore.reason.isEmpty()
                                  ? Tr::tr("ignored in %1:%2").arg(ignore.file).arg(ignore.line)
                                  : ignore.reason;
        f.suppressedInSource = true;
        suppressed.append(std::move(f));
    }
    findings = std::move(kept);
    for (qsizetype i = 0; i < ignores.size(); ++i) {
        const InlineIgnore &ignore = ignores.at(i);
        QStringList unknown;
        for (const QString &rule : ignore.rules)
            if (!findRule(rule))
                unknown.append(rule);
        if (!unknown.isEmpty())
            findings.append(unusedIgnore(ignore, Tr::tr("schemalens-ignore names unknown rule %1")
                                                     .arg(unknown.join(QStringLiteral(", ")))));
        else if (!used.at(i))
            findings.append(unusedIgnore(
                ignore, ignore.wholeFile
                            ? Tr::tr("schemalens-ignore-file %1 matches no finding in this file")
                                  .arg(ignore.rules.join(QStringLiteral(", ")))
                            : Tr::tr("schemalens-ignore %1 matches no finding of the statement "
                                     "after it")
                                  .arg(ignore.rules.join(QStringLiteral(", ")))));
    }
}

Rules inlineIgnoreRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = kUnusedIgnore,
                 .family = QStringLiteral("load"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("Inline ignore that matches nothing"),
                 .rationale = Tr::tr("A -- schemalens-ignore comment names a rule that does not "
                                     "exist or silences nothing: the problem it was written for "
                                     "is gone (or the rule id is wrong), and the comment only "
                                     "misleads."),
                 .fix = Tr::tr("Remove the comment or fix its rule ids."),
                 .example = QStringLiteral("-- schemalens-ignore table-no-pk: staging table\n"
                                           "CREATE TABLE t (id bigint PRIMARY KEY);")},
        .run = {}});
    return rules;
}

} // namespace schemalens::review
