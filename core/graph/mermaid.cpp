#include "core/graph/mermaid.h"

#include "core/graph/dotexport.h"

#include <QHash>
#include <QSet>

namespace schemalens::graph {

namespace {

bool isWordChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
           c == QLatin1Char('-');
}

// Runs of rejected characters collapse into one '_' ("timestamp with time zone" →
// "timestamp_with_time_zone"), trailing ones are dropped.
QString sanitize(const QString &text, const QString &extra)
{
    QString out;
    out.reserve(text.size());
    bool pendingUnderscore = false;
    for (QChar c : text) {
        if (isWordChar(c) || extra.contains(c)) {
            if (pendingUnderscore && !out.isEmpty())
                out += QLatin1Char('_');
            pendingUnderscore = false;
            out += c;
        } else {
            pendingUnderscore = true;
        }
    }
    if (out.isEmpty())
        return QStringLiteral("_");
    if (!out.at(0).isLetter() && out.at(0) != QLatin1Char('_'))
        out.prepend(QLatin1Char('_'));
    return out;
}

// Comments are double-quoted strings without escapes.
QString commentText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('"'), QLatin1Char('\''));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

const char *parentMark(EndMark mark)
{
    return mark == EndMark::ExactlyOne ? "||" : "|o";
}

const char *childMark(EndMark mark)
{
    return mark == EndMark::ZeroOrOne ? "o|" : "o{";
}

// One entity name per node: the table name where it is unique in the graph, else
// schema_name; a numeric suffix where sanitizing still makes two names equal.
QStringList entityNames(const ErGraph &graph)
{
    QHash<QString, int> nameCount;
    for (const TableNode &node : graph.nodes)
        ++nameCount[node.name];
    QStringList names;
    QSet<QString> taken;
    for (const TableNode &node : graph.nodes) {
        const QString raw = nameCount.value(node.name) > 1 && !node.schema.isEmpty()
                                ? node.schema + QLatin1Char('_') + node.name
                                : node.name;
        QString name = mermaidName(raw);
        const QString base = name;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = base + QLatin1Char('_') + QString::number(n);
        taken.insert(name.toLower());
        names << name;
    }
    return names;
}

} // namespace

QString mermaidName(const QString &text)
{
    return sanitize(text, QString());
}

QString mermaidType(const QString &text)
{
    return sanitize(text, QStringLiteral("()[]"));
}

QByteArray toMermaid(const ErGraph &graph, const MermaidOptions &options)
{
    const QStringList names = entityNames(graph);
    QString out = QStringLiteral("erDiagram\n");
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const TableNode &node = graph.nodes.at(i);
        if (!options.columns || node.rows.isEmpty()) {
            out += QStringLiteral("    %1\n").arg(names.at(i));
            continue;
        }
        out += QStringLiteral("    %1 {\n").arg(names.at(i));
        QSet<QString> attributeNames;
        for (const ColumnRow &row : node.rows) {
            QString name = mermaidName(row.name);
            const QString base = name;
            for (int n = 2; attributeNames.contains(name); ++n)
                name = base + QLatin1Char('_') + QString::number(n);
            attributeNames.insert(name);
            const QString type = mermaidType(row.type.isEmpty() ? QStringLiteral("any") : row.type);
            QStringList keys;
            if (row.primaryKey)
                keys << QStringLiteral("PK");
            if (row.foreignKey || row.softKey)
                keys << QStringLiteral("FK");
            if (row.unique && !row.primaryKey)
                keys << QStringLiteral("UK");
            QStringList notes;
            if (options.comments) {
                if (row.softKey && !row.foreignKey)
                    notes << QStringLiteral("soft FK");
                if (name != row.name)
                    notes << row.name;
                if (!row.type.isEmpty() && type != row.type &&
                    QString(row.type).replace(QLatin1Char(' '), QLatin1Char('_')) != type)
                    notes << row.type;
            }
            out += QStringLiteral("        %1 %2").arg(type, name);
            if (!keys.isEmpty())
                out += QLatin1Char(' ') + keys.join(QStringLiteral(", "));
            if (!notes.isEmpty())
                out += QStringLiteral(" \"%1\"").arg(commentText(notes.join(QStringLiteral("; "))));
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("    }\n");
    }
    for (const Edge &edge : graph.edges) {
        if (edge.from < 0 || edge.to < 0 || edge.from >= names.size() || edge.to >= names.size())
            continue;
        if (edge.dependency) // Mermaid's relationships all have a cardinality; a view's has none
            continue;
        QString label = edge.fromColumns.join(QStringLiteral(", "));
        if (label.isEmpty())
            label = edge.name;
        if (edge.soft)
            label += QStringLiteral(" (soft)");
        else if (deletePolicy(edge) != DeletePolicy::Restrict)
            label += QStringLiteral(" (on delete %1)").arg(edge.onDelete.toLower());
        out += QStringLiteral("    %1 %2%3%4 %5 : \"%6\"\n")
                   .arg(names.at(edge.to), QLatin1String(parentMark(parentEnd(edge))),
                        edge.soft ? QStringLiteral("..") : QStringLiteral("--"),
                        QLatin1String(childMark(childEnd(edge))), names.at(edge.from),
                        commentText(label));
    }
    return out.toUtf8();
}

} // namespace schemalens::graph
