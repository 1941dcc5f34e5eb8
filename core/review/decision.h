#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace schemalens::review {

// What a design review decided about one finding. Open is the default (no decision yet);
// WontFix needs a reason in the note.
enum class DecisionStatus { Open, WillFix, WontFix, Fixed, Discuss };

// "open", "will-fix", "wont-fix", "fixed", "discuss": the review file's words.
QString decisionStatusName(DecisionStatus status);
std::optional<DecisionStatus> decisionStatusFromName(const QString &name);
// "Open", "Will fix", "Won't fix", "Fixed", "Discuss" (translated, for people).
QString decisionStatusTitle(DecisionStatus status);
// The statuses in the order of the meeting keys 1-5.
inline constexpr DecisionStatus allDecisionStatuses[] = {
    DecisionStatus::Open, DecisionStatus::WillFix, DecisionStatus::WontFix, DecisionStatus::Fixed,
    DecisionStatus::Discuss};

// One entry of the review file's "decisions" object, keyed there by the finding's
// fingerprint.
struct Decision {
    DecisionStatus status = DecisionStatus::Open;
    QString note;  // the reason (required for WontFix) or what was agreed
    QString owner; // who follows it up
    QString date;  // ISO 8601 day, "2026-12-07"; empty when unknown
    // Written by the tool so that the file reads without the program and a decision whose
    // finding disappeared can still be shown: the finding's rule and message when decided.
    QString rule;
    QString message;
    // Keys this version does not know, kept (and written back) so that nothing is lost.
    QJsonObject extra;

    // A decision counts (for --new-only, SARIF, the meeting's progress) once it is more than
    // "open": a note alone on an open finding does not decide it.
    bool decided() const { return status != DecisionStatus::Open; }
    // --fail-on no longer fails on the finding: the team accepted it or says it is fixed.
    bool acceptsFinding() const
    {
        return status == DecisionStatus::WontFix || status == DecisionStatus::Fixed;
    }
    bool operator==(const Decision &other) const = default;
};

// Fingerprint -> decision, sorted by fingerprint (the order the review file is written in).
using Decisions = QMap<QString, Decision>;
// "schema.table" or "schema.table.column" -> a design remark that is not a finding.
using Notes = QMap<QString, QString>;

// The key of a table or column note.
QString noteKey(const QString &schema, const QString &table, const QString &column = QString());

// True for a real calendar day written as YYYY-MM-DD.
bool isIsoDate(const QString &text);

} // namespace schemalens::review
