// Dialect markers from the engines' own tokenizers. Each engine's markers are read in its
// own lexical rules: a PostgreSQL dollar-quoted function body is one string token for the
// PostgreSQL scanner (and skipped by the SQLite view), a `name` in backticks is one
// identifier for SQLite's.
#include "core/load/discovery/dialectscan.h"

#include "core/load/pg/pgparser.h"
#include "core/load/sqlite/sqltokenizer.h"

#include <pg_query.h>

#include <QHash>

#include <cstring>
#include <memory>

namespace schemalens::load::discovery {

namespace {

// ---------------------------------------------------------------------------------------
// Tokens as the marker rules see them, whichever tokenizer produced them.

enum class Kind {
    Word,
    Quoted,
    String,
    Dollar,
    EString,
    Number,
    Punct,
    Cast,
    Backtick,
    Bracket,
    Other
};

struct Tok {
    Kind kind = Kind::Other;
    QByteArrayView text;
    qsizetype offset = 0;
};

bool sameWord(QByteArrayView text, const char *word)
{
    // The first letter rules out almost every comparison before strlen() is needed.
    if (text.isEmpty() || (text.front() | 0x20) != (word[0] | 0x20))
        return false;
    const auto n = qsizetype(std::strlen(word));
    return text.size() == n && qstrnicmp(text.data(), n, word, n) == 0;
}

QString lowerLatin1(QByteArrayView text)
{
    return QString::fromLatin1(text).toLower();
}

constexpr int decisiveWeight = 3;

class Rules {
public:
    Rules(const QList<Tok> &tokens, QHash<QString, MarkerHit> *hits)
        : t(tokens)
        , m_hits(hits)
    {}

    bool word(qsizetype i, const char *w) const
    {
        return i >= 0 && i < t.size() && t[i].kind == Kind::Word && sameWord(t[i].text, w);
    }
    bool wordIn(qsizetype i, std::initializer_list<const char *> words) const
    {
        for (const char *w : words)
            if (word(i, w))
                return true;
        return false;
    }
    bool isWord(qsizetype i) const { return i >= 0 && i < t.size() && t[i].kind == Kind::Word; }
    bool punct(qsizetype i, const char *p) const
    {
        return i >= 0 && i < t.size() && t[i].kind == Kind::Punct && t[i].text == p;
    }
    bool isIdent(qsizetype i) const
    {
        if (i < 0 || i >= t.size())
            return false;
        const Kind k = t[i].kind;
        return k == Kind::Word || k == Kind::Quoted || k == Kind::Backtick || k == Kind::Bracket;
    }
    // `i` names a column's type: "( name TYPE", ", name TYPE", "ADD [COLUMN] name TYPE".
    bool typePosition(qsizetype i) const
    {
        if (!(punct(i - 2, "(") || punct(i - 2, ",") || word(i - 2, "column") ||
              word(i - 2, "add")))
            return false;
        if (!isIdent(i - 1) ||
            wordIn(i - 1, {"primary", "unique", "check", "foreign", "constraint", "exclude", "like",
                           "key", "references", "not", "null", "default", "on", "as"}))
            return false;
        return punct(i - 2, "(") || punct(i - 2, ",") || word(i - 2, "column") ||
               (word(i - 2, "add") && !word(i - 1, "column"));
    }
    bool call(qsizetype i) const { return punct(i + 1, "("); }

    void hit(const QString &marker, Dialect dialect, int weight, bool decisive, qsizetype i)
    {
        if (m_hits->contains(marker))
            return;
        m_hits->insert(marker, MarkerHit{marker, dialect, weight, decisive, t[i].offset});
    }
    void decisive(const char *marker, Dialect dialect, qsizetype i)
    {
        hit(QString::fromUtf8(marker), dialect, decisiveWeight, true, i);
    }
    void idiom(const char *marker, Dialect dialect, int weight, qsizetype i)
    {
        hit(QString::fromUtf8(marker), dialect, weight, false, i);
    }

    const QList<Tok> &t;

private:
    QHash<QString, MarkerHit> *m_hits;
};

// ---------------------------------------------------------------------------------------
// SQLite's view.

// Functions PostgreSQL does not have (it would reject a CHECK or DEFAULT that calls them).
const char *const sqliteFunctions[] = {"json_valid",
                                       "json_extract",
                                       "json_group_array",
                                       "json_group_object",
                                       "json_patch",
                                       "json_insert",
                                       "json_replace",
                                       "json_set",
                                       "json_remove",
                                       "json_type",
                                       "datetime",
                                       "strftime",
                                       "julianday",
                                       "unixepoch",
                                       "randomblob",
                                       "zeroblob",
                                       "last_insert_rowid",
                                       "sqlite_version",
                                       "ifnull",
                                       "typeof",
                                       "iif",
                                       "printf",
                                       "group_concat",
                                       "total_changes",
                                       "likelihood",
                                       "unlikely",
                                       "instr",
                                       "hex"};

// Type names PostgreSQL does not know.
const char *const sqliteTypes[] = {"blob", "datetime", "tinyint", "mediumint", "clob"};

void scanSqliteView(Rules &r)
{
    const QList<Tok> &t = r.t;
    const Dialect lite = Dialect::SQLite;
    qsizetype start = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const Tok &k = t[i];
        if (k.kind == Kind::Punct && k.text == ";") {
            start = i + 1;
            continue;
        }
        if (k.kind == Kind::Backtick) {
            r.decisive("backtick identifiers", lite, i);
            continue;
        }
        if (k.kind == Kind::Bracket) {
            const QByteArrayView inner =
                k.text.size() >= 2 ? k.text.sliced(1, k.text.size() - 2) : QByteArrayView();
            if (!inner.trimmed().isEmpty() && !(inner.front() >= '0' && inner.front() <= '9'))
                r.idiom("[bracketed] identifiers", lite, 2, i);
            continue;
        }
        if (k.kind != Kind::Word)
            continue;
        if (i == start) {
            if (r.word(i, "pragma"))
                r.decisive("PRAGMA", lite, i);
            else if (r.word(i, "begin") && r.wordIn(i + 1, {"immediate", "exclusive", "deferred"}))
                r.decisive("BEGIN IMMEDIATE/EXCLUSIVE/DEFERRED", lite, i);
            else if (r.word(i, "replace") && r.word(i + 1, "into"))
                r.decisive("REPLACE INTO", lite, i);
            else if (r.word(i, "insert") && r.word(i + 1, "or"))
                r.decisive("INSERT OR REPLACE/IGNORE", lite, i);
            else if (r.wordIn(i, {"attach", "detach"}) && !r.word(i + 1, "partition"))
                r.decisive("ATTACH DATABASE", lite, i);
            else if (r.word(i, "create")) {
                qsizetype j = i + 1;
                if (r.wordIn(j, {"temp", "temporary"}))
                    ++j;
                if (r.word(j, "virtual") && r.word(j + 1, "table"))
                    r.decisive("CREATE VIRTUAL TABLE", lite, i);
            }
        }
        if (r.word(i, "autoincrement"))
            r.decisive("AUTOINCREMENT", lite, i);
        else if (r.word(i, "rowid") && r.word(i - 1, "without"))
            r.decisive("WITHOUT ROWID", lite, i);
        else if (r.word(i, "strict") && (r.punct(i - 1, ")") || r.punct(i - 1, ",")) &&
                 (i + 1 >= t.size() || r.punct(i + 1, ";") || r.punct(i + 1, ",")))
            r.decisive("STRICT tables", lite, i);
        else if (r.word(i, "collate") && r.wordIn(i + 1, {"nocase", "rtrim"}))
            r.decisive("COLLATE NOCASE", lite, i);
        else if (r.word(i, "conflict") && r.word(i - 1, "on") &&
                 r.wordIn(i + 1, {"replace", "ignore", "abort", "fail", "rollback"}))
            r.decisive("ON CONFLICT clause in a constraint", lite, i);
        else if (r.wordIn(i, {"sqlite_master", "sqlite_schema", "sqlite_sequence", "sqlite_stat1",
                              "sqlite_temp_master"}))
            r.decisive("sqlite_* tables", lite, i);
        else if (r.word(i, "begin") && i != start && r.word(start, "create") &&
                 (r.word(start + 1, "trigger") ||
                  (r.wordIn(start + 1, {"temp", "temporary"}) && r.word(start + 2, "trigger"))))
            r.decisive("trigger body BEGIN ... END", lite, i);

        if (r.call(i)) {
            for (const char *f : sqliteFunctions) {
                if (r.word(i, f)) {
                    r.hit(QString::fromLatin1(f) + QStringLiteral("()"), lite, decisiveWeight, true,
                          i);
                    break;
                }
            }
        }
        if (r.typePosition(i)) {
            for (const char *type : sqliteTypes) {
                if (r.word(i, type)) {
                    r.hit(QString::fromLatin1(type).toUpper() + QStringLiteral(" type"), lite,
                          decisiveWeight, true, i);
                    break;
                }
            }
            if (r.word(i, "integer") && r.word(i + 1, "primary") && r.word(i + 2, "key"))
                r.idiom("INTEGER PRIMARY KEY", lite, 1, i);
        }
        if (r.word(i, "unsigned") && r.isWord(i - 1) && r.typePosition(i - 1))
            r.decisive("UNSIGNED type", lite, i);
        // CHECK (flag IN (0, 1)): a boolean kept as an integer, SQLite's idiom.
        if (r.word(i, "check") && r.punct(i + 1, "(") && r.isIdent(i + 2) && r.word(i + 3, "in") &&
            r.punct(i + 4, "(") && i + 8 < t.size() && t[i + 5].kind == Kind::Number &&
            r.punct(i + 6, ",") && t[i + 7].kind == Kind::Number && r.punct(i + 8, ")")) {
            const QByteArrayView a = t[i + 5].text;
            const QByteArrayView b = t[i + 7].text;
            if ((a == "0" && b == "1") || (a == "1" && b == "0"))
                r.idiom("0/1 integer flags", lite, 1, i);
        }
    }
}

// ---------------------------------------------------------------------------------------
// PostgreSQL's view.

const char *const pgOnlyCreate[] = {
    "extension",   "schema",       "type",     "domain",     "sequence",  "function",
    "procedure",   "aggregate",    "operator", "cast",       "collation", "policy",
    "publication", "subscription", "role",     "user",       "database",  "materialized",
    "rule",        "event",        "server",   "foreign",    "text",      "conversion",
    "language",    "statistics",   "access",   "tablespace", "transform"};

const char *const pgOnlyAlter[] = {
    "schema",       "type",      "sequence",     "function",    "procedure",  "domain",
    "index",        "view",      "materialized", "default",     "role",       "user",
    "database",     "extension", "policy",       "publication", "aggregate",  "operator",
    "trigger",      "rule",      "large",        "event",       "foreign",    "server",
    "text",         "collation", "conversion",   "language",    "statistics", "routine",
    "subscription", "tablespace"};

const char *const pgOnlyDrop[] = {
    "type",         "schema",   "function",     "procedure", "extension",  "sequence",
    "policy",       "domain",   "materialized", "role",      "user",       "publication",
    "aggregate",    "operator", "cast",         "rule",      "owned",      "server",
    "subscription", "database", "routine",      "collation", "conversion", "language",
    "tablespace",   "event",    "foreign",      "statistics"};

const char *const indexMethods[] = {"btree",  "gin",     "gist", "hash",  "brin",
                                    "spgist", "ivfflat", "hnsw", "bloom", "rum"};

// Functions SQLite does not have; SQLite accepts them inside a parenthesised DEFAULT and only
// fails when a row is written, so they lean rather than decide.
const char *const pgFunctions[] = {"now",
                                   "gen_random_uuid",
                                   "uuid_generate_v4",
                                   "uuid_generate_v1",
                                   "nextval",
                                   "currval",
                                   "setval",
                                   "to_tsvector",
                                   "to_tsquery",
                                   "plainto_tsquery",
                                   "array_agg",
                                   "string_agg",
                                   "array_length",
                                   "array_position",
                                   "unnest",
                                   "current_setting",
                                   "set_config",
                                   "clock_timestamp",
                                   "statement_timestamp",
                                   "transaction_timestamp",
                                   "date_trunc",
                                   "to_char",
                                   "to_timestamp",
                                   "to_date",
                                   "regexp_replace",
                                   "regexp_matches",
                                   "gen_random_bytes",
                                   "make_interval",
                                   "json_build_object",
                                   "json_agg",
                                   "row_to_json",
                                   "timezone"};

struct PgType {
    const char *name;
    const char *marker;
    int weight;
};
// Types SQLite accepts as names (any name has an affinity there) but never uses.
const PgType pgTypes[] = {{"serial", "serial types", 2},
                          {"bigserial", "serial types", 2},
                          {"smallserial", "serial types", 2},
                          {"serial4", "serial types", 2},
                          {"serial8", "serial types", 2},
                          {"jsonb", "jsonb", 2},
                          {"timestamptz", "timestamptz", 2},
                          {"timetz", "timetz", 2},
                          {"bytea", "bytea", 2},
                          {"tsvector", "tsvector", 2},
                          {"tsquery", "tsquery", 2},
                          {"citext", "citext", 2},
                          {"inet", "inet/cidr", 2},
                          {"cidr", "inet/cidr", 2},
                          {"macaddr", "macaddr", 2},
                          {"interval", "interval", 2},
                          {"hstore", "hstore", 2},
                          {"ltree", "ltree", 2},
                          {"int4range", "range types", 2},
                          {"int8range", "range types", 2},
                          {"tstzrange", "range types", 2},
                          {"daterange", "range types", 2},
                          {"uuid", "uuid", 1}};

void scanAlterTable(Rules &r, qsizetype j, qsizetype end)
{
    const Dialect pg = Dialect::PostgreSQL;
    if (r.word(j, "if") && r.word(j + 1, "exists")) {
        r.decisive("ALTER TABLE IF EXISTS", pg, j);
        j += 2;
    }
    if (r.word(j, "only")) {
        r.decisive("ALTER TABLE ONLY", pg, j);
        ++j;
    }
    if (!r.isIdent(j))
        return;
    while (r.punct(j + 1, ".") && r.isIdent(j + 2))
        j += 2;
    ++j;
    int actions = 0;
    int depth = 0;
    for (qsizetype a = j; a < end; ++a) {
        if (r.punct(a, "("))
            ++depth;
        else if (r.punct(a, ")"))
            --depth;
        if (depth != 0 || !(a == j || r.punct(a - 1, ",")))
            continue;
        ++actions;
        if (r.word(a, "rename")) {
            if (r.word(a + 1, "constraint"))
                r.decisive("ALTER TABLE ... RENAME CONSTRAINT", pg, a);
        } else if (r.word(a, "add")) {
            qsizetype k = a + 1;
            const bool column = r.word(k, "column");
            if (column)
                ++k;
            if (r.word(k, "if"))
                r.decisive("ADD COLUMN IF NOT EXISTS", pg, a);
            else if (!column && r.wordIn(k, {"constraint", "primary", "unique", "foreign", "check",
                                             "exclude"}))
                r.decisive("ALTER TABLE ... ADD CONSTRAINT", pg, a);
        } else if (r.word(a, "drop")) {
            if (r.word(a + 1, "column") && r.word(a + 2, "if"))
                r.decisive("DROP COLUMN IF EXISTS", pg, a);
            else if (r.word(a + 1, "constraint"))
                r.decisive("ALTER TABLE ... DROP CONSTRAINT", pg, a);
        } else if (r.word(a, "alter")) {
            r.decisive("ALTER TABLE ... ALTER COLUMN", pg, a);
        } else if (r.isWord(a)) {
            r.hit(QStringLiteral("ALTER TABLE ... ") + lowerLatin1(r.t[a].text).toUpper(), pg,
                  decisiveWeight, true, a);
        }
    }
    if (actions > 1)
        r.decisive("several actions in one ALTER TABLE", pg, j);
}

void scanPgView(Rules &r)
{
    const QList<Tok> &t = r.t;
    const Dialect pg = Dialect::PostgreSQL;
    qsizetype start = 0;
    auto statementEnd = [&](qsizetype from) {
        qsizetype e = from;
        while (e < t.size() && !r.punct(e, ";"))
            ++e;
        return e;
    };
    for (qsizetype i = 0; i < t.size(); ++i) {
        const Tok &k = t[i];
        switch (k.kind) {
        case Kind::Cast:
            r.decisive("::", pg, i);
            continue;
        case Kind::Dollar:
            r.decisive("$$", pg, i);
            continue;
        case Kind::EString:
            r.decisive("E'' strings", pg, i);
            continue;
        case Kind::Punct:
            if (k.text == ";") {
                if (r.word(start, "drop") && r.wordIn(i - 1, {"cascade", "restrict"}))
                    r.decisive("DROP ... CASCADE", pg, i - 1);
                start = i + 1;
            } else if (k.text == "@>" || k.text == "<@" || k.text == "?|" || k.text == "?&" ||
                       k.text == "~*" || k.text == "!~" || k.text == "!~*" || k.text == "@@") {
                r.decisive("PostgreSQL operators", pg, i);
            }
            continue;
        case Kind::Word:
            break;
        default:
            continue;
        }
        if (i == start) {
            if (r.word(i, "create")) {
                qsizetype j = i + 1;
                bool orReplace = false;
                if (r.word(j, "or") && r.word(j + 1, "replace")) {
                    orReplace = true;
                    j += 2;
                }
                while (r.wordIn(j, {"temp", "temporary", "unlogged", "global", "local",
                                    "constraint", "trusted", "procedural", "recursive"})) {
                    if (r.word(j, "unlogged"))
                        r.decisive("UNLOGGED tables", pg, j);
                    ++j;
                }
                for (const char *object : pgOnlyCreate) {
                    if (r.word(j, object)) {
                        r.hit(QStringLiteral("CREATE ") + QString::fromLatin1(object).toUpper(), pg,
                              decisiveWeight, true, i);
                        break;
                    }
                }
                if (orReplace && r.wordIn(j, {"view", "trigger"}))
                    r.decisive("CREATE OR REPLACE", pg, i);
            } else if (r.word(i, "alter")) {
                if (r.word(i + 1, "table"))
                    scanAlterTable(r, i + 2, statementEnd(i));
                for (const char *object : pgOnlyAlter) {
                    if (r.word(i + 1, object)) {
                        r.hit(QStringLiteral("ALTER ") + QString::fromLatin1(object).toUpper(), pg,
                              decisiveWeight, true, i);
                        break;
                    }
                }
            } else if (r.word(i, "drop")) {
                for (const char *object : pgOnlyDrop) {
                    if (r.word(i + 1, object)) {
                        r.hit(QStringLiteral("DROP ") + QString::fromLatin1(object).toUpper(), pg,
                              decisiveWeight, true, i);
                        break;
                    }
                }
            } else if (r.word(i, "comment") && r.word(i + 1, "on")) {
                r.decisive("COMMENT ON", pg, i);
            } else if (r.wordIn(i, {"grant", "revoke"})) {
                r.decisive("GRANT/REVOKE", pg, i);
            } else if (r.wordIn(i, {"set", "reset", "show"})) {
                r.decisive("SET", pg, i);
            } else if (r.word(i, "do")) {
                r.decisive("DO blocks", pg, i);
            } else if (r.word(i, "start") && r.word(i + 1, "transaction")) {
                r.decisive("START TRANSACTION", pg, i);
            } else if (r.wordIn(i, {"truncate", "lock", "refresh", "copy", "cluster", "listen",
                                    "notify", "security"})) {
                r.hit(lowerLatin1(k.text).toUpper(), pg, decisiveWeight, true, i);
            }
        }
        if (r.word(i, "concurrently"))
            r.decisive("CONCURRENTLY", pg, i);
        else if (r.word(i, "valid") && r.word(i - 1, "not"))
            r.decisive("NOT VALID", pg, i);
        else if (r.word(i, "index") && r.word(i - 1, "using"))
            r.decisive("USING INDEX", pg, i);
        else if (r.word(i, "using")) {
            for (const char *method : indexMethods) {
                if (r.word(i + 1, method)) {
                    r.hit(QStringLiteral("USING ") + QString::fromLatin1(method).toUpper(), pg,
                          decisiveWeight, true, i);
                    break;
                }
            }
        } else if (r.word(i, "identity") && r.word(i - 1, "as") &&
                   r.wordIn(i - 2, {"always", "default"}))
            r.decisive("IDENTITY columns", pg, i);
        else if (r.word(i, "partition") &&
                 (r.word(i + 1, "of") ||
                  (r.word(i + 1, "by") && r.wordIn(i + 2, {"range", "list", "hash"}))))
            r.decisive("declarative partitioning", pg, i);
        else if (r.word(i, "inherits") && r.punct(i + 1, "("))
            r.decisive("INHERITS", pg, i);
        else if (r.word(i, "distinct") && r.word(i - 1, "not") && r.word(i - 2, "nulls"))
            r.decisive("NULLS NOT DISTINCT", pg, i);
        else if (r.word(i, "constraint") && r.word(i - 1, "on") && r.word(i - 2, "conflict"))
            r.decisive("ON CONFLICT ON CONSTRAINT", pg, i);
        else if (r.word(i, "exclude") && r.word(i + 1, "using"))
            r.decisive("EXCLUDE constraints", pg, i);
        else if (r.word(i, "ilike") || (r.word(i, "similar") && r.word(i + 1, "to")))
            r.decisive("ILIKE / SIMILAR TO", pg, i);
        else if (r.word(i, "array") && r.punct(i + 1, "["))
            r.decisive("ARRAY[...]", pg, i);
        else if (r.word(i, "language") && r.isWord(i + 1) && !r.word(i + 1, "sql"))
            r.decisive("procedural languages (LANGUAGE plpgsql)", pg, i);
        else if (r.word(i, "returns") && r.word(i + 1, "trigger"))
            r.decisive("RETURNS TRIGGER", pg, i);
        else if (r.word(i, "execute") && r.wordIn(i + 1, {"function", "procedure"}))
            r.decisive("EXECUTE FUNCTION", pg, i);
        else if (r.word(i, "tablespace"))
            r.decisive("TABLESPACE", pg, i);
        else if (r.word(i, "include") && r.punct(i - 1, ")") && r.punct(i + 1, "("))
            r.decisive("INCLUDE columns", pg, i);
        else if (r.word(i, "pg_catalog") && r.punct(i + 1, "."))
            r.decisive("pg_catalog", pg, i);
        else if (r.word(i, "zone") && r.word(i - 1, "time") && r.word(i - 2, "with"))
            r.idiom("with time zone", pg, 2, i);

        if (r.call(i)) {
            bool found = false;
            for (const char *f : pgFunctions) {
                if (r.word(i, f)) {
                    r.hit(QString::fromLatin1(f) + QStringLiteral("()"), pg, 2, false, i);
                    found = true;
                    break;
                }
            }
            if (!found && (k.text.startsWith("jsonb_") || k.text.startsWith("JSONB_") ||
                           k.text.startsWith("pg_") || k.text.startsWith("PG_")))
                r.hit(lowerLatin1(k.text) + QStringLiteral("()"), pg, 2, false, i);
        }
        if (r.typePosition(i)) {
            for (const PgType &type : pgTypes) {
                if (r.word(i, type.name)) {
                    r.idiom(type.marker, pg, type.weight, i);
                    break;
                }
            }
            if (r.word(i, "character") && r.word(i + 1, "varying"))
                r.idiom("character varying", pg, 1, i);
            if (r.punct(i + 1, "[") && r.punct(i + 2, "]"))
                r.idiom("array types", pg, 2, i);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Tokenizers.

bool readVarint(const uchar *&p, const uchar *end, quint64 *value)
{
    quint64 v = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const uchar b = *p++;
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

bool skipField(const uchar *&p, const uchar *end, quint64 wireType)
{
    quint64 n = 0;
    switch (wireType) {
    case 0:
        return readVarint(p, end, &n);
    case 1:
        if (end - p < 8)
            return false;
        p += 8;
        return true;
    case 2:
        if (!readVarint(p, end, &n) || n > quint64(end - p))
            return false;
        p += n;
        return true;
    case 5:
        if (end - p < 4)
            return false;
        p += 4;
        return true;
    default:
        return false;
    }
}

struct PgScanToken {
    qint64 start = 0;
    qint64 end = 0;
    int token = 0;
};

// libpg_query returns its scan as a protobuf ScanResult { repeated ScanToken tokens = 2 },
// ScanToken { int32 start = 1; int32 end = 2; Token token = 4; KeywordKind keyword_kind = 5 }
// (pg_query.proto); this reads just that, without protobuf-c's headers.
QList<PgScanToken> decodeScan(const char *data, size_t size)
{
    QList<PgScanToken> tokens;
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *end = p + size;
    while (p < end) {
        quint64 tag = 0;
        if (!readVarint(p, end, &tag))
            break;
        if ((tag >> 3) != 2 || (tag & 7) != 2) {
            if (!skipField(p, end, tag & 7))
                break;
            continue;
        }
        quint64 length = 0;
        if (!readVarint(p, end, &length) || length > quint64(end - p))
            break;
        const uchar *q = p;
        const uchar *tokenEnd = p + length;
        p = tokenEnd;
        PgScanToken token;
        while (q < tokenEnd) {
            quint64 fieldTag = 0;
            quint64 value = 0;
            if (!readVarint(q, tokenEnd, &fieldTag))
                break;
            if ((fieldTag & 7) != 0) {
                if (!skipField(q, tokenEnd, fieldTag & 7))
                    break;
                continue;
            }
            if (!readVarint(q, tokenEnd, &value))
                break;
            switch (fieldTag >> 3) {
            case 1:
                token.start = qint64(value);
                break;
            case 2:
                token.end = qint64(value);
                break;
            case 4:
                token.token = int(value);
                break;
            default:
                break;
            }
        }
        tokens.append(token);
    }
    return tokens;
}

struct ScanDeleter {
    void operator()(PgQueryScanResult *r) const
    {
        pg_query_free_scan_result(*r);
        delete r;
    }
};

// Token numbers of pg_query.proto's enum Token.
enum PgToken {
    IDENT = 258,
    UIDENT = 259,
    FCONST = 260,
    SCONST = 261,
    USCONST = 262,
    BCONST = 263,
    XCONST = 264,
    Op = 265,
    ICONST = 266,
    PARAM = 267,
    TYPECAST = 268,
    SQL_COMMENT = 275,
    C_COMMENT = 276,
};

// Scans with PostgreSQL's lexer. When the lexer stops (an unterminated quote), the text up to
// the statement holding the error is scanned again, as the loader splits it.
QList<Tok> pgTokens(const QByteArray &sql)
{
    QByteArray text = sql;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::unique_ptr<PgQueryScanResult, ScanDeleter> scan(
            new PgQueryScanResult(pg_query_scan(text.constData())));
        if (scan->error) {
            const qsizetype at =
                qBound(qsizetype(0), qsizetype(scan->error->cursorpos) - 1, text.size());
            const qsizetype cut = text.lastIndexOf(';', at - 1);
            if (cut <= 0)
                return {};
            text.truncate(cut + 1);
            continue;
        }
        QList<Tok> tokens;
        const QList<PgScanToken> raw = decodeScan(scan->pbuf.data, scan->pbuf.len);
        tokens.reserve(raw.size());
        for (const PgScanToken &r : raw) {
            if (r.start < 0 || r.end < r.start || r.end > text.size() || r.token == SQL_COMMENT ||
                r.token == C_COMMENT)
                continue;
            Tok tok;
            tok.offset = r.start;
            tok.text = QByteArrayView(sql).sliced(r.start, r.end - r.start);
            const char first = tok.text.isEmpty() ? '\0' : tok.text.front();
            switch (r.token) {
            case IDENT:
                tok.kind = first == '"' ? Kind::Quoted : Kind::Word;
                break;
            case UIDENT:
                tok.kind = Kind::Quoted;
                break;
            case SCONST:
                tok.kind = first == '$'                     ? Kind::Dollar
                           : (first == 'E' || first == 'e') ? Kind::EString
                                                            : Kind::String;
                break;
            case USCONST:
            case BCONST:
            case XCONST:
                tok.kind = Kind::String;
                break;
            case FCONST:
            case ICONST:
                tok.kind = Kind::Number;
                break;
            case PARAM:
                tok.kind = Kind::Other;
                break;
            case TYPECAST:
                tok.kind = Kind::Cast;
                break;
            default:
                // Single characters, operators, and keywords (every keyword is its own token).
                tok.kind = r.token < 256 || (r.token >= Op && r.token <= 274 && r.token != ICONST)
                               ? Kind::Punct
                               : Kind::Word;
                break;
            }
            tokens.append(tok);
        }
        return tokens;
    }
    return {};
}

QList<std::pair<qsizetype, qsizetype>> dollarSpans(const QList<Tok> &pg)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const Tok &t : pg) {
        if (t.kind == Kind::Dollar)
            spans.append({t.offset, t.offset + t.text.size()});
    }
    return spans;
}

QList<Tok> sqliteTokens(QByteArrayView sql, const QList<std::pair<qsizetype, qsizetype>> &skip)
{
    using sqlite::Token;
    QList<Tok> tokens;
    qsizetype pos = 0;
    qsizetype span = 0;
    while (pos < sql.size()) {
        while (span < skip.size() && skip[span].second <= pos)
            ++span;
        if (span < skip.size() && pos >= skip[span].first) {
            pos = skip[span].second;
            continue;
        }
        const Token t = sqlite::nextToken(sql, pos);
        pos = t.end > pos ? t.end : pos + 1;
        if (t.isTrivia())
            continue;
        Tok tok;
        tok.offset = t.begin;
        tok.text = sql.sliced(t.begin, t.end - t.begin);
        switch (t.kind) {
        case Token::Kind::Word:
            tok.kind = Kind::Word;
            break;
        case Token::Kind::QuotedId:
            tok.kind = tok.text.front() == '`'   ? Kind::Backtick
                       : tok.text.front() == '[' ? Kind::Bracket
                                                 : Kind::Quoted;
            break;
        case Token::Kind::String:
        case Token::Kind::Blob:
            tok.kind = Kind::String;
            break;
        case Token::Kind::Number:
            tok.kind = Kind::Number;
            break;
        case Token::Kind::Operator:
        case Token::Kind::Semicolon:
        case Token::Kind::LeftParen:
        case Token::Kind::RightParen:
        case Token::Kind::Comma:
        case Token::Kind::Dot:
            tok.kind = Kind::Punct;
            break;
        default:
            tok.kind = Kind::Other;
            break;
        }
        tokens.append(tok);
    }
    return tokens;
}

} // namespace

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
