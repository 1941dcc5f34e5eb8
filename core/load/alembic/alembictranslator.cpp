// An Alembic revision's upgrade() -> the DDL Alembic emits for it: the module (imports,
// constants, functions), the statements of upgrade(), and batch_alter_table blocks. The op
// calls themselves are rendered in alembicops.cpp.
#include "core/load/alembic/alembictranslator_p.h"

#include <cstring>

namespace schemalens::load::alembic {

const Value *argument(const Value &call, int position, const char *keyword)
{
    if (const Value *v = call.option(QLatin1String(keyword)))
        return v;
    return position >= 0 && position < call.items.size() ? &call.items.at(position) : nullptr;
}

RevisionTranslator::RevisionTranslator(const QByteArray &source, const QString &path, int ordinal,
                                       SqlDialect dialect, SqliteSession *session, Translation &out)
    : m_tree(treesitter::Grammar::Python, source)
    , m_eval(m_tree)
    , m_sql(source)
    , m_text(source)
    , m_path(path)
    , m_ordinal(ordinal)
    , m_dialect(dialect)
    , m_session(session)
    , m_out(out)
{}

void RevisionTranslator::unsupported(qsizetype offset, const QString &construct,
                                     const QString &message)
{
    const QString key = QString::number(offset) + QLatin1Char(':') + message;
    if (m_reported.contains(key))
        return; // a helper expanded once more reports the same line again
    m_reported.insert(key);
    Diagnostic d;
    d.rule = QStringLiteral("unsupported");
    d.severity = Diagnostic::Severity::Warning;
    d.message = message;
    d.location = model::Origin{m_path, m_text.line(offset), m_text.column(offset), m_ordinal};
    m_out.diagnostics.append(d);
    ++m_out.unsupported[QStringLiteral("alembic: ") + construct];
}

void RevisionTranslator::unsupportedValue(const Value &value, const QString &context,
                                          qsizetype fallback)
{
    const Value *unknown = value.firstUnknown();
    const qsizetype at = unknown && unknown->endOffset > 0 ? unknown->offset : fallback;
    unsupported(at, QStringLiteral("dynamic value"),
                Tr::tr("%1: %2; it is left out of the schema (Schemalens reads migrations "
                       "without running them)")
                    .arg(context, unknown ? unknown->text : Tr::tr("not a literal")));
}

void RevisionTranslator::customType(qsizetype offset, const QString &table, const QString &column,
                                    const QString &type)
{
    m_out.customTypes.append(
        {type, table + QLatin1Char('.') + column,
         model::Origin{m_path, m_text.line(offset), m_text.column(offset), m_ordinal}});
}

void RevisionTranslator::error(qsizetype offset, const QString &message)
{
    Diagnostic d;
    d.rule = QStringLiteral("migration-error");
    d.severity = Diagnostic::Severity::Error;
    d.message = message;
    d.location = model::Origin{m_path, m_text.line(offset), m_text.column(offset), m_ordinal};
    m_out.diagnostics.append(d);
}

QString RevisionTranslator::stringArg(const Value &call, int position, const char *keyword,
                                      const QString &what, qsizetype offset, bool required)
{
    const Value *v = argument(call, position, keyword);
    if (v && v->isString())
        return v->text;
    // op.f("name"): a name marked final.
    if (v && v->kind == Value::Kind::Call && v->items.size() == 1 && v->items.first().isString() &&
        (v->text.endsWith(QLatin1String(".f")) ||
         m_imports.qualify(v->text) == QLatin1String("alembic.op.f")))
        return v->items.first().text;
    if (v && v->isNil() && !required)
        return {};
    if (!v && !required)
        return {};
    if (v && v->kind == Value::Kind::Call)
        unsupported(v->offset > 0 ? v->offset : offset, QStringLiteral("dynamic value"),
                    Tr::tr("%1: %2(...) is computed when the migration runs; the operation is "
                           "left out")
                        .arg(what, v->text));
    else if (v && v->isAtom() && v->codeName)
        unsupported(v->offset > 0 ? v->offset : offset, QStringLiteral("dynamic value"),
                    Tr::tr("%1: the name '%2' is not known statically; the operation is left out")
                        .arg(what, v->text));
    else if (v)
        unsupportedValue(*v, what, offset);
    else
        unsupported(offset, QStringLiteral("missing argument"),
                    Tr::tr("%1 is missing; the operation is left out").arg(what));
    return {};
}

QStringList RevisionTranslator::namesArg(const Value &call, int position, const char *keyword)
{
    QStringList names;
    const Value *v = argument(call, position, keyword);
    if (!v)
        return names;
    if (v->isString())
        return {v->text};
    for (const Value &item : v->items) {
        if (!item.isString())
            return {};
        names.append(item.text);
    }
    return names;
}

QString RevisionTranslator::qualified(const QString &schema, const QString &name) const
{
    return treesitter::quoteQualified(schema, name);
}

void RevisionTranslator::emit(qsizetype offset, const QString &sql)
{
    place(offset);
    m_sql.append(sql);
    m_sql.endStatement();
}

void RevisionTranslator::emitFollowing(const QString &sql)
{
    m_sql.append(" ");
    m_sql.append(sql);
    m_sql.endStatement();
}

void RevisionTranslator::imports(const Node &statement)
{
    // import sqlalchemy as sa / import sqlalchemy / from x.y import a as b
    if (statement.is("import_statement")) {
        for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
            const Node item = statement.namedChild(i);
            if (item.is("aliased_import")) {
                m_imports.add(m_eval.text(item.field("alias")), m_eval.text(item.field("name")));
            } else if (item.is("dotted_name")) {
                const QString name = m_eval.text(item);
                m_imports.add(name.section(QLatin1Char('.'), 0, 0),
                              name.section(QLatin1Char('.'), 0, 0));
            }
        }
        return;
    }
    // from x.y import a, b as c: the named children after module_name. (Not by field name:
    // libtree-sitter 0.20's ts_node_field_name_for_child misses repeated fields.)
    const Node moduleNode = statement.field("module_name");
    const QString module = m_eval.text(moduleNode);
    for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
        const Node item = statement.namedChild(i);
        if (item.startByte() == moduleNode.startByte())
            continue;
        if (item.is("aliased_import"))
            m_imports.add(m_eval.text(item.field("alias")),
                          module + QLatin1Char('.') + m_eval.text(item.field("name")));
        else if (item.is("dotted_name"))
            m_imports.add(m_eval.text(item), module + QLatin1Char('.') + m_eval.text(item));
    }
}

void RevisionTranslator::run()
{
    if (!m_tree.ok()) {
        error(0, Tr::tr("the Python parser could not read this file"));
        return;
    }
    if (const Node bad = m_tree.firstError(); !bad.isNull()) {
        Diagnostic d;
        d.rule = QStringLiteral("parse-error");
        d.severity = Diagnostic::Severity::Error;
        const QString near = QString::fromUtf8(m_tree.text(bad)).left(40).simplified();
        d.message =
            bad.isMissing()
                ? Tr::tr("Python syntax error: missing %1").arg(QString::fromUtf8(bad.type()))
            : near.isEmpty() ? Tr::tr("Python syntax error")
                             : Tr::tr("Python syntax error near '%1'").arg(near);
        d.location = model::Origin{m_path, m_text.line(bad.startByte()),
                                   m_text.column(bad.startByte()), m_ordinal};
        m_out.diagnostics.append(d);
    }
    const Node root = m_tree.root();
    Node upgrade;
    for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
        const Node node = root.namedChild(i);
        if (node.is("function_definition")) {
            const QString name = m_eval.text(node.field("name"));
            if (name == QLatin1String("upgrade")) {
                upgrade = node;
            } else if (name != QLatin1String("downgrade")) {
                m_functions.insert(name);
                collectFunction(node);
            }
        } else if (node.is("decorated_definition")) {
            const Node def = node.field("definition");
            if (def.is("function_definition"))
                m_functions.insert(m_eval.text(def.field("name")));
        }
    }
    m_eval.localCall = [this](const Node &call) { return evaluateFunction(call); };
    // Module level in order: imports and constants; upgrade() where it is defined.
    for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
        const Node node = root.namedChild(i);
        if (node.is("import_statement") || node.is("import_from_statement")) {
            imports(node);
        } else if (node.is("expression_statement") && node.namedChildCount() == 1 &&
                   node.namedChild(0).is("assignment")) {
            const Node assignment = node.namedChild(0);
            if (assignment.field("left").is("identifier") && !assignment.field("right").isNull())
                m_eval.variables.insert(m_eval.text(assignment.field("left")),
                                        m_eval.eval(assignment.field("right")));
        } else if (!upgrade.isNull() && node.startByte() == upgrade.startByte()) {
            body(upgrade.field("body"));
        }
    }
    if (upgrade.isNull()) {
        Diagnostic d;
        d.rule = QStringLiteral("source-warning");
        d.severity = Diagnostic::Severity::Warning;
        d.message = Tr::tr("this revision has no upgrade() function; nothing is applied");
        d.location = model::Origin{m_path, 1, 1, m_ordinal};
        m_out.diagnostics.append(d);
    }
    if (m_session)
        m_session->sync(m_sql.sql());
    m_out.sql = m_sql.take();
}

void RevisionTranslator::body(const Node &block)
{
    for (uint32_t i = 0; i < block.namedChildCount() && !m_returned; ++i)
        statement(block.namedChild(i));
}

void RevisionTranslator::statement(const Node &node)
{
    if (node.is("comment") || node.is("pass_statement") || node.is("ERROR"))
        return;
    if (node.is("return_statement")) {
        m_returned = true;
        return;
    }
    // One problem, one finding: a statement working on a value that an earlier finding
    // already reported (a session, a connection, a query result) is counted, not reported.
    // Operations always run: only code around them is folded into earlier findings.
    Node call = node.is("expression_statement") && node.namedChildCount() == 1 ? node.namedChild(0)
                                                                               : Node();
    if (call.is("assignment"))
        call = call.field("right");
    if (call.is("call") &&
        m_imports.qualify(m_eval.callName(call)).startsWith(QLatin1String("alembic.op."))) {
        statementInner(node);
        return;
    }
    const QStringList opaque = opaqueRoots(node);
    if (!opaque.isEmpty()) {
        bool allReported = true;
        for (const QString &root : opaque)
            allReported = allReported && m_reportedOpaque.contains(root);
        if (allReported) {
            ++m_out.unsupported[QStringLiteral("alembic: follows an earlier finding")];
            return;
        }
        const qsizetype before = m_out.diagnostics.size();
        statementInner(node);
        if (m_out.diagnostics.size() > before) {
            for (const QString &root : opaque)
                m_reportedOpaque.insert(root);
        }
        return;
    }
    statementInner(node);
}

QStringList RevisionTranslator::opaqueRoots(const Node &node) const
{
    // Values that cannot be known statically, traced back to the first one they came from
    // (`recipes = session.execute(...)` -> session -> bind = op.get_bind()).
    QStringList roots;
    for (const QString &name : headNames(node)) {
        const auto bound = m_eval.variables.constFind(name);
        const bool opaque = m_opaqueNames.contains(name) ||
                            (bound != m_eval.variables.cend() &&
                             (bound->isUnknown() || bound->kind == Value::Kind::Call));
        if (!opaque)
            continue;
        const QString root = m_opaqueRoot.value(name, name);
        if (!roots.contains(root))
            roots.append(root);
    }
    return roots;
}

void RevisionTranslator::bindOpaque(const QString &name, const Node &statement)
{
    const QStringList roots = opaqueRoots(statement);
    m_opaqueNames.insert(name);
    m_opaqueRoot.insert(name, roots.isEmpty() ? name : roots.first());
}

// The names a statement starts from: the object of a call (`session` in session.commit()),
// the iterable of a for loop, the context of a with block, the condition of an if.
QStringList RevisionTranslator::headNames(const Node &node) const
{
    Node head;
    if (node.is("expression_statement") && node.namedChildCount() == 1) {
        head = node.namedChild(0);
        if (head.is("assignment"))
            head = head.field("right");
    } else if (node.is("for_statement")) {
        head = node.field("right");
    } else if (node.is("with_statement")) {
        head = node.namedChild(0);
    } else if (node.is("if_statement") || node.is("while_statement")) {
        head = node.field("condition");
    }
    QStringList names;
    QList<Node> stack{head};
    while (!stack.isEmpty() && names.size() < 64) {
        const Node n = stack.takeLast();
        if (n.isNull() || n.is("string"))
            continue;
        if (n.is("identifier")) {
            names.append(m_eval.text(n));
            continue;
        }
        if (n.is("attribute")) { // session.query: the object only
            stack.append(n.field("object"));
            continue;
        }
        if (n.is("keyword_argument")) {
            stack.append(n.field("value"));
            continue;
        }
        for (uint32_t i = 0; i < n.namedChildCount(); ++i)
            stack.append(n.namedChild(i));
    }
    return names;
}

void RevisionTranslator::statementInner(const Node &node)
{
    if (node.is("expression_statement")) {
        if (node.namedChildCount() != 1)
            return;
        const Node inner = node.namedChild(0);
        if (inner.is("assignment")) {
            const Node left = inner.field("left");
            const Node right = inner.field("right");
            if (right.is("call") && m_imports.qualify(m_eval.callName(right))
                                        .startsWith(QLatin1String("alembic.op."))) {
                // `t = op.create_table(...)`: the operation runs; the name stays opaque.
                expression(right, m_eval.text(left));
                if (left.is("identifier")) {
                    m_eval.variables.insert(
                        m_eval.text(left),
                        Value::unknown(Tr::tr("'%1' holds the result of %2")
                                           .arg(m_eval.text(left), m_eval.callName(right)),
                                       left.startByte(), left.endByte()));
                    bindOpaque(m_eval.text(left), node);
                }
                return;
            }
            if (left.is("identifier") && !right.isNull()) {
                // Bound silently; a value that cannot be known is reported where it is used.
                const Value value = m_eval.eval(right);
                if (value.firstUnknown() || value.kind == Value::Kind::Call) {
                    bindOpaque(m_eval.text(left), node);
                } else {
                    m_opaqueNames.remove(m_eval.text(left));
                    m_opaqueRoot.remove(m_eval.text(left));
                }
                m_eval.variables.insert(m_eval.text(left), value);
                return;
            }
            unsupported(node.startByte(), QStringLiteral("assignment"),
                        Tr::tr("this assignment is not followed statically"));
            return;
        }
        if (inner.is("call"))
            expression(inner);
        return; // docstrings and other expressions change nothing
    }
    if (node.is("with_statement")) {
        const Node clause = node.namedChild(0);
        const Node item = clause.namedChild(0);
        Node value = item.field("value");
        QString alias;
        if (value.is("as_pattern")) {
            alias = m_eval.text(value.field("alias")).trimmed();
            value = value.namedChild(0);
        }
        const QString name = m_eval.callName(value);
        if (value.is("call") && clause.namedChildCount() == 1 &&
            (name == QLatin1String("op.batch_alter_table") ||
             m_imports.qualify(name) == QLatin1String("alembic.op.batch_alter_table"))) {
            batch(node, m_eval.evalCall(value), alias);
            return;
        }
        unsupported(node.startByte(), QStringLiteral("with"),
                    Tr::tr("this with block is not followed statically; what it changes is not "
                           "in the schema"));
        return;
    }
    if (node.is("if_statement") || node.is("match_statement")) {
        unsupported(node.startByte(), QStringLiteral("conditional"),
                    Tr::tr("a conditional is not followed statically; what it changes is not in "
                           "the schema"));
        return;
    }
    if (node.is("for_statement")) {
        loop(node);
        return;
    }
    if (node.is("while_statement")) {
        unsupported(node.startByte(), QStringLiteral("loop"),
                    Tr::tr("a loop is not followed statically; what it changes is not in the "
                           "schema"));
        return;
    }
    if (node.is("try_statement")) {
        unsupported(node.startByte(), QStringLiteral("try"),
                    Tr::tr("a try block is not followed statically; what it changes is not in "
                           "the schema"));
        return;
    }
    if (node.is("function_definition") || node.is("import_statement") ||
        node.is("import_from_statement")) {
        if (!node.is("function_definition"))
            imports(node);
        return;
    }
    unsupported(node.startByte(), QStringLiteral("statement"),
                Tr::tr("this statement is not followed statically"));
}

void RevisionTranslator::expression(const Node &node, const QString &boundTo)
{
    Q_UNUSED(boundTo);
    const QString name = m_eval.callName(node);
    const QString qualifiedName = m_imports.qualify(name);
    if (qualifiedName.startsWith(QLatin1String("alembic.op."))) {
        operation(node, m_eval.evalCall(node), qualifiedName.mid(11));
        return;
    }
    if (inlineCall(node, name))
        return;
    if (m_functions.contains(name)) {
        unsupported(node.startByte(), QStringLiteral("helper function"),
                    Tr::tr("the helper function %1() is not followed statically; what it changes "
                           "is not in the schema")
                        .arg(name));
        return;
    }
    if (name == QLatin1String("print") || name.startsWith(QLatin1String("logger.")) ||
        name.startsWith(QLatin1String("logging.")) || name.startsWith(QLatin1String("log.")))
        return;
    unsupported(
        node.startByte(), QStringLiteral("call"),
        Tr::tr("%1() is not an Alembic operation; what it does is not in the schema").arg(name));
}

void RevisionTranslator::batch(const Node &with, const Value &call, const QString &alias)
{
    const qsizetype at = with.startByte();
    const QString table = stringArg(call, 0, "table_name", Tr::tr("batch_alter_table table"), at);
    if (table.isEmpty())
        return;
    const QString schema = stringArg(call, 1, "schema", Tr::tr("schema"), at, false);
    const Value *recreate = call.option(QStringLiteral("recreate"));
    const QString mode = recreate && recreate->isString() ? recreate->text : QStringLiteral("auto");

    // The operations of the block, in order.
    QList<std::pair<Node, Value>> ops;
    const Node block = with.field("body");
    for (uint32_t i = 0; i < block.namedChildCount(); ++i) {
        const Node node = block.namedChild(i);
        if (node.is("comment") || node.is("pass_statement"))
            continue;
        const Node inner = node.is("expression_statement") && node.namedChildCount() == 1
                               ? node.namedChild(0)
                               : Node();
        const QString name = m_eval.callName(inner);
        if (!alias.isEmpty() && name.startsWith(alias + QLatin1Char('.'))) {
            ops.append({inner, m_eval.evalCall(inner)});
            continue;
        }
        if (inner.is("assignment") && inner.field("left").is("identifier")) {
            m_eval.variables.insert(m_eval.text(inner.field("left")),
                                    m_eval.eval(inner.field("right")));
            continue;
        }
        statement(node);
    }
    // Which operations SQLite can run without a rebuild (SQLiteImpl.requires_recreate_in_batch).
    bool needsRecreate = mode == QLatin1String("always");
    if (!pg() && mode == QLatin1String("auto")) {
        for (const auto &[node, op] : ops) {
            const QString name = op.text.section(QLatin1Char('.'), -1);
            if (name == QLatin1String("create_index") || name == QLatin1String("drop_index"))
                continue;
            if (name == QLatin1String("add_column")) {
                const Value *column = argument(op, 0, "column");
                const Value *serverDefault =
                    column ? column->option(QStringLiteral("server_default")) : nullptr;
                if (serverDefault && serverDefault->kind == Value::Kind::Call) {
                    needsRecreate = true;
                    break;
                }
                continue;
            }
            needsRecreate = true;
            break;
        }
    }
    if (needsRecreate && !pg()) {
        batchRecreate(with, table, schema, ops);
        return;
    }
    // PostgreSQL (and SQLite without a rebuild): each operation as it is, on the block's table.
    for (const auto &[node, op] : ops)
        operation(node, op, op.text.section(QLatin1Char('.'), -1), table, schema);
}

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

Translation translateRevision(const QByteArray &source, const QString &path, int ordinal,
                              SqlDialect dialect, SqliteSession *session)
{
    Translation out;
    RevisionTranslator translator(source, path, ordinal, dialect, session, out);
    translator.run();
    return out;
}

} // namespace schemalens::load::alembic

namespace schemalens::load::alembic {

void RevisionTranslator::batchRecreate(const Node &with, const QString &table,
                                       const QString &schema,
                                       const QList<std::pair<Node, Value>> &ops)
{
    Q_UNUSED(schema);
    const qsizetype at = with.startByte();
    if (!m_session)
        return;
    // The table as the statements before this block left it (Alembic reflects it).
    m_session->sync(m_sql.sql());
    std::optional<TableShape> reflected = m_session->reflect(table);
    if (!reflected) {
        error(at, Tr::tr("batch_alter_table: there is no table %1 to rebuild").arg(table));
        return;
    }
    TableShape shape = *reflected;
    auto constraintName = [&](const Value &op) {
        return stringArg(op, 0, "constraint_name", Tr::tr("constraint name"), at, false);
    };
    for (const auto &[node, op] : ops) {
        const qsizetype where = node.startByte();
        const QString name = op.text.section(QLatin1Char('.'), -1);
        if (name == QLatin1String("add_column")) {
            const Value *column = argument(op, 0, "column");
            if (!column)
                continue;
            const ColumnSpec c = columnSpec(*column, table);
            if (!c.ok)
                continue;
            shape.columns.append({c.name, QString(), c.type.sql, !c.nullable, c.serverDefault});
            if (c.primaryKey) {
                shape.constraints.removeIf([](const ShapeConstraint &k) {
                    return k.kind == ShapeConstraint::Kind::PrimaryKey;
                });
                shape.constraints.append({ShapeConstraint::Kind::PrimaryKey, QString(), {c.name}});
            }
            if (c.unique && !c.index)
                shape.constraints.append({ShapeConstraint::Kind::Unique, QString(), {c.name}});
            for (const ForeignKeySpec &fk : c.foreignKeys) {
                ShapeConstraint k;
                k.kind = ShapeConstraint::Kind::ForeignKey;
                k.name = fk.name;
                k.columns = {c.name};
                k.refTable = fk.refTable;
                k.refColumns = fk.refColumns;
                k.onDelete = fk.onDelete;
                k.onUpdate = fk.onUpdate;
                k.deferrable = fk.deferrable;
                shape.constraints.append(k);
            }
            if (c.index)
                shape.indexes.append(
                    {QStringLiteral("ix_%1_%2").arg(table, c.name), c.unique, {c.name}});
        } else if (name == QLatin1String("drop_column")) {
            const QString column = stringArg(op, 0, "column_name", Tr::tr("column name"), where);
            if (shape.column(column) < 0)
                error(where,
                      Tr::tr("batch drop_column: table %1 has no column %2").arg(table, column));
            else
                shape.dropColumn(column);
        } else if (name == QLatin1String("alter_column")) {
            const QString column = stringArg(op, 0, "column_name", Tr::tr("column name"), where);
            const qsizetype i = shape.column(column);
            if (i < 0) {
                error(where,
                      Tr::tr("batch alter_column: table %1 has no column %2").arg(table, column));
                continue;
            }
            if (const Value *nullable = op.option(QStringLiteral("nullable"));
                nullable && nullable->kind == Value::Kind::Bool)
                shape.columns[i].notNull = !nullable->boolean;
            if (const Value *type = op.option(QStringLiteral("type_")); type && !type->isNil()) {
                const TypeSql sql = renderType(*type, m_imports, m_dialect);
                if (sql.ok())
                    shape.columns[i].type = sql.sql;
                else
                    unsupportedValue(Value::unknown(sql.error, type->offset, type->endOffset),
                                     Tr::tr("type_ of %1.%2").arg(table, column), where);
            }
            if (const Value *serverDefault = op.option(QStringLiteral("server_default"));
                serverDefault && !serverDefault->isFalse()) {
                QString problem;
                if (serverDefault->isNil())
                    shape.columns[i].defaultSql.reset();
                else if (const std::optional<QString> sql =
                             renderServerDefault(*serverDefault, m_imports, m_dialect, &problem))
                    shape.columns[i].defaultSql = *sql;
                else
                    unsupported(serverDefault->offset, QStringLiteral("dynamic value"),
                                Tr::tr("server_default of %1.%2: %3").arg(table, column, problem));
            }
            if (const Value *rename = op.option(QStringLiteral("new_column_name"));
                rename && rename->isString())
                shape.renameColumn(column, rename->text);
        } else if (name == QLatin1String("create_index")) {
            const QString index = stringArg(op, 0, "index_name", Tr::tr("index name"), where);
            const QStringList columns = namesArg(op, 1, "columns");
            if (index.isEmpty() || columns.isEmpty()) {
                unsupportedValue(op, Tr::tr("batch create_index"), where);
                continue;
            }
            ShapeIndex i{index,
                         op.option(QStringLiteral("unique")) &&
                             op.option(QStringLiteral("unique"))->isTrue(),
                         columns};
            if (const Value *w = op.option(QStringLiteral("sqlite_where")))
                if (const std::optional<Value> text = sqlTextOf(*w, m_imports))
                    i.where = text->text;
            shape.indexes.append(i);
        } else if (name == QLatin1String("drop_index")) {
            const QString index = stringArg(op, 0, "index_name", Tr::tr("index name"), where);
            const qsizetype before = shape.indexes.size();
            shape.indexes.removeIf([&](const ShapeIndex &i) {
                return i.name.compare(index, Qt::CaseInsensitive) == 0;
            });
            if (shape.indexes.size() == before)
                error(where,
                      Tr::tr("batch drop_index: table %1 has no index %2").arg(table, index));
        } else if (name == QLatin1String("create_foreign_key")) {
            ShapeConstraint k;
            k.kind = ShapeConstraint::Kind::ForeignKey;
            k.name = constraintName(op);
            k.refTable = stringArg(op, 1, "referent_table", Tr::tr("referenced table"), where);
            k.columns = namesArg(op, 2, "local_cols");
            k.refColumns = namesArg(op, 3, "remote_cols");
            if (const Value *v = op.option(QStringLiteral("ondelete")); v && v->isString())
                k.onDelete = v->text.toUpper();
            if (const Value *v = op.option(QStringLiteral("onupdate")); v && v->isString())
                k.onUpdate = v->text.toUpper();
            if (!k.refTable.isEmpty() && !k.columns.isEmpty())
                shape.constraints.append(k);
        } else if (name == QLatin1String("create_unique_constraint") ||
                   name == QLatin1String("create_primary_key")) {
            const bool primary = name == QLatin1String("create_primary_key");
            ShapeConstraint k;
            k.kind = primary ? ShapeConstraint::Kind::PrimaryKey : ShapeConstraint::Kind::Unique;
            k.name = constraintName(op);
            k.columns = namesArg(op, 1, "columns");
            if (primary)
                shape.constraints.removeIf([](const ShapeConstraint &c) {
                    return c.kind == ShapeConstraint::Kind::PrimaryKey;
                });
            if (!k.columns.isEmpty())
                shape.constraints.append(k);
        } else if (name == QLatin1String("create_check_constraint")) {
            ShapeConstraint k;
            k.kind = ShapeConstraint::Kind::Check;
            k.name = constraintName(op);
            const Value *condition = argument(op, 1, "condition");
            if (const std::optional<QString> text =
                    condition ? sqlText(*condition, Tr::tr("check condition"), where)
                              : std::nullopt) {
                k.expression = *text;
                shape.constraints.append(k);
            }
        } else if (name == QLatin1String("drop_constraint")) {
            const QString constraint = constraintName(op);
            const qsizetype before = shape.constraints.size();
            shape.constraints.removeIf([&](const ShapeConstraint &c) {
                return !c.name.isEmpty() && c.name.compare(constraint, Qt::CaseInsensitive) == 0;
            });
            if (shape.constraints.size() == before)
                error(where, Tr::tr("batch drop_constraint: table %1 has no constraint named %2 "
                                    "(Alembic raises \"No such constraint\")")
                                 .arg(table, constraint));
        } else if (name == QLatin1String("create_table_comment") ||
                   name == QLatin1String("drop_table_comment")) {
            // SQLite keeps no comments.
        } else {
            unsupported(where, QStringLiteral("unknown op"),
                        Tr::tr("batch_op.%1 is not an Alembic batch operation Schemalens knows; "
                               "nothing is applied for it")
                            .arg(name));
        }
    }
    const QStringList statements = rebuildStatements(shape);
    emit(at, statements.first());
    // Alembic stops when the new table cannot be created; going on would drop the old one.
    m_session->sync(m_sql.sql());
    if (!m_session->reflect(QString(QStringLiteral("_alembic_tmp_") + shape.name).left(50)))
        return;
    for (qsizetype i = 1; i < statements.size(); ++i)
        emitFollowing(statements.at(i));
}

} // namespace schemalens::load::alembic
