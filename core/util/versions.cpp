#include "core/util/versions.h"

#include <graphviz/graphviz_version.h>
#include <libpq-fe.h>
#include <pg_query.h>
#include <sqlite3.h>

namespace schemalens {

QList<QPair<QString, QString>> libraryVersions()
{
    const int pq = PQlibVersion(); // e.g. 150018
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("Graphviz"), QStringLiteral(PACKAGE_VERSION)},
        {QStringLiteral("libpg_query"), QStringLiteral("PostgreSQL " PG_VERSION " parser")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libpq"), QStringLiteral("%1.%2").arg(pq / 10000).arg(pq % 10000)},
    };
}

} // namespace schemalens
