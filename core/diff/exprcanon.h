#pragma once

#include <QHash>
#include <QString>

namespace schemalens::diff {

// Whether two SQL expressions mean the same for a schema diff. The static loader keeps
// expressions as written ("price > 0", "status IN ('a','b')"); PostgreSQL prints them
// analysed ("price > 0::numeric", "status = ANY (ARRAY['a'::text, 'b'::text])"). Both are
// parsed with libpg_query and reduced to a canonical tree: casts and collations dropped, IN
// lists as = ANY (ARRAY[...]), BETWEEN as two comparisons, LIKE as its operator, constants as
// their text (numbers by value, JSON normalized), pg_catalog/public qualifiers and locations
// removed, nested AND/OR flattened, a table's own columns unqualified. The same reduction
// decides tests/tst_pgoracle.cpp's comparison of the loader with a real server.
//
// Text that does not parse is compared with its whitespace squeezed.
QString canonicalExpression(const QString &expression);

// canonicalExpression() with column references renamed through COLUMNS (old -> new name):
// an expression of the old schema read with the new schema's column names.
QString canonicalExpression(const QString &expression, const QHash<QString, QString> &columns);

// True when A and B are the same expression: equal text, else equal canonical forms.
// SQLite expressions (pgSyntax false) compare by text with whitespace squeezed.
bool sameExpression(const QString &a, const QString &b, bool pgSyntax = true,
                    const QHash<QString, QString> &oldColumns = {});

// NULL or NULL::type: a default that is no default.
bool isNullDefault(const QString &expression);

} // namespace schemalens::diff
