// Ecto migration DSL -> PostgreSQL DDL, as Ecto.Migration and ecto_sql's PostgreSQL adapter
// (Ecto.Adapters.Postgres.Connection.execute_ddl/1) build it. The statements are laid out on
// the lines of the calls that make them; the PostgreSQL loader applies them. This file walks
// the module (attributes, change/up, helper functions, loops); ectocommands.cpp renders the
// commands.
#include "core/load/ecto/ectotranslator_p.h"

namespace schemalens::load::ecto {

Diagnostic Translator::diagnostic(const QString &rule, Diagnostic::Severity severity,
                                  qsizetype offset, const QString &message) const
{
    Diagnostic d;
    d.rule = rule;
    d.severity = severity;
    d.message = message;
    d.location = model::Origin{m_path, m_text.line(offset), m_text.column(offset), m_ordinal};
    return d;
}

void Translator::unsupported(qsizetype offset, const QString &construct, const QString &message)
{
    const QString key = QString::number(offset) + QLatin1Char(':') + message;
    if (m_reported.contains(key))
        return; // a helper expanded once more reports the same line again
    m_reported.insert(key);
    m_out.diagnostics.append(
        diagnostic(QStringLiteral("unsupported"), Diagnostic::Severity::Warning, offset, message));
    ++m_out.unsupported[QStringLiteral("ecto: ") + construct];
}

void Translator::unsupportedValue(const Value &value, const QString &context, qsizetype fallback)
{
    const Value *unknown = value.firstUnknown();
    const qsizetype at = unknown && unknown->endOffset > 0 ? unknown->offset : fallback;
    unsupported(at, QStringLiteral("dynamic value"),
                Tr::tr("%1: %2; it is left out of the schema (Schemalens reads migrations "
                       "without running them)")
                    .arg(context, unknown ? unknown->text : Tr::tr("not a literal")));
}

void Translator::customType(qsizetype offset, const QString &table, const QString &column,
                            const QString &type)
{
    m_out.customTypes.append(
        {type, table + QLatin1Char('.') + column,
         model::Origin{m_path, m_text.line(offset), m_text.column(offset), m_ordinal}});
}

void Translator::run()
{
    if (!m_tree.ok()) {
        m_out.diagnostics.append(diagnostic(QStringLiteral("parse-error"),
                                            Diagnostic::Severity::Error, 0,
                                            Tr::tr("the Elixir parser could not read this file")));
        return;
    }
    const Node error = m_tree.firstError();
    if (!error.isNull()) {
        const QByteArray &source = m_tree.source();
        qsizetype end = source.size();
        while (end > 0 && QChar::isSpace(uchar(source.at(end - 1))))
            --end;
        if (error.startByte() == 0 || error.endByte() >= end) {
            // The file ends inside a construct: report where the text ends.
            const qsizetype lastLine = source.lastIndexOf('\n', end - 1) + 1;
            m_out.diagnostics.append(diagnostic(
                QStringLiteral("parse-error"), Diagnostic::Severity::Error, lastLine,
                Tr::tr("Elixir syntax error: the file ends inside an unclosed do/end, bracket or "
                       "string")));
        } else {
            const QString near = QString::fromUtf8(m_tree.text(error)).left(40).simplified();
            m_out.diagnostics.append(diagnostic(
                QStringLiteral("parse-error"), Diagnostic::Severity::Error, error.startByte(),
                error.isMissing()
                    ? Tr::tr("Elixir syntax error: missing %1").arg(QString::fromUtf8(error.type()))
                : near.isEmpty() ? Tr::tr("Elixir syntax error")
                                 : Tr::tr("Elixir syntax error near '%1'").arg(near)));
        }
    }
    const Node root = m_tree.root();
    bool foundModule = false;
    for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
        const Node node = root.namedChild(i);
        if (node.is("call") && m_eval.callName(node) == QLatin1String("defmodule")) {
            foundModule = true;
            module(ExEvaluator::doBlock(node));
        }
    }
    if (!foundModule && !root.is("ERROR")) {
        m_out.diagnostics.append(
            diagnostic(QStringLiteral("source-warning"), Diagnostic::Severity::Warning, 0,
                       Tr::tr("no defmodule in this file; Ecto runs nothing from it")));
    }
    m_out.sql = m_sql.take();
}

void Translator::module(const Node &doBlock)
{
    // Function names first: a call to one of them from change/up is a helper function.
    Node change;
    Node up;
    for (uint32_t i = 0; i < doBlock.namedChildCount(); ++i) {
        const Node node = doBlock.namedChild(i);
        const QString name = m_eval.callName(node);
        if (name != QLatin1String("def") && name != QLatin1String("defp"))
            continue;
        const Node head = ExEvaluator::arguments(node).namedChild(0);
        const QString function =
            head.is("call") ? m_eval.callName(head) : m_eval.text(head).trimmed();
        if (function == QLatin1String("change") && name == QLatin1String("def"))
            change = node;
        else if (function == QLatin1String("up") && name == QLatin1String("def"))
            up = node;
        else if (function != QLatin1String("down")) {
            m_localFunctions.insert(function);
            collectFunction(node);
        }
    }
    m_eval.localCall = [this](const Node &call) { return evaluateFunction(call); };
    const Node body = change.isNull() ? up : change;
    for (uint32_t i = 0; i < doBlock.namedChildCount(); ++i) {
        const Node node = doBlock.namedChild(i);
        if (node.is("unary_operator") &&
            m_eval.text(node.field("operator")) == QLatin1String("@")) {
            const Node operand = node.field("operand");
            if (!operand.is("call"))
                continue;
            const QString name = m_eval.callName(operand);
            const Node args = ExEvaluator::arguments(operand);
            if (args.namedChildCount() != 1)
                continue;
            const Value value = m_eval.eval(args.namedChild(0));
            m_eval.attributes.insert(name, value);
            if (name == QLatin1String("disable_ddl_transaction"))
                m_out.noTransaction = value.isTrue();
            continue;
        }
        if (!node.is("call"))
            continue;
        const QString name = m_eval.callName(node);
        if (name == QLatin1String("use")) {
            if (m_eval.text(ExEvaluator::arguments(node).namedChild(0)) ==
                QLatin1String("Ecto.Migration"))
                m_out.isMigration = true;
        } else if (!body.isNull() && node.startByte() == body.startByte()) {
            functionBody(node);
        }
    }
    if (body.isNull() && m_out.isMigration) {
        m_out.diagnostics.append(diagnostic(
            QStringLiteral("source-warning"), Diagnostic::Severity::Warning, doBlock.startByte(),
            Tr::tr("this migration has neither change/0 nor up/0; nothing is applied")));
    }
}

void Translator::functionBody(const Node &def)
{
    const Node block = ExEvaluator::doBlock(def);
    if (!block.isNull()) {
        statements(block);
        return;
    }
    // def change, do: expression
    const Node args = ExEvaluator::arguments(def);
    for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
        const Node kw = args.namedChild(i);
        if (!kw.is("keywords"))
            continue;
        for (uint32_t k = 0; k < kw.namedChildCount(); ++k) {
            const Node pair = kw.namedChild(k);
            if (m_eval.text(pair.field("key")).trimmed() == QLatin1String("do:"))
                statement(pair.field("value"));
        }
    }
}

void Translator::statements(const Node &block)
{
    for (uint32_t i = 0; i < block.namedChildCount(); ++i)
        statement(block.namedChild(i));
}

void Translator::statement(const Node &node)
{
    if (node.is("comment") || node.is("ERROR"))
        return;
    if (node.is("binary_operator")) {
        const QString op = m_eval.text(node.field("operator"));
        const Node left = node.field("left");
        if (op == QLatin1String("=") && left.is("identifier")) {
            m_eval.variables.insert(m_eval.text(left), m_eval.eval(node.field("right")));
            return;
        }
        if (op == QLatin1String("|>")) {
            unsupported(node.startByte(), QStringLiteral("pipe"),
                        Tr::tr("a pipeline (|>) is not followed statically; what it changes "
                               "is not in the schema"));
            return;
        }
        if (op == QLatin1String("=")) {
            unsupported(node.startByte(), QStringLiteral("pattern match"),
                        Tr::tr("a pattern match is not followed statically; the names it binds "
                               "stay unknown"));
            return;
        }
        return; // an expression whose value is discarded
    }
    if (!node.is("call"))
        return; // literals (:ok), attribute reads
    const QString name = m_eval.callName(node);
    const Value call = m_eval.evalCall(node);
    const Value first = call.items.value(0);
    if (columnStatement(node, name, call))
        return;
    if (name == QLatin1String("create") || name == QLatin1String("create_if_not_exists")) {
        create(node, first, name == QLatin1String("create_if_not_exists"));
    } else if (name == QLatin1String("alter")) {
        const std::optional<TableSpec> table = tableOf(first, node);
        if (table)
            alterTable(node, *table);
    } else if (name == QLatin1String("drop") || name == QLatin1String("drop_if_exists")) {
        drop(node, first, call, name == QLatin1String("drop_if_exists"));
    } else if (name == QLatin1String("rename")) {
        rename(node, call);
    } else if (name == QLatin1String("execute")) {
        execute(node, call);
    } else if (name == QLatin1String("execute_file")) {
        unsupported(node.startByte(), QStringLiteral("execute_file"),
                    Tr::tr("execute_file reads SQL from a file when the migration runs; that "
                           "SQL is not in the schema"));
    } else if (isHarmlessCall(name)) {
        return;
    } else if (name == QLatin1String("for")) {
        comprehension(node);
    } else if (inlineCall(node, name, call)) {
        return;
    } else if (name.startsWith(QLatin1String("Enum."))) {
        unsupported(node.startByte(), QStringLiteral("loop"),
                    Tr::tr("a loop (%1) is not followed statically; what it changes is not in "
                           "the schema")
                        .arg(name));
    } else if (name == QLatin1String("if") || name == QLatin1String("unless") ||
               name == QLatin1String("case") || name == QLatin1String("cond") ||
               name == QLatin1String("with") || name == QLatin1String("try")) {
        unsupported(node.startByte(), QStringLiteral("conditional"),
                    Tr::tr("a conditional (%1) is not followed statically; what it changes is "
                           "not in the schema")
                        .arg(name));
    } else if (name.startsWith(QLatin1String("repo()")) || name.contains(QLatin1String("Repo."))) {
        unsupported(node.startByte(), QStringLiteral("repo call"),
                    Tr::tr("%1 runs against the database while migrating; its effect is not in "
                           "the schema")
                        .arg(name));
    } else if (m_localFunctions.contains(name)) {
        unsupported(node.startByte(), QStringLiteral("helper function"),
                    Tr::tr("the helper function %1 is not followed statically; what it changes "
                           "is not in the schema")
                        .arg(name));
    } else if (name == QLatin1String("add") || name == QLatin1String("modify") ||
               name == QLatin1String("remove") || name == QLatin1String("timestamps")) {
        unsupported(node.startByte(), QStringLiteral("misplaced column change"),
                    Tr::tr("%1 outside a create/alter block changes no table").arg(name));
    } else {
        unsupported(node.startByte(), QStringLiteral("unknown call"),
                    Tr::tr("the call %1 is not part of the Ecto migration DSL; what it does is "
                           "not in the schema")
                        .arg(name));
    }
}

Translation translateMigration(const QByteArray &source, const QString &path, int ordinal,
                               const RepoConfig &config)
{
    Translation out;
    Translator translator(source, path, ordinal, config, out);
    translator.run();
    return out;
}

void Translator::place(qsizetype offset)
{
    m_sql.moveTo(m_anchor >= 0 ? m_anchor : offset);
}

void Translator::collectFunction(const Node &def)
{
    // def name(a, b) do ... end / defp name, do: expr -- plain parameter names only; clauses
    // that pattern-match their arguments are not followed.
    const Node args = ExEvaluator::arguments(def);
    const Node head = args.namedChild(0);
    LocalFunction f;
    QString name;
    if (head.is("identifier")) {
        name = m_eval.text(head);
    } else if (head.is("call")) {
        name = m_eval.callName(head);
        const Node params = ExEvaluator::arguments(head);
        for (uint32_t i = 0; i < params.namedChildCount(); ++i) {
            const Node p = params.namedChild(i);
            if (!p.is("identifier"))
                return;
            f.params.append(m_eval.text(p));
        }
    } else {
        return;
    }
    if (const Node block = ExEvaluator::doBlock(def); !block.isNull()) {
        f.body = block;
        f.block = true;
    } else {
        for (uint32_t i = 1; i < args.namedChildCount(); ++i) {
            const Node kw = args.namedChild(i);
            for (uint32_t k = 0; kw.is("keywords") && k < kw.namedChildCount(); ++k) {
                const Node pair = kw.namedChild(k);
                if (m_eval.text(pair.field("key")).trimmed() == QLatin1String("do:"))
                    f.body = pair.field("value");
            }
        }
        if (f.body.isNull())
            return;
    }
    m_functions[name].append(f);
}

namespace {

// The arguments of a call to a local function, keywords as a final keyword list.
QList<Value> callArguments(const Value &call)
{
    QList<Value> args = call.items;
    if (!call.keywords.isEmpty()) {
        Value list;
        list.kind = Value::Kind::List;
        for (const auto &[key, value] : call.keywords) {
            Value pair;
            pair.kind = Value::Kind::Tuple;
            pair.items = {Value::atom(key), value};
            list.items.append(pair);
        }
        args.append(list);
    }
    return args;
}

constexpr int kMaxExpansionDepth = 8;

} // namespace

bool Translator::inlineCall(const Node &node, const QString &name, const Value &call)
{
    const auto it = m_functions.constFind(name);
    if (it == m_functions.cend())
        return false;
    const QList<Value> args = callArguments(call);
    for (const LocalFunction &f : *it) {
        if (f.params.size() != args.size())
            continue;
        if (m_depth >= kMaxExpansionDepth) {
            unsupported(
                node.startByte(), QStringLiteral("helper function"),
                Tr::tr("the helper function %1 calls itself too deeply to be followed").arg(name));
            return true;
        }
        const QHash<QString, Value> saved = m_eval.variables;
        for (qsizetype i = 0; i < args.size(); ++i)
            m_eval.variables.insert(f.params.at(i), args.at(i));
        const qsizetype anchor = m_anchor;
        if (m_anchor < 0)
            m_anchor = node.startByte();
        ++m_depth;
        if (f.block)
            statements(f.body);
        else
            statement(f.body);
        --m_depth;
        m_anchor = anchor;
        m_eval.variables = saved;
        return true;
    }
    return false;
}

std::optional<Value> Translator::evaluateFunction(const Node &call)
{
    // A function used as a value (`execute(related_sql())`): its parameters bound, its
    // assignments followed, its last expression is the value.
    const QString name = m_eval.callName(call);
    const auto it = m_functions.constFind(name);
    if (it == m_functions.cend() || m_depth >= kMaxExpansionDepth)
        return std::nullopt;
    const QList<Value> args = callArguments(m_eval.evalCall(call));
    for (const LocalFunction &f : *it) {
        if (f.params.size() != args.size())
            continue;
        const QHash<QString, Value> saved = m_eval.variables;
        for (qsizetype i = 0; i < args.size(); ++i)
            m_eval.variables.insert(f.params.at(i), args.at(i));
        ++m_depth;
        Value result = Value::unknown(Tr::tr("%1() returns nothing").arg(name), call.startByte(),
                                      call.endByte());
        QList<Node> body;
        if (f.block) {
            for (uint32_t i = 0; i < f.body.namedChildCount(); ++i) {
                if (!f.body.namedChild(i).is("comment"))
                    body.append(f.body.namedChild(i));
            }
        } else {
            body.append(f.body);
        }
        for (qsizetype i = 0; i < body.size(); ++i) {
            const Node &statement = body.at(i);
            if (statement.is("binary_operator") &&
                m_eval.text(statement.field("operator")) == QLatin1String("=") &&
                statement.field("left").is("identifier")) {
                m_eval.variables.insert(m_eval.text(statement.field("left")),
                                        m_eval.eval(statement.field("right")));
            } else if (i + 1 == body.size()) {
                result = m_eval.eval(statement);
            } else {
                result = Value::unknown(Tr::tr("%1() does more than compute a value").arg(name),
                                        call.startByte(), call.endByte());
                break;
            }
        }
        --m_depth;
        m_eval.variables = saved;
        return result;
    }
    return std::nullopt;
}

bool Translator::bindPattern(const Node &pattern, const Value &value,
                             QHash<QString, Value> &into) const
{
    if (pattern.is("identifier")) {
        into.insert(m_eval.text(pattern), value);
        return true;
    }
    if (pattern.is("tuple") && value.kind == Value::Kind::Tuple &&
        value.items.size() == qsizetype(pattern.namedChildCount())) {
        for (uint32_t i = 0; i < pattern.namedChildCount(); ++i) {
            if (!bindPattern(pattern.namedChild(i), value.items.at(i), into))
                return false;
        }
        return true;
    }
    return false;
}

void Translator::comprehension(const Node &node)
{
    // for x <- [literal list], do: body / do ... end -- one generator, no filters: the body
    // once per element, each statement on the for's line.
    const Node args = ExEvaluator::arguments(node);
    Node generator;
    Node body;
    bool block = false;
    int generators = 0;
    bool other = false;
    for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
        const Node arg = args.namedChild(i);
        if (arg.is("binary_operator") &&
            m_eval.text(arg.field("operator")) == QLatin1String("<-")) {
            generator = arg;
            ++generators;
        } else if (arg.is("keywords")) {
            for (uint32_t k = 0; k < arg.namedChildCount(); ++k) {
                const Node pair = arg.namedChild(k);
                if (m_eval.text(pair.field("key")).trimmed() == QLatin1String("do:"))
                    body = pair.field("value");
                else
                    other = true;
            }
        } else {
            other = true;
        }
    }
    if (const Node doBlock = ExEvaluator::doBlock(node); !doBlock.isNull()) {
        body = doBlock;
        block = true;
    }
    const Value list = generator.isNull() ? Value() : m_eval.eval(generator.field("right"));
    if (generators != 1 || other || body.isNull() || !list.isList() ||
        m_depth >= kMaxExpansionDepth) {
        unsupported(node.startByte(), QStringLiteral("loop"),
                    Tr::tr("a loop (for) over values not known statically is not followed; what "
                           "it changes is not in the schema"));
        return;
    }
    QList<QHash<QString, Value>> bindings;
    for (const Value &item : list.items) {
        QHash<QString, Value> binding;
        if (!bindPattern(generator.field("left"), item, binding)) {
            unsupported(node.startByte(), QStringLiteral("loop"),
                        Tr::tr("a loop (for) whose pattern does not match its values is not "
                               "followed; what it changes is not in the schema"));
            return;
        }
        bindings.append(binding);
    }
    const qsizetype anchor = m_anchor;
    if (m_anchor < 0)
        m_anchor = node.startByte();
    ++m_depth;
    for (const QHash<QString, Value> &binding : bindings) {
        const QHash<QString, Value> saved = m_eval.variables;
        for (auto it = binding.cbegin(); it != binding.cend(); ++it)
            m_eval.variables.insert(it.key(), it.value());
        if (block)
            statements(body);
        else
            statement(body);
        m_eval.variables = saved;
    }
    --m_depth;
    m_anchor = anchor;
}

} // namespace schemalens::load::ecto
