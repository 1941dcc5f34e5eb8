// Names PostgreSQL 15 generates for constraints and indexes nobody named. Each function
// mirrors the backend function named in its comment; lengths are in UTF-8 bytes because
// NAMEDATALEN is.

#include "core/load/pg/pgdeparse_p.h"
#include "core/load/pg/pgexpr.h"

#include <utility>

namespace schemalens::load::pg {

using namespace detail;

namespace {

constexpr qsizetype NameDataLen = 64; // NAMEDATALEN: names hold at most 63 bytes

// pg_mbcliplen() for UTF-8: the longest prefix of at most `limit` bytes that does not
// split a character.
qsizetype clipUtf8(const QByteArray &s, qsizetype limit)
{
    if (s.size() <= limit)
        return s.size();
    qsizetype n = std::max<qsizetype>(limit, 0);
    while (n > 0 && (uchar(s.at(n)) & 0xC0) == 0x80) // s[n] continues the previous char
        --n;
    return n;
}

// makeObjectName() (src/backend/commands/indexcmds.c): name1_name2_label, trimming the
// longer of name1/name2 one byte at a time until everything fits in 63 bytes, then backing
// each off to a character boundary. A null name2/label is left out with its underscore.
QByteArray makeObjectName(const QByteArray &name1, const QByteArray *name2, const QByteArray *label)
{
    qsizetype overhead = 0;
    qsizetype name1chars = name1.size();
    qsizetype name2chars = 0;
    if (name2) {
        name2chars = name2->size();
        ++overhead;
    }
    if (label)
        overhead += label->size() + 1;
    // PostgreSQL asserts this is positive (callers use short labels); clamp instead.
    const qsizetype availchars = std::max<qsizetype>(NameDataLen - 1 - overhead, 0);
    while (name1chars + name2chars > availchars) {
        if (name1chars > name2chars)
            --name1chars;
        else
            --name2chars;
    }
    name1chars = clipUtf8(name1, name1chars);
    QByteArray out = name1.left(name1chars);
    if (name2)
        out += '_' + name2->left(clipUtf8(*name2, name2chars));
    if (label)
        out += '_' + *label;
    return out;
}

// FigureColnameInternal() (src/backend/parser/parse_target.c): a name and its strength
// (2 = real name, 1 = fallback such as a cast's type name, 0 = none).
std::pair<int, QString> figureColname(const JsonValue &node)
{
    const QString kind = kindOf(node);
    const JsonObject b = bodyOf(node);
    const auto lastField = [](const JsonArray &list) {
        QString name; // the last String, skipping "*" and subscripts
        for (const JsonValue &v : list) {
            if (kindOf(v) == QLatin1String("String"))
                name = svalOf(v);
        }
        return name;
    };
    if (kind == QLatin1String("ColumnRef")) {
        const QString name = lastField(listField(b, "fields"));
        return name.isEmpty() ? std::pair{0, QString()} : std::pair{2, name};
    }
    if (kind == QLatin1String("A_Indirection")) {
        const QString name = lastField(listField(b, "indirection"));
        return name.isEmpty() ? figureColname(b.value(QLatin1String("arg"))) : std::pair{2, name};
    }
    if (kind == QLatin1String("FuncCall"))
        return {2, svalOf(listField(b, "funcname").last())};
    if (kind == QLatin1String("A_Expr"))
        return strField(b, "kind") == QLatin1String("AEXPR_NULLIF")
                   ? std::pair{2, QStringLiteral("nullif")}
                   : std::pair{0, QString()};
    if (kind == QLatin1String("TypeCast")) {
        const auto inner = figureColname(b.value(QLatin1String("arg")));
        if (inner.first <= 1) {
            const JsonArray names = listField(objField(b, "typeName"), "names");
            if (!names.isEmpty())
                return {1, svalOf(names.last())};
        }
        return inner;
    }
    if (kind == QLatin1String("CollateClause"))
        return figureColname(b.value(QLatin1String("arg")));
    if (kind == QLatin1String("GroupingFunc"))
        return {2, QStringLiteral("grouping")};
    if (kind == QLatin1String("SubLink")) {
        // An EXPR sub-link is named after its target only once analysed; raw trees: none.
        const QString type = strField(b, "subLinkType");
        if (type == QLatin1String("EXISTS_SUBLINK") || type.isEmpty())
            return {2, QStringLiteral("exists")};
        if (type == QLatin1String("ARRAY_SUBLINK"))
            return {2, QStringLiteral("array")};
        return {0, QString()};
    }
    if (kind == QLatin1String("CaseExpr")) {
        const auto inner = figureColname(b.value(QLatin1String("defresult")));
        return inner.first <= 1 ? std::pair{1, QStringLiteral("case")} : inner;
    }
    if (kind == QLatin1String("A_ArrayExpr"))
        return {2, QStringLiteral("array")};
    if (kind == QLatin1String("RowExpr"))
        return {2, QStringLiteral("row")};
    if (kind == QLatin1String("CoalesceExpr"))
        return {2, QStringLiteral("coalesce")};
    if (kind == QLatin1String("MinMaxExpr"))
        return {2, strField(b, "op") == QLatin1String("IS_LEAST") ? QStringLiteral("least")
                                                                  : QStringLiteral("greatest")};
    if (kind == QLatin1String("SQLValueFunction")) {
        // SVFOP_CURRENT_TIMESTAMP_N -> "current_timestamp"
        QString op = strField(b, "op").mid(6).toLower();
        if (op.endsWith(QLatin1String("_n")))
            op.chop(2);
        return {2, op};
    }
    if (kind == QLatin1String("XmlExpr")) {
        const QString op = strField(b, "op"); // IS_XMLCONCAT -> "xmlconcat"; IS_DOCUMENT: none
        if (op.startsWith(QLatin1String("IS_XML")))
            return {2, op.mid(3).toLower()};
        return {0, QString()};
    }
    if (kind == QLatin1String("XmlSerialize"))
        return {2, QStringLiteral("xmlserialize")};
    return {0, QString()};
}

// pull_var_clause() over the raw tree: every column reference, sub-selects excluded.
void collectColumns(const JsonValue &value, QStringList &out, bool &wholeRow)
{
    if (value.isArray()) {
        for (const JsonValue &v : value.toArray())
            collectColumns(v, out, wholeRow);
        return;
    }
    if (!value.isObject())
        return;
    const JsonObject o = value.toObject();
    if (o.size() == 1 && o.constBegin().key() == QLatin1String("SubLink"))
        return;
    if (o.size() == 1 && o.constBegin().key() == QLatin1String("ColumnRef")) {
        const JsonArray fields = listField(bodyOf(value), "fields");
        if (fields.isEmpty() || kindOf(fields.last()) == QLatin1String("A_Star")) {
            wholeRow = true;
        } else {
            const QString name = svalOf(fields.last());
            if (!out.contains(name))
                out.append(name);
        }
        return;
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        collectColumns(it.value(), out, wholeRow);
}

} // namespace

// ChooseConstraintName() / ChooseRelationName() (src/backend/commands/indexcmds.c,
// src/backend/catalog/pg_constraint.c): makeObjectName(name1, name2, label), and while
// the name is taken, makeObjectName(name1, name2, label + "1"), label + "2", ... — the
// truncation is recomputed each time so the numbered name still fits 63 bytes.
QString chooseName(const QString &name1, const QString &name2, const QString &label,
                   const std::function<bool(const QString &)> &taken)
{
    const QByteArray n1 = name1.toUtf8();
    const QByteArray n2 = name2.toUtf8();
    const QByteArray baseLabel = label.toUtf8();
    QByteArray modLabel = baseLabel;
    // A caller bug (taken() always true) must not hang the loader.
    constexpr int maxPasses = 1000000;
    for (int pass = 0;;) {
        const bool hasLabel = !modLabel.isEmpty();
        const QString candidate = QString::fromUtf8(
            makeObjectName(n1, name2.isEmpty() ? nullptr : &n2, hasLabel ? &modLabel : nullptr));
        if (!taken || !taken(candidate) || pass >= maxPasses)
            return candidate;
        // snprintf(modlabel, NAMEDATALEN, "%s%d", label, ++pass)
        modLabel = QByteArray(baseLabel + QByteArray::number(++pass)).left(NameDataLen - 1);
    }
}

// ChooseIndexNameAddition() / ChooseForeignKeyConstraintNameAddition() (indexcmds.c,
// tablecmds.c): the names joined with '_', each capped at 63 bytes, stopping once the
// text reaches NAMEDATALEN bytes (makeObjectName() trims the rest).
QString columnNamesPart(const QStringList &columns)
{
    QByteArray buf;
    for (const QString &column : columns) {
        if (!buf.isEmpty())
            buf += '_';
        const QByteArray name = column.isEmpty() ? QByteArray("expr") : column.toUtf8();
        buf += name.left(clipUtf8(name, NameDataLen - 1));
        if (buf.size() >= NameDataLen)
            break;
    }
    return QString::fromUtf8(buf);
}

// ChooseIndexColumnNames() (indexcmds.c): a name used earlier in the same index gets the
// smallest number suffix that makes it unique, clipped so the result fits 63 bytes.
QStringList chooseIndexColumnNames(const QStringList &columns)
{
    QStringList result;
    for (const QString &column : columns) {
        const QString original = column.isEmpty() ? QStringLiteral("expr") : column;
        QString current = original;
        for (int i = 1; result.contains(current); ++i) {
            const QByteArray suffix = QByteArray::number(i);
            const QByteArray bytes = original.toUtf8();
            current = QString::fromUtf8(
                bytes.left(clipUtf8(bytes, NameDataLen - 1 - suffix.size())) + suffix);
        }
        result.append(current);
    }
    return result;
}

// FigureIndexColname() (parse_target.c), with ChooseIndexColumnNames()' "expr" default.
QString figureIndexColname(const JsonValue &expr)
{
    const QString name = figureColname(expr).second;
    return name.isEmpty() ? QStringLiteral("expr") : name;
}

// AddRelationNewConstraints() (heap.c) names a CHECK after its column when the
// expression's distinct Vars are exactly one real column.
QString checkConstraintColumn(const JsonValue &expr)
{
    QStringList columns;
    bool wholeRow = false;
    collectColumns(expr, columns, wholeRow);
    return columns.size() == 1 && !wholeRow ? columns.first() : QString();
}

} // namespace schemalens::load::pg
