#pragma once

// Private to core/load/discovery: what scanDialectMarkers() is made of. Both engines'
// tokenizers produce the same tokens (dialecttokens.cpp), and the marker rules read them
// through Rules: PostgreSQL's markers in pgmarkers.cpp, SQLite's in sqlitemarkers.cpp.

#include "core/load/discovery/dialectscan.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <cstring>
#include <initializer_list>
#include <utility>

namespace schemalens::load::discovery::markerscan {

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

inline bool sameWord(QByteArrayView text, const char *word)
{
    // The first letter rules out almost every comparison before strlen() is needed.
    if (text.isEmpty() || (text.front() | 0x20) != (word[0] | 0x20))
        return false;
    const auto n = qsizetype(std::strlen(word));
    return text.size() == n && qstrnicmp(text.data(), n, word, n) == 0;
}

inline QString lowerLatin1(QByteArrayView text)
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

// PostgreSQL's lexer (libpg_query's scanner) over the whole text.
QList<Tok> pgTokens(const QByteArray &sql);
// The dollar-quoted strings of PostgreSQL's tokens: text SQLite's view skips.
QList<std::pair<qsizetype, qsizetype>> dollarSpans(const QList<Tok> &pg);
// SQLite's tokenizer over the text outside SKIP.
QList<Tok> sqliteTokens(QByteArrayView sql, const QList<std::pair<qsizetype, qsizetype>> &skip);

// The markers of each engine's view, reported through Rules::hit().
void scanPgView(Rules &r);
void scanSqliteView(Rules &r);

} // namespace schemalens::load::discovery::markerscan
