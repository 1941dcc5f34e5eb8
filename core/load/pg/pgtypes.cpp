// Type names and identifier quoting as PostgreSQL 15 prints them: format_type() from
// src/backend/utils/adt/format_type.c and quote_identifier() from ruleutils.c.

#include "core/load/pg/pgdeparse_p.h"
#include "core/load/pg/pgexpr.h"

#include <QHash>

#include <algorithm>

namespace schemalens::load::pg {

using namespace detail;

namespace {

// PostgreSQL 15 kwlist.h, every keyword that is not UNRESERVED_KEYWORD (taken from
// pg_get_keywords() of a 15.x server). quote_identifier() quotes all of these.
constexpr const char *kReserved[] = {"all",          "analyse",
                                     "analyze",      "and",
                                     "any",          "array",
                                     "as",           "asc",
                                     "asymmetric",   "both",
                                     "case",         "cast",
                                     "check",        "collate",
                                     "column",       "constraint",
                                     "create",       "current_catalog",
                                     "current_date", "current_role",
                                     "current_time", "current_timestamp",
                                     "current_user", "default",
                                     "deferrable",   "desc",
                                     "distinct",     "do",
                                     "else",         "end",
                                     "except",       "false",
                                     "fetch",        "for",
                                     "foreign",      "from",
                                     "grant",        "group",
                                     "having",       "in",
                                     "initially",    "intersect",
                                     "into",         "lateral",
                                     "leading",      "limit",
                                     "localtime",    "localtimestamp",
                                     "not",          "null",
                                     "offset",       "on",
                                     "only",         "or",
                                     "order",        "placing",
                                     "primary",      "references",
                                     "returning",    "select",
                                     "session_user", "some",
                                     "symmetric",    "table",
                                     "then",         "to",
                                     "trailing",     "true",
                                     "union",        "unique",
                                     "user",         "using",
                                     "variadic",     "when",
                                     "where",        "window",
                                     "with"};
constexpr const char *kTypeFuncName[] = {
    "authorization", "binary", "collation", "concurrently", "cross",   "current_schema",
    "freeze",        "full",   "ilike",     "inner",        "is",      "isnull",
    "join",          "left",   "like",      "natural",      "notnull", "outer",
    "overlaps",      "right",  "similar",   "tablesample",  "verbose"};
constexpr const char *kColName[] = {
    "between",    "bigint",       "bit",       "boolean",       "char",          "character",
    "coalesce",   "dec",          "decimal",   "exists",        "extract",       "float",
    "greatest",   "grouping",     "inout",     "int",           "integer",       "interval",
    "least",      "national",     "nchar",     "none",          "normalize",     "nullif",
    "numeric",    "out",          "overlay",   "position",      "precision",     "real",
    "row",        "setof",        "smallint",  "substring",     "time",          "timestamp",
    "treat",      "trim",         "values",    "varchar",       "xmlattributes", "xmlconcat",
    "xmlelement", "xmlexists",    "xmlforest", "xmlnamespaces", "xmlparse",      "xmlpi",
    "xmlroot",    "xmlserialize", "xmltable"};

const QHash<QString, Keyword> &keywordTable()
{
    static const QHash<QString, Keyword> table = [] {
        QHash<QString, Keyword> t;
        for (const char *w : kReserved)
            t.insert(QLatin1String(w), Keyword::Reserved);
        for (const char *w : kTypeFuncName)
            t.insert(QLatin1String(w), Keyword::TypeFuncName);
        for (const char *w : kColName)
            t.insert(QLatin1String(w), Keyword::ColName);
        return t;
    }();
    return table;
}

// The typmod list of a TypeName as integers; a constant 0 arrives as "ival":{}.
QList<int> integerTypmods(const JsonArray &typmods, bool *allIntegers)
{
    QList<int> out;
    *allIntegers = true;
    for (const JsonValue &v : typmods) {
        const JsonObject c = objField(v.toObject(), "A_Const");
        if (!c.contains(QLatin1String("ival"))) {
            *allIntegers = false;
            continue;
        }
        out.append(intField(objField(c, "ival"), "ival"));
    }
    return out;
}

// intervaltypmodout(): the field restriction is a bitmask of INTERVAL_MASK(YEAR=2, MONTH=1,
// DAY=3, HOUR=10, MINUTE=11, SECOND=12), and 0x7FFF means "no restriction".
QString intervalFields(int mask)
{
    constexpr int Month = 1 << 1, Year = 1 << 2, Day = 1 << 3, Hour = 1 << 10, Minute = 1 << 11,
                  Second = 1 << 12;
    switch (mask) {
    case Year:
        return QStringLiteral(" year");
    case Month:
        return QStringLiteral(" month");
    case Day:
        return QStringLiteral(" day");
    case Hour:
        return QStringLiteral(" hour");
    case Minute:
        return QStringLiteral(" minute");
    case Second:
        return QStringLiteral(" second");
    case Year | Month:
        return QStringLiteral(" year to month");
    case Day | Hour:
        return QStringLiteral(" day to hour");
    case Day | Hour | Minute:
        return QStringLiteral(" day to minute");
    case Day | Hour | Minute | Second:
        return QStringLiteral(" day to second");
    case Hour | Minute:
        return QStringLiteral(" hour to minute");
    case Hour | Minute | Second:
        return QStringLiteral(" hour to second");
    case Minute | Second:
        return QStringLiteral(" minute to second");
    default:
        return QString(); // 0x7FFF (full range) or a combination the grammar rejects
    }
}

// Time, timestamp and interval precisions above 6 are reduced to 6 with a WARNING.
int clampPrecision(int p)
{
    return std::min(p, 6);
}

// PostGIS prints its typmod geometry names in CamelCase ("geometry(Point,4326)") but the
// parser has folded the identifier to lower case; restore the canonical spelling.
QString postgisTypeName(const QString &lower)
{
    static const char *const names[] = {"Geometry",       "Point",
                                        "LineString",     "Polygon",
                                        "MultiPoint",     "MultiLineString",
                                        "MultiPolygon",   "GeometryCollection",
                                        "CircularString", "CompoundCurve",
                                        "CurvePolygon",   "MultiCurve",
                                        "MultiSurface",   "PolyhedralSurface",
                                        "Triangle",       "Tin"};
    for (const QString &suffix :
         {QStringLiteral("zm"), QStringLiteral("z"), QStringLiteral("m"), QString()}) {
        if (!lower.endsWith(suffix))
            continue;
        const QString base = lower.left(lower.size() - suffix.size());
        for (const char *n : names) {
            if (base.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
                return QLatin1String(n) + suffix.toUpper();
        }
    }
    return lower;
}

// Typmods of a type format_type() knows nothing about: the type's own typmodout would
// print them, which we cannot run, so print them as written, comma-separated, no spaces.
QString writtenTypmods(const QString &typeName, const JsonArray &typmods)
{
    if (typmods.isEmpty())
        return QString();
    const bool postgis =
        typeName == QLatin1String("geometry") || typeName == QLatin1String("geography");
    const Deparser deparser;
    QStringList parts;
    for (const JsonValue &v : typmods) {
        if (postgis && kindOf(v) == QLatin1String("ColumnRef")) {
            parts.append(postgisTypeName(svalOf(listField(bodyOf(v), "fields").last())));
            continue;
        }
        parts.append(deparser.expr(v));
    }
    return QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

// format_type()'s switch over the built-in types it spells specially. Returns a null
// string for any other type. `name` is the pg_catalog type name.
QString builtinTypeName(const QString &name, const JsonArray &typmods)
{
    bool plain = true;
    const QList<int> mods = integerTypmods(typmods, &plain);
    const bool hasMod = !mods.isEmpty() && plain;
    const auto paren = [](int n) { return QStringLiteral("(%1)").arg(n); };

    static const QHash<QString, QString> simple = {
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
    };
    if (const auto it = simple.constFind(name); it != simple.constEnd())
        return *it;

    if (name == QLatin1String("varchar"))
        return QStringLiteral("character varying") + (hasMod ? paren(mods[0]) : QString());
    if (name == QLatin1String("bpchar")) // typmod -1 prints as "bpchar", unlike char(n)
        return hasMod ? QStringLiteral("character") + paren(mods[0]) : QStringLiteral("bpchar");
    if (name == QLatin1String("varbit"))
        return QStringLiteral("bit varying") + (hasMod ? paren(mods[0]) : QString());
    if (name == QLatin1String("bit")) // plain BIT means bit(1); only a quoted "bit" has none
        return hasMod ? QStringLiteral("bit") + paren(mods[0]) : QStringLiteral("\"bit\"");
    if (name == QLatin1String("numeric")) {
        if (!hasMod)
            return QStringLiteral("numeric");
        // numeric(p) stores scale 0, and numerictypmodout always prints both.
        return QStringLiteral("numeric(%1,%2)").arg(mods[0]).arg(mods.size() > 1 ? mods[1] : 0);
    }
    if (name == QLatin1String("interval")) {
        if (!hasMod)
            return QStringLiteral("interval");
        QString out = QStringLiteral("interval") + intervalFields(mods[0]);
        if (mods.size() > 1)
            out += paren(clampPrecision(mods[1]));
        return out;
    }
    struct DateTime {
        const char *name;
        const char *base;
        const char *zone;
    };
    static constexpr DateTime dateTimes[] = {
        {"time", "time", " without time zone"},
        {"timetz", "time", " with time zone"},
        {"timestamp", "timestamp", " without time zone"},
        {"timestamptz", "timestamp", " with time zone"},
    };
    for (const DateTime &dt : dateTimes) {
        if (name == QLatin1String(dt.name))
            return QLatin1String(dt.base) + (hasMod ? paren(clampPrecision(mods[0])) : QString()) +
                   QLatin1String(dt.zone);
    }
    return QString();
}

// The serial pseudo-types are expanded by transformColumnDefinition() before any catalog
// lookup, and only when written unqualified.
QString serialBaseType(const JsonObject &typeName)
{
    const JsonArray names = listField(typeName, "names");
    if (names.size() != 1 || boolField(typeName, "pct_type"))
        return QString();
    const QString n = svalOf(names.first());
    if (n == QLatin1String("serial") || n == QLatin1String("serial4"))
        return QStringLiteral("integer");
    if (n == QLatin1String("bigserial") || n == QLatin1String("serial8"))
        return QStringLiteral("bigint");
    if (n == QLatin1String("smallserial") || n == QLatin1String("serial2"))
        return QStringLiteral("smallint");
    return QString();
}

} // namespace

namespace detail {

Keyword keywordCategory(const QString &word)
{
    return keywordTable().value(word, Keyword::None);
}

QString quoteQualified(const QStringList &parts)
{
    QStringList quoted;
    quoted.reserve(parts.size());
    for (const QString &p : parts)
        quoted.append(quoteIdentifier(p));
    return quoted.join(QLatin1Char('.'));
}

} // namespace detail

QString quoteIdentifier(const QString &ident)
{
    // Byte-wise ASCII tests as in ruleutils.c: anything else (upper case, non-ASCII, '$')
    // forces quotes, and so does an empty name.
    bool safe = !ident.isEmpty() &&
                ((ident.front() >= QLatin1Char('a') && ident.front() <= QLatin1Char('z')) ||
                 ident.front() == QLatin1Char('_'));
    for (const QChar ch : ident) {
        if (!((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
              (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('_')))
            safe = false;
    }
    if (safe) {
        safe = keywordCategory(ident) == Keyword::None;
    }
    if (safe)
        return ident;
    QString out = ident;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool isSerialType(const JsonObject &typeName)
{
    return !serialBaseType(typeName).isEmpty();
}

QString formatType(const JsonObject &typeName)
{
    const QStringList names = svalList(listField(typeName, "names"));
    if (names.isEmpty())
        return QString();

    QString out;
    if (boolField(typeName, "pct_type")) {
        // Only in function signatures; PostgreSQL resolves it to the column's type at
        // creation time, which needs the catalog, so keep the reference readable.
        out = quoteQualified(names) + QStringLiteral("%TYPE");
    } else if (const QString serial = serialBaseType(typeName); !serial.isEmpty()) {
        out = serial;
    } else {
        const JsonArray typmods = listField(typeName, "typmods");
        // Built-in names: parser-generated ones come as pg_catalog.x, hand-written ones
        // ("int4", "timestamptz", quoted "timestamp") unqualified and found on the path.
        const bool catalog = names.size() == 1 || names.first() == QLatin1String("pg_catalog");
        if (catalog && names.size() <= 2)
            out = builtinTypeName(names.last(), typmods);
        if (out.isEmpty()) {
            // Other types print unqualified when visible on the default search path.
            QStringList visible = names.mid(std::max<qsizetype>(0, names.size() - 2));
            if (visible.size() == 2 && (visible.first() == QLatin1String("pg_catalog") ||
                                        visible.first() == QLatin1String("public")))
                visible.removeFirst();
            out = quoteQualified(visible) + writtenTypmods(names.last(), typmods);
        }
    }
    // Array types print one "[]" whatever the declared dimensions (PostgreSQL ignores them).
    if (!listField(typeName, "arrayBounds").isEmpty())
        out += QStringLiteral("[]");
    if (boolField(typeName, "setof"))
        out = QStringLiteral("SETOF ") + out;
    return out;
}

} // namespace schemalens::load::pg
