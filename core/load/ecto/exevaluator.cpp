#include "core/load/ecto/exevaluator.h"

#include "core/load/treesitter/evalhelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>
#include <optional>

namespace schemalens::load::ecto {

using namespace treesitter;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// Elixir's escape sequences (String and ~s sigils).
QByteArray unescape(QByteArrayView escape)
{
    if (escape.size() < 2)
        return escape.toByteArray();
    const char c = escape.at(1);
    if (const std::optional<char> control = controlEscape(c))
        return QByteArray(1, *control);
    switch (c) {
    case 's':
        return " ";
    case 'e':
        return "\x1b";
    case '0':
        return QByteArray(1, '\0');
    case 'x':   // \xHH, \x{H...}: a byte
    case 'u': { // \uHHHH, \u{H...}: a code point as UTF-8
        QByteArrayView hex = escape.sliced(2);
        if (hex.startsWith('{') && hex.endsWith('}'))
            hex = hex.sliced(1, hex.size() - 2);
        bool ok = false;
        const uint code = hex.toByteArray().toUInt(&ok, 16);
        if (!ok)
            return escape.toByteArray();
        QByteArray out;
        if (c == 'x')
            out.append(char(code));
        else
            appendCodePoint(out, code);
        return out;
    }
    default:
        return escape.sliced(1).toByteArray(); // \\ \" \' \# and any other character
    }
}

// The text an interpolated value contributes (to_string/1 of a literal).
std::optional<QString> interpolationText(const Value &v)
{
    switch (v.kind) {
    case Value::Kind::String:
    case Value::Kind::Atom:
    case Value::Kind::Integer:
    case Value::Kind::Float:
        return v.text;
    case Value::Kind::Bool:
        return v.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Kind::Nil:
        return QString();
    default:
        return std::nullopt;
    }
}

} // namespace

ExEvaluator::ExEvaluator(const SyntaxTree &tree)
    : m_tree(tree)
{}

QString ExEvaluator::text(const Node &node) const
{
    return QString::fromUtf8(m_tree.text(node));
}

Node ExEvaluator::arguments(const Node &call)
{
    for (uint32_t i = 0; i < call.namedChildCount(); ++i) {
        const Node child = call.namedChild(i);
        if (child.is("arguments"))
            return child;
    }
    return {};
}

Node ExEvaluator::doBlock(const Node &call)
{
    for (uint32_t i = 0; i < call.namedChildCount(); ++i) {
        const Node child = call.namedChild(i);
        if (child.is("do_block"))
            return child;
    }
    return {};
}

QString ExEvaluator::callName(const Node &call) const
{
    if (!call.is("call"))
        return {};
    const Node target = call.field("target");
    if (target.is("identifier"))
        return text(target);
    return text(target).simplified().remove(QLatin1Char(' '));
}

QString ExEvaluator::keywordKey(const Node &key) const
{
    // `null: ` (colon and space included) or `"quoted key": `.
    if (key.namedChildCount() > 0) {
        QString out;
        for (uint32_t i = 0; i < key.namedChildCount(); ++i)
            out += text(key.namedChild(i));
        return out;
    }
    QString k = text(key).trimmed();
    if (k.endsWith(QLatin1Char(':')))
        k.chop(1);
    return k;
}

Value ExEvaluator::eval(const Node &node) const
{
    Value v = valueAt(Value::Kind::Unknown, node);
    const char *type = node.type();
    const auto is = [&](const char *t) { return std::strcmp(type, t) == 0; };
    if (node.isNull())
        return Value::unknown(Tr::tr("missing value"), 0, 0);
    if (is("atom")) {
        v.kind = Value::Kind::Atom;
        v.text = text(node).mid(1);
        return v;
    }
    if (is("quoted_atom")) {
        Value s = evalString(node, false);
        if (s.isUnknown())
            return s;
        s.kind = Value::Kind::Atom;
        return s;
    }
    if (is("string") || is("charlist"))
        return evalString(node, false);
    if (is("sigil"))
        return evalSigil(node);
    if (is("integer"))
        return integerLiteral(node, text(node), Qt::CaseSensitive);
    if (is("float"))
        return floatLiteral(node, text(node));
    if (is("boolean")) {
        v.kind = Value::Kind::Bool;
        v.boolean = text(node) == QLatin1String("true");
        return v;
    }
    if (is("nil")) {
        v.kind = Value::Kind::Nil;
        return v;
    }
    if (is("alias")) {
        // A module name: kept as an atom-like name ("MyApp.Types.Money").
        v.kind = Value::Kind::Atom;
        v.text = text(node);
        v.codeName = true;
        return v;
    }
    if (is("list"))
        return evalCollection(node, Value::Kind::List);
    if (is("tuple"))
        return evalCollection(node, Value::Kind::Tuple);
    if (is("keywords"))
        return evalKeywords(node);
    if (is("map"))
        return evalMap(node);
    if (is("binary_operator"))
        return evalBinary(node);
    if (is("unary_operator"))
        return evalUnary(node);
    if (is("block")) { // (expr): the value of the last expression
        const uint32_t n = node.namedChildCount();
        return n == 1 ? eval(node.namedChild(0)) : unknownAt(node, Tr::tr("a block of code"));
    }
    if (is("identifier")) {
        const QString name = text(node);
        if (std::optional<Value> bound = boundValue(variables, name, node))
            return *bound;
        return unknownAt(node,
                         Tr::tr("variable or function '%1' is not known statically").arg(name));
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

Value ExEvaluator::evalCall(const Node &call) const
{
    Value v = valueAt(Value::Kind::Call, call);
    v.text = callName(call);
    const Node args = arguments(call);
    for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
        const Node arg = args.namedChild(i);
        if (arg.is("keywords")) {
            const Value kw = evalKeywords(arg);
            for (const Value &pair : kw.items)
                v.keywords.append({pair.items.at(0).text, pair.items.at(1)});
            continue;
        }
        v.items.append(eval(arg));
    }
    // Options passed as a bound keyword list (`index(:t, [:a], opts)`).
    if (v.keywords.isEmpty() && v.items.size() >= 2 && v.items.last().isKeywordList()) {
        const Value kw = v.items.takeLast();
        for (const Value &pair : kw.items)
            v.keywords.append({pair.items.at(0).text, pair.items.at(1)});
    }
    return v;
}

Value ExEvaluator::evalString(const Node &node, bool raw) const
{
    Value v = valueAt(Value::Kind::String, node);
    for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
        const Node part = node.namedChild(i);
        if (part.is("quoted_content")) {
            const QByteArray bytes = m_tree.text(part).toByteArray();
            v.segments.append({qsizetype(part.startByte()), bytes});
        } else if (part.is("escape_sequence")) {
            const QByteArray bytes =
                raw ? m_tree.text(part).toByteArray() : unescape(m_tree.text(part));
            v.segments.append({-1, bytes});
        } else if (part.is("interpolation")) {
            const Node inner = part.namedChildCount() == 1 ? part.namedChild(0) : Node();
            const Value value =
                inner.isNull() ? unknownAt(part, Tr::tr("empty interpolation")) : eval(inner);
            const std::optional<QString> piece = interpolationText(value);
            if (!piece) {
                return value.isUnknown()
                           ? value
                           : unknownAt(part, Tr::tr("interpolation of '%1' is not a literal")
                                                 .arg(text(inner).left(60)));
            }
            const QByteArray bytes = piece->toUtf8();
            v.segments.append({-1, bytes});
        }
    }
    v.text = segmentsText(v.segments);
    return v;
}

Value ExEvaluator::evalSigil(const Node &node) const
{
    QString name;
    QString modifiers;
    for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
        const Node part = node.namedChild(i);
        if (part.is("sigil_name"))
            name = text(part);
        else if (part.is("sigil_modifiers"))
            modifiers = text(part);
    }
    if (name == QLatin1String("s") || name == QLatin1String("S") || name == QLatin1String("c") ||
        name == QLatin1String("C"))
        return evalString(node, name.at(0).isUpper());
    if (name == QLatin1String("w") || name == QLatin1String("W")) {
        const Value words = evalString(node, name == QLatin1String("W"));
        if (words.isUnknown())
            return words;
        Value list = valueAt(Value::Kind::List, node);
        const bool atoms = modifiers.contains(QLatin1Char('a'));
        for (const QString &word :
             words.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            Value w = atoms ? Value::atom(word) : Value::string(word);
            w.offset = list.offset;
            list.items.append(w);
        }
        return list;
    }
    return unknownAt(node, Tr::tr("sigil ~%1 is not a string").arg(name));
}

Value ExEvaluator::evalCollection(const Node &node, Value::Kind kind) const
{
    // A trailing keyword list is part of the list: [:a, null: false].
    return collectionOf(node, kind, [this](const Node &item, QList<Value> &items) {
        if (item.is("keywords"))
            items += evalKeywords(item).items;
        else
            items.append(eval(item));
    });
}

Value ExEvaluator::evalKeywords(const Node &keywords) const
{
    Value list = valueAt(Value::Kind::List, keywords);
    for (uint32_t i = 0; i < keywords.namedChildCount(); ++i) {
        const Node pair = keywords.namedChild(i);
        if (!pair.is("pair"))
            continue;
        Value tuple = valueAt(Value::Kind::Tuple, pair);
        Value key = Value::atom(keywordKey(pair.field("key")));
        key.offset = pair.startByte();
        tuple.items.append(key);
        tuple.items.append(eval(pair.field("value")));
        list.items.append(tuple);
    }
    return list;
}

Value ExEvaluator::evalMap(const Node &node) const
{
    Value v = valueAt(Value::Kind::Map, node);
    for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
        const Node content = node.namedChild(i);
        if (content.is("struct"))
            return unknownAt(node, Tr::tr("a struct is not a literal"));
        if (!content.is("map_content"))
            continue;
        for (uint32_t k = 0; k < content.namedChildCount(); ++k) {
            const Node entry = content.namedChild(k);
            if (entry.is("keywords")) {
                for (const Value &pair : evalKeywords(entry).items)
                    v.entries.append({pair.items.at(0), pair.items.at(1)});
            } else if (entry.is("binary_operator") &&
                       text(entry.field("operator")) == QLatin1String("=>")) {
                v.entries.append({eval(entry.field("left")), eval(entry.field("right"))});
            } else if (!entry.is("comment")) {
                return unknownAt(entry, Tr::tr("map update syntax is not a literal"));
            }
        }
    }
    return v;
}

Value ExEvaluator::evalBinary(const Node &node) const
{
    const QString op = text(node.field("operator"));
    if (op == QLatin1String("<>") || op == QLatin1String("++")) {
        const Value left = eval(node.field("left"));
        const Value right = eval(node.field("right"));
        if (left.isUnknown())
            return left;
        if (right.isUnknown())
            return right;
        if (op == QLatin1String("<>") && left.isString() && right.isString())
            return joinedStrings(left, right, node.endByte());
        if (op == QLatin1String("++") && left.isList() && right.isList())
            return joinedItems(left, right, node.endByte());
    }
    return expressionNotALiteral(node, text(node));
}

Value ExEvaluator::evalUnary(const Node &node) const
{
    const QString op = text(node.field("operator"));
    const Node operand = node.field("operand");
    if (op == QLatin1String("@") && operand.is("identifier")) {
        const QString name = text(operand);
        if (std::optional<Value> bound = boundValue(attributes, name, node))
            return *bound;
        return unknownAt(node, Tr::tr("module attribute @%1 is not set before its use").arg(name));
    }
    if (op == QLatin1String("-") || op == QLatin1String("+")) {
        Value v = eval(operand);
        if (v.kind == Value::Kind::Integer && op == QLatin1String("-")) {
            v.integer = -v.integer;
            v.text = QString::number(v.integer);
            v.offset = node.startByte();
            return v;
        }
        if (v.kind == Value::Kind::Float && op == QLatin1String("-")) {
            v.text.prepend(QLatin1Char('-'));
            v.offset = node.startByte();
            return v;
        }
        if (v.kind == Value::Kind::Integer || v.kind == Value::Kind::Float)
            return v;
    }
    return expressionNotALiteral(node, text(node));
}

} // namespace schemalens::load::ecto
