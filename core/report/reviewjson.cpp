#include "core/report/reviewjson.h"

#include <QJsonArray>

namespace schemalens::report {

using review::Finding;
using review::ObjectRef;

namespace {

void putIf(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putIf(QJsonObject &o, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}

QJsonObject objectJson(const ObjectRef &ref)
{
    QJsonObject o{{QLatin1String("kind"), ObjectRef::kindName(ref.kind)}};
    putIf(o, "schema", ref.schema);
    putIf(o, "table", ref.table);
    putIf(o, "column", ref.column);
    putIf(o, "constraint", ref.constraint);
    putIf(o, "index", ref.index);
    putIf(o, "refSchema", ref.refSchema);
    putIf(o, "refTable", ref.refTable);
    putIf(o, "refColumns", ref.refColumns);
    putIf(o, "tables", ref.tables);
    putIf(o, "columns", ref.columns);
    putIf(o, "file", ref.file);
    return o;
}

QJsonObject locationJson(const model::Origin &origin)
{
    QJsonObject o;
    putIf(o, "file", origin.file);
    if (origin.line > 0)
        o.insert(QLatin1String("line"), origin.line);
    if (origin.column > 0)
        o.insert(QLatin1String("column"), origin.column);
    return o;
}

} // namespace

QJsonObject findingToJson(const ReviewReport &report, const Finding &f)
{
    QJsonObject o{{QLatin1String("rule"), f.rule},
                  {QLatin1String("severity"), review::severityName(f.severity)},
                  {QLatin1String("object"), objectJson(f.object)},
                  {QLatin1String("message"), f.message},
                  {QLatin1String("fingerprint"), f.fingerprint},
                  {QLatin1String("confidence"), review::confidenceName(f.confidence)},
                  {QLatin1String("rank"), f.rank},
                  {QLatin1String("location"), locationJson(locationOf(report, f))}};
    putIf(o, "rationale", f.rationale);
    putIf(o, "fix", f.fix);
    if (!f.suppressedBecause.isEmpty())
        o.insert(QLatin1String("reason"), f.suppressedBecause);
    if (f.decision)
        o.insert(QLatin1String("decision"), decisionJson(*f.decision));
    return o;
}

QJsonObject decisionJson(const review::Decision &decision)
{
    // What the meeting decided; the rule and message hints stay in the review file.
    QJsonObject o{{QLatin1String("status"), review::decisionStatusName(decision.status)}};
    putIf(o, "note", decision.note);
    putIf(o, "owner", decision.owner);
    putIf(o, "date", decision.date);
    return o;
}

QJsonObject summaryToJson(const review::Summary &s, int suppressed)
{
    QJsonObject byOnDelete;
    for (auto it = s.foreignKeysByOnDelete.cbegin(); it != s.foreignKeysByOnDelete.cend(); ++it)
        byOnDelete.insert(it.key(), it.value());
    return QJsonObject{
        {QLatin1String("tables"), s.tables},
        {QLatin1String("views"), s.views},
        {QLatin1String("columns"), s.columns},
        {QLatin1String("foreignKeys"), s.foreignKeys},
        {QLatin1String("foreignKeysByOnDelete"), byOnDelete},
        {QLatin1String("softForeignKeys"), s.softForeignKeys},
        {QLatin1String("indexes"), s.indexes},
        {QLatin1String("triggers"), s.triggers},
        {QLatin1String("enums"), s.enums},
        {QLatin1String("migrations"), s.migrations},
        {QLatin1String("findingsBySeverity"), QJsonObject{{QLatin1String("error"), s.errors},
                                                          {QLatin1String("warning"), s.warnings},
                                                          {QLatin1String("info"), s.infos}}},
        {QLatin1String("suppressed"), suppressed},
    };
}

QJsonObject reviewToJson(const ReviewReport &report)
{
    const review::ReviewResult &result = *report.result;
    QJsonArray strengths;
    for (const review::Strength &s : result.strengths)
        strengths.append(
            QJsonObject{{QLatin1String("id"), s.id}, {QLatin1String("message"), s.message}});
    QJsonArray findings;
    for (const Finding &f : result.findings)
        findings.append(findingToJson(report, f));
    QJsonArray suppressed;
    for (const Finding &f : result.suppressed)
        suppressed.append(findingToJson(report, f));

    QJsonArray resolved;
    for (auto it = result.resolvedDecisions.cbegin(); it != result.resolvedDecisions.cend(); ++it) {
        QJsonObject entry = decisionJson(it.value());
        entry.insert(QLatin1String("fingerprint"), it.key());
        putIf(entry, "rule", it->rule);
        putIf(entry, "message", it->message);
        resolved.append(entry);
    }

    QJsonObject source{{QLatin1String("name"), report.sourceName()}};
    putIf(source, "layout", report.layout());
    putIf(source, "dialect", report.dialect());
    putIf(source, "config", report.configPath);

    QJsonArray configProblems;
    for (const review::ConfigProblem &p : report.configProblems)
        configProblems.append(
            QJsonObject{{QLatin1String("path"), p.path}, {QLatin1String("message"), p.message}});

    QJsonObject tool{{QLatin1String("name"), QStringLiteral("schemalens")}};
    putIf(tool, "version", report.toolVersion);

    QJsonObject review{
        {QLatin1String("tool"), tool},
        {QLatin1String("source"), source},
        {QLatin1String("summary"), summaryToJson(result.summary, int(result.suppressed.size()))},
        {QLatin1String("strengths"), strengths},
        {QLatin1String("findings"), findings},
        {QLatin1String("suppressed"), suppressed},
        {QLatin1String("unmatchedSuppressions"),
         QJsonArray::fromStringList(result.unmatchedSuppressions)},
        {QLatin1String("configProblems"), configProblems},
        {QLatin1String("rulesRun"), result.rulesRun},
    };
    if (!resolved.isEmpty()) // decisions whose finding no longer appears
        review.insert(QLatin1String("resolvedDecisions"), resolved);
    return review;
}

} // namespace schemalens::report
