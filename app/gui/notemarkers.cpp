#include "app/gui/notemarkers.h"

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"

#include <QPainter>

namespace schemalens::gui {

namespace {
constexpr double Size = 13;
const QColor fill(0xf2, 0xb7, 0x05); // a sticky note's yellow, readable on light and dark
const QColor edge(0x8a, 0x63, 0x00);
} // namespace

NoteMarkerItem::NoteMarkerItem(QGraphicsItem *table, const QPointF &centre, const QString &note)
    : QGraphicsItem(table)
    , m_note(note)
{
    setPos(centre);
    setZValue(5);
    setToolTip(note);
    setAcceptHoverEvents(true);
}

QRectF NoteMarkerItem::boundingRect() const
{
    return QRectF(-Size / 2 - 1, -Size / 2 - 1, Size + 2, Size + 2);
}

void NoteMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // A square note with its bottom-right corner folded.
    const double h = Size / 2;
    const double fold = Size * 0.35;
    QPainterPath path;
    path.moveTo(-h, -h);
    path.lineTo(h, -h);
    path.lineTo(h, h - fold);
    path.lineTo(h - fold, h);
    path.lineTo(-h, h);
    path.closeSubpath();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, 1));
    painter->setBrush(fill);
    painter->drawPath(path);
    painter->drawLine(QPointF(h, h - fold), QPointF(h - fold, h - fold));
    painter->drawLine(QPointF(h - fold, h - fold), QPointF(h - fold, h));
    painter->setPen(QPen(edge, 1.2));
    for (double y : {-h * 0.45, 0.0})
        painter->drawLine(QPointF(-h * 0.55, y), QPointF(h * 0.55, y));
}

int updateNoteMarkers(DiagramScene *scene, const review::Notes &notes)
{
    int placed = 0;
    const QList<TableItem *> &tables = scene->tableItems();
    for (TableItem *item : tables) {
        const QList<QGraphicsItem *> children = item->childItems();
        for (QGraphicsItem *child : children) {
            if (child->type() == NoteMarkerItem::Type)
                delete child;
        }
    }
    if (notes.isEmpty())
        return 0;
    const graph::ErGraph &graph = scene->graph();
    for (TableItem *item : tables) {
        if (item->node() < 0 || item->node() >= graph.nodes.size())
            continue;
        const graph::TableNode &node = graph.nodes.at(item->node());
        const QString key = review::noteKey(node.schema, node.name);
        if (const auto it = notes.constFind(key); it != notes.cend()) {
            new NoteMarkerItem(item, item->boxRect().topLeft(), *it);
            ++placed;
        }
        // Column notes: keys "schema.table.column" just after the table's own key.
        const QString prefix = key + QLatin1Char('.');
        for (auto it = notes.lowerBound(prefix); it != notes.cend() && it.key().startsWith(prefix);
             ++it) {
            const QString column = it.key().mid(prefix.size());
            for (int row = 0; row < node.rows.size(); ++row) {
                if (node.rows.at(row).name != column)
                    continue;
                const QRectF rect = item->mapRectFromScene(item->rowRect(row));
                new NoteMarkerItem(item, QPointF(rect.left(), rect.center().y()), *it);
                ++placed;
            }
        }
    }
    return placed;
}

} // namespace schemalens::gui
