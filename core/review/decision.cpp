#include "core/review/decision.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace schemalens::review {

namespace {
// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};
} // namespace

QString decisionStatusName(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Open:
        return QStringLiteral("open");
    case DecisionStatus::WillFix:
        return QStringLiteral("will-fix");
    case DecisionStatus::WontFix:
        return QStringLiteral("wont-fix");
    case DecisionStatus::Fixed:
        return QStringLiteral("fixed");
    case DecisionStatus::Discuss:
        return QStringLiteral("discuss");
    }
    return {};
}

std::optional<DecisionStatus> decisionStatusFromName(const QString &name)
{
    for (DecisionStatus status : allDecisionStatuses) {
        if (name == decisionStatusName(status))
            return status;
    }
    return std::nullopt;
}

QString decisionStatusTitle(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Open:
        return Tr::tr("Open");
    case DecisionStatus::WillFix:
        return Tr::tr("Will fix");
    case DecisionStatus::WontFix:
        return Tr::tr("Won't fix");
    case DecisionStatus::Fixed:
        return Tr::tr("Fixed");
    case DecisionStatus::Discuss:
        return Tr::tr("Discuss");
    }
    return {};
}

QString noteKey(const QString &schema, const QString &table, const QString &column)
{
    QString key = schema.isEmpty() ? table : schema + QLatin1Char('.') + table;
    if (!column.isEmpty())
        key += QLatin1Char('.') + column;
    return key;
}

bool isIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace schemalens::review
