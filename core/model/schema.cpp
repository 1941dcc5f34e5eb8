#include "core/model/schema.h"

#include <utility>

namespace schemalens::model {

// Const lookups read without detaching (see Table::column): the schema's lists are shared
// with snapshots other threads read.
const Table *Schema::table(const QString &schemaName, const QString &name) const
{
    for (const Table &t : tables)
        if (t.name == name && t.schema == schemaName)
            return &t;
    return nullptr;
}

Table *Schema::table(const QString &schemaName, const QString &name)
{
    tables.detach();
    return const_cast<Table *>(std::as_const(*this).table(schemaName, name));
}

const EnumType *Schema::enumType(const QString &schemaName, const QString &name) const
{
    for (const EnumType &e : enums)
        if (e.name == name && e.schema == schemaName)
            return &e;
    return nullptr;
}

EnumType *Schema::enumType(const QString &schemaName, const QString &name)
{
    enums.detach();
    return const_cast<EnumType *>(std::as_const(*this).enumType(schemaName, name));
}

View *Schema::view(const QString &schemaName, const QString &name)
{
    for (View &v : views)
        if (v.name == name && v.schema == schemaName)
            return &v;
    return nullptr;
}

bool Schema::hasNamespace(const QString &name) const
{
    for (const Namespace &n : namespaces)
        if (n.name == name)
            return true;
    return false;
}

} // namespace schemalens::model
