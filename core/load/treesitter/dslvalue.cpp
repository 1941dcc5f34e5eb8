#include "core/load/treesitter/dslvalue.h"

namespace schemalens::load::treesitter {

bool Value::isKeywordList() const
{
    if (kind != Kind::List || items.isEmpty())
        return false;
    for (const Value &item : items) {
        if (item.kind != Kind::Tuple || item.items.size() != 2 || !item.items.first().isAtom())
            return false;
    }
    return true;
}

bool Value::writtenWithin(qsizetype start, qsizetype end) const
{
    for (const Segment &segment : segments) {
        if (segment.offset >= 0)
            return segment.offset >= start && segment.offset < end;
    }
    return false;
}

const Value *Value::option(const QString &name) const
{
    if (kind == Kind::Call) {
        for (const auto &[key, value] : keywords) {
            if (key == name)
                return &value;
        }
        return nullptr;
    }
    if (isKeywordList()) {
        for (const Value &item : items) {
            if (item.items.first().text == name)
                return &item.items.at(1);
        }
    }
    return nullptr;
}

const Value *Value::firstUnknown() const
{
    if (kind == Kind::Unknown)
        return this;
    for (const Value &item : items) {
        if (const Value *u = item.firstUnknown())
            return u;
    }
    for (const auto &[key, value] : keywords) {
        if (const Value *u = value.firstUnknown())
            return u;
    }
    for (const auto &[key, value] : entries) {
        if (const Value *u = key.firstUnknown())
            return u;
        if (const Value *u = value.firstUnknown())
            return u;
    }
    return nullptr;
}

Value Value::unknown(const QString &why, qsizetype offset, qsizetype endOffset)
{
    Value v;
    v.kind = Kind::Unknown;
    v.text = why;
    v.offset = offset;
    v.endOffset = endOffset;
    return v;
}

Value Value::string(const QString &text, qsizetype offset)
{
    Value v;
    v.kind = Kind::String;
    v.text = text;
    v.segments.append({offset, text.toUtf8()});
    v.offset = offset;
    return v;
}

Value Value::atom(const QString &name)
{
    Value v;
    v.kind = Kind::Atom;
    v.text = name;
    return v;
}

} // namespace schemalens::load::treesitter
