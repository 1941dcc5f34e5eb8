#pragma once
// Shared fixtures of the decision suites (tst_decisions, tst_reviewfile): well-formed
// fingerprints and a decision built from its fields.

#include "core/review/decisions.h"

#include <QString>

namespace decisiontest {

using schemalens::review::Decision;
using schemalens::review::DecisionStatus;

inline const QString fpA = QStringLiteral("0123456789abcdef01234567");
inline const QString fpB = QStringLiteral("1111111111111111aaaaaaaa");
inline const QString fpC = QStringLiteral("2222222222222222bbbbbbbb");
inline const QString fpD = QStringLiteral("3333333333333333cccccccc");

inline Decision decision(DecisionStatus status, const QString &note = {}, const QString &owner = {},
                         const QString &date = {})
{
    Decision d;
    d.status = status;
    d.note = note;
    d.owner = owner;
    d.date = date;
    return d;
}

} // namespace decisiontest
