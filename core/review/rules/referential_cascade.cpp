// Referential rules about what deletes do: cascade-inconsistent, fk-no-on-delete,
// set-null-not-null, cascade-blocked, circular-fk.

#include "core/review/rules/referential_p.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace schemalens::review::referential {

namespace {

struct Reference {
    const model::Table *from = nullptr;
    const model::ForeignKey *fk = nullptr;
    const model::Table *to = nullptr;
};

// Every declared FK of the reviewed tables whose target exists, in schema order.
QList<Reference> references(const ReviewContext &context)
{
    QList<Reference> out;
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys) {
            if (const model::Table *target = context.referencedTable(fk))
                out.append({table, &fk, target});
        }
    }
    return out;
}

QString policyWords(const QString &onDelete)
{
    return onDelete.toUpper();
}

QString arrow(const Reference &r)
{
    return r.from->name + QLatin1Char('.') + r.fk->columns.join(QLatin1Char(',')) +
           QStringLiteral(" → ") + r.to->name;
}

} // namespace

namespace {

// pg_dump (and Rails' structure.sql, which is its output) prints ON DELETE only when it is not
// NO ACTION: whether the author stated a policy cannot be told from such a source.
bool isPgDump(const ReviewContext &context)
{
    if (context.plan().layout == QLatin1String("rails-structure"))
        return true;
    for (const load::MigrationUnit &unit : context.plan().units) {
        const QByteArrayView sql(unit.sql);
        if (sql.first(std::min<qsizetype>(sql.size(), 4096)).contains("PostgreSQL database dump"))
            return true;
    }
    return false;
}

// Everything a review says about one foreign key's ON DELETE policy. Three rules look at it
// from three angles; one of them carries the finding, naming the others (one foreign key,
// one finding): cascade-blocked when the key blocks a cascade (a delete fails), else
// cascade-inconsistent when it differs from the keys of the same role, else fk-no-on-delete
// when it states no policy where the schema states one.
struct OnDelete {
    Reference ref;
    // Inconsistent with the keys of its role.
    bool inconsistent = false;
    QString role;     // "user_id → users", or the tenant column
    QString majority; // the role's policy
    int majorityCount = 0;
    int roleTotal = 0;
    // States no policy where most keys do (among its siblings or in the whole schema).
    bool unstated = false;
    QString stated;      // the common stated policy to name
    int statedCount = 0; // keys that state one
    int statedTotal = 0; // keys compared
    bool schemaWide = false;
    // Blocks a cascade from ROOT through MIDDLE.
    bool blocks = false;
    const model::Table *root = nullptr;
    const model::Table *middle = nullptr;

    QString carrier() const
    {
        if (blocks)
            return QStringLiteral("cascade-blocked");
        if (inconsistent)
            return QStringLiteral("cascade-inconsistent");
        if (unstated)
            return QStringLiteral("fk-no-on-delete");
        return {};
    }
};

void findInconsistent(const ReviewContext &context, const QList<Reference> &all,
                      QHash<const model::ForeignKey *, OnDelete> &angles)
{
    // FKs playing the same role: the same columns to the same parent, or the same tenant
    // column wherever it points. "no action" and "restrict" count as one policy.
    QMap<QString, QList<const Reference *>> groups;
    QStringList order;
    for (const Reference &r : all) {
        QString key;
        if (r.fk->columns.size() == 1 && context.isTenantColumn(r.fk->columns.constFirst()))
            key = QLatin1String("tenant:") + r.fk->columns.constFirst().toLower();
        else
            key = ReviewContext::key(r.to->schema, r.to->name) + QLatin1Char('|') +
                  r.fk->columns.join(QLatin1Char(','));
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(&r);
    }
    for (const QString &key : std::as_const(order)) {
        const QList<const Reference *> &group = groups[key];
        const bool tenant = key.startsWith(QLatin1String("tenant:"));
        // SET NULL / SET DEFAULT keep the child row on purpose (audit logs, history): a
        // choice, not an inconsistency. What contradicts is one key blocking the delete its
        // siblings cascade, or cascading where they protect. A tenant column is different:
        // rows of a deleted tenant must go with it, and a SET NULL among cascades leaves rows
        // that belong to no tenant.
        auto compared = [tenant](const Reference &r) {
            return tenant || r.fk->onDelete == QLatin1String("cascade") ||
                   policyClass(r.fk->onDelete) == QLatin1String("no action");
        };
        QMap<QString, int> counts;
        QStringList policies; // first-seen order breaks ties
        for (const Reference *r : group) {
            if (!compared(*r))
                continue;
            const QString p = policyClass(r->fk->onDelete);
            if (!counts.contains(p))
                policies.append(p);
            ++counts[p];
        }
        if (counts.size() < 2)
            continue;
        // A clear convention only: the most common policy on at least two keys and more
        // keys than any other (one key against one is a choice, not an inconsistency).
        QString majority = policies.constFirst();
        for (const QString &p : std::as_const(policies)) {
            if (counts.value(p) > counts.value(majority))
                majority = p;
        }
        bool clear = counts.value(majority) >= 2;
        for (const QString &p : std::as_const(policies))
            clear = clear && (p == majority || counts.value(p) < counts.value(majority));
        if (!clear)
            continue;
        int total = 0;
        for (const int n : std::as_const(counts))
            total += n;
        const Reference &first = *group.constFirst();
        const QString role = tenant ? first.fk->columns.constFirst()
                                    : first.fk->columns.join(QLatin1String(", ")) +
                                          QStringLiteral(" → ") + first.to->name;
        for (const Reference *r : group) {
            if (!compared(*r) || policyClass(r->fk->onDelete) == majority)
                continue;
            OnDelete &a = angles[r->fk];
            a.ref = *r;
            a.inconsistent = true;
            a.role = role;
            a.majority = majority;
            a.majorityCount = counts.value(majority);
            a.roleTotal = total;
        }
    }
}

void findUnstated(const ReviewContext &context, const QList<Reference> &all,
                  QHash<const model::ForeignKey *, OnDelete> &angles)
{
    if (isPgDump(context))
        return;
    auto common = [](const QMap<QString, int> &stated) {
        QString best;
        for (auto it = stated.cbegin(); it != stated.cend(); ++it) {
            if (best.isEmpty() || it.value() > stated.value(best))
                best = it.key();
        }
        return best;
    };
    // The whole schema: most foreign keys say what a delete does.
    QMap<QString, int> schemaStated;
    int schemaExplicit = 0;
    for (const Reference &r : all) {
        if (r.fk->onDeleteExplicit) {
            ++schemaExplicit;
            ++schemaStated[r.fk->onDelete];
        }
    }
    const int schemaSilent = int(all.size()) - schemaExplicit;
    const bool schemaConvention = schemaExplicit > schemaSilent && schemaExplicit >= 3;
    // The siblings: most foreign keys to the same parent do.
    QMap<QString, QList<const Reference *>> byParent;
    for (const Reference &r : all)
        byParent[ReviewContext::key(r.to->schema, r.to->name)].append(&r);
    for (auto it = byParent.cbegin(); it != byParent.cend(); ++it) {
        QMap<QString, int> stated;
        int explicitCount = 0;
        for (const Reference *r : *it) {
            if (r->fk->onDeleteExplicit) {
                ++explicitCount;
                ++stated[r->fk->onDelete];
            }
        }
        const int silent = int(it->size()) - explicitCount;
        // Most of them: a tie is no convention.
        const bool siblingConvention = explicitCount > silent;
        if (silent == 0 || (!siblingConvention && !schemaConvention))
            continue;
        const QString convention = siblingConvention ? common(stated) : common(schemaStated);
        // Keys that state NO ACTION or RESTRICT do what a silent key does: stating it is
        // style, not a decision the silent one misses.
        if (policyClass(convention) == QLatin1String("no action"))
            continue;
        for (const Reference *r : *it) {
            if (r->fk->onDeleteExplicit)
                continue;
            OnDelete &a = angles[r->fk];
            a.ref = *r;
            a.unstated = true;
            a.schemaWide = !siblingConvention;
            a.stated = convention;
            a.statedCount = siblingConvention ? explicitCount : schemaExplicit;
            a.statedTotal = siblingConvention ? int(it->size()) : int(all.size());
        }
    }
}

void findBlocking(const QList<Reference> &all, QHash<const model::ForeignKey *, OnDelete> &angles)
{
    // Cascading children of each parent (self-references left out: they delete within the
    // table).
    QHash<const model::Table *, QList<const model::Table *>> cascadesTo;
    for (const Reference &r : all) {
        if (r.fk->onDelete == QLatin1String("cascade") && r.from != r.to &&
            !cascadesTo[r.to].contains(r.from))
            cascadesTo[r.to].append(r.from);
    }
    // Tables whose rows a delete of ROOT may remove: ROOT and its cascade closure.
    QHash<const model::Table *, QSet<const model::Table *>> closures;
    auto closure = [&](const model::Table *root) -> const QSet<const model::Table *> & {
        auto it = closures.find(root);
        if (it != closures.end())
            return *it;
        QSet<const model::Table *> seen{root};
        QList<const model::Table *> queue{root};
        while (!queue.isEmpty()) {
            const model::Table *t = queue.takeFirst();
            for (const model::Table *child : cascadesTo.value(t)) {
                if (!seen.contains(child)) {
                    seen.insert(child);
                    queue.append(child);
                }
            }
        }
        return *closures.insert(root, seen);
    };
    // The cascading FKs of each table, in schema order.
    QHash<const model::Table *, QList<const Reference *>> cascadesFrom;
    for (const Reference &r : all) {
        if (r.fk->onDelete == QLatin1String("cascade"))
            cascadesFrom[r.from].append(&r);
    }
    for (const Reference &blocker : all) {
        if (policyClass(blocker.fk->onDelete) != QLatin1String("no action") ||
            blocker.from == blocker.to)
            continue;
        const model::Table *middle = blocker.to;
        // A parent whose delete cascades into MIDDLE but does not also remove the blocking
        // rows (NO ACTION is checked at the end of the statement, after all cascades).
        for (const Reference *cascade : cascadesFrom.value(middle)) {
            if (cascade->to == middle)
                continue;
            const model::Table *root = cascade->to;
            if (closure(root).contains(blocker.from))
                continue;
            OnDelete &a = angles[blocker.fk];
            a.ref = blocker;
            a.blocks = true;
            a.root = root;
            a.middle = middle;
            break; // one cascade names the problem
        }
    }
}

// The per-FK analysis the three rules share, computed once per review.
struct OnDeleteAnalysis {
    QList<Reference> all;
    QHash<const model::ForeignKey *, OnDelete> angles;
};

const OnDeleteAnalysis &onDeleteAnalysis(const ReviewContext &context)
{
    return context.shared<OnDeleteAnalysis>("referential.on-delete", [&context] {
        OnDeleteAnalysis analysis;
        analysis.all = references(context);
        findInconsistent(context, analysis.all, analysis.angles);
        findUnstated(context, analysis.all, analysis.angles);
        findBlocking(analysis.all, analysis.angles);
        return analysis;
    });
}

// "unlike 2 of the 3 user_id → users foreign keys (ON DELETE CASCADE)"; ALSO: as a second
// clause ("it is also unlike …").
QString inconsistentText(const OnDelete &a, bool also)
{
    return (also ? Tr::tr("it is also unlike %1 of the %2 %3 foreign keys (ON DELETE %4)")
                 : Tr::tr("unlike %1 of the %2 %3 foreign keys (ON DELETE %4)"))
        .arg(a.majorityCount)
        .arg(a.roleTotal)
        .arg(a.role, policyWords(a.majority));
}

// "states no ON DELETE, while 5 of the 6 foreign keys of the schema do (mostly …)"; ALSO:
// as a second clause ("it also states …").
QString unstatedText(const OnDelete &a, bool also)
{
    if (a.schemaWide)
        return (also ? Tr::tr("it also states no ON DELETE, while %1 of the %2 foreign keys of "
                              "the schema do (mostly ON DELETE %3)")
                     : Tr::tr("states no ON DELETE, while %1 of the %2 foreign keys of the "
                              "schema do (mostly ON DELETE %3)"))
            .arg(a.statedCount)
            .arg(a.statedTotal)
            .arg(policyWords(a.stated));
    return (also ? Tr::tr("it also states no ON DELETE, while %1 of the %2 foreign keys to %3 do "
                          "(mostly ON DELETE %4)")
                 : Tr::tr("states no ON DELETE, while %1 of the %2 foreign keys to %3 do "
                          "(mostly ON DELETE %4)"))
        .arg(a.statedCount)
        .arg(a.statedTotal)
        .arg(a.ref.to->name, policyWords(a.stated));
}

// The findings RULE carries: one per foreign key whose most serious angle is RULE's, its
// message naming the other angles too.
void onDeleteFindings(const ReviewContext &context, const QString &rule, Findings &out)
{
    const OnDeleteAnalysis &analysis = onDeleteAnalysis(context);
    const QHash<const model::ForeignKey *, OnDelete> &angles = analysis.angles;
    for (const Reference &r : analysis.all) {
        const auto it = angles.constFind(r.fk);
        if (it == angles.cend() || it->carrier() != rule)
            continue;
        const OnDelete &a = *it;
        Finding f;
        f.object = foreignKeyObject(*r.from, *r.fk);
        f.location = r.fk->origin;
        QStringList also;
        if (a.blocks) {
            f.object.tables = {ReviewContext::key(a.root->schema, a.root->name),
                               ReviewContext::key(a.middle->schema, a.middle->name),
                               ReviewContext::key(r.from->schema, r.from->name)};
            f.message = Tr::tr("%1 (ON DELETE %2) blocks the cascade %3 → %4: deleting from %3 "
                               "fails wherever the %4 rows it cascades to are referenced from %5")
                            .arg(arrow(r), policyWords(r.fk->onDelete), a.root->name,
                                 a.middle->name, r.from->name);
            f.fix = replaceForeignKeySql(context, *r.from, *r.fk, QStringLiteral("cascade"));
            // The constraints state the whole path.
            f.confidence = Confidence::High;
            if (a.inconsistent)
                also.append(inconsistentText(a, true));
            if (a.unstated)
                also.append(unstatedText(a, true));
        } else if (a.inconsistent) {
            f.message = Tr::tr("%1 is ON DELETE %2, %3")
                            .arg(arrow(r), policyWords(r.fk->onDelete), inconsistentText(a, false));
            f.fix = replaceForeignKeySql(context, *r.from, *r.fk, a.majority);
            f.confidence = Confidence::High;
            if (a.unstated)
                also.append(unstatedText(a, true));
        } else {
            f.message = arrow(r) + QLatin1Char(' ') + unstatedText(a, false);
            f.fix = replaceForeignKeySql(context, *r.from, *r.fk, a.stated);
            // The keys state the convention; that this one is an oversight is inferred.
            f.confidence = Confidence::Medium;
        }
        for (const QString &angle : std::as_const(also))
            f.message += QLatin1String("; ") + angle;
        out.append(std::move(f));
    }
}

} // namespace

// cascade-inconsistent, fk-no-on-delete and cascade-blocked are three angles on one foreign
// key's ON DELETE policy; onDeleteFindings() gives each key one finding, carried by the
// most serious angle.
void cascadeInconsistent(const ReviewContext &context, Findings &out)
{
    onDeleteFindings(context, QStringLiteral("cascade-inconsistent"), out);
}

void fkNoOnDelete(const ReviewContext &context, Findings &out)
{
    onDeleteFindings(context, QStringLiteral("fk-no-on-delete"), out);
}

void setNullNotNull(const ReviewContext &context, Findings &out)
{
    for (const Reference &r : references(context)) {
        for (const auto &[event, action] : {std::pair{QStringLiteral("DELETE"), r.fk->onDelete},
                                            std::pair{QStringLiteral("UPDATE"), r.fk->onUpdate}}) {
            const bool setNull = action == QLatin1String("set null");
            const bool setDefault = action == QLatin1String("set default");
            if (!setNull && !setDefault)
                continue;
            // ON DELETE SET NULL (assignee_id) leaves the key's other columns alone.
            const QStringList &changed =
                event == QLatin1String("DELETE") && !r.fk->onDeleteColumns.isEmpty()
                    ? r.fk->onDeleteColumns
                    : r.fk->columns;
            for (const QString &name : changed) {
                const model::Column *column = r.from->column(name);
                // SET DEFAULT without a default sets NULL too.
                if (!column || column->nullable || (setDefault && column->defaultExpr))
                    continue;
                Finding f;
                f.object = foreignKeyObject(*r.from, *r.fk);
                f.object.column = name;
                f.location = r.fk->origin;
                f.fingerprintKey = event + QLatin1Char(':') + name;
                f.message =
                    setNull
                        ? Tr::tr("%1 is ON %2 SET NULL but %3 is NOT NULL: the %2 on %4 fails")
                              .arg(arrow(r), event, name, r.to->name)
                        : Tr::tr("%1 is ON %2 SET DEFAULT but %3 is NOT NULL without a default: "
                                 "the %2 on %4 fails")
                              .arg(arrow(r), event, name, r.to->name);
                f.fix =
                    context.isSqlite()
                        ? Tr::tr("-- Rebuild %1 with %2 nullable, or choose CASCADE or RESTRICT.")
                              .arg(context.qualified(*r.from), context.quote(name))
                        : QLatin1String("ALTER TABLE ") + context.qualified(*r.from) +
                              QLatin1String(" ALTER COLUMN ") + context.quote(name) +
                              QLatin1String(" DROP NOT NULL;");
                out.append(std::move(f));
            }
        }
    }
}

void cascadeBlocked(const ReviewContext &context, Findings &out)
{
    onDeleteFindings(context, QStringLiteral("cascade-blocked"), out);
}

void circularFk(const ReviewContext &context, Findings &out)
{
    // Declared keys and soft references alike: a cycle through a reference that lacks its
    // constraint is a cycle the day the constraint is added (references deliberately left
    // unconstrained never get one).
    struct Edge {
        const model::Table *from = nullptr;
        const model::Table *to = nullptr;
        const model::ForeignKey *fk = nullptr; // a declared key, or
        const SoftReference *soft = nullptr;   // a soft reference
    };
    QHash<const model::Table *, QList<Edge>> edges;
    QSet<const model::Table *> reviewed(context.tables().begin(), context.tables().end());
    for (const Reference &r : references(context)) {
        if (r.from != r.to && reviewed.contains(r.to))
            edges[r.from].append({r.from, r.to, r.fk, nullptr});
    }
    for (const SoftReference &soft : context.softReferences()) {
        if (soft.deliberate.isEmpty() && soft.table != soft.target &&
            reviewed.contains(soft.target))
            edges[soft.table].append({soft.table, soft.target, nullptr, &soft});
    }
    // Tarjan's strongly connected components, iteratively over the tables in schema order.
    QHash<const model::Table *, int> index;
    QHash<const model::Table *, int> low;
    QList<const model::Table *> stack;
    QSet<const model::Table *> onStack;
    QList<QList<const model::Table *>> components;
    int counter = 0;
    std::function<void(const model::Table *)> connect = [&](const model::Table *v) {
        index[v] = low[v] = counter++;
        stack.append(v);
        onStack.insert(v);
        for (const Edge &e : edges.value(v)) {
            if (!index.contains(e.to)) {
                connect(e.to);
                low[v] = std::min(low[v], low[e.to]);
            } else if (onStack.contains(e.to)) {
                low[v] = std::min(low[v], index[e.to]);
            }
        }
        if (low[v] == index[v]) {
            QList<const model::Table *> component;
            const model::Table *w = nullptr;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component.append(w);
            } while (w != v);
            if (component.size() > 1)
                components.append(component);
        }
    };
    for (const model::Table *table : context.tables()) {
        if (!index.contains(table))
            connect(table);
    }
    for (QList<const model::Table *> component : components) {
        std::sort(component.begin(), component.end(),
                  [](const model::Table *a, const model::Table *b) {
                      return ReviewContext::key(a->schema, a->name) <
                             ReviewContext::key(b->schema, b->name);
                  });
        const QSet<const model::Table *> members(component.begin(), component.end());
        // The shortest cycle through the first table, for the message; declared links
        // before soft ones at each step, so a cycle of constraints is named as such.
        const model::Table *start = component.constFirst();
        QHash<const model::Table *, Edge> via;
        QList<const model::Table *> queue{start};
        QSet<const model::Table *> seen{start};
        std::optional<Edge> closing;
        while (!queue.isEmpty() && !closing) {
            const model::Table *t = queue.takeFirst();
            for (const Edge &e : edges.value(t)) {
                if (!members.contains(e.to))
                    continue;
                if (e.to == start) {
                    closing = e;
                    break;
                }
                if (!seen.contains(e.to)) {
                    seen.insert(e.to);
                    via.insert(e.to, e);
                    queue.append(e.to);
                }
            }
        }
        if (!closing)
            continue;
        QList<Edge> path{*closing};
        for (const model::Table *t = closing->from; t != start; t = via.value(t).from)
            path.prepend(via.value(t));
        QStringList names{start->name};
        QStringList softLinks;
        bool insertable = false; // some link can be left NULL or checked at commit
        for (const Edge &e : std::as_const(path)) {
            names.append(e.to->name);
            const QStringList columns = e.fk ? e.fk->columns : QStringList{e.soft->column};
            for (const QString &c : columns) {
                const model::Column *column = e.from->column(c);
                insertable = insertable || !column || column->nullable;
            }
            insertable = insertable || (e.fk && e.fk->deferrable);
            if (e.soft)
                softLinks.append(e.from->name + QLatin1Char('.') + e.soft->column);
        }
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = start->schema;
        f.object.table = start->name;
        for (const model::Table *t : std::as_const(component))
            f.object.tables.append(ReviewContext::key(t->schema, t->name));
        const Edge &first = path.constFirst();
        f.location = first.fk ? first.fk->origin : first.from->origin;
        if (first.soft) {
            if (const model::Column *column = first.from->column(first.soft->column))
                f.location = column->origin;
        }
        const QString cycle = names.join(QStringLiteral(" → "));
        if (!softLinks.isEmpty()) {
            // The cycle closes once the missing constraint is added.
            f.confidence = Confidence::Medium;
            f.message = insertable
                            ? Tr::tr("References form a cycle: %1 (through %2, which has no "
                                     "foreign key yet)")
                                  .arg(cycle, softLinks.join(QLatin1String(", ")))
                            : Tr::tr("References form a cycle of NOT NULL links: %1 (through %2, "
                                     "which has no foreign key yet): once it has one, no row can "
                                     "be inserted first")
                                  .arg(cycle, softLinks.join(QLatin1String(", ")));
        } else {
            f.message = insertable ? Tr::tr("Foreign keys form a cycle: %1").arg(cycle)
                                   : Tr::tr("Foreign keys form a cycle of NOT NULL, "
                                            "non-deferrable links (%1): no row can be inserted "
                                            "first")
                                         .arg(cycle);
        }
        if (component.size() > path.size())
            f.message += Tr::tr(" (%1 tables are in the cycle group)").arg(component.size());
        // The link to make deferrable: the last declared one of the path, else the soft one
        // whose constraint is still to be written.
        const Edge *link = &path.constLast();
        for (const Edge &e : std::as_const(path)) {
            if (e.fk)
                link = &e;
        }
        if (link->fk) {
            f.fix = context.isSqlite()
                        ? Tr::tr("-- Declare one link DEFERRABLE INITIALLY DEFERRED (rebuild %1), "
                                 "or make it nullable and fill it in after both rows exist.")
                              .arg(context.qualified(*link->from))
                        : QLatin1String("ALTER TABLE ") + context.qualified(*link->from) +
                              QLatin1String(" ALTER CONSTRAINT ") + context.quote(link->fk->name) +
                              QLatin1String(" DEFERRABLE INITIALLY DEFERRED;");
        } else {
            f.fix = Tr::tr("-- When adding the foreign key on %1.%2, declare it DEFERRABLE "
                           "INITIALLY DEFERRED or keep the column nullable, filled in after "
                           "both rows exist.")
                        .arg(context.qualified(*link->from), context.quote(link->soft->column));
        }
        out.append(std::move(f));
    }
}

} // namespace schemalens::review::referential
