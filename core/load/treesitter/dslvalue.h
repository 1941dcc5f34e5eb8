#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace schemalens::load::treesitter {

// A piece of a string value: bytes, and where they stand verbatim in the source (-1 when
// they were produced: an escape sequence, an interpolated value). Kept so that SQL taken
// from a migration (Ecto `execute`, Alembic `op.execute`) can be laid out on its own lines.
struct Segment {
    qsizetype offset = -1;
    QByteArray bytes;
};

// The value of a DSL expression, evaluated statically: literals, collections and calls
// (kept as a name with arguments, for the loader to interpret). Anything that cannot be
// known without running the code is Unknown, with the reason and where it is.
struct Value {
    enum class Kind { Unknown, Nil, Bool, Integer, Float, Atom, String, List, Tuple, Map, Call };

    Kind kind = Kind::Unknown;
    QString text; // atom or call name, string text, number as written, Unknown: why
    bool boolean = false;
    qint64 integer = 0;
    QList<Value> items;                        // list/tuple elements, call arguments
    QList<std::pair<QString, Value>> keywords; // call keyword arguments
    QList<std::pair<Value, Value>> entries;    // map entries
    QList<Segment> segments;                   // strings
    bool codeName = false; // an Atom that names code (Elixir alias, Python dotted name)
    qsizetype offset = 0;  // source byte offset of the expression
    qsizetype endOffset = 0;

    bool isUnknown() const { return kind == Kind::Unknown; }
    bool isNil() const { return kind == Kind::Nil; }
    bool isString() const { return kind == Kind::String; }
    bool isAtom() const { return kind == Kind::Atom; }
    bool isList() const { return kind == Kind::List; }
    bool isCall(const char *name) const
    {
        return kind == Kind::Call && text == QLatin1String(name);
    }
    bool isTrue() const { return kind == Kind::Bool && boolean; }
    bool isFalse() const { return kind == Kind::Bool && !boolean; }
    // An atom or a string: a name as Ecto and SQLAlchemy accept it.
    bool isName() const { return kind == Kind::Atom || kind == Kind::String; }

    // A keyword list (Elixir: a list of {atom, value} two-tuples, `[null: false]`).
    bool isKeywordList() const;
    // Whether a string's text stands verbatim inside [start, end) of the source (a literal
    // written there, not one bound elsewhere or returned by a function).
    bool writtenWithin(qsizetype start, qsizetype end) const;
    // The value of `name` among a call's keyword arguments or in a keyword list; nullptr.
    const Value *option(const QString &name) const;
    // Unknown values nested anywhere inside (an interpolation that could not be resolved,
    // a list element); the first one, or nullptr.
    const Value *firstUnknown() const;

    static Value unknown(const QString &why, qsizetype offset, qsizetype endOffset);
    static Value string(const QString &text, qsizetype offset = -1);
    static Value atom(const QString &name);
};

} // namespace schemalens::load::treesitter
