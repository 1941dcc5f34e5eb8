#pragma once

#include "core/load/diagnostic.h"

#include <QList>
#include <QString>

namespace schemalens::load::treesitter {

// A column whose type is a class of the project's own code (Alembic `myapp.db.GUID()`, an
// Ecto custom type module): kept under the name as written, its database type unknown.
struct CustomTypeUse {
    QString type;
    QString column; // "table.column"
    model::Origin origin;
};

// One custom-type finding per type, at its first use, with how many columns use it: a
// project that types every id with its GUID class has one thing to know, not 130.
Diagnostics customTypeFindings(const QList<CustomTypeUse> &uses);

} // namespace schemalens::load::treesitter
