#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace schemalens::gui {

class DiagramScene;

// The domain overview of a large diagram (issue 19): when zoomed out so far that table
// names would be illegible, each domain is one labelled box with its table count and its
// findings, and the references between two domains one line with their count. Double-click
// (DiagramView) or zoom in to open a domain.
class DomainItem : public QGraphicsItem {
public:
    explicit DomainItem(const DiagramScene *scene);
    void sceneBoundsChanged() { prepareGeometryChange(); } // before diagramRect() changes
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // A domain's label as drawn at a zoom: its name, "N tables" and the severity pills,
    // centred on the box, at SCALE of its screen size (smaller to fit a small box), on a
    // plate when it is still wider or taller than the box.
    struct Label {
        int domain = -1;
        QString name;
        QString count;
        QList<std::pair<QColor, int>> pills;
        double scale = 1;
        QRectF label;     // the text
        QRectF room;      // with its margins
        double width = 0; // of the second line
        bool plate = false;
    };
    // The labels drawn at LOD in EXPOSED, larger domains first; a label that would cover one
    // already placed is left out (a name only gives way to another name). The minimap
    // (DiagramScene::renderingThumbnail) gets only those that fit their boxes.
    QList<Label> labels(double lod, const QRectF &exposed) const;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const DiagramScene *m_scene;
};

} // namespace schemalens::gui
