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

// TEXT that a line never breaks inside ("3 Won't fix", "light/dark"): no-break spaces, and
// a word joiner after each '/'. For the items of the key line, which may wrap only between
// items.
QString keepTogether(const QString &text);

// At most MAX lines of TEXT, the last saying how many more there are.
QString limitLines(const QString &text, int max);

// Dress a dialog of presentation mode for the room: the presentation's FONT and PALETTE,
// and check boxes and radio buttons sized to that font (the style's own indicators stay at
// ~14 px, too small to see on a projector next to 30 px text). Call after the dialog's
// widgets exist.
void dressForRoom(QWidget *dialog, const QFont &font, const QPalette &palette);

// The size of a check indicator next to text in FONT: the style's size at ordinary sizes,
// about four fifths of the text's height at a room's.
int roomIndicatorSize(const QFont &font, int styleSize);

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
