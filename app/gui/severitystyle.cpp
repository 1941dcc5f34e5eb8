#include "app/gui/severitystyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace schemalens::gui {

QString severityTitle(review::Severity severity)
{
    switch (severity) {
    case review::Severity::Error:
        return QCoreApplication::translate("gui", "Errors");
    case review::Severity::Warning:
        return QCoreApplication::translate("gui", "Warnings");
    case review::Severity::Info:
        return QCoreApplication::translate("gui", "Info");
    }
    return {};
}

QString severityLabel(review::Severity severity)
{
    switch (severity) {
    case review::Severity::Error:
        return QCoreApplication::translate("gui", "Error");
    case review::Severity::Warning:
        return QCoreApplication::translate("gui", "Warning");
    case review::Severity::Info:
        return QCoreApplication::translate("gui", "Info");
    }
    return {};
}

QColor severityColor(review::Severity severity)
{
    switch (severity) {
    case review::Severity::Error:
        return QColor(0xd1, 0x34, 0x38);
    case review::Severity::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case review::Severity::Info:
        return QColor(0x2f, 0x7d, 0xc4);
    }
    return {};
}

QIcon severityIcon(review::Severity severity)
{
    // Drawn, not loaded: crisp at any device pixel ratio and the same colour as the diagram.
    QIcon icon;
    for (int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(severityColor(severity));
        const qreal m = size * 0.12;
        painter.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace schemalens::gui
