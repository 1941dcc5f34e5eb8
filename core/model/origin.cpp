#include "core/model/origin.h"

namespace schemalens::model {

QString Origin::toString() const
{
    QString text = file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    return text;
}

} // namespace schemalens::model
