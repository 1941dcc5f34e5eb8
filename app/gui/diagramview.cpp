#include "app/gui/diagramview.h"

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/timing.h"
#include "core/render/paint.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

#include <QTimer>
#include <algorithm>

#include <algorithm>
#include <cmath>

#include <QScrollBar>
#include <QWheelEvent>

namespace schemalens::gui {

// A small always-fitted overview of the scene with the main view's visible area drawn on
// top; clicking or dragging in it moves the main view there. The scene is rendered once into
// a pixmap and re-rendered only after it changes (debounced), so panning and zooming the main
// view repaint a pixmap and a rectangle, not every table of a 2,000-table diagram again.
class Minimap : public QWidget {
public:
    Minimap(DiagramScene *scene, DiagramView *main)
        : QWidget(main)
        , m_scene(scene)
        , m_main(main)
    {
        setObjectName(QStringLiteral("Minimap"));
        // It paints every pixel: without this, each repaint of the minimap first repainted
        // the diagram under it (3-12 ms per frame at 2,000 tables).
        setAttribute(Qt::WA_OpaquePaintEvent);
        setCursor(Qt::PointingHandCursor);
        m_rerender.setSingleShot(true);
        m_rerender.setInterval(250);
        connect(&m_rerender, &QTimer::timeout, this, [this] {
            m_image = QPixmap();
            update();
        });
        connect(scene, &DiagramScene::appearanceChanged, this, [this] {
            if (!m_image.isNull())
                m_rerender.start();
        });
    }
    void refit()
    {
        m_image = QPixmap();
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRectF target = rect().adjusted(1, 1, -1, -1);
        const QRectF source = m_scene->sceneRect();
        if (source.isEmpty())
            return;
        const double scale =
            std::min(target.width() / source.width(), target.height() / source.height());
        const QSizeF drawn = source.size() * scale;
        m_drawn = QRectF(target.center() - QPointF(drawn.width(), drawn.height()) / 2, drawn);
        m_scale = scale;
        if (m_image.isNull() || m_image.size() != size() * devicePixelRatioF()) {
            if (!m_rendering) {
                // Rendered in an event of its own, not inside the paint that first shows the
                // diagram: that paint is the longest the window waits for (~60 ms at 2,000).
                m_rendering = true;
                QTimer::singleShot(0, this, [this] {
                    m_rendering = false;
                    m_renderNow = true;
                    repaint();
                    m_renderNow = false;
                });
            }
        }
        if (m_renderNow && (m_image.isNull() || m_image.size() != size() * devicePixelRatioF())) {
            m_image = QPixmap(size() * devicePixelRatioF());
            m_image.setDevicePixelRatio(devicePixelRatioF());
            m_image.fill(m_scene->theme().background);
            const PhaseTimer timer("minimap render");
            QPainter image(&m_image);
            m_scene->setRenderingThumbnail(true);
            m_scene->render(&image, m_drawn, source, Qt::KeepAspectRatio);
            m_scene->setRenderingThumbnail(false);
        }
        if (!m_image.isNull())
            painter.drawPixmap(0, 0, m_image);
        else
            painter.fillRect(rect(), m_scene->theme().background);
        const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
        QColor fill = palette().highlight().color();
        fill.setAlpha(50);
        painter.setBrush(fill);
        painter.setPen(QPen(palette().highlight().color(), 0));
        painter.drawRect(toWidget(visible).intersected(m_drawn.adjusted(-1, -1, 1, 1)));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(palette().mid().color());
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        m_main->centerOn(toScene(event->position()));
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (event->buttons() & Qt::LeftButton)
            m_main->centerOn(toScene(event->position()));
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        refit();
    }

private:
    QRectF toWidget(const QRectF &scene) const
    {
        const QPointF origin = m_scene->sceneRect().topLeft();
        return QRectF(m_drawn.topLeft() + (scene.topLeft() - origin) * m_scale,
                      scene.size() * m_scale);
    }
    QPointF toScene(const QPointF &widget) const
    {
        return m_scene->sceneRect().topLeft() +
               (m_scale > 0 ? (widget - m_drawn.topLeft()) / m_scale : QPointF());
    }

    DiagramScene *m_scene;
    DiagramView *m_main;
    QPixmap m_image;
    QTimer m_rerender;
    bool m_rendering = false; // a render is queued
    bool m_renderNow = false; // this paint may render
    QRectF m_drawn;           // where the scene is drawn in the widget
    double m_scale = 1;
};

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    // Table pixmaps live in QPixmapCache (DeviceCoordinateCache): its default 10 MB holds
    // one screen of tables, not an overview of 2,000 small ones plus a full screen at 100 %.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 96 * 1024));
    // A diagram smaller than the viewport sits at the top, leaving the bottom to the legend.
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_zoomSettled = new QTimer(this);
    m_zoomSettled->setSingleShot(true);
    m_zoomSettled->setInterval(250);
    connect(m_zoomSettled, &QTimer::timeout, this, [this] { m_scene->setZooming(false); });
    m_minimap = new Minimap(scene, this);
    m_minimap->resize(200, 140);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        m_minimap->refit();
        placeMinimap();
    });
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::zoomTo(double scale)
{
    scale = qBound(0.02, scale, 4.0);
    const double factor = scale / zoom();
    QGraphicsView::scale(factor, factor);
    zoomed();
}

void DiagramView::zoomIn()
{
    zoomTo(zoom() * 1.25);
}

void DiagramView::zoomOut()
{
    zoomTo(zoom() / 1.25);
}

void DiagramView::fitAll()
{
    if (!scene())
        return;
    // Fit into the viewport above the legend strip, so that the legend covers no table;
    // what is shown (a focused neighbourhood) rather than the whole diagram.
    const QRectF diagram = m_scene->shownRect();
    const QSizeF area =
        m_scene->graph().nodes.isEmpty() ? QSizeF(viewport()->size()) : fitArea(viewport()->size());
    if (diagram.isEmpty() || area.height() < 50)
        return;
    const double scale =
        std::min({area.width() / diagram.width(), area.height() / diagram.height(), 1.0});
    resetTransform();
    QGraphicsView::scale(scale, scale);
    centerOn(diagram.center());
    zoomed();
    m_fitted = true; // a resize (maximizing the window) fits again until the user zooms or pans
}

QSizeF DiagramView::fitArea(QSizeF area) const
{
    if (m_legend && m_scene) {
        render::LegendOptions options;
        options.findings = m_scene->showFindings();
        area.rheight() -= render::legendSize(m_scene->theme(), options, 420).height() + 20;
    }
    return area;
}

void DiagramView::centreOnRect(const QRectF &rect)
{
    if (zoom() < kReadableZoom)
        zoomTo(0.8);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (rect.width() > visible.width() || rect.height() > visible.height()) {
        // Fitted whole while its names stay readable; a table too big for that (a hundred
        // columns) stays at a readable zoom and is shown from its header down instead of
        // shrinking to a column of unreadable lines.
        const QRectF padded = rect.adjusted(-40, -40, 40, 40);
        const QSizeF area = viewport()->size();
        const double fit = std::min(area.width() / padded.width(), area.height() / padded.height());
        zoomTo(std::clamp(fit, kReadableZoom, 4.0));
    }
    revealRect(rect);
    zoomed();
}

void DiagramView::revealRect(const QRectF &rect)
{
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const double margin = 24 / std::max(0.01, zoom());
    QPointF centre = rect.center();
    if (rect.height() + 2 * margin > visible.height())
        centre.setY(rect.top() - margin + visible.height() / 2);
    if (rect.width() + 2 * margin > visible.width())
        centre.setX(rect.left() - margin + visible.width() / 2);
    centerOn(centre);
}

void DiagramView::zoomed()
{
    m_fitted = false;
    if (zoom() != m_settledZoom) { // a new scale (zoomTo the current one changes nothing)
        m_settledZoom = zoom();
        m_scene->setZooming(true);
        m_zoomSettled->start();
    }
    m_scene->setLevelOfDetail(zoom());
    m_minimap->update();
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::setLegendVisible(bool visible)
{
    m_legend = visible;
    viewport()->update();
}

void DiagramView::setMinimapVisible(bool visible)
{
    m_minimap->setVisible(visible);
}

bool DiagramView::minimapVisible() const
{
    return m_minimap->isVisible();
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
        QGraphicsView::wheelEvent(event); // scroll
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomTo(zoom() * std::pow(1.15, steps));
    event->accept();
}

void DiagramView::openDomain(int domain)
{
    const QRectF rect = m_scene->domainRect(domain);
    if (rect.isEmpty())
        return;
    // The domain fills the view, but never at a zoom where names are illegible again.
    const QRectF area = viewport()->rect();
    const double fit = std::min(area.width() / rect.width(), area.height() / rect.height()) * 0.95;
    zoomTo(std::clamp(fit, DiagramScene::kDomainsBelow * 1.05, 1.0));
    centerOn(rect.center());
    zoomed();
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_scene->isDomainOverview()) {
        const int domain = m_scene->domainAt(mapToScene(event->position().toPoint()));
        if (domain >= 0) {
            openDomain(domain);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    m_scene->setZooming(false); // a drag follows: moved tables blit their pixmaps
    // Shift-drag on the background selects the tables in a rectangle (to move them
    // together); a plain drag pans.
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier) &&
        !itemAt(event->position().toPoint()))
        setDragMode(QGraphicsView::RubberBandDrag);
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (dragMode() == QGraphicsView::RubberBandDrag)
        setDragMode(QGraphicsView::ScrollHandDrag);
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_legend || m_scene->graph().nodes.isEmpty())
        return;
    // The legend stays put in the viewport's bottom-left corner, at screen size, where it
    // covers the least of a diagram that fitAll() centred (the minimap takes bottom-right).
    // Its text is laid out once into a pixmap: shaping it in every frame cost ~5 ms.
    render::LegendOptions options;
    options.findings = m_scene->showFindings();
    const auto &edges = m_scene->graph().edges;
    options.viewEdges = std::any_of(edges.cbegin(), edges.cend(),
                                    [](const graph::Edge &e) { return e.dependency; });
    const double ratio = devicePixelRatioF();
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(m_scene->theme().name)
                            .arg(options.findings)
                            .arg(ratio)
                            .arg(options.viewEdges);
    if (m_legendKey != key || m_legendImage.isNull()) {
        m_legendKey = key;
        const QSizeF size = render::legendSize(m_scene->theme(), options, 420);
        m_legendImage = QPixmap((size * ratio).toSize());
        m_legendImage.setDevicePixelRatio(ratio);
        m_legendImage.fill(Qt::transparent);
        QPainter legend(&m_legendImage);
        legend.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        render::paintLegend(legend, QRectF(QPointF(0, 0), size), m_scene->theme(), options);
    }
    painter->save();
    painter->resetTransform();
    const QSizeF size = m_legendImage.deviceIndependentSize();
    painter->drawPixmap(QPointF(10, viewport()->rect().bottom() - size.height() - 10),
                        m_legendImage);
    painter->restore();
}

void DiagramView::paintEvent(QPaintEvent *event)
{
    const PhaseTimer timer("diagram paint");
    QGraphicsView::paintEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
    if (m_fitted)
        fitAll();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // A scroll at the zoom of the last zoomed() is a pan (a zoom scrolls at its new scale
    // before zoomed() is called): pans blit cached pixmaps.
    if (zoom() == m_settledZoom)
        m_scene->setZooming(false);
    if (QGuiApplication::mouseButtons() != Qt::NoButton)
        m_fitted = false; // the user pans: a later resize keeps this view
    viewport()->update(); // the legend is fixed to the viewport, not the scene
    m_minimap->update();
}

void DiagramView::placeMinimap()
{
    const QRect area = viewport()->geometry();
    m_minimap->move(area.right() - m_minimap->width() - 10,
                    area.bottom() - m_minimap->height() - 10);
}

} // namespace schemalens::gui
