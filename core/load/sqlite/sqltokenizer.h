#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace schemalens::load::sqlite {

// One token of SQLite SQL, as byte offsets into UTF-8 text. The rules follow SQLite's own
// tokenizer (tokenize.c): '…' strings with '' escapes; "…", `…` and […] identifiers;
// -- and /* */ comments (an unterminated /* runs to the end, as in SQLite); x'…' blobs;
// ?NNN, :name, @name, $name variables. Regular expressions cannot get these right (a ')' in
// a string, a comment inside CHECK (…), a [bracketed] name), so nothing here uses one.
struct Token {
    enum class Kind {
        Space,
        Comment,
        Word, // bare identifier or keyword
        QuotedId,
        String,
        Blob,
        Number,
        Variable,
        Operator,
        Semicolon,
        LeftParen,
        RightParen,
        Comma,
        Dot,
        Illegal,
    };

    Kind kind = Kind::Illegal;
    qsizetype begin = 0;
    qsizetype end = 0;

    bool isTrivia() const { return kind == Kind::Space || kind == Kind::Comment; }
};

// The token that starts at `pos` (pos < sql.size()).
Token nextToken(QByteArrayView sql, qsizetype pos);

// All tokens of `sql`, trivia included.
QList<Token> tokenize(QByteArrayView sql);

// True when `token` is the bare word `keyword` (ASCII case-insensitive, like SQLite).
bool isKeyword(QByteArrayView sql, const Token &token, const char *keyword);

// The name a token stands for: quotes removed and doubled quotes undone for "…", `…`, '…';
// brackets removed for […]; other tokens as written.
QString identifierText(QByteArrayView sql, const Token &token);

// The first offset at or after `pos` that is not whitespace or a comment.
qsizetype skipTrivia(QByteArrayView sql, qsizetype pos);

// The offset just past the statement that starts at `start`: after its terminating ';', or
// the end of the text. Follows sqlite3_complete(): inside CREATE TRIGGER … BEGIN … END the
// semicolons of the body do not end the statement. Used to resume after a statement that
// SQLite refused to prepare (its tail pointer then stops at the offending token).
qsizetype statementEnd(QByteArrayView sql, qsizetype start);

// Maps byte offsets of a text to 1-based line and column. Columns count characters (UTF-8
// sequences), not bytes, so they match what an editor shows; a UTF-8 byte-order mark at
// the start is not counted.
class LineIndex {
public:
    explicit LineIndex(QByteArrayView text);
    std::pair<int, int> position(qsizetype offset) const;

private:
    QByteArrayView m_text;
    std::vector<qsizetype> m_lineStarts;
};

} // namespace schemalens::load::sqlite
