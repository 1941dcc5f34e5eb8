#include "core/render/theme.h"

namespace schemalens::render {

namespace {

QFont makeFont(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    // DejaVu Sans is what fonts-dejavu-core installs everywhere we run (PLATFORM.md §4);
    // the style hint keeps a sans fallback where it is missing. No hinting: hinted advances
    // differ between a 1x screen, a 2.67x PNG and a PDF, and boxes must fit everywhere.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void setFonts(Theme &theme)
{
    theme.font = makeFont(11);
    theme.typeFont = makeFont(10);
    theme.headerFont = makeFont(12, QFont::Bold);
    theme.tagFont = makeFont(8, QFont::Bold);
    theme.titleFont = makeFont(16, QFont::Bold);
}

} // namespace

QColor Theme::policyColour(graph::DeletePolicy policy) const
{
    switch (policy) {
    case graph::DeletePolicy::Cascade:
        return cascade;
    case graph::DeletePolicy::SetNull:
        return setNull;
    case graph::DeletePolicy::SetDefault:
        return setDefault;
    case graph::DeletePolicy::Restrict:
        return restrict;
    }
    return restrict;
}

QColor Theme::severityColour(review::Severity severity) const
{
    switch (severity) {
    case review::Severity::Error:
        return error;
    case review::Severity::Warning:
        return warning;
    case review::Severity::Info:
        return info;
    }
    return info;
}

Theme Theme::light()
{
    Theme t;
    t.name = QStringLiteral("light");
    t.background = QColor(0xffffff);
    t.text = QColor(0x1b2733);
    t.mutedText = QColor(0x5b6776);
    t.tableFill = QColor(0xffffff);
    t.rowStripe = QColor(0xf5f7fa);
    t.headerFill = QColor(0xdde6f0);
    t.viewHeaderFill = QColor(0xe6e1f0);
    t.headerText = QColor(0x13202c);
    t.border = QColor(0x7d8ea3);
    t.clusterFill = QColor(0xf4f6f9);
    t.clusterBorder = QColor(0xc3ccd8);
    t.clusterText = QColor(0x4a5665);
    t.legendFill = QColor(0xf7f9fb);
    t.selection = QColor(0x2f80ed);
    t.cascade = QColor(0xc0392b);
    t.setNull = QColor(0x1f6fb2);
    t.setDefault = QColor(0x8e44ad);
    t.restrict = QColor(0x5d6d7e);
    t.error = QColor(0xd62839);
    t.warning = QColor(0xc77c02);
    t.info = QColor(0x2e86c1);
    t.soft = t.warning;
    t.primaryKeyTag = QColor(0xa66f00);
    t.foreignKeyTag = QColor(0x1f6fb2);
    t.uniqueTag = QColor(0x7a4fa3);
    setFonts(t);
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.name = QStringLiteral("dark");
    t.background = QColor(0x1c2026);
    t.text = QColor(0xe3e7ec);
    t.mutedText = QColor(0x9ba7b4);
    t.tableFill = QColor(0x262b33);
    t.rowStripe = QColor(0x2b313a);
    t.headerFill = QColor(0x35404e);
    t.viewHeaderFill = QColor(0x40384f);
    t.headerText = QColor(0xf2f5f8);
    t.border = QColor(0x6b7a8c);
    t.clusterFill = QColor(0x21262d);
    t.clusterBorder = QColor(0x3f4956);
    t.clusterText = QColor(0xaab5c2);
    t.legendFill = QColor(0x23282f);
    t.selection = QColor(0x58a6ff);
    t.cascade = QColor(0xff6b5e);
    t.setNull = QColor(0x5dade2);
    t.setDefault = QColor(0xc39bd3);
    t.restrict = QColor(0xa4b1bf);
    t.error = QColor(0xff5c6c);
    t.warning = QColor(0xf5b041);
    t.info = QColor(0x5dade2);
    t.soft = t.warning;
    t.primaryKeyTag = QColor(0xf0c05a);
    t.foreignKeyTag = QColor(0x7cc0f0);
    t.uniqueTag = QColor(0xc39bd3);
    setFonts(t);
    return t;
}

std::optional<Theme> Theme::byName(const QString &name)
{
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return light();
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return dark();
    return std::nullopt;
}

graph::DotPalette dotPalette(const Theme &theme)
{
    const auto hex = [](const QColor &c) { return c.name(QColor::HexRgb); };
    graph::DotPalette p;
    p.background = hex(theme.background);
    p.tableFill = hex(theme.tableFill);
    p.headerFill = hex(theme.headerFill);
    p.headerText = hex(theme.headerText);
    p.text = hex(theme.text);
    p.mutedText = hex(theme.mutedText);
    p.border = hex(theme.border);
    p.clusterFill = hex(theme.clusterFill);
    p.clusterBorder = hex(theme.clusterBorder);
    p.cascade = hex(theme.cascade);
    p.setNull = hex(theme.setNull);
    p.setDefault = hex(theme.setDefault);
    p.restrict = hex(theme.restrict);
    p.soft = hex(theme.soft);
    p.error = hex(theme.error);
    p.warning = hex(theme.warning);
    p.info = hex(theme.info);
    p.fontName = theme.font.family();
    return p;
}

} // namespace schemalens::render
