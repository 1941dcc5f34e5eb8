#include "core/report/reviewsarif.h"

#include "core/report/reviewrules.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

namespace schemalens::report {

using review::Finding;
using review::Severity;

namespace {

const QLatin1String srcRoot("%SRCROOT%");

QString level(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

QJsonObject text(const QString &value)
{
    return QJsonObject{{QLatin1String("text"), value}};
}

QString fenced(const QString &code, const QString &language)
{
    return markdownFence(code, language);
}

QJsonObject ruleJson(const review::RuleInfo &info)
{
    const QString title = info.title.isEmpty() ? info.id : info.title;
    const QString rationale = info.rationale.isEmpty() ? title : info.rationale;
    QString helpText = rationale;
    QString helpMarkdown = markdownEscape(rationale);
    if (!info.fix.isEmpty()) {
        helpText += QLatin1String("\n\nFix: ") + info.fix;
        const FixParts fix = splitFix(info.fix);
        helpMarkdown += QLatin1String("\n\n**Fix:**");
        if (!fix.prose.isEmpty())
            helpMarkdown += QLatin1Char(' ') + markdownEscape(fix.prose);
        if (!fix.sql.isEmpty())
            helpMarkdown += QLatin1String("\n\n") + fenced(fix.sql, QStringLiteral("sql"));
    }
    if (!info.example.isEmpty()) {
        helpText += QLatin1String("\n\nExample:\n") + info.example;
        helpMarkdown += QLatin1String("\n\n**Example that triggers it:**\n\n") +
                        fenced(info.example, QStringLiteral("sql"));
    }
    QJsonArray tags{QStringLiteral("schema"), QStringLiteral("database")};
    if (!info.family.isEmpty())
        tags.append(info.family);
    QJsonObject properties{{QLatin1String("tags"), tags},
                           {QLatin1String("needs"), needsName(info.needs)}};
    if (!info.thresholds.isEmpty()) {
        QJsonObject thresholds;
        for (auto it = info.thresholds.cbegin(); it != info.thresholds.cend(); ++it)
            thresholds.insert(it.key(), it.value());
        properties.insert(QLatin1String("thresholds"), thresholds);
    }
    return QJsonObject{
        {QLatin1String("id"), info.id},
        {QLatin1String("name"), sarifRuleName(info.id)},
        {QLatin1String("shortDescription"), text(title)},
        {QLatin1String("fullDescription"), text(rationale)},
        {QLatin1String("help"),
         QJsonObject{{QLatin1String("text"), helpText}, {QLatin1String("markdown"), helpMarkdown}}},
        {QLatin1String("defaultConfiguration"),
         QJsonObject{{QLatin1String("level"), level(info.defaultSeverity)}}},
        {QLatin1String("properties"), properties},
    };
}

// The object as a dotted name for logicalLocations ("public.orders.customer_id",
// "public.orders.orders_customer_id_fkey"); empty for findings spanning several tables.
QString qualifiedName(const review::ObjectRef &o)
{
    if (o.kind == review::ObjectRef::Kind::Migration)
        return o.file;
    if (o.table.isEmpty())
        return o.tables.isEmpty() && o.kind == review::ObjectRef::Kind::Schema ? o.schema
                                                                               : QString();
    QStringList parts;
    if (!o.schema.isEmpty())
        parts.append(o.schema);
    parts.append(o.table);
    if (o.kind == review::ObjectRef::Kind::Column && !o.column.isEmpty())
        parts.append(o.column);
    else if ((o.kind == review::ObjectRef::Kind::ForeignKey ||
              o.kind == review::ObjectRef::Kind::Constraint) &&
             !o.constraint.isEmpty())
        parts.append(o.constraint);
    else if (o.kind == review::ObjectRef::Kind::Index && !o.index.isEmpty())
        parts.append(o.index);
    return parts.join(QLatin1Char('.'));
}

// The file a location-less finding is shown on (see the header).
QString fallbackFile(const ReviewReport &report)
{
    if (report.loaded) {
        const load::MigrationPlan &plan = report.loaded->source;
        if (!plan.units.isEmpty() && !plan.units.first().path.isEmpty())
            return plan.units.first().path;
    }
    return report.configPath;
}

QString encodePath(const QString &path)
{
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
    // A first segment with a colon would read as a URI scheme.
    if (encoded.section(QLatin1Char('/'), 0, 0).contains(QLatin1Char(':')))
        encoded.prepend(QLatin1String("./"));
    return encoded;
}

// A design-review decision as a SARIF suppression (kind "external": it lives in the review
// file). Won't fix and fixed are accepted suppressions, so code-scanning hides the result;
// will fix and discuss are "underReview": acknowledged, still to be dealt with.
QJsonObject decisionSuppression(const review::Decision &decision)
{
    const bool accepted = decision.acceptsFinding();
    QString justification = review::decisionStatusTitle(decision.status);
    if (!decision.note.isEmpty())
        justification += QLatin1String(": ") + decision.note;
    QStringList who;
    if (!decision.owner.isEmpty())
        who.append(decision.owner);
    if (!decision.date.isEmpty())
        who.append(decision.date);
    if (!who.isEmpty())
        justification += QLatin1String(" (") + who.join(QLatin1String(", ")) + QLatin1Char(')');
    QJsonObject properties{
        {QLatin1String("decision"), review::decisionStatusName(decision.status)}};
    if (!decision.owner.isEmpty())
        properties.insert(QLatin1String("owner"), decision.owner);
    if (!decision.date.isEmpty())
        properties.insert(QLatin1String("date"), decision.date);
    return QJsonObject{{QLatin1String("kind"), QStringLiteral("external")},
                       {QLatin1String("status"),
                        accepted ? QStringLiteral("accepted") : QStringLiteral("underReview")},
                       {QLatin1String("justification"), justification},
                       {QLatin1String("properties"), properties}};
}

QJsonObject resultJson(const ReviewReport &report, const Finding &f,
                       const QHash<QString, int> &ruleIndex)
{
    QJsonObject result{{QLatin1String("ruleId"), f.rule},
                       {QLatin1String("level"), level(f.severity)},
                       {QLatin1String("message"), text(f.message.isEmpty() ? f.rule : f.message)},
                       {QLatin1String("partialFingerprints"),
                        QJsonObject{{QLatin1String("schemalensFingerprint/v1"), f.fingerprint}}}};
    if (const auto it = ruleIndex.constFind(f.rule); it != ruleIndex.cend())
        result.insert(QLatin1String("ruleIndex"), *it);
    // SARIF's own priority scale (0.0-100.0) is the review's rank.
    result.insert(QLatin1String("rank"), f.rank);

    model::Origin where = locationOf(report, f);
    if (where.file.isEmpty())
        where = model::Origin{fallbackFile(report), 0, 0, -1};
    if (!where.file.isEmpty()) {
        QJsonObject physical{
            {QLatin1String("artifactLocation"),
             QJsonObject{{QLatin1String("uri"), encodePath(report.uriPrefix + where.file)},
                         {QLatin1String("uriBaseId"), srcRoot}}}};
        if (where.line > 0) {
            QJsonObject region{{QLatin1String("startLine"), where.line}};
            if (where.column > 0)
                region.insert(QLatin1String("startColumn"), where.column);
            physical.insert(QLatin1String("region"), region);
        }
        QJsonObject location{{QLatin1String("physicalLocation"), physical}};
        const QString object = qualifiedName(f.object);
        if (!object.isEmpty())
            location.insert(QLatin1String("logicalLocations"),
                            QJsonArray{QJsonObject{{QLatin1String("fullyQualifiedName"), object},
                                                   {QLatin1String("kind"),
                                                    review::ObjectRef::kindName(f.object.kind)}}});
        result.insert(QLatin1String("locations"), QJsonArray{location});
    }

    QJsonObject properties{{QLatin1String("confidence"), review::confidenceName(f.confidence)}};
    if (!f.fix.isEmpty())
        properties.insert(QLatin1String("fix"), f.fix);
    if (!f.rationale.isEmpty())
        properties.insert(QLatin1String("rationale"), f.rationale);
    result.insert(QLatin1String("properties"), properties);
    QJsonArray suppressions;
    if (!f.suppressedBecause.isEmpty())
        suppressions.append(
            QJsonObject{{QLatin1String("kind"), f.suppressedInSource ? QStringLiteral("inSource")
                                                                     : QStringLiteral("external")},
                        {QLatin1String("justification"), f.suppressedBecause}});
    if (f.decision && f.decision->decided())
        suppressions.append(decisionSuppression(*f.decision));
    if (!suppressions.isEmpty())
        result.insert(QLatin1String("suppressions"), suppressions);
    return result;
}

} // namespace

QString sarifRuleName(const QString &id)
{
    QString name;
    bool upper = true;
    for (QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

QString sarifUriPrefix(const load::MigrationPlan &plan)
{
    const QFileInfo source(plan.rootPath);
    if (plan.rootPath.isEmpty() || !source.exists())
        return {};
    const QString base =
        plan.isFolder ? source.canonicalFilePath() : source.absoluteDir().canonicalPath();
    for (QDir dir(base);;) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git")))) {
            const QString relative = dir.relativeFilePath(base);
            return relative == QLatin1String(".") ? QString() : relative + QLatin1Char('/');
        }
        if (!dir.cdUp())
            return {};
    }
}

QJsonObject reviewToSarif(const ReviewReport &report)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const review::Rule &rule : report.catalogue()) {
        ruleIndex.insert(rule.info.id, int(rules.size()));
        rules.append(ruleJson(rule.info));
    }
    // A finding of a rule missing from the catalogue (a newer loader diagnostic, say) still
    // needs a descriptor for GitHub to show its help.
    const review::ReviewResult &result = *report.result;
    for (const review::Findings *list : {&result.findings, &result.suppressed}) {
        for (const Finding &f : *list) {
            if (ruleIndex.contains(f.rule))
                continue;
            review::RuleInfo info;
            info.id = f.rule;
            info.defaultSeverity = f.severity;
            info.rationale = f.rationale;
            ruleIndex.insert(f.rule, int(rules.size()));
            rules.append(ruleJson(info));
        }
    }

    QJsonArray results;
    for (const review::Findings *list : {&result.findings, &result.suppressed}) {
        for (const Finding &f : *list)
            results.append(resultJson(report, f, ruleIndex));
    }

    QJsonObject driver{{QLatin1String("name"), QStringLiteral("Schemalens")},
                       {QLatin1String("rules"), rules}};
    if (!report.toolVersion.isEmpty()) {
        driver.insert(QLatin1String("version"), report.toolVersion);
        driver.insert(QLatin1String("semanticVersion"), report.toolVersion);
    }
    if (!report.informationUri.isEmpty())
        driver.insert(QLatin1String("informationUri"), report.informationUri);

    QJsonArray notifications;
    for (const review::ConfigProblem &p : report.configProblems)
        notifications.append(QJsonObject{
            {QLatin1String("level"), QStringLiteral("warning")},
            {QLatin1String("message"), text(p.path + QLatin1String(": ") + p.message)}});
    QJsonObject invocation{{QLatin1String("executionSuccessful"), !result.cancelled}};
    if (!notifications.isEmpty())
        invocation.insert(QLatin1String("toolConfigurationNotifications"), notifications);

    const QJsonObject run{{QLatin1String("tool"), QJsonObject{{QLatin1String("driver"), driver}}},
                          {QLatin1String("invocations"), QJsonArray{invocation}},
                          {QLatin1String("results"), results}};
    return QJsonObject{
        {QLatin1String("$schema"),
         QStringLiteral("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                        "sarif-schema-2.1.0.json")},
        {QLatin1String("version"), QStringLiteral("2.1.0")},
        {QLatin1String("runs"), QJsonArray{run}},
    };
}

} // namespace schemalens::report
