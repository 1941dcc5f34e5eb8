#include "app/gui/presentationstyle.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QProxyStyle>

#include <algorithm>

namespace schemalens::gui {

PresentationPalette presentationPalette(bool dark)
{
    if (dark)
        return {QColor(0x0d, 0x11, 0x17), QColor(0x16, 0x1b, 0x22), QColor(0xe6, 0xed, 0xf3),
                QColor(0x9d, 0xa5, 0xae), QColor(0x58, 0xa6, 0xff), QColor(0x30, 0x36, 0x3d),
                QColor(0x0d, 0x11, 0x17)};
    return {QColor(0xff, 0xff, 0xff), QColor(0xf6, 0xf8, 0xfa), QColor(0x1f, 0x23, 0x28),
            QColor(0x57, 0x60, 0x6a), QColor(0x09, 0x69, 0xda), QColor(0xd1, 0xd9, 0xe0),
            QColor(0xea, 0xee, 0xf2)};
}

QColor statusColour(review::DecisionStatus status, bool dark)
{
    using review::DecisionStatus;
    switch (status) {
    case DecisionStatus::Open:
        return dark ? QColor(0x9d, 0xa5, 0xae) : QColor(0x57, 0x60, 0x6a);
    case DecisionStatus::WillFix:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case DecisionStatus::WontFix:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    case DecisionStatus::Fixed:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case DecisionStatus::Discuss:
        return dark ? QColor(0xbc, 0x8c, 0xff) : QColor(0x82, 0x50, 0xdf);
    }
    return {};
}

QString chip(const QString &text, const QColor &background, const QColor &foreground)
{
    return QStringLiteral("<span style='background-color:%1; color:%2;'>&nbsp;%3&nbsp;</span>")
        .arg(background.name(), foreground.name(), text.toHtmlEscaped());
}

QString breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        out += c;
        if (c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('/'))
            out += QChar(0x200b);
    }
    return out;
}

QString keepTogether(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (QChar c : text) {
        out += c == QLatin1Char(' ') ? QChar(0x00a0) : c;
        if (c == QLatin1Char('/'))
            out += QChar(0x2060);
    }
    return out;
}

QString limitLines(const QString &text, int max)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() <= max)
        return text;
    const qsizetype more = lines.size() - max + 1;
    lines = lines.mid(0, max - 1);
    lines.append(QCoreApplication::translate("gui", "… %1 more lines").arg(more));
    return lines.join(QLatin1Char('\n'));
}

namespace {

// The application's style with indicators sized to each widget's font. One for the whole
// application: it reads the size from the widget it measures, so any dialog can share it,
// and it outlives every widget that uses it.
class RoomStyle : public QProxyStyle {
public:
    int pixelMetric(PixelMetric metric, const QStyleOption *option,
                    const QWidget *widget) const override
    {
        const int size = QProxyStyle::pixelMetric(metric, option, widget);
        switch (metric) {
        case PM_IndicatorWidth:
        case PM_IndicatorHeight:
        case PM_ExclusiveIndicatorWidth:
        case PM_ExclusiveIndicatorHeight:
            return widget ? roomIndicatorSize(widget->font(), size) : size;
        default:
            return size;
        }
    }
};

QStyle *roomStyle()
{
    static QStyle *style = [] {
        auto *s = new RoomStyle;
        s->setParent(QCoreApplication::instance()); // lives as long as the widgets
        return s;
    }();
    return style;
}

} // namespace

int roomIndicatorSize(const QFont &font, int styleSize)
{
    return std::max(styleSize, QFontMetrics(font).height() * 4 / 5);
}

void dressForRoom(QWidget *dialog, const QFont &font, const QPalette &palette)
{
    dialog->setFont(font);
    dialog->setPalette(palette);
    // A widget's style does not pass to its children, so each one gets it.
    dialog->setStyle(roomStyle());
    for (QWidget *child : dialog->findChildren<QWidget *>())
        child->setStyle(roomStyle());
}

ProgressLine::ProgressLine(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
}

void ProgressLine::set(double done, const QColor &track, const QColor &bar)
{
    m_done = done;
    m_track = track;
    m_bar = bar;
    update();
}

void ProgressLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_track);
    painter.fillRect(QRectF(0, 0, width() * std::clamp(m_done, 0.0, 1.0), height()), m_bar);
}

} // namespace schemalens::gui
