#pragma once

#include <QByteArray>
#include <QList>

namespace schemalens::load::pg {

// One token of PostgreSQL's own scanner (libpg_query's pg_query_scan), with byte offsets into
// the scanned text. Comments are tokens too, which is what inline suppressions need.
struct ScanToken {
    enum class Kind { Other, Identifier, QuotedIdentifier, String, LineComment, BlockComment };
    int start = 0;
    int end = 0; // exclusive
    Kind kind = Kind::Other;
    int token = 0;        // libpg_query's token number (pg_query.proto's Token enum)
    bool keyword = false; // a keyword of any kind (reserved or not)
};

// Scans SQL with PostgreSQL's scanner. Returns no tokens when the scanner stops on an error
// (an unterminated quote); the parser reports that error where it matters.
QList<ScanToken> scanTokens(const QByteArray &sql);

} // namespace schemalens::load::pg
