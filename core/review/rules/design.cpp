// Rules of the design family (DESIGN.md "Review rules"): table shape, near-duplicate tables,
// tenant columns and triggers that stand in for a constraint.

#include "core/review/columnfacts.h"
#include "core/review/context.h"
#include "core/review/rule.h"
#include "core/review/rules/referential_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace schemalens::review {

namespace {

Rule triggerInvariantRule();

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// ---------------------------------------------------------------------------------------
// wide-table

void wideTable(const ReviewContext &context, Findings &out)
{
    const int maxColumns =
        int(context.threshold(QStringLiteral("wide-table"), QStringLiteral("maxColumns")));
    for (const model::Table *table : context.tables()) {
        if (table->columns.size() <= maxColumns)
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = table->schema;
        f.object.table = table->name;
        f.message = Tr::tr("%1 has %2 columns (more than %3): it may mix several concerns")
                        .arg(table->name)
                        .arg(table->columns.size())
                        .arg(maxColumns);
        f.fix = Tr::tr("Move groups of optional or rarely read columns (settings, billing, "
                       "profile…) to 1:1 tables keyed by %1's primary key, or to a JSONB column "
                       "when they are free-form.")
                    .arg(table->name);
        f.location = table->origin;
        out.append(std::move(f));
    }
}

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
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString spaced;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper() && name.at(i - 1).isLower())
            spaced += QLatin1Char('_');
        spaced += name.at(i).toLower();
    }
    for (const QString &word : spaced.split(separators, Qt::SkipEmptyParts)) {
        if (markers.contains(word))
            return true;
    }
    return false;
}

void similarTables(const ReviewContext &context, Findings &out)
{
    const int minColumns =
        int(context.threshold(QStringLiteral("similar-tables"), QStringLiteral("minColumns")));
    const double minSimilarity =
        context.threshold(QStringLiteral("similar-tables"), QStringLiteral("minSimilarity"));
    struct Shape {
        const model::Table *table;
        QHash<QString, QString> columns; // lower-case name -> type
    };
    QList<Shape> shapes;
    for (const model::Table *table : context.tables()) {
        Shape shape{table, {}};
        for (const model::Column &c : table->columns) {
            if (!isTrivialColumn(context, c))
                shape.columns.insert(context.facts(c).lowerName, c.type.toLower());
        }
        if (shape.columns.size() >= minColumns)
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
    QHash<QPair<QString, QString>, int> columnIds;
    QHash<QString, int> stemIds;
    QList<int> frequency;
    QList<Prepared> prepared(shapes.size());
    for (int i = 0; i < shapes.size(); ++i) {
        const Shape &shape = shapes.at(i);
        Prepared &p = prepared[i];
        p.stem = int(stemIds.emplace(familyStem(shape.table->name), int(stemIds.size())).value());
        p.skip = isDeliberateCopy(shape.table->name);
        for (auto it = shape.columns.cbegin(); it != shape.columns.cend(); ++it) {
            const auto id = columnIds.constFind({it.key(), it.value()});
            const int value = id != columnIds.cend() ? *id : int(columnIds.size());
            if (id == columnIds.cend()) {
                columnIds.insert({it.key(), it.value()}, value);
                frequency.append(0);
            }
            ++frequency[value];
            p.columns.append(value);
        }
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
    for (const QList<int> &group : std::as_const(groups)) {
        if (group.size() < 2)
            continue;
        QStringList names;
        QStringList qualified;
        QSet<QString> common;
        bool first = true;
        const model::Table *earliest = nullptr;
        for (int i : group) {
            const Shape &s = shapes.at(i);
            names.append(s.table->name);
            qualified.append(ReviewContext::key(s.table->schema, s.table->name));
            const QList<QString> keys = s.columns.keys();
            const QSet<QString> mine(keys.begin(), keys.end());
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
}

// ---------------------------------------------------------------------------------------
// trigger-invariant

// The SQL of a function's CREATE statement, read from the migration file at its origin (the
// model keeps no bodies). Empty when the source text is not at hand (a live database).
QString functionSource(const ReviewContext &context, const model::Function &function)
{
    for (const load::MigrationUnit &unit : context.plan().units) {
        if (unit.path != function.origin.file)
            continue;
        const QString text = QString::fromUtf8(unit.sql);
        qsizetype offset = 0;
        for (int line = 1; line < function.origin.line && offset >= 0; ++line) {
            offset = text.indexOf(QLatin1Char('\n'), offset);
            if (offset >= 0)
                ++offset;
        }
        if (offset < 0)
            return {};
        offset += std::max(0, function.origin.column - 1);
        // The body is the first dollar-quoted string; keep up to its closing tag.
        static const QRegularExpression tag(QStringLiteral("\\$[A-Za-z_0-9]*\\$"));
        const auto open = tag.match(text, offset);
        if (!open.hasMatch() || open.capturedStart() - offset > 2000)
            return text.mid(offset, 4000);
        const qsizetype close = text.indexOf(open.captured(), open.capturedEnd());
        return text.mid(offset, close < 0 ? 4000 : close - offset);
    }
    return {};
}

QString triggerBody(const ReviewContext &context, const model::Trigger &trigger)
{
    if (!trigger.sql.isEmpty())
        return trigger.sql; // SQLite: the statements are in the trigger itself
    const QString name = trigger.function.section(QLatin1Char('.'), -1);
    const QString schema = trigger.function.contains(QLatin1Char('.'))
                               ? trigger.function.section(QLatin1Char('.'), 0, -2)
                               : QString();
    for (const model::Function &f : context.schema().functions) {
        if (f.name == name && (schema.isEmpty() || f.schema == schema))
            return functionSource(context, f);
    }
    return {};
}

bool isFlagColumn(const model::Column &column)
{
    const QString type = column.type.toLower();
    return type == QLatin1String("boolean") || type == QLatin1String("bool") ||
           (type.contains(QLatin1String("int")) &&
            column.name.startsWith(QLatin1String("is_"), Qt::CaseInsensitive));
}

// A partial unique index on TABLE whose predicate tests FLAG: the invariant is enforced.
bool hasPartialUniqueOn(const model::Table &table, const QString &flag)
{
    const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(flag)),
                                  QRegularExpression::CaseInsensitiveOption);
    return std::any_of(table.indexes.cbegin(), table.indexes.cend(), [&](const model::Index &i) {
        return i.unique && word.match(i.predicate).hasMatch();
    });
}

struct Invariant {
    QString flag;
    QStringList scope; // columns compared with NEW.<column>: "one default per user_id"
    bool fromBody = false;
};

// UPDATE <table> SET <flag> = false ... WHERE <col> = NEW.<col> ...: the trigger clears the
// flag on the other rows so that only the new row keeps it.
std::optional<Invariant> invariantFromBody(const model::Table &table, const QString &body)
{
    static const QRegularExpression update(
        QStringLiteral("\\bUPDATE\\s+(?:ONLY\\s+)?(?:[\"`\\[]?\\w+[\"`\\]]?\\.)?[\"`\\[]?(\\w+)"
                       "[\"`\\]]?\\s+SET\\s+[\"`\\[]?(\\w+)[\"`\\]]?\\s*=\\s*"
                       "(?:false|0|'f'|'false'|'0')\\b([^;]*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scopeTerm(
        QStringLiteral("[\"`\\[]?(\\w+)[\"`\\]]?\\s*=\\s*NEW\\.[\"`\\[]?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression otherRows(
        QStringLiteral("(<>|!=|IS\\s+DISTINCT\\s+FROM)\\s*NEW\\."),
        QRegularExpression::CaseInsensitiveOption);
    for (const auto &m : update.globalMatch(body)) {
        if (m.captured(1).compare(table.name, Qt::CaseInsensitive) != 0)
            continue;
        const model::Column *flag = table.column(m.captured(2));
        if (!flag) {
            for (const model::Column &c : table.columns) {
                if (c.name.compare(m.captured(2), Qt::CaseInsensitive) == 0)
                    flag = &c;
            }
        }
        if (!flag || !isFlagColumn(*flag))
            continue;
        const QString where = m.captured(3);
        if (!otherRows.match(where).hasMatch())
            continue; // not "the other rows": some other bookkeeping
        Invariant inv{flag->name, {}, true};
        const QStringList pk = table.primaryKey ? table.primaryKey->columns : QStringList();
        for (const auto &t : scopeTerm.globalMatch(where)) {
            const model::Column *c = table.column(t.captured(1));
            if (c && !pk.contains(c->name) && c->name != flag->name && !inv.scope.contains(c->name))
                inv.scope.append(c->name);
        }
        return inv;
    }
    return std::nullopt;
}

// Without a body, only names that say it: trigger "ensure_single_default" on a table with
// an is_default flag.
std::optional<Invariant> invariantFromNames(const model::Table &table,
                                            const model::Trigger &trigger)
{
    static const QRegularExpression named(
        QStringLiteral("(single|one|only|unique|exclusive|unset|clear|reset|demote)_?(other_?)?"
                       "(default|primary|main|current|active|selected)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &name : {trigger.name, trigger.function}) {
        const auto m = named.match(name);
        if (!m.hasMatch())
            continue;
        const QString what = m.captured(3).toLower();
        for (const model::Column &c : table.columns) {
            const QString lower = c.name.toLower();
            if (isFlagColumn(c) && (lower == what || lower == QLatin1String("is_") + what))
                return Invariant{c.name, {}, false};
        }
    }
    return std::nullopt;
}

void triggerInvariant(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        for (const model::Trigger &trigger : table->triggers) {
            std::optional<Invariant> inv;
            const QString body = triggerBody(context, trigger);
            if (!body.isEmpty())
                inv = invariantFromBody(*table, body);
            else
                inv = invariantFromNames(*table, trigger);
            if (!inv || hasPartialUniqueOn(*table, inv->flag))
                continue;
            QStringList scope;
            for (const QString &c : std::as_const(inv->scope))
                scope.append(context.quote(c));
            const QString per = inv->scope.isEmpty()
                                    ? QString()
                                    : Tr::tr(" per %1").arg(inv->scope.join(QStringLiteral(", ")));
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.column = inv->flag;
            f.object.columns = inv->scope;
            f.fingerprintKey = trigger.name;
            f.message = Tr::tr("trigger %1 on %2 keeps a single %3 row%4 by clearing the flag on "
                               "other rows; a partial unique index would enforce it")
                            .arg(trigger.name, table->name, inv->flag, per);
            const QString indexName =
                context.quote(table->name + QLatin1String("_one_") + inv->flag);
            // Without a scope, one flagged row per table: the flag itself is the key.
            const QString keyList =
                scope.isEmpty() ? context.quote(inv->flag) : scope.join(QStringLiteral(", "));
            f.fix =
                Tr::tr("CREATE UNIQUE INDEX %1 ON %2 (%3) WHERE %4;\n"
                       "-- keep the trigger only to switch the flag over for the application; "
                       "the index guards against concurrent writers and direct SQL.")
                    .arg(indexName, context.qualified(*table), keyList, context.quote(inv->flag));
            f.location = trigger.origin.isValid() ? trigger.origin : table->origin;
            out.append(std::move(f));
        }
    }
}

Rule triggerInvariantRule()
{
    return Rule{
        .info = {.id = QStringLiteral("trigger-invariant"),
                 .family = QStringLiteral("design"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("Trigger maintaining what a partial unique index would enforce"),
                 .rationale = Tr::tr("A trigger that clears a flag (is_default, is_primary) on the "
                                     "other rows races with concurrent inserts and is bypassed by "
                                     "disabled triggers and bulk loads; a partial unique index "
                                     "makes two flagged rows impossible."),
                 .fix = Tr::tr("Add a partial unique index on the scope columns WHERE the flag is "
                               "set."),
                 .example = QStringLiteral(
                     "CREATE TABLE addresses (id bigint PRIMARY KEY, user_id bigint NOT NULL,\n"
                     "  is_default boolean NOT NULL DEFAULT false);\n"
                     "CREATE FUNCTION unset_other_defaults() RETURNS trigger LANGUAGE plpgsql "
                     "AS $$\nBEGIN\n  UPDATE addresses SET is_default = false\n"
                     "   WHERE user_id = NEW.user_id AND id <> NEW.id;\n  RETURN NEW;\nEND $$;\n"
                     "CREATE TRIGGER addresses_single_default AFTER INSERT OR UPDATE ON "
                     "addresses\n  FOR EACH ROW WHEN (NEW.is_default) EXECUTE FUNCTION "
                     "unset_other_defaults();")},
        .run = triggerInvariant};
}

} // namespace

Rules designRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("wide-table"),
                 .family = QStringLiteral("design"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("Table with many columns"),
                 .rationale = Tr::tr("A very wide table often mixes several concerns, is mostly "
                                     "NULL, and makes every row and every update bigger."),
                 .fix = Tr::tr("Split optional column groups into 1:1 side tables."),
                 .example = QStringLiteral("CREATE TABLE users (id bigint PRIMARY KEY, c1 text, "
                                           "c2 text, c3 text, c4 text, c5 text, c6 text, c7 "
                                           "text, c8 text, c9 text, c10 text, c11 text, c12 "
                                           "text, c13 text, c14 text, c15 text, c16 text, c17 "
                                           "text, c18 text, c19 text, c20 text);"),
                 .thresholds = {{QStringLiteral("maxColumns"), 20}}},
        .run = wideTable});
    rules.append(Rule{
        .info = {.id = QStringLiteral("similar-tables"),
                 .family = QStringLiteral("design"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = Tr::tr("Tables with nearly the same columns"),
                 .rationale =
                     Tr::tr("Tables that share most of their columns often hold one kind of "
                            "thing split by a category; every query, index and fix then "
                            "has to be written twice. Archive and history tables and "
                            "numbered copies are left out: they are copies on purpose."),
                 .fix = Tr::tr("Merge them into one table with a discriminator column, or ignore "
                               "if they are meant to diverge."),
                 .example = QStringLiteral(
                     "CREATE TABLE email_templates (id int PRIMARY KEY, name text, subject "
                     "text, body text, locale text);\n"
                     "CREATE TABLE sms_templates (id int PRIMARY KEY, name text, subject text, "
                     "body text, locale text);"),
                 .thresholds = {{QStringLiteral("minColumns"), 5},
                                {QStringLiteral("minSimilarity"), 0.8}}},
        .run = similarTables});
    rules.append(
        Rule{.info = {.id = QStringLiteral("nullable-tenant"),
                      .family = QStringLiteral("design"),
                      .defaultSeverity = Severity::Warning,
                      .needs = Needs::Static,
                      .title = Tr::tr("Tenant column nullable in some tables"),
                      .rationale =
                          Tr::tr("When the tenant column is NOT NULL in most tables, or the "
                                 "table's rows belong to a tenant (they are deleted with it, or "
                                 "a row-level security policy filters by it), a nullable tenant "
                                 "column can hold rows that belong to no tenant: tenant filters "
                                 "and RLS policies silently skip them."),
                      .fix = Tr::tr("Backfill and SET NOT NULL, or document the global rows with a "
                                    "CHECK/partial index that mentions IS NULL."),
                      .example = QStringLiteral(
                          "CREATE TABLE projects (id int PRIMARY KEY, workspace_id int NOT NULL);\n"
                          "CREATE TABLE tasks (id int PRIMARY KEY, workspace_id int NOT NULL);\n"
                          "CREATE TABLE tags (id int PRIMARY KEY, workspace_id int);")},
             .run = referential::nullableTenant}); // rules/referential_tenants.cpp
    rules.append(triggerInvariantRule());
    return rules;
}

} // namespace schemalens::review
