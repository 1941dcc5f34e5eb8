#include "core/review/finding.h"

namespace schemalens::review {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::Low:
        return QStringLiteral("low");
    }
    return {};
}

std::optional<Confidence> confidenceFromName(const QString &name)
{
    for (Confidence c : {Confidence::High, Confidence::Medium, Confidence::Low}) {
        if (name.compare(confidenceName(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString ObjectRef::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Schema:
        return QStringLiteral("schema");
    case Kind::Table:
        return QStringLiteral("table");
    case Kind::Column:
        return QStringLiteral("column");
    case Kind::ForeignKey:
        return QStringLiteral("foreignKey");
    case Kind::Index:
        return QStringLiteral("index");
    case Kind::Constraint:
        return QStringLiteral("constraint");
    case Kind::Migration:
        return QStringLiteral("migration");
    case Kind::Type:
        return QStringLiteral("type");
    case Kind::View:
        return QStringLiteral("view");
    }
    return {};
}

} // namespace schemalens::review
