#include "core/load/orderlist.h"

#include <QCoreApplication>
#include <QFile>

namespace schemalens::load {

namespace {
// Translated in the "load" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(load)
};
} // namespace

Result<QStringList> parseOrderList(const QString &value)
{
    if (!value.startsWith(QLatin1Char('@'))) {
        QStringList order;
        for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!entry.trimmed().isEmpty())
                order.append(entry.trimmed());
        }
        return order;
    }
    QFile file(value.mid(1));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{Tr::tr("cannot read order file %1: %2").arg(value.mid(1), file.errorString())};
    QStringList order;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString entry = QString::fromUtf8(line).trimmed();
        if (!entry.isEmpty() && !entry.startsWith(QLatin1Char('#')))
            order.append(entry);
    }
    return order;
}

} // namespace schemalens::load
