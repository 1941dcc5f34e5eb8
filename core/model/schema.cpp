#include "core/model/schema.h"

namespace schemalens::model {

Table *Schema::table(const QString &schemaName, const QString &name)
{
    for (Table &t : tables)
        if (t.name == name && t.schema == schemaName)
            return &t;
    return nullptr;
}

const Table *Schema::table(const QString &schemaName, const QString &name) const
{
    return const_cast<Schema *>(this)->table(schemaName, name);
}

EnumType *Schema::enumType(const QString &schemaName, const QString &name)
{
    for (EnumType &e : enums)
        if (e.name == name && e.schema == schemaName)
            return &e;
    return nullptr;
}

const EnumType *Schema::enumType(const QString &schemaName, const QString &name) const
{
    return const_cast<Schema *>(this)->enumType(schemaName, name);
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
