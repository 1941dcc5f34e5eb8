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
    const int unit = std::max(14, height() / 30);
    if (m_diagram) {
        QRectF drawing = area;
        if (m_diagram->leftOut > 0) {
            // Say that the picture is a part: a hub's hundred neighbours are not all here.
            QFont small = font();
            small.setPixelSize(std::max(12, unit * 2 / 3));
            painter.setFont(small);
            painter.setPen(m_theme.mutedText);
            const double line = QFontMetricsF(small).height();
            painter.drawText(
                QRectF(area.left(), area.bottom() - line, area.width(), line),
                Qt::AlignLeft | Qt::AlignVCenter,
                m_diagram->leftOut == 1
                    ? tr("1 more neighbouring table is not shown")
                    : tr("%1 more neighbouring tables are not shown").arg(m_diagram->leftOut));
            drawing.setBottom(area.bottom() - line * 1.5);
        }
        paintArea(painter, *m_diagram, drawing, m_theme, 2.6);
        return;
    }
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!m_lines.isEmpty()) {
        QFont titleFont = font();
        titleFont.setPixelSize(unit);
        titleFont.setBold(true);
        painter.setFont(titleFont);
        painter.setPen(m_theme.mutedText);
        // A long path keeps its end: the file name is what people recognise.
        painter.drawText(area.topLeft() + QPointF(0, unit),
                         QFontMetricsF(titleFont).elidedText(m_title, Qt::ElideLeft, area.width()));
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPixelSize(unit);
        // Smaller type (down to two thirds) before long statements are cut off.
        int longest = 0;
        for (const QString &line : m_lines)
            longest = std::max(longest, int(line.size()));
        const double charWidth = QFontMetricsF(mono).horizontalAdvance(QLatin1Char('M'));
        const double wanted = (longest + 6) * charWidth;
        if (wanted > area.width())
            mono.setPixelSize(std::max(unit * 2 / 3, int(unit * area.width() / wanted)));
        painter.setFont(mono);
        const double lineHeight = mono.pixelSize() * 1.5;
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
