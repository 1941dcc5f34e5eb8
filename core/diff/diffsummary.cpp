#include "core/diff/schemadiff.h"

#include <QCoreApplication>

namespace schemalens::diff {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(diff)
};

} // namespace

QString objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema:
        return QStringLiteral("schema");
    case ObjectKind::Table:
        return QStringLiteral("table");
    case ObjectKind::Column:
        return QStringLiteral("column");
    case ObjectKind::PrimaryKey:
        return QStringLiteral("primary-key");
    case ObjectKind::Unique:
        return QStringLiteral("unique");
    case ObjectKind::Check:
        return QStringLiteral("check");
    case ObjectKind::ForeignKey:
        return QStringLiteral("foreign-key");
    case ObjectKind::Exclusion:
        return QStringLiteral("exclusion");
    case ObjectKind::Index:
        return QStringLiteral("index");
    case ObjectKind::RowSecurity:
        return QStringLiteral("row-security");
    case ObjectKind::Policy:
        return QStringLiteral("policy");
    case ObjectKind::Trigger:
        return QStringLiteral("trigger");
    case ObjectKind::Enum:
        return QStringLiteral("enum");
    case ObjectKind::EnumValue:
        return QStringLiteral("enum-value");
    case ObjectKind::View:
        return QStringLiteral("view");
    }
    return {};
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Dropped:
        return QStringLiteral("dropped");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    case ChangeKind::Renamed:
        return QStringLiteral("renamed");
    }
    return {};
}

QString Entry::objectName() const
{
    if (kind == ObjectKind::Schema)
        return schema;
    QString relation = schema.isEmpty() ? table : schema + QLatin1Char('.') + table;
    if (name.isEmpty())
        return relation;
    if (kind == ObjectKind::EnumValue)
        return relation + QLatin1String(" '") + name + QLatin1Char('\'');
    if (kind == ObjectKind::Column)
        return relation + QLatin1Char('.') + name;
    return relation + QLatin1Char(' ') + name;
}

DiffCounts countEntries(const SchemaDiff &diff)
{
    DiffCounts counts;
    for (const Entry &e : diff.entries) {
        const int k = int(e.kind);
        switch (e.change) {
        case ChangeKind::Added:
            ++counts.added[k];
            break;
        case ChangeKind::Dropped:
            ++counts.dropped[k];
            break;
        case ChangeKind::Changed:
        case ChangeKind::Renamed:
            ++counts.changed[k];
            break;
        }
    }
    return counts;
}

namespace {

// "2 tables", "1 index": English forms by hand (without a loaded translation "%n" would
// stay plural), German through the .ts.
QString countOf(ObjectKind kind, int n)
{
    switch (kind) {
    case ObjectKind::Schema:
        return n == 1 ? Tr::tr("1 schema") : Tr::tr("%1 schemas").arg(n);
    case ObjectKind::Table:
        return n == 1 ? Tr::tr("1 table") : Tr::tr("%1 tables").arg(n);
    case ObjectKind::Column:
        return n == 1 ? Tr::tr("1 column") : Tr::tr("%1 columns").arg(n);
    case ObjectKind::PrimaryKey:
        return n == 1 ? Tr::tr("1 primary key") : Tr::tr("%1 primary keys").arg(n);
    case ObjectKind::Unique:
        return n == 1 ? Tr::tr("1 unique constraint") : Tr::tr("%1 unique constraints").arg(n);
    case ObjectKind::Check:
        return n == 1 ? Tr::tr("1 check") : Tr::tr("%1 checks").arg(n);
    case ObjectKind::ForeignKey:
        return n == 1 ? Tr::tr("1 foreign key") : Tr::tr("%1 foreign keys").arg(n);
    case ObjectKind::Exclusion:
        return n == 1 ? Tr::tr("1 exclusion constraint")
                      : Tr::tr("%1 exclusion constraints").arg(n);
    case ObjectKind::Index:
        return n == 1 ? Tr::tr("1 index") : Tr::tr("%1 indexes").arg(n);
    case ObjectKind::RowSecurity:
        return n == 1 ? Tr::tr("RLS on 1 table") : Tr::tr("RLS on %1 tables").arg(n);
    case ObjectKind::Policy:
        return n == 1 ? Tr::tr("1 policy") : Tr::tr("%1 policies").arg(n);
    case ObjectKind::Trigger:
        return n == 1 ? Tr::tr("1 trigger") : Tr::tr("%1 triggers").arg(n);
    case ObjectKind::Enum:
        return n == 1 ? Tr::tr("1 enum") : Tr::tr("%1 enums").arg(n);
    case ObjectKind::EnumValue:
        return n == 1 ? Tr::tr("1 enum value") : Tr::tr("%1 enum values").arg(n);
    case ObjectKind::View:
        return n == 1 ? Tr::tr("1 view") : Tr::tr("%1 views").arg(n);
    }
    return {};
}

} // namespace

QString summaryLine(const SchemaDiff &diff)
{
    if (diff.isEmpty())
        return Tr::tr("no schema change");
    const DiffCounts counts = countEntries(diff);
    QStringList parts;
    for (int k = 0; k <= int(ObjectKind::View); ++k) {
        const auto kind = ObjectKind(k);
        if (counts.added[k] > 0)
            parts.append(QLatin1Char('+') + countOf(kind, counts.added[k]));
        if (counts.changed[k] > 0)
            parts.append(QLatin1Char('~') + countOf(kind, counts.changed[k]));
        if (counts.dropped[k] > 0)
            parts.append(QChar(0x2212) + countOf(kind, counts.dropped[k]));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace schemalens::diff
