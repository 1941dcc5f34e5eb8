// Rules of the types family (DESIGN.md "Review rules"): enum-like columns
// (types_enums.cpp), value types (types_values.cpp) and timestamps and defaults
// (types_time.cpp). This file assembles them and holds what they share.

#include "core/review/columnfacts.h"
#include "core/review/rules/types_common.h"

#include <QRegularExpression>
#include <QSet>

namespace schemalens::review {

namespace types {

QString baseType(const QString &type)
{
    return baseTypeName(type);
}

std::optional<QString> literalDefault(const model::Column &column)
{
    if (!column.defaultExpr || !column.defaultExpr->contains(QLatin1Char('\'')))
        return std::nullopt; // no quote, no literal (most defaults: now(), 0, false)
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

bool isTimeName(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return false;
    if (tokens.size() >= 2 && tokens.last() == QLatin1String("at"))
        return true;
    static const QSet<QString> words = {QStringLiteral("created"), QStringLiteral("updated"),
                                        QStringLiteral("modified"), QStringLiteral("deleted_at")};
    return tokens.size() == 1 && words.contains(tokens.first());
}

TimeClass classifyTime(const ReviewContext &context, const model::Column &column)
{
    const ColumnFacts &facts = context.facts(column);
    const QStringList &tokens = facts.tokens;
    if (context.isSqlite()) {
        if (!isTimeName(tokens))
            return TimeClass::None;
        const QString def = column.defaultExpr.value_or(QString()).toLower();
        // strftime('%Y-%m-%dT%H:%M:%fZ', 'now'): ISO 8601 with a T (and usually a Z).
        if (def.contains(QLatin1String("strftime(")) && def.contains(QLatin1String("%dt%h")))
            return TimeClass::TextIso;
        if (def.contains(QLatin1String("current_timestamp")) ||
            def.contains(QLatin1String("datetime(")) ||
            def.contains(QLatin1String("current_date")) ||
            (def.contains(QLatin1String("strftime(")) && def.contains(QLatin1String("%y-%m-%d"))))
            return TimeClass::Text;
        if (def.contains(QLatin1String("unixepoch")) || def.contains(QLatin1String("'%s'")))
            return TimeClass::EpochInteger;
        if (def.contains(QLatin1String("julianday")))
            return TimeClass::EpochReal;
        if (column.affinity == QLatin1String("INTEGER"))
            return TimeClass::EpochInteger;
        if (column.affinity == QLatin1String("TEXT"))
            return TimeClass::Text;
        if (column.affinity == QLatin1String("REAL"))
            return TimeClass::EpochReal;
        return TimeClass::None; // NUMERIC affinity (DATETIME…) stores whatever it is given
    }
    const QString &base = facts.baseType;
    if (base == QLatin1String("timestamp with time zone") || base == QLatin1String("timestamptz"))
        return TimeClass::Timestamptz;
    if (base == QLatin1String("timestamp without time zone") || base == QLatin1String("timestamp"))
        return TimeClass::Timestamp;
    if (!isTimeName(tokens))
        return TimeClass::None;
    if (base == QLatin1String("bigint") || base == QLatin1String("integer"))
        return TimeClass::EpochInteger;
    if (base == QLatin1String("date"))
        return TimeClass::Date;
    if (facts.text)
        return TimeClass::Text;
    return TimeClass::None;
}

} // namespace types

Rules typeRules()
{
    Rules rules = types::enumRules();
    rules.append(types::valueRules());
    rules.append(types::timeRules());
    rules.append(types::portRules());
    return rules;
}

} // namespace schemalens::review
