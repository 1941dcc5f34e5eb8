#pragma once

// A small RAII wrapper over tree-sitter for the DSL loaders (Ecto, Alembic). The C API stays
// in syntaxtree.cpp: this header never includes tree_sitter/api.h (CONVENTIONS.md item 2).

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <memory>

namespace schemalens::load::treesitter {

enum class Grammar { Python, Elixir };

// False when this build was configured without the grammar (packaging/fetch-grammars.sh had
// not fetched it): every SyntaxTree of it is then not ok(), and its loader refuses to run.
bool grammarAvailable(Grammar grammar);
const char *grammarPackage(Grammar grammar); // the npm package, e.g. "tree-sitter-python"

// One node of a parsed tree: a value, valid as long as its SyntaxTree lives. A default
// Node is null; every accessor of a null node returns a null node, 0 or "".
class Node {
public:
    Node() = default;

    bool isNull() const;
    const char *type() const;
    bool is(const char *type) const; // type() == type
    bool isNamed() const;
    bool isMissing() const; // inserted by error recovery
    bool hasError() const;  // this node or a descendant is an ERROR or missing node

    uint32_t childCount() const;
    Node child(uint32_t index) const;
    uint32_t namedChildCount() const;
    Node namedChild(uint32_t index) const;
    Node field(const char *name) const;                  // child by field name
    const char *fieldNameForChild(uint32_t index) const; // nullptr when it has none
    Node parent() const;
    Node nextNamedSibling() const;

    uint32_t startByte() const;
    uint32_t endByte() const;
    int startRow() const;    // 0-based
    int startColumn() const; // 0-based, in bytes
    int endRow() const;

private:
    friend class SyntaxTree;
    friend struct NodeAccess;
    // The C TSNode, kept as bytes so that the header needs no tree-sitter type.
    alignas(8) unsigned char m_raw[32] = {};
    bool m_valid = false;
};

// A parsed source. The text is kept so that node texts can be read.
class SyntaxTree {
public:
    SyntaxTree(Grammar grammar, QByteArray source);
    ~SyntaxTree();
    SyntaxTree(SyntaxTree &&) noexcept;
    SyntaxTree &operator=(SyntaxTree &&) noexcept;
    SyntaxTree(const SyntaxTree &) = delete;
    SyntaxTree &operator=(const SyntaxTree &) = delete;

    // False only when the parser could not run at all (grammar not built in, grammar ABI
    // not accepted by the runtime, parse timeout); syntax errors give a tree with ERROR nodes
    // instead.
    bool ok() const;
    Node root() const;
    const QByteArray &source() const { return m_source; }
    QByteArrayView text(const Node &node) const;

    // The first ERROR or missing node in document order, or a null node.
    Node firstError() const;

private:
    struct Handles;
    QByteArray m_source;
    std::unique_ptr<Handles> m_handles;
};

} // namespace schemalens::load::treesitter
