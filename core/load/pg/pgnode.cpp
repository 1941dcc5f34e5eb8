#include "core/load/pg/pgnode.h"

#include <QCoreApplication>

#include <cstring>
#include <vector>

namespace schemalens::load::pg {

namespace detail {

enum class JType : quint8 { Null, Bool, Number, String, Array, Object };

struct JNode {
    JType type = JType::Null;
    quint32 size = 0; // string bytes, array items, object members
    union {
        double number;
        bool boolean;
        const char *string;
        const JNode *items;
        const JMember *members;
    };
    JNode()
        : number(0)
    {}
};

struct JMember {
    const char *key = nullptr;
    quint32 keySize = 0;
    JNode value;
};

} // namespace detail

using detail::JMember;
using detail::JNode;
using detail::JType;

bool JsonValue::isNull() const
{
    return m_node && m_node->type == JType::Null;
}
bool JsonValue::isBool() const
{
    return m_node && m_node->type == JType::Bool;
}
bool JsonValue::isDouble() const
{
    return m_node && m_node->type == JType::Number;
}
bool JsonValue::isString() const
{
    return m_node && m_node->type == JType::String;
}
bool JsonValue::isArray() const
{
    return m_node && m_node->type == JType::Array;
}
bool JsonValue::isObject() const
{
    return m_node && m_node->type == JType::Object;
}

bool JsonValue::toBool(bool defaultValue) const
{
    return isBool() ? m_node->boolean : defaultValue;
}

double JsonValue::toDouble(double defaultValue) const
{
    return isDouble() ? m_node->number : defaultValue;
}

int JsonValue::toInt(int defaultValue) const
{
    return isDouble() ? int(m_node->number) : defaultValue;
}

QString JsonValue::toString() const
{
    return isString() ? QString::fromUtf8(m_node->string, m_node->size) : QString();
}

QLatin1String JsonValue::stringView() const
{
    return isString() ? QLatin1String(m_node->string, qsizetype(m_node->size)) : QLatin1String();
}

JsonObject JsonValue::toObject() const
{
    return JsonObject(isObject() ? m_node : nullptr);
}
JsonArray JsonValue::toArray() const
{
    return JsonArray(isArray() ? m_node : nullptr);
}

QString JsonObject::const_iterator::key() const
{
    return QString::fromUtf8(m_member->key, m_member->keySize);
}

QLatin1String JsonObject::const_iterator::keyView() const
{
    return QLatin1String(m_member->key, qsizetype(m_member->keySize));
}

JsonValue JsonObject::const_iterator::value() const
{
    return JsonValue(&m_member->value);
}

JsonObject::const_iterator &JsonObject::const_iterator::operator++()
{
    ++m_member;
    return *this;
}

JsonValue JsonObject::value(QLatin1String key) const
{
    if (!m_node)
        return {};
    const qsizetype n = key.size();
    for (quint32 i = 0; i < m_node->size; ++i) {
        const JMember &m = m_node->members[i];
        if (m.keySize == quint32(n) && std::memcmp(m.key, key.data(), size_t(n)) == 0)
            return JsonValue(&m.value);
    }
    return {};
}

qsizetype JsonObject::size() const
{
    return m_node ? qsizetype(m_node->size) : 0;
}

JsonObject::const_iterator JsonObject::constBegin() const
{
    return const_iterator(m_node ? m_node->members : nullptr);
}

JsonObject::const_iterator JsonObject::constEnd() const
{
    return const_iterator(m_node ? m_node->members + m_node->size : nullptr);
}

JsonArray::const_iterator &JsonArray::const_iterator::operator++()
{
    ++m_item;
    return *this;
}

qsizetype JsonArray::size() const
{
    return m_node ? qsizetype(m_node->size) : 0;
}

JsonValue JsonArray::at(qsizetype i) const
{
    return m_node && i >= 0 && i < qsizetype(m_node->size) ? JsonValue(m_node->items + i)
                                                           : JsonValue();
}

JsonArray::const_iterator JsonArray::begin() const
{
    return const_iterator(m_node ? m_node->items : nullptr);
}

JsonArray::const_iterator JsonArray::end() const
{
    return const_iterator(m_node ? m_node->items + m_node->size : nullptr);
}

JsonDocument::JsonDocument() = default;
JsonDocument::~JsonDocument() = default;

// A recursive-descent parser for the JSON libpg_query writes (well-formed, UTF-8); it
// still rejects malformed input cleanly, with a depth limit instead of a stack overflow.
class JsonParser {
public:
    JsonParser(JsonDocument &doc, int maxDepth)
        : m_doc(doc)
        , m_p(doc.m_json.constData())
        , m_end(doc.m_json.constData() + doc.m_json.size())
        , m_maxDepth(maxDepth)
    {}

    bool parse(QString *error)
    {
        auto *root = alloc<JNode>(1);
        if (!value(*root, 0) || (skipSpace(), m_p != m_end)) {
            *error = m_error.isEmpty() ? QCoreApplication::translate("schemalens", "malformed JSON")
                                       : m_error;
            return false;
        }
        m_doc.m_root = root;
        return true;
    }

private:
    template <typename T> T *alloc(size_t n)
    {
        T *p = static_cast<T *>(m_doc.m_arena.allocate(sizeof(T) * qMax<size_t>(n, 1), alignof(T)));
        for (size_t i = 0; i < n; ++i)
            new (p + i) T();
        return p;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool fail(const char *what)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("schemalens", what);
        return false;
    }

    bool value(JNode &node, int depth)
    {
        if (depth > m_maxDepth)
            return fail("too deeply nested document");
        skipSpace();
        if (m_p >= m_end)
            return fail("malformed JSON");
        switch (*m_p) {
        case '{':
            return object(node, depth);
        case '[':
            return array(node, depth);
        case '"':
            node.type = JType::String;
            return string(&node.string, &node.size);
        case 't':
            return literal("true", node, JType::Bool, true);
        case 'f':
            return literal("false", node, JType::Bool, false);
        case 'n':
            return literal("null", node, JType::Null, false);
        default:
            return number(node);
        }
    }

    bool literal(const char *word, JNode &node, JType type, bool boolean)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return fail("malformed JSON");
        m_p += n;
        node.type = type;
        if (type == JType::Bool)
            node.boolean = boolean;
        return true;
    }

    bool number(JNode &node)
    {
        // libpg_query writes integers (locations, typmods); parse those directly and leave
        // fractions and exponents to QByteArray::toDouble.
        const char *start = m_p;
        const bool negative = m_p < m_end && *m_p == '-';
        if (negative)
            ++m_p;
        qint64 integer = 0;
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && m_p - digits < 18)
            integer = integer * 10 + (*m_p++ - '0');
        node.type = JType::Number;
        if (m_p > digits &&
            (m_p >= m_end || std::strchr(".eE0123456789", *m_p) == nullptr || *m_p == '\0')) {
            node.number = double(negative ? -integer : integer);
            return true;
        }
        while (m_p < m_end && *m_p && std::strchr("+-0123456789.eE", *m_p) != nullptr)
            ++m_p;
        bool ok = false;
        node.number = QByteArray::fromRawData(start, m_p - start).toDouble(&ok);
        return ok || fail("malformed JSON");
    }

    // Strings without escapes point into the document's text; others are decoded into the
    // arena.
    bool string(const char **out, quint32 *size)
    {
        ++m_p; // opening quote
        const char *start = m_p;
        bool escaped = false;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') {
                escaped = true;
                ++m_p;
            }
            ++m_p;
        }
        if (m_p >= m_end)
            return fail("malformed JSON");
        const char *stop = m_p++;
        if (!escaped) {
            *out = start;
            *size = quint32(stop - start);
            return true;
        }
        char *buffer = alloc<char>(size_t(stop - start));
        char *w = buffer;
        for (const char *r = start; r < stop; ++r) {
            if (*r != '\\') {
                *w++ = *r;
                continue;
            }
            ++r;
            switch (*r) {
            case 'n':
                *w++ = '\n';
                break;
            case 't':
                *w++ = '\t';
                break;
            case 'r':
                *w++ = '\r';
                break;
            case 'b':
                *w++ = '\b';
                break;
            case 'f':
                *w++ = '\f';
                break;
            case 'u': {
                if (stop - r < 5)
                    return fail("malformed JSON");
                uint code = QByteArray::fromRawData(r + 1, 4).toUInt(nullptr, 16);
                r += 4;
                // A surrogate pair spells one code point beyond the BMP.
                if (code >= 0xD800 && code < 0xDC00 && stop - r >= 7 && r[1] == '\\' &&
                    r[2] == 'u') {
                    const uint low = QByteArray::fromRawData(r + 3, 4).toUInt(nullptr, 16);
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    r += 6;
                }
                w = appendUtf8(w, code);
                break;
            }
            default:
                *w++ = *r;
                break; // \" \\ \/
            }
        }
        *out = buffer;
        *size = quint32(w - buffer);
        return true;
    }

    static char *appendUtf8(char *w, uint c)
    {
        if (c < 0x80) {
            *w++ = char(c);
        } else if (c < 0x800) {
            *w++ = char(0xC0 | (c >> 6));
            *w++ = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *w++ = char(0xE0 | (c >> 12));
            *w++ = char(0x80 | ((c >> 6) & 0x3F));
            *w++ = char(0x80 | (c & 0x3F));
        } else {
            *w++ = char(0xF0 | (c >> 18));
            *w++ = char(0x80 | ((c >> 12) & 0x3F));
            *w++ = char(0x80 | ((c >> 6) & 0x3F));
            *w++ = char(0x80 | (c & 0x3F));
        }
        return w;
    }

    // Children are collected on one shared stack and copied to the arena when their
    // container closes, instead of a vector per container.
    bool array(JNode &node, int depth)
    {
        ++m_p;
        const size_t base = m_nodeStack.size();
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
        } else {
            for (;;) {
                JNode item;
                if (!value(item, depth + 1))
                    return false;
                m_nodeStack.push_back(item);
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == ']') {
                    ++m_p;
                    break;
                }
                return fail("malformed JSON");
            }
        }
        const size_t count = m_nodeStack.size() - base;
        JNode *stored = alloc<JNode>(count);
        std::copy(m_nodeStack.begin() + qsizetype(base), m_nodeStack.end(), stored);
        m_nodeStack.resize(base);
        node.type = JType::Array;
        node.size = quint32(count);
        node.items = stored;
        return true;
    }

    bool object(JNode &node, int depth)
    {
        ++m_p;
        const size_t base = m_memberStack.size();
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
        } else {
            for (;;) {
                skipSpace();
                if (m_p >= m_end || *m_p != '"')
                    return fail("malformed JSON");
                JMember member;
                if (!string(&member.key, &member.keySize))
                    return false;
                skipSpace();
                if (m_p >= m_end || *m_p != ':')
                    return fail("malformed JSON");
                ++m_p;
                if (!value(member.value, depth + 1))
                    return false;
                m_memberStack.push_back(member);
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == '}') {
                    ++m_p;
                    break;
                }
                return fail("malformed JSON");
            }
        }
        const size_t count = m_memberStack.size() - base;
        JMember *stored = alloc<JMember>(count);
        std::copy(m_memberStack.begin() + qsizetype(base), m_memberStack.end(), stored);
        m_memberStack.resize(base);
        node.type = JType::Object;
        node.size = quint32(count);
        node.members = stored;
        return true;
    }

    JsonDocument &m_doc;
    const char *m_p;
    const char *m_end;
    int m_maxDepth;
    QString m_error;
    std::vector<JNode> m_nodeStack;
    std::vector<JMember> m_memberStack;
};

std::shared_ptr<const JsonDocument> JsonDocument::parse(QByteArray json, QString *error,
                                                        int maxDepth)
{
    std::shared_ptr<JsonDocument> doc(new JsonDocument());
    doc->m_json = std::move(json);
    doc->m_json.detach(); // strings point into it: it must own its bytes
    JsonParser parser(*doc, maxDepth);
    if (!parser.parse(error))
        return nullptr;
    return doc;
}

} // namespace schemalens::load::pg
