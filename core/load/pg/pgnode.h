#pragma once

// A read-only JSON tree for libpg_query's parse trees. QJsonDocument spends more time
// decoding a statement's JSON than libpg_query spends parsing the SQL (bench_pgload), so
// the loader uses this instead: one arena per document, strings pointing into the JSON
// text, objects as small member arrays searched linearly (parse-tree nodes have few keys).
// The API mirrors the parts of QJsonValue/QJsonObject/QJsonArray the loader uses.
//
// Values point into their JsonDocument: keep the document alive while using them.

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <memory>
#include <memory_resource>

namespace schemalens::load::pg {

namespace detail {
struct JNode;
struct JMember;
} // namespace detail

class JsonObject;
class JsonArray;

class JsonValue {
public:
    JsonValue() = default;
    explicit JsonValue(const detail::JNode *node)
        : m_node(node)
    {}

    bool isUndefined() const { return m_node == nullptr; }
    bool isNull() const;
    bool isBool() const;
    bool isDouble() const;
    bool isString() const;
    bool isArray() const;
    bool isObject() const;

    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    int toInt(int defaultValue = 0) const;
    QString toString() const;
    QLatin1String stringView() const; // raw UTF-8 bytes; ASCII for keys and type names
    JsonObject toObject() const;
    JsonArray toArray() const;

private:
    const detail::JNode *m_node = nullptr;
};

class JsonObject {
public:
    class const_iterator {
    public:
        const_iterator() = default;
        explicit const_iterator(const detail::JMember *member)
            : m_member(member)
        {}
        QString key() const;
        QLatin1String keyView() const;
        JsonValue value() const;
        JsonValue operator*() const { return value(); }
        const_iterator &operator++();
        bool operator==(const const_iterator &other) const = default;

    private:
        const detail::JMember *m_member = nullptr;
    };

    JsonObject() = default;
    explicit JsonObject(const detail::JNode *node)
        : m_node(node)
    {}
    operator JsonValue() const { return JsonValue(m_node); } // like QJsonObject -> QJsonValue

    JsonValue value(QLatin1String key) const;
    JsonValue value(const char *key) const { return value(QLatin1String(key)); }
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    const_iterator constBegin() const;
    const_iterator constEnd() const;
    const_iterator begin() const { return constBegin(); }
    const_iterator end() const { return constEnd(); }

private:
    const detail::JNode *m_node = nullptr;
};

class JsonArray {
public:
    class const_iterator {
    public:
        const_iterator() = default;
        explicit const_iterator(const detail::JNode *item)
            : m_item(item)
        {}
        JsonValue operator*() const { return JsonValue(m_item); }
        const_iterator &operator++();
        bool operator==(const const_iterator &other) const = default;

    private:
        const detail::JNode *m_item = nullptr;
    };

    JsonArray() = default;
    explicit JsonArray(const detail::JNode *node)
        : m_node(node)
    {}
    operator JsonValue() const { return JsonValue(m_node); }

    qsizetype size() const;
    qsizetype count() const { return size(); }
    bool isEmpty() const { return size() == 0; }
    JsonValue at(qsizetype i) const;
    JsonValue operator[](qsizetype i) const { return at(i); }
    JsonValue first() const { return at(0); }
    JsonValue last() const { return at(size() - 1); }
    const_iterator begin() const;
    const_iterator end() const;

private:
    const detail::JNode *m_node = nullptr;
};

class JsonDocument {
public:
    // Parses JSON text; returns nullptr and sets `error` on malformed input or nesting
    // deeper than `maxDepth` (a guard for the recursive code that walks the tree).
    static std::shared_ptr<const JsonDocument> parse(QByteArray json, QString *error,
                                                     int maxDepth = 1000);
    JsonValue root() const { return JsonValue(m_root); }

    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;
    ~JsonDocument();

private:
    JsonDocument();
    friend class JsonParser;

    QByteArray m_json;
    std::pmr::monotonic_buffer_resource m_arena;
    const detail::JNode *m_root = nullptr;
};

} // namespace schemalens::load::pg
