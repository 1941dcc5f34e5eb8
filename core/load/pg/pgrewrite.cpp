#include "core/load/pg/pgrewrite.h"

#include "core/load/pg/pgexpr.h"
#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgparser.h"

#include <algorithm>

namespace schemalens::load::pg {

namespace {

struct Edit {
    qsizetype offset; // in the parsed text ("SELECT " + expression, UTF-8)
    qsizetype length;
    QByteArray text;
};

constexpr qsizetype kPrefix = 7; // "SELECT "

bool identifierByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || (static_cast<unsigned char>(c) & 0x80);
}

// Reads one identifier token at `pos`: its decoded name (unquoted ones lower-cased, as the
// scanner does) and its end. Returns false when there is no identifier there.
bool readIdentifier(const QByteArray &text, qsizetype pos, QString *name, qsizetype *end)
{
    if (pos >= text.size())
        return false;
    if (text.at(pos) == '"') {
        QByteArray raw;
        qsizetype i = pos + 1;
        while (i < text.size()) {
            if (text.at(i) == '"') {
                if (i + 1 < text.size() && text.at(i + 1) == '"') {
                    raw += '"';
                    i += 2;
                    continue;
                }
                *name = QString::fromUtf8(raw);
                *end = i + 1;
                return true;
            }
            raw += text.at(i++);
        }
        return false;
    }
    qsizetype i = pos;
    while (i < text.size() && identifierByte(text.at(i)))
        ++i;
    if (i == pos)
        return false;
    *name = QString::fromUtf8(text.mid(pos, i - pos)).toLower();
    *end = i;
    return true;
}

void walk(const JsonValue &value,
          const std::function<void(const QString &, const JsonObject &)> &visit)
{
    if (value.isArray()) {
        for (const JsonValue &v : value.toArray())
            walk(v, visit);
    } else if (value.isObject()) {
        const JsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const JsonValue v = it.value();
            if (v.isObject())
                visit(it.key(), v.toObject());
            walk(v, visit);
        }
    }
}

// Parses "SELECT <expression>" and hands the tree to `collect`; applies its edits.
QString
edit(const QString &expression,
     const std::function<void(const JsonValue &, const QByteArray &, QList<Edit> &)> &collect)
{
    const QByteArray sql = "SELECT " + expression.toUtf8();
    const QList<ParsedStatement> parsed = parseScript(sql);
    if (parsed.size() != 1 || !parsed.first().error.isEmpty() || parsed.first().parseOffset != 0)
        return expression;
    QList<Edit> edits;
    collect(parsed.first().node, sql, edits);
    if (edits.isEmpty())
        return expression;
    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.offset > b.offset; });
    QByteArray out = sql;
    qsizetype previous = out.size();
    for (const Edit &e : std::as_const(edits)) {
        if (e.offset < kPrefix || e.offset + e.length > previous)
            continue; // overlapping or outside the expression: leave it
        out.replace(e.offset, e.length, e.text);
        previous = e.offset;
    }
    return QString::fromUtf8(out.mid(kPrefix));
}

// The end (one past the closing quote) of the string literal starting at `pos`, or -1.
qsizetype literalEnd(const QByteArray &sql, qsizetype pos)
{
    if (pos < 0 || pos >= sql.size() || sql.at(pos) != '\'')
        return -1;
    qsizetype end = pos + 1;
    while (end < sql.size()) {
        if (sql.at(end) == '\'') {
            if (end + 1 < sql.size() && sql.at(end + 1) == '\'')
                end += 2;
            else
                return end + 1;
        } else {
            ++end;
        }
    }
    return -1;
}

QByteArray literal(QString value)
{
    value.replace(QLatin1Char('\''), QLatin1String("''"));
    return (QLatin1Char('\'') + value + QLatin1Char('\'')).toUtf8();
}

} // namespace

QString renameColumnInExpression(const QString &expression, const QString &oldName,
                                 const QString &newName)
{
    if (!expression.contains(oldName, Qt::CaseInsensitive))
        return expression;
    return edit(expression, [&](const JsonValue &tree, const QByteArray &sql, QList<Edit> &edits) {
        walk(tree, [&](const QString &key, const JsonObject &node) {
            if (key != QLatin1String("ColumnRef"))
                return;
            const JsonArray fields = arr(node, "fields");
            if (fields.isEmpty() || stringList(fields).last() != oldName)
                return;
            // Walk the dotted name to its last part.
            qsizetype pos = integer(node, "location", -1);
            if (pos < 0)
                return;
            QString name;
            qsizetype end = 0;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                if (!readIdentifier(sql, pos, &name, &end))
                    return;
                if (i + 1 < fields.size()) {
                    if (end >= sql.size() || sql.at(end) != '.')
                        return;
                    pos = end + 1;
                }
            }
            if (name != oldName)
                return;
            edits.append({pos, end - pos, quoteIdentifier(newName).toUtf8()});
        });
    });
}

QString rewriteSequenceReferences(
    const QString &expression,
    const std::function<std::optional<QString>(const QStringList &parts)> &rename)
{
    if (!expression.contains(QLatin1String("nextval"), Qt::CaseInsensitive) &&
        !expression.contains(QLatin1String("currval"), Qt::CaseInsensitive))
        return expression;
    return edit(expression, [&](const JsonValue &tree, const QByteArray &sql, QList<Edit> &edits) {
        walk(tree, [&](const QString &key, const JsonObject &node) {
            if (key != QLatin1String("FuncCall"))
                return;
            const QStringList function = stringList(arr(node, "funcname"));
            if (function.isEmpty() || (function.last() != QLatin1String("nextval") &&
                                       function.last() != QLatin1String("currval")))
                return;
            JsonObject arg = arr(node, "args").first().toObject(); // undefined when none
            if (nodeType(arg) == QLatin1String("TypeCast"))
                arg = obj(nodeBody(arg), "arg");
            if (nodeType(arg) != QLatin1String("A_Const"))
                return;
            const JsonObject constant = nodeBody(arg);
            const qsizetype pos = integer(constant, "location", -1);
            const qsizetype end = literalEnd(sql, pos);
            if (end < 0)
                return;
            // regclass input: a possibly qualified, possibly quoted name.
            const QByteArray value = str(obj(constant, "sval"), "sval").toUtf8();
            QStringList parts;
            qsizetype at = 0;
            while (true) {
                QString part;
                qsizetype partEnd = 0;
                if (!readIdentifier(value, at, &part, &partEnd))
                    return;
                parts.append(part);
                if (partEnd == value.size())
                    break;
                if (value.at(partEnd) != '.')
                    return;
                at = partEnd + 1;
            }
            const std::optional<QString> replacement = rename(parts);
            if (!replacement)
                return;
            edits.append({pos, end - pos, literal(*replacement)});
        });
    });
}

QString renameStringConstant(const QString &expression, const QString &oldValue,
                             const QString &newValue)
{
    if (!expression.contains(oldValue))
        return expression;
    return edit(expression, [&](const JsonValue &tree, const QByteArray &sql, QList<Edit> &edits) {
        walk(tree, [&](const QString &key, const JsonObject &node) {
            if (key != QLatin1String("A_Const") || str(obj(node, "sval"), "sval") != oldValue)
                return;
            const qsizetype pos = integer(node, "location", -1);
            const qsizetype end = literalEnd(sql, pos);
            if (end >= 0)
                edits.append({pos, end - pos, literal(newValue)});
        });
    });
}

} // namespace schemalens::load::pg
