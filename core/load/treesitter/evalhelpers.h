#pragma once

// The language-neutral steps of evaluating DSL literals from a tree-sitter tree into Values,
// shared by the Python (alembic/pyevaluator.cpp) and Elixir (ecto/exevaluator.cpp)
// evaluators: values spanning a node, the common Unknown reasons, number literals, names
// bound earlier, list/tuple items, and joining strings or lists. What each language spells
// differently (escapes, string parts, interpolation text, calls) stays with its evaluator.

#include "core/load/treesitter/dslvalue.h"
#include "core/load/treesitter/syntaxtree.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace schemalens::load::treesitter {

// An empty value of KIND spanning NODE in the source.
Value valueAt(Value::Kind kind, const Node &node);

// Unknown, for WHY, spanning NODE.
Value unknownAt(const Node &node, const QString &why);

// Unknown: "'SOURCE' is not a literal" / "expression 'SOURCE' is not a literal", with the
// node's source text shortened to 60 characters.
Value notALiteral(const Node &node, const QString &source);
Value expressionNotALiteral(const Node &node, const QString &source);

// The character CODE appended as UTF-8 (a \u or \x escape).
void appendCodePoint(QByteArray &out, uint code);
// The control character of C's escapes \a \b \f \n \r \t \v, which Python and Elixir
// share; nullopt for any other LETTER.
std::optional<char> controlEscape(char letter);

// An integer literal as WRITTEN: '_' separators, 0x/0o/0b prefixes (in any case when
// PREFIXES is Qt::CaseInsensitive, as in Python). Unknown when out of range.
Value integerLiteral(const Node &node, const QString &written, Qt::CaseSensitivity prefixes);
// A float literal as WRITTEN, '_' separators dropped.
Value floatLiteral(const Node &node, const QString &written);

// The value bound to NAME in BINDINGS (variables, Elixir's module attributes), placed at USE
// (for diagnostics: where it is used, not where it was bound); nullopt when NAME is unbound.
std::optional<Value> boundValue(const QHash<QString, Value> &bindings, const QString &name,
                                const Node &use);

// A list or tuple NODE: ADD_ITEM is called for each named child but comments, and appends
// what the child contributes to the collection's items.
Value collectionOf(const Node &node, Value::Kind kind,
                   const std::function<void(const Node &child, QList<Value> &items)> &addItem);

// The text of a string made of SEGMENTS (UTF-8 bytes, in order).
QString segmentsText(const QList<Segment> &segments);

// LEFT and RIGHT joined into one value that ends at END: two strings (their text and
// source segments), or two lists/tuples (their items).
Value joinedStrings(Value left, const Value &right, qsizetype end);
Value joinedItems(Value left, const Value &right, qsizetype end);

} // namespace schemalens::load::treesitter
