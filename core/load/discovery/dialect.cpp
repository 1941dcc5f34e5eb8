#include "core/load/discovery/dialect.h"

#include <QStringDecoder>

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace schemalens::load::discovery {

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

Dialect engineDialect(const QString &token, QString *other)
{
    static const QStringList pg = {QStringLiteral("postgres"), QStringLiteral("postgresql"),
                                   QStringLiteral("pg"), QStringLiteral("pgsql"),
                                   QStringLiteral("psql")};
    static const QStringList lite = {QStringLiteral("sqlite"), QStringLiteral("sqlite3"),
                                     QStringLiteral("turso"), QStringLiteral("libsql")};
    static const QStringList others = {
        QStringLiteral("mysql"),       QStringLiteral("mariadb"),    QStringLiteral("cockroach"),
        QStringLiteral("cockroachdb"), QStringLiteral("clickhouse"), QStringLiteral("mssql"),
        QStringLiteral("sqlserver"),   QStringLiteral("oracle"),     QStringLiteral("tidb")};
    if (pg.contains(token))
        return Dialect::PostgreSQL;
    if (lite.contains(token))
        return Dialect::SQLite;
    if (others.contains(token) && other)
        *other = token;
    return Dialect::Unknown;
}

bool isWordChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           uchar(c) >= 0x80;
}

} // namespace

QString dialectDisplayName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case Dialect::SQLite:
        return QStringLiteral("SQLite");
    case Dialect::Unknown:
        break;
    }
    return Tr::tr("unknown");
}

DialectGuess dialectFromName(const QString &name, bool isFolder)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9]+"));
    const QStringList tokens = name.toLower().split(separators, Qt::SkipEmptyParts);
    DialectGuess guess;
    for (const QString &token : tokens) {
        QString other;
        const Dialect d = engineDialect(token, &other);
        if (d == Dialect::Unknown && other.isEmpty())
            continue;
        guess.dialect = d;
        guess.otherEngine = other;
        guess.evidence =
            isFolder ? Tr::tr("folder name '%1'").arg(name) : Tr::tr("file name '%1'").arg(name);
        return guess;
    }
    return guess;
}

DialectGuess dialectFromEngineName(const QString &engine, const QString &evidence)
{
    DialectGuess guess;
    QString other;
    guess.dialect = engineDialect(engine.trimmed().toLower(), &other);
    guess.otherEngine = other;
    if (guess.decided())
        guess.evidence = evidence;
    return guess;
}

ContentMarkers scanDialectMarkers(const QByteArray &sql)
{
    QMap<QString, bool> pg;
    QMap<QString, bool> lite;
    QByteArrayList words; // the last few upper-cased words, for multi-word markers
    const char *s = sql.constData();
    const qsizetype n = sql.size();
    auto markPg = [&](const char *m) { pg.insert(QString::fromLatin1(m), true); };
    auto markLite = [&](const char *m) { lite.insert(QString::fromLatin1(m), true); };
    auto pushWord = [&](QByteArray word) {
        words.append(std::move(word));
        if (words.size() > 5)
            words.removeFirst();
    };
    qsizetype i = 0;
    while (i < n) {
        const char c = s[i];
        if (c == '-' && i + 1 < n && s[i + 1] == '-') { // line comment
            while (i < n && s[i] != '\n')
                ++i;
            continue;
        }
        if (c == '/' && i + 1 < n && s[i + 1] == '*') { // block comment
            const qsizetype end = sql.indexOf("*/", i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == '\'' || c == '"') { // literal or quoted identifier; doubled quotes escape
            ++i;
            while (i < n) {
                if (s[i] == c) {
                    if (i + 1 < n && s[i + 1] == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
            pushWord(c == '"' ? QByteArray("<identifier>") : QByteArray("<literal>"));
            continue;
        }
        if (c == '`') {
            markLite("backtick identifiers");
            ++i;
            continue;
        }
        if (c == ':' && i + 1 < n && s[i + 1] == ':') {
            markPg("::");
            i += 2;
            continue;
        }
        if (c == '$' && i + 1 < n && s[i + 1] == '$') {
            markPg("$$");
            i += 2;
            continue;
        }
        if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(s[i]))
                ++i;
            const QByteArray word = QByteArray(s + start, i - start).toUpper();
            pushWord(word);
            auto prev = [&](int back) -> QByteArray {
                return words.size() > back ? words.at(words.size() - 1 - back) : QByteArray();
            };
            if (word == "AUTOINCREMENT")
                markLite("AUTOINCREMENT");
            else if (word == "PRAGMA")
                markLite("PRAGMA");
            else if (word == "ROWID" && prev(1) == "WITHOUT")
                markLite("WITHOUT ROWID");
            else if (word == "TABLE" && prev(1) == "VIRTUAL")
                markLite("CREATE VIRTUAL TABLE");
            else if (word == "KEY" && prev(1) == "PRIMARY" && prev(2) == "INTEGER")
                markLite("INTEGER PRIMARY KEY");
            else if (word == "SERIAL" || word == "BIGSERIAL" || word == "SMALLSERIAL")
                markPg("SERIAL");
            else if (word == "TIMESTAMPTZ" || word == "JSONB" || word == "BYTEA" ||
                     word == "TSVECTOR" || word == "PLPGSQL")
                markPg(word.constData());
            else if (word == "EXTENSION" && prev(1) == "CREATE")
                markPg("CREATE EXTENSION");
            else if (word == "GIN" && prev(1) == "USING")
                markPg("USING gin");
            else if (word == "ENUM" && prev(1) == "AS")
                markPg("CREATE TYPE ... AS ENUM");
            else if (word == "TYPE" &&
                     ((prev(2) == "COLUMN" && prev(3) == "ALTER") ||
                      (prev(1) == "DATA" && prev(2) == "SET" && prev(4) == "COLUMN")))
                markPg("ALTER COLUMN ... TYPE");
            continue;
        }
        ++i;
    }
    ContentMarkers markers;
    markers.postgres = pg.keys();
    // INTEGER PRIMARY KEY is valid PostgreSQL too: it only counts where nothing else is PG.
    if (!pg.isEmpty())
        lite.remove(QStringLiteral("INTEGER PRIMARY KEY"));
    markers.sqlite = lite.keys();
    return markers;
}

DialectGuess dialectFromContent(const QList<QByteArray> &files)
{
    int pgFiles = 0;
    int liteFiles = 0;
    QMap<QString, int> pgCounts;
    QMap<QString, int> liteCounts;
    for (const QByteArray &sql : files) {
        const ContentMarkers m = scanDialectMarkers(sql);
        // A file counts for the dialect it leans to, so that a stray "::" in an SQLite
        // migration or a backtick in a PostgreSQL comment-string does not flip a folder.
        if (m.postgres.size() > m.sqlite.size()) {
            ++pgFiles;
            for (const QString &k : m.postgres)
                ++pgCounts[k];
        } else if (m.sqlite.size() > m.postgres.size()) {
            ++liteFiles;
            for (const QString &k : m.sqlite)
                ++liteCounts[k];
        }
    }
    DialectGuess guess;
    if (pgFiles == liteFiles)
        return guess;
    const bool pg = pgFiles > liteFiles;
    const QMap<QString, int> &counts = pg ? pgCounts : liteCounts;
    const auto top = std::max_element(counts.begin(), counts.end());
    guess.dialect = pg ? Dialect::PostgreSQL : Dialect::SQLite;
    guess.evidence = top.value() == 1
                         ? Tr::tr("content: %1 (1 file)").arg(top.key())
                         : Tr::tr("content: %1 (%2 files)").arg(top.key()).arg(top.value());
    return guess;
}

bool looksLikeText(const QByteArray &head)
{
    if (head.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QByteArray complete = head.size() > 4 ? head.left(head.size() - 4) : head;
    (void)decoder.decode(complete);
    return !decoder.hasError();
}

} // namespace schemalens::load::discovery
