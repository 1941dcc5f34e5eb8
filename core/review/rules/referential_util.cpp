// Helpers shared by the referential rules and the soft-reference inference: key types,
// English number of table names, reference-name stems and fix SQL.

#include "core/review/rules/referential_p.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace schemalens::review::referential {

QString columnList(const ReviewContext &context, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(context.quote(column));
    return quoted.join(QLatin1String(", "));
}

namespace {

qsizetype distinctCount(const QStringList &list)
{
    qsizetype distinct = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (std::find(list.cbegin(), list.cbegin() + i, list.at(i)) == list.cbegin() + i)
            ++distinct;
    }
    return distinct;
}

} // namespace

bool sameColumnSet(const QStringList &a, const QStringList &b)
{
    for (const QString &column : a) {
        if (!b.contains(column))
            return false;
    }
    // Every column of A is in B: the sets are equal when B has no more distinct columns.
    return distinctCount(a) == distinctCount(b);
}

// True when COLUMNS (in any order) are exactly a primary key, unique constraint or
// non-partial unique index of TABLE: what a foreign key may reference.
bool isUniqueKey(const model::Table &table, const QStringList &columns)
{
    auto same = [&](const QStringList &key) { return sameColumnSet(key, columns); };
    if (table.primaryKey && same(table.primaryKey->columns))
        return true;
    for (const model::KeyConstraint &unique : table.uniques) {
        if (same(unique.columns))
            return true;
    }
    for (const model::Index &index : table.indexes) {
        if (index.unique && index.predicate.isEmpty() && same(index.columns()))
            return true;
    }
    return false;
}

QString describeKey(const model::Table &table, const QStringList &columns)
{
    return table.name + QLatin1Char('(') + columns.join(QLatin1String(", ")) + QLatin1Char(')');
}

ObjectRef foreignKeyObject(const model::Table &table, const model::ForeignKey &fk)
{
    ObjectRef o;
    o.kind = ObjectRef::Kind::ForeignKey;
    o.schema = table.schema;
    o.table = table.name;
    if (fk.columns.size() == 1)
        o.column = fk.columns.constFirst();
    o.constraint = fk.name;
    o.refSchema = fk.refSchema;
    o.refTable = fk.refTable;
    o.refColumns = fk.refColumns;
    o.columns = fk.columns;
    return o;
}

QString singleKeyColumn(const model::Table &table)
{
    if (table.primaryKey)
        return table.primaryKey->columns.size() == 1 ? table.primaryKey->columns.constFirst()
                                                     : QString();
    for (const model::KeyConstraint &unique : table.uniques) {
        if (unique.columns == QStringList{QStringLiteral("id")})
            return unique.columns.constFirst();
    }
    for (const model::Index &index : table.indexes) {
        if (index.unique && index.predicate.isEmpty() && index.elements.size() == 1 &&
            index.elements.constFirst().column == QLatin1String("id"))
            return index.elements.constFirst().column;
    }
    return {};
}

namespace {

// SQLite's type affinity rules (https://sqlite.org/datatype3.html, 3.1), for columns the
// loader left without one.
QString sqliteAffinity(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QStringLiteral("INTEGER");
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")))
        return QStringLiteral("TEXT");
    if (t.isEmpty() || t.contains(QLatin1String("BLOB")))
        return QStringLiteral("BLOB");
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return QStringLiteral("REAL");
    return QStringLiteral("NUMERIC");
}

QString pgKeyType(const ReviewContext &context, QString type, int depth)
{
    static const QRegularExpression modifiers(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    type = type.toLower();
    // The patterns change nothing in most type names: test for what they need first.
    if (type.contains(QLatin1Char('(')))
        type.remove(modifiers);
    // Anything but single ASCII spaces (non-ASCII text included, to be safe) goes through
    // the pattern.
    auto asciiSpace = [](char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
    bool oddSpace = false;
    for (qsizetype i = 0; i < type.size() && !oddSpace; ++i) {
        const char16_t c = type.at(i).unicode();
        oddSpace = c >= 0x80 ||
                   (asciiSpace(c) &&
                    (c != u' ' || (i + 1 < type.size() && asciiSpace(type.at(i + 1).unicode()))));
    }
    if (oddSpace)
        type.replace(spaces, QStringLiteral(" "));
    type = type.trimmed();
    QString array;
    while (type.endsWith(QLatin1String("[]"))) {
        type.chop(2);
        array += QLatin1String("[]");
    }
    type = type.trimmed();
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("character varying"), QStringLiteral("text")},
        {QStringLiteral("varchar"), QStringLiteral("text")},
        {QStringLiteral("pg_catalog.text"), QStringLiteral("text")},
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("serial"), QStringLiteral("integer")},
        {QStringLiteral("serial4"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("bigserial"), QStringLiteral("bigint")},
        {QStringLiteral("serial8"), QStringLiteral("bigint")},
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("smallserial"), QStringLiteral("smallint")},
        {QStringLiteral("serial2"), QStringLiteral("smallint")},
        {QStringLiteral("char"), QStringLiteral("character")},
        {QStringLiteral("bpchar"), QStringLiteral("character")},
        {QStringLiteral("decimal"), QStringLiteral("numeric")},
    };
    type = aliases.value(type, type);
    // A domain compares as its base type (keys are often declared through an id domain).
    if (depth < 4) {
        const QString bare = type.section(QLatin1Char('.'), -1).remove(QLatin1Char('"'));
        for (const model::OtherType &other : context.schema().otherTypes) {
            if (other.kind == QLatin1String("domain") && other.name.toLower() == bare &&
                !other.baseType.isEmpty())
                return pgKeyType(context, other.baseType, depth + 1) + array;
        }
    }
    return type + array;
}

} // namespace

QString keyType(const ReviewContext &context, const model::Column &column)
{
    if (context.isSqlite()) {
        if (!column.affinity.isEmpty())
            return column.affinity.toUpper();
        return sqliteAffinity(column.type);
    }
    if (column.type.isEmpty())
        return {};
    return pgKeyType(context, column.type, 0);
}

QString typeFamily(const ReviewContext &context, const model::Column &column)
{
    const QString type = keyType(context, column);
    if (context.isSqlite()) {
        if (type == QLatin1String("INTEGER"))
            return QStringLiteral("integer");
        if (type == QLatin1String("TEXT"))
            return QStringLiteral("text");
        if (column.type.isEmpty())
            return {}; // no declared type: anything goes
        return type.toLower();
    }
    if (type == QLatin1String("integer") || type == QLatin1String("bigint") ||
        type == QLatin1String("smallint"))
        return QStringLiteral("integer");
    if (type == QLatin1String("text") || type == QLatin1String("character") ||
        type == QLatin1String("citext"))
        return QStringLiteral("text");
    return type;
}

namespace {

struct Irregular {
    const char *singular;
    const char *plural;
};

constexpr Irregular irregulars[] = {
    {"person", "people"},      {"child", "children"},  {"man", "men"},
    {"woman", "women"},        {"datum", "data"},      {"medium", "media"},
    {"criterion", "criteria"}, {"index", "indices"},   {"analysis", "analyses"},
    {"matrix", "matrices"},    {"vertex", "vertices"},
};

bool isVowel(QChar c)
{
    return QStringLiteral("aeiou").contains(c);
}

} // namespace

QString pluralOf(const QString &word)
{
    const qsizetype cut = word.lastIndexOf(QLatin1Char('_')) + 1;
    const QString head = word.left(cut);
    const QString last = word.mid(cut);
    for (const Irregular &irregular : irregulars) {
        if (last == QLatin1String(irregular.singular))
            return head + QLatin1String(irregular.plural);
    }
    if (last.endsWith(QLatin1Char('s')) || last.endsWith(QLatin1Char('x')) ||
        last.endsWith(QLatin1Char('z')) || last.endsWith(QLatin1String("ch")) ||
        last.endsWith(QLatin1String("sh")))
        return word + QLatin1String("es");
    if (last.size() > 1 && last.endsWith(QLatin1Char('y')) && !isVowel(last.at(last.size() - 2)))
        return word.chopped(1) + QLatin1String("ies");
    return word + QLatin1Char('s');
}

QString singularOf(const QString &word)
{
    const qsizetype cut = word.lastIndexOf(QLatin1Char('_')) + 1;
    const QString head = word.left(cut);
    const QString last = word.mid(cut);
    for (const Irregular &irregular : irregulars) {
        if (last == QLatin1String(irregular.plural))
            return head + QLatin1String(irregular.singular);
    }
    if (last.size() > 3 && last.endsWith(QLatin1String("ies")))
        return word.chopped(3) + QLatin1Char('y');
    for (const char *suffix : {"sses", "xes", "zzes", "ches", "shes", "uses"}) {
        if (last.endsWith(QLatin1String(suffix)))
            return word.chopped(2);
    }
    if (last.size() > 2 && last.endsWith(QLatin1Char('s')) && !last.endsWith(QLatin1String("ss")) &&
        !last.endsWith(QLatin1String("us")))
        return word.chopped(1);
    return word;
}

namespace {

// NAME without one final newline (which a pattern's `$` would also accept before).
QStringView beforeFinalNewline(const QString &name)
{
    return name.endsWith(QLatin1Char('\n')) ? QStringView(name).chopped(1) : QStringView(name);
}

} // namespace

QString referenceStem(const QString &column)
{
    // Both patterns below end in "id" of any case: most names are ruled out without them.
    const QStringView tail = beforeFinalNewline(column);
    if (tail.size() < 3 || !tail.endsWith(QLatin1String("id"), Qt::CaseInsensitive))
        return {};
    static const QRegularExpression snake(QStringLiteral("^([A-Za-z][A-Za-z0-9_]*?)_+[iI][dD]$"));
    static const QRegularExpression camel(
        QStringLiteral("^([A-Za-z][A-Za-z0-9]*[a-z0-9])(Id|ID)$"));
    static const QRegularExpression hump(QStringLiteral("([a-z0-9])([A-Z])"));
    QString stem;
    if (const auto m = snake.match(column); m.hasMatch())
        stem = m.captured(1);
    else if (const auto m = camel.match(column); m.hasMatch())
        stem = m.captured(1);
    else
        return {};
    return stem.replace(hump, QStringLiteral("\\1_\\2")).toLower();
}

QString policyClass(const QString &onDelete)
{
    if (onDelete == QLatin1String("restrict") || onDelete == QLatin1String("no action"))
        return QStringLiteral("no action");
    return onDelete;
}

namespace {

QString fkClause(const ReviewContext &context, const QStringList &columns,
                 const model::Table &target, const QStringList &targetColumns,
                 const QString &onDelete)
{
    QString sql = QLatin1String("FOREIGN KEY (") + columnList(context, columns) +
                  QLatin1String(") REFERENCES ") + context.qualified(target) + QLatin1String(" (") +
                  columnList(context, targetColumns) + QLatin1Char(')');
    if (!onDelete.isEmpty() && onDelete != QLatin1String("no action"))
        sql += QLatin1String(" ON DELETE ") + onDelete.toUpper();
    return sql;
}

} // namespace

QString addForeignKeySql(const ReviewContext &context, const model::Table &table,
                         const QString &name, const QStringList &columns,
                         const model::Table &target, const QStringList &targetColumns,
                         const QString &onDelete)
{
    const QString clause = fkClause(context, columns, target, targetColumns, onDelete);
    if (context.isSqlite())
        return Tr::tr("-- SQLite cannot add a constraint to an existing table; rebuild %1 with:")
                   .arg(context.qualified(table)) +
               QLatin1Char('\n') + clause;
    return QLatin1String("ALTER TABLE ") + context.qualified(table) +
           QLatin1String(" ADD CONSTRAINT ") + context.quote(name) + QLatin1Char(' ') + clause +
           QLatin1Char(';');
}

QString replaceForeignKeySql(const ReviewContext &context, const model::Table &table,
                             const model::ForeignKey &fk, const QString &onDelete)
{
    const model::Table *target = context.referencedTable(fk);
    if (!target)
        return {};
    const QString clause = fkClause(context, fk.columns, *target, fk.refColumns, onDelete);
    if (context.isSqlite() || fk.name.isEmpty())
        return Tr::tr("-- SQLite cannot alter a constraint; rebuild %1 with:")
                   .arg(context.qualified(table)) +
               QLatin1Char('\n') + clause;
    return QLatin1String("ALTER TABLE ") + context.qualified(table) +
           QLatin1String("\n  DROP CONSTRAINT ") + context.quote(fk.name) +
           QLatin1String(",\n  ADD CONSTRAINT ") + context.quote(fk.name) + QLatin1Char(' ') +
           clause + QLatin1Char(';');
}

bool isForeignKeyColumn(const model::Table &table, const QString &column)
{
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (fk.columns.contains(column))
            return true;
    }
    return false;
}

QString snakeName(const QString &name)
{
    // What replacing "([a-z0-9])([A-Z])" by "\\1_\\2" does, by hand: this runs for every
    // table and many columns of a review, and the regular expression cost ~2,700 instructions
    // a name (a tenth of the review of a 2,000-table schema went into it).
    QString snake;
    snake.reserve(name.size() + 4);
    char16_t previous = 0;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool upper = u >= u'A' && u <= u'Z';
        const bool lowerOrDigit =
            (previous >= u'a' && previous <= u'z') || (previous >= u'0' && previous <= u'9');
        if (upper && lowerOrDigit)
            snake.append(QLatin1Char('_'));
        snake.append(c);
        previous = u;
    }
    return snake.toLower();
}

QSet<QString> tableNames(const ReviewContext &context)
{
    QSet<QString> names;
    for (const model::Table &table : context.schema().tables)
        names.insert(snakeName(table.name));
    return names;
}

bool namesTable(const QSet<QString> &names, const QString &stem)
{
    return names.contains(stem) || names.contains(pluralOf(stem)) ||
           names.contains(singularOf(stem));
}

bool isForeignSystemWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("external"), QStringLiteral("ext"),        QStringLiteral("remote"),
        QStringLiteral("provider"), QStringLiteral("stripe"),     QStringLiteral("paypal"),
        QStringLiteral("github"),   QStringLiteral("gitlab"),     QStringLiteral("google"),
        QStringLiteral("apple"),    QStringLiteral("facebook"),   QStringLiteral("slack"),
        QStringLiteral("discord"),  QStringLiteral("twitter"),    QStringLiteral("oauth"),
        QStringLiteral("sso"),      QStringLiteral("saml"),       QStringLiteral("upstream"),
        QStringLiteral("legacy"),   QStringLiteral("old"),        QStringLiteral("imported"),
        QStringLiteral("import"),   QStringLiteral("sync"),       QStringLiteral("native"),
        QStringLiteral("platform"), QStringLiteral("third"),      QStringLiteral("foreign"),
        QStringLiteral("openai"),   QStringLiteral("aws"),        QStringLiteral("azure"),
        QStringLiteral("gcp"),      QStringLiteral("s3"),         QStringLiteral("idp"),
        QStringLiteral("ldap"),     QStringLiteral("jira"),       QStringLiteral("bitbucket"),
        QStringLiteral("gitea"),    QStringLiteral("twilio"),     QStringLiteral("shopify"),
        QStringLiteral("hubspot"),  QStringLiteral("salesforce"), QStringLiteral("auth0"),
    };
    return words.contains(word);
}

} // namespace schemalens::review::referential
