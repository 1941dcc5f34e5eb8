#pragma once

#include "core/review/decision.h"

#include <QGraphicsItem>

namespace schemalens::gui {

class DiagramScene;

// A small note mark on a table (its top-left corner) or a column (the left end of its row)
// that has a design note; the tooltip shows the note. A child of the table's item, so it
// moves, hides and dims with it.
class NoteMarkerItem : public QGraphicsItem {
public:
    enum { Type = UserType + 40 };
    NoteMarkerItem(QGraphicsItem *table, const QPointF &centre, const QString &note);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QString note() const { return m_note; }

private:
    QString m_note;
};

// Puts a marker on every table and column of SCENE that NOTES names, replacing the markers
// placed before. Returns how many were placed.
int updateNoteMarkers(DiagramScene *scene, const review::Notes &notes);

} // namespace schemalens::gui
