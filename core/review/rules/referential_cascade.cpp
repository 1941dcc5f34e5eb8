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

void cascadeInconsistent(const ReviewContext &context, Findings &out)
{
    // FKs playing the same role: the same columns to the same parent, or the same tenant
    // column wherever it points. "no action" and "restrict" count as one policy.
    QMap<QString, QList<Reference>> groups;
    QStringList order;
    for (const Reference &r : references(context)) {
        QString key;
        if (r.fk->columns.size() == 1 && context.isTenantColumn(r.fk->columns.constFirst()))
            key = QLatin1String("tenant:") + r.fk->columns.constFirst().toLower();
        else
            key = ReviewContext::key(r.to->schema, r.to->name) + QLatin1Char('|') +
                  r.fk->columns.join(QLatin1Char(','));
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(r);
    }
    for (const QString &key : std::as_const(order)) {
        const QList<Reference> &group = groups[key];
        QMap<QString, int> counts;
        QStringList policies; // first-seen order breaks ties
        // SET NULL / SET DEFAULT keep the child row on purpose (audit logs, history): a
        // choice, not an inconsistency. What contradicts is one key blocking the delete its
        // siblings cascade, or cascading where they protect.
        auto compared = [](const Reference &r) {
            return r.fk->onDelete == QLatin1String("cascade") ||
                   policyClass(r.fk->onDelete) == QLatin1String("no action");
        };
        for (const Reference &r : group) {
            if (!compared(r))
                continue;
            const QString p = policyClass(r.fk->onDelete);
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
        const QString role = key.startsWith(QLatin1String("tenant:"))
                                 ? group.constFirst().fk->columns.constFirst()
                                 : group.constFirst().fk->columns.join(QLatin1String(", ")) +
                                       QStringLiteral(" → ") + group.constFirst().to->name;
        for (const Reference &r : group) {
            if (!compared(r) || policyClass(r.fk->onDelete) == majority)
                continue;
            Finding f;
            f.object = foreignKeyObject(*r.from, *r.fk);
            f.location = r.fk->origin;
            int total = 0;
            for (const int n : std::as_const(counts))
                total += n;
            f.message =
                Tr::tr("%1 is ON DELETE %2, unlike %3 of the %4 %5 foreign keys (ON DELETE %6)")
                    .arg(arrow(r), policyWords(r.fk->onDelete))
                    .arg(counts.value(majority))
                    .arg(total)
                    .arg(role, policyWords(majority));
            f.fix = replaceForeignKeySql(context, *r.from, *r.fk, majority);
            out.append(f);
        }
    }
}

void fkNoOnDelete(const ReviewContext &context, Findings &out)
{
    QMap<QString, QList<Reference>> byParent;
    QStringList order;
    for (const Reference &r : references(context)) {
        const QString key = ReviewContext::key(r.to->schema, r.to->name);
        if (!byParent.contains(key))
            order.append(key);
        byParent[key].append(r);
    }
    for (const QString &key : std::as_const(order)) {
        const QList<Reference> &siblings = byParent[key];
        QMap<QString, int> stated;
        int explicitCount = 0;
        for (const Reference &r : siblings) {
            if (r.fk->onDeleteExplicit) {
                ++explicitCount;
                ++stated[r.fk->onDelete];
            }
        }
        // Only where stating the policy is the convention for this parent.
        const int silent = int(siblings.size()) - explicitCount;
        if (explicitCount == 0 || silent == 0 || explicitCount < silent)
            continue;
        QStringList statedText;
        QString common;
        for (auto it = stated.cbegin(); it != stated.cend(); ++it) {
            statedText.append(policyWords(it.key()) + QStringLiteral(" ×") +
                              QString::number(it.value()));
            if (common.isEmpty() || it.value() > stated.value(common))
                common = it.key();
        }
        for (const Reference &r : siblings) {
            if (r.fk->onDeleteExplicit)
                continue;
            Finding f;
            f.object = foreignKeyObject(*r.from, *r.fk);
            f.location = r.fk->origin;
            f.message =
                Tr::tr("%1 does not say what happens ON DELETE, while %2 other foreign keys "
                       "to %3 do (%4)")
                    .arg(arrow(r))
                    .arg(explicitCount)
                    .arg(r.to->name, statedText.join(QLatin1String(", ")));
            f.fix = replaceForeignKeySql(context, *r.from, *r.fk, common);
            out.append(f);
        }
    }
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
                out.append(f);
            }
        }
    }
}

void cascadeBlocked(const ReviewContext &context, Findings &out)
{
    const QList<Reference> all = references(context);
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
        for (const Reference *cascadeRef : cascadesFrom.value(middle)) {
            const Reference &cascade = *cascadeRef;
            if (cascade.to == middle)
                continue;
            const model::Table *root = cascade.to;
            if (closure(root).contains(blocker.from))
                continue;
            Finding f;
            f.object = foreignKeyObject(*blocker.from, *blocker.fk);
            f.object.tables = {ReviewContext::key(root->schema, root->name),
                               ReviewContext::key(middle->schema, middle->name),
                               ReviewContext::key(blocker.from->schema, blocker.from->name)};
            f.location = blocker.fk->origin;
            f.message = Tr::tr("%1 (ON DELETE %2) blocks the cascade %3 → %4: deleting from %3 "
                               "fails wherever the %4 rows it cascades to are referenced from %5")
                            .arg(arrow(blocker), policyWords(blocker.fk->onDelete), root->name,
                                 middle->name, blocker.from->name);
            f.fix = replaceForeignKeySql(context, *blocker.from, *blocker.fk,
                                         QStringLiteral("cascade"));
            out.append(f);
            break; // one finding per blocking key
        }
    }
}

void circularFk(const ReviewContext &context, Findings &out)
{
    const QList<Reference> all = references(context);
    QHash<const model::Table *, QList<Reference>> edges;
    QSet<const model::Table *> reviewed(context.tables().begin(), context.tables().end());
    for (const Reference &r : all) {
        if (r.from != r.to && reviewed.contains(r.to))
            edges[r.from].append(r);
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
        for (const Reference &e : edges.value(v)) {
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
        // The shortest cycle through the first table, for the message.
        const model::Table *start = component.constFirst();
        QHash<const model::Table *, Reference> via;
        QList<const model::Table *> queue{start};
        QSet<const model::Table *> seen{start};
        std::optional<Reference> closing;
        while (!queue.isEmpty() && !closing) {
            const model::Table *t = queue.takeFirst();
            for (const Reference &e : edges.value(t)) {
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
        QList<Reference> path{*closing};
        for (const model::Table *t = closing->from; t != start; t = via.value(t).from)
            path.prepend(via.value(t));
        QStringList names{start->name};
        bool insertable = false; // some link can be left NULL or checked at commit
        for (const Reference &e : std::as_const(path)) {
            names.append(e.to->name);
            for (const QString &c : e.fk->columns) {
                const model::Column *column = e.from->column(c);
                insertable = insertable || !column || column->nullable;
            }
            insertable = insertable || e.fk->deferrable;
        }
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = start->schema;
        f.object.table = start->name;
        for (const model::Table *t : std::as_const(component))
            f.object.tables.append(ReviewContext::key(t->schema, t->name));
        f.location = path.constFirst().fk->origin;
        f.message =
            insertable
                ? Tr::tr("Foreign keys form a cycle: %1").arg(names.join(QStringLiteral(" → ")))
                : Tr::tr("Foreign keys form a cycle of NOT NULL, non-deferrable links (%1): "
                         "no row can be inserted first")
                      .arg(names.join(QStringLiteral(" → ")));
        if (component.size() > path.size())
            f.message += Tr::tr(" (%1 tables are in the cycle group)").arg(component.size());
        const Reference &link = path.constLast();
        f.fix =
            context.isSqlite()
                ? Tr::tr("-- Declare one link DEFERRABLE INITIALLY DEFERRED (rebuild %1), or make "
                         "it nullable and fill it in after both rows exist.")
                      .arg(context.qualified(*link.from))
                : QLatin1String("ALTER TABLE ") + context.qualified(*link.from) +
                      QLatin1String(" ALTER CONSTRAINT ") + context.quote(link.fk->name) +
                      QLatin1String(" DEFERRABLE INITIALLY DEFERRED;");
        out.append(f);
    }
}

} // namespace schemalens::review::referential
