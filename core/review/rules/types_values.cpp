// Value types: money-as-float, decimal-no-precision, json-as-text, bool-as-int,
// uuid-as-text. Names are matched by their words (nameTokens), so "unitPrice" and
// "unit_price" are alike.

#include "core/review/columnfacts.h"
#include "core/review/rules/types_common.h"
#include "core/util/plural.h"

#include <QRegularExpression>
#include <QSet>

namespace schemalens::review::types {

namespace {

bool anyTokenIn(const QStringList &tokens, const QSet<QString> &words)
{
    for (const QString &t : tokens) {
        if (words.contains(t))
            return true;
    }
    return false;
}

// BASE is the column's base type (ColumnFacts::baseType).
bool isPgFloat(const QString &base)
{
    static const QSet<QString> floats = {QStringLiteral("real"), QStringLiteral("double precision"),
                                         QStringLiteral("float4"), QStringLiteral("float8"),
                                         QStringLiteral("float")};
    return floats.contains(base);
}

bool isPgInteger(const QString &base)
{
    static const QSet<QString> ints = {QStringLiteral("smallint"), QStringLiteral("integer"),
                                       QStringLiteral("bigint"),   QStringLiteral("int2"),
                                       QStringLiteral("int4"),     QStringLiteral("int8"),
                                       QStringLiteral("int")};
    return ints.contains(base);
}

// A CHECK on COLUMN whose expression matches PATTERN.
bool hasCheck(const model::Table &table, const QString &column, const QRegularExpression &pattern)
{
    const QRegularExpression mentions(QStringLiteral("(?<![\\w$])[\"`\\[]?") +
                                          QRegularExpression::escape(column) +
                                          QStringLiteral("[\"`\\]]?(?![\\w$])"),
                                      QRegularExpression::CaseInsensitiveOption);
    for (const model::CheckConstraint &check : table.checks) {
        if (mentions.match(check.expression).hasMatch() &&
            pattern.match(check.expression).hasMatch())
            return true;
    }
    return false;
}

// --- money-as-float -------------------------------------------------------------------

// Words that make a column an amount of money, and words that make it something else
// ("tax_rate", "cost_ratio", "total_tokens", "price_score").
bool isMoneyName(const QStringList &tokens)
{
    static const QSet<QString> money = {
        QStringLiteral("price"),    QStringLiteral("prices"),  QStringLiteral("cost"),
        QStringLiteral("costs"),    QStringLiteral("fee"),     QStringLiteral("fees"),
        QStringLiteral("salary"),   QStringLiteral("wage"),    QStringLiteral("wages"),
        QStringLiteral("amount"),   QStringLiteral("balance"), QStringLiteral("revenue"),
        QStringLiteral("subtotal"), QStringLiteral("budget"),  QStringLiteral("payout"),
        QStringLiteral("refund"),   QStringLiteral("usd"),     QStringLiteral("eur"),
        QStringLiteral("gbp"),      QStringLiteral("cents"),   QStringLiteral("money"),
        QStringLiteral("dollars"),  QStringLiteral("spend"),   QStringLiteral("earnings"),
        QStringLiteral("tax"),      QStringLiteral("total"),   QStringLiteral("charge"),
    };
    static const QSet<QString> notMoney = {
        QStringLiteral("rate"),       QStringLiteral("ratio"),    QStringLiteral("percent"),
        QStringLiteral("percentage"), QStringLiteral("pct"),      QStringLiteral("factor"),
        QStringLiteral("multiplier"), QStringLiteral("weight"),   QStringLiteral("score"),
        QStringLiteral("count"),      QStringLiteral("tokens"),   QStringLiteral("token"),
        QStringLiteral("time"),       QStringLiteral("ms"),       QStringLiteral("seconds"),
        QStringLiteral("duration"),   QStringLiteral("quantity"), QStringLiteral("qty"),
        QStringLiteral("size"),       QStringLiteral("bytes"),    QStringLiteral("points"),
        QStringLiteral("distance"),   QStringLiteral("latency"),  QStringLiteral("length"),
    };
    return anyTokenIn(tokens, money) && !anyTokenIn(tokens, notMoney);
}

void moneyAsFloat(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            const ColumnFacts &facts = context.facts(column);
            const QStringList &tokens = facts.tokens;
            if (!isMoneyName(tokens))
                continue;
            const bool cents = tokens.contains(QLatin1String("cents"));
            bool sqliteDecimal = false;
            if (context.isSqlite()) {
                // SQLite has no decimal type: DECIMAL(10,2) gets NUMERIC affinity and 0.99,
                // not being an integer, is stored as an 8-byte IEEE float all the same.
                const QString declared = column.type.toUpper();
                sqliteDecimal = column.affinity == QLatin1String("NUMERIC") &&
                                (declared.startsWith(QLatin1String("DECIMAL")) ||
                                 declared.startsWith(QLatin1String("NUMERIC")) ||
                                 declared.startsWith(QLatin1String("MONEY")));
                if (column.affinity != QLatin1String("REAL") && !sqliteDecimal)
                    continue;
            } else if (!isPgFloat(facts.baseType)) {
                continue;
            }
            Finding f = columnFinding(context, *table, column);
            if (sqliteDecimal)
                f.message = Tr::tr("%1.%2 (%3) holds money, but SQLite stores non-integer NUMERIC "
                                   "values as binary floats")
                                .arg(table->name, column.name, column.type);
            else
                f.message = Tr::tr("%1.%2 holds money in a floating-point type (%3)")
                                .arg(table->name, column.name, column.type);
            if (context.targetsPostgres()) {
                const QString col = pgQuote(column.name);
                f.message += Tr::tr("; in PostgreSQL it is numeric");
                f.fix = portFix(*table, {cents ? QStringLiteral("ALTER COLUMN %1 TYPE bigint USING "
                                                                "round(%1)::bigint")
                                                     .arg(col)
                                               : QStringLiteral("ALTER COLUMN %1 TYPE numeric(19, "
                                                                "4) USING round(%1::numeric, 4)")
                                                     .arg(col)});
            } else if (context.isSqlite())
                f.fix = Tr::tr("Store the amount in minor units (cents) as INTEGER. ") +
                        sqliteRebuildHint(context, *table);
            else if (cents)
                f.fix = alterTypeFix(
                    context, *table, column, QStringLiteral("bigint"),
                    QStringLiteral("round(%1)::bigint").arg(context.quote(column.name)));
            else
                f.fix = alterTypeFix(
                    context, *table, column, QStringLiteral("numeric(19, 4)"),
                    QStringLiteral("round(%1::numeric, 4)").arg(context.quote(column.name)));
            out.append(std::move(f));
        }
    }
}

// --- decimal-no-precision ------------------------------------------------------------

void decimalNoPrecision(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            const QString &type = context.facts(column).lowerType;
            if (type != QLatin1String("numeric") && type != QLatin1String("decimal"))
                continue;
            Finding f = columnFinding(context, *table, column);
            f.message =
                Tr::tr("%1.%2 is numeric without precision and scale: any number of digits, "
                       "each value with the scale it was written with")
                    .arg(table->name, column.name);
            const bool money = isMoneyName(context.facts(column).tokens);
            f.fix = alterTypeFix(context, *table, column,
                                 money ? QStringLiteral("numeric(19, 4)")
                                       : QStringLiteral("numeric(precision, scale)"),
                                 QString());
            if (!money)
                f.fix +=
                    QLatin1Char(' ') + Tr::tr("-- choose the digits and decimals the values need");
            out.append(std::move(f));
        }
    }
}

// --- json-as-text --------------------------------------------------------------------

// Why the column is taken to hold JSON, or an empty string.
QString jsonEvidence(const ReviewContext &context, const model::Column &column)
{
    const ColumnFacts &facts = context.facts(column);
    const QStringList &tokens = facts.tokens;
    if (tokens.isEmpty())
        return QString();
    if (tokens.last() == QLatin1String("json") || tokens.last() == QLatin1String("jsonb"))
        return QStringLiteral("name");
    if (const std::optional<QString> def = literalDefault(column)) {
        const QString v = def->trimmed();
        if (v == QLatin1String("{}") || v == QLatin1String("[]") ||
            (v.startsWith(QLatin1Char('{')) && v.endsWith(QLatin1Char('}')) &&
             v.contains(QLatin1Char('"'))) ||
            (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']'))))
            return QStringLiteral("default");
    }
    // Names that hold a document of settings rather than one value. Checked against the
    // corpus: "data", "value", "content", "body" and "extra" hold anything from blobs to
    // prose, so they are left out.
    static const QSet<QString> documentNames = {
        QStringLiteral("metadata"),    QStringLiteral("meta_data"), QStringLiteral("settings"),
        QStringLiteral("preferences"), QStringLiteral("payload"),   QStringLiteral("attributes"),
        QStringLiteral("properties"),  QStringLiteral("config"),    QStringLiteral("configuration"),
    };
    if (documentNames.contains(facts.snake))
        return QStringLiteral("name");
    return QString();
}

void jsonAsText(const ReviewContext &context, Findings &out)
{
    static const QRegularExpression validates(
        QStringLiteral("json_valid|json_type|jsonb?_typeof|::\\s*jsonb?\\b|\\bIS\\s+JSON\\b|"
                       "json_array_length|jsonb?_array_length"),
        QRegularExpression::CaseInsensitiveOption);
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (!column.generated.isEmpty())
                continue;
            // SQLite: a column declared JSON has NUMERIC affinity but stores the same text.
            const bool declaredJson =
                context.isSqlite() && column.type.toLower().startsWith(QLatin1String("json"));
            if (!declaredJson && !isTextType(context, column))
                continue;
            const bool port = context.targetsPostgres();
            // A json_valid() CHECK says JSON as clearly as a name does; it only matters for
            // a port, since a validated column is otherwise fine.
            if (!declaredJson && jsonEvidence(context, column).isEmpty() &&
                !(port && hasCheck(*table, column.name, validates)))
                continue;
            const bool validated = hasCheck(*table, column.name, validates);
            if (validated && !port)
                continue;
            Finding f = columnFinding(context, *table, column);
            if (context.targetsPostgres()) {
                // Moving to PostgreSQL: jsonb, validated or not.
                f.message = Tr::tr("%1.%2 holds JSON in %3; in PostgreSQL it is jsonb")
                                .arg(table->name, column.name, column.type);
                const QString col = pgQuote(column.name);
                QStringList steps;
                const std::optional<QString> def = literalDefault(column);
                if (column.defaultExpr)
                    steps.append(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col));
                steps.append(QStringLiteral("ALTER COLUMN %1 TYPE jsonb USING %1::jsonb").arg(col));
                if (def)
                    steps.append(QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2::jsonb")
                                     .arg(col, sqlLiteral(*def)));
                f.fix = portFix(*table, steps);
                if (validated)
                    f.fix += QLatin1Char('\n') + Tr::tr("-- and drop the json_valid() CHECK: "
                                                        "jsonb validates");
            } else if (context.isSqlite()) {
                // JSON in TEXT is SQLite's way; what is missing is the validation.
                f.message =
                    declaredJson
                        ? Tr::tr("%1.%2 is declared %3, but SQLite checks no type: without a "
                                 "json_valid() CHECK any text goes in")
                              .arg(table->name, column.name, column.type)
                        : Tr::tr("%1.%2 holds JSON in %3 without a json_valid() CHECK")
                              .arg(table->name, column.name, column.type);
                f.fix = sqliteRebuildHint(context, *table) + QLatin1Char(' ') +
                        Tr::tr("Declare the column with CHECK (json_valid(%1)).")
                            .arg(context.quote(column.name));
            } else {
                f.message = Tr::tr("%1.%2 holds JSON in %3: nothing validates it and it cannot be "
                                   "indexed or queried as JSON; use jsonb")
                                .arg(table->name, column.name, column.type);
                QString sql;
                const std::optional<QString> def = literalDefault(column);
                const QString col = context.quote(column.name);
                QStringList steps;
                if (column.defaultExpr)
                    steps.append(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col));
                steps.append(QStringLiteral("ALTER COLUMN %1 TYPE jsonb USING %1::jsonb").arg(col));
                if (def)
                    steps.append(QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2::jsonb")
                                     .arg(col, sqlLiteral(*def)));
                f.fix = QStringLiteral("ALTER TABLE %1 ").arg(context.qualified(*table)) +
                        steps.join(QLatin1String(",\n    ")) + QLatin1Char(';');
            }
            out.append(std::move(f));
        }
    }
}

// --- bool-as-int ---------------------------------------------------------------------

bool isFlagName(const QStringList &tokens)
{
    if (tokens.size() >= 2) {
        static const QSet<QString> prefixes = {QStringLiteral("is"),    QStringLiteral("has"),
                                               QStringLiteral("can"),   QStringLiteral("should"),
                                               QStringLiteral("allow"), QStringLiteral("allows")};
        static const QSet<QString> suffixes = {QStringLiteral("enabled"),
                                               QStringLiteral("disabled"), QStringLiteral("flag")};
        if (prefixes.contains(tokens.first()) || suffixes.contains(tokens.last()))
            return true;
    }
    static const QSet<QString> adjectives = {
        QStringLiteral("enabled"),   QStringLiteral("disabled"), QStringLiteral("active"),
        QStringLiteral("deleted"),   QStringLiteral("archived"), QStringLiteral("hidden"),
        QStringLiteral("locked"),    QStringLiteral("verified"), QStringLiteral("visible"),
        QStringLiteral("published"), QStringLiteral("blocked"),  QStringLiteral("banned"),
        QStringLiteral("pinned"),    QStringLiteral("muted"),
    };
    return tokens.size() == 1 && adjectives.contains(tokens.first());
}

void boolAsInt(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (!column.generated.isEmpty())
                continue;
            const bool flagName = isFlagName(context.facts(column).tokens);
            // Moving to PostgreSQL: the INTEGER 0/1 idiom becomes boolean. A CHECK
            // (col IN (0, 1)) says "flag" as well as a name does.
            static const QRegularExpression zeroOne(
                QStringLiteral("IN\\s*\\(\\s*0\\s*,\\s*1\\s*\\)"),
                QRegularExpression::CaseInsensitiveOption);
            if (context.targetsPostgres() && column.affinity == QLatin1String("INTEGER") &&
                (flagName || hasCheck(*table, column.name, zeroOne))) {
                Finding f = columnFinding(context, *table, column);
                f.message = Tr::tr("%1.%2 is an INTEGER 0/1 flag; in PostgreSQL it is boolean")
                                .arg(table->name, column.name);
                const QString col = pgQuote(column.name);
                QStringList steps;
                if (column.defaultExpr)
                    steps.append(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col));
                steps.append(QStringLiteral("ALTER COLUMN %1 TYPE boolean USING %1 <> 0").arg(col));
                if (column.defaultExpr) {
                    const QString def = column.defaultExpr->trimmed();
                    const bool truthy =
                        def == QLatin1String("1") || def == QLatin1String("(1)") ||
                        def.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
                    steps.append(
                        QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2")
                            .arg(col, truthy ? QStringLiteral("true") : QStringLiteral("false")));
                }
                f.fix = portFix(*table, steps);
                out.append(std::move(f));
                continue;
            }
            if (!flagName)
                continue;
            const bool text = isTextType(context, column);
            // SQLite has no boolean type: INTEGER 0/1 is the idiom. A flag kept as text is
            // the trap there ('false' is a true-ish non-empty string to the application,
            // while SQLite's own WHERE flag treats 'true' as 0).
            if (context.isSqlite() ? !text : !(text || isPgInteger(context.facts(column).baseType)))
                continue;
            Finding f = columnFinding(context, *table, column);
            const QString col = context.quote(column.name);
            if (context.isSqlite()) {
                f.message =
                    Tr::tr("%1.%2 is a flag stored as %3; SQLite's booleans are INTEGER 0/1")
                        .arg(table->name, column.name, column.type);
                f.fix = sqliteRebuildHint(context, *table) + QLatin1Char(' ') +
                        Tr::tr("Declare it as %1 INTEGER NOT NULL CHECK (%1 IN (0, 1)).").arg(col);
                out.append(std::move(f));
                continue;
            }
            f.message = Tr::tr("%1.%2 is a flag stored as %3; PostgreSQL has boolean")
                            .arg(table->name, column.name, column.type);
            QStringList steps;
            QString prelude;
            // A CHECK (flag IN (0, 1)) would not survive the type change: drop it first.
            for (const model::CheckConstraint &check : table->checks) {
                if (!check.name.isEmpty() && check.columns == QStringList{column.name})
                    prelude += QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;\n")
                                   .arg(context.qualified(*table), context.quote(check.name));
            }
            const std::optional<QString> def = column.defaultExpr;
            if (def)
                steps.append(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col));
            steps.append(
                text ? QStringLiteral("ALTER COLUMN %1 TYPE boolean USING lower(%1) IN "
                                      "('1', 't', 'true', 'y', 'yes')")
                           .arg(col)
                     : QStringLiteral("ALTER COLUMN %1 TYPE boolean USING %1 <> 0").arg(col));
            if (def) {
                static const QRegularExpression truthy(QStringLiteral("^\\(*'?(1|t|true|y|yes)'?"),
                                                       QRegularExpression::CaseInsensitiveOption);
                steps.append(QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2")
                                 .arg(col, truthy.match(def->trimmed()).hasMatch()
                                               ? QStringLiteral("true")
                                               : QStringLiteral("false")));
            }
            f.fix = prelude + QStringLiteral("ALTER TABLE %1 ").arg(context.qualified(*table)) +
                    steps.join(QLatin1String(",\n    ")) + QLatin1Char(';');
            out.append(std::move(f));
        }
    }
}

// --- uuid-as-text --------------------------------------------------------------------

// Why a text (or, in SQLite, blob) column is taken to hold UUIDs, or an empty string.
QString uuidEvidence(const ReviewContext &context, const model::Table &table,
                     const model::Column &column)
{
    const QStringList &tokens = context.facts(column).tokens;
    if (tokens.isEmpty())
        return QString();
    const QString &last = tokens.last();
    if (last == QLatin1String("uuid") || last == QLatin1String("guid"))
        return QStringLiteral("name");
    static const QRegularExpression generator(
        QStringLiteral("gen_random_uuid|uuid_generate|uuidv[47]|\\buuid\\s*\\(|"
                       "randomblob\\s*\\(\\s*16\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    // A secret or token generated with gen_random_uuid() is a random string that happens to
    // be made by a UUID function (lemmy's jwt_secret), not an identifier.
    static const QSet<QString> secretWords = {QStringLiteral("secret"), QStringLiteral("token"),
                                              QStringLiteral("key"),    QStringLiteral("salt"),
                                              QStringLiteral("nonce"),  QStringLiteral("password")};
    if (column.defaultExpr && generator.match(*column.defaultExpr).hasMatch() &&
        !secretWords.contains(last))
        return QStringLiteral("default");
    // char(36)/varchar(36) ids: exactly the length of a hyphenated UUID.
    static const QRegularExpression len36(
        QStringLiteral("^(character varying|varchar|character|char|bpchar)\\(36\\)$"));
    if (last == QLatin1String("id") && len36.match(column.type.toLower()).hasMatch())
        return QStringLiteral("length");
    // SQLite: a BLOB primary key is a 16-byte UUID (or ULID) in every schema that has one.
    if (context.isSqlite() && column.affinity == QLatin1String("BLOB") &&
        column.type.contains(QLatin1String("BLOB"), Qt::CaseInsensitive) && table.primaryKey &&
        table.primaryKey->columns == QStringList{column.name})
        return QStringLiteral("blob key");
    return QString();
}

// SQLite: a CHECK on COLUMN that keeps it to UUIDs (length(id) = 16, a GLOB/LIKE pattern).
bool uuidValidated(const model::Table &table, const QString &column)
{
    static const QRegularExpression validates(
        QStringLiteral("\\blength\\s*\\(|\\bGLOB\\b|\\bLIKE\\b|\\bREGEXP\\b|\\bhex\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    return hasCheck(table, column, validates);
}

bool holdsUuidText(const ReviewContext &context, const model::Column &column)
{
    return isTextType(context, column) ||
           (context.isSqlite() && column.affinity == QLatin1String("BLOB") &&
            column.type.contains(QLatin1String("BLOB"), Qt::CaseInsensitive));
}

// SQLite without a port: UUIDs kept in TEXT or BLOB are the idiom, what is missing is a CHECK
// that validates them. Adding one means rebuilding the table, so a table is one finding
// however many of its columns lack it (vaultwarden's event table has twelve). A column that
// references a flagged key is validated by its foreign key and goes into the key's message.
// Confidence medium: a CHECK on every UUID column is hygiene many sound SQLite schemas skip.
template <typename ReferencedFlagged>
void uuidUnvalidatedSqlite(const ReviewContext &context,
                           const QSet<const model::Column *> &flaggedColumns,
                           const ReferencedFlagged &referencedFlagged, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        QList<const model::Column *> columns;
        for (const model::Column &column : table->columns) {
            if (flaggedColumns.contains(&column) && !referencedFlagged(*table, column.name))
                columns.append(&column);
        }
        if (columns.isEmpty())
            continue;
        QStringList checks;
        QStringList names;
        QStringList referencing;
        for (const model::Column *column : std::as_const(columns)) {
            const QString col = context.quote(column->name);
            const bool blob = column->affinity == QLatin1String("BLOB");
            checks.append(blob ? QStringLiteral("CHECK (length(%1) = 16)").arg(col)
                               : QStringLiteral("CHECK (length(%1) = 36 AND %1 NOT GLOB "
                                                "'*[^0-9a-fA-F-]*')")
                                     .arg(col));
            names.append(column->name);
            for (const IncomingForeignKey &in : context.incoming(*table)) {
                const qsizetype at = in.fk->refColumns.indexOf(column->name);
                if (at < 0 || at >= in.fk->columns.size())
                    continue;
                if (const model::Column *c = in.from->column(in.fk->columns.at(at));
                    c && holdsUuidText(context, *c))
                    referencing.append(in.from->name + QLatin1Char('.') + c->name);
            }
        }
        const model::Column &first = *columns.first();
        Finding f = columnFinding(context, *table, first);
        f.confidence = Confidence::Medium;
        if (columns.size() == 1) {
            const bool blob = first.affinity == QLatin1String("BLOB");
            f.message = Tr::tr("%1.%2 holds UUIDs as %3 with no CHECK that validates them: "
                               "any %4 goes in")
                            .arg(table->name, first.name, first.type,
                                 blob ? Tr::tr("blob") : Tr::tr("text"));
            f.fix = sqliteRebuildHint(context, *table) + QLatin1Char(' ') +
                    (blob ? Tr::tr("Declare it with CHECK (length(%1) = 16).")
                                .arg(context.quote(first.name))
                          : Tr::tr("Declare it with CHECK (length(%1) = 36 AND %1 NOT GLOB "
                                   "'*[^0-9a-fA-F-]*').")
                                .arg(context.quote(first.name)));
        } else {
            f.object.kind = ObjectRef::Kind::Table;
            f.object.column.clear();
            f.message = Tr::tr("%1 holds UUIDs in %2 with no CHECK that validates them: any "
                               "value goes in")
                            .arg(table->name, names.join(QLatin1String(", ")));
            f.fix = sqliteRebuildHint(context, *table) + QLatin1Char(' ') +
                    Tr::tr("Declare the columns with %1.").arg(checks.join(QLatin1String(", ")));
        }
        // The table's own columns first, then the referencing ones the key's CHECK covers.
        if (columns.size() > 1) {
            for (const QString &name : std::as_const(names))
                f.object.columns.append(table->name + QLatin1Char('.') + name);
        }
        f.object.columns.append(referencing);
        if (!referencing.isEmpty())
            f.message += QCoreApplication::translate("review", " (and in %n referencing column(s))",
                                                     nullptr, int(referencing.size()));
        out.append(std::move(f));
    }
}

void uuidAsText(const ReviewContext &context, Findings &out)
{
    const bool sqlite = context.isSqlite();
    const bool port = context.targetsPostgres();
    // Text UUID columns, then: a FK column referencing another of them changes together with
    // its key, so it goes into the key's fix instead of a finding of its own (vaultwarden has
    // 63 such columns, 20-odd of them keys).
    QSet<QString> flagged; // "schema.table.column"
    QSet<const model::Column *> flaggedColumns;
    auto keyOf = [](const QString &schema, const QString &table, const QString &column) -> QString {
        return schema + QLatin1Char('.') + table + QLatin1Char('.') + column;
    };
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (!column.generated.isEmpty() || !holdsUuidText(context, column) ||
                uuidEvidence(context, *table, column).isEmpty())
                continue;
            // SQLite keeps UUIDs in TEXT or BLOB by necessity: what a reviewer asks for there
            // is a CHECK that validates them; a port asks for the uuid type.
            if (sqlite && !port && uuidValidated(*table, column.name))
                continue;
            flagged.insert(keyOf(table->schema, table->name, column.name));
            flaggedColumns.insert(&column);
        }
    }
    auto referencedFlagged = [&](const model::Table &table, const QString &column) {
        for (const model::ForeignKey &fk : table.foreignKeys) {
            const qsizetype at = fk.columns.indexOf(column);
            if (at >= 0 && at < fk.refColumns.size() &&
                flagged.contains(keyOf(fk.refSchema, fk.refTable, fk.refColumns.at(at))))
                return true;
        }
        return false;
    };
    if (sqlite && !port) {
        uuidUnvalidatedSqlite(context, flaggedColumns, referencedFlagged, out);
        return;
    }
    for (const model::Table *table : context.tables()) {
        for (const model::Column &column : table->columns) {
            if (!flaggedColumns.contains(&column) || referencedFlagged(*table, column.name))
                continue;
            Finding f = columnFinding(context, *table, column);
            const bool blob = sqlite && column.affinity == QLatin1String("BLOB");
            if (sqlite && !port)
                f.message = Tr::tr("%1.%2 holds UUIDs as %3 with no CHECK that validates them: "
                                   "any %4 goes in")
                                .arg(table->name, column.name, column.type,
                                     blob ? Tr::tr("blob") : Tr::tr("text"));
            else if (port)
                f.message = Tr::tr("%1.%2 holds UUIDs as %3; in PostgreSQL it is uuid")
                                .arg(table->name, column.name, column.type);
            else
                f.message = Tr::tr("%1.%2 stores UUIDs as %3; the uuid type takes 16 bytes "
                                   "instead of 37 and rejects malformed values")
                                .arg(table->name, column.name, column.type);
            auto alterColumn = [&](const model::Table &t, const model::Column &c) -> QString {
                const QString col = port ? pgQuote(c.name) : context.quote(c.name);
                const bool cBlob = sqlite && c.affinity == QLatin1String("BLOB");
                QStringList steps;
                if (c.defaultExpr)
                    steps.append(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col));
                steps.append(
                    cBlob ? QStringLiteral("ALTER COLUMN %1 TYPE uuid USING "
                                           "encode(%1, 'hex')::uuid")
                                .arg(col)
                          : QStringLiteral("ALTER COLUMN %1 TYPE uuid USING %1::uuid").arg(col));
                if (c.defaultExpr)
                    steps.append(
                        QStringLiteral("ALTER COLUMN %1 SET DEFAULT gen_random_uuid()").arg(col));
                return QStringLiteral("ALTER TABLE %1 ")
                           .arg(port ? pgTable(t) : context.qualified(t)) +
                       steps.join(QLatin1String(",\n    ")) + QLatin1Char(';');
            };
            QStringList statements = {alterColumn(*table, column)};
            QStringList referencing;
            for (const IncomingForeignKey &in : context.incoming(*table)) {
                const qsizetype at = in.fk->refColumns.indexOf(column.name);
                if (at < 0 || at >= in.fk->columns.size())
                    continue;
                if (const model::Column *c = in.from->column(in.fk->columns.at(at))) {
                    if (holdsUuidText(context, *c)) {
                        statements.append(alterColumn(*in.from, *c));
                        referencing.append(in.from->name + QLatin1Char('.') + c->name);
                    }
                }
            }
            if (!referencing.isEmpty()) {
                f.object.columns = referencing;
                f.message += plural(
                    QCoreApplication::translate("review", " (and in %n referencing column(s))",
                                                nullptr, int(referencing.size())),
                    referencing.size());
                statements.prepend(
                    Tr::tr("-- in one transaction, with the foreign keys dropped and "
                           "re-created around it:"));
            }
            if (sqlite && !port) {
                const QString col = context.quote(column.name);
                f.fix = sqliteRebuildHint(context, *table) + QLatin1Char(' ') +
                        (blob ? Tr::tr("Declare it with CHECK (length(%1) = 16).").arg(col)
                              : Tr::tr("Declare it with CHECK (length(%1) = 36 AND %1 NOT GLOB "
                                       "'*[^0-9a-fA-F-]*').")
                                    .arg(col));
            } else if (port) {
                f.fix = Tr::tr("-- PostgreSQL, once the tables are there:") + QLatin1Char('\n') +
                        statements.join(QLatin1Char('\n'));
            } else {
                f.fix = statements.join(QLatin1Char('\n'));
            }
            out.append(std::move(f));
        }
    }
}

} // namespace

Rules valueRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("money-as-float"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("Money in a floating-point column"),
                 .rationale =
                     Tr::tr("Binary floating point cannot represent most decimal fractions "
                            "(0.10 is 0.1000000000000000055…): sums drift by cents and "
                            "equality checks fail."),
                 .fix = Tr::tr("Use numeric(p, s) (PostgreSQL) or integer minor units (cents)."),
                 .example = QStringLiteral("CREATE TABLE invoices (\n  id bigint PRIMARY KEY,\n"
                                           "  total_price double precision NOT NULL\n);")},
        .run = moneyAsFloat});
    rules.append(Rule{
        .info = {.id = QStringLiteral("decimal-no-precision"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("NUMERIC without precision and scale"),
                 .rationale = Tr::tr("Unconstrained numeric accepts up to 131072 digits and keeps "
                                     "whatever scale each value was written with, so 1.5 and 1.50 "
                                     "come back differently and nothing bounds the size."),
                 .fix =
                     Tr::tr("Declare numeric(precision, scale) for the values the column holds."),
                 // SQLite ignores the precision of DECIMAL(p, s): declaring one changes nothing.
                 .sqlite = false,
                 .example = QStringLiteral("CREATE TABLE payments (\n  id bigint PRIMARY KEY,\n"
                                           "  amount numeric NOT NULL\n);")},
        .run = decimalNoPrecision});
    rules.append(Rule{
        .info = {.id = QStringLiteral("json-as-text"),
                 .family = QStringLiteral("types"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("JSON kept in a text column without validation"),
                 .rationale =
                     Tr::tr("A text column accepts malformed JSON that breaks every reader "
                            "later; PostgreSQL's jsonb validates, compresses and can be "
                            "indexed, SQLite's json_valid() CHECK validates."),
                 .fix = Tr::tr("PostgreSQL: ALTER COLUMN c TYPE jsonb USING c::jsonb; SQLite: "
                               "CHECK (json_valid(c))."),
                 .example = QStringLiteral("CREATE TABLE webhooks (\n  id bigint PRIMARY KEY,\n"
                                           "  payload_json text NOT NULL\n);")},
        .run = jsonAsText});
    rules.append(
        Rule{.info = {.id = QStringLiteral("bool-as-int"),
                      .family = QStringLiteral("types"),
                      .defaultSeverity = Severity::Info,
                      .needs = Needs::Static,
                      .title = Tr::tr("Flag stored as an integer or text"),
                      .rationale =
                          Tr::tr("is_*/has_*/*_enabled flags in integer or text columns accept "
                                 "2, -1 or 'maybe'; PostgreSQL's boolean says what the column "
                                 "is. In SQLite, INTEGER 0/1 is the idiom, text flags are not."),
                      .fix = Tr::tr("ALTER COLUMN flag TYPE boolean USING flag <> 0"),
                      .example = QStringLiteral("CREATE TABLE users (\n  id bigint PRIMARY KEY,\n"
                                                "  is_admin smallint NOT NULL DEFAULT 0\n);")},
             .run = boolAsInt});
    rules.append(
        Rule{.info = {.id = QStringLiteral("uuid-as-text"),
                      .family = QStringLiteral("types"),
                      .defaultSeverity = Severity::Info,
                      .needs = Needs::Static,
                      .title = Tr::tr("UUID stored as text"),
                      .rationale =
                          Tr::tr("A UUID in text/varchar(36) takes more than twice the space of "
                                 "the uuid type, in the table and every index, and accepts "
                                 "malformed values. SQLite has no uuid type: there, TEXT or BLOB "
                                 "UUIDs need a CHECK that validates them."),
                      .fix = Tr::tr("ALTER COLUMN c TYPE uuid USING c::uuid; in SQLite, which has "
                                    "no uuid type, a CHECK that validates the TEXT or BLOB."),
                      .example = QStringLiteral("CREATE TABLE devices (\n"
                                                "  id varchar(36) PRIMARY KEY,\n"
                                                "  owner_uuid text NOT NULL\n);")},
             .run = uuidAsText});
    return rules;
}

} // namespace schemalens::review::types
