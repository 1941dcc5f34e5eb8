// paintTable: one table box. Everything is drawn as vector primitives and text (no cached
// pixmaps), so SVG/PDF keep selectable text and high-DPI screens and 2x PNGs stay sharp.

#include "core/render/paint.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace schemalens::render {

namespace {

QColor tagColour(const QString &tag, const Theme &theme)
{
    if (tag == QLatin1String("PK"))
        return theme.primaryKeyTag;
    if (tag == QLatin1String("FK"))
        return theme.foreignKeyTag;
    if (tag == QLatin1String("FK?"))
        return theme.soft;
    if (tag == QLatin1String("UQ"))
        return theme.uniqueTag;
    return theme.mutedText;
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

// Text baseline that centres a line of FM's font vertically in [top, top + height].
double baselineIn(double top, double height, const QFontMetricsF &fm)
{
    return top + (height + fm.ascent() - fm.descent()) / 2;
}

void paintBadge(QPainter &painter, const graph::Marks &marks, double right, double top,
                double height, const Theme &theme, bool compact)
{
    const QFontMetricsF fm(theme.tagFont);
    const double pillHeight = fm.height() + 2;
    double x = right;
    const auto parts = badgeParts(marks, compact);
    // Right to left, so the worst severity ends up leftmost after the name.
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const double width = badgePillWidth(it->second, theme);
        x -= width;
        const QRectF pill(x, top + (height - pillHeight) / 2, width, pillHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.severityColour(it->first));
        painter.drawRoundedRect(pill, pillHeight / 2, pillHeight / 2);
        painter.setPen(QColor(Qt::white));
        painter.setFont(theme.tagFont);
        painter.drawText(pill, Qt::AlignCenter, QString::number(it->second));
        x -= TagGap;
    }
}

// A table outside the view: a dashed pill with its qualified name, muted.
void paintStub(QPainter &painter, const TableMetrics &m, const QRectF &rect, const Theme &theme,
               const TableState &state)
{
    QPen border(state.selected ? theme.selection : theme.border, state.selected ? 2 : 1,
                Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(theme.background);
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter.setFont(theme.typeFont);
    painter.setPen(theme.mutedText);
    const QFontMetricsF fm(theme.typeFont);
    painter.drawText(
        QPointF(rect.left() + theme.cellPadding, baselineIn(rect.top(), rect.height(), fm)),
        m.title);
}

} // namespace

QColor diffMarkColour(DiffMark mark, const Theme &theme)
{
    const bool dark = theme.name == QLatin1String("dark");
    switch (mark) {
    case DiffMark::Added:
        return dark ? QColor(0x5c, 0xc2, 0x6f) : QColor(0x1f, 0x9d, 0x3a);
    case DiffMark::Changed:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xd9, 0x8e, 0x04);
    case DiffMark::Removed:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd6, 0x33, 0x33);
    case DiffMark::None:
        break;
    }
    return {};
}

void paintTable(QPainter &painter, const graph::TableNode &node, const QRectF &rect,
                const Theme &theme, const TableState &state, const MeasureOptions &measureOptions)
{
    MeasureOptions options = measureOptions;
    options.findings = state.findings;
    paintTable(painter, node, tableMetrics(node, theme, options), rect, theme, state);
}

void paintTable(QPainter &painter, const graph::TableNode &node, const TableMetrics &m,
                const QRectF &rect, const Theme &theme, const TableState &state)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (state.dimmed)
        painter.setOpacity(painter.opacity() * 0.3);
    if (state.diff == DiffMark::Removed) // a ghost of what went
        painter.setOpacity(painter.opacity() * 0.55);
    const auto rowDiff = [&state](int row) {
        return row < state.rowDiffs.size() ? state.rowDiffs.at(row) : DiffMark::None;
    };
    if (node.stub) {
        paintStub(painter, m, rect, theme, state);
        painter.restore();
        return;
    }

    const double radius = theme.cornerRadius;
    QPainterPath box;
    box.addRoundedRect(rect, radius, radius);
    painter.fillPath(box, theme.tableFill);

    // Header and stripes, clipped to the rounded box.
    painter.save();
    painter.setClipPath(box, Qt::IntersectClip);
    const double headerHeight = std::min(m.headerHeight, rect.height());
    painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), headerHeight),
                     node.view ? theme.viewHeaderFill : theme.headerFill);
    for (int i = 1; i < m.rows.size(); i += 2)
        painter.fillRect(QRectF(rect.left(), rect.top() + m.rowTop(i), rect.width(), m.rowHeight),
                         theme.rowStripe);
    if (state.highlightRow >= 0 && state.highlightRow < m.rows.size())
        painter.fillRect(QRectF(rect.left(), rect.top() + m.rowTop(state.highlightRow),
                                rect.width(), m.rowHeight),
                         withAlpha(theme.selection, 50));
    // Diff marks on rows: a tint and a bar at the left edge.
    for (int i = 0; i < m.rows.size(); ++i) {
        const DiffMark mark = rowDiff(i);
        if (mark == DiffMark::None)
            continue;
        const QColor colour = diffMarkColour(mark, theme);
        const QRectF row(rect.left(), rect.top() + m.rowTop(i), rect.width(), m.rowHeight);
        painter.fillRect(row, withAlpha(colour, 45));
        painter.fillRect(QRectF(row.left(), row.top(), 3.5, row.height()), colour);
    }
    painter.restore();

    // Header: [schema.]name, VIEW tag, findings badge on the right.
    const QFontMetricsF headerFm(theme.headerFont);
    const QFontMetricsF prefixFm(theme.typeFont);
    const QFontMetricsF tagFm(theme.tagFont);
    double x = rect.left() + theme.cellPadding;
    const double headerTop = rect.top();
    if (!m.schemaPrefix.isEmpty()) {
        painter.setFont(theme.typeFont);
        painter.setPen(theme.mutedText);
        painter.drawText(QPointF(x, baselineIn(headerTop, m.headerHeight, headerFm)),
                         m.schemaPrefix);
        x += prefixFm.horizontalAdvance(m.schemaPrefix);
    }
    painter.setFont(theme.headerFont);
    painter.setPen(node.external ? theme.mutedText : theme.headerText);
    painter.drawText(QPointF(x, baselineIn(headerTop, m.headerHeight, headerFm)), m.title);
    x += headerFm.horizontalAdvance(m.title) + ColumnGap;
    if (node.view) {
        painter.setFont(theme.tagFont);
        painter.setPen(theme.mutedText);
        painter.drawText(QPointF(x, baselineIn(headerTop, m.headerHeight, headerFm)),
                         QStringLiteral("VIEW"));
    }
    if (state.findings && node.marks.any())
        paintBadge(painter, node.marks, rect.right() - theme.cellPadding, headerTop, m.headerHeight,
                   theme, namesOnly(node));

    painter.setPen(QPen(theme.border, 0.8));
    painter.drawLine(QPointF(rect.left(), rect.top() + headerHeight),
                     QPointF(rect.right(), rect.top() + headerHeight));

    // Column rows.
    const QFontMetricsF nameFm(theme.font);
    const QFontMetricsF typeFm(theme.typeFont);
    for (int i = 0; i < m.rows.size() && i < node.rows.size(); ++i) {
        const RowText &row = m.rows.at(i);
        const QRectF rowRect(rect.left(), rect.top() + m.rowTop(i), rect.width(), m.rowHeight);
        const double baseline = baselineIn(rowRect.top(), rowRect.height(), nameFm);

        const graph::Marks &marks = node.rows.at(i).marks;
        if (state.findings && marks.worst()) {
            const QColor colour = theme.severityColour(*marks.worst());
            const QRectF outline = rowRect.adjusted(2, 1, -2, -1);
            painter.setPen(QPen(colour, 1.5));
            painter.setBrush(withAlpha(colour, 30));
            painter.drawRoundedRect(outline, 3, 3);
            painter.setBrush(Qt::NoBrush);
        }

        double tagX = rect.left() + theme.cellPadding;
        painter.setFont(theme.tagFont);
        for (const QString &tag : row.tags) {
            painter.setPen(tagColour(tag, theme));
            painter.drawText(QPointF(tagX, baseline), tag);
            tagX += tagFm.horizontalAdvance(tag) + TagGap;
        }
        painter.setFont(theme.font);
        painter.setPen(node.external ? theme.mutedText : theme.text);
        painter.drawText(QPointF(rect.left() + m.nameX, baseline), row.name);
        if (rowDiff(i) == DiffMark::Removed) {
            const double y = baseline - nameFm.ascent() * 0.32;
            painter.setPen(QPen(diffMarkColour(DiffMark::Removed, theme), 1.2));
            painter.drawLine(QPointF(rect.left() + m.nameX - 2, y),
                             QPointF(rect.right() - theme.cellPadding + 2, y));
        }
        if (!row.type.isEmpty()) {
            painter.setFont(theme.typeFont);
            painter.setPen(theme.mutedText);
            painter.drawText(
                QPointF(rect.right() - theme.cellPadding - typeFm.horizontalAdvance(row.type),
                        baseline),
                row.type);
        }
    }

    // Border last, over the fills.
    QPen border(theme.border, 1.0);
    if (node.external)
        border.setStyle(Qt::DashLine);
    if (state.hovered)
        border = QPen(theme.selection, 1.5);
    if (state.diff != DiffMark::None)
        border = QPen(diffMarkColour(state.diff, theme), 2.5,
                      state.diff == DiffMark::Removed ? Qt::DashLine : Qt::SolidLine);
    if (state.selected)
        border = QPen(theme.selection, 2.5);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(box);
    painter.restore();
}

} // namespace schemalens::render
