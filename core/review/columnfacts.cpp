#include "core/review/columnfacts.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace schemalens::review {

namespace {

// A PostgreSQL type name as the loader prints it ("character varying(36)", "auth.factor_type",
// "\"OrderStatus\"[]") split into its unquoted parts, without typmods and array brackets.
QStringList typeNameParts(const QString &type)
{
    // Without quotes (nearly always): the dotted parts before any typmods or brackets.
    if (!type.contains(QLatin1Char('"'))) {
        qsizetype end = 0;
        while (end < type.size() && type.at(end) != QLatin1Char('(') &&
               type.at(end) != QLatin1Char('['))
            ++end;
        QStringList parts = QStringView(type).left(end).toString().split(QLatin1Char('.'));
        parts.last() = parts.last().trimmed();
        return parts;
    }
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < type.size(); ++i) {
        const QChar c = type.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < type.size() && type.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (!quoted && c == QLatin1Char('.')) {
            parts.append(current);
            current.clear();
        } else if (!quoted && (c == QLatin1Char('(') || c == QLatin1Char('['))) {
            break; // typmods or array brackets end the name
        } else {
            current += c;
        }
    }
    parts.append(current.trimmed());
    return parts;
}

// The named type a column uses: an exact schema when the name is qualified, else public, the
// table's own schema, or the only type of that name.
template <typename T, typename Pred>
const T *resolveNamed(const QList<T> &types, const QStringList &parts, const QString &tableSchema,
                      Pred accept)
{
    if (parts.isEmpty() || parts.last().isEmpty())
        return nullptr;
    const QString &name = parts.last();
    if (parts.size() >= 2) {
        for (const T &t : types) {
            if (t.schema == parts.at(parts.size() - 2) && t.name == name && accept(t))
                return &t;
        }
        return nullptr;
    }
    const T *only = nullptr;
    int count = 0;
    for (const T &t : types) {
        if (t.name != name || !accept(t))
            continue;
        if (t.schema == QLatin1String("public") || t.schema == tableSchema)
            return &t;
        only = &t;
        ++count;
    }
    return count == 1 ? only : nullptr;
}

// The domain named by PARTS (typeNameParts() of a type), if any.
const model::OtherType *domainOfParts(const ReviewContext &context, const QString &tableSchema,
                                      const QStringList &parts)
{
    return resolveNamed(
        context.schema().otherTypes, parts, tableSchema,
        [](const model::OtherType &t) { return t.kind == QLatin1String("domain"); });
}

const model::OtherType *domainOf(const ReviewContext &context, const QString &tableSchema,
                                 const QString &type)
{
    return domainOfParts(context, tableSchema, typeNameParts(type));
}

// PARTS are typeNameParts(TYPE).
bool isPgTextTypeName(const ReviewContext &context, const QString &tableSchema, const QString &type,
                      const QStringList &parts, int depth = 0)
{
    if (type.endsWith(QLatin1String("[]")))
        return false;
    const QString base = parts.last().toLower();
    static const QSet<QString> text = {
        QStringLiteral("text"),    QStringLiteral("character varying"),
        QStringLiteral("varchar"), QStringLiteral("character"),
        QStringLiteral("char"),    QStringLiteral("bpchar"),
        QStringLiteral("citext"),
    };
    if (text.contains(base))
        return true;
    // A domain stores what its base type stores (bounded: domains over domains are rare).
    if (depth < 4) {
        if (const model::OtherType *domain = domainOfParts(context, tableSchema, parts))
            return isPgTextTypeName(context, domain->schema, domain->baseType,
                                    typeNameParts(domain->baseType), depth + 1);
    }
    return false;
}

// SQLite's affinity rules (datatype3.html 3.1), for columns the loader left without one.
QString sqliteAffinity(const model::Column &column)
{
    if (!column.affinity.isEmpty())
        return column.affinity;
    const QString type = column.type.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QStringLiteral("INTEGER");
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT")))
        return QStringLiteral("TEXT");
    if (type.trimmed().isEmpty() || type.contains(QLatin1String("BLOB")))
        return QStringLiteral("BLOB");
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")))
        return QStringLiteral("REAL");
    return QStringLiteral("NUMERIC");
}

// The built-in vocabulary: the last word of the name says the column holds one of a few
// states or categories ("status", "order_status", "userRole").
bool isBuiltinEnumLikeName(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return false;
    static const QSet<QString> words = {
        QStringLiteral("status"),   QStringLiteral("state"),    QStringLiteral("type"),
        QStringLiteral("kind"),     QStringLiteral("role"),     QStringLiteral("level"),
        QStringLiteral("category"), QStringLiteral("priority"), QStringLiteral("tier"),
        QStringLiteral("mode"),     QStringLiteral("stage"),    QStringLiteral("phase"),
    };
    const QString &last = tokens.last();
    if (!words.contains(last))
        return false;
    const QString joined = tokens.join(QLatin1Char('_'));
    // Names whose values are open-ended strings defined elsewhere, not a closed list the
    // schema could enumerate (found in the corpus: MIME types, OAuth parameters, OCI media
    // types, Matrix event types in namespaced reverse-DNS form).
    static const QSet<QString> openEnded = {
        QStringLiteral("content_type"),      QStringLiteral("mime_type"),
        QStringLiteral("media_type"),        QStringLiteral("manifest_media_type"),
        QStringLiteral("url_content_type"),  QStringLiteral("token_type"),
        QStringLiteral("grant_type"),        QStringLiteral("response_type"),
        QStringLiteral("account_data_type"), QStringLiteral("event_type"),
        QStringLiteral("data_type"),         QStringLiteral("session_state"),
        QStringLiteral("thumbnail_type"),
    };
    if (openEnded.contains(joined))
        return false;
    // preview_content_type, attachment_mime_type: MIME types under another prefix.
    if (last == QLatin1String("type") && tokens.size() >= 2) {
        const QString &before = tokens.at(tokens.size() - 2);
        if (before == QLatin1String("content") || before == QLatin1String("mime"))
            return false;
    }
    // Rails polymorphic associations (commentable_type, taggable_type) hold class names;
    // polymorphic-fk reports them.
    if (last == QLatin1String("type") && tokens.size() >= 2 &&
        tokens.at(tokens.size() - 2).endsWith(QLatin1String("able")))
        return false;
    return true;
}

QRegularExpression cachedPattern(const QString &pattern)
{
    // Compiled once per thread: rules run concurrently and patterns come from the review file.
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern,
                          QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    return *it;
}

// A column of TABLE whose snake_case name starts with PREFIX and ends in one of WORDS.
bool hasSibling(const ReviewContext &context, const model::Table &table, const QString &prefix,
                const QSet<QString> &words)
{
    for (const model::Column &other : table.columns) {
        const QStringList &tokens = context.facts(other).tokens;
        if (tokens.isEmpty() || !words.contains(tokens.last()))
            continue;
        if (tokens.mid(0, tokens.size() - 1).join(QLatin1Char('_')) == prefix)
            return true;
    }
    return false;
}

// Rails keeps class names in a bare `type` column (single-table inheritance).
bool isRailsSource(const ReviewContext &context)
{
    if (context.plan().layout == QLatin1String("rails-structure"))
        return true;
    for (const model::Table &table : context.schema().tables) {
        if (table.name == QLatin1String("ar_internal_metadata"))
            return true;
    }
    return false;
}

// Enum-like by name, but not in this table: the name's word means something else here.
// Each exception comes from false positives in the corpus.
bool excludedByTable(const ReviewContext &context, const model::Table &table,
                     const model::Column &column)
{
    const QStringList &tokens = context.facts(column).tokens;
    const QString &last = tokens.last();
    const QString prefix = tokens.mid(0, tokens.size() - 1).join(QLatin1Char('_'));
    // x_type next to x_id: a polymorphic reference (polymorphic-fk's business).
    if (last == QLatin1String("type") && !prefix.isEmpty() &&
        hasSibling(context, table, prefix, {QStringLiteral("id")}))
        return true;
    if (tokens.size() == 1 && last == QLatin1String("type")) {
        // The value's data type in a key-value/settings table.
        if (hasSibling(context, table, QString(),
                       {QStringLiteral("value"), QStringLiteral("val")}) &&
            hasSibling(context, table, QString(), {QStringLiteral("key"), QStringLiteral("name")}))
            return true;
        // Event stores: the type names the payload's schema, defined by producers (Matrix
        // "m.room.member" next to state_key, Rails' noticed_events).
        const QStringList tableTokens = nameTokens(table.name);
        if (tableTokens.contains(QLatin1String("event")) ||
            tableTokens.contains(QLatin1String("events")) ||
            hasSibling(context, table, QStringLiteral("state"), {QStringLiteral("key")}))
            return true;
        if (isRailsSource(context))
            return true; // single-table inheritance: a class name
    }
    // A postal address (billing_state next to billing_city): one of 50+ regions.
    if (last == QLatin1String("state") &&
        hasSibling(context, table, prefix,
                   {QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("zip"),
                    QStringLiteral("zipcode"), QStringLiteral("postcode")}))
        return true;
    // OAuth's state parameter: an opaque value the client round-trips (supabase-auth).
    if (tokens.size() == 1 && last == QLatin1String("state") &&
        hasSibling(context, table, QStringLiteral("redirect"),
                   {QStringLiteral("uri"), QStringLiteral("url")}))
        return true;
    // The key of its own table (a lookup table's code column) is the list, not a user of it.
    if (table.primaryKey && table.primaryKey->columns == QStringList{column.name})
        return true;
    return false;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isQuoteCharacter(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[') ||
           c == QLatin1Char(']');
}

bool hasQuoteCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isQuoteCharacter);
}

QString withoutQuoteCharacters(const QString &text)
{
    if (!hasQuoteCharacter(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isQuoteCharacter(c))
            out += c;
    }
    return out;
}

// The pattern checkListsValues() looks for COLUMN with. Compiling it costs far more than
// matching it (PCRE2 JIT-compiles on first use), and schemas repeat column names across
// tables (status, state, type), so each thread keeps the patterns it compiled.
QRegularExpression valueListPattern(const QString &column)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.constFind(column);
    if (it != cache.cend())
        return *it;
    if (cache.size() >= 4096)
        cache.clear(); // names of many schemas over a long session: start again
    // The column (optionally table-qualified), then closing parentheses and casts such as
    // "(status)::text", then IN (...), = ANY (...), or = 'literal'. NOT IN is no list of
    // allowed values, so IN must follow the column directly; `col = null` (a non-empty check
    // in supabase-auth) is none either.
    const QRegularExpression re(
        QStringLiteral("(?<![\\w.$])(?:\\w+\\.)?") + QRegularExpression::escape(column) +
            QStringLiteral(
                "(?![\\w$])(?:\\s*\\)|\\s*::\\s*[a-z][a-z ]*?(?:\\(\\d+(?:,\\s*\\d+)?\\))?"
                "(?:\\[\\])?)*\\s*(?:IN\\s*\\(|=\\s*ANY\\b|==?\\s*(?:[('\"0-9-]|N'))"),
        QRegularExpression::CaseInsensitiveOption);
    cache.insert(column, re);
    return re;
}

} // namespace

namespace {

bool isAsciiUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// nameTokens() for ASCII names (nearly all): the same splitting, without building the
// tokens character by character.
QStringList asciiNameTokens(const QString &name)
{
    QStringList tokens;
    const QChar *s = name.constData();
    const qsizetype n = name.size();
    qsizetype start = -1;
    auto flush = [&](qsizetype end) {
        if (start < 0)
            return;
        QString token(end - start, Qt::Uninitialized);
        QChar *out = token.data();
        for (qsizetype k = start; k < end; ++k) {
            const char16_t c = s[k].unicode();
            out[k - start] = QChar(isAsciiUpper(c) ? char16_t(c + (u'a' - u'A')) : c);
        }
        tokens.append(std::move(token));
        start = -1;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        const bool upper = isAsciiUpper(c);
        if (!upper && !isAsciiLower(c) && !isAsciiDigit(c)) {
            flush(i);
            continue;
        }
        // camelCase and PascalCase boundaries, as below.
        if (upper && start >= 0) {
            const char16_t prev = s[i - 1].unicode();
            const bool nextLower = i + 1 < n && isAsciiLower(s[i + 1].unicode());
            if (isAsciiLower(prev) || isAsciiDigit(prev) || (isAsciiUpper(prev) && nextLower))
                flush(i);
        }
        if (start < 0)
            start = i;
    }
    flush(n);
    return tokens;
}

} // namespace

QStringList nameTokens(const QString &name)
{
    if (isAscii(name))
        return asciiNameTokens(name);
    QStringList tokens;
    QString current;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty())
                tokens.append(current);
            current.clear();
            continue;
        }
        // camelCase and PascalCase boundaries: "orderStatus", "HTTPStatus" -> http, status.
        if (c.isUpper() && !current.isEmpty()) {
            const QChar prev = name.at(i - 1);
            const bool nextLower = i + 1 < name.size() && name.at(i + 1).isLower();
            if (prev.isLower() || prev.isDigit() || (prev.isUpper() && nextLower)) {
                tokens.append(current);
                current.clear();
            }
        }
        current += c.toLower();
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

namespace {

// PARTS are typeNameParts() of the column's type (PostgreSQL only).
bool computeIsTextType(const ReviewContext &context, const model::Column &column,
                       const QStringList &parts)
{
    if (context.isSqlite())
        return sqliteAffinity(column) == QLatin1String("TEXT");
    // The column alone does not say which schema its table is in; unqualified domains
    // resolve through public or the only domain of that name.
    return isPgTextTypeName(context, QString(), column.type, parts);
}

// isEnumLikeName() of COLUMN whose nameTokens() are TOKENS.
bool enumLikeName(const ReviewContext &context, const QString &column, const QStringList &tokens)
{
    const QStringList &patterns = context.config().enumLikePatterns;
    if (patterns.isEmpty())
        return isBuiltinEnumLikeName(tokens);
    // Review-file patterns see the name as written and in snake_case, so one pattern
    // serves both "orderStatus" and "order_status".
    const QString snake = tokens.join(QLatin1Char('_'));
    for (const QString &pattern : patterns) {
        const QRegularExpression re = cachedPattern(pattern);
        if (re.match(column).hasMatch() || re.match(snake).hasMatch())
            return true;
    }
    return false;
}

// PARTS are typeNameParts() of the column's type (PostgreSQL only).
const model::EnumType *computeEnumTypeOf(const ReviewContext &context, const model::Table &table,
                                         const model::Column &column, const QStringList &parts)
{
    if (context.isSqlite() || column.type.isEmpty())
        return nullptr;
    return resolveNamed(context.schema().enums, parts, table.schema,
                        [](const model::EnumType &) { return true; });
}

} // namespace

namespace {

// The facts that follow from the column's name alone.
void addNameFacts(const ReviewContext &context, const model::Column &column, ColumnFacts &facts)
{
    facts.tokens = nameTokens(column.name);
    facts.snake = facts.tokens.join(QLatin1Char('_'));
    facts.lowerName = column.name.toLower();
    facts.enumLikeName = enumLikeName(context, column.name, facts.tokens);
    facts.tenant = context.isTenantColumn(column.name);
}

// The facts that follow from the column's type (and, in SQLite, its affinity) and the
// table's schema alone.
void addTypeFacts(const ReviewContext &context, const model::Table &table,
                  const model::Column &column, ColumnFacts &facts)
{
    facts.baseType = baseTypeName(column.type);
    facts.lowerType = column.type.trimmed().toLower();
    const QStringList parts = context.isSqlite() ? QStringList() : typeNameParts(column.type);
    facts.enumType = computeEnumTypeOf(context, table, column, parts);
    facts.text = computeIsTextType(context, column, parts);
}

} // namespace

ColumnFacts computeColumnFacts(const ReviewContext &context, const model::Table &table,
                               const model::Column &column)
{
    ColumnFacts facts;
    addNameFacts(context, column, facts);
    addTypeFacts(context, table, column, facts);
    return facts;
}

ColumnFacts ColumnFactsMemo::compute(const model::Table &table, const model::Column &column)
{
    ColumnFacts facts;
    auto byName = m_byName.constFind(column.name);
    if (byName == m_byName.cend()) {
        ColumnFacts named;
        addNameFacts(m_context, column, named);
        byName = m_byName.insert(column.name, std::move(named));
    }
    facts.tokens = byName->tokens;
    facts.snake = byName->snake;
    facts.lowerName = byName->lowerName;
    facts.enumLikeName = byName->enumLikeName;
    facts.tenant = byName->tenant;
    // SQLite's text fact depends on the column's affinity too: not shared.
    if (m_context.isSqlite()) {
        addTypeFacts(m_context, table, column, facts);
        return facts;
    }
    const std::pair<QString, QString> key(table.schema, column.type);
    auto byType = m_byType.constFind(key);
    if (byType == m_byType.cend()) {
        ColumnFacts typed;
        addTypeFacts(m_context, table, column, typed);
        byType = m_byType.insert(key, std::move(typed));
    }
    facts.baseType = byType->baseType;
    facts.lowerType = byType->lowerType;
    facts.enumType = byType->enumType;
    facts.text = byType->text;
    return facts;
}

bool isTextType(const ReviewContext &context, const model::Column &column)
{
    return context.facts(column).text;
}

bool isEnumLikeName(const ReviewContext &context, const QString &column)
{
    return enumLikeName(context, column, nameTokens(column));
}

QString baseTypeName(const QString &type)
{
    QString out = type.toLower();
    const bool array = out.endsWith(QLatin1String("[]"));
    if (out.contains(QLatin1Char('('))) {
        static const QRegularExpression typmods(QStringLiteral("\\s*\\([^)]*\\)"));
        out.replace(typmods, QString());
    }
    if (array && !out.endsWith(QLatin1String("[]")))
        out += QLatin1String("[]");
    return out.trimmed();
}

const model::EnumType *enumTypeOf(const ReviewContext &context, const model::Table &table,
                                  const model::Column &column)
{
    // The column's own table decides which schema an unqualified type resolves in; a column
    // of the schema is stored with its table.
    if (const ColumnFacts *facts = context.storedFacts(column))
        return facts->enumType;
    return computeEnumTypeOf(context, table, column,
                             context.isSqlite() ? QStringList() : typeNameParts(column.type));
}

namespace {

// checkListsValues() without its quick test.
bool checkPatternListsValues(const model::CheckConstraint &check, const QString &column)
{
    // Identifier quotes in any dialect: "status", `status`, [status].
    static const QRegularExpression quotedIdent(
        QStringLiteral("\"((?:[^\"]|\"\")+)\"|`([^`]+)`|\\[([A-Za-z_][A-Za-z0-9_ ]*)\\]"));
    QString expression = check.expression;
    if (hasQuoteCharacter(expression)) // what the pattern needs to match anything
        expression.replace(quotedIdent, QStringLiteral("\\1\\2\\3"));
    const QRegularExpression re = valueListPattern(column);
    // The column may sit inside a call: lower(status) IN (...) lists values, but
    // length(status) = 3 does not.
    static const QRegularExpression callBefore(QStringLiteral("(\\w+)\\s*\\(\\s*$"));
    static const QSet<QString> valuePreserving = {
        QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("trim"),
        QStringLiteral("btrim"), QStringLiteral("ltrim"), QStringLiteral("rtrim"),
        QStringLiteral("check"), QStringLiteral("and"),   QStringLiteral("or"),
        QStringLiteral("not"),   QStringLiteral("when"),  QStringLiteral("coalesce"),
    };
    for (auto it = re.globalMatch(expression); it.hasNext();) {
        const auto m = it.next();
        const auto call = callBefore.match(expression.left(m.capturedStart()));
        if (call.hasMatch() && !valuePreserving.contains(call.captured(1).toLower()))
            continue;
        return true;
    }
    return false;
}

// A CHECK whose quick test (below) is prepared once for all the columns of its table: its
// text without quote characters, lower-cased, when it is ASCII.
struct PreparedCheck {
    const model::CheckConstraint *check = nullptr;
    bool ascii = false;
    QString unquotedLower;
};

PreparedCheck prepareCheck(const model::CheckConstraint &check)
{
    PreparedCheck prepared{&check, isAscii(check.expression), QString()};
    if (prepared.ascii)
        prepared.unquotedLower = withoutQuoteCharacters(check.expression).toLower();
    return prepared;
}

// checkListsValues() of a prepared CHECK; LOWER is COLUMN in lower case.
bool checkListsValues(const PreparedCheck &check, const QString &column, const QString &lower)
{
    // For ASCII text, a case-insensitive substring test is a plain one in lower case.
    if (check.ascii && isAscii(column) && !hasQuoteCharacter(column) &&
        !check.unquotedLower.contains(lower))
        return false;
    return checkPatternListsValues(*check.check, column);
}

} // namespace

bool checkListsValues(const model::CheckConstraint &check, const QString &column)
{
    // Most CHECKs do not mention the column at all: say so before the replacement and the
    // pattern (this runs for every column and CHECK). Unquoting only deletes quote
    // characters, so a column name without any cannot appear after it unless it appears
    // once they are all gone. Only for ASCII text, where a case-insensitive substring test
    // is exactly what the pattern's case-insensitive literal needs.
    if (isAscii(column) && isAscii(check.expression) && !hasQuoteCharacter(column) &&
        !withoutQuoteCharacters(check.expression).contains(column, Qt::CaseInsensitive))
        return false;
    return checkPatternListsValues(check, column);
}

QList<EnumLikeColumn> enumLikeColumns(const ReviewContext &context)
{
    return context.enumLikeColumns();
}

QList<EnumLikeColumn> computeEnumLikeColumns(const ReviewContext &context)
{
    QList<EnumLikeColumn> out;
    QList<PreparedCheck> checks;
    for (const model::Table *table : context.tables()) {
        checks.clear();
        for (const model::CheckConstraint &check : table->checks)
            checks.append(prepareCheck(check));
        for (const model::Column &column : table->columns) {
            if (!column.generated.isEmpty())
                continue; // computed from other columns, never written
            const ColumnFacts &facts = context.facts(column);
            if (facts.enumType) {
                out.append({table, &column, EnumValidation::EnumType});
                continue;
            }
            bool listed = false;
            for (const PreparedCheck &check : std::as_const(checks)) {
                if (checkListsValues(check, column.name, facts.lowerName)) {
                    listed = true;
                    break;
                }
            }
            const bool text = facts.text;
            // A CHECK listing values makes any text column enum-like, whatever its name.
            if (listed && text) {
                out.append({table, &column, EnumValidation::Check});
                continue;
            }
            if (!facts.enumLikeName)
                continue;
            if (!context.isSqlite() && domainOf(context, table->schema, column.type)) {
                if (text)
                    out.append({table, &column, EnumValidation::Domain});
                continue;
            }
            if (!text)
                continue; // integer status codes and the like are another matter
            // The review file's patterns are the user's word; the built-in ones get the
            // table-aware exceptions.
            if (context.config().enumLikePatterns.isEmpty() &&
                excludedByTable(context, *table, column))
                continue;
            EnumValidation validation = EnumValidation::None;
            for (const model::ForeignKey &fk : table->foreignKeys) {
                if (fk.columns.contains(column.name)) {
                    validation = EnumValidation::ForeignKey;
                    break;
                }
            }
            out.append({table, &column, validation});
        }
    }
    return out;
}

} // namespace schemalens::review
