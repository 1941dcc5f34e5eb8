#pragma once

// Private: libpq handles behind RAII (CONVENTIONS.md item 2). Only core/load/live/*.cpp
// include this header.

#include <libpq-fe.h>

#include <memory>

namespace schemalens::load::live::detail {

struct ConnDeleter {
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
using ConnHandle = std::unique_ptr<PGconn, ConnDeleter>;
using ResultHandle = std::unique_ptr<PGresult, ResultDeleter>;

// PQescapeIdentifier returns memory that PQfreemem must release.
struct FreememDeleter {
    void operator()(char *p) const { PQfreemem(p); }
};
using EscapedHandle = std::unique_ptr<char, FreememDeleter>;

} // namespace schemalens::load::live::detail
