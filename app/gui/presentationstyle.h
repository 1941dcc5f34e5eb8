#pragma once

#include "core/review/decision.h"

#include <QColor>
#include <QString>
#include <QWidget>

namespace schemalens::gui {

// How presentation mode looks: its colours in light and dark (the diagram takes
// render::Theme's), the decision colours, and text helpers for a room-sized screen.

struct PresentationPalette {
    QColor background, panel, text, muted, accent, line, code;
};
PresentationPalette presentationPalette(bool dark);

// The colour of a decision status (its chip, its key).
QColor statusColour(review::DecisionStatus status, bool dark);

// A chip: TEXT (escaped here) on a coloured background, as rich text.
QString chip(const QString &text, const QColor &background, const QColor &foreground);

// Text that may wrap inside long identifiers too (orders.customer_id, a_very_long_name):
// a zero-width space after each '.', '_' and '/' lets a line break there.
QString breakable(const QString &text);

// At most MAX lines of TEXT, the last saying how many more there are.
QString limitLines(const QString &text, int max);

// A thin line under the title: how far the meeting has come.
class ProgressLine : public QWidget {
public:
    explicit ProgressLine(QWidget *parent = nullptr);
    void set(double done, const QColor &track, const QColor &bar);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_done = 0;
    QColor m_track;
    QColor m_bar;
};

} // namespace schemalens::gui
