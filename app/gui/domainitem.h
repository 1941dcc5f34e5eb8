#pragma once

#include <QGraphicsItem>

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

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const DiagramScene *m_scene;
};

} // namespace schemalens::gui
