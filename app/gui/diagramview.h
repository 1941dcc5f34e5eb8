#pragma once

#include <QGraphicsView>
#include <QPixmap>

class QTimer;

namespace schemalens::gui {

class DiagramScene;
class Minimap;

// The diagram on screen: wheel zooms around the cursor, dragging the background pans,
// Ctrl+=/Ctrl+-/Ctrl+0 zoom and fit, an overview minimap in the corner and the legend.
class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    void fitAll();
    // The part of a viewport of VIEWPORT size that fitAll() fits the diagram into: above the
    // legend strip when the legend is shown. The layout is asked for this shape.
    QSizeF fitArea(QSizeF viewport) const;
    void zoomTo(double scale);
    double zoom() const;
    // Shows RECT at a readable zoom: whole and centred when it fits, else from its top-left.
    void centreOnRect(const QRectF &rect);
    // Scrolls to RECT without zooming: centred when it fits the view, else its top-left part
    // (a table's header and first columns, not its middle).
    void revealRect(const QRectF &rect);
    static constexpr double kReadableZoom = 0.6; // names below this are not read
    void setLegendVisible(bool visible);
    void setMinimapVisible(bool visible);
    bool minimapVisible() const;
    // Zooms into a domain of the domain overview (DiagramScene::domains()).
    void openDomain(int domain);
    // Applies the level of detail of the current zoom to a scene that got a new diagram.
    void refreshLevelOfDetail() { zoomed(); }

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeMinimap();
    void zoomed(); // after every change of scale: level of detail, minimap, zoomChanged

    DiagramScene *m_scene;
    Minimap *m_minimap = nullptr;
    bool m_legend = true;
    QPixmap m_legendImage; // the legend painted once for the theme, findings and pixel ratio
    QString m_legendKey;
    bool m_fitted = false; // the last change of view was a fit: resizing fits again
    // DiagramScene::setZooming: on while the zoom changes, off once it has rested this long
    // or the user pans or clicks.
    QTimer *m_zoomSettled = nullptr;
    double m_settledZoom = 0; // the zoom of the last zoomed(): scrolls at it are the user's
};

} // namespace schemalens::gui
