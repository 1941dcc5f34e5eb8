#include "core/load/ecto/ectosql.h"

#include "core/load/treesitter/placedsql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace schemalens::load::ecto {

using treesitter::quoteIdentifier;
using treesitter::quoteLiteral;
using treesitter::quoteQualified;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

Fragment failure(const QString &error)
{
    Fragment f;
    f.error = error;
    return f;
}

Fragment sqlOf(const QString &sql)
{
    Fragment f;
    f.sql = sql;
    return f;
}

// ecto_to_db/1 for an atom.
QString dbTypeOf(const QString &atom)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("id"), QStringLiteral("integer")},
        {QStringLiteral("identity"), QStringLiteral("bigint")},
        {QStringLiteral("serial"), QStringLiteral("serial")},
        {QStringLiteral("bigserial"), QStringLiteral("bigserial")},
        {QStringLiteral("binary_id"), QStringLiteral("uuid")},
        {QStringLiteral("string"), QStringLiteral("varchar")},
        {QStringLiteral("bitstring"), QStringLiteral("varbit")},
        {QStringLiteral("binary"), QStringLiteral("bytea")},
        // :postgres_map_type defaults to "jsonb"
        {QStringLiteral("map"), QStringLiteral("jsonb")},
        {QStringLiteral("time_usec"), QStringLiteral("time")},
        {QStringLiteral("utc_datetime"), QStringLiteral("timestamp")},
        {QStringLiteral("utc_datetime_usec"), QStringLiteral("timestamp")},
        {QStringLiteral("naive_datetime"), QStringLiteral("timestamp")},
        {QStringLiteral("naive_datetime_usec"), QStringLiteral("timestamp")},
        {QStringLiteral("duration"), QStringLiteral("interval")},
    };
    return names.value(atom, atom);
}

bool isTupleOf(const Value &type, const char *head)
{
    return type.kind == Value::Kind::Tuple && type.items.size() == 2 &&
           type.items.first().isAtom() && type.items.first().text == QLatin1String(head);
}

// ecto_to_db/1 for any type (no size or precision).
Fragment dbType(const Value &type)
{
    if (isTupleOf(type, "array")) {
        Fragment inner = dbType(type.items.at(1));
        if (inner.ok())
            inner.sql += QLatin1String("[]");
        return inner;
    }
    if (isTupleOf(type, "map"))
        return sqlOf(QStringLiteral("jsonb"));
    if (type.isAtom() && type.codeName) {
        // A module of the project: a type of that name, as written (quoted, so that the dots
        // stay part of the name).
        Fragment f = sqlOf(treesitter::quoteIdentifier(type.text));
        f.customType = type.text;
        return f;
    }
    if (type.isAtom())
        return sqlOf(dbTypeOf(type.text));
    if (type.isString())
        return sqlOf(type.text);
    if (const Value *unknown = type.firstUnknown())
        return failure(unknown->text);
    return failure(Tr::tr("unsupported Ecto type"));
}

QString optionText(const Value &options, const char *name)
{
    const Value *v = options.option(QLatin1String(name));
    if (!v || v->isNil())
        return {};
    if (v->kind == Value::Kind::Integer || v->isName())
        return v->text;
    return {};
}

// column_type_name/2.
Fragment columnTypeName(const Value &type, const Value &options)
{
    if (isTupleOf(type, "array")) {
        Fragment inner = columnTypeName(type.items.at(1), options);
        if (inner.ok())
            inner.sql += QLatin1String("[]");
        return inner;
    }
    Fragment name = dbType(type);
    if (!name.ok() || !name.customType.isEmpty())
        return name;
    const QString atom = type.isAtom() ? type.text : QString();
    const QString precision = optionText(options, "precision");
    if (atom == QLatin1String("time") || atom == QLatin1String("utc_datetime") ||
        atom == QLatin1String("naive_datetime")) {
        name.sql += QLatin1String("(0)");
        return name;
    }
    if (atom == QLatin1String("time_usec") || atom == QLatin1String("utc_datetime_usec") ||
        atom == QLatin1String("naive_datetime_usec")) {
        if (!precision.isEmpty())
            name.sql += QLatin1Char('(') + precision + QLatin1Char(')');
        return name;
    }
    if (atom == QLatin1String("duration")) {
        const QString fields = optionText(options, "fields");
        if (!fields.isEmpty())
            name.sql += QLatin1Char(' ') + fields;
        if (!precision.isEmpty())
            name.sql += QLatin1Char('(') + precision + QLatin1Char(')');
        return name;
    }
    const QString size = optionText(options, "size");
    if (!size.isEmpty()) {
        name.sql += QLatin1Char('(') + size + QLatin1Char(')');
    } else if (!precision.isEmpty()) {
        const QString scale = optionText(options, "scale");
        name.sql += QLatin1Char('(') + precision + QLatin1Char(',') +
                    (scale.isEmpty() ? QStringLiteral("0") : scale) + QLatin1Char(')');
    } else if (atom == QLatin1String("string")) {
        name.sql += QLatin1String("(255)");
    }
    return name;
}

// Jason's encoding of a literal map or list (keys in Erlang term order: atoms, then strings).
std::optional<QString> jsonOf(const Value &value)
{
    switch (value.kind) {
    case Value::Kind::Nil:
        return QStringLiteral("null");
    case Value::Kind::Bool:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Kind::Integer:
    case Value::Kind::Float:
        return value.text;
    case Value::Kind::String:
    case Value::Kind::Atom:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{value.text}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    case Value::Kind::List: {
        QStringList parts;
        for (const Value &item : value.items) {
            const std::optional<QString> part = jsonOf(item);
            if (!part)
                return std::nullopt;
            parts.append(*part);
        }
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case Value::Kind::Map: {
        QList<std::pair<Value, Value>> entries = value.entries;
        for (const auto &[key, v] : entries) {
            if (!key.isName())
                return std::nullopt;
        }
        std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
            if (a.first.isAtom() != b.first.isAtom())
                return a.first.isAtom();
            return a.first.text.toUtf8() < b.first.text.toUtf8();
        });
        QStringList parts;
        for (const auto &[key, v] : entries) {
            const std::optional<QString> encodedKey = jsonOf(Value::string(key.text));
            const std::optional<QString> encoded = jsonOf(v);
            if (!encoded)
                return std::nullopt;
            parts.append(*encodedKey + QLatin1Char(':') + *encoded);
        }
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    default:
        return std::nullopt;
    }
}

} // namespace

QString nameOf(const Value &value)
{
    return value.isName() ? value.text : QString();
}

Fragment columnType(const Value &type, const Value &options)
{
    Fragment name = columnTypeName(type, options);
    if (!name.ok())
        return name;
    const Value *generated = options.option(QStringLiteral("generated"));
    if (generated && !generated->isNil()) {
        if (!generated->isString())
            return failure(Tr::tr("the :generated option is not a string"));
        name.sql += QLatin1String(" GENERATED ") + generated->text;
        return name;
    }
    if (type.isAtom() && !type.codeName && type.text == QLatin1String("identity")) {
        QStringList sequence;
        const Value *start = options.option(QStringLiteral("start_value"));
        const Value *increment = options.option(QStringLiteral("increment"));
        if (start && start->kind == Value::Kind::Integer && start->integer > 0)
            sequence.append(QStringLiteral("START WITH ") + start->text);
        if (increment && increment->kind == Value::Kind::Integer && increment->integer > 0)
            sequence.append(QStringLiteral("INCREMENT BY ") + increment->text);
        name.sql += sequence.isEmpty() ? QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY")
                                       : QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY(") +
                                             sequence.join(QLatin1Char(' ')) + QStringLiteral(") ");
    }
    return name;
}

Fragment referenceColumnType(const Value &type, const Value &options)
{
    if (type.isAtom() && !type.codeName) {
        if (type.text == QLatin1String("serial"))
            return sqlOf(QStringLiteral("integer"));
        if (type.text == QLatin1String("bigserial") || type.text == QLatin1String("identity"))
            return sqlOf(QStringLiteral("bigint"));
    }
    return columnType(type, options);
}

Fragment defaultExpression(const Value &value, const Value &type)
{
    if (value.isNil())
        return sqlOf(QStringLiteral("NULL"));
    if (value.isList() && isTupleOf(type, "array")) {
        QStringList items;
        for (const Value &item : value.items) {
            Fragment f = defaultExpression(item, type.items.at(1));
            if (!f.ok())
                return f;
            items.append(f.sql);
        }
        const Fragment arrayType = dbType(type);
        if (!arrayType.ok())
            return arrayType;
        return sqlOf(QStringLiteral("ARRAY[") + items.join(QLatin1Char(',')) +
                     QStringLiteral("]::") + arrayType.sql);
    }
    if (value.isString()) {
        if (value.text.contains(QChar(0)))
            return failure(Tr::tr("a default string with a NUL byte"));
        return sqlOf(quoteLiteral(value.text));
    }
    if (value.kind == Value::Kind::Integer || value.kind == Value::Kind::Float)
        return sqlOf(value.text);
    if (value.kind == Value::Kind::Bool)
        return sqlOf(value.boolean ? QStringLiteral("true") : QStringLiteral("false"));
    if (value.kind == Value::Kind::Map && type.isAtom() && type.text == QLatin1String("map")) {
        if (const std::optional<QString> json = jsonOf(value))
            return sqlOf(quoteLiteral(*json));
    }
    if (value.isCall("fragment") && value.items.size() == 1 && value.items.first().isString())
        return sqlOf(value.items.first().text);
    if (const Value *unknown = value.firstUnknown())
        return failure(unknown->text);
    if (value.kind == Value::Kind::Call)
        return failure(Tr::tr("%1(...) is computed when the migration runs").arg(value.text));
    return failure(Tr::tr("a default Ecto cannot write (a string, number, boolean, list, map or "
                          "fragment is expected)"));
}

Fragment columnOptions(const Value &type, const Value &options)
{
    Fragment out;
    if (const Value *value = options.option(QStringLiteral("default"))) {
        const Fragment d = defaultExpression(*value, type);
        if (!d.ok())
            return d;
        out.sql += QLatin1String(" DEFAULT ") + d.sql;
    }
    if (const Value *null = options.option(QStringLiteral("null"))) {
        if (null->isFalse())
            out.sql += QLatin1String(" NOT NULL");
        else if (null->isTrue())
            out.sql += QLatin1String(" NULL");
    }
    if (const Value *collation = options.option(QStringLiteral("collation"));
        collation && collation->isName())
        out.sql += QLatin1String(" COLLATE ") + quoteIdentifier(collation->text);
    return out;
}

Reference referenceFrom(const Value &call, const RepoConfig &config, QString *error)
{
    Reference ref;
    ref.type = Value::atom(QStringLiteral("bigserial"));
    // foreign_key_repo_opts(): the primary key's :type, then :migration_foreign_key.
    if (config.primaryKey.isKeywordList()) {
        if (const Value *type = config.primaryKey.option(QStringLiteral("type")))
            ref.type = *type;
    }
    QList<std::pair<QString, Value>> options;
    if (config.foreignKey.isKeywordList()) {
        for (const Value &pair : config.foreignKey.items)
            options.append({pair.items.at(0).text, pair.items.at(1)});
    }
    options += call.keywords;
    if (call.items.isEmpty() || !call.items.first().isName()) {
        *error = call.items.isEmpty() || !call.items.first().isUnknown()
                     ? Tr::tr("references() without a table name")
                     : call.items.first().text;
        return ref;
    }
    ref.table = call.items.first().text;
    for (const auto &[key, value] : options) {
        if (value.isUnknown()) {
            *error = Tr::tr("references(%1) option %2: %3").arg(ref.table, key, value.text);
            return ref;
        }
        if (key == QLatin1String("type"))
            ref.type = value;
        else if (key == QLatin1String("column"))
            ref.column = nameOf(value);
        else if (key == QLatin1String("name"))
            ref.name = nameOf(value);
        else if (key == QLatin1String("prefix")) {
            ref.hasPrefix = !value.isNil();
            ref.prefix = nameOf(value);
        } else if (key == QLatin1String("on_delete"))
            ref.onDelete = value;
        else if (key == QLatin1String("on_update"))
            ref.onUpdate = value;
        else if (key == QLatin1String("match"))
            ref.match = nameOf(value);
        else if (key == QLatin1String("validate"))
            ref.validate = !value.isFalse();
        else if (key == QLatin1String("with")) {
            for (const Value &pair : value.items) {
                if (pair.kind == Value::Kind::Tuple && pair.items.size() == 2)
                    ref.with.append({nameOf(pair.items.at(0)), nameOf(pair.items.at(1))});
            }
        }
    }
    return ref;
}

QString referenceName(const Reference &ref, const QString &table, const QString &column)
{
    return ref.name.isEmpty() ? table + QLatin1Char('_') + column + QStringLiteral("_fkey")
                              : ref.name;
}

namespace {

QString quoteNames(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(quoteIdentifier(n));
    return quoted.join(QStringLiteral(", "));
}

QString onDeleteSql(const Value &action)
{
    if (action.isAtom()) {
        if (action.text == QLatin1String("nilify_all"))
            return QStringLiteral(" ON DELETE SET NULL");
        if (action.text == QLatin1String("default_all"))
            return QStringLiteral(" ON DELETE SET DEFAULT");
        if (action.text == QLatin1String("delete_all"))
            return QStringLiteral(" ON DELETE CASCADE");
        if (action.text == QLatin1String("restrict"))
            return QStringLiteral(" ON DELETE RESTRICT");
    }
    if (action.kind == Value::Kind::Tuple && action.items.size() == 2 &&
        action.items.first().isAtom()) {
        QStringList columns;
        for (const Value &c : action.items.at(1).items)
            columns.append(nameOf(c));
        if (action.items.first().text == QLatin1String("nilify"))
            return QStringLiteral(" ON DELETE SET NULL (") + quoteNames(columns) + QLatin1Char(')');
        if (action.items.first().text == QLatin1String("default"))
            return QStringLiteral(" ON DELETE SET DEFAULT (") + quoteNames(columns) +
                   QLatin1Char(')');
    }
    return {};
}

QString onUpdateSql(const Value &action)
{
    if (action.isAtom()) {
        if (action.text == QLatin1String("nilify_all"))
            return QStringLiteral(" ON UPDATE SET NULL");
        if (action.text == QLatin1String("update_all"))
            return QStringLiteral(" ON UPDATE CASCADE");
        if (action.text == QLatin1String("restrict"))
            return QStringLiteral(" ON UPDATE RESTRICT");
    }
    return {};
}

} // namespace

QString referenceConstraint(const Reference &ref, const QString &table, const QString &tablePrefix,
                            const QString &column)
{
    QStringList current{column};
    QStringList referenced{ref.column};
    for (const auto &[own, theirs] : ref.with) {
        current.append(own);
        referenced.append(theirs);
    }
    QString sql =
        QStringLiteral("CONSTRAINT ") + quoteIdentifier(referenceName(ref, table, column)) +
        QStringLiteral(" FOREIGN KEY (") + quoteNames(current) + QStringLiteral(") REFERENCES ") +
        quoteQualified(ref.hasPrefix ? ref.prefix : tablePrefix, ref.table) + QLatin1Char('(') +
        quoteNames(referenced) + QLatin1Char(')');
    if (ref.match == QLatin1String("full"))
        sql += QLatin1String(" MATCH FULL");
    else if (ref.match == QLatin1String("simple"))
        sql += QLatin1String(" MATCH SIMPLE");
    else if (ref.match == QLatin1String("partial"))
        sql += QLatin1String(" MATCH PARTIAL");
    sql += onDeleteSql(ref.onDelete) + onUpdateSql(ref.onUpdate);
    if (!ref.validate)
        sql += QLatin1String(" NOT VALID");
    return sql;
}

QString defaultIndexName(const QString &table, const QList<Value> &columns)
{
    // Elixir's ~r"[^\w]" without the u modifier: ASCII word characters only.
    static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9_]"));
    QStringList parts{table};
    for (const Value &column : columns) {
        const Value &c = column.kind == Value::Kind::Tuple && column.items.size() == 2
                             ? column.items.at(1)
                             : column;
        QString name = c.text;
        name.replace(nonWord, QStringLiteral("_"));
        while (name.endsWith(QLatin1Char('_')))
            name.chop(1);
        parts.append(name);
    }
    parts.append(QStringLiteral("index"));
    return parts.join(QLatin1Char('_'));
}

} // namespace schemalens::load::ecto
