#include "app/gui/areawidget.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace schemalens::gui {

AreaWidget::AreaWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(200, 150);
}

void AreaWidget::setTheme(const render::Theme &theme)
{
    m_theme = theme;
    update();
}

void AreaWidget::setDiagram(std::shared_ptr<const render::AreaDiagram> diagram)
{
    m_diagram = std::move(diagram);
    m_lines.clear();
    m_message.clear();
    update();
}

void AreaWidget::setExcerpt(const QString &title, const QStringList &lines, int firstLine,
                            int markedLine)
{
    m_diagram.reset();
    m_message.clear();
    m_title = title;
    m_lines = lines;
    m_firstLine = firstLine;
    m_markedLine = markedLine;
    update();
}

void AreaWidget::setMessage(const QString &message)
{
    m_diagram.reset();
    m_lines.clear();
    m_message = message;
    update();
}

void AreaWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.background);
    const QRectF area = QRectF(rect()).adjusted(12, 12, -12, -12);
    if (m_diagram) {
        paintArea(painter, *m_diagram, area, m_theme, 2.6);
        return;
    }
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int unit = std::max(14, height() / 30);
    if (!m_lines.isEmpty()) {
        QFont titleFont = font();
        titleFont.setPixelSize(unit);
        titleFont.setBold(true);
        painter.setFont(titleFont);
        painter.setPen(m_theme.mutedText);
        painter.drawText(area.topLeft() + QPointF(0, unit), m_title);
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPixelSize(unit);
        painter.setFont(mono);
        const double lineHeight = unit * 1.5;
        double y = area.top() + unit * 3;
        const QFontMetricsF metrics(mono);
        const double gutter = metrics.horizontalAdvance(QStringLiteral("00000 "));
        for (int i = 0; i < m_lines.size() && y < area.bottom(); ++i, y += lineHeight) {
            const int number = m_firstLine + i;
            const QRectF row(area.left(), y - lineHeight * 0.75, area.width(), lineHeight);
            if (number == m_markedLine)
                painter.fillRect(
                    row.adjusted(-8, 0, 8, 0),
                    m_theme.selection.lighter(m_theme.name == QLatin1String("dark") ? 60 : 170));
            painter.setPen(m_theme.mutedText);
            painter.drawText(QPointF(area.left(), y), QString::number(number));
            painter.setPen(m_theme.text);
            painter.drawText(
                QPointF(area.left() + gutter, y),
                metrics.elidedText(m_lines.at(i), Qt::ElideRight, area.width() - gutter));
        }
        return;
    }
    QFont messageFont = font();
    messageFont.setPixelSize(unit);
    painter.setFont(messageFont);
    painter.setPen(m_theme.mutedText);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
}

} // namespace schemalens::gui
