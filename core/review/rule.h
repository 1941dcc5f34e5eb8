#pragma once

#include "core/review/finding.h"

#include <QMap>

#include <functional>

namespace schemalens::review {

class ReviewContext;

// What a rule needs to run (DESIGN.md "Review rules": S, H, L).
enum class Needs { Static, History, Live };

struct RuleInfo {
    QString id;     // stable, kebab-case, never reused
    QString family; // "referential", "indexes", "types", "design", "migrations", "security", "load"
    Severity defaultSeverity = Severity::Warning;
    Needs needs = Needs::Static;
    QString title;     // short, sentence case, no full stop
    QString rationale; // why it matters, one or two sentences
    QString fix;       // what to do, with an SQL template where one exists
    bool postgres = true;
    bool sqlite = true;
    QString example; // a small SQL schema that triggers the rule (used by `rules` and tests)
    // Tunable numbers and their defaults ("maxColumns" -> 20); a review file may override
    // them under "rules": { "<id>": { "<key>": value } }.
    QMap<QString, double> thresholds;
    // Off unless a review file turns it on ("rules": { "<id>": true }).
    bool optIn = false;
};

// A rule is a pure function of the context: it appends findings and never mutates the model.
// The engine fills severity (after the review file's overrides), rationale (when empty) and
// fingerprint.
struct Rule {
    RuleInfo info;
    std::function<void(const ReviewContext &, Findings &)> run;
};

using Rules = QList<Rule>;

// One function per family file in core/review/rules/ (explicit, so the static library never
// drops a self-registering object file).
Rules referentialRules();
Rules indexRules();
Rules typeRules();
Rules designRules();
Rules migrationRules();
Rules typeKeyRules(); // core/review/rules/types_keys.cpp (family "types", per column)
Rules securityRules();
Rules liveRules(); // needs a live database (core/review/rules/live.cpp)

// Every rule, in catalogue order, including the loader's parse-error/migration-error, whose
// findings the engine makes from load diagnostics.
const Rules &allRules();
const Rule *findRule(const QString &id);

} // namespace schemalens::review
