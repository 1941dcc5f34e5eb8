#pragma once

#include "core/graph/domains.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QStaticText>
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

    // The count drawn on the line between two domains, in scene coordinates at a zoom.
    struct LinkCount {
        int link = -1; // index into Domains::links
        QString text;
        double advance = 0; // of TEXT at 10 px
        QRectF pill;
    };
    // The counts drawn at LOD in EXPOSED: larger counts first, each at the middle of the line
    // between the two boxes' edges, only where that stretch of line is longer than the pill
    // (else it would sit on a box) and where it covers no box (lines pass under them), no
    // count already placed and none of LABELS. Overlapping pills read as noise; the line's width
    // still tells the count. None in the minimap.
    QList<LinkCount> linkCounts(double lod, const QRectF &exposed,
                                const QList<Label> &labels) const;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    // Text is drawn in device pixels at fixed pixel sizes, so that Qt's glyph and layout
    // caches serve every frame of a zoom (scene-sized fonts were new sizes on each frame).
    void drawText(QPainter *painter, const QFont &font, const QPointF &deviceTopLeft,
                  const QString &text) const;

    // A domain's label texts measured in device pixels at one size (the sizes a zoom passes
    // through repeat, and measuring 139 labels' fonts on every frame was 2 ms of it).
    struct Measured {
        double name = 0, count = 0;                 // advances of the two lines' texts
        double errors = 0, warnings = 0, infos = 0; // of the severity pills' numbers
        double nameHeight = 0, textHeight = 0, pillHeight = 0;
        // The advance of N, one of SUMMARY's severity counts.
        double pillAdvance(const graph::DomainSummary &summary, int n) const
        {
            return n == summary.errors ? errors : n == summary.warnings ? warnings : infos;
        }
    };
    // The fonts of a label at SCALE of its screen size: 14 px name, 11 px count, 10 px pills.
    struct LabelFonts {
        QFont name, text, pill;
    };
    LabelFonts labelFonts(double scale) const;
    // Valid after forgetOtherFonts() for the current theme.
    const Measured &measured(int domain, const QString &name, const QString &count,
                             double scale) const;
    void forgetOtherFonts() const; // the measurements, after a theme change

    const DiagramScene *m_scene;
    mutable QHash<QString, QStaticText> m_texts; // per font key and text
    mutable QHash<quint64, Measured> m_measured; // per domain and pixel sizes
    mutable QHash<int, double> m_countAdvances;  // a link count's text, 10 px
    mutable QString m_measuredFonts;             // the theme's fonts they were measured in
};

} // namespace schemalens::gui
