#pragma once

#include "core/load/treesitter/dslvalue.h"
#include "core/load/treesitter/syntaxtree.h"

#include <QHash>

#include <functional>
#include <optional>

namespace schemalens::load::alembic {

using treesitter::Node;
using treesitter::SyntaxTree;
using treesitter::Value;

// Evaluates the literal subset of Python that Alembic revisions use: strings (prefixes,
// escapes, implicit concatenation, f-strings over known names), numbers, True/False/None,
// tuples, lists, dicts, `+` on strings and lists, and names bound earlier. Calls stay calls
// ("sa.Column", "op.f", ...) with positional and keyword arguments, and dotted names
// (`sa.Integer`) are Atoms marked codeName; the translator interprets both. Anything else
// is Unknown with the reason.
// Keyword under which a method call keeps its receiver; the call's name is then "..method"
// (`sa.JSON().with_variant(JSONB(), "postgresql")` -> "..with_variant", receiver sa.JSON()).
inline constexpr char kReceiver[] = "\x01receiver";

class PyEvaluator {
public:
    explicit PyEvaluator(const SyntaxTree &tree);

    QHash<QString, Value> variables;
    // Calls of the revision's own functions, evaluated by the translator (nullopt: not one).
    std::function<std::optional<Value>(const Node &call)> localCall;

    Value eval(const Node &node) const;
    Value evalCall(const Node &call) const;
    QString text(const Node &node) const;
    // "op.create_table", "sa.Column", "batch_op.add_column"; empty for non-calls.
    QString callName(const Node &call) const;

private:
    Value evalString(const Node &node) const;
    Value evalCollection(const Node &node, Value::Kind kind) const;

    const SyntaxTree &m_tree;
};

} // namespace schemalens::load::alembic
