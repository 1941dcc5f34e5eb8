#include "core/model/table.h"

namespace schemalens::model {

QStringList Index::columns() const
{
    QStringList names;
    names.reserve(elements.size());
    for (const IndexElement &element : elements)
        names.append(element.display());
    return names;
}

QString Table::qualifiedName() const
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

Column *Table::column(const QString &columnName)
{
    for (Column &c : columns)
        if (c.name == columnName)
            return &c;
    return nullptr;
}

const Column *Table::column(const QString &columnName) const
{
    return const_cast<Table *>(this)->column(columnName);
}

Index *Table::index(const QString &indexName)
{
    for (Index &i : indexes)
        if (i.name == indexName)
            return &i;
    return nullptr;
}

} // namespace schemalens::model
