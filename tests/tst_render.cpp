// core/render: edge style decisions, themes, measuring and painting, checked as data and on
// painted pixels (a hand-made layout, so Graphviz placement plays no part).

#include "core/graph/columnmode.h"
#include "core/graph/dotexport.h"
#include "core/render/exporter.h"
#include "core/render/measure.h"
#include "core/render/paint.h"
#include "core/render/theme.h"
#include "renderfixture.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace schemalens;

class TstRender : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deletePolicy_data();
    void deletePolicy();
    void endMarks_data();
    void endMarks();
    void edgeStyleFindings();
    void themesDiffer();
    void dotPaletteFollowsTheme();
    void measureFitsText();
    void measureRowsAndBadge();
    void schemaPrefixOnlyWhenNeeded();
    void paintTablePixels();
    void namesOnlyAndStubs();
    void paintEdgeColourAndDash();
    void paintEdgeInDrawsOnlyWhatPassesThrough();
    void crowsFootDrawnAtEnds();
    void legendWraps();
    void diagramFrameHoldsEverything();
    void darkDiagramIsDark();

private:
    static int countColour(const QImage &image, const QColor &colour, const QRect &area = {},
                           int tolerance = 12);
};

int TstRender::countColour(const QImage &image, const QColor &colour, const QRect &area,
                           int tolerance)
{
    const QRect r = area.isNull() ? image.rect() : area.intersected(image.rect());
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance &&
                std::abs(c.green() - colour.green()) <= tolerance &&
                std::abs(c.blue() - colour.blue()) <= tolerance)
                ++n;
        }
    return n;
}

void TstRender::initTestCase()
{
    // Measurements below assume the DejaVu fonts the platform notes require (PLATFORM.md §4).
    QVERIFY2(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")),
             "fonts-dejavu-core is not installed");
    QCOMPARE(QFontInfo(render::Theme::light().font).family(), QStringLiteral("DejaVu Sans"));
}

void TstRender::deletePolicy_data()
{
    QTest::addColumn<QString>("onDelete");
    QTest::addColumn<bool>("soft");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("colourRole");
    QTest::addColumn<bool>("dashed");
    QTest::newRow("cascade") << "cascade" << false << int(graph::DeletePolicy::Cascade) << "cascade"
                             << false;
    QTest::newRow("CASCADE upper")
        << "CASCADE" << false << int(graph::DeletePolicy::Cascade) << "cascade" << false;
    QTest::newRow("set null") << "set null" << false << int(graph::DeletePolicy::SetNull)
                              << "setNull" << false;
    QTest::newRow("set default") << "set default" << false << int(graph::DeletePolicy::SetDefault)
                                 << "setDefault" << false;
    QTest::newRow("restrict") << "restrict" << false << int(graph::DeletePolicy::Restrict)
                              << "restrict" << false;
    QTest::newRow("no action") << "no action" << false << int(graph::DeletePolicy::Restrict)
                               << "restrict" << false;
    QTest::newRow("unstated") << "" << false << int(graph::DeletePolicy::Restrict) << "restrict"
                              << false;
    QTest::newRow("soft") << "no action" << true << int(graph::DeletePolicy::Restrict) << "soft"
                          << true;
}

void TstRender::deletePolicy()
{
    QFETCH(QString, onDelete);
    QFETCH(bool, soft);
    QFETCH(int, policy);
    QFETCH(QString, colourRole);
    QFETCH(bool, dashed);
    graph::Edge edge;
    edge.onDelete = onDelete;
    edge.soft = soft;
    QCOMPARE(int(graph::deletePolicy(edge)), policy);
    for (const render::Theme &theme : {render::Theme::light(), render::Theme::dark()}) {
        const render::EdgeStyle style = render::edgeStyle(edge, theme);
        const QHash<QString, QColor> roles{{QStringLiteral("cascade"), theme.cascade},
                                           {QStringLiteral("setNull"), theme.setNull},
                                           {QStringLiteral("setDefault"), theme.setDefault},
                                           {QStringLiteral("restrict"), theme.restrict},
                                           {QStringLiteral("soft"), theme.warning}};
        QCOMPARE(style.colour, roles.value(colourRole));
        QCOMPARE(style.penStyle == Qt::DashLine, dashed);
    }
    // The four policies and the soft colour are told apart in both themes.
    for (const render::Theme &theme : {render::Theme::light(), render::Theme::dark()}) {
        const QList<QColor> colours{theme.cascade, theme.setNull, theme.setDefault, theme.restrict,
                                    theme.soft};
        for (int i = 0; i < colours.size(); ++i)
            for (int j = i + 1; j < colours.size(); ++j)
                QVERIFY(colours.at(i) != colours.at(j));
    }
}

void TstRender::endMarks_data()
{
    QTest::addColumn<bool>("optional");
    QTest::addColumn<bool>("oneToOne");
    QTest::addColumn<int>("parent");
    QTest::addColumn<int>("child");
    QTest::newRow("required many")
        << false << false << int(graph::EndMark::ExactlyOne) << int(graph::EndMark::ZeroOrMany);
    QTest::newRow("optional many")
        << true << false << int(graph::EndMark::ZeroOrOne) << int(graph::EndMark::ZeroOrMany);
    QTest::newRow("required one-to-one")
        << false << true << int(graph::EndMark::ExactlyOne) << int(graph::EndMark::ZeroOrOne);
    QTest::newRow("optional one-to-one")
        << true << true << int(graph::EndMark::ZeroOrOne) << int(graph::EndMark::ZeroOrOne);
}

void TstRender::endMarks()
{
    QFETCH(bool, optional);
    QFETCH(bool, oneToOne);
    QFETCH(int, parent);
    QFETCH(int, child);
    graph::Edge edge;
    edge.optional = optional;
    edge.oneToOne = oneToOne;
    const render::EdgeStyle style = render::edgeStyle(edge, render::Theme::light());
    QCOMPARE(int(style.parentEnd), parent);
    QCOMPARE(int(style.childEnd), child);
}

void TstRender::edgeStyleFindings()
{
    graph::Edge edge;
    const render::Theme theme = render::Theme::light();
    QVERIFY(!render::edgeStyle(edge, theme).finding);
    edge.marks.add(rendertest::finding(review::Severity::Info, QStringLiteral("a")));
    edge.marks.add(rendertest::finding(review::Severity::Warning, QStringLiteral("b")));
    const render::EdgeStyle style = render::edgeStyle(edge, theme);
    QCOMPARE(style.finding, std::optional(review::Severity::Warning));
    QCOMPARE(style.findingColour, theme.warning);
    QVERIFY(!render::edgeStyle(edge, theme, false).finding); // --no-findings
}

void TstRender::themesDiffer()
{
    const render::Theme light = render::Theme::light();
    const render::Theme dark = render::Theme::dark();
    QCOMPARE(render::Theme::byName(QStringLiteral("Dark"))->name, QStringLiteral("dark"));
    QVERIFY(!render::Theme::byName(QStringLiteral("sepia")));
    QVERIFY(light.background != dark.background);
    QVERIFY(light.text != dark.text);
    QVERIFY(light.background.lightness() > 200);
    QVERIFY(dark.background.lightness() < 60);
    // Text contrast: the text/background lightness gap is large in both.
    for (const render::Theme &t : {light, dark}) {
        QVERIFY(std::abs(t.text.lightness() - t.background.lightness()) > 150);
        QVERIFY(std::abs(t.headerText.lightness() - t.headerFill.lightness()) > 120);
        QVERIFY(std::abs(t.mutedText.lightness() - t.tableFill.lightness()) > 70);
    }
}

void TstRender::dotPaletteFollowsTheme()
{
    const render::Theme dark = render::Theme::dark();
    const graph::DotPalette p = render::dotPalette(dark);
    QCOMPARE(p.background, dark.background.name());
    QCOMPARE(p.cascade, dark.cascade.name());
    QCOMPARE(p.soft, dark.warning.name());
    QCOMPARE(p.fontName, QStringLiteral("DejaVu Sans"));
}

void TstRender::measureFitsText()
{
    const render::Theme theme = render::Theme::light();
    graph::TableNode node;
    node.id = node.name = QStringLiteral("t");
    node.rows = {rendertest::row(QStringLiteral("id"), QStringLiteral("int"), true)};
    const render::TableMetrics small = render::tableMetrics(node, theme);
    QCOMPARE(small.size.width(), theme.minTableWidth);

    node.rows << rendertest::row(QStringLiteral("a_rather_long_column_name_here"),
                                 QStringLiteral("timestamp with time zone"));
    const render::TableMetrics wide = render::tableMetrics(node, theme);
    const QFontMetricsF nameFm(theme.font);
    const QFontMetricsF typeFm(theme.typeFont);
    // Name and type both fit, with padding and a gap, in the measured width.
    QVERIFY(wide.size.width() >= nameFm.horizontalAdvance(node.rows[1].name) +
                                     typeFm.horizontalAdvance(node.rows[1].type) +
                                     2 * theme.cellPadding + render::TypeGap);
    QVERIFY(wide.size.width() > small.size.width());
    QCOMPARE(wide.size.width(), std::ceil(wide.size.width())); // whole points

    // Names beyond maxNameWidth are elided, and the box stays bounded.
    node.rows << rendertest::row(QString(200, QLatin1Char('x')), QString(200, QLatin1Char('y')));
    const render::TableMetrics elided = render::tableMetrics(node, theme);
    QVERIFY(elided.rows[2].name.contains(QChar(0x2026)));
    QVERIFY(elided.size.width() <
            theme.maxNameWidth + theme.maxTypeWidth + 2 * theme.cellPadding + 60);
}

void TstRender::measureRowsAndBadge()
{
    const render::Theme theme = render::Theme::light();
    const graph::ErGraph g = rendertest::sampleGraph();
    const QList<graph::NodeGeometry> geo = render::measure(g, theme);
    QCOMPARE(geo.size(), g.nodes.size());
    for (int i = 0; i < g.nodes.size(); ++i) {
        QCOMPARE(geo[i].rowY.size(), g.nodes[i].rows.size());
        double previous = 0;
        for (double y : geo[i].rowY) {
            QVERIFY(y > previous);
            QVERIFY(y < geo[i].size.height());
            previous = y;
        }
    }
    // Rows have equal height and the first row starts below the header.
    const render::TableMetrics m = render::tableMetrics(g.nodes[1], theme);
    QCOMPARE(geo[1].rowY[1] - geo[1].rowY[0], m.rowHeight);
    QVERIFY(geo[1].rowY[0] - m.rowHeight / 2 >= m.headerHeight - 0.01);
    // users carries a finding: its badge takes room, unless findings are off.
    QVERIFY(m.badgeWidth > 0);
    render::MeasureOptions off;
    off.findings = false;
    QCOMPARE(render::tableMetrics(g.nodes[1], theme, off).badgeWidth, 0.0);
    // Tags per row.
    QCOMPARE(m.rows[0].tags, QStringList{QStringLiteral("PK")});
    QCOMPARE(m.rows[1].tags, QStringList{QStringLiteral("FK")});
    QCOMPARE(m.rows[2].tags, (QStringList{QStringLiteral("UQ"), QStringLiteral("NN")}));
    QCOMPARE(render::tableMetrics(g.nodes[2], theme).rows[2].tags,
             QStringList{QStringLiteral("FK?")});
}

void TstRender::schemaPrefixOnlyWhenNeeded()
{
    const render::Theme theme = render::Theme::light();
    graph::ErGraph g = rendertest::sampleGraph();
    QVERIFY(!render::spansSchemas(g));
    g.nodes[0].schema = QStringLiteral("billing");
    QVERIFY(render::spansSchemas(g));
    render::MeasureOptions options;
    options.showSchema = true;
    QCOMPARE(render::tableMetrics(g.nodes[0], theme, options).schemaPrefix,
             QStringLiteral("billing."));
    g.nodes[0].cluster = QStringLiteral("billing"); // the cluster label says it already
    QVERIFY(render::tableMetrics(g.nodes[0], theme, options).schemaPrefix.isEmpty());
}

void TstRender::paintTablePixels()
{
    const render::Theme theme = render::Theme::light();
    const graph::ErGraph g = rendertest::sampleGraph();
    const graph::TableNode &users = g.nodes[1];
    const render::TableMetrics m = render::tableMetrics(users, theme);
    QImage image((m.size + QSizeF(20, 20)).toSize() * 2, QImage::Format_ARGB32);
    image.fill(theme.background);
    {
        QPainter p(&image);
        p.scale(2, 2);
        render::paintTable(p, users, QRectF(QPointF(10, 10), m.size), theme);
    }
    if (qEnvironmentVariableIsSet("RENDER_DEBUG"))
        image.save(QStringLiteral("/tmp/rtest/table.png"));
    const auto area = [](const QRectF &r) {
        return QRectF(r.topLeft() * 2, r.size() * 2).toRect();
    };
    // The header is filled with the header colour.
    const QRectF header(10 + 2, 10 + 2, m.size.width() - 4, m.headerHeight - 4);
    QVERIFY(countColour(image, theme.headerFill, area(header)) > area(header).width() * 4);
    // The email row (a warning) is outlined in the warning colour; clean rows are not.
    const QRectF emailRow(10, 10 + m.rowTop(2), m.size.width(), m.rowHeight);
    const QRectF idRow(10, 10 + m.rowTop(0), m.size.width(), m.rowHeight);
    QVERIFY(countColour(image, theme.warning, area(emailRow), 30) > 100);
    QCOMPARE(countColour(image, theme.warning, area(idRow), 12), 0);
    // Text was drawn in the text colour (names) and in the PK tag colour.
    QVERIFY(countColour(image, theme.text, area(idRow), 40) > 10);
    QVERIFY(countColour(image, theme.primaryKeyTag, area(idRow), 40) > 5);

    // Without findings the outline and the badge disappear.
    QImage plain(image.size(), QImage::Format_ARGB32);
    plain.fill(theme.background);
    {
        QPainter p(&plain);
        p.scale(2, 2);
        render::TableState state;
        state.findings = false;
        render::paintTable(p, users, QRectF(QPointF(10, 10), m.size), theme, state);
    }
    QCOMPARE(countColour(plain, theme.warning, plain.rect(), 12), 0);
}

void TstRender::namesOnlyAndStubs()
{
    const render::Theme theme = render::Theme::light();
    const graph::ErGraph g = rendertest::sampleGraph();
    const graph::ErGraph names = graph::projectColumns(g, graph::ColumnMode::Names);
    const render::TableMetrics all = render::tableMetrics(g.nodes[1], theme);
    const render::TableMetrics only = render::tableMetrics(names.nodes[1], theme);
    // The header alone: no body under it, the same width rule (name, badge).
    QVERIFY(only.rows.isEmpty());
    QCOMPARE(only.size.height(), std::ceil(only.headerHeight + 3));
    QVERIFY(only.size.height() < all.size.height() / 2);
    QVERIFY(only.size.width() <= all.size.width());
    // One findings pill: the total, in the worst severity's colour.
    graph::Marks marks;
    marks.errors = 1;
    marks.warnings = 2;
    marks.infos = 4;
    QCOMPARE(render::badgeParts(marks, true).size(), 1);
    QCOMPARE(render::badgeParts(marks, true).first().second, 7);
    QCOMPARE(render::badgeParts(marks, true).first().first, review::Severity::Error);
    QCOMPARE(render::badgeParts(marks).size(), 3);
    // A long table name is read whole, not elided at the column width.
    graph::TableNode longName = names.nodes[1];
    longName.name = QStringLiteral("organization_membership_invitation_reminders");
    QVERIFY(!render::tableMetrics(longName, theme).title.contains(QChar(0x2026)));

    // A stub: one muted line naming the table outside the view, drawn dashed.
    graph::TableNode stub = g.nodes[0];
    stub.stub = true;
    stub.rows.clear();
    const render::TableMetrics sm = render::tableMetrics(stub, theme);
    QCOMPARE(sm.title, stub.schema + QLatin1Char('.') + stub.name);
    QVERIFY(sm.size.height() < all.headerHeight + 4);
    QImage image((sm.size + QSizeF(20, 20)).toSize(), QImage::Format_ARGB32);
    image.fill(theme.background);
    {
        QPainter p(&image);
        render::paintTable(p, stub, sm, QRectF(QPointF(10, 10), sm.size), theme, {});
    }
    QVERIFY(countColour(image, theme.mutedText, image.rect(), 60) > 10);
    QCOMPARE(countColour(image, theme.headerFill, image.rect(), 4), 0); // no header fill
}

void TstRender::paintEdgeColourAndDash()
{
    const render::Theme theme = render::Theme::light();
    graph::EdgeGeometry geometry;
    geometry.tail = QPointF(10, 20);
    geometry.head = QPointF(190, 20);
    geometry.points = {geometry.tail, QPointF(70, 20), QPointF(130, 20), geometry.head};
    const auto paint = [&](const graph::Edge &edge) {
        QImage image(400, 80, QImage::Format_ARGB32);
        image.fill(theme.background);
        QPainter p(&image);
        p.scale(2, 2);
        render::paintEdge(p, edge, geometry, theme);
        return image;
    };
    graph::Edge cascade;
    cascade.onDelete = QStringLiteral("cascade");
    const QImage solid = paint(cascade);
    if (qEnvironmentVariableIsSet("RENDER_DEBUG"))
        solid.save(QStringLiteral("/tmp/rtest/edge.png"));
    const QRect middle(80, 36, 240, 8);
    QVERIFY(countColour(solid, theme.cascade, middle, 20) > 100);
    QCOMPARE(countColour(solid, theme.setNull, middle, 20), 0);

    graph::Edge soft;
    soft.soft = true;
    const QImage dashed = paint(soft);
    // Walk along the centre line: a dashed line alternates between ink and background.
    int gaps = 0;
    bool ink = false;
    for (int x = 80; x < 320; ++x) {
        const bool here = countColour(dashed, theme.soft, QRect(x, 38, 1, 4), 20) > 0;
        if (ink && !here)
            ++gaps;
        ink = here;
    }
    QVERIFY2(gaps >= 5, qPrintable(QString::number(gaps)));
}

// An L-shaped edge: its bounding rectangle covers the inside of the L, which the curve never
// crosses. Painting it for an area inside the L draws nothing (and is settled without
// walking the flattened curve); an area on the curve gets the same pixels paintEdge draws.
void TstRender::paintEdgeInDrawsOnlyWhatPassesThrough()
{
    const render::Theme theme = render::Theme::light();
    graph::EdgeGeometry geometry;
    geometry.tail = QPointF(10, 10);
    geometry.head = QPointF(300, 300);
    geometry.points = {geometry.tail,     QPointF(100, 10),  QPointF(200, 10), QPointF(300, 10),
                       QPointF(300, 100), QPointF(300, 200), geometry.head};
    graph::Edge edge;
    edge.onDelete = QStringLiteral("cascade");
    const QList<QPolygonF> flattened = render::flattenEdge(render::edgePath(geometry));
    const auto paintIn = [&](const QRectF &visible) {
        QImage image(640, 640, QImage::Format_ARGB32);
        image.fill(theme.background);
        QPainter p(&image);
        p.scale(2, 2);
        if (visible.isNull())
            render::paintEdge(p, edge, geometry, theme);
        else
            render::paintEdgeIn(p, edge, geometry, flattened, visible, theme, {});
        return image;
    };
    const QImage whole = paintIn({});
    const QRect inside(100, 100, 120, 120); // within the L's bounding rectangle, off the curve
    QCOMPARE(countColour(paintIn(inside), theme.cascade, QRect(0, 0, 640, 640), 60), 0);
    const QRect onCurve(260, 120, 60, 60);
    const QRect onCurvePixels(520, 240, 120, 120);
    const int expected = countColour(whole, theme.cascade, onCurvePixels, 60);
    QVERIFY2(expected > 40, qPrintable(QString::number(expected)));
    QCOMPARE(countColour(paintIn(onCurve), theme.cascade, onCurvePixels, 60), expected);
}

void TstRender::crowsFootDrawnAtEnds()
{
    // A crow's foot spreads to ±5.5 at the child end; an "exactly one" end is two bars.
    const render::Theme theme = render::Theme::light();
    graph::EdgeGeometry geometry;
    geometry.tail = QPointF(10, 30);
    geometry.head = QPointF(190, 30);
    geometry.points = {geometry.tail, QPointF(70, 30), QPointF(130, 30), geometry.head};
    graph::Edge edge;
    edge.optional = false;
    QImage image(400, 120, QImage::Format_ARGB32);
    image.fill(theme.background);
    {
        QPainter p(&image);
        p.scale(2, 2);
        render::paintEdge(p, edge, geometry, theme);
    }
    const QColor ink = theme.restrict;
    // Child end (tail, x=10): ink above and below the line right at the table.
    QVERIFY(countColour(image, ink, QRect(20, 42, 6, 12), 40) > 0);
    QVERIFY(countColour(image, ink, QRect(20, 66, 6, 12), 40) > 0);
    // Parent end (head, x=190): bars 5 and 9 points in, across the line.
    QVERIFY(countColour(image, ink, QRect(2 * 185 - 2, 2 * 30 - 10, 4, 6), 40) > 0);
    QVERIFY(countColour(image, ink, QRect(2 * 181 - 2, 2 * 30 - 10, 4, 6), 40) > 0);
    // ...and not between the two bars off the line.
    QCOMPARE(countColour(image, ink, QRect(2 * 183 - 1, 2 * 30 - 10, 2, 6), 40), 0);
}

void TstRender::legendWraps()
{
    const render::Theme theme = render::Theme::light();
    const render::LegendOptions options{true, true, QStringLiteral("shop"), QStringLiteral("x")};
    const QSizeF wide = render::legendSize(theme, options, 2000);
    const QSizeF narrow = render::legendSize(theme, options, 400);
    QVERIFY(narrow.width() <= 400);
    QVERIFY(narrow.height() > wide.height());
    render::LegendOptions noFindings = options;
    noFindings.findings = false;
    QVERIFY(render::legendSize(theme, noFindings, 2000).width() < wide.width());
}

void TstRender::diagramFrameHoldsEverything()
{
    const render::Theme theme = render::Theme::light();
    const graph::ErGraph g = rendertest::sampleGraph();
    const graph::Layout layout = rendertest::straightLayout(g, render::measure(g, theme));
    render::DiagramOptions options;
    options.title = QStringLiteral("sample");
    const render::DiagramFrame frame = render::diagramFrame(g, layout, theme, options);
    QVERIFY(frame.scene.contains(frame.legend));
    QVERIFY(frame.scene.contains(layout.bounds.translated(frame.layoutOffset)));
    QVERIFY(!frame.legend.intersects(layout.bounds.translated(frame.layoutOffset)));
    options.legend = false;
    const render::DiagramFrame bare = render::diagramFrame(g, layout, theme, options);
    QCOMPARE(bare.scene.size(),
             layout.bounds.size() + QSizeF(2 * options.margin, 2 * options.margin));
}

void TstRender::darkDiagramIsDark()
{
    const graph::ErGraph g = rendertest::sampleGraph();
    render::ImageOptions light;
    render::ImageOptions dark;
    dark.theme = render::Theme::dark();
    const graph::Layout layout = rendertest::straightLayout(g, render::measure(g, light.theme));
    const QImage a = render::renderImage(g, layout, light, 72);
    const QImage b = render::renderImage(g, layout, dark, 72);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a != b);
    QCOMPARE(a.pixelColor(1, 1), light.theme.background);
    QCOMPARE(b.pixelColor(1, 1), dark.theme.background);
    QVERIFY(countColour(b, dark.theme.cascade, {}, 20) > 20);
}

QTEST_MAIN(TstRender)
#include "tst_render.moc"
