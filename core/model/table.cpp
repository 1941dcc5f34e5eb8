#include "core/model/table.h"

#include <utility>

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

// The const lookups read without detaching: a Table's lists are implicitly shared with the
// snapshots of a migration history, which other threads read at the same time (the timeline
// reviews and diffs them in the background). A non-const loop would copy them, writing into
// a "const" table. The non-const lookups detach once and then find the same element.
const Column *Table::column(const QString &columnName) const
{
    for (const Column &c : columns)
        if (c.name == columnName)
            return &c;
    return nullptr;
}

Column *Table::column(const QString &columnName)
{
    columns.detach();
    return const_cast<Column *>(std::as_const(*this).column(columnName));
}

Index *Table::index(const QString &indexName)
{
    for (Index &i : indexes)
        if (i.name == indexName)
            return &i;
    return nullptr;
}

} // namespace schemalens::model
