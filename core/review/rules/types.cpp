// Rules of the types family (DESIGN.md "Review rules"): enum-like columns
// (types_enums.cpp), value types (types_values.cpp) and timestamps and defaults
// (types_time.cpp). This file assembles them and holds what they share.

#include "core/review/columnfacts.h"
#include "core/review/rules/types_common.h"

#include <QRegularExpression>

namespace schemalens::review {

namespace types {

QString baseType(const QString &type)
{
    return baseTypeName(type);
}

std::optional<QString> literalDefault(const model::Column &column)
{
    if (!column.defaultExpr)
        return std::nullopt;
    // 'text', ('text'), 'text'::type, E'text' or N'text', as both loaders print defaults.
    static const QRegularExpression literal(
        QStringLiteral("^\\(*\\s*[EN]?'((?:[^']|'')*)'\\s*\\)*(?:::[\\w .\"\\[\\]()]+)?\\s*\\)*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = literal.match(column.defaultExpr->trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).replace(QLatin1String("''"), QLatin1String("'"));
}

Finding columnFinding(const ReviewContext &context, const model::Table &table,
                      const model::Column &column)
{
    Q_UNUSED(context);
    Finding f;
    f.object.kind = ObjectRef::Kind::Column;
    f.object.schema = table.schema;
    f.object.table = table.name;
    f.object.column = column.name;
    f.location = column.origin.isValid() ? column.origin : table.origin;
    return f;
}

QString sqlLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString sqliteRebuildHint(const ReviewContext &context, const model::Table &table)
{
    return Tr::tr(
               "SQLite cannot alter a column or add a constraint to an existing table: create "
               "%1_new with the corrected definition, copy the rows (INSERT INTO %1_new SELECT … "
               "FROM %1), drop %1 and rename %1_new to %1.")
        .arg(context.qualified(table));
}

QString alterTypeFix(const ReviewContext &context, const model::Table &table,
                     const model::Column &column, const QString &type, const QString &usingExpr)
{
    if (context.isSqlite())
        return sqliteRebuildHint(context, table);
    QString sql = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3")
                      .arg(context.qualified(table), context.quote(column.name), type);
    if (!usingExpr.isEmpty())
        sql += QLatin1String(" USING ") + usingExpr;
    return sql + QLatin1Char(';');
}

} // namespace types

Rules typeRules()
{
    Rules rules = types::enumRules();
    rules.append(types::valueRules());
    rules.append(types::timeRules());
    return rules;
}

} // namespace schemalens::review
