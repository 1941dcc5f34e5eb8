#include "core/load/treesitter/customtypes.h"

#include <QCoreApplication>
#include <QMap>

namespace schemalens::load::treesitter {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

} // namespace

Diagnostics customTypeFindings(const QList<CustomTypeUse> &uses)
{
    QMap<QString, QList<const CustomTypeUse *>> byType;
    QStringList order;
    for (const CustomTypeUse &use : uses) {
        if (!byType.contains(use.type))
            order.append(use.type);
        byType[use.type].append(&use);
    }
    Diagnostics out;
    for (const QString &type : order) {
        const QList<const CustomTypeUse *> &list = byType[type];
        QStringList columns;
        for (qsizetype i = 0; i < list.size() && i < 3; ++i)
            columns.append(list[i]->column);
        if (list.size() > 3)
            columns.append(QStringLiteral("…"));
        Diagnostic d;
        d.rule = QStringLiteral("custom-type");
        d.severity = Diagnostic::Severity::Info;
        d.message = Tr::tr("%n column(s) (%1) have the project's own type %2; they are kept as "
                           "columns of that name whose database type is unknown",
                           nullptr, int(list.size()))
                        .arg(columns.join(QStringLiteral(", ")), type);
        d.location = list.first()->origin;
        out.append(d);
    }
    return out;
}

} // namespace schemalens::load::treesitter
