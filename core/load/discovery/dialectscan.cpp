// Dialect markers from the engines' own tokenizers. Each engine's markers are read in its
// own lexical rules: a PostgreSQL dollar-quoted function body is one string token for the
// PostgreSQL scanner (and skipped by the SQLite view), a `name` in backticks is one
// identifier for SQLite's.
#include "core/load/discovery/dialectscan.h"
#include "core/load/discovery/dialectscan_p.h"
#include "core/load/pg/pgparser.h"

#include <algorithm>

namespace schemalens::load::discovery {

using namespace markerscan;

QList<MarkerHit> scanDialectMarkers(const QByteArray &input)
{
    // psql meta-commands and COPY data are not SQL for either engine.
    const QByteArray sql = pg::blankPsqlMetaCommands(input);
    QHash<QString, MarkerHit> hits;
    const QList<Tok> pg = pgTokens(sql);
    {
        Rules rules(pg, &hits);
        scanPgView(rules);
    }
    const QList<Tok> lite = sqliteTokens(QByteArrayView(sql), dollarSpans(pg));
    {
        Rules rules(lite, &hits);
        scanSqliteView(rules);
    }
    QList<MarkerHit> result = hits.values();
    std::sort(result.begin(), result.end(), [](const MarkerHit &a, const MarkerHit &b) {
        return a.offset != b.offset ? a.offset < b.offset : a.marker < b.marker;
    });
    return result;
}

} // namespace schemalens::load::discovery
