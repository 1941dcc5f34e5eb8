#include "app/gui/domainitem.h"

#include "app/gui/diagramscene.h"
#include "core/render/measure.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QMap>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace schemalens::gui {

namespace {

// The smallest a domain's label is made to fit its box: 10 px names, 8 px counts.
constexpr double kSmallestLabel = 10.0 / 14.0;

// Up to this many lines between domains in one paint are drawn smoothed.
constexpr qsizetype kSmoothLinesUpTo = 200;

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

void DomainItem::forgetOtherFonts() const
{
    const render::Theme &theme = m_scene->theme();
    const QString fonts = theme.headerFont.key() + theme.typeFont.key() + theme.tagFont.key();
    if (fonts == m_measuredFonts)
        return;
    m_measured.clear();
    m_countAdvances.clear();
    m_measuredFonts = fonts;
}

DomainItem::LabelFonts DomainItem::labelFonts(double scale) const
{
    const render::Theme &theme = m_scene->theme();
    LabelFonts fonts{theme.headerFont, theme.typeFont, theme.tagFont};
    fonts.name.setPixelSize(std::max(1, int(std::lround(14 * scale))));
    fonts.text.setPixelSize(std::max(1, int(std::lround(11 * scale))));
    fonts.pill.setPixelSize(std::max(1, int(std::lround(10 * scale))));
    return fonts;
}

const DomainItem::Measured &DomainItem::measured(int domain, const QString &name,
                                                 const QString &count, double scale) const
{
    const LabelFonts fonts = labelFonts(scale);
    const quint64 key = (quint64(quint32(domain)) << 24) | (quint64(fonts.name.pixelSize()) << 16) |
                        (quint64(fonts.text.pixelSize()) << 8) | quint64(fonts.pill.pixelSize());
    auto it = m_measured.constFind(key);
    if (it != m_measured.cend())
        return *it;
    const QFontMetricsF nameFm(fonts.name), textFm(fonts.text), pillFm(fonts.pill);
    const graph::DomainSummary &summary = m_scene->domains().domains.at(domain);
    Measured m;
    m.name = nameFm.horizontalAdvance(name);
    m.count = textFm.horizontalAdvance(count);
    m.errors = pillFm.horizontalAdvance(QString::number(summary.errors));
    m.warnings = pillFm.horizontalAdvance(QString::number(summary.warnings));
    m.infos = pillFm.horizontalAdvance(QString::number(summary.infos));
    m.nameHeight = nameFm.height();
    m.textHeight = textFm.height();
    m.pillHeight = pillFm.height();
    return *m_measured.insert(key, m);
}

QList<DomainItem::Label> DomainItem::labels(double lod, const QRectF &exposed) const
{
    forgetOtherFonts(); // once here: measured() is asked hundreds of times a frame
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
        // Measured at the label's size on screen and divided by LOD: the font sizes are the
        // same on every frame of a zoom, and the measurements are kept per size.
        double scale = 1;
        double width = 0, pillHeight = 0, labelWidth = 0, labelHeight = 0;
        auto measureAt = [&](double s) {
            const Measured &m = measured(d, name, count, s);
            width = m.count;
            pillHeight = m.pillHeight + 2 * s;
            for (const auto &pill : std::as_const(pills))
                width += 4 * s + std::max(m.pillAdvance(domain, pill.second) + 8 * s, pillHeight);
            labelWidth = std::max(width, m.name) / lod;
            labelHeight = (m.nameHeight + m.textHeight) / lod;
            width /= lod;
            pillHeight /= lod;
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

QList<DomainItem::LinkCount> DomainItem::linkCounts(double lod, const QRectF &exposed,
                                                    const QList<Label> &labels) const
{
    QList<LinkCount> placed;
    if (m_scene->renderingThumbnail())
        return placed;
    const graph::Domains &domains = m_scene->domains();
    QList<int> byCount(domains.links.size());
    std::iota(byCount.begin(), byCount.end(), 0);
    std::stable_sort(byCount.begin(), byCount.end(), [&](int a, int b) {
        return domains.links.at(a).count > domains.links.at(b).count;
    });
    forgetOtherFonts();
    QFont font = m_scene->theme().tagFont;
    font.setPixelSize(10);
    const QFontMetricsF fm(font);
    const double margin = 4 / lod;
    for (const int i : std::as_const(byCount)) {
        const graph::DomainLink &link = domains.links.at(i);
        const QRectF a = m_scene->domainRect(link.from), b = m_scene->domainRect(link.to);
        const QPointF p = exitPoint(a, b.center()), q = exitPoint(b, a.center());
        auto advance = m_countAdvances.constFind(link.count);
        if (advance == m_countAdvances.cend())
            advance = m_countAdvances.insert(link.count,
                                             fm.horizontalAdvance(QString::number(link.count)));
        const double w = (*advance + 8) / lod, h = (fm.height() + 2) / lod;
        const QPointF mid = (p + q) / 2;
        const QRectF pill(mid.x() - w / 2, mid.y() - h / 2, w, h);
        if (!pill.intersects(exposed))
            continue;
        // The stretch of line between the two boxes holds the pill (its extent along the
        // line) with a margin at both ends; else it would sit on a box's edge.
        const QPointF d = q - p;
        const double length = std::hypot(d.x(), d.y());
        if (length < 1e-9 ||
            (std::abs(d.x()) * w + std::abs(d.y()) * h) / length + 2 * margin > length)
            continue;
        const QRectF room = pill.adjusted(-margin / 2, -margin / 2, margin / 2, margin / 2);
        const auto covers = [&room](const QRectF &other) { return other.intersects(room); };
        if (std::any_of(placed.cbegin(), placed.cend(),
                        [&](const LinkCount &other) { return covers(other.pill); }) ||
            std::any_of(labels.cbegin(), labels.cend(),
                        [&](const Label &label) { return covers(label.room); }))
            continue;
        // A line passes under the boxes between its two: its count is not put on one.
        bool onABox = false;
        for (qsizetype d = 0; d < domains.domains.size() && !onABox; ++d)
            onABox = covers(m_scene->domainRect(int(d)));
        if (onABox)
            continue;
        placed.append({i, QString::number(link.count), *advance, pill});
    }
    return placed;
}

void DomainItem::drawText(QPainter *painter, const QFont &font, const QPointF &deviceTopLeft,
                          const QString &text) const
{
    const QString key = font.family() + QLatin1Char('/') + QString::number(font.pixelSize()) +
                        QLatin1Char('/') + QString::number(font.weight()) + QLatin1Char('/') + text;
    auto it = m_texts.find(key);
    if (it == m_texts.end()) {
        if (m_texts.size() > 4096) // names and counts at a few sizes: only a theme change
            m_texts.clear();       // or a new schema grows it
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        prepared.prepare(QTransform(), font);
        it = m_texts.insert(key, prepared);
    }
    painter->setFont(font);
    painter->drawStaticText(deviceTopLeft, *it);
}

void DomainItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const render::Theme &theme = m_scene->theme();
    const graph::Domains &domains = m_scene->domains();
    const QRectF &exposed = option->exposedRect;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->fillRect(exposed, theme.background);

    // References between domains: one line per pair, thicker for more, drawn in one call per
    // width (749 lines one by one were 11 ms of a 2,000-table overview's frame).
    QMap<int, QList<QLineF>> byWidth; // quarter pixels
    qsizetype lines = 0;
    for (const graph::DomainLink &link : domains.links) {
        const QRectF a = m_scene->domainRect(link.from), b = m_scene->domainRect(link.to);
        const QPointF p = exitPoint(a, b.center()), q = exitPoint(b, a.center());
        if (!QRectF(p, q).normalized().adjusted(-1, -1, 1, 1).intersects(exposed))
            continue;
        byWidth[int(std::lround(4 * (1 + std::log2(double(link.count)))))].append(QLineF(p, q));
        ++lines;
    }
    // Hundreds of lines make a mesh read as a texture, where smoothing their edges is not
    // seen but costs (749 smoothed lines: 5.8 ms of the frame, 1.7 ms without).
    painter->setRenderHint(QPainter::Antialiasing, lines <= kSmoothLinesUpTo);
    for (auto it = byWidth.cbegin(); it != byWidth.cend(); ++it) {
        QPen pen(theme.border, it.key() / 4.0, Qt::SolidLine, Qt::FlatCap);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLines(it.value());
    }

    painter->setRenderHint(QPainter::Antialiasing, true);

    // The boxes, then the counts and labels on top, in device pixels. The boxes cover most
    // of the screen: their insides are filled without smoothing (a curve's edge needs it, and
    // the smoothed border drawn over them has it). A one-pixel border takes Qt's fast line
    // path: 139 boxes' borders 1.9 -> 0.8 ms.
    QPen border(theme.clusterBorder, 1);
    border.setCosmetic(true);
    for (const bool outline : {false, true}) {
        painter->setRenderHint(QPainter::Antialiasing, outline);
        painter->setPen(outline ? border : QPen(Qt::NoPen));
        painter->setBrush(outline ? QBrush(Qt::NoBrush) : QBrush(theme.clusterFill));
        for (int d = 0; d < domains.domains.size(); ++d) {
            const QRectF rect = m_scene->domainRect(d);
            if (rect.intersects(exposed))
                painter->drawRoundedRect(rect, 8 / lod, 8 / lod);
        }
    }
    const QList<Label> placedLabels = labels(lod, exposed);
    const QList<LinkCount> counts = linkCounts(lod, exposed, placedLabels);
    const QTransform toDevice = painter->worldTransform();
    painter->resetTransform();

    QFont countFont = theme.tagFont;
    countFont.setPixelSize(10);
    const double countHeight = QFontMetricsF(countFont).height();
    for (const LinkCount &count : counts) {
        const QRectF pill = toDevice.mapRect(count.pill);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.legendFill);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(theme.mutedText);
        drawText(
            painter, countFont,
            QPointF(pill.center().x() - count.advance / 2, pill.center().y() - countHeight / 2),
            count.text);
    }

    for (const Label &l : placedLabels) {
        const LabelFonts fonts = labelFonts(l.scale);
        // The advances measured for labels(): no text is shaped twice in a frame.
        const Measured &m = measured(l.domain, l.name, l.count, l.scale);
        const graph::DomainSummary &summary = domains.domains.at(l.domain);
        const double pillHeight = m.pillHeight + 2 * l.scale;
        const QRectF label = toDevice.mapRect(l.label);
        if (l.plate) {
            // Wider than its box: on a plate of its own, so that it reads as the box's name.
            QPen border(theme.clusterBorder, 1);
            border.setCosmetic(true);
            painter->setPen(border);
            painter->setBrush(theme.legendFill);
            painter->drawRoundedRect(toDevice.mapRect(l.room), 4, 4);
        }
        painter->setPen(theme.text);
        drawText(painter, fonts.name, QPointF(label.center().x() - m.name / 2, label.top()),
                 l.name);
        double x = label.center().x() - l.width * lod / 2;
        const double y = label.top() + m.nameHeight;
        painter->setPen(theme.mutedText);
        drawText(painter, fonts.text, QPointF(x, y), l.count);
        x += m.count;
        for (const auto &[colour, n] : std::as_const(l.pills)) {
            const QString text = QString::number(n);
            const double advance = m.pillAdvance(summary, n);
            const double w = std::max(advance + 8 * l.scale, pillHeight);
            x += 4 * l.scale;
            const QRectF pill(x, y + (m.textHeight - pillHeight) / 2, w, pillHeight);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawRoundedRect(pill, pillHeight / 2, pillHeight / 2);
            painter->setPen(QColor(Qt::white));
            drawText(painter, fonts.pill,
                     QPointF(pill.center().x() - advance / 2, pill.center().y() - m.pillHeight / 2),
                     text);
            x += w;
        }
    }
    painter->restore();
}

} // namespace schemalens::gui
