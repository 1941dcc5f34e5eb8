// The revision's own helper functions and for loops, expanded inline: a call of a function
// defined in the module runs its body with the arguments bound, a loop over a known
// sequence runs its body once per item; the DDL they emit is placed at the calling line.
#include "core/load/alembic/alembictranslator_p.h"

namespace schemalens::load::alembic {

void RevisionTranslator::place(qsizetype offset)
{
    m_sql.moveTo(m_anchor >= 0 ? m_anchor : offset);
}

void RevisionTranslator::collectFunction(const Node &def)
{
    // def name(a, b: str): plain (optionally annotated) parameters only.
    PyFunction f;
    const Node params = def.field("parameters");
    for (uint32_t i = 0; i < params.namedChildCount(); ++i) {
        const Node p = params.namedChild(i);
        if (p.is("identifier"))
            f.params.append(m_eval.text(p));
        else if (p.is("typed_parameter") && p.namedChild(0).is("identifier"))
            f.params.append(m_eval.text(p.namedChild(0)));
        else
            return;
    }
    f.body = def.field("body");
    m_functionDefs.insert(m_eval.text(def.field("name")), f);
}

namespace {

constexpr int kMaxExpansionDepth = 8;

} // namespace

bool RevisionTranslator::inlineCall(const Node &node, const QString &name)
{
    const auto it = m_functionDefs.constFind(name);
    if (it == m_functionDefs.cend())
        return false;
    const Value call = m_eval.evalCall(node);
    if (!call.keywords.isEmpty() || call.items.size() != it->params.size())
        return false;
    if (m_depth >= kMaxExpansionDepth) {
        unsupported(
            node.startByte(), QStringLiteral("helper function"),
            Tr::tr("the helper function %1() calls itself too deeply to be followed").arg(name));
        return true;
    }
    const QHash<QString, Value> saved = m_eval.variables;
    const QHash<QString, QString> savedRoots = m_opaqueRoot;
    const QSet<QString> savedOpaque = m_opaqueNames;
    const Node argNodes = node.field("arguments");
    for (qsizetype i = 0; i < call.items.size(); ++i) {
        m_eval.variables.insert(it->params.at(i), call.items.at(i));
        // A parameter given an opaque variable (a session) stands for the same thing.
        const Node arg = argNodes.namedChild(uint32_t(i));
        if (arg.is("identifier") && m_opaqueRoot.contains(m_eval.text(arg))) {
            m_opaqueNames.insert(it->params.at(i));
            m_opaqueRoot.insert(it->params.at(i), m_opaqueRoot.value(m_eval.text(arg)));
        }
    }
    const qsizetype anchor = m_anchor;
    if (m_anchor < 0)
        m_anchor = node.startByte();
    ++m_depth;
    body(it->body);
    m_returned = false;
    --m_depth;
    m_anchor = anchor;
    m_eval.variables = saved;
    m_opaqueRoot = savedRoots;
    m_opaqueNames = savedOpaque;
    return true;
}

std::optional<Value> RevisionTranslator::evaluateFunction(const Node &call)
{
    // A function used as a value (`op.execute(view_sql())`): assignments followed, the value
    // of its return.
    const QString name = m_eval.callName(call);
    const auto it = m_functionDefs.constFind(name);
    if (it == m_functionDefs.cend() || m_depth >= kMaxExpansionDepth)
        return std::nullopt;
    const Value args = m_eval.evalCall(call);
    if (!args.keywords.isEmpty() || args.items.size() != it->params.size())
        return std::nullopt;
    const QHash<QString, Value> saved = m_eval.variables;
    for (qsizetype i = 0; i < args.items.size(); ++i)
        m_eval.variables.insert(it->params.at(i), args.items.at(i));
    ++m_depth;
    Value result = Value::unknown(Tr::tr("%1() returns nothing Schemalens can follow").arg(name),
                                  call.startByte(), call.endByte());
    for (uint32_t i = 0; i < it->body.namedChildCount(); ++i) {
        const Node statement = it->body.namedChild(i);
        if (statement.is("comment") || statement.is("pass_statement"))
            continue;
        if (statement.is("expression_statement") && statement.namedChildCount() == 1) {
            const Node inner = statement.namedChild(0);
            if (inner.is("string") || inner.is("concatenated_string"))
                continue; // docstring
            if (inner.is("assignment") && inner.field("left").is("identifier")) {
                m_eval.variables.insert(m_eval.text(inner.field("left")),
                                        m_eval.eval(inner.field("right")));
                continue;
            }
        }
        if (statement.is("return_statement") && statement.namedChildCount() == 1)
            result = m_eval.eval(statement.namedChild(0));
        break;
    }
    --m_depth;
    m_eval.variables = saved;
    return result;
}

bool RevisionTranslator::bindTarget(const Node &target, const Value &value,
                                    QHash<QString, Value> &into) const
{
    if (target.is("identifier")) {
        into.insert(m_eval.text(target), value);
        return true;
    }
    if ((target.is("pattern_list") || target.is("tuple_pattern") || target.is("list_pattern")) &&
        (value.kind == Value::Kind::Tuple || value.kind == Value::Kind::List) &&
        value.items.size() == qsizetype(target.namedChildCount())) {
        for (uint32_t i = 0; i < target.namedChildCount(); ++i) {
            if (!bindTarget(target.namedChild(i), value.items.at(i), into))
                return false;
        }
        return true;
    }
    return false;
}

void RevisionTranslator::loop(const Node &forStatement)
{
    // for name in <literal list or tuple>: the body once per element, on the for's line.
    const Value items = m_eval.eval(forStatement.field("right"));
    QList<QHash<QString, Value>> bindings;
    bool followable = (items.isList() || items.kind == Value::Kind::Tuple) &&
                      forStatement.field("alternative").isNull() && m_depth < kMaxExpansionDepth;
    for (qsizetype i = 0; followable && i < items.items.size(); ++i) {
        QHash<QString, Value> binding;
        followable = bindTarget(forStatement.field("left"), items.items.at(i), binding);
        bindings.append(binding);
    }
    if (!followable) {
        unsupported(forStatement.startByte(), QStringLiteral("loop"),
                    Tr::tr("a loop over values not known statically is not followed; what it "
                           "changes is not in the schema"));
        return;
    }
    const qsizetype anchor = m_anchor;
    if (m_anchor < 0)
        m_anchor = forStatement.startByte();
    ++m_depth;
    for (const QHash<QString, Value> &binding : bindings) {
        for (auto it = binding.cbegin(); it != binding.cend(); ++it)
            m_eval.variables.insert(it.key(), it.value());
        body(forStatement.field("body"));
        if (m_returned)
            break;
    }
    --m_depth;
    m_anchor = anchor;
}

} // namespace schemalens::load::alembic
