#include "core/graph/dotexport.h"

#include <QHash>

namespace schemalens::graph {

DeletePolicy deletePolicy(const Edge &edge)
{
    const QString words = edge.onDelete.trimmed().toLower();
    if (words == QLatin1String("cascade"))
        return DeletePolicy::Cascade;
    if (words == QLatin1String("set null"))
        return DeletePolicy::SetNull;
    if (words == QLatin1String("set default"))
        return DeletePolicy::SetDefault;
    return DeletePolicy::Restrict; // "restrict", "no action", or nothing stated
}

QString deletePolicyName(DeletePolicy policy)
{
    switch (policy) {
    case DeletePolicy::Cascade:
        return QStringLiteral("cascade");
    case DeletePolicy::SetNull:
        return QStringLiteral("set null");
    case DeletePolicy::SetDefault:
        return QStringLiteral("set default");
    case DeletePolicy::Restrict:
        return QStringLiteral("restrict");
    }
    return {};
}

QStringList columnTags(const ColumnRow &row)
{
    QStringList tags;
    if (row.primaryKey)
        tags << QStringLiteral("PK");
    if (row.foreignKey)
        tags << QStringLiteral("FK");
    else if (row.softKey)
        tags << QStringLiteral("FK?");
    if (row.unique && !row.primaryKey)
        tags << QStringLiteral("UQ");
    if (row.notNull && !row.primaryKey)
        tags << QStringLiteral("NN");
    return tags;
}

EndMark parentEnd(const Edge &edge)
{
    if (edge.dependency)
        return EndMark::None;
    return edge.optional ? EndMark::ZeroOrOne : EndMark::ExactlyOne;
}

EndMark childEnd(const Edge &edge)
{
    if (edge.dependency)
        return EndMark::None;
    return edge.oneToOne ? EndMark::ZeroOrOne : EndMark::ZeroOrMany;
}

namespace {

// Graphviz arrow names are read from the tip outwards: "teeodot" is a bar at the table
// and a circle behind it, the crow's-foot "zero or one".
QByteArray arrowFor(EndMark mark)
{
    switch (mark) {
    case EndMark::None:
        return "none";
    case EndMark::ExactlyOne:
        return "teetee";
    case EndMark::ZeroOrOne:
        return "teeodot";
    case EndMark::ZeroOrMany:
        return "crowodot";
    }
    return "none";
}

// A double-quoted DOT string.
QByteArray quoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    out.replace('\n', "\\n");
    return '"' + out + '"';
}

// Text inside an HTML-like label.
QByteArray html(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray attr(const char *name, const QString &value)
{
    return QByteArray(name) + "=" + quoted(value);
}

QString severityColour(const DotPalette &p, review::Severity severity)
{
    switch (severity) {
    case review::Severity::Error:
        return p.error;
    case review::Severity::Warning:
        return p.warning;
    case review::Severity::Info:
        return p.info;
    }
    return p.info;
}

// A light tint of a severity colour for row backgrounds: "#rrggbb" + alpha "33". Graphviz
// accepts #rrggbbaa.
QString tint(const QString &colour)
{
    return colour + QStringLiteral("30");
}

QString policyColour(const DotPalette &p, DeletePolicy policy)
{
    switch (policy) {
    case DeletePolicy::Cascade:
        return p.cascade;
    case DeletePolicy::SetNull:
        return p.setNull;
    case DeletePolicy::SetDefault:
        return p.setDefault;
    case DeletePolicy::Restrict:
        return p.restrict;
    }
    return p.restrict;
}

// Graphviz rejects an empty <FONT></FONT>, so empty text gives an empty cell.
QByteArray font(const QString &colour, const QByteArray &text, const char *pointSize = nullptr)
{
    if (text.isEmpty())
        return {};
    QByteArray open = "<FONT " + attr("COLOR", colour);
    if (pointSize)
        open += " POINT-SIZE=\"" + QByteArray(pointSize) + '"';
    return open + ">" + text + "</FONT>";
}

QByteArray badge(const Marks &marks, const DotPalette &p)
{
    QByteArray out;
    const auto part = [&](int count, const QString &colour) {
        if (count > 0)
            out += " <FONT COLOR=" + quoted(colour) + "><B>\u25CF" + QByteArray::number(count) +
                   "</B></FONT>";
    };
    part(marks.errors, p.error);
    part(marks.warnings, p.warning);
    part(marks.infos, p.info);
    return out;
}

QByteArray tableLabel(const TableNode &node, const DotOptions &options)
{
    const DotPalette &p = options.palette;
    QByteArray out = "<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" "
                     "STYLE=\"ROUNDED\" " +
                     attr("COLOR", p.border) + ' ' + attr("BGCOLOR", p.tableFill) + ">\n";
    QByteArray header = "<B>" + html(node.name) + "</B>";
    if (!node.schema.isEmpty())
        header =
            "<FONT COLOR=" + quoted(p.mutedText) + ">" + html(node.schema) + ".</FONT>" + header;
    if (node.view)
        header += " <FONT COLOR=" + quoted(p.mutedText) + "><I>view</I></FONT>";
    if (options.findings)
        header += badge(node.marks, p);
    out += "  <TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\" CELLPADDING=\"5\" " +
           attr("BGCOLOR", p.headerFill) + "><FONT " + attr("COLOR", p.headerText) + ">" + header +
           "</FONT></TD></TR>\n";
    for (int i = 0; i < node.rows.size(); ++i) {
        const ColumnRow &row = node.rows.at(i);
        QByteArray bg;
        if (options.findings && row.marks.worst())
            bg = ' ' + attr("BGCOLOR", tint(severityColour(p, *row.marks.worst())));
        const QByteArray index = QByteArray::number(i);
        QByteArray name = html(row.name);
        if (row.primaryKey)
            name = "<B>" + name + "</B>";
        const QString tagColour = row.softKey && !row.foreignKey ? p.soft : p.mutedText;
        out += "  <TR><TD PORT=\"r" + index + "\" ALIGN=\"LEFT\"" + bg + ">" +
               font(tagColour, html(columnTags(row).join(QLatin1Char(' '))), "8") +
               "</TD><TD ALIGN=\"LEFT\"" + bg + ">" + font(p.text, name) + "</TD><TD PORT=\"r" +
               index + "e\" ALIGN=\"RIGHT\"" + bg + ">" + font(p.mutedText, html(row.type)) +
               "</TD></TR>\n";
    }
    if (node.rows.isEmpty())
        out += "  <TR><TD COLSPAN=\"3\"> </TD></TR>\n";
    out += "</TABLE>>";
    return out;
}

int rowOf(const TableNode &node, const QStringList &columns)
{
    if (columns.isEmpty())
        return -1;
    for (int i = 0; i < node.rows.size(); ++i)
        if (node.rows.at(i).name == columns.first())
            return i;
    return -1;
}

QByteArray nodeStatement(const TableNode &node, const DotOptions &options, const QByteArray &indent)
{
    QStringList classes{node.view ? QStringLiteral("view") : QStringLiteral("table")};
    if (node.external)
        classes << QStringLiteral("external");
    if (options.findings && node.marks.worst())
        classes << QStringLiteral("finding-") + review::severityName(*node.marks.worst());
    QByteArray out = indent + quoted(node.id) + " [" + attr("id", node.id) + ", " +
                     attr("class", classes.join(QLatin1Char(' '))) + ", ";
    if (options.findings && node.marks.any())
        out += attr("tooltip", node.marks.messages.join(QLatin1Char('\n'))) + ", ";
    out += "label=" + tableLabel(node, options) + "];\n";
    return out;
}

} // namespace

QByteArray toDot(const ErGraph &graph, const DotOptions &options)
{
    const DotPalette &p = options.palette;
    QByteArray out = "// Generated by Schemalens. Tables are HTML-like labels with one row per "
                     "column;\n// ports rN (west) and rNe (east) are column N.\n";
    out += "digraph schema {\n";
    out += "  graph [" + QByteArray(options.leftToRight ? "rankdir=LR, " : "") +
           "nodesep=0.4, ranksep=1.0, pad=0.3, splines=true, " + attr("bgcolor", p.background) +
           ", " + attr("fontname", p.fontName) + ", fontsize=12, " + attr("fontcolor", p.text);
    if (!options.title.isEmpty())
        out += ", labelloc=t, labeljust=l, " + attr("label", options.title);
    out += "];\n";
    out += "  node [shape=plain, " + attr("fontname", p.fontName) + ", fontsize=10];\n";
    out += "  edge [dir=both, arrowsize=0.8, penwidth=1.2, " + attr("fontname", p.fontName) +
           ", fontsize=9];\n";

    // Clusters in order of first appearance, so equal graphs give equal text.
    QStringList clusterOrder;
    QHash<QString, QList<int>> members;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const QString cluster = options.clusters ? graph.nodes.at(i).cluster : QString();
        if (!members.contains(cluster))
            clusterOrder << cluster;
        members[cluster].append(i);
    }
    for (int c = 0; c < clusterOrder.size(); ++c) {
        const QString &cluster = clusterOrder.at(c);
        QByteArray indent = "  ";
        if (!cluster.isEmpty()) {
            out += "  subgraph " + quoted(QStringLiteral("cluster_") + cluster) + " {\n";
            out += "    " + attr("label", cluster) + "; style=\"rounded,filled\"; " +
                   attr("fillcolor", p.clusterFill) + "; " + attr("color", p.clusterBorder) + "; " +
                   attr("fontcolor", p.mutedText) + "; labeljust=l;\n";
            indent = "    ";
        }
        for (int i : members.value(cluster))
            out += nodeStatement(graph.nodes.at(i), options, indent);
        if (!cluster.isEmpty())
            out += "  }\n";
    }

    for (const Edge &edge : graph.edges) {
        if (edge.from < 0 || edge.to < 0 || edge.from >= graph.nodes.size() ||
            edge.to >= graph.nodes.size())
            continue;
        const TableNode &from = graph.nodes.at(edge.from);
        const TableNode &to = graph.nodes.at(edge.to);
        const int fromRow = rowOf(from, edge.fromColumns);
        const int toRow = rowOf(to, edge.toColumns);
        const DeletePolicy policy = deletePolicy(edge);
        QByteArray tail = quoted(from.id);
        if (fromRow >= 0)
            tail += ":\"r" + QByteArray::number(fromRow) + "e\":e";
        QByteArray head = quoted(to.id);
        if (toRow >= 0)
            head += ":\"r" + QByteArray::number(toRow) + "\":w";
        if (edge.dependency) {
            // A view reads a table: dotted, grey, no cardinality.
            out += "  " + tail + " -> " + head + " [" + attr("id", edge.id) + ", " +
                   attr("class", QStringLiteral("reads")) + ", " + attr("color", p.mutedText) +
                   ", style=dotted, arrowtail=none, arrowhead=vee, " +
                   attr("tooltip", QStringLiteral("%1 reads %2").arg(from.id, to.id)) + "];\n";
            continue;
        }
        QStringList classes{edge.soft ? QStringLiteral("soft") : QStringLiteral("fk"),
                            deletePolicyName(policy).replace(QLatin1Char(' '), QLatin1Char('-'))};
        const std::optional<review::Severity> worst =
            options.findings ? edge.marks.worst() : std::nullopt;
        if (worst)
            classes << QStringLiteral("finding-") + review::severityName(*worst);
        QString tooltip =
            edge.soft ? QStringLiteral("soft reference %1 (no constraint)")
                            .arg(edge.fromColumns.join(QStringLiteral(", ")))
                      : QStringLiteral("%1 ON DELETE %2").arg(edge.name, edge.onDelete.toUpper());
        if (worst)
            tooltip += QLatin1Char('\n') + edge.marks.messages.join(QLatin1Char('\n'));
        out += "  " + tail + " -> " + head + " [" + attr("id", edge.id) + ", " +
               attr("class", classes.join(QLatin1Char(' '))) + ", " +
               attr("color", edge.soft ? p.soft : policyColour(p, policy)) +
               ", arrowtail=" + arrowFor(childEnd(edge)) +
               ", arrowhead=" + arrowFor(parentEnd(edge));
        if (edge.soft)
            out += ", style=dashed";
        if (worst)
            out += ", penwidth=2.6";
        out += ", " + attr("tooltip", tooltip) + "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace schemalens::graph
