#include "core/diff/diffreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace schemalens::diff {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(diff)
};

QString symbol(ChangeKind change)
{
    switch (change) {
    case ChangeKind::Added:
        return QStringLiteral("+");
    case ChangeKind::Dropped:
        return QStringLiteral("-");
    case ChangeKind::Changed:
        return QStringLiteral("~");
    case ChangeKind::Renamed:
        return QStringLiteral(">");
    }
    return {};
}

QString kindLabel(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema:
        return Tr::tr("schema");
    case ObjectKind::Table:
        return Tr::tr("table");
    case ObjectKind::Column:
        return Tr::tr("column");
    case ObjectKind::PrimaryKey:
        return Tr::tr("primary key");
    case ObjectKind::Unique:
        return Tr::tr("unique constraint");
    case ObjectKind::Check:
        return Tr::tr("check constraint");
    case ObjectKind::ForeignKey:
        return Tr::tr("foreign key");
    case ObjectKind::Exclusion:
        return Tr::tr("exclusion constraint");
    case ObjectKind::Index:
        return Tr::tr("index");
    case ObjectKind::RowSecurity:
        return Tr::tr("row-level security");
    case ObjectKind::Policy:
        return Tr::tr("policy");
    case ObjectKind::Trigger:
        return Tr::tr("trigger");
    case ObjectKind::Enum:
        return Tr::tr("enum");
    case ObjectKind::EnumValue:
        return Tr::tr("enum value");
    case ObjectKind::View:
        return Tr::tr("view");
    }
    return {};
}

QString propertyLabel(const QString &property)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("diff", "type")},
        {QStringLiteral("nullable"), QT_TRANSLATE_NOOP("diff", "nullability")},
        {QStringLiteral("default"), QT_TRANSLATE_NOOP("diff", "default")},
        {QStringLiteral("identity"), QT_TRANSLATE_NOOP("diff", "identity")},
        {QStringLiteral("generated"), QT_TRANSLATE_NOOP("diff", "generated as")},
        {QStringLiteral("columns"), QT_TRANSLATE_NOOP("diff", "columns")},
        {QStringLiteral("include"), QT_TRANSLATE_NOOP("diff", "included columns")},
        {QStringLiteral("references"), QT_TRANSLATE_NOOP("diff", "references")},
        {QStringLiteral("onDelete"), QT_TRANSLATE_NOOP("diff", "ON DELETE")},
        {QStringLiteral("onUpdate"), QT_TRANSLATE_NOOP("diff", "ON UPDATE")},
        {QStringLiteral("deferrable"), QT_TRANSLATE_NOOP("diff", "deferrable")},
        {QStringLiteral("match"), QT_TRANSLATE_NOOP("diff", "match")},
        {QStringLiteral("expression"), QT_TRANSLATE_NOOP("diff", "expression")},
        {QStringLiteral("noInherit"), QT_TRANSLATE_NOOP("diff", "no inherit")},
        {QStringLiteral("unique"), QT_TRANSLATE_NOOP("diff", "unique")},
        {QStringLiteral("method"), QT_TRANSLATE_NOOP("diff", "method")},
        {QStringLiteral("predicate"), QT_TRANSLATE_NOOP("diff", "predicate")},
        {QStringLiteral("nullsNotDistinct"), QT_TRANSLATE_NOOP("diff", "nulls not distinct")},
        {QStringLiteral("forced"), QT_TRANSLATE_NOOP("diff", "forced")},
        {QStringLiteral("command"), QT_TRANSLATE_NOOP("diff", "command")},
        {QStringLiteral("permissive"), QT_TRANSLATE_NOOP("diff", "permissive")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("diff", "roles")},
        {QStringLiteral("using"), QT_TRANSLATE_NOOP("diff", "USING")},
        {QStringLiteral("withCheck"), QT_TRANSLATE_NOOP("diff", "WITH CHECK")},
        {QStringLiteral("timing"), QT_TRANSLATE_NOOP("diff", "timing")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("diff", "events")},
        {QStringLiteral("forEachRow"), QT_TRANSLATE_NOOP("diff", "for each row")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("diff", "function")},
        {QStringLiteral("when"), QT_TRANSLATE_NOOP("diff", "WHEN")},
        {QStringLiteral("definition"), QT_TRANSLATE_NOOP("diff", "definition")},
        {QStringLiteral("materialized"), QT_TRANSLATE_NOOP("diff", "materialized")},
        {QStringLiteral("order"), QT_TRANSLATE_NOOP("diff", "order of values")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("diff", "kind")},
        {QStringLiteral("partitionKey"), QT_TRANSLATE_NOOP("diff", "partition key")},
        {QStringLiteral("partitionOf"), QT_TRANSLATE_NOOP("diff", "partition of")},
        {QStringLiteral("withoutRowid"), QT_TRANSLATE_NOOP("diff", "WITHOUT ROWID")},
        {QStringLiteral("strict"), QT_TRANSLATE_NOOP("diff", "STRICT")},
    };
    const char *label = labels.value(property);
    return label ? QCoreApplication::translate("diff", label) : property;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? Tr::tr("(none)") : value;
}

QString propertiesText(const Entry &e)
{
    QStringList parts;
    for (const PropertyChange &p : e.properties)
        parts.append(QStringLiteral("%1 %2 -> %3")
                         .arg(propertyLabel(p.property), shown(p.oldValue), shown(p.newValue)));
    return parts.join(QLatin1String("; "));
}

// The relation an entry belongs to, for grouping: kind word and qualified name.
QString relationKey(const Entry &e)
{
    return e.kind == ObjectKind::Schema ? QString() : e.schema + QChar(0x1f) + e.table;
}

bool isRelationEntry(const Entry &e)
{
    return e.name.isEmpty() && (e.kind == ObjectKind::Table || e.kind == ObjectKind::View ||
                                e.kind == ObjectKind::Enum);
}

QString qualifiedName(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

// An entry's line without the relation (it heads the group): "column total: type ...".
QString memberText(const Entry &e)
{
    QString text = kindLabel(e.kind);
    if (!e.name.isEmpty())
        text += QLatin1Char(' ') + (e.kind == ObjectKind::EnumValue
                                        ? QLatin1Char('\'') + e.name + QLatin1Char('\'')
                                        : e.name);
    if (e.change == ChangeKind::Renamed)
        text = kindLabel(e.kind) + QLatin1Char(' ') + e.oldName + QLatin1String(" -> ") + e.name;
    if (!e.definition.isEmpty())
        text += QLatin1String(": ") + e.definition;
    if (!e.properties.isEmpty())
        text += QLatin1String(": ") + propertiesText(e);
    return text;
}

QString relationText(const Entry &e)
{
    QString text = kindLabel(e.kind) + QLatin1Char(' ');
    if (e.change == ChangeKind::Renamed)
        text += qualifiedName(e.oldSchema, e.oldTable) + QLatin1String(" -> ");
    text += qualifiedName(e.schema, e.table);
    if (!e.definition.isEmpty())
        text += QLatin1String(": ") + e.definition;
    if (!e.properties.isEmpty())
        text += QLatin1String(": ") + propertiesText(e);
    return text;
}

// A place in a file; a live database's objects come from its catalogs, not from a line.
bool hasLocation(const Entry &e)
{
    return e.origin.isValid() && e.origin.line > 0;
}

QString location(const Entry &e)
{
    return hasLocation(e) ? QLatin1String("  [") + e.origin.toString() + QLatin1Char(']')
                          : QString();
}

QJsonObject countsJson(const int *counts)
{
    QJsonObject o;
    for (int k = 0; k <= int(ObjectKind::View); ++k)
        if (counts[k] > 0)
            o.insert(objectKindName(ObjectKind(k)), counts[k]);
    return o;
}

QString markdownCell(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString code(const QString &text)
{
    return text.isEmpty() ? Tr::tr("(none)") : QLatin1Char('`') + text + QLatin1Char('`');
}

} // namespace

QString describeEntry(const Entry &e)
{
    if (e.kind == ObjectKind::Schema)
        return kindLabel(e.kind) + QLatin1Char(' ') + e.schema;
    if (isRelationEntry(e))
        return relationText(e);
    const QString relation = qualifiedName(e.schema, e.table);
    return memberText(e) + QLatin1String(" (") + relation + QLatin1Char(')');
}

QString diffToText(const SchemaDiff &diff, const DiffLabels &labels)
{
    QString out = Tr::tr("Schema diff: %1 -> %2\n").arg(labels.oldLabel, labels.newLabel);
    if (diff.isEmpty())
        return out + Tr::tr("No differences.\n");
    out += QLatin1Char('\n');
    QString group;
    for (const Entry &e : diff.entries) {
        if (e.kind == ObjectKind::Schema) {
            out += symbol(e.change) + QLatin1Char(' ') + kindLabel(e.kind) + QLatin1Char(' ') +
                   e.schema + location(e) + QLatin1Char('\n');
            group.clear();
            continue;
        }
        const QString key = relationKey(e);
        if (isRelationEntry(e)) {
            out += symbol(e.change) + QLatin1Char(' ') + relationText(e) + location(e) +
                   QLatin1Char('\n');
            group = key;
            continue;
        }
        if (key != group) {
            // Only members changed: the relation heads its group as "changed".
            const QString kind = e.kind == ObjectKind::EnumValue ? kindLabel(ObjectKind::Enum)
                                                                 : kindLabel(ObjectKind::Table);
            out += QLatin1String("~ ") + kind + QLatin1Char(' ') +
                   qualifiedName(e.schema, e.table) + QLatin1Char('\n');
            group = key;
        }
        out += QLatin1String("    ") + symbol(e.change) + QLatin1Char(' ') + memberText(e) +
               location(e) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + (diff.entries.size() == 1
                                    ? Tr::tr("1 difference: %1\n")
                                    : Tr::tr("%1 differences: %2\n").arg(diff.entries.size()))
                                   .arg(summaryLine(diff));
    return out;
}

QByteArray diffToJson(const SchemaDiff &diff, const DiffLabels &labels)
{
    QJsonArray changes;
    for (const Entry &e : diff.entries) {
        QJsonObject o{{QLatin1String("change"), changeKindName(e.change)},
                      {QLatin1String("kind"), objectKindName(e.kind)},
                      {QLatin1String("schema"), e.schema}};
        if (!e.table.isEmpty())
            o.insert(QLatin1String("table"), e.table);
        if (!e.name.isEmpty())
            o.insert(QLatin1String("name"), e.name);
        if (e.change == ChangeKind::Renamed) {
            if (!e.oldSchema.isEmpty())
                o.insert(QLatin1String("oldSchema"), e.oldSchema);
            if (!e.oldTable.isEmpty())
                o.insert(QLatin1String("oldTable"), e.oldTable);
            if (!e.oldName.isEmpty())
                o.insert(QLatin1String("oldName"), e.oldName);
            o.insert(QLatin1String("fromHistory"), e.renameFromHistory);
        }
        if (!e.definition.isEmpty())
            o.insert(QLatin1String("definition"), e.definition);
        if (!e.properties.isEmpty()) {
            QJsonArray properties;
            for (const PropertyChange &p : e.properties)
                properties.append(QJsonObject{{QLatin1String("property"), p.property},
                                              {QLatin1String("old"), p.oldValue},
                                              {QLatin1String("new"), p.newValue}});
            o.insert(QLatin1String("properties"), properties);
        }
        if (hasLocation(e)) {
            QJsonObject where{{QLatin1String("file"), e.origin.file}};
            if (e.origin.line > 0)
                where.insert(QLatin1String("line"), e.origin.line);
            if (e.origin.column > 0)
                where.insert(QLatin1String("column"), e.origin.column);
            o.insert(QLatin1String("location"), where);
        }
        changes.append(o);
    }
    const DiffCounts counts = countEntries(diff);
    const QJsonObject root{{QLatin1String("old"), labels.oldLabel},
                           {QLatin1String("new"), labels.newLabel},
                           {QLatin1String("equal"), diff.isEmpty()},
                           {QLatin1String("summary"),
                            QJsonObject{{QLatin1String("added"), countsJson(counts.added)},
                                        {QLatin1String("dropped"), countsJson(counts.dropped)},
                                        {QLatin1String("changed"), countsJson(counts.changed)}}},
                           {QLatin1String("changes"), changes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString diffToMarkdown(const SchemaDiff &diff, const DiffLabels &labels)
{
    QString out =
        Tr::tr("# Schema diff\n\n%1 → %2\n\n").arg(code(labels.oldLabel), code(labels.newLabel));
    if (diff.isEmpty())
        return out + Tr::tr("No differences.\n");
    out += QStringLiteral("**%1**\n\n").arg(summaryLine(diff));
    out += QLatin1String("| | ") + Tr::tr("Object") + QLatin1String(" | ") + Tr::tr("Change") +
           QLatin1String(" | ") + Tr::tr("Where") + QLatin1String(" |\n|---|---|---|---|\n");
    for (const Entry &e : diff.entries) {
        const QString object = kindLabel(e.kind) + QLatin1Char(' ') +
                               code(e.kind == ObjectKind::Schema ? e.schema
                                    : e.name.isEmpty()           ? qualifiedName(e.schema, e.table)
                                                                 : e.objectName());
        QString change;
        switch (e.change) {
        case ChangeKind::Added:
            change = Tr::tr("added");
            break;
        case ChangeKind::Dropped:
            change = Tr::tr("dropped");
            break;
        case ChangeKind::Changed:
            change = Tr::tr("changed");
            break;
        case ChangeKind::Renamed:
            change = Tr::tr("renamed from %1")
                         .arg(code(e.name.isEmpty() ? qualifiedName(e.oldSchema, e.oldTable)
                                                    : e.oldName));
            break;
        }
        if (!e.definition.isEmpty())
            change += QLatin1String(": ") + code(e.definition);
        QStringList properties;
        for (const PropertyChange &p : e.properties)
            properties.append(
                QStringLiteral("%1 %2 → %3")
                    .arg(propertyLabel(p.property), code(p.oldValue), code(p.newValue)));
        if (!properties.isEmpty())
            change += QLatin1String(": ") + properties.join(QLatin1String("; "));
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(symbol(e.change) == QLatin1String("-") ? QStringLiteral("−")
                                                               : symbol(e.change),
                        markdownCell(object), markdownCell(change),
                        hasLocation(e) ? code(e.origin.toString()) : QString());
    }
    return out;
}

} // namespace schemalens::diff
