#include "core/review/decisions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// Keys the tool writes, in the order it writes them.
const char *const knownKeys[] = {"status", "note", "owner", "date", "rule", "message"};

bool isKnownKey(const QString &key)
{
    for (const char *known : knownKeys) {
        if (key == QLatin1String(known))
            return true;
    }
    return false;
}

} // namespace

bool isFingerprint(const QString &text)
{
    if (text.size() != 24)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

std::optional<Decision> readDecision(const QJsonValue &value, const QString &path,
                                     QList<ConfigProblem> &problems)
{
    if (!value.isObject()) {
        problems.append({path, Tr::tr("expected an object with a \"status\"")});
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Decision decision;
    const QJsonValue status = object.value(QLatin1String("status"));
    const std::optional<DecisionStatus> parsed =
        status.isString() ? decisionStatusFromName(status.toString()) : std::nullopt;
    if (!parsed) {
        QString message;
        if (status.isUndefined())
            message = Tr::tr("missing \"status\" (open, will-fix, wont-fix, fixed or discuss)");
        else if (!status.isString())
            message = Tr::tr("expected a status string (open, will-fix, wont-fix, fixed or "
                             "discuss)");
        else
            message = Tr::tr("unknown status '%1' (use open, will-fix, wont-fix, fixed or "
                             "discuss)")
                          .arg(status.toString());
        problems.append({path + QLatin1String(".status"), message});
        return std::nullopt;
    }
    decision.status = *parsed;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString keyPath = path + QLatin1Char('.') + it.key();
        if (it.key() == QLatin1String("status"))
            continue;
        if (!isKnownKey(it.key())) {
            problems.append({keyPath, Tr::tr("unknown key (kept as it is)")});
            decision.extra.insert(it.key(), it.value());
            continue;
        }
        if (!it.value().isString()) {
            problems.append({keyPath, Tr::tr("expected a string")});
            continue;
        }
        const QString text = it.value().toString();
        if (it.key() == QLatin1String("note"))
            decision.note = text;
        else if (it.key() == QLatin1String("owner"))
            decision.owner = text;
        else if (it.key() == QLatin1String("rule"))
            decision.rule = text;
        else if (it.key() == QLatin1String("message"))
            decision.message = text;
        else if (isIsoDate(text))
            decision.date = text;
        else
            problems.append({keyPath, Tr::tr("expected a date as YYYY-MM-DD")});
    }
    if (decision.status == DecisionStatus::WontFix && decision.note.trimmed().isEmpty()) {
        problems.append({path + QLatin1String(".note"),
                         Tr::tr("a won't-fix decision needs a reason in \"note\"; the finding "
                                "stays open until it has one")});
        return std::nullopt;
    }
    return decision;
}

QJsonObject decisionToJson(const Decision &decision)
{
    QJsonObject object{{QLatin1String("status"), decisionStatusName(decision.status)}};
    const std::pair<const char *, const QString *> fields[] = {{"note", &decision.note},
                                                               {"owner", &decision.owner},
                                                               {"date", &decision.date},
                                                               {"rule", &decision.rule},
                                                               {"message", &decision.message}};
    for (const auto &[key, text] : fields) {
        if (!text->isEmpty())
            object.insert(QLatin1String(key), *text);
    }
    for (auto it = decision.extra.begin(); it != decision.extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

void applyDecisions(ReviewResult &result, const Decisions &decisions)
{
    result.resolvedDecisions.clear();
    if (decisions.isEmpty())
        return;
    QSet<QString> seen;
    for (Findings *list : {&result.findings, &result.suppressed}) {
        for (Finding &f : *list) {
            if (const auto it = decisions.constFind(f.fingerprint); it != decisions.cend()) {
                f.decision = *it;
                seen.insert(f.fingerprint);
            }
        }
    }
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        if (!seen.contains(it.key()))
            result.resolvedDecisions.insert(it.key(), it.value());
    }
}

Decisions unmatchedDecisions(const Findings &findings, const Decisions &decisions)
{
    QSet<QString> present;
    for (const Finding &f : findings)
        present.insert(f.fingerprint);
    Decisions unmatched;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        if (!present.contains(it.key()))
            unmatched.insert(it.key(), it.value());
    }
    return unmatched;
}

bool isNewFinding(const Finding &finding)
{
    return !finding.decision || !finding.decision->decided();
}

bool failsRun(const Finding &finding, Severity threshold)
{
    if (finding.severity > threshold)
        return false;
    return !finding.decision || !finding.decision->acceptsFinding();
}

} // namespace schemalens::review
