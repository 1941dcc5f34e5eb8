// SQLite's view of the dialect markers: what in the SQLite tokenizer's tokens PostgreSQL
// would reject (AUTOINCREMENT, PRAGMA, WITHOUT ROWID, backtick names, SQLite-only types and
// functions) or only SQLite writes (INTEGER PRIMARY KEY, 0/1 flags).
#include "core/load/discovery/dialectscan_p.h"

namespace schemalens::load::discovery::markerscan {

namespace {

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

} // namespace

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

} // namespace schemalens::load::discovery::markerscan
