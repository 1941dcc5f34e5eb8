#include "core/load/treesitter/evalhelpers.h"

#include <QCoreApplication>

namespace schemalens::load::treesitter {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

} // namespace

Value valueAt(Value::Kind kind, const Node &node)
{
    Value v;
    v.kind = kind;
    v.offset = node.startByte();
    v.endOffset = node.endByte();
    return v;
}

Value unknownAt(const Node &node, const QString &why)
{
    return Value::unknown(why, node.startByte(), node.endByte());
}

Value notALiteral(const Node &node, const QString &source)
{
    return unknownAt(node, Tr::tr("'%1' is not a literal").arg(source.left(60).simplified()));
}

Value expressionNotALiteral(const Node &node, const QString &source)
{
    return unknownAt(node,
                     Tr::tr("expression '%1' is not a literal").arg(source.left(60).simplified()));
}

void appendCodePoint(QByteArray &out, uint code)
{
    const char32_t c = char32_t(code);
    out.append(QString::fromUcs4(&c, 1).toUtf8());
}

std::optional<char> controlEscape(char letter)
{
    switch (letter) {
    case 'a':
        return '\a';
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    default:
        return std::nullopt;
    }
}

Value integerLiteral(const Node &node, const QString &written, Qt::CaseSensitivity prefixes)
{
    QString digits = QString(written).remove(QLatin1Char('_'));
    if (prefixes == Qt::CaseInsensitive)
        digits = digits.toLower();
    int base = 10;
    if (digits.startsWith(QLatin1String("0x")))
        base = 16;
    else if (digits.startsWith(QLatin1String("0o")))
        base = 8;
    else if (digits.startsWith(QLatin1String("0b")))
        base = 2;
    if (base != 10)
        digits = digits.mid(2);
    Value v = valueAt(Value::Kind::Integer, node);
    bool ok = false;
    v.integer = digits.toLongLong(&ok, base);
    if (!ok)
        return unknownAt(node, Tr::tr("integer %1 is out of range").arg(written));
    v.text = QString::number(v.integer);
    return v;
}

Value floatLiteral(const Node &node, const QString &written)
{
    Value v = valueAt(Value::Kind::Float, node);
    v.text = QString(written).remove(QLatin1Char('_'));
    return v;
}

std::optional<Value> boundValue(const QHash<QString, Value> &bindings, const QString &name,
                                const Node &use)
{
    const auto it = bindings.constFind(name);
    if (it == bindings.cend())
        return std::nullopt;
    Value bound = *it;
    if (!bound.isUnknown()) {
        bound.offset = use.startByte();
        bound.endOffset = use.endByte();
    }
    return bound;
}

Value collectionOf(const Node &node, Value::Kind kind,
                   const std::function<void(const Node &child, QList<Value> &items)> &addItem)
{
    Value v = valueAt(kind, node);
    for (uint32_t i = 0; i < node.namedChildCount(); ++i) {
        const Node item = node.namedChild(i);
        if (!item.is("comment"))
            addItem(item, v.items);
    }
    return v;
}

QString segmentsText(const QList<Segment> &segments)
{
    QByteArray bytes;
    for (const Segment &segment : segments)
        bytes += segment.bytes;
    return QString::fromUtf8(bytes);
}

Value joinedStrings(Value left, const Value &right, qsizetype end)
{
    left.text += right.text;
    left.segments += right.segments;
    left.endOffset = end;
    return left;
}

Value joinedItems(Value left, const Value &right, qsizetype end)
{
    left.items += right.items;
    left.endOffset = end;
    return left;
}

} // namespace schemalens::load::treesitter
