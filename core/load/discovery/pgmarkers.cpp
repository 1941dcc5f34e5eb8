// PostgreSQL's view of the dialect markers: what in libpg_query's tokens SQLite would reject
// (:: casts, CONCURRENTLY, ALTER COLUMN, PostgreSQL-only statements and index methods) or
// only PostgreSQL writes (its types and functions).
#include "core/load/discovery/dialectscan_p.h"

namespace schemalens::load::discovery::markerscan {

namespace {

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

} // namespace

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

} // namespace schemalens::load::discovery::markerscan
