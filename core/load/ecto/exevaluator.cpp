#include "core/load/ecto/exevaluator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>
#include <optional>

namespace schemalens::load::ecto {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

void appendCodePoint(QByteArray &out, uint code)
{
    const char32_t c = char32_t(code);
    out.append(QString::fromUcs4(&c, 1).toUtf8());
}

// Elixir's escape sequences (String and ~s sigils).
QByteArray unescape(QByteArrayView escape)
{
    if (escape.size() < 2)
        return escape.toByteArray();
    const char c = escape.at(1);
    switch (c) {
    case 'n':
        return "\n";
    case 't':
        return "\t";
    case 'r':
        return "\r";
    case 's':
        return " ";
    case 'e':
        return "\x1b";
    case '0':
        return QByteArray(1, '\0');
    case 'a':
        return "\a";
    case 'b':
        return "\b";
    case 'f':
        return "\f";
    case 'v':
        return "\v";
    case 'x': {
        QByteArrayView hex = escape.sliced(2);
        if (hex.startsWith('{') && hex.endsWith('}'))
            hex = hex.sliced(1, hex.size() - 2);
        bool ok = false;
        const uint code = hex.toByteArray().toUInt(&ok, 16);
        if (!ok)
            return escape.toByteArray();
        QByteArray out;
        out.append(char(code));
        return out;
    }
    case 'u': {
        QByteArrayView hex = escape.sliced(2);
        if (hex.startsWith('{') && hex.endsWith('}'))
            hex = hex.sliced(1, hex.size() - 2);
        bool ok = false;
        const uint code = hex.toByteArray().toUInt(&ok, 16);
        if (!ok)
            return escape.toByteArray();
        QByteArray out;
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

Value ExEvaluator::unknown(const Node &node, const QString &why) const
{
    return Value::unknown(why, node.startByte(), node.endByte());
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
    Value v;
    v.offset = node.startByte();
    v.endOffset = node.endByte();
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
    if (is("integer")) {
        QString digits = text(node).remove(QLatin1Char('_'));
        int base = 10;
        if (digits.startsWith(QLatin1String("0x"))) {
            base = 16;
            digits = digits.mid(2);
        } else if (digits.startsWith(QLatin1String("0o"))) {
            base = 8;
            digits = digits.mid(2);
        } else if (digits.startsWith(QLatin1String("0b"))) {
            base = 2;
            digits = digits.mid(2);
        }
        bool ok = false;
        v.integer = digits.toLongLong(&ok, base);
        if (!ok)
            return unknown(node, Tr::tr("integer %1 is out of range").arg(text(node)));
        v.kind = Value::Kind::Integer;
        v.text = QString::number(v.integer);
        return v;
    }
    if (is("float")) {
        v.kind = Value::Kind::Float;
        v.text = text(node).remove(QLatin1Char('_'));
        return v;
    }
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
        return n == 1 ? eval(node.namedChild(0)) : unknown(node, Tr::tr("a block of code"));
    }
    if (is("identifier")) {
        const QString name = text(node);
        const auto it = variables.constFind(name);
        if (it != variables.cend()) {
            Value bound = *it;
            // Keep where the use is (for diagnostics), not where the binding was.
            if (!bound.isUnknown()) {
                bound.offset = v.offset;
                bound.endOffset = v.endOffset;
            }
            return bound;
        }
        return unknown(node, Tr::tr("variable or function '%1' is not known statically").arg(name));
    }
    if (is("call")) {
        if (localCall) {
            if (std::optional<Value> result = localCall(node))
                return *result;
        }
        return evalCall(node);
    }
    return unknown(node, Tr::tr("'%1' is not a literal").arg(text(node).left(60).simplified()));
}

Value ExEvaluator::evalCall(const Node &call) const
{
    Value v;
    v.kind = Value::Kind::Call;
    v.offset = call.startByte();
    v.endOffset = call.endByte();
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
    Value v;
    v.kind = Value::Kind::String;
    v.offset = node.startByte();
    v.endOffset = node.endByte();
    QByteArray all;
    for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
        const Node part = node.namedChild(i);
        if (part.is("quoted_content")) {
            const QByteArray bytes = m_tree.text(part).toByteArray();
            v.segments.append({qsizetype(part.startByte()), bytes});
            all += bytes;
        } else if (part.is("escape_sequence")) {
            const QByteArray bytes =
                raw ? m_tree.text(part).toByteArray() : unescape(m_tree.text(part));
            v.segments.append({-1, bytes});
            all += bytes;
        } else if (part.is("interpolation")) {
            const Node inner = part.namedChildCount() == 1 ? part.namedChild(0) : Node();
            const Value value =
                inner.isNull() ? unknown(part, Tr::tr("empty interpolation")) : eval(inner);
            const std::optional<QString> piece = interpolationText(value);
            if (!piece) {
                return value.isUnknown()
                           ? value
                           : unknown(part, Tr::tr("interpolation of '%1' is not a literal")
                                               .arg(text(inner).left(60)));
            }
            const QByteArray bytes = piece->toUtf8();
            v.segments.append({-1, bytes});
            all += bytes;
        }
    }
    v.text = QString::fromUtf8(all);
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
        Value list;
        list.kind = Value::Kind::List;
        list.offset = node.startByte();
        list.endOffset = node.endByte();
        const bool atoms = modifiers.contains(QLatin1Char('a'));
        for (const QString &word :
             words.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            Value w = atoms ? Value::atom(word) : Value::string(word);
            w.offset = list.offset;
            list.items.append(w);
        }
        return list;
    }
    return unknown(node, Tr::tr("sigil ~%1 is not a string").arg(name));
}

Value ExEvaluator::evalCollection(const Node &node, Value::Kind kind) const
{
    Value v;
    v.kind = kind;
    v.offset = node.startByte();
    v.endOffset = node.endByte();
    for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
        const Node item = node.namedChild(i);
        if (item.is("comment"))
            continue;
        if (item.is("keywords")) {
            v.items += evalKeywords(item).items;
            continue;
        }
        v.items.append(eval(item));
    }
    return v;
}

Value ExEvaluator::evalKeywords(const Node &keywords) const
{
    Value list;
    list.kind = Value::Kind::List;
    list.offset = keywords.startByte();
    list.endOffset = keywords.endByte();
    for (uint32_t i = 0; i < keywords.namedChildCount(); ++i) {
        const Node pair = keywords.namedChild(i);
        if (!pair.is("pair"))
            continue;
        Value tuple;
        tuple.kind = Value::Kind::Tuple;
        tuple.offset = pair.startByte();
        tuple.endOffset = pair.endByte();
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
    Value v;
    v.kind = Value::Kind::Map;
    v.offset = node.startByte();
    v.endOffset = node.endByte();
    for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
        const Node content = node.namedChild(i);
        if (content.is("struct"))
            return unknown(node, Tr::tr("a struct is not a literal"));
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
                return unknown(entry, Tr::tr("map update syntax is not a literal"));
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
        if (op == QLatin1String("<>") && left.isString() && right.isString()) {
            Value v = left;
            v.text += right.text;
            v.segments += right.segments;
            v.endOffset = node.endByte();
            return v;
        }
        if (op == QLatin1String("++") && left.isList() && right.isList()) {
            Value v = left;
            v.items += right.items;
            v.endOffset = node.endByte();
            return v;
        }
    }
    return unknown(
        node, Tr::tr("expression '%1' is not a literal").arg(text(node).left(60).simplified()));
}

Value ExEvaluator::evalUnary(const Node &node) const
{
    const QString op = text(node.field("operator"));
    const Node operand = node.field("operand");
    if (op == QLatin1String("@") && operand.is("identifier")) {
        const QString name = text(operand);
        const auto it = attributes.constFind(name);
        if (it != attributes.cend()) {
            Value v = *it;
            if (!v.isUnknown()) {
                v.offset = node.startByte();
                v.endOffset = node.endByte();
            }
            return v;
        }
        return unknown(node, Tr::tr("module attribute @%1 is not set before its use").arg(name));
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
    return unknown(
        node, Tr::tr("expression '%1' is not a literal").arg(text(node).left(60).simplified()));
}

} // namespace schemalens::load::ecto
