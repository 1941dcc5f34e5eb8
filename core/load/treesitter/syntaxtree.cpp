#include "core/load/treesitter/syntaxtree.h"

#include <tree_sitter/api.h>

#include <algorithm>
#include <cstring>

// The grammars are compiled in when packaging/fetch-grammars.sh fetched them before the
// configure step (grammars.cmake passes 0 or 1 for each).
extern "C" {
#if defined(SCHEMALENS_GRAMMAR_PYTHON) && SCHEMALENS_GRAMMAR_PYTHON
const TSLanguage *tree_sitter_python();
#endif
#if defined(SCHEMALENS_GRAMMAR_ELIXIR) && SCHEMALENS_GRAMMAR_ELIXIR
const TSLanguage *tree_sitter_elixir();
#endif
}

namespace schemalens::load::treesitter {

namespace {

const TSLanguage *language(Grammar grammar)
{
    switch (grammar) {
    case Grammar::Python:
#if defined(SCHEMALENS_GRAMMAR_PYTHON) && SCHEMALENS_GRAMMAR_PYTHON
        return tree_sitter_python();
#else
        return nullptr;
#endif
    case Grammar::Elixir:
#if defined(SCHEMALENS_GRAMMAR_ELIXIR) && SCHEMALENS_GRAMMAR_ELIXIR
        return tree_sitter_elixir();
#else
        return nullptr;
#endif
    }
    return nullptr;
}

} // namespace

bool grammarAvailable(Grammar grammar)
{
    return language(grammar) != nullptr;
}

const char *grammarPackage(Grammar grammar)
{
    return grammar == Grammar::Python ? "tree-sitter-python" : "tree-sitter-elixir";
}

struct NodeAccess {
    static_assert(sizeof(TSNode) <= sizeof(Node::m_raw), "TSNode does not fit Node::m_raw");

    static TSNode get(const Node &node)
    {
        TSNode raw;
        std::memcpy(&raw, node.m_raw, sizeof raw);
        return raw;
    }
    static Node make(TSNode raw)
    {
        Node node;
        if (ts_node_is_null(raw))
            return node;
        std::memcpy(node.m_raw, &raw, sizeof raw);
        node.m_valid = true;
        return node;
    }
};

namespace {

TSNode raw(const Node &node)
{
    return NodeAccess::get(node);
}

Node wrap(TSNode node)
{
    return NodeAccess::make(node);
}

// A migration is at most a few MB; anything slower than this is a pathological input.
constexpr uint64_t kParseTimeoutMicros = 20'000'000;

} // namespace

bool Node::isNull() const
{
    return !m_valid;
}

const char *Node::type() const
{
    return m_valid ? ts_node_type(raw(*this)) : "";
}

bool Node::is(const char *name) const
{
    return m_valid && std::strcmp(ts_node_type(raw(*this)), name) == 0;
}

bool Node::isNamed() const
{
    return m_valid && ts_node_is_named(raw(*this));
}

bool Node::isMissing() const
{
    return m_valid && ts_node_is_missing(raw(*this));
}

bool Node::hasError() const
{
    return m_valid && ts_node_has_error(raw(*this));
}

uint32_t Node::childCount() const
{
    return m_valid ? ts_node_child_count(raw(*this)) : 0;
}

Node Node::child(uint32_t index) const
{
    return m_valid ? wrap(ts_node_child(raw(*this), index)) : Node();
}

uint32_t Node::namedChildCount() const
{
    return m_valid ? ts_node_named_child_count(raw(*this)) : 0;
}

Node Node::namedChild(uint32_t index) const
{
    return m_valid ? wrap(ts_node_named_child(raw(*this), index)) : Node();
}

Node Node::field(const char *name) const
{
    return m_valid
               ? wrap(ts_node_child_by_field_name(raw(*this), name, uint32_t(std::strlen(name))))
               : Node();
}

const char *Node::fieldNameForChild(uint32_t index) const
{
    return m_valid ? ts_node_field_name_for_child(raw(*this), index) : nullptr;
}

Node Node::parent() const
{
    return m_valid ? wrap(ts_node_parent(raw(*this))) : Node();
}

Node Node::nextNamedSibling() const
{
    return m_valid ? wrap(ts_node_next_named_sibling(raw(*this))) : Node();
}

uint32_t Node::startByte() const
{
    return m_valid ? ts_node_start_byte(raw(*this)) : 0;
}

uint32_t Node::endByte() const
{
    return m_valid ? ts_node_end_byte(raw(*this)) : 0;
}

int Node::startRow() const
{
    return m_valid ? int(ts_node_start_point(raw(*this)).row) : 0;
}

int Node::startColumn() const
{
    return m_valid ? int(ts_node_start_point(raw(*this)).column) : 0;
}

int Node::endRow() const
{
    return m_valid ? int(ts_node_end_point(raw(*this)).row) : 0;
}

struct SyntaxTree::Handles {
    TSParser *parser = nullptr;
    TSTree *tree = nullptr;
    ~Handles()
    {
        if (tree)
            ts_tree_delete(tree);
        if (parser)
            ts_parser_delete(parser);
    }
};

SyntaxTree::SyntaxTree(Grammar grammar, QByteArray source)
    : m_source(std::move(source))
    , m_handles(std::make_unique<Handles>())
{
    const TSLanguage *grammarLanguage = language(grammar);
    if (!grammarLanguage)
        return;
    m_handles->parser = ts_parser_new();
    if (!ts_parser_set_language(m_handles->parser, grammarLanguage))
        return;
    ts_parser_set_timeout_micros(m_handles->parser, kParseTimeoutMicros);
    m_handles->tree = ts_parser_parse_string(m_handles->parser, nullptr, m_source.constData(),
                                             uint32_t(m_source.size()));
}

SyntaxTree::~SyntaxTree() = default;
SyntaxTree::SyntaxTree(SyntaxTree &&) noexcept = default;
SyntaxTree &SyntaxTree::operator=(SyntaxTree &&) noexcept = default;

bool SyntaxTree::ok() const
{
    return m_handles && m_handles->tree;
}

Node SyntaxTree::root() const
{
    return ok() ? wrap(ts_tree_root_node(m_handles->tree)) : Node();
}

QByteArrayView SyntaxTree::text(const Node &node) const
{
    if (node.isNull())
        return {};
    const uint32_t start = std::min<uint32_t>(node.startByte(), uint32_t(m_source.size()));
    const uint32_t end = std::min<uint32_t>(node.endByte(), uint32_t(m_source.size()));
    return QByteArrayView(m_source).sliced(start, end - start);
}

Node SyntaxTree::firstError() const
{
    Node node = root();
    if (!node.hasError())
        return {};
    // Descend into the first child that carries the error, until the node itself is one.
    while (true) {
        if (node.is("ERROR") || node.isMissing())
            return node;
        Node next;
        for (uint32_t i = 0; i < node.childCount(); ++i) {
            const Node child = node.child(i);
            if (child.is("ERROR") || child.isMissing() || child.hasError()) {
                next = child;
                break;
            }
        }
        if (next.isNull())
            return node;
        node = next;
    }
}

} // namespace schemalens::load::treesitter
