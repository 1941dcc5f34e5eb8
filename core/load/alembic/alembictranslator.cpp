// An Alembic revision's upgrade() -> the DDL Alembic emits for it: the module (imports,
// constants, functions), the statements of upgrade(), output and reporting. Helper functions
// and loops are expanded in alembicexpand.cpp, batch_alter_table blocks in alembicbatch.cpp,
// the op calls themselves rendered in alembicops.cpp and alembictableops.cpp.
#include "core/load/alembic/alembictranslator_p.h"

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

Translation translateRevision(const QByteArray &source, const QString &path, int ordinal,
                              SqlDialect dialect, SqliteSession *session)
{
    Translation out;
    RevisionTranslator translator(source, path, ordinal, dialect, session, out);
    translator.run();
    return out;
}

} // namespace schemalens::load::alembic
