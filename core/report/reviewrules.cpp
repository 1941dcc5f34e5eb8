#include "core/report/reviewrules.h"

#include "core/review/equivalents.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace schemalens::report {

namespace {

// Translated in the "report" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(report)
};

QStringList dialects(const review::RuleInfo &info)
{
    QStringList out;
    if (info.postgres)
        out.append(QStringLiteral("pg"));
    if (info.sqlite)
        out.append(QStringLiteral("sqlite"));
    return out;
}

QString indented(const QString &text, const QString &indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.isEmpty() ? line : indent + line;
    return lines.join(QLatin1Char('\n'));
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

QString needsName(review::Needs needs)
{
    switch (needs) {
    case review::Needs::Static:
        return QStringLiteral("static");
    case review::Needs::History:
        return QStringLiteral("history");
    case review::Needs::Live:
        return QStringLiteral("live");
    }
    return {};
}

QString rulesToText(const review::Rules &rules)
{
    QString out;
    QString family;
    for (const review::Rule &rule : rules) {
        const review::RuleInfo &info = rule.info;
        if (info.family != family) {
            family = info.family;
            out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + QLatin1String("== ") +
                   family + QLatin1String(" ==\n");
        }
        out += QStringLiteral("\n%1  [%2, needs %3, %4]\n")
                   .arg(info.id, review::severityName(info.defaultSeverity), needsName(info.needs),
                        dialects(info).join(QLatin1Char('/')));
        if (!info.title.isEmpty())
            out += QLatin1String("  ") + info.title + QLatin1Char('\n');
        if (!info.rationale.isEmpty())
            out += indented(Tr::tr("Why: %1").arg(info.rationale), QStringLiteral("  ")) +
                   QLatin1Char('\n');
        if (!info.fix.isEmpty())
            out +=
                indented(Tr::tr("Fix: %1").arg(info.fix), QStringLiteral("  ")) + QLatin1Char('\n');
        if (!info.thresholds.isEmpty()) {
            QStringList values;
            for (auto it = info.thresholds.cbegin(); it != info.thresholds.cend(); ++it)
                values.append(it.key() + QLatin1Char('=') + number(it.value()));
            out += QLatin1String("  ") +
                   Tr::tr("Thresholds: %1").arg(values.join(QLatin1String(", "))) +
                   QLatin1Char('\n');
        }
        if (const QStringList same = review::equivalentsOf(info.id); !same.isEmpty())
            out += QLatin1String("  ") +
                   Tr::tr("Equivalents: %1").arg(same.join(QLatin1String(", "))) +
                   QLatin1Char('\n');
        if (info.optIn)
            out += QLatin1String("  ") + Tr::tr("Off by default: turn it on in the review file.") +
                   QLatin1Char('\n');
        if (!info.example.isEmpty())
            out += QLatin1String("  ") + Tr::tr("Example:") + QLatin1Char('\n') +
                   indented(info.example, QStringLiteral("    ")) + QLatin1Char('\n');
    }
    return out;
}

QJsonObject rulesToJson(const review::Rules &rules)
{
    QJsonArray array;
    for (const review::Rule &rule : rules) {
        const review::RuleInfo &info = rule.info;
        QJsonObject thresholds;
        for (auto it = info.thresholds.cbegin(); it != info.thresholds.cend(); ++it)
            thresholds.insert(it.key(), it.value());
        array.append(QJsonObject{
            {QLatin1String("id"), info.id},
            {QLatin1String("family"), info.family},
            {QLatin1String("severity"), review::severityName(info.defaultSeverity)},
            {QLatin1String("needs"), needsName(info.needs)},
            {QLatin1String("title"), info.title},
            {QLatin1String("rationale"), info.rationale},
            {QLatin1String("fix"), info.fix},
            {QLatin1String("example"), info.example},
            {QLatin1String("dialects"), QJsonArray::fromStringList(dialects(info))},
            {QLatin1String("thresholds"), thresholds},
            {QLatin1String("equivalents"),
             QJsonArray::fromStringList(review::equivalentsOf(info.id))},
            {QLatin1String("enabledByDefault"), !info.optIn},
        });
    }
    return QJsonObject{{QLatin1String("rules"), array}};
}

} // namespace schemalens::report
