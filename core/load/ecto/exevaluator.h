#pragma once

#include "core/load/treesitter/dslvalue.h"
#include "core/load/treesitter/syntaxtree.h"

#include <QHash>

#include <functional>
#include <optional>

namespace schemalens::load::ecto {

using treesitter::Node;
using treesitter::SyntaxTree;
using treesitter::Value;

// Evaluates the literal subset of Elixir that migrations use — atoms, strings (with
// escapes, heredocs, sigils, interpolation of known values), numbers, booleans, nil, lists,
// keyword lists, tuples, maps, `<>` and `++` — plus module attributes (@name) and simple
// variables bound earlier. Calls stay calls (name and arguments) for the translator to
// interpret. Everything else is Unknown, with the reason; nothing is guessed.
class ExEvaluator {
public:
    explicit ExEvaluator(const SyntaxTree &tree);

    QHash<QString, Value> attributes; // @name value
    QHash<QString, Value> variables;  // name = value
    // Calls of the module's own functions, evaluated by the translator (nullopt: not one).
    std::function<std::optional<Value>(const Node &call)> localCall;

    Value eval(const Node &node) const;
    // A call's positional arguments and trailing keywords.
    Value evalCall(const Node &call) const;
    QString text(const Node &node) const;
    // The call's name: "create", "Enum.each", "repo().query!" ... ; empty for non-calls.
    QString callName(const Node &call) const;
    // The `arguments` node of a call (null when it has none).
    static Node arguments(const Node &call);
    // The do_block of a call (null when it has none).
    static Node doBlock(const Node &call);

private:
    Value evalString(const Node &node, bool raw) const;
    Value evalSigil(const Node &node) const;
    Value evalCollection(const Node &node, Value::Kind kind) const;
    Value evalMap(const Node &node) const;
    Value evalKeywords(const Node &keywords) const; // a list of {atom, value} tuples
    Value evalBinary(const Node &node) const;
    Value evalUnary(const Node &node) const;
    QString keywordKey(const Node &key) const;

    const SyntaxTree &m_tree;
};

} // namespace schemalens::load::ecto
