#include "app/gui/domainitem.h"

#include "app/gui/diagramscene.h"
#include "core/render/measure.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace schemalens::gui {

namespace {

// The smallest a domain's label is made to fit its box: 10 px names, 8 px counts.
constexpr double kSmallestLabel = 10.0 / 14.0;

// Where the line from A's centre towards B leaves rectangle A.
QPointF exitPoint(const QRectF &a, const QPointF &towards)
{
    const QPointF c = a.center();
    const QPointF d = towards - c;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return c;
    const double tx = std::abs(d.x()) > 1e-9 ? (a.width() / 2) / std::abs(d.x()) : 1e18;
    const double ty = std::abs(d.y()) > 1e-9 ? (a.height() / 2) / std::abs(d.y()) : 1e18;
    return c + d * std::min({tx, ty, 1.0});
}

QString tablesText(int count)
{
    return QCoreApplication::translate("gui", "%n tables", nullptr, count);
}

} // namespace

DomainItem::DomainItem(const DiagramScene *scene)
    : m_scene(scene)
{
    setZValue(5); // above everything while it is shown
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::NoButton); // clicks pan the view; DiagramView opens on double-click
    setFlag(ItemUsesExtendedStyleOption);
}

QRectF DomainItem::boundingRect() const
{
    return m_scene->diagramRect();
}

QPainterPath DomainItem::shape() const
{
    QPainterPath path;
    if (!isVisible())
        return path;
    for (int d = 0; d < m_scene->domains().domains.size(); ++d)
        path.addRect(m_scene->domainRect(d));
    return path;
}

void DomainItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int d = m_scene->domainAt(event->scenePos());
    if (d < 0) {
        setToolTip(QString());
        return;
    }
    const graph::DomainSummary &domain = m_scene->domains().domains.at(d);
    QString text =
        domain.name.isEmpty() ? QCoreApplication::translate("gui", "Other tables") : domain.name;
    text += QStringLiteral("\n") + tablesText(int(domain.nodes.size()));
    if (domain.errors + domain.warnings + domain.infos > 0)
        text += QStringLiteral("\n") +
                QCoreApplication::translate("gui", "findings: %1 errors, %2 warnings, %3 info")
                    .arg(domain.errors)
                    .arg(domain.warnings)
                    .arg(domain.infos);
    text += QStringLiteral("\n") + QCoreApplication::translate("gui", "Double-click to open");
    setToolTip(text);
}

QList<DomainItem::Label> DomainItem::labels(double lod, const QRectF &exposed) const
{
    const render::Theme &theme = m_scene->theme();
    const graph::Domains &domains = m_scene->domains();
    QList<int> bySize(domains.domains.size());
    std::iota(bySize.begin(), bySize.end(), 0);
    std::stable_sort(bySize.begin(), bySize.end(), [&](int a, int b) {
        return domains.domains.at(a).nodes.size() > domains.domains.at(b).nodes.size();
    });
    QList<Label> placed;
    for (int d : std::as_const(bySize)) {
        const graph::DomainSummary &domain = domains.domains.at(d);
        const QRectF rect = m_scene->domainRect(d);
        const QString name = domain.name.isEmpty()
                                 ? QCoreApplication::translate("gui", "Other tables")
                                 : domain.name;
        // Second line: "24 tables" and the severity pills.
        const QString count = tablesText(int(domain.nodes.size()));
        QList<std::pair<QColor, int>> pills;
        if (m_scene->showFindings()) {
            if (domain.errors)
                pills.append({theme.error, domain.errors});
            if (domain.warnings)
                pills.append({theme.warning, domain.warnings});
            if (domain.infos)
                pills.append({theme.info, domain.infos});
        }
        // The label at its screen size (14 px name); a label wider or taller than its box is
        // made smaller, down to 10 px names (still read at a glance), before it is drawn
        // whole on a plate over the box's edges. The minimap draws only labels that fit.
        double scale = 1;
        QFont nameFont, textFont, pillFont;
        double width = 0, pillHeight = 0, labelWidth = 0, labelHeight = 0;
        auto measureAt = [&](double s) {
            nameFont = theme.headerFont;
            nameFont.setPixelSize(std::max(1, int(std::lround(14 * s / lod))));
            textFont = theme.typeFont;
            textFont.setPixelSize(std::max(1, int(std::lround(11 * s / lod))));
            pillFont = theme.tagFont;
            pillFont.setPixelSize(std::max(1, int(std::lround(10 * s / lod))));
            const QFontMetricsF nameFm(nameFont), textFm(textFont), pillFm(pillFont);
            width = textFm.horizontalAdvance(count);
            pillHeight = pillFm.height() + 2 * s / lod;
            for (const auto &pill : std::as_const(pills))
                width +=
                    4 * s / lod +
                    std::max(pillFm.horizontalAdvance(QString::number(pill.second)) + 8 * s / lod,
                             pillHeight);
            labelWidth = std::max(width, nameFm.horizontalAdvance(name));
            labelHeight = nameFm.height() + textFm.height();
        };
        measureAt(scale);
        const double roomWidth = rect.width() - 16 / lod, roomHeight = rect.height() - 10 / lod;
        if (labelWidth > roomWidth || labelHeight > roomHeight) {
            scale = std::clamp(std::min(roomWidth / labelWidth, roomHeight / labelHeight),
                               kSmallestLabel, 1.0);
            measureAt(scale);
        }
        if (m_scene->renderingThumbnail() && (labelWidth > roomWidth || labelHeight > roomHeight))
            continue;
        // Centred on the box; where that would cover a label already placed (neighbours'
        // labels sit at their centres too), at the top of the box, then at its bottom.
        const double margin = 8 / lod;
        const double tops[] = {rect.center().y() - labelHeight / 2, rect.top() + margin,
                               rect.bottom() - margin - labelHeight};
        for (const double top : tops) {
            const QRectF label(rect.center().x() - labelWidth / 2, top, labelWidth, labelHeight);
            const QRectF room = label.adjusted(-6 / lod, -3 / lod, 6 / lod, 3 / lod);
            if (!room.intersects(exposed))
                break;
            bool covers = false;
            for (const Label &other : std::as_const(placed))
                covers = covers || other.room.intersects(room);
            if (covers)
                continue;
            placed.append(
                {d, name, count, pills, scale, label, room, width,
                 room.width() > rect.width() - 4 / lod || room.height() > rect.height() - 4 / lod});
            break;
        }
    }
    return placed;
}

void DomainItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const render::Theme &theme = m_scene->theme();
    const graph::Domains &domains = m_scene->domains();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->fillRect(option->exposedRect, theme.background);

    // References between domains: one line per pair, thicker for more, with the count.
    QFont countFont = theme.tagFont;
    countFont.setPixelSize(std::max(1, int(std::lround(10 / lod))));
    const QFontMetricsF countFm(countFont);
    for (const graph::DomainLink &link : domains.links) {
        const QRectF a = m_scene->domainRect(link.from), b = m_scene->domainRect(link.to);
        const QPointF p = exitPoint(a, b.center()), q = exitPoint(b, a.center());
        QPen pen(theme.border, 1 + std::log2(double(link.count)));
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLine(p, q);
        const QString count = QString::number(link.count);
        const QPointF mid = (p + q) / 2;
        const double w = countFm.horizontalAdvance(count) + 8 / lod, h = countFm.height() + 2 / lod;
        const QRectF pill(mid.x() - w / 2, mid.y() - h / 2, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.legendFill);
        painter->drawRoundedRect(pill, h / 2, h / 2);
        painter->setFont(countFont);
        painter->setPen(theme.mutedText);
        painter->drawText(pill, Qt::AlignCenter, count);
    }

    // The boxes first, then their labels on top: a label is drawn whole, centred on its box
    // (wider than a small box if need be), larger domains first; a label that would cover
    // one already drawn is left out (a name only gives way to another name).
    for (int d = 0; d < domains.domains.size(); ++d) {
        const QRectF rect = m_scene->domainRect(d);
        if (!rect.intersects(option->exposedRect))
            continue;
        QPen border(theme.clusterBorder, 1.5);
        border.setCosmetic(true);
        painter->setPen(border);
        painter->setBrush(theme.clusterFill);
        painter->drawRoundedRect(rect, 8 / lod, 8 / lod);
    }
    for (const Label &l : labels(lod, option->exposedRect)) {
        QFont nameFont = theme.headerFont;
        nameFont.setPixelSize(std::max(1, int(std::lround(14 * l.scale / lod))));
        QFont textFont = theme.typeFont;
        textFont.setPixelSize(std::max(1, int(std::lround(11 * l.scale / lod))));
        QFont pillFont = theme.tagFont;
        pillFont.setPixelSize(std::max(1, int(std::lround(10 * l.scale / lod))));
        const QFontMetricsF nameFm(nameFont), textFm(textFont), pillFm(pillFont);
        const double pillHeight = pillFm.height() + 2 * l.scale / lod;
        if (l.plate) {
            // Wider than its box: on a plate of its own, so that it reads as the box's name.
            QPen border(theme.clusterBorder, 1);
            border.setCosmetic(true);
            painter->setPen(border);
            painter->setBrush(theme.legendFill);
            painter->drawRoundedRect(l.room, 4 / lod, 4 / lod);
        }
        painter->setFont(nameFont);
        painter->setPen(theme.text);
        painter->drawText(QRectF(l.label.left(), l.label.top(), l.label.width(), nameFm.height()),
                          Qt::AlignHCenter | Qt::AlignVCenter, l.name);
        double x = l.label.center().x() - l.width / 2;
        const double y = l.label.top() + nameFm.height();
        painter->setFont(textFont);
        painter->setPen(theme.mutedText);
        painter->drawText(QPointF(x, y + textFm.ascent()), l.count);
        x += textFm.horizontalAdvance(l.count);
        painter->setFont(pillFont);
        for (const auto &[colour, n] : std::as_const(l.pills)) {
            const QString text = QString::number(n);
            const double w =
                std::max(pillFm.horizontalAdvance(text) + 8 * l.scale / lod, pillHeight);
            x += 4 * l.scale / lod;
            const QRectF pill(x, y + (textFm.height() - pillHeight) / 2, w, pillHeight);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawRoundedRect(pill, pillHeight / 2, pillHeight / 2);
            painter->setPen(QColor(Qt::white));
            painter->drawText(pill, Qt::AlignCenter, text);
            x += w;
        }
    }
    painter->restore();
}

} // namespace schemalens::gui
