// Confidence, rank and the Top issues of a review (see ranking.h).

#include "core/review/ranking.h"

#include "core/review/context.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// Words with which a comment explains a deliberate choice rather than describing the object
// ("-- no FK: customers moved to the billing database", "COMMENT ON COLUMN … IS 'kept as text
// on purpose'"). Lower case; matched as substrings of the lower-case comment.
bool explainsChoice(const QString &comment)
{
    if (comment.isEmpty())
        return false;
    static const char *const markers[] = {
        "intentional",
        "on purpose",
        "deliberate",
        "by design",
        "because",
        "we don't",
        "we do not",
        "do not add",
        "don't add",
        "no fk",
        "no foreign key",
        "without foreign key",
        "without a foreign key",
        "not a foreign key",
        "no constraint",
        "not enforced",
        "moved to",
        "lives in",
        "another database",
        "other database",
        "separate database",
        "different database",
        "another service",
        "external system",
        "denormali",
        "legacy",
        "kept for",
        "kept as",
        "trade-off",
        "tradeoff",
        "for performance",
        "historical reasons",
        "backward compat",
        "required by",
        "expected by",
        "nolint",
    };
    const QString lower = comment.toLower();
    for (const char *marker : markers) {
        if (lower.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= 160 ? simple : simple.left(157) + QStringLiteral("…");
}

// "schema.table" -> table, of the tables a finding names.
QList<const model::Table *> tablesOf(const ReviewContext &context, const ObjectRef &o)
{
    QList<const model::Table *> tables;
    auto add = [&](const model::Table *t) {
        if (t && !tables.contains(t))
            tables.append(t);
    };
    if (!o.table.isEmpty())
        add(context.table(o.schema, o.table));
    for (const QString &qualified : o.tables) {
        // "schema.table" is the context's own key: looked up without building a string.
        add(qualified.contains(QLatin1Char('.')) ? context.tableByKey(qualified)
                                                 : context.table(o.schema, qualified));
    }
    return tables;
}

// History changes by "schema.table", for the comments of the migrations that touched an
// object.
using ChangeIndex = QHash<QString, QList<const model::Change *>>;

ChangeIndex indexChanges(const ReviewContext &context)
{
    ChangeIndex index;
    for (const model::Change &change : context.schema().history.changes) {
        if (!change.origin.file.isEmpty())
            index[ReviewContext::key(change.schema, change.table)].append(&change);
    }
    return index;
}

// A comment that explains the choice a finding is about, or an empty string.
QString explanationFor(const ReviewContext &context, const ChangeIndex &changes, const Finding &f)
{
    const ObjectRef &o = f.object;
    const model::Table *table = o.table.isEmpty() ? nullptr : context.table(o.schema, o.table);
    QStringList comments;
    auto consider = [&](const QString &comment) {
        if (explainsChoice(comment))
            comments.append(comment);
    };
    if (table) {
        QStringList columns = o.columns;
        if (!o.column.isEmpty())
            columns.prepend(o.column);
        for (const QString &name : std::as_const(columns)) {
            const model::Column *column = table->column(name);
            if (!column)
                continue;
            consider(column->comment);
            consider(context.commentsAt(column->origin));
            if (column->lastChange.isValid() && !(column->lastChange == column->origin))
                consider(context.commentsAt(column->lastChange, true));
            // The migrations that changed the column or a constraint over it
            // (orders_customer_id_fkey dropped "because customers moved to billing").
            for (const model::Change *change :
                 changes.value(ReviewContext::key(o.schema, o.table))) {
                if (change->object == name ||
                    (!change->object.isEmpty() && change->object.contains(name) &&
                     (change->kind == model::Change::Kind::DropConstraint ||
                      change->kind == model::Change::Kind::AddConstraint)))
                    consider(context.commentsAt(change->origin, true));
            }
            if (table->comment.contains(name, Qt::CaseInsensitive))
                consider(table->comment);
        }
        if (o.kind == ObjectRef::Kind::Table || o.kind == ObjectRef::Kind::Constraint) {
            consider(table->comment);
            consider(context.commentsAt(table->origin, true));
        }
        if (o.kind == ObjectRef::Kind::ForeignKey || o.kind == ObjectRef::Kind::Constraint) {
            for (const model::ForeignKey &fk : table->foreignKeys) {
                if (!o.constraint.isEmpty() && fk.name == o.constraint)
                    consider(context.commentsAt(fk.origin, true));
            }
        }
        if (o.kind == ObjectRef::Kind::Index) {
            for (const model::Index &index : table->indexes) {
                if (index.name == o.index)
                    consider(context.commentsAt(index.origin, true));
            }
        }
    }
    if (o.kind == ObjectRef::Kind::Migration)
        consider(context.commentsAt(f.location, true));
    return comments.isEmpty() ? QString() : comments.first();
}

} // namespace

void assessConfidence(const ReviewContext &context, Findings &findings)
{
    // Most sources have no comment or no library table: then there is nothing to look up.
    const bool comments = context.hasComments();
    const bool libraries = context.hasLibraryTables();
    if (!comments && !libraries)
        return;
    const ChangeIndex changes = comments ? indexChanges(context) : ChangeIndex();
    for (Finding &f : findings) {
        if (f.rule == QLatin1String("parse-error") || f.rule == QLatin1String("migration-error"))
            continue; // the engine rejected SQL: nothing explains that away
        const QList<const model::Table *> tables =
            libraries ? tablesOf(context, f.object) : QList<const model::Table *>();
        QString library;
        for (const model::Table *t : tables) {
            const QString owner = context.owningLibrary(*t);
            if (owner.isEmpty()) {
                library.clear();
                break;
            }
            library = owner;
        }
        if (!library.isEmpty()) {
            f.confidence = Confidence::Low;
            f.rationale += QLatin1Char(' ') +
                           Tr::tr("The table belongs to %1, which creates and migrates it: its "
                                  "shape is the library's choice, not the application's.")
                               .arg(library);
            continue;
        }
        if (!comments)
            continue;
        const QString explanation = explanationFor(context, changes, f);
        if (!explanation.isEmpty()) {
            f.confidence = Confidence::Low;
            f.rationale +=
                QLatin1Char(' ') +
                Tr::tr("A comment explains the choice: “%1”.").arg(shortened(explanation));
        }
    }
}

double rankOf(Severity severity, Confidence confidence, int tables, int foreignKeys, int columns)
{
    double base = 15;
    switch (severity) {
    case Severity::Error:
        base = 60;
        break;
    case Severity::Warning:
        base = 36;
        break;
    case Severity::Info:
        base = 15;
        break;
    }
    double trust = 1;
    switch (confidence) {
    case Confidence::High:
        trust = 1;
        break;
    case Confidence::Medium:
        trust = 0.7;
        break;
    case Confidence::Low:
        trust = 0.35;
        break;
    }
    const double reach = std::min(0.66, 0.25 * std::log2(std::max(1, tables)) +
                                            0.1 * std::log2(1.0 + std::max(0, foreignKeys)) +
                                            0.05 * std::log2(std::max(1, columns)));
    // One decimal: reports print it, and it must not change with floating-point noise.
    return std::min(100.0, std::round(base * trust * (1 + reach) * 10) / 10);
}

void rankFindings(const ReviewContext &context, Findings &findings)
{
    QHash<const model::Table *, int> degree;
    auto degreeOf = [&](const model::Table *t) {
        const auto it = degree.constFind(t);
        if (it != degree.cend())
            return *it;
        const int d = int(t->foreignKeys.size() + context.incoming(*t).size());
        degree.insert(t, d);
        return d;
    };
    for (Finding &f : findings) {
        const ObjectRef &o = f.object;
        const QList<const model::Table *> tables = tablesOf(context, o);
        int fks = 0;
        for (const model::Table *t : tables)
            fks = std::max(fks, degreeOf(t));
        // Tables count for problems of many tables (a split convention, merge candidates);
        // a column or foreign key finding names its neighbours without reaching further.
        int touched = 1;
        if ((o.kind == ObjectRef::Kind::Schema || o.kind == ObjectRef::Kind::Table) &&
            !o.tables.isEmpty()) {
            QSet<QString> names(o.tables.cbegin(), o.tables.cend());
            if (!o.table.isEmpty())
                names.insert(o.schema + QLatin1Char('.') + o.table);
            touched = int(names.size());
        }
        const int columns = int(o.columns.size()) + (o.column.isEmpty() ? 0 : 1);
        f.rank = rankOf(f.severity, f.confidence, touched, fks, columns);
    }
}

QList<TopIssue> topIssues(const Findings &findings, int maxItems)
{
    QHash<QString, int> byRule;
    QList<TopIssue> items;
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        if (f.confidence == Confidence::Low)
            continue;
        auto it = byRule.constFind(f.rule);
        if (it == byRule.cend()) {
            it = byRule.insert(f.rule, int(items.size()));
            TopIssue item;
            item.rule = f.rule;
            item.severity = f.severity;
            items.append(item);
        }
        TopIssue &item = items[*it];
        item.severity = std::min(item.severity, f.severity);
        item.findings.append(i);
    }
    for (TopIssue &item : items) {
        std::stable_sort(item.findings.begin(), item.findings.end(),
                         [&](int a, int b) { return findings.at(a).rank > findings.at(b).rank; });
        // Repeats add a little: ten tables with the same problem are worth more of a
        // reviewer's opening than one, but never more than a worse kind of problem.
        item.score =
            findings.at(item.findings.first()).rank + 3 * std::log2(double(item.findings.size()));
    }
    std::stable_sort(items.begin(), items.end(), [](const TopIssue &a, const TopIssue &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.rule < b.rule;
    });
    if (items.size() > maxItems)
        items.resize(maxItems);
    return items;
}

} // namespace schemalens::review
