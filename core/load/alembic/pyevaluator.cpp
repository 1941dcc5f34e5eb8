#include "core/load/alembic/pyevaluator.h"

#include "core/load/treesitter/evalhelpers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace schemalens::load::alembic {

using namespace treesitter;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// Python's escape sequences in a (non-raw) str literal.
QByteArray unescape(QByteArrayView escape)
{
    if (escape.size() < 2)
        return escape.toByteArray();
    const char c = escape.at(1);
    if (const std::optional<char> control = controlEscape(c))
        return QByteArray(1, *control);
    switch (c) {
    case '\n':
        return {}; // line continuation
    case 'x':
    case 'u':
    case 'U': {
        bool ok = false;
        const uint code = escape.sliced(2).toByteArray().toUInt(&ok, 16);
        if (!ok)
            return escape.toByteArray();
        QByteArray out;
        appendCodePoint(out, code);
        return out;
    }
    default:
        if (c >= '0' && c <= '7') {
            bool ok = false;
            const uint code = escape.sliced(1).toByteArray().toUInt(&ok, 8);
            QByteArray out;
            if (ok)
                appendCodePoint(out, code);
            return out;
        }
        if (c == '\\' || c == '\'' || c == '"')
            return QByteArray(1, c);
        return escape.toByteArray(); // unknown escapes stay as written (\N{...} too)
    }
}

std::optional<QString> formatted(const Value &v)
{
    switch (v.kind) {
    case Value::Kind::String:
    case Value::Kind::Integer:
    case Value::Kind::Float:
        return v.text;
    case Value::Kind::Bool:
        return v.boolean ? QStringLiteral("True") : QStringLiteral("False");
    case Value::Kind::Nil:
        return QStringLiteral("None");
    default:
        return std::nullopt;
    }
}

} // namespace

PyEvaluator::PyEvaluator(const SyntaxTree &tree)
    : m_tree(tree)
{}

QString PyEvaluator::text(const Node &node) const
{
    return QString::fromUtf8(m_tree.text(node));
}

QString PyEvaluator::callName(const Node &call) const
{
    if (!call.is("call"))
        return {};
    QString name = text(call.field("function"));
    name.remove(QLatin1Char(' ')).remove(QLatin1Char('\n')).remove(QLatin1Char('\\'));
    return name;
}

Value PyEvaluator::eval(const Node &node) const
{
    Value v = valueAt(Value::Kind::Unknown, node);
    if (node.isNull())
        return Value::unknown(Tr::tr("missing value"), 0, 0);
    const char *type = node.type();
    const auto is = [&](const char *t) { return std::strcmp(type, t) == 0; };
    if (is("string"))
        return evalString(node);
    if (is("concatenated_string")) {
        Value all = valueAt(Value::Kind::String, node);
        for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
            const Node part = node.namedChild(i);
            if (!part.is("string"))
                continue;
            const Value s = evalString(part);
            if (!s.isString())
                return s;
            all.text += s.text;
            all.segments += s.segments;
        }
        return all;
    }
    if (is("integer"))
        return integerLiteral(node, text(node), Qt::CaseInsensitive);
    if (is("float"))
        return floatLiteral(node, text(node));
    if (is("true") || is("false")) {
        v.kind = Value::Kind::Bool;
        v.boolean = is("true");
        return v;
    }
    if (is("none")) {
        v.kind = Value::Kind::Nil;
        return v;
    }
    if (is("list"))
        return evalCollection(node, Value::Kind::List);
    if (is("tuple"))
        return evalCollection(node, Value::Kind::Tuple);
    if (is("parenthesized_expression")) {
        return node.namedChildCount() == 1 ? eval(node.namedChild(0))
                                           : unknownAt(node, Tr::tr("not a literal"));
    }
    if (is("dictionary")) {
        v.kind = Value::Kind::Map;
        for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
            const Node pair = node.namedChild(i);
            if (pair.is("comment"))
                continue;
            if (!pair.is("pair"))
                return unknownAt(pair, Tr::tr("dictionary unpacking is not a literal"));
            v.entries.append({eval(pair.field("key")), eval(pair.field("value"))});
        }
        return v;
    }
    if (is("unary_operator")) {
        const QString op = text(node.field("operator"));
        Value operand = eval(node.field("argument"));
        if ((operand.kind == Value::Kind::Integer || operand.kind == Value::Kind::Float) &&
            (op == QLatin1String("-") || op == QLatin1String("+"))) {
            if (op == QLatin1String("-")) {
                operand.integer = -operand.integer;
                operand.text = operand.kind == Value::Kind::Integer
                                   ? QString::number(operand.integer)
                                   : QLatin1Char('-') + operand.text;
            }
            operand.offset = v.offset;
            return operand;
        }
        return expressionNotALiteral(node, text(node));
    }
    if (is("binary_operator")) {
        const QString op = text(node.field("operator"));
        const Value left = eval(node.field("left"));
        const Value right = eval(node.field("right"));
        if (op == QLatin1String("+")) {
            if (left.isUnknown())
                return left;
            if (right.isUnknown())
                return right;
            if (left.isString() && right.isString())
                return joinedStrings(left, right, v.endOffset);
            if ((left.isList() && right.isList()) ||
                (left.kind == Value::Kind::Tuple && right.kind == Value::Kind::Tuple))
                return joinedItems(left, right, v.endOffset);
        }
        return expressionNotALiteral(node, text(node));
    }
    if (is("identifier")) {
        const QString name = text(node);
        if (std::optional<Value> bound = boundValue(variables, name, node))
            return *bound;
        // A module or class name (sa, postgresql, JSONB): code, not data.
        v.kind = Value::Kind::Atom;
        v.codeName = true;
        v.text = name;
        return v;
    }
    if (is("attribute")) {
        v.kind = Value::Kind::Atom;
        v.codeName = true;
        v.text = text(node).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        return v;
    }
    if (is("call")) {
        if (localCall) {
            if (std::optional<Value> result = localCall(node))
                return *result;
        }
        return evalCall(node);
    }
    return notALiteral(node, text(node));
}

namespace {

// textwrap.dedent(): the common leading whitespace of the non-blank lines removed.
QString dedented(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype common = -1;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        qsizetype indent = 0;
        while (indent < line.size() &&
               (line.at(indent) == QLatin1Char(' ') || line.at(indent) == QLatin1Char('\t')))
            ++indent;
        common = common < 0 ? indent : std::min(common, indent);
    }
    if (common <= 0)
        return text;
    QStringList out;
    for (const QString &line : lines)
        out.append(line.trimmed().isEmpty() ? line.trimmed() : line.mid(common));
    return out.join(QLatin1Char('\n'));
}

} // namespace

Value PyEvaluator::evalCall(const Node &call) const
{
    // textwrap.dedent("..."): SQL whose indentation is removed; kept on the literal's line.
    const QString function = callName(call);
    if (function == QLatin1String("dedent") || function == QLatin1String("textwrap.dedent") ||
        function == QLatin1String("inspect.cleandoc")) {
        const Node args = call.field("arguments");
        if (args.namedChildCount() == 1) {
            Value text = eval(args.namedChild(0));
            if (text.isUnknown())
                return text;
            if (text.isString()) {
                qsizetype at = -1;
                for (const treesitter::Segment &segment : text.segments) {
                    if (segment.offset >= 0) {
                        at = segment.offset;
                        break;
                    }
                }
                text.text = dedented(text.text);
                text.segments = {{at, text.text.toUtf8()}};
                return text;
            }
        }
    }
    Value v = valueAt(Value::Kind::Call, call);
    v.text = callName(call);
    // A method called on a call's result (`sa.JSON().with_variant(...)`): the receiver is
    // kept as the keyword kReceiver.
    if (const Node function = call.field("function");
        function.is("attribute") && function.field("object").is("call")) {
        v.keywords.append({QLatin1String(kReceiver), evalCall(function.field("object"))});
        v.text = text(function.field("attribute"));
        v.text.prepend(QLatin1String(".."));
    }
    const Node args = call.field("arguments");
    for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
        const Node arg = args.namedChild(i);
        if (arg.is("comment"))
            continue;
        if (arg.is("keyword_argument")) {
            v.keywords.append({text(arg.field("name")), eval(arg.field("value"))});
            continue;
        }
        if (arg.is("list_splat") || arg.is("dictionary_splat")) {
            v.items.append(unknownAt(arg, Tr::tr("argument unpacking (%1) is not followed "
                                                 "statically")
                                              .arg(text(arg).left(40))));
            continue;
        }
        v.items.append(eval(arg));
    }
    return v;
}

Value PyEvaluator::evalString(const Node &node) const
{
    Value v = valueAt(Value::Kind::String, node);
    QString prefix;
    for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
        const Node part = node.namedChild(i);
        if (part.is("string_start")) {
            for (const QChar c : text(part)) {
                if (c.isLetter())
                    prefix += c.toLower();
            }
            continue;
        }
        if (part.is("string_content")) {
            const bool raw = prefix.contains(QLatin1Char('r'));
            qsizetype at = part.startByte();
            auto verbatim = [&](qsizetype end) {
                if (end <= at)
                    return;
                const QByteArray bytes =
                    QByteArrayView(m_tree.source()).sliced(at, end - at).toByteArray();
                v.segments.append({at, bytes});
            };
            for (uint32_t k = 0; k < part.namedChildCount() && !raw; ++k) {
                const Node escape = part.namedChild(k);
                if (!escape.is("escape_sequence"))
                    continue;
                verbatim(escape.startByte());
                const QByteArray bytes = unescape(m_tree.text(escape));
                v.segments.append({-1, bytes});
                at = escape.endByte();
            }
            verbatim(part.endByte());
            continue;
        }
        if (part.is("interpolation")) {
            const Node expression = part.field("expression");
            const Value value = eval(expression);
            const std::optional<QString> piece = formatted(value);
            if (!piece || part.namedChildCount() > 1) { // format specs, conversions
                return value.isUnknown()
                           ? value
                           : unknownAt(part, Tr::tr("f-string part '%1' is not a literal")
                                                 .arg(text(part).left(60)));
            }
            const QByteArray bytes = piece->toUtf8();
            v.segments.append({-1, bytes});
        }
    }
    v.text = segmentsText(v.segments);
    return v;
}

Value PyEvaluator::evalCollection(const Node &node, Value::Kind kind) const
{
    return collectionOf(
        node, kind, [this](const Node &item, QList<Value> &items) { items.append(eval(item)); });
}

} // namespace schemalens::load::alembic
