#include "core/diff/describe.h"

#include <QCoreApplication>
#include <QSet>

namespace schemalens::diff::detail {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(diff)
};

QString list(const QStringList &names)
{
    return QLatin1Char('(') + names.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString action(const char *clause, const QString &value)
{
    return value == QLatin1String("no action")
               ? QString()
               : QLatin1Char(' ') + QLatin1String(clause) + QLatin1Char(' ') + value.toUpper();
}

} // namespace

QString nullability(bool nullable)
{
    return nullable ? QStringLiteral("NULL") : QStringLiteral("NOT NULL");
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString normalizedType(const QString &type)
{
    QString t = type.simplified().toLower();
    t.remove(QLatin1Char('"'));
    if (t.startsWith(QLatin1String("public.")))
        t = t.mid(7);
    return t;
}

QString normalizedOpclass(const QString &opclass)
{
    // The default operator classes of the built-in types (pg_opclass.opcdefault), for btree,
    // hash and GIN; written out they change nothing.
    static const QSet<QString> defaults{
        QStringLiteral("int2_ops"),        QStringLiteral("int4_ops"),
        QStringLiteral("int8_ops"),        QStringLiteral("text_ops"),
        QStringLiteral("varchar_ops"),     QStringLiteral("bpchar_ops"),
        QStringLiteral("numeric_ops"),     QStringLiteral("float4_ops"),
        QStringLiteral("float8_ops"),      QStringLiteral("bool_ops"),
        QStringLiteral("date_ops"),        QStringLiteral("timestamp_ops"),
        QStringLiteral("timestamptz_ops"), QStringLiteral("uuid_ops"),
        QStringLiteral("bytea_ops"),       QStringLiteral("interval_ops"),
        QStringLiteral("time_ops"),        QStringLiteral("timetz_ops"),
        QStringLiteral("oid_ops"),         QStringLiteral("char_ops"),
        QStringLiteral("name_ops"),        QStringLiteral("enum_ops"),
        QStringLiteral("money_ops"),       QStringLiteral("array_ops"),
        QStringLiteral("jsonb_ops"),       QStringLiteral("tsvector_ops"),
        QStringLiteral("record_ops"),      QStringLiteral("range_ops"),
    };
    QString name = opclass.trimmed();
    name.remove(QLatin1Char('"'));
    name = name.section(QLatin1Char('.'), -1).toLower();
    return defaults.contains(name) ? QString() : name;
}

QString columnDefinition(const model::Column &c)
{
    QString text = c.type.isEmpty() ? QStringLiteral("(untyped)") : c.type;
    if (!c.nullable)
        text += QLatin1String(" NOT NULL");
    if (c.defaultExpr)
        text += QLatin1String(" DEFAULT ") + *c.defaultExpr;
    if (!c.identity.isEmpty())
        text += QLatin1String(" GENERATED ") + c.identity.toUpper() + QLatin1String(" AS IDENTITY");
    if (!c.generated.isEmpty())
        text += QLatin1String(" GENERATED ALWAYS AS (") + c.generated +
                (c.generatedStored ? QLatin1String(") STORED") : QLatin1String(") VIRTUAL"));
    return text;
}

QString keyDefinition(const model::KeyConstraint &key)
{
    QString text = list(key.columns);
    if (!key.include.isEmpty())
        text += QLatin1String(" INCLUDE ") + list(key.include);
    if (key.nullsNotDistinct)
        text += QLatin1String(" NULLS NOT DISTINCT");
    if (key.deferrable)
        text += key.initiallyDeferred ? QLatin1String(" DEFERRABLE INITIALLY DEFERRED")
                                      : QLatin1String(" DEFERRABLE");
    return text;
}

QString checkDefinition(const model::CheckConstraint &check)
{
    return QLatin1String("CHECK (") + check.expression + QLatin1Char(')');
}

QString foreignKeyReference(const model::ForeignKey &fk)
{
    const QString table =
        fk.refSchema.isEmpty() ? fk.refTable : fk.refSchema + QLatin1Char('.') + fk.refTable;
    return table + QLatin1Char(' ') + list(fk.refColumns);
}

QString foreignKeyDefinition(const model::ForeignKey &fk)
{
    QString text = list(fk.columns) + QLatin1String(" -> ") + foreignKeyReference(fk) +
                   action("ON DELETE", fk.onDelete) + action("ON UPDATE", fk.onUpdate);
    if (fk.deferrable)
        text += fk.initiallyDeferred ? QLatin1String(" DEFERRABLE INITIALLY DEFERRED")
                                     : QLatin1String(" DEFERRABLE");
    return text;
}

QString exclusionDefinition(const model::ExclusionConstraint &exclusion)
{
    QStringList elements;
    for (const model::ExclusionElement &e : exclusion.elements)
        elements.append(
            (e.column.isEmpty() ? QLatin1Char('(') + e.expression + QLatin1Char(')') : e.column) +
            QLatin1String(" WITH ") + e.op);
    QString text =
        QLatin1String("EXCLUDE USING ") + exclusion.method + QLatin1Char(' ') + list(elements);
    if (!exclusion.predicate.isEmpty())
        text += QLatin1String(" WHERE (") + exclusion.predicate + QLatin1Char(')');
    return text;
}

QString indexElements(const model::Index &index)
{
    QStringList elements;
    for (const model::IndexElement &e : index.elements) {
        QString text = e.display();
        if (!e.collation.isEmpty())
            text += QLatin1String(" COLLATE ") + e.collation;
        if (!e.opclass.isEmpty())
            text += QLatin1Char(' ') + e.opclass;
        if (e.descending)
            text += QLatin1String(" DESC");
        if (!e.nulls.isEmpty())
            text += QLatin1String(" NULLS ") + e.nulls.toUpper();
        elements.append(text);
    }
    return list(elements);
}

QString indexDefinition(const model::Index &index)
{
    QString text;
    if (index.unique)
        text += QLatin1String("UNIQUE ");
    if (!index.method.isEmpty() && index.method != QLatin1String("btree"))
        text += QLatin1String("USING ") + index.method + QLatin1Char(' ');
    text += indexElements(index);
    if (!index.include.isEmpty())
        text += QLatin1String(" INCLUDE ") + list(index.include);
    if (!index.predicate.isEmpty())
        text += QLatin1String(" WHERE ") + index.predicate;
    return text;
}

QString policyDefinition(const model::Policy &policy)
{
    QString text = QLatin1String("FOR ") + policy.command.toUpper();
    if (!policy.permissive)
        text += QLatin1String(" AS RESTRICTIVE");
    if (!policy.roles.isEmpty())
        text += QLatin1String(" TO ") + policy.roles.join(QLatin1String(", "));
    if (!policy.usingExpr.isEmpty())
        text += QLatin1String(" USING (") + policy.usingExpr + QLatin1Char(')');
    if (!policy.withCheck.isEmpty())
        text += QLatin1String(" WITH CHECK (") + policy.withCheck + QLatin1Char(')');
    return text;
}

QString triggerDefinition(const model::Trigger &trigger)
{
    if (!trigger.sql.isEmpty())
        return trigger.sql.simplified();
    QStringList events;
    for (const QString &e : trigger.events)
        events.append(e.toUpper());
    QString text = trigger.timing.toUpper() + QLatin1Char(' ') + events.join(QLatin1String(" OR "));
    if (!trigger.updateColumns.isEmpty())
        text += QLatin1String(" OF ") + trigger.updateColumns.join(QLatin1String(", "));
    text +=
        trigger.forEachRow ? QLatin1String(" FOR EACH ROW") : QLatin1String(" FOR EACH STATEMENT");
    if (!trigger.when.isEmpty())
        text += QLatin1String(" WHEN (") + trigger.when + QLatin1Char(')');
    if (!trigger.function.isEmpty())
        text += QLatin1String(" EXECUTE FUNCTION ") + trigger.function;
    return text;
}

QString enumDefinition(const model::EnumType &type)
{
    QStringList values;
    for (const QString &v : type.values)
        values.append(QLatin1Char('\'') + v + QLatin1Char('\''));
    return list(values);
}

QString viewDefinition(const model::View &view)
{
    const qsizetype columns =
        !view.outputColumns.isEmpty() ? view.outputColumns.size() : view.columns.size();
    const QString kind = view.materialized ? Tr::tr("materialized view") : Tr::tr("view");
    if (columns == 0)
        return kind;
    return kind + QLatin1String(", ") +
           (columns == 1 ? Tr::tr("1 column") : Tr::tr("%1 columns").arg(columns));
}

QString tableKind(const model::Table &table)
{
    QString kind;
    switch (table.kind) {
    case model::Table::Kind::Table:
        kind = Tr::tr("table");
        break;
    case model::Table::Kind::PartitionedTable:
        kind = Tr::tr("partitioned table");
        break;
    case model::Table::Kind::ForeignTable:
        kind = Tr::tr("foreign table");
        break;
    case model::Table::Kind::VirtualTable:
        kind = Tr::tr("virtual table");
        break;
    }
    if (table.persistence == model::Table::Persistence::Unlogged)
        kind = Tr::tr("unlogged %1").arg(kind);
    return kind;
}

QString tableDefinition(const model::Table &table)
{
    // English plural forms by hand: without a loaded translation "%n" would stay plural.
    const qsizetype columns = table.columns.size();
    const qsizetype keys = table.foreignKeys.size();
    QString text = columns == 1 ? Tr::tr("1 column") : Tr::tr("%1 columns").arg(columns);
    if (keys > 0)
        text += QLatin1String(", ") +
                (keys == 1 ? Tr::tr("1 foreign key") : Tr::tr("%1 foreign keys").arg(keys));
    if (table.kind != model::Table::Kind::Table ||
        table.persistence != model::Table::Persistence::Permanent)
        text = tableKind(table) + QLatin1String(", ") + text;
    if (table.isPartition())
        text += QLatin1String(", ") + Tr::tr("partition of %1").arg(table.partitionOf);
    return text;
}

} // namespace schemalens::diff::detail
