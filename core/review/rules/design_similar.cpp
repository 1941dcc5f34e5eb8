// similar-tables (design family): tables that hold the same kind of thing under different
// names: near-copies by their columns, families that differ only in what they point at
// (plugin_hooks, plugin_routes), and look-alikes keeping the same personal fields
// (customers, leads).

#include "core/review/columnfacts.h"
#include "core/review/context.h"
#include "core/review/rules/design_common.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace schemalens::review::design {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// ---------------------------------------------------------------------------------------
// similar-tables

// Columns every table tends to have: they say nothing about what a table holds.
bool isTrivialColumn(const ReviewContext &context, const model::Column &column)
{
    static const QSet<QString> trivial = {
        QStringLiteral("id"),          QStringLiteral("uuid"),       QStringLiteral("created_at"),
        QStringLiteral("updated_at"),  QStringLiteral("deleted_at"), QStringLiteral("createdat"),
        QStringLiteral("updatedat"),   QStringLiteral("deletedat"),  QStringLiteral("created"),
        QStringLiteral("updated"),     QStringLiteral("modified"),   QStringLiteral("modified_at"),
        QStringLiteral("created_by"),  QStringLiteral("updated_by"), QStringLiteral("createdby"),
        QStringLiteral("updatedby"),   QStringLiteral("version"),    QStringLiteral("lock_version"),
        QStringLiteral("inserted_at"), QStringLiteral("nid"),
    };
    const ColumnFacts &facts = context.facts(column);
    return trivial.contains(facts.lowerName) || facts.tenant;
}

// Copies kept on purpose: archives and history, and date- or number-suffixed manual
// partitions (events_2023_01, shard_3).
QString familyStem(const QString &name)
{
    static const QRegularExpression suffix(
        QStringLiteral("(_(archive|archived|history|histories|log|logs|audit|audits|old|backup|"
                       "bak|copy|tmp|temp|staging|deleted|snapshot|snapshots|versions|revisions|"
                       "new|legacy|v\\d+)|_?\\d+([_-]\\d+)*|_?[a-z]?\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString stem = name.toLower();
    // Every alternative ends in a digit or in one of the words after '_': without either the
    // expression cannot match (most names), and the regular expression is not run.
    static const QStringList words = {
        QStringLiteral("_archive"),   QStringLiteral("_archived"),  QStringLiteral("_history"),
        QStringLiteral("_histories"), QStringLiteral("_log"),       QStringLiteral("_logs"),
        QStringLiteral("_audit"),     QStringLiteral("_audits"),    QStringLiteral("_old"),
        QStringLiteral("_backup"),    QStringLiteral("_bak"),       QStringLiteral("_copy"),
        QStringLiteral("_tmp"),       QStringLiteral("_temp"),      QStringLiteral("_staging"),
        QStringLiteral("_deleted"),   QStringLiteral("_snapshot"),  QStringLiteral("_snapshots"),
        QStringLiteral("_versions"),  QStringLiteral("_revisions"), QStringLiteral("_new"),
        QStringLiteral("_legacy"),
    };
    if (stem.isEmpty() || (!stem.back().isDigit() &&
                           std::none_of(words.cbegin(), words.cend(),
                                        [&](const QString &word) { return stem.endsWith(word); })))
        return stem;
    QString previous;
    while (previous != stem) {
        previous = stem;
        stem.remove(suffix);
    }
    return stem;
}

// A table whose name says it is a copy or log of another: v1_events_olap,
// artist_commentary_versions, current_relation_members, changelog.
bool isDeliberateCopy(const QString &name)
{
    static const QSet<QString> markers = {
        QStringLiteral("archive"),   QStringLiteral("archived"), QStringLiteral("history"),
        QStringLiteral("histories"), QStringLiteral("log"),      QStringLiteral("logs"),
        QStringLiteral("changelog"), QStringLiteral("audit"),    QStringLiteral("snapshot"),
        QStringLiteral("snapshots"), QStringLiteral("version"),  QStringLiteral("versions"),
        QStringLiteral("revisions"), QStringLiteral("backup"),   QStringLiteral("olap"),
        QStringLiteral("staging"),   QStringLiteral("tmp"),      QStringLiteral("temp"),
        QStringLiteral("old"),       QStringLiteral("legacy"),   QStringLiteral("deleted"),
        QStringLiteral("current"),   QStringLiteral("shadow"),   QStringLiteral("mirror"),
    };
    // The words of the name, lower case: split at camelCase humps and at anything but
    // ASCII lower-case letters and digits.
    QString word;
    auto isMarker = [&] { return !word.isEmpty() && markers.contains(word); };
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper() && name.at(i - 1).isLower()) {
            if (isMarker())
                return true;
            word.clear();
        }
        const QChar c = name.at(i).toLower();
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            word += c;
        } else {
            if (isMarker())
                return true;
            word.clear();
        }
    }
    return isMarker();
}

// "plugin_hooks" -> {"plugin", "hook"}: the family prefix and the member's own word, or
// empty when the name has no prefix.
std::pair<QString, QString> familyParts(const QString &table)
{
    const QStringList tokens = nameTokens(table);
    if (tokens.size() < 2)
        return {};
    QString own = tokens.last();
    if (own.endsWith(QLatin1String("ies")))
        own = own.chopped(3) + QLatin1Char('y');
    else if (own.endsWith(QLatin1Char('s')) && !own.endsWith(QLatin1String("ss")))
        own.chop(1);
    return {tokens.mid(0, tokens.size() - 1).join(QLatin1Char('_')), own};
}

Finding groupFinding(const QList<const model::Table *> &members, const QString &message,
                     const QString &fix)
{
    QStringList qualified;
    const model::Table *earliest = nullptr;
    for (const model::Table *t : members) {
        qualified.append(ReviewContext::key(t->schema, t->name));
        if (!earliest || t->name < earliest->name)
            earliest = t;
    }
    qualified.sort();
    Finding f;
    f.object.kind = ObjectRef::Kind::Table;
    f.object.schema = earliest->schema;
    f.object.table = earliest->name;
    f.object.tables = qualified;
    f.message = message;
    f.fix = fix;
    f.location = earliest->origin;
    return f;
}

// Tables of one family that differ only in what they point at: plugin_hooks, plugin_routes
// and plugin_settings, each (id, plugin_id, <own>_id, config, enabled, created_at). The
// member's own reference (hook_id in plugin_hooks) is compared as one role, and the members
// must share at least two columns that are neither keys nor references (config, enabled):
// join tables (user_roles, user_groups) share only references and are no merge candidates.
void tableFamilies(const ReviewContext &context, const QSet<const model::Table *> &grouped,
                   Findings &out)
{
    struct Member {
        const model::Table *table;
        QStringList shape;   // sorted "name type" of the columns, the own reference as a role
        QStringList payload; // the shared non-key, non-reference columns
        QString ownColumn;
    };
    QMap<QString, QList<Member>> byPrefix;
    for (const model::Table *table : context.tables()) {
        if (grouped.contains(table))
            continue;
        const auto [prefix, own] = familyParts(table->name);
        if (prefix.isEmpty())
            continue;
        // The member's own reference first: most tables have none, and are done.
        const QString ownName = own + QLatin1String("_id");
        if (std::none_of(
                table->columns.cbegin(), table->columns.cend(),
                [&](const model::Column &c) { return context.facts(c).snake == ownName; }) ||
            !context.owningLibrary(*table).isEmpty() || isDeliberateCopy(table->name))
            continue;
        Member m{table, {}, {}, {}};
        for (const model::Column &c : table->columns) {
            const ColumnFacts &facts = context.facts(c);
            if (isTrivialColumn(context, c))
                continue;
            if (facts.snake == ownName) {
                m.ownColumn = c.name;
                m.shape.append(QStringLiteral("#own ") + c.type.toLower());
                continue;
            }
            m.shape.append(facts.lowerName + QLatin1Char(' ') + c.type.toLower());
            const bool reference =
                !facts.tokens.isEmpty() && (facts.tokens.last() == QLatin1String("id") ||
                                            facts.tokens.last() == QLatin1String("ids"));
            if (!reference)
                m.payload.append(facts.lowerName);
        }
        if (m.ownColumn.isEmpty() || m.payload.size() < 2)
            continue;
        m.shape.sort();
        byPrefix[prefix].append(m);
    }
    for (auto it = byPrefix.cbegin(); it != byPrefix.cend(); ++it) {
        QMap<QStringList, QList<Member>> byShape;
        for (const Member &m : it.value())
            byShape[m.shape].append(m);
        for (const QList<Member> &members : std::as_const(byShape)) {
            if (members.size() < 2)
                continue;
            QList<const model::Table *> tables;
            QStringList names;
            QStringList own;
            for (const Member &m : members) {
                tables.append(m.table);
                names.append(m.table->name);
                own.append(m.ownColumn);
            }
            QStringList common;
            for (const QString &s : members.first().shape) {
                if (!s.startsWith(QLatin1Char('#')))
                    common.append(s.section(QLatin1Char(' '), 0, 0));
            }
            Finding f = groupFinding(
                tables,
                Tr::tr("%1 are one family with the same columns (%2), each with a reference of "
                       "its own (%3): merge candidates")
                    .arg(names.join(QStringLiteral(", ")), common.join(QStringLiteral(", ")),
                         own.join(QStringLiteral(", "))),
                Tr::tr("If they are handled alike, one %1 table with a kind column (CHECK kind IN "
                       "(…)) and the target's id replaces them, at the cost of the per-kind "
                       "foreign keys; keep them apart if each kind needs its own constraints.")
                    .arg(it.key() + QLatin1String("_bindings")));
            f.confidence = Confidence::Medium;
            out.append(std::move(f));
        }
    }
}

// Two tables keeping the same personal data (first_name, last_name, email, phone, company…):
// customers and leads, users and contacts. The same person then lives in both, and edits to
// one never reach the other. Tables linked by a foreign key or soft reference are left out
// (one extends or records the other).
void lookAlikes(const ReviewContext &context, const QSet<const model::Table *> &grouped,
                Findings &out)
{
    static const QSet<QString> personal = {
        QStringLiteral("first_name"),    QStringLiteral("last_name"),
        QStringLiteral("full_name"),     QStringLiteral("name"),
        QStringLiteral("email"),         QStringLiteral("phone"),
        QStringLiteral("phone_number"),  QStringLiteral("mobile"),
        QStringLiteral("company"),       QStringLiteral("company_name"),
        QStringLiteral("job_title"),     QStringLiteral("title"),
        QStringLiteral("address"),       QStringLiteral("city"),
        QStringLiteral("country"),       QStringLiteral("postal_code"),
        QStringLiteral("zip"),           QStringLiteral("linkedin_url"),
        QStringLiteral("website"),       QStringLiteral("birth_date"),
        QStringLiteral("date_of_birth"),
    };
    struct Person {
        const model::Table *table;
        QSet<QString> columns;  // "name type" of every non-trivial column
        QSet<QString> personal; // "name type" of the personal ones
    };
    QList<Person> people;
    for (const model::Table *table : context.tables()) {
        if (grouped.contains(table))
            continue;
        // Four personal fields at least, counted before any string is built.
        const auto personalCount = std::count_if(
            table->columns.cbegin(), table->columns.cend(),
            [&](const model::Column &c) { return personal.contains(context.facts(c).snake); });
        if (personalCount < 4 || !context.owningLibrary(*table).isEmpty() ||
            isDeliberateCopy(table->name))
            continue;
        Person p{table, {}, {}};
        for (const model::Column &c : table->columns) {
            if (isTrivialColumn(context, c))
                continue;
            const QString key = context.facts(c).snake + QLatin1Char(' ') + c.type.toLower();
            p.columns.insert(key);
            if (personal.contains(context.facts(c).snake))
                p.personal.insert(key);
        }
        if (p.personal.size() >= 4)
            people.append(p);
    }
    auto linked = [&](const model::Table *a, const model::Table *b) {
        for (const model::ForeignKey &fk : a->foreignKeys) {
            if (context.referencedTable(fk) == b)
                return true;
        }
        for (const model::ForeignKey &fk : b->foreignKeys) {
            if (context.referencedTable(fk) == a)
                return true;
        }
        for (const SoftReference *ref : context.softReferencesFrom(*a)) {
            if (ref->target == b)
                return true;
        }
        for (const SoftReference *ref : context.softReferencesFrom(*b)) {
            if (ref->target == a)
                return true;
        }
        return false;
    };
    const double minSimilarity = 0.6;
    for (qsizetype i = 0; i < people.size(); ++i) {
        for (qsizetype j = i + 1; j < people.size(); ++j) {
            const Person &a = people.at(i);
            const Person &b = people.at(j);
            if (familyStem(a.table->name) == familyStem(b.table->name))
                continue;
            QSet<QString> sharedPersonal = a.personal;
            sharedPersonal.intersect(b.personal);
            if (sharedPersonal.size() < 4)
                continue;
            QSet<QString> shared = a.columns;
            shared.intersect(b.columns);
            QSet<QString> all = a.columns;
            all.unite(b.columns);
            if (double(shared.size()) / double(all.size()) < minSimilarity ||
                linked(a.table, b.table))
                continue;
            QStringList fields;
            for (const QString &key : std::as_const(sharedPersonal))
                fields.append(key.section(QLatin1Char(' '), 0, 0));
            fields.sort();
            Finding f = groupFinding(
                {a.table, b.table},
                Tr::tr("%1 and %2 keep the same personal fields (%3): one person can be in both, "
                       "and edits to one never reach the other")
                    .arg(a.table->name, b.table->name, fields.join(QStringLiteral(", "))),
                Tr::tr("Keep people in one table (contacts, with a stage or role column for what "
                       "tells %1 and %2 apart) and point both at it, or record the conversion "
                       "from one to the other with a foreign key.")
                    .arg(a.table->name, b.table->name));
            f.confidence = Confidence::Medium;
            out.append(std::move(f));
        }
    }
}

} // namespace

void similarTables(const ReviewContext &context, Findings &out)
{
    const int minColumns =
        int(context.threshold(QStringLiteral("similar-tables"), QStringLiteral("minColumns")));
    const double minSimilarity =
        context.threshold(QStringLiteral("similar-tables"), QStringLiteral("minSimilarity"));
    // A column is its (lower-case name, lower-case type) pair, interned as an id; a table has
    // one type per name (the last written, as a map keeps it).
    struct Shape {
        const model::Table *table;
        QList<int> columns; // column ids, one per distinct name, in column order
    };
    QHash<QString, int> nameIds;
    QStringList lowerNames;        // name id -> lower-case name
    QHash<QString, int> typeIds;   // lower-case type -> id
    QHash<quint64, int> columnIds; // (name id, type id) -> column id
    QList<int> columnName;         // column id -> name id
    QList<Shape> shapes;
    QList<std::pair<int, int>> pairs; // one table's (name id, type id)
    auto intern = [](QHash<QString, int> &ids, const QString &text) {
        const auto it = ids.constFind(text);
        return it != ids.cend() ? *it : *ids.insert(text, int(ids.size()));
    };
    for (const model::Table *table : context.tables()) {
        // A library's tables look alike by the library's design (job queues, their archives).
        if (!context.owningLibrary(*table).isEmpty())
            continue;
        pairs.clear();
        for (const model::Column &c : table->columns) {
            if (isTrivialColumn(context, c))
                continue;
            const QString &lowerName = context.facts(c).lowerName;
            const int name = intern(nameIds, lowerName);
            if (name == lowerNames.size())
                lowerNames.append(lowerName);
            const int type = intern(typeIds, c.type.toLower());
            const auto same = std::find_if(pairs.begin(), pairs.end(),
                                           [&](const auto &pair) { return pair.first == name; });
            if (same != pairs.end())
                same->second = type;
            else
                pairs.append({name, type});
        }
        if (pairs.size() < minColumns)
            continue;
        Shape shape{table, {}};
        shape.columns.reserve(pairs.size());
        for (const auto &[name, type] : std::as_const(pairs)) {
            const quint64 key = (quint64(quint32(name)) << 32) | quint32(type);
            auto id = columnIds.constFind(key);
            if (id == columnIds.cend()) {
                id = columnIds.insert(key, int(columnIds.size()));
                columnName.append(name);
            }
            shape.columns.append(*id);
        }
        shapes.append(shape);
    }
    // Union-find over similar pairs, so three near-copies make one finding.
    QList<int> parent(shapes.size());
    for (int i = 0; i < shapes.size(); ++i)
        parent[i] = i;
    std::function<int(int)> root = [&](int i) {
        return parent[i] == i ? i : parent[i] = root(parent[i]);
    };
    // Comparing every pair is quadratic (seconds for 2,000 tables), so pairs are found
    // through their columns. A column is its (name, type) pair; the similarity is the Jaccard
    // index of two tables' columns. Each table's columns are ordered rarest first; two
    // tables sharing at least K columns share one among the first size - K + 1 of each
    // (prefix filtering), so only tables meeting in those prefixes are compared. K is the
    // least overlap that can pass: minColumns, and minSimilarity * size (the union is at
    // least as big as either table). Pairs are then tried in the same order as before, so
    // the groups (and their order) are the same.
    struct Prepared {
        QList<int> columns; // column ids, rarest first
        QList<int> sorted;  // the same, ascending: for counting shared columns by merging
        int stem = -1;      // id of the family stem: tables of one family are never grouped
        bool skip = false;  // a deliberate copy: never grouped
    };
    QHash<QString, int> stemIds;
    QList<int> frequency(columnIds.size(), 0);
    QList<Prepared> prepared(shapes.size());
    for (int i = 0; i < shapes.size(); ++i) {
        const Shape &shape = shapes.at(i);
        Prepared &p = prepared[i];
        // QHash::emplace() replaces an existing value: look the stem up first, or two tables
        // of one stem get different ids (events and events_v2 became merge candidates).
        const QString stem = familyStem(shape.table->name);
        auto stemId = stemIds.constFind(stem);
        if (stemId == stemIds.cend())
            stemId = stemIds.insert(stem, int(stemIds.size()));
        p.stem = *stemId;
        p.skip = isDeliberateCopy(shape.table->name);
        for (const int id : shape.columns)
            ++frequency[id];
        p.columns = shape.columns;
    }
    auto rarer = [&](int a, int b) {
        return frequency.at(a) != frequency.at(b) ? frequency.at(a) < frequency.at(b) : a < b;
    };
    // Without a positive minimum, tables sharing nothing can pass: compare every pair.
    const bool everyPair = minColumns <= 0 && minSimilarity <= 0;
    QHash<int, QList<int>> byPrefixColumn; // column id -> shapes with it in their prefix
    for (int i = 0; i < shapes.size(); ++i) {
        Prepared &p = prepared[i];
        p.sorted = p.columns;
        std::sort(p.sorted.begin(), p.sorted.end());
        std::sort(p.columns.begin(), p.columns.end(), rarer);
        if (p.skip || everyPair)
            continue;
        const qsizetype size = p.columns.size();
        // Conservative by a hair so that rounding never drops a pair the test would keep.
        const double bySimilarity = std::floor(minSimilarity * double(size) - 1e-9);
        const qsizetype least = std::max<qsizetype>(
            {1, qsizetype(minColumns), qsizetype(std::clamp(bySimilarity, 0.0, double(size)))});
        const qsizetype prefix = std::clamp<qsizetype>(size - least + 1, 0, size);
        for (qsizetype k = 0; k < prefix; ++k)
            byPrefixColumn[p.columns.at(k)].append(i);
    }
    // Tables of one family (the same name in two schemas: per-tenant or per-version schema
    // copies; the same stem: archives and numbered copies) are never similar, whatever their
    // columns: candidates leave them out before anything is counted.
    auto similar = [&](int i, int j) {
        const Shape &a = shapes.at(i);
        const Shape &b = shapes.at(j);
        // Similarity can be no more than the smaller size over the larger: skip the count
        // (with a margin far above rounding error) when even that is too little.
        const double small = double(std::min(a.columns.size(), b.columns.size()));
        const double large = double(std::max(a.columns.size(), b.columns.size()));
        if (minSimilarity > 0 && small + 1e-6 < minSimilarity * large)
            return false;
        // Shared (name, type) pairs: the ids are equal exactly when both are.
        const QList<int> &x = prepared.at(i).sorted;
        const QList<int> &y = prepared.at(j).sorted;
        int shared = 0;
        for (qsizetype u = 0, v = 0; u < x.size() && v < y.size();) {
            if (x.at(u) < y.at(v)) {
                ++u;
            } else if (y.at(v) < x.at(u)) {
                ++v;
            } else {
                ++shared;
                ++u;
                ++v;
            }
        }
        const int all = int(a.columns.size() + b.columns.size()) - shared;
        return shared >= minColumns && double(shared) / all >= minSimilarity;
    };
    QList<int> candidates;
    QList<int> seen(shapes.size(), -1);
    for (int i = 0; i < shapes.size(); ++i) {
        if (prepared.at(i).skip)
            continue;
        candidates.clear();
        const int stem = prepared.at(i).stem;
        if (everyPair) {
            for (int j = i + 1; j < shapes.size(); ++j) {
                if (prepared.at(j).stem != stem)
                    candidates.append(j);
            }
        } else {
            const Prepared &p = prepared.at(i);
            const qsizetype size = p.columns.size();
            const double bySimilarity = std::floor(minSimilarity * double(size) - 1e-9);
            const qsizetype least = std::max<qsizetype>(
                {1, qsizetype(minColumns), qsizetype(std::clamp(bySimilarity, 0.0, double(size)))});
            const qsizetype prefix = std::clamp<qsizetype>(size - least + 1, 0, size);
            for (qsizetype k = 0; k < prefix; ++k) {
                // Each list is ascending (filled in table order): start after I.
                const QList<int> list = byPrefixColumn.value(p.columns.at(k));
                for (auto it = std::upper_bound(list.cbegin(), list.cend(), i); it != list.cend();
                     ++it) {
                    const int j = *it;
                    if (seen.at(j) != i && prepared.at(j).stem != stem) {
                        seen[j] = i;
                        candidates.append(j);
                    }
                }
            }
            std::sort(candidates.begin(), candidates.end());
        }
        for (int j : std::as_const(candidates)) {
            if (prepared.at(j).skip || root(i) == root(j))
                continue; // already grouped: the union would change nothing
            if (similar(i, j))
                parent[root(j)] = root(i);
        }
    }
    QMap<int, QList<int>> groups;
    for (int i = 0; i < shapes.size(); ++i)
        groups[root(i)].append(i);
    QSet<const model::Table *> grouped;
    for (const QList<int> &group : std::as_const(groups)) {
        if (group.size() < 2)
            continue;
        for (int i : group)
            grouped.insert(shapes.at(i).table);
        QStringList names;
        QStringList qualified;
        QSet<QString> common;
        bool first = true;
        const model::Table *earliest = nullptr;
        for (int i : group) {
            const Shape &s = shapes.at(i);
            names.append(s.table->name);
            qualified.append(ReviewContext::key(s.table->schema, s.table->name));
            QSet<QString> mine;
            for (const int id : s.columns)
                mine.insert(lowerNames.at(columnName.at(id)));
            common = first ? mine : common.intersect(mine);
            first = false;
            if (!earliest || s.table->name < earliest->name)
                earliest = s.table;
        }
        names.sort();
        qualified.sort();
        QStringList shared(common.begin(), common.end());
        shared.sort();
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = earliest->schema;
        f.object.table = earliest->name;
        f.object.tables = qualified;
        f.message = Tr::tr("%1 have nearly the same columns (%2 shared: %3): merge candidates")
                        .arg(names.join(QStringLiteral(", ")))
                        .arg(shared.size())
                        .arg(shared.mid(0, 6).join(QStringLiteral(", ")) +
                             (shared.size() > 6 ? QStringLiteral(", …") : QString()));
        f.fix = Tr::tr("If they hold the same kind of thing, keep one table with a discriminator "
                       "column (kind/type with a CHECK) and move the differing columns to 1:1 "
                       "side tables; if they are meant to diverge, ignore this.");
        f.location = earliest->origin;
        out.append(std::move(f));
    }
    tableFamilies(context, grouped, out);
    lookAlikes(context, grouped, out);
}

} // namespace schemalens::review::design
