#include "core/review/context.h"

#include "core/review/columnfacts.h"
#include "core/review/libraries.h"
#include "core/review/pointerindex.h"
#include "core/review/rule.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <deque>
#include <thread>

namespace schemalens::review {

namespace {

// Tables migration tools keep for themselves; reviewing them is noise.
bool isMigrationToolTable(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("schema_migrations"),     QStringLiteral("ar_internal_metadata"),
        QStringLiteral("flyway_schema_history"), QStringLiteral("__diesel_schema_migrations"),
        QStringLiteral("_sqlx_migrations"),      QStringLiteral("goose_db_version"),
        QStringLiteral("_prisma_migrations"),    QStringLiteral("__drizzle_migrations"),
        QStringLiteral("gorp_migrations"),       QStringLiteral("schema_version"),
        QStringLiteral("knex_migrations"),       QStringLiteral("knex_migrations_lock"),
        QStringLiteral("django_migrations"),     QStringLiteral("alembic_version"),
        QStringLiteral("seaql_migrations"),      QStringLiteral("refinery_schema_history"),
        QStringLiteral("pgmigrations"),          QStringLiteral("schemaversion"),
        QStringLiteral("sequelizemeta"),         QStringLiteral("typeorm_migrations"),
        QStringLiteral("schema_migration"),      QStringLiteral("migrations_lock"),
    };
    return names.contains(name.toLower());
}

bool matchesGlob(const QString &glob, const model::Table &table)
{
    const auto re = QRegularExpression::fromWildcard(
        glob, Qt::CaseInsensitive, QRegularExpression::UnanchoredWildcardConversion);
    const QRegularExpression anchored(QLatin1String("^(?:") + re.pattern() + QLatin1String(")$"),
                                      QRegularExpression::CaseInsensitiveOption);
    return anchored.match(table.name).hasMatch() ||
           anchored.match(table.schema + QLatin1Char('.') + table.name).hasMatch();
}

const QStringList &defaultTenantColumns()
{
    static const QStringList columns = {
        QStringLiteral("tenant_id"),       QStringLiteral("workspace_id"),
        QStringLiteral("organization_id"), QStringLiteral("organisation_id"),
        QStringLiteral("org_id"),          QStringLiteral("team_id"),
        QStringLiteral("company_id"),      QStringLiteral("client_account_id"),
    };
    return columns;
}

// PostgreSQL: [a-z_][a-z0-9_$]*; SQLite: [A-Za-z_][A-Za-z0-9_]*. (A name ending in a
// newline is not plain: it needs quotes like any other.)
bool isPlainIdentifier(const QString &name, bool sqlite)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool lower = c >= u'a' && c <= u'z';
        const bool upper = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        const bool ok =
            lower || c == u'_' || (sqlite && upper) || (i > 0 && (digit || (!sqlite && c == u'$')));
        if (!ok)
            return false;
    }
    return true;
}

// Reserved words that cannot be bare identifiers (the common ones in both dialects).
bool isReservedWord(const QString &name)
{
    static const QSet<QString> words = {
        QStringLiteral("all"),
        QStringLiteral("analyse"),
        QStringLiteral("analyze"),
        QStringLiteral("and"),
        QStringLiteral("any"),
        QStringLiteral("array"),
        QStringLiteral("as"),
        QStringLiteral("asc"),
        QStringLiteral("both"),
        QStringLiteral("case"),
        QStringLiteral("cast"),
        QStringLiteral("check"),
        QStringLiteral("collate"),
        QStringLiteral("column"),
        QStringLiteral("constraint"),
        QStringLiteral("create"),
        QStringLiteral("current_date"),
        QStringLiteral("current_time"),
        QStringLiteral("current_timestamp"),
        QStringLiteral("current_user"),
        QStringLiteral("default"),
        QStringLiteral("deferrable"),
        QStringLiteral("desc"),
        QStringLiteral("distinct"),
        QStringLiteral("do"),
        QStringLiteral("else"),
        QStringLiteral("end"),
        QStringLiteral("except"),
        QStringLiteral("false"),
        QStringLiteral("fetch"),
        QStringLiteral("for"),
        QStringLiteral("foreign"),
        QStringLiteral("from"),
        QStringLiteral("grant"),
        QStringLiteral("group"),
        QStringLiteral("having"),
        QStringLiteral("in"),
        QStringLiteral("index"),
        QStringLiteral("initially"),
        QStringLiteral("intersect"),
        QStringLiteral("into"),
        QStringLiteral("is"),
        QStringLiteral("join"),
        QStringLiteral("key"),
        QStringLiteral("leading"),
        QStringLiteral("limit"),
        QStringLiteral("localtime"),
        QStringLiteral("not"),
        QStringLiteral("null"),
        QStringLiteral("offset"),
        QStringLiteral("on"),
        QStringLiteral("only"),
        QStringLiteral("or"),
        QStringLiteral("order"),
        QStringLiteral("placing"),
        QStringLiteral("primary"),
        QStringLiteral("references"),
        QStringLiteral("returning"),
        QStringLiteral("select"),
        QStringLiteral("session_user"),
        QStringLiteral("some"),
        QStringLiteral("table"),
        QStringLiteral("then"),
        QStringLiteral("to"),
        QStringLiteral("trailing"),
        QStringLiteral("true"),
        QStringLiteral("union"),
        QStringLiteral("unique"),
        QStringLiteral("user"),
        QStringLiteral("using"),
        QStringLiteral("values"),
        QStringLiteral("when"),
        QStringLiteral("where"),
        QStringLiteral("window"),
        QStringLiteral("with"),
    };
    // No reserved word is longer than current_timestamp: skip lower-casing longer names.
    return name.size() <= 17 && words.contains(name.toLower());
}

// True when SQL holds "--" or "/*". One pass that jumps between '-' and '/' with memchr: on a
// dump of a few megabytes without comments, two QByteArray::contains() scans cost more than
// the rest of the review context.
bool hasCommentMarker(const QByteArray &sql)
{
    const char *const begin = sql.constData();
    const char *const end = begin + sql.size();
    for (const char mark : {'-', '/'}) {
        const char follower = mark == '-' ? '-' : '*';
        for (const char *p = begin; p < end;) {
            p = static_cast<const char *>(std::memchr(p, mark, size_t(end - p)));
            if (!p || p + 1 >= end)
                break;
            if (p[1] == follower)
                return true;
            ++p;
        }
    }
    return false;
}

} // namespace

void parallelSlices(qsizetype count, const std::function<void(qsizetype, qsizetype)> &work)
{
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    if (threads == 1 || count < 64) {
        work(0, count);
        return;
    }
    std::vector<std::thread> pool;
    const qsizetype slice = (count + threads - 1) / threads;
    for (int t = 1; t < threads; ++t) {
        const qsizetype begin = std::min(count, t * slice);
        const qsizetype end = std::min(count, begin + slice);
        if (begin < end)
            pool.emplace_back([&work, begin, end] { work(begin, end); });
    }
    work(0, std::min(count, slice));
    for (std::thread &thread : pool)
        thread.join();
}

struct ReviewContext::FactStore {
    PointerIndex index; // column -> position in facts
    std::vector<ColumnFacts> facts;
    // Each table's columns are one array, and their facts are stored in its order: a lookup
    // in the table of the previous lookup (rules walk a table's columns in turn) is pointer
    // arithmetic. The index above is a cache miss into a megabyte on a large schema.
    struct ColumnRange {
        std::uintptr_t begin = 0; // address of the first column
        std::uintptr_t end = 0;   // one past the last
        qsizetype base = 0;       // position of the first column's facts
    };
    std::vector<ColumnRange> ranges;
    std::vector<qint32> rangeOf;       // position -> its range
    const std::uint64_t id = nextId++; // which store a thread's cached range belongs to
    static inline std::atomic<std::uint64_t> nextId{1};
    // Every foreign key's referenced table (null when missing), by the key's address: rules
    // ask for it a hundred thousand times in a large review.
    PointerIndex foreignKeyIndex;
    std::vector<const model::Table *> foreignKeyTargets;
    // Facts of columns outside the schema's tables, computed on demand (none in practice).
    std::mutex extraMutex;
    std::deque<ColumnFacts> extra;
    QHash<const model::Column *, const ColumnFacts *> extraIndex;
};

ReviewContext::ReviewContext(const model::Schema &schema, const load::MigrationPlan &plan,
                             const ReviewConfig &config, const DataChecker *dataChecker)
    : m_schema(schema)
    , m_plan(plan)
    , m_dialect(plan.dialect)
    , m_config(config)
    , m_dataChecker(dataChecker)
    , m_tenantColumns(config.tenantColumns.isEmpty() ? defaultTenantColumns()
                                                     : config.tenantColumns)
    , m_facts(std::make_unique<FactStore>())
{
    for (const QString &column : std::as_const(m_tenantColumns)) {
        if (m_tenantColumnsByLength.size() <= column.size())
            m_tenantColumnsByLength.resize(column.size() + 1);
        m_tenantColumnsByLength[column.size()].append(column);
    }
    for (const model::Table &table : schema.tables) {
        m_byName.insert(key(table.schema, table.name), &table);
        if (isReviewed(table))
            m_tables.append(&table);
    }
    for (const model::Table &table : schema.tables) {
        for (const model::ForeignKey &fk : table.foreignKeys) {
            m_facts->foreignKeyIndex.insert(&fk, qsizetype(m_facts->foreignKeyTargets.size()));
            m_facts->foreignKeyTargets.push_back(this->table(fk.refSchema, fk.refTable));
        }
    }
    for (const load::MigrationUnit &unit : m_plan.units) {
        if (hasCommentMarker(unit.sql)) {
            m_hasComments = true;
            break;
        }
    }
    for (const model::Table *table : std::as_const(m_tables)) {
        if (QString library = review::owningLibrary(*table); !library.isEmpty())
            m_libraries.insert(table, std::move(library));
        if (!table->comment.isEmpty())
            m_hasComments = true;
        for (const model::Column &column : table->columns) {
            if (!column.comment.isEmpty())
                m_hasComments = true;
        }
        for (const model::ForeignKey &fk : table->foreignKeys) {
            if (const model::Table *target = referencedTable(fk))
                m_incoming[target].append({table, &fk});
        }
    }
    // Column facts for every table (external stubs and partitions are referenced too), in
    // slices on a few threads: this is most of the string work rules would otherwise repeat.
    QList<std::pair<const model::Table *, const model::Column *>> columns;
    for (const model::Table &table : schema.tables) {
        if (table.columns.isEmpty())
            continue;
        const auto begin = reinterpret_cast<std::uintptr_t>(table.columns.constData());
        m_facts->ranges.push_back(
            {begin, begin + sizeof(model::Column) * std::size_t(table.columns.size()),
             columns.size()});
        for (const model::Column &column : table.columns) {
            columns.append({&table, &column});
            m_facts->rangeOf.push_back(qint32(m_facts->ranges.size() - 1));
        }
    }
    m_facts->facts.resize(size_t(columns.size()));
    m_facts->index.reserve(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i)
        m_facts->index.insert(columns.at(i).second, i);
    parallelSlices(columns.size(), [&](qsizetype begin, qsizetype end) {
        ColumnFactsMemo memo(*this);
        for (qsizetype i = begin; i < end; ++i)
            m_facts->facts[size_t(i)] = memo.compute(*columns.at(i).first, *columns.at(i).second);
    });
    m_softReferences = inferSoftReferences(*this);
    for (qsizetype i = 0; i < m_softReferences.size(); ++i)
        m_softByTable[m_softReferences.at(i).table].append(i);
}

QList<const SoftReference *> ReviewContext::softReferencesFrom(const model::Table &table) const
{
    QList<const SoftReference *> from;
    for (const qsizetype i : m_softByTable.value(&table))
        from.append(&m_softReferences.at(i));
    return from;
}

const SoftReference *ReviewContext::softReference(const model::Table &table,
                                                  const QString &column) const
{
    const auto it = m_softByTable.constFind(&table);
    if (it == m_softByTable.cend())
        return nullptr;
    for (const qsizetype i : *it) {
        if (m_softReferences.at(i).column == column)
            return &m_softReferences.at(i);
    }
    return nullptr;
}

const ColumnFacts *ReviewContext::storedFacts(const model::Column &column) const
{
    thread_local std::uint64_t cachedStore = 0;
    thread_local FactStore::ColumnRange cached;
    const auto address = reinterpret_cast<std::uintptr_t>(&column);
    if (cachedStore == m_facts->id && address >= cached.begin && address < cached.end)
        return &m_facts
                    ->facts[size_t(cached.base) + (address - cached.begin) / sizeof(model::Column)];
    const qsizetype position = m_facts->index.find(&column);
    if (position < 0)
        return nullptr;
    cached = m_facts->ranges[size_t(m_facts->rangeOf[size_t(position)])];
    cachedStore = m_facts->id;
    return &m_facts->facts[size_t(position)];
}

const ColumnFacts &ReviewContext::facts(const model::Column &column) const
{
    if (const ColumnFacts *stored = storedFacts(column))
        return *stored;
    // Not a column of the schema's tables (a caller's own): computed without its table.
    const std::lock_guard lock(m_facts->extraMutex);
    if (const ColumnFacts *known = m_facts->extraIndex.value(&column))
        return *known;
    static const model::Table noTable;
    m_facts->extra.push_back(computeColumnFacts(*this, noTable, column));
    m_facts->extraIndex.insert(&column, &m_facts->extra.back());
    return m_facts->extra.back();
}

ReviewContext::~ReviewContext() = default;

const QList<EnumLikeColumn> &ReviewContext::enumLikeColumns() const
{
    std::call_once(m_enumLikeOnce, [this] {
        m_enumLike = std::make_unique<const QList<EnumLikeColumn>>(computeEnumLikeColumns(*this));
    });
    return *m_enumLike;
}

bool ReviewContext::hasMigrationHistory() const
{
    static const QSet<QString> snapshotLayouts = {QStringLiteral("dump"),
                                                  QStringLiteral("rails-structure")};
    return m_plan.isFolder && !snapshotLayouts.contains(m_plan.layout) && m_plan.units.size() > 1;
}

QString ReviewContext::key(const QString &schema, const QString &name)
{
    return schema + QLatin1Char('.') + name;
}

const model::Table *ReviewContext::table(const QString &schema, const QString &name) const
{
    // Rules look tables up by the hundred thousand: the key is built in a buffer each thread
    // keeps, not in a new string per call.
    thread_local QString buffer;
    buffer.resize(0);
    buffer.reserve(schema.size() + 1 + name.size());
    buffer.append(schema).append(QLatin1Char('.')).append(name);
    return m_byName.value(buffer, nullptr);
}

const model::Table *ReviewContext::referencedTable(const model::ForeignKey &fk) const
{
    const qsizetype position = m_facts->foreignKeyIndex.find(&fk);
    return position >= 0 ? m_facts->foreignKeyTargets[size_t(position)]
                         : table(fk.refSchema, fk.refTable); // a caller's own key
}

bool ReviewContext::isBookkeeping(const model::Table &table) const
{
    return isMigrationToolTable(table.name) || table.schema == QLatin1String("sqitch");
}

bool ReviewContext::isReviewed(const model::Table &table) const
{
    if (table.external || table.isPartition() || isBookkeeping(table) ||
        table.persistence == model::Table::Persistence::Temporary)
        return false;
    for (const QString &glob : m_config.ignoreTables) {
        if (matchesGlob(glob, table))
            return false;
    }
    return true;
}

QList<IncomingForeignKey> ReviewContext::incoming(const model::Table &table) const
{
    return m_incoming.value(&table);
}

namespace {

// True when a column named NAME marks rows as deleted or archived (deleted_at, isDeleted,
// archived, discarded_at, "removedAt"): a live-rows filter tests it.
bool isSoftDeleteFlag(const QString &name)
{
    static const QRegularExpression flag(
        QStringLiteral("(^|_|[a-z])(deleted|archived|removed|discarded|trashed|Deleted|Archived|"
                       "Removed|Discarded|Trashed)(_?at|At|_on|On)?$"));
    return flag.match(name).hasMatch();
}

// Removes one level of enclosing parentheses around the whole of TEXT, repeatedly.
QString unwrapped(QString text)
{
    text = text.trimmed();
    while (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        int depth = 0;
        bool whole = true;
        for (qsizetype i = 0; i < text.size() && whole; ++i) {
            if (text.at(i) == QLatin1Char('('))
                ++depth;
            else if (text.at(i) == QLatin1Char(')') && --depth == 0 && i + 1 < text.size())
                whole = false;
        }
        if (!whole)
            break;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

} // namespace

bool ReviewContext::isCoveredByIndex(const model::Table &table, const QStringList &columns) const
{
    if (columns.isEmpty())
        return true;
    // The leading columns, as a set, equal the wanted ones. Keys are a few columns long, so
    // two containment passes beat building sets (this runs for every FK, several times).
    const qsizetype n = columns.size();
    auto leadingMatch = [&](const QStringList &keyColumns) {
        if (keyColumns.size() < n)
            return false;
        const auto leadingBegin = keyColumns.cbegin();
        const auto leadingEnd = leadingBegin + n;
        for (auto it = leadingBegin; it != leadingEnd; ++it) {
            if (!columns.contains(*it))
                return false;
        }
        for (const QString &column : columns) {
            if (std::find(leadingBegin, leadingEnd, column) == leadingEnd)
                return false;
        }
        return true;
    };
    if (table.primaryKey && leadingMatch(table.primaryKey->columns))
        return true;
    for (const model::KeyConstraint &unique : table.uniques) {
        if (leadingMatch(unique.columns))
            return true;
    }
    for (const model::Index &index : table.indexes) {
        if (!index.predicate.isEmpty() && !servesForeignKeyLookups(index.predicate, columns))
            continue;
        if (!isSqlite() && index.method != QLatin1String("btree") &&
            !(index.method == QLatin1String("hash") && columns.size() == 1))
            continue;
        QStringList keyColumns;
        for (const model::IndexElement &element : index.elements) {
            if (!element.column.isEmpty()) {
                keyColumns.append(element.column);
                continue;
            }
            // An expression that is only a column, ((user_id)), is that column to the
            // planner; any other expression (lower(email), col::text) serves no `col = $1`
            // lookup and ends the usable prefix.
            QString bare = unwrapped(element.expression);
            if (bare.size() > 2 && bare.startsWith(QLatin1Char('"')) &&
                bare.endsWith(QLatin1Char('"')))
                bare = bare.mid(1, bare.size() - 2);
            if (bare.isEmpty() || !table.column(bare))
                break;
            keyColumns.append(bare);
        }
        if (leadingMatch(keyColumns))
            return true;
    }
    return false;
}

// A partial index serves the lookups of a foreign key (the child rows of one parent:
// `col = $1`) when the planner can use it for them. Decided here:
// - a predicate the lookup implies: `col IS NOT NULL` on the key's columns (an equality is
//   never true for NULL, and PostgreSQL's predicate prover knows it) serves every lookup,
//   the delete check of the parent included;
// - a live-rows filter (`deleted_at IS NULL`, `NOT archived`, `is_deleted = false`) serves
//   the lookups the application makes, which ask for live rows. The delete check of a
//   parent cannot use it, but in a schema that deletes softly parents are rarely deleted
//   for real, and a reviewer would not ask for a second, full index next to this one.
// Any other predicate (a status, a time window) leaves the key without a usable index.
bool ReviewContext::servesForeignKeyLookups(const QString &predicate, const QStringList &columns)
{
    static const QRegularExpression andWord(QStringLiteral("\\s+AND\\s+"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression isNull(
        QStringLiteral("^[\"`\\[]?([A-Za-z_][A-Za-z0-9_]*)[\"`\\]]?\\s+IS\\s+(NOT\\s+)?NULL$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notFlag(
        QStringLiteral("^NOT\\s+\\(?[\"`\\[]?([A-Za-z_][A-Za-z0-9_]*)[\"`\\]]?\\)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression isFalse(
        QStringLiteral("^[\"`\\[]?([A-Za-z_][A-Za-z0-9_]*)[\"`\\]]?\\s*(=|IS)\\s*(false|0|'f')$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = unwrapped(predicate);
    if (text.isEmpty() || text.contains(QLatin1String(" OR "), Qt::CaseInsensitive))
        return false;
    for (const QString &part : text.split(andWord)) {
        const QString term = unwrapped(part);
        if (const auto m = isNull.match(term); m.hasMatch()) {
            const QString column = m.captured(1);
            const bool notNull = !m.captured(2).isEmpty();
            if (notNull ? columns.contains(column, Qt::CaseInsensitive) : isSoftDeleteFlag(column))
                continue;
            return false;
        }
        const auto flag = notFlag.match(term);
        const auto falseFlag = flag.hasMatch() ? flag : isFalse.match(term);
        if (falseFlag.hasMatch() && isSoftDeleteFlag(falseFlag.captured(1)))
            continue;
        return false;
    }
    return true;
}

double ReviewContext::threshold(const QString &rule, const QString &key) const
{
    const auto configured = m_config.thresholds.constFind(rule);
    if (configured != m_config.thresholds.cend() && configured->contains(key)) {
        // Thresholds are counts and shares that rules compare as ints: a billion already
        // means "never", and a larger number in a review file (3e90, found by fuzzing) would
        // not fit an int.
        return std::min(configured->value(key), kLargestThreshold);
    }
    if (const Rule *r = findRule(rule))
        return r->info.thresholds.value(key);
    return 0;
}

const QStringList &ReviewContext::tenantColumns() const
{
    return m_tenantColumns;
}

bool ReviewContext::isTenantColumn(const QString &column) const
{
    // Strings of different lengths never compare equal, even without case (asked for every
    // column by several rules): only the tenant names of the same length are compared.
    if (column.size() >= m_tenantColumnsByLength.size())
        return false;
    const QStringList &sameLength = m_tenantColumnsByLength.at(column.size());
    return std::any_of(sameLength.cbegin(), sameLength.cend(), [&](const QString &tenant) {
        return tenant.compare(column, Qt::CaseInsensitive) == 0;
    });
}

QString ReviewContext::quote(const QString &identifier) const
{
    if (isPlainIdentifier(identifier, isSqlite()) && !isReservedWord(identifier))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString ReviewContext::qualifiedName(const QString &schema, const QString &name) const
{
    if (schema.isEmpty() || schema == QLatin1String("public") ||
        (isSqlite() && schema == QLatin1String("main")))
        return quote(name);
    return quote(schema) + QLatin1Char('.') + quote(name);
}

QString ReviewContext::qualified(const model::Table &table) const
{
    return qualifiedName(table.schema, table.name);
}

bool ReviewContext::targetsPostgres() const
{
    return isSqlite() && m_config.targetDialect == load::Dialect::PostgreSQL;
}

QString ReviewContext::owningLibrary(const model::Table &table) const
{
    return m_libraries.value(&table);
}

namespace {

// The comment text of LINE when it is only a comment ("-- x", "/* x */", " * x"), else
// nullopt. Tool markers that every statement carries (Drizzle's "--> statement-breakpoint",
// dbmate/goose section markers) are not comments about anything.
std::optional<QString> commentLine(const QString &line)
{
    const QString t = line.trimmed();
    if (t.startsWith(QLatin1String("-->")) || t.startsWith(QLatin1String("-- +goose")) ||
        t.startsWith(QLatin1String("-- migrate:")))
        return QString();
    if (t.startsWith(QLatin1String("--")))
        return t.mid(2).trimmed();
    if (t.startsWith(QLatin1String("/*")) || t.startsWith(QLatin1Char('*')) ||
        t.endsWith(QLatin1String("*/"))) {
        QString text = t;
        text.remove(QLatin1String("/*")).remove(QLatin1String("*/"));
        if (text.startsWith(QLatin1Char('*')))
            text.remove(0, 1);
        return text.trimmed();
    }
    return std::nullopt;
}

// The trailing "-- comment" of a line of code, outside string literals.
QString trailingComment(const QString &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('-') && line.at(i + 1) == QLatin1Char('-'))
            return line.mid(i + 2).trimmed();
    }
    return {};
}

} // namespace

QString ReviewContext::SourceLines::line(qsizetype i) const
{
    const qsizetype start = lineStarts.at(i);
    const qsizetype end = i + 1 < lineStarts.size() ? lineStarts.at(i + 1) - 1 : sql.size();
    return QString::fromUtf8(sql.constData() + start, end - start);
}

QString ReviewContext::commentsAt(const model::Origin &origin, bool statement) const
{
    if (!m_hasComments || origin.file.isEmpty() || origin.line <= 0)
        return {};
    SourceLines source;
    {
        const std::lock_guard lock(m_linesMutex);
        auto it = m_lines.find(origin.file);
        if (it == m_lines.end()) {
            // One pass over the bytes: where lines start, and which hold a comment marker.
            SourceLines split;
            for (const load::MigrationUnit &unit : m_plan.units) {
                if (unit.path == origin.file) {
                    split.sql = unit.sql;
                    break;
                }
            }
            const char *data = split.sql.constData();
            const qsizetype n = split.sql.size();
            split.lineStarts.append(0);
            bool marked = false;
            for (qsizetype i = 0; i < n; ++i) {
                const char c = data[i];
                if (c == '\n') {
                    if (marked)
                        split.markers.append(split.lineStarts.size() - 1);
                    marked = false;
                    split.lineStarts.append(i + 1);
                } else if (i + 1 < n &&
                           ((c == '-' && data[i + 1] == '-') || (c == '/' && data[i + 1] == '*') ||
                            (c == '*' && data[i + 1] == '/'))) {
                    marked = true;
                }
            }
            if (marked)
                split.markers.append(split.lineStarts.size() - 1);
            it = m_lines.insert(origin.file, split);
        }
        source = *it; // implicitly shared: no copy of the text
    }
    const qsizetype at = origin.line - 1;
    if (at >= source.lineStarts.size())
        return {};
    // No comment marker on the line or in the lines above it that the scan below reads (40 of
    // the statement, 40 of comments): nothing to read.
    const qsizetype window = statement ? 81 : 41;
    const auto marker =
        std::lower_bound(source.markers.cbegin(), source.markers.cend(), at - window);
    if (marker == source.markers.cend() || *marker > at)
        return {};
    auto lineAt = [&](qsizetype i) { return source.line(i); };
    QStringList found;
    if (const QString trailing = trailingComment(lineAt(at)); !trailing.isEmpty())
        found.append(trailing);
    qsizetype i = at - 1;
    // A statement's comments sit above its first line: skip the code lines of the same
    // statement (lines that do not end one) before looking for them.
    if (statement) {
        for (int steps = 0; i >= 0 && steps < 40; --i, ++steps) {
            const QString text = lineAt(i);
            const QString t = text.trimmed();
            if (t.isEmpty() || t.endsWith(QLatin1Char(';')) || commentLine(text))
                break;
        }
    }
    // The block of comment lines right above.
    for (int steps = 0; i >= 0 && steps < 40; --i, ++steps) {
        const std::optional<QString> comment = commentLine(lineAt(i));
        if (!comment)
            break;
        if (!comment->isEmpty())
            found.prepend(*comment);
    }
    return found.join(QLatin1Char(' '));
}

} // namespace schemalens::review
