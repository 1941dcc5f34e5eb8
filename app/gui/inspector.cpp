#include "app/gui/inspector.h"

#include "app/gui/severitystyle.h"

#include <QCoreApplication>
#include <QUrl>

namespace schemalens::gui {

namespace {

// Translated in the "gui" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gui)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cols(const QStringList &columns)
{
    return esc(columns.join(QLatin1String(", ")));
}

// A link that takes the window to that table ("table:schema.name"); Back returns.
QString tableLink(const QString &schema, const QString &name)
{
    const QString id = schema + QLatin1Char('.') + name;
    return QStringLiteral("<a href='table:%1'>%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id, ".")), esc(id));
}

} // namespace

QString tableInspectorHtml(const model::Schema &schema, const model::Table &table,
                           const review::Findings &findings, const review::Notes *notes)
{
    QString html = QStringLiteral("<h3>%1<span style='color:gray'>.</span>%2</h3>")
                       .arg(esc(table.schema), esc(table.name));
    const auto noteOf = [&](const QString &column) {
        return notes ? notes->value(review::noteKey(table.schema, table.name, column)) : QString();
    };
    if (const QString note = noteOf(QString()); !note.isEmpty())
        html += QStringLiteral("<p style='background-color:#fff4c2; color:#3d2e00'>&#9998; %1</p>")
                    .arg(esc(note).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    if (!table.comment.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(table.comment));
    if (table.rowCount)
        html += QStringLiteral("<p>%1</p>").arg(Tr::tr("%1 rows").arg(*table.rowCount));

    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th><th></th></tr>")
                .arg(esc(Tr::tr("Column")), esc(Tr::tr("Type")));
    QSet<QString> pk;
    if (table.primaryKey)
        pk = QSet<QString>(table.primaryKey->columns.begin(), table.primaryKey->columns.end());
    QSet<QString> fk;
    for (const model::ForeignKey &key : table.foreignKeys)
        fk.unite(QSet<QString>(key.columns.begin(), key.columns.end()));
    for (const model::Column &column : table.columns) {
        QStringList tags;
        if (pk.contains(column.name))
            tags.append(QStringLiteral("PK"));
        if (fk.contains(column.name))
            tags.append(QStringLiteral("FK"));
        if (!column.nullable)
            tags.append(QStringLiteral("NOT NULL"));
        if (column.defaultExpr)
            tags.append(Tr::tr("default %1").arg(*column.defaultExpr));
        if (!column.identity.isEmpty())
            tags.append(Tr::tr("identity"));
        html += QStringLiteral("<tr><td><b>%1</b></td><td><code>%2</code></td>"
                               "<td style='color:gray'>%3</td></tr>")
                    .arg(esc(column.name), esc(column.type), esc(tags.join(QStringLiteral(" · "))));
        if (const QString note = noteOf(column.name); !note.isEmpty())
            html += QStringLiteral("<tr><td></td><td colspan='2' style='background-color:#fff4c2; "
                                   "color:#3d2e00'>&#9998; %1</td></tr>")
                        .arg(esc(note));
    }
    html += QStringLiteral("</table>");

    QStringList keys;
    if (table.primaryKey)
        keys.append(Tr::tr("Primary key %1 (%2)")
                        .arg(esc(table.primaryKey->name), cols(table.primaryKey->columns)));
    for (const model::KeyConstraint &unique : table.uniques)
        keys.append(Tr::tr("Unique %1 (%2)").arg(esc(unique.name), cols(unique.columns)));
    for (const model::CheckConstraint &check : table.checks)
        keys.append(
            Tr::tr("Check %1: <code>%2</code>").arg(esc(check.name), esc(check.expression)));
    if (!keys.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul><li>%2</li></ul>")
                    .arg(esc(Tr::tr("Keys and checks")), keys.join(QLatin1String("</li><li>")));

    QStringList indexes;
    for (const model::Index &index : table.indexes) {
        if (!index.constraint.isEmpty())
            continue;
        QStringList elements;
        for (const model::IndexElement &e : index.elements)
            elements.append(e.display());
        indexes.append(QStringLiteral("%1%2 %3 (%4)%5")
                           .arg(index.unique ? Tr::tr("unique ") : QString(), esc(index.name),
                                esc(index.method), cols(elements),
                                index.predicate.isEmpty()
                                    ? QString()
                                    : QLatin1String(" WHERE <code>") + esc(index.predicate) +
                                          QLatin1String("</code>")));
    }
    if (!indexes.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul><li>%2</li></ul>")
                    .arg(esc(Tr::tr("Indexes")), indexes.join(QLatin1String("</li><li>")));

    QStringList outgoing;
    for (const model::ForeignKey &key : table.foreignKeys)
        outgoing.append(QStringLiteral("(%1) → %2 (%3) · ON DELETE %4")
                            .arg(cols(key.columns), tableLink(key.refSchema, key.refTable),
                                 cols(key.refColumns), esc(key.onDelete.toUpper())));
    if (!outgoing.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul><li>%2</li></ul>")
                    .arg(esc(Tr::tr("References")), outgoing.join(QLatin1String("</li><li>")));

    QStringList incoming;
    for (const model::Table &other : schema.tables) {
        for (const model::ForeignKey &key : other.foreignKeys) {
            if (key.refSchema == table.schema && key.refTable == table.name)
                incoming.append(QStringLiteral("%1 (%2) · ON DELETE %3")
                                    .arg(tableLink(other.schema, other.name), cols(key.columns),
                                         esc(key.onDelete.toUpper())));
        }
    }
    if (!incoming.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul><li>%2</li></ul>")
                    .arg(esc(Tr::tr("Referenced by")), incoming.join(QLatin1String("</li><li>")));

    QStringList own;
    for (const review::Finding &f : findings) {
        const QString key = table.schema + QLatin1Char('.') + table.name;
        if ((f.object.table == table.name && f.object.schema == table.schema) ||
            f.object.tables.contains(key))
            own.append(QStringLiteral("<span style='color:%1'>%2</span> %3")
                           .arg(severityColor(f.severity).name(), esc(severityLabel(f.severity)),
                                esc(f.message)));
    }
    if (!own.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul><li>%2</li></ul>")
                    .arg(esc(Tr::tr("Findings")), own.join(QLatin1String("</li><li>")));
    return html;
}

} // namespace schemalens::gui
