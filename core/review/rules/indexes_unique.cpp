// Unique keys that do not hold what they seem to: unique-nullable (a nullable column in a
// composite key), unique-case-sensitive (emails, slugs, usernames and domains unique as
// written) and natural-key-not-unique (an email, slug or domain of a user or tenant table with
// no unique key at all).

#include "core/review/columnfacts.h"
#include "core/review/context.h"
#include "core/review/rule.h"
#include "core/review/rules/indexes_common.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace schemalens::review {

namespace indexes {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// The unique keys of TABLE, each once: constraints speak for the indexes that back them.
QList<IndexKey> uniqueKeys(const ReviewContext &context, const model::Table &table)
{
    QList<IndexKey> keys;
    const QList<IndexKey> all = indexKeys(context, table);
    for (const IndexKey &key : all) {
        if (!key.unique || key.source == IndexKey::Source::PrimaryKey)
            continue;
        if (key.source == IndexKey::Source::Index && key.index && !key.index->constraint.isEmpty())
            continue;
        keys.append(key);
    }
    return keys;
}

QString keyKind(const IndexKey &key)
{
    return key.source == IndexKey::Source::Index ? Tr::tr("unique index %1").arg(key.name)
                                                 : Tr::tr("unique constraint %1").arg(key.name);
}

// ---------------------------------------------------------------------------------------
// unique-nullable

bool isSingleColumnForeignKey(const model::Table &table, const QString &column)
{
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (fk.columns.contains(column))
            return true;
    }
    return false;
}

// A nullable column that scopes a key rather than being the value it deduplicates: a
// reference (FK, soft reference, parent_id), a tenant column, or a soft-delete timestamp. With
// such a column NULL, the rest of the key is meant to be unique "at the top level" or "among
// live rows", and it is not. A nullable value column (an optional email unique when given) is
// the opposite: NULLs not colliding is the point.
QString scopeRole(const ReviewContext &context, const model::Table &table,
                  const model::Column &column)
{
    const ColumnFacts &facts = context.facts(column);
    if (facts.tenant)
        return QStringLiteral("tenant");
    if (isSingleColumnForeignKey(table, column.name))
        return QStringLiteral("reference");
    if (context.softReference(table, column.name))
        return QStringLiteral("reference");
    const QStringList &tokens = facts.tokens;
    if (!tokens.isEmpty() && tokens.first() == QLatin1String("parent") &&
        tokens.last() == QLatin1String("id"))
        return QStringLiteral("reference");
    static const QSet<QString> softDelete = {
        QStringLiteral("deleted_at"), QStringLiteral("archived_at"), QStringLiteral("removed_at")};
    if (softDelete.contains(facts.snake))
        return QStringLiteral("deleted");
    return {};
}

// Another unique index covers the rows where COLUMN is NULL: the rest of KEY's columns,
// WHERE column IS NULL (the pre-PostgreSQL-15 way of closing the gap).
bool nullCaseCovered(const QList<IndexKey> &keys, const IndexKey &key, const QString &column)
{
    QStringList rest = key.keyColumns();
    rest.removeAll(column);
    std::sort(rest.begin(), rest.end());
    const QRegularExpression isNull(
        QStringLiteral("(?<![\\w$])\"?%1\"?\\s+IS\\s+NULL").arg(QRegularExpression::escape(column)),
        QRegularExpression::CaseInsensitiveOption);
    for (const IndexKey &other : keys) {
        QStringList columns = other.keyColumns();
        std::sort(columns.begin(), columns.end());
        if (&other != &key && columns == rest && isNull.match(other.predicate).hasMatch())
            return true;
    }
    return false;
}

// Sorted columns of KEY without COLUMN.
QStringList othersOf(const IndexKey &key, const QString &column)
{
    QStringList rest = key.keyColumns();
    rest.removeAll(column);
    std::sort(rest.begin(), rest.end());
    return rest;
}

// The rest of KEY without COLUMN is unique by itself (the primary key, another full unique
// key): a NULL in COLUMN lets nothing repeat.
bool restAlreadyUnique(const model::Table &table, const QList<IndexKey> &keys, const IndexKey &key,
                       const QString &column)
{
    const QStringList rest = othersOf(key, column);
    auto within = [&](const QStringList &columns) {
        return !columns.isEmpty() &&
               std::all_of(columns.cbegin(), columns.cend(),
                           [&](const QString &c) { return rest.contains(c); });
    };
    if (table.primaryKey && within(table.primaryKey->columns))
        return true;
    for (const IndexKey &other : keys) {
        if (&other != &key && other.predicate.isEmpty() &&
            other.keyColumns().size() == other.elements.size() && within(other.keyColumns()))
            return true;
    }
    return false;
}

// A CHECK that ties the NULLs of A and B together ((a IS NOT NULL) <> (b IS NOT NULL),
// num_nonnulls(a, b) = 1, a IS NULL OR b IS NULL, …): the row holds one or the other by design.
bool checkTiesNulls(const model::Table &table, const QString &a, const QString &b)
{
    static const QRegularExpression nullTest(
        QStringLiteral("\\bIS\\s+(NOT\\s+)?NULL\\b|\\bnum_(non)?nulls\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    for (const model::CheckConstraint &check : table.checks) {
        if (check.columns.contains(a) && check.columns.contains(b) &&
            nullTest.match(check.expression).hasMatch())
            return true;
    }
    return false;
}

// An exclusive arc: each row belongs to one of several parents (a patch to an application or
// to a compose stack), each parent column nullable and unique with the same other columns in
// a key of its own. NULL in one parent column is the row belonging to another, whose key
// holds: the design is right. The other parent is known by its name (a scope role) or by a
// CHECK that makes the two columns exclusive (a wallet's alert or a subscription's).
bool exclusiveArc(const ReviewContext &context, const model::Table &table,
                  const QList<IndexKey> &keys, const IndexKey &key, const QString &column)
{
    const QStringList rest = othersOf(key, column);
    for (const IndexKey &other : keys) {
        if (&other == &key)
            continue;
        const QStringList columns = other.keyColumns();
        if (columns.contains(column) || columns.size() != rest.size() + 1)
            continue;
        for (const QString &c : columns) {
            const model::Column *sibling = table.column(c);
            if (rest.contains(c) || !sibling || !sibling->nullable ||
                (scopeRole(context, table, *sibling).isEmpty() &&
                 !checkTiesNulls(table, column, c)))
                continue;
            if (othersOf(other, c) == rest)
                return true;
        }
    }
    return false;
}

void runUniqueNullable(const ReviewContext &context, Findings &out)
{
    const int pgVersion = 15; // the review file's postgresVersion, when wave 2 adds it
    for (const model::Table *table : context.tables()) {
        // Only composite unique keys can hold a nullable scope column: look before building
        // the normalized keys.
        const bool composite =
            std::any_of(table->uniques.cbegin(), table->uniques.cend(),
                        [](const model::KeyConstraint &k) { return k.columns.size() >= 2; }) ||
            std::any_of(table->indexes.cbegin(), table->indexes.cend(),
                        [](const model::Index &i) { return i.unique && i.elements.size() >= 2; });
        if (!composite)
            continue;
        const QList<IndexKey> keys = uniqueKeys(context, *table);
        for (const IndexKey &key : keys) {
            if (key.nullsNotDistinct || key.elements.size() < 2)
                continue;
            const QStringList columns = key.keyColumns();
            if (columns.size() != key.elements.size())
                continue; // expressions: their NULL behaviour is the expression's
            // The rest of the key must be something that can repeat: at least one NOT NULL
            // column besides the nullable ones.
            bool required = false;
            for (const QString &name : columns) {
                const model::Column *c = table->column(name);
                required = required || (c && !c->nullable);
            }
            if (!required)
                continue;
            QStringList open; // the nullable scope columns the key does not hold for
            QString role;
            for (const QString &name : columns) {
                const model::Column *column = table->column(name);
                if (!column || !column->nullable)
                    continue;
                const QString columnRole = scopeRole(context, *table, *column);
                if (columnRole.isEmpty() || mentionsColumn(key.predicate, name) ||
                    nullCaseCovered(keys, key, name) ||
                    restAlreadyUnique(*table, keys, key, name) ||
                    exclusiveArc(context, *table, keys, key, name))
                    continue;
                open.append(name);
                if (role.isEmpty())
                    role = columnRole;
            }
            if (open.isEmpty())
                continue;
            const QString name = open.first();
            QStringList rest = columns;
            for (const QString &c : std::as_const(open))
                rest.removeAll(c);
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.column = name;
            f.object.columns = open;
            if (key.source == IndexKey::Source::Index)
                f.object.index = key.name;
            else
                f.object.constraint = key.name;
            const QString what =
                role == QLatin1String("deleted") && open.size() == 1
                    ? Tr::tr("live rows (%1 IS NULL)").arg(name)
                    : Tr::tr("rows whose %1 is NULL").arg(open.join(Tr::tr(" or ")));
            f.message = Tr::tr("%1 on %2 (%3) never holds for %4: NULLs never collide, so (%5) "
                               "can repeat there")
                            .arg(keyKind(key), table->name, columns.join(QLatin1String(", ")), what,
                                 rest.join(QLatin1String(", ")));
            QStringList quoted;
            for (const QString &c : columns)
                quoted.append(context.quote(c));
            QStringList quotedRest;
            for (const QString &c : columns) {
                if (c != name)
                    quotedRest.append(context.quote(c));
            }
            const QString t = context.qualified(*table);
            const QString nullIndex =
                context.quote(QStringLiteral("%1_%2_null_key").arg(table->name, name).left(63));
            if (context.isSqlite()) {
                f.fix = Tr::tr("-- SQLite has no NULLS NOT DISTINCT: add a unique index for the "
                               "NULL case\n"
                               "CREATE UNIQUE INDEX %1 ON %2 (%3) WHERE %4 IS NULL;")
                            .arg(nullIndex, t, quotedRest.join(QLatin1String(", ")),
                                 context.quote(name));
            } else if (key.source == IndexKey::Source::Index) {
                f.fix =
                    Tr::tr("-- PostgreSQL %1+: make NULLs collide\n"
                           "CREATE UNIQUE INDEX CONCURRENTLY %2 ON %3 (%4) NULLS NOT "
                           "DISTINCT;\nDROP INDEX CONCURRENTLY %5;\n"
                           "-- before 15: CREATE UNIQUE INDEX CONCURRENTLY %6 ON %3 (%7) "
                           "WHERE %8 IS NULL;")
                        .arg(QString::number(pgVersion),
                             context.quote(key.name + QLatin1String("_nnd")), t,
                             quoted.join(QLatin1String(", ")), context.quote(key.name), nullIndex,
                             quotedRest.join(QLatin1String(", ")), context.quote(name));
            } else {
                f.fix = Tr::tr("-- PostgreSQL %1+: make NULLs collide\n"
                               "ALTER TABLE %2 DROP CONSTRAINT %3,\n"
                               "    ADD CONSTRAINT %3 UNIQUE NULLS NOT DISTINCT (%4);\n"
                               "-- before 15: CREATE UNIQUE INDEX CONCURRENTLY %5 ON %2 (%6) "
                               "WHERE %7 IS NULL;")
                            .arg(QString::number(pgVersion), t, context.quote(key.name),
                                 quoted.join(QLatin1String(", ")), nullIndex,
                                 quotedRest.join(QLatin1String(", ")), context.quote(name));
            }
            f.location = key.origin.isValid() ? key.origin : table->origin;
            f.fingerprintKey = key.name;
            out.append(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------
// unique-case-sensitive and natural-key-not-unique

// What kind of case-insensitive natural key a column name says it holds, or empty.
QString naturalKeyKind(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return {};
    const QString &last = tokens.last();
    static const QSet<QString> kinds = {
        QStringLiteral("email"),     QStringLiteral("username"), QStringLiteral("login"),
        QStringLiteral("handle"),    QStringLiteral("slug"),     QStringLiteral("domain"),
        QStringLiteral("subdomain"), QStringLiteral("hostname"),
    };
    if (kinds.contains(last))
        return last == QLatin1String("subdomain") || last == QLatin1String("hostname")
                   ? QStringLiteral("domain")
                   : last;
    if (tokens.size() >= 2 && tokens.at(tokens.size() - 2) == QLatin1String("user") &&
        last == QLatin1String("name"))
        return QStringLiteral("username");
    if (tokens.size() >= 2 && tokens.at(tokens.size() - 2) == QLatin1String("e") &&
        last == QLatin1String("mail"))
        return QStringLiteral("email");
    return {};
}

// The column compares without case: citext, a nondeterministic or NOCASE collation.
bool caseInsensitiveColumn(const ReviewContext &context, const model::Column &column)
{
    const QString type = context.facts(column).baseType;
    if (type == QLatin1String("citext") || type.endsWith(QLatin1String(".citext")))
        return true;
    // SQLite's NOCASE; PostgreSQL nondeterministic ICU collations as usually named
    // ("case_insensitive", "ci", "und-u-ks-level2").
    const QString collation = column.collation.toLower();
    return collation.contains(QLatin1String("nocase")) ||
           collation.contains(QLatin1String("insensitive")) || collation == QLatin1String("ci") ||
           collation.endsWith(QLatin1String("_ci")) ||
           collation.contains(QLatin1String("ks-level"));
}

// CHECK (email = lower(email)), CHECK (slug ~ '^[a-z0-9-]+$'): only one case can be stored.
bool lowerCaseEnforced(const model::Table &table, const QString &column)
{
    const QRegularExpression lowerEq(
        QStringLiteral(
            "(lower|lcase)\\s*\\(\\s*\"?%1\"?\\s*\\)|\"?%1\"?\\s*(~|GLOB|REGEXP)\\s*'\\^?\\[a-z")
            .arg(QRegularExpression::escape(column)),
        QRegularExpression::CaseInsensitiveOption);
    for (const model::CheckConstraint &check : table.checks) {
        if (lowerEq.match(check.expression).hasMatch())
            return true;
    }
    return false;
}

// Where the schema shows it compares such values without case: a lower()/upper() index or
// CHECK on a column of the same kind, citext, NOCASE. KIND -> "table.column" as evidence.
struct CaseEvidence {
    QHash<QString, QString> byKind; // kind -> "table.column (lower())"
    QString any;                    // any evidence at all: "accounts.email (citext)"
};

CaseEvidence caseEvidence(const ReviewContext &context)
{
    CaseEvidence evidence;
    static const QRegularExpression lowerCall(
        QStringLiteral("\\b(lower|upper|lcase|ucase)\\s*\\(\\s*\"?([A-Za-z_][A-Za-z0-9_]*)\"?"),
        QRegularExpression::CaseInsensitiveOption);
    auto note = [&](const model::Table &table, const QString &column, const QString &how) {
        const model::Column *c = table.column(column);
        const QString kind = c ? naturalKeyKind(context.facts(*c).tokens) : QString();
        const QString text = QStringLiteral("%1.%2 (%3)").arg(table.name, column, how);
        if (!kind.isEmpty() && !evidence.byKind.contains(kind))
            evidence.byKind.insert(kind, text);
        // A column declared to compare without case (citext, NOCASE) is a choice the team
        // makes for such values; lower() on some other column is no evidence about emails.
        if (evidence.any.isEmpty() && how != QLatin1String("lower()") &&
            how != QLatin1String("upper()"))
            evidence.any = text;
    };
    for (const model::Table *table : context.tables()) {
        for (const model::Index &index : table->indexes) {
            for (const model::IndexElement &e : index.elements) {
                if (!e.column.isEmpty()) {
                    if (e.collation.contains(QLatin1String("nocase"), Qt::CaseInsensitive))
                        note(*table, e.column, QStringLiteral("COLLATE NOCASE"));
                    continue;
                }
                const auto m = lowerCall.match(e.expression);
                if (m.hasMatch())
                    note(*table, m.captured(2), m.captured(1).toLower() + QStringLiteral("()"));
            }
        }
        for (const model::Column &column : table->columns) {
            if (caseInsensitiveColumn(context, column))
                note(*table, column.name,
                     context.facts(column).baseType.endsWith(QLatin1String("citext"))
                         ? QStringLiteral("citext")
                         : QStringLiteral("COLLATE NOCASE"));
        }
    }
    return evidence;
}

// A unique key that makes COLUMN unique without case: on lower(column) or the like.
bool uniqueWithoutCase(const QList<IndexKey> &keys, const QString &column)
{
    for (const IndexKey &key : keys) {
        for (const KeyElement &e : key.elements) {
            if (e.column.isEmpty() && mentionsColumn(e.expression, column))
                return true;
            if (e.column == column &&
                e.collation.contains(QLatin1String("nocase"), Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

QString caseFix(const ReviewContext &context, const model::Table &table, const IndexKey *key,
                const QStringList &columns, const QString &column)
{
    const QString t = context.qualified(table);
    QStringList elements;
    for (const QString &c : columns)
        elements.append(c == column ? (context.isSqlite()
                                           ? context.quote(c) + QLatin1String(" COLLATE NOCASE")
                                           : QStringLiteral("lower(%1)").arg(context.quote(c)))
                                    : context.quote(c));
    const QString name =
        context.quote(QStringLiteral("%1_%2_ci_key").arg(table.name, column).left(63));
    if (context.isSqlite()) {
        QString sql = QStringLiteral("CREATE UNIQUE INDEX %1 ON %2 (%3);")
                          .arg(name, t, elements.join(QLatin1String(", ")));
        if (key)
            sql += QLatin1Char('\n') +
                   (key->source == IndexKey::Source::Index
                        ? QStringLiteral("DROP INDEX %1;").arg(context.quote(key->name))
                        : Tr::tr("-- then rebuild %1 without its UNIQUE (%2)")
                              .arg(table.name, columns.join(QLatin1String(", "))));
        return Tr::tr("-- after merging rows that differ only by case\n") + sql;
    }
    QString sql = QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY %1 ON %2 (%3);")
                      .arg(name, t, elements.join(QLatin1String(", ")));
    if (key)
        sql += QLatin1Char('\n') +
               (key->source == IndexKey::Source::Index
                    ? QStringLiteral("DROP INDEX CONCURRENTLY %1;").arg(context.quote(key->name))
                    : QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;")
                          .arg(t, context.quote(key->name)));
    return Tr::tr("-- after merging rows that differ only by case (or: ALTER COLUMN %1 TYPE "
                  "citext)\n")
               .arg(context.quote(column)) +
           sql;
}

void runUniqueCaseSensitive(const ReviewContext &context, Findings &out)
{
    const CaseEvidence evidence = caseEvidence(context);
    if (evidence.any.isEmpty() && evidence.byKind.isEmpty())
        return; // the schema never compares without case: nothing says it should here
    for (const model::Table *table : context.tables()) {
        if (table->uniques.isEmpty() && table->indexes.isEmpty())
            continue;
        if (std::none_of(table->columns.cbegin(), table->columns.cend(),
                         [&](const model::Column &c) {
                             return !naturalKeyKind(context.facts(c).tokens).isEmpty();
                         }))
            continue;
        const QList<IndexKey> keys = uniqueKeys(context, *table);
        QSet<QString> reported;
        for (const IndexKey &key : keys) {
            for (const KeyElement &e : key.elements) {
                if (e.column.isEmpty() || reported.contains(e.column))
                    continue;
                const model::Column *column = table->column(e.column);
                if (!column || !context.facts(*column).text)
                    continue;
                const QString kind = naturalKeyKind(context.facts(*column).tokens);
                if (kind.isEmpty() || caseInsensitiveColumn(context, *column) ||
                    e.collation.contains(QLatin1String("nocase"), Qt::CaseInsensitive) ||
                    lowerCaseEnforced(*table, column->name) ||
                    uniqueWithoutCase(keys, column->name))
                    continue;
                const QString sameKind = evidence.byKind.value(kind);
                // Evidence from elsewhere: not this very key's table and column.
                if (sameKind.startsWith(table->name + QLatin1Char('.') + column->name +
                                        QLatin1Char(' ')))
                    continue;
                const QString shown = sameKind.isEmpty() ? evidence.any : sameKind;
                if (shown.isEmpty())
                    continue;
                reported.insert(column->name);
                Finding f;
                f.object.kind = ObjectRef::Kind::Column;
                f.object.schema = table->schema;
                f.object.table = table->name;
                f.object.column = column->name;
                if (key.source == IndexKey::Source::Index)
                    f.object.index = key.name;
                else
                    f.object.constraint = key.name;
                f.confidence = sameKind.isEmpty() ? Confidence::Medium : Confidence::High;
                f.message = Tr::tr("%1.%2 is unique as written (%3), so values that differ only "
                                   "by case are two %4s; the schema compares without case "
                                   "elsewhere: %5")
                                .arg(table->name, column->name, keyKind(key), kind, shown);
                f.fix = caseFix(context, *table, &key, key.keyColumns(), column->name);
                f.location = key.origin.isValid() ? key.origin : column->origin;
                out.append(std::move(f));
            }
        }
    }
}

// A table whose rows are users (found by email or username) or tenants (found by slug or
// domain), or neither.
enum class Holder { None, User, Tenant };

Holder holderOf(const QString &name)
{
    static const QSet<QString> users = {QStringLiteral("user"),    QStringLiteral("users"),
                                        QStringLiteral("member"),  QStringLiteral("members"),
                                        QStringLiteral("account"), QStringLiteral("accounts")};
    static const QSet<QString> tenants = {
        QStringLiteral("tenant"),       QStringLiteral("tenants"),
        QStringLiteral("organization"), QStringLiteral("organizations"),
        QStringLiteral("organisation"), QStringLiteral("organisations"),
        QStringLiteral("org"),          QStringLiteral("orgs"),
        QStringLiteral("workspace"),    QStringLiteral("workspaces"),
        QStringLiteral("team"),         QStringLiteral("teams"),
        QStringLiteral("company"),      QStringLiteral("companies"),
    };
    const QStringList tokens = nameTokens(name);
    if (tokens.size() != 1)
        return Holder::None;
    if (users.contains(tokens.first()))
        return Holder::User;
    return tenants.contains(tokens.first()) ? Holder::Tenant : Holder::None;
}

// COLUMN is in a unique key of KEYS, plainly or inside an expression (lower(email)).
bool inUniqueKey(const QList<IndexKey> &keys, const QString &column)
{
    for (const IndexKey &key : keys) {
        if (!key.unique)
            continue;
        for (const KeyElement &e : key.elements) {
            if (e.column == column || (e.column.isEmpty() && mentionsColumn(e.expression, column)))
                return true;
        }
    }
    return false;
}

void runNaturalKeyNotUnique(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        const Holder holder = holderOf(table->name);
        if (holder == Holder::None)
            continue;
        QList<IndexKey> keys;
        bool keysBuilt = false;
        for (const model::Column &column : table->columns) {
            const ColumnFacts &facts = context.facts(column);
            const QString kind = naturalKeyKind(facts.tokens);
            // The identifier a user or tenant is found by: a user's email or username, a
            // tenant's slug or domain (an organization's email is a contact, not its key).
            const bool identifies =
                holder == Holder::User
                    ? (kind == QLatin1String("email") || kind == QLatin1String("username"))
                    : (kind == QLatin1String("slug") || kind == QLatin1String("domain"));
            // email, slug, or a qualified one (canonical_domain, primary_email); not a
            // pending or secondary value (new_email, billing_email).
            static const QSet<QString> qualifiers = {
                QStringLiteral("canonical"), QStringLiteral("primary"), QStringLiteral("login"),
                QStringLiteral("custom"),    QStringLiteral("user"),    QStringLiteral("e")};
            const bool plainName =
                facts.tokens.size() == 1 ||
                (facts.tokens.size() == 2 && qualifiers.contains(facts.tokens.first()));
            if (!identifies || !facts.text || !plainName)
                continue;
            if (!keysBuilt) {
                keys = indexKeys(context, *table);
                keysBuilt = true;
            }
            if (inUniqueKey(keys, column.name))
                continue;
            // Users found by a unique username (or login, handle) keep the email as contact.
            if (kind == QLatin1String("email")) {
                bool otherKey = false;
                for (const model::Column &other : table->columns) {
                    const QString otherKind = naturalKeyKind(context.facts(other).tokens);
                    if (&other != &column && !otherKind.isEmpty() &&
                        otherKind != QLatin1String("email") && inUniqueKey(keys, other.name))
                        otherKey = true;
                }
                if (otherKey)
                    continue;
            }
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.column = column.name;
            f.confidence = column.nullable ? Confidence::Medium : Confidence::High;
            f.message = Tr::tr("%1.%2 has no unique constraint: two rows can claim one %3, and "
                               "lookups by %3 return either")
                            .arg(table->name, column.name, kind);
            f.fix = caseFix(context, *table, nullptr, {column.name}, column.name);
            f.location = column.origin.isValid() ? column.origin : table->origin;
            out.append(std::move(f));
        }
    }
}

} // namespace

Rules uniqueRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("unique-nullable"),
                 .family = QStringLiteral("indexes"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("Unique key with a nullable scope column"),
                 .rationale =
                     Tr::tr("NULLs never compare equal, so a unique key over a column that can "
                            "be NULL does not hold for the rows where it is: two top-level "
                            "rows (parent NULL) or two live rows (deleted_at NULL) can repeat "
                            "the rest of the key."),
                 .fix = Tr::tr("PostgreSQL 15+: UNIQUE NULLS NOT DISTINCT; before, and in SQLite, "
                               "a second unique index on the other columns WHERE col IS NULL."),
                 .example = QStringLiteral("CREATE TABLE folders (id bigint PRIMARY KEY,\n"
                                           "  owner_id bigint NOT NULL,\n"
                                           "  parent_id bigint REFERENCES folders (id),\n"
                                           "  name text NOT NULL,\n"
                                           "  UNIQUE (owner_id, parent_id, name));")},
        .run = runUniqueNullable});
    rules.append(Rule{
        .info = {.id = QStringLiteral("unique-case-sensitive"),
                 .family = QStringLiteral("indexes"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("Email, slug, username or domain unique by case"),
                 .rationale =
                     Tr::tr("Bob@Example.com and bob@example.com are one address to their "
                            "owner, but a unique key on the raw text admits both: duplicate "
                            "accounts, and lookups that miss. The schema already compares such "
                            "values without case elsewhere."),
                 .fix = Tr::tr("A unique index on lower(col) (or citext; COLLATE NOCASE in "
                               "SQLite) instead of the one on the raw column."),
                 .example = QStringLiteral(
                     "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);\n"
                     "CREATE TABLE invitations (id bigint PRIMARY KEY, email text NOT NULL);\n"
                     "CREATE UNIQUE INDEX invitations_email ON invitations (lower(email));")},
        .run = runUniqueCaseSensitive});
    rules.append(Rule{
        .info = {.id = QStringLiteral("natural-key-not-unique"),
                 .family = QStringLiteral("indexes"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("User or tenant identifier without a unique key"),
                 .rationale =
                     Tr::tr("Users are found by email and tenants by slug or domain; without a "
                            "unique key, a double submit or a race creates two rows that claim "
                            "the same identifier, and every lookup by it may return either."),
                 .fix = Tr::tr("A unique index on lower(col) (citext or COLLATE NOCASE), after "
                               "merging duplicates."),
                 .example = QStringLiteral("CREATE TABLE organizations (id bigint PRIMARY KEY,\n"
                                           "  name text NOT NULL,\n  slug text NOT NULL);")},
        .run = runNaturalKeyNotUnique});
    return rules;
}

} // namespace indexes

} // namespace schemalens::review
