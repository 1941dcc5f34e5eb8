// The Differ's pass over one table's parts: columns, primary key, unique, check, foreign-key
// and exclusion constraints, indexes, row-level security, policies and triggers; and the
// pairing of their old and new objects (by the History's renames, by name, by definition).

#include "core/diff/describe.h"
#include "core/diff/differ.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>

namespace schemalens::diff::detail {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(diff)
};

} // namespace

template <typename T, typename Rename, typename Signature>
QList<Pair<T>> Differ::pairObjects(const QList<const T *> &olds, const QList<const T *> &news,
                                   Rename renamedTo, Signature oldSignature, Signature newSignature,
                                   bool byDefinition, QList<const T *> *dropped,
                                   QList<const T *> *added, bool definitionFirst) const
{
    QList<Pair<T>> pairs;
    QHash<QString, const T *> newByName;
    for (const T *n : news)
        newByName.insert(norm(n->name), n);
    QSet<const T *> takenNew;
    QList<const T *> restOld;
    // Renames first: their new names must not be claimed by a same-named old object.
    QSet<const T *> renamedAway;
    for (const T *o : olds) {
        const QString to = renamedTo(o->name);
        if (norm(to) == norm(o->name))
            continue;
        renamedAway.insert(o);
        if (const T *n = newByName.value(norm(to)); n && !takenNew.contains(n)) {
            pairs.append({o, n, true, true});
            takenNew.insert(n);
        }
    }
    QList<const T *> restNew;
    const auto matchByDefinition = [&] {
        if (!byDefinition || restOld.isEmpty() || restNew.isEmpty())
            return;
        QMultiHash<QString, const T *> bySignature;
        for (const T *n : std::as_const(restNew))
            bySignature.insert(newSignature(*n), n);
        for (qsizetype i = 0; i < restOld.size();) {
            const T *o = restOld.at(i);
            const QString signature = oldSignature(*o);
            const T *n = bySignature.value(signature);
            if (!n) {
                ++i;
                continue;
            }
            bySignature.remove(signature, n);
            restNew.removeOne(n);
            restOld.removeAt(i);
            takenNew.insert(n);
            pairs.append({o, n, norm(o->name) != norm(n->name), false});
        }
    };
    const auto matchByName = [&] {
        QList<const T *> unmatched;
        for (const T *o : std::as_const(restOld)) {
            const T *n = renamedAway.contains(o) ? nullptr : newByName.value(norm(o->name));
            if (n && !takenNew.contains(n)) {
                pairs.append({o, n, false, false});
                takenNew.insert(n);
                restNew.removeOne(n);
            } else {
                unmatched.append(o);
            }
        }
        restOld = unmatched;
    };
    for (const T *o : olds)
        if (std::none_of(pairs.cbegin(), pairs.cend(),
                         [o](const Pair<T> &p) { return p.oldObject == o; }))
            restOld.append(o);
    for (const T *n : news)
        if (!takenNew.contains(n))
            restNew.append(n);
    // Names the engine does not keep (SQLite's constraints) say less than definitions.
    if (definitionFirst) {
        matchByDefinition();
        matchByName();
    } else {
        matchByName();
        matchByDefinition();
    }
    *dropped = restOld;
    *added = restNew;
    return pairs;
}

void Differ::diffColumns(const Table &o, const Table &n, const ColumnMap &map)
{
    QList<const Column *> dropped;
    QList<const Column *> added;
    const auto none = [](const Column &) { return QString(); };
    const QList<Pair<Column>> pairs = pairObjects<Column>(
        pointers(o.columns), pointers(n.columns),
        [&](const QString &name) { return m_options.renames.column(o.schema, o.name, name); },
        std::function<QString(const Column &)>(none), std::function<QString(const Column &)>(none),
        false, &dropped, &added);
    QHash<const Column *, const Pair<Column> *> pairOfNew;
    for (const Pair<Column> &p : pairs)
        pairOfNew.insert(p.newObject, &p);
    // In the new table's column order, then what went.
    for (const Column &c : n.columns) {
        const Pair<Column> *p = pairOfNew.value(&c);
        if (!p) {
            Entry e = entry(ChangeKind::Added, ObjectKind::Column, n.schema, n.name, c.name);
            e.definition = columnDefinition(c);
            e.origin = c.origin;
            add(std::move(e));
            continue;
        }
        const Column &a = *p->oldObject;
        QList<PropertyChange> properties;
        if (normalizedType(a.type) != normalizedType(c.type))
            property(properties, "type", a.type, c.type);
        if (a.nullable != c.nullable)
            property(properties, "nullable", nullability(a.nullable), nullability(c.nullable));
        const bool oldDefault = a.defaultExpr && !isNullDefault(*a.defaultExpr);
        const bool newDefault = c.defaultExpr && !isNullDefault(*c.defaultExpr);
        if (oldDefault != newDefault ||
            (oldDefault && !sameExpr(*a.defaultExpr, *c.defaultExpr, map)))
            property(properties, "default", oldDefault ? *a.defaultExpr : QString(),
                     newDefault ? *c.defaultExpr : QString());
        if (a.identity != c.identity)
            property(properties, "identity", a.identity, c.identity);
        if (a.generated.isEmpty() != c.generated.isEmpty() ||
            (!a.generated.isEmpty() && !sameExpr(a.generated, c.generated, map)))
            property(properties, "generated", a.generated, c.generated);
        if (!p->renamed && properties.isEmpty())
            continue;
        Entry e = entry(p->renamed ? ChangeKind::Renamed : ChangeKind::Changed, ObjectKind::Column,
                        n.schema, n.name, c.name);
        if (p->renamed) {
            e.oldName = a.name;
            e.renameFromHistory = p->fromHistory;
        }
        e.properties = properties;
        e.origin = newest(c.origin, c.lastChange);
        add(std::move(e));
    }
    for (const Column *c : std::as_const(dropped)) {
        Entry e = entry(ChangeKind::Dropped, ObjectKind::Column, n.schema, n.name, c->name);
        e.definition = columnDefinition(*c);
        e.origin = dropOrigin(Change::Kind::DropColumn, n.schema, n.name, c->name);
        add(std::move(e));
    }
}

void Differ::diffPrimaryKey(const Table &o, const Table &n, const ColumnMap &map)
{
    if (!o.primaryKey && !n.primaryKey)
        return;
    if (!o.primaryKey || !n.primaryKey) {
        const KeyConstraint &k = o.primaryKey ? *o.primaryKey : *n.primaryKey;
        Entry e = entry(o.primaryKey ? ChangeKind::Dropped : ChangeKind::Added,
                        ObjectKind::PrimaryKey, n.schema, n.name, k.name);
        e.definition = keyDefinition(k);
        e.origin = o.primaryKey ? dropOrigin(Change::Kind::DropConstraint, n.schema, n.name, k.name)
                                : k.origin;
        add(std::move(e));
        return;
    }
    const KeyConstraint &a = *o.primaryKey;
    const KeyConstraint &b = *n.primaryKey;
    QList<PropertyChange> properties;
    const QStringList columns = mapColumns(a.columns, map);
    if (!sameNames(columns, b.columns))
        property(properties, "columns", a.columns.join(QLatin1String(", ")),
                 b.columns.join(QLatin1String(", ")));
    if (!sameNames(mapColumns(a.include, map), b.include))
        property(properties, "include", a.include.join(QLatin1String(", ")),
                 b.include.join(QLatin1String(", ")));
    if (a.deferrable != b.deferrable || a.initiallyDeferred != b.initiallyDeferred)
        property(properties, "deferrable", keyDefinition(a), keyDefinition(b));
    const bool nameChanged = norm(a.name) != norm(b.name) && !m_options.drift && m_pg;
    if (!nameChanged && properties.isEmpty())
        return;
    Entry e = entry(nameChanged ? ChangeKind::Renamed : ChangeKind::Changed, ObjectKind::PrimaryKey,
                    n.schema, n.name, b.name);
    if (nameChanged) {
        e.oldName = a.name;
        e.renameFromHistory =
            norm(m_options.renames.constraint(o.schema, o.name, a.name)) == norm(b.name);
    }
    e.properties = properties;
    e.origin = b.origin;
    add(std::move(e));
}

template <typename T, typename Describe, typename Compare>
void Differ::diffNamed(const Table &n, ObjectKind kind, Change::Kind dropKind,
                       const QList<const T *> &olds, const QList<const T *> &news,
                       const std::function<QString(const QString &)> &renamedTo,
                       const std::function<QString(const T &)> &oldSignature,
                       const std::function<QString(const T &)> &newSignature, Describe describe,
                       Compare compare)
{
    QList<const T *> dropped;
    QList<const T *> added;
    // SQLite keeps no constraint names: Schemalens makes them up from the table and columns.
    const bool namesKept = m_pg || kind == ObjectKind::Index;
    const QList<Pair<T>> pairs = pairObjects<T>(olds, news, renamedTo, oldSignature, newSignature,
                                                true, &dropped, &added, !namesKept);
    for (const Pair<T> &p : pairs) {
        QList<PropertyChange> properties;
        compare(*p.oldObject, *p.newObject, properties);
        // Drift: a name the server generated differently is no difference.
        const bool renamed = p.renamed && namesKept && !(m_options.drift && !p.fromHistory);
        if (!renamed && properties.isEmpty())
            continue;
        Entry e = entry(renamed ? ChangeKind::Renamed : ChangeKind::Changed, kind, n.schema, n.name,
                        p.newObject->name);
        if (renamed) {
            e.oldName = p.oldObject->name;
            e.renameFromHistory = p.fromHistory;
        }
        e.properties = properties;
        e.origin = p.newObject->origin;
        add(std::move(e));
    }
    for (const T *x : std::as_const(added)) {
        Entry e = entry(ChangeKind::Added, kind, n.schema, n.name, x->name);
        e.definition = describe(*x);
        e.origin = x->origin;
        add(std::move(e));
    }
    for (const T *x : std::as_const(dropped)) {
        Entry e = entry(ChangeKind::Dropped, kind, n.schema, n.name, x->name);
        e.definition = describe(*x);
        e.origin = dropOrigin(dropKind, n.schema, n.name, x->name);
        add(std::move(e));
    }
}

void Differ::diffUniques(const Table &o, const Table &n, const ColumnMap &map)
{
    const QList<const KeyConstraint *> olds = pointers(o.uniques);
    const QList<const KeyConstraint *> news = pointers(n.uniques);
    const auto signature = [this](const KeyConstraint &k, const ColumnMap &m) -> QString {
        return mapColumns(k.columns, m).join(u',').toLower() + u'|' +
               mapColumns(k.include, m).join(u',').toLower() + u'|' +
               QString::number(k.nullsNotDistinct);
    };
    const auto oldSignature = [&](const KeyConstraint &k) -> QString { return signature(k, map); };
    const auto newSignature = [&](const KeyConstraint &k) -> QString { return signature(k, {}); };
    const auto compare = [&](const KeyConstraint &a, const KeyConstraint &b,
                             QList<PropertyChange> &properties) {
        if (!sameNames(mapColumns(a.columns, map), b.columns))
            property(properties, "columns", a.columns.join(QLatin1String(", ")),
                     b.columns.join(QLatin1String(", ")));
        if (!sameNames(mapColumns(a.include, map), b.include))
            property(properties, "include", a.include.join(QLatin1String(", ")),
                     b.include.join(QLatin1String(", ")));
        if (a.nullsNotDistinct != b.nullsNotDistinct)
            property(properties, "nullsNotDistinct", yesNo(a.nullsNotDistinct),
                     yesNo(b.nullsNotDistinct));
        if (a.deferrable != b.deferrable || a.initiallyDeferred != b.initiallyDeferred)
            property(properties, "deferrable", keyDefinition(a), keyDefinition(b));
    };
    diffNamed<KeyConstraint>(
        n, ObjectKind::Unique, Change::Kind::DropConstraint, olds, news,
        [&](const QString &name) { return m_options.renames.constraint(o.schema, o.name, name); },
        std::function<QString(const KeyConstraint &)>(oldSignature),
        std::function<QString(const KeyConstraint &)>(newSignature), keyDefinition, compare);
}

void Differ::diffChecks(const Table &o, const Table &n, const ColumnMap &map)
{
    const QList<const CheckConstraint *> olds = pointers(o.checks);
    const QList<const CheckConstraint *> news = pointers(n.checks);
    const auto oldSignature = [&](const CheckConstraint &c) -> QString {
        return exprKey(c.expression, map);
    };
    const auto newSignature = [&](const CheckConstraint &c) -> QString {
        return exprKey(c.expression);
    };
    const auto compare = [&](const CheckConstraint &a, const CheckConstraint &b,
                             QList<PropertyChange> &properties) {
        if (!sameExpr(a.expression, b.expression, map))
            property(properties, "expression", a.expression, b.expression);
        if (a.noInherit != b.noInherit)
            property(properties, "noInherit", yesNo(a.noInherit), yesNo(b.noInherit));
    };
    diffNamed<CheckConstraint>(
        n, ObjectKind::Check, Change::Kind::DropConstraint, olds, news,
        [&](const QString &name) { return m_options.renames.constraint(o.schema, o.name, name); },
        std::function<QString(const CheckConstraint &)>(oldSignature),
        std::function<QString(const CheckConstraint &)>(newSignature), checkDefinition, compare);
}

void Differ::diffForeignKeys(const Table &o, const Table &n, const ColumnMap &map)
{
    const QList<const ForeignKey *> olds = pointers(o.foreignKeys);
    const QList<const ForeignKey *> news = pointers(n.foreignKeys);
    // OLD's reference read with the new schema's names.
    const auto reference = [this](const ForeignKey &fk, bool old) -> QString {
        if (!old)
            return key(fk.refSchema, fk.refTable) + u'(' +
                   QStringList(fk.refColumns).join(u',').toLower() + u')';
        const auto [schema, table] = m_options.renames.table(fk.refSchema, fk.refTable);
        QStringList columns;
        for (const QString &c : fk.refColumns)
            columns.append(m_options.renames.column(fk.refSchema, fk.refTable, c));
        return key(schema, table) + u'(' + columns.join(u',').toLower() + u')';
    };
    const auto signature = [&](const ForeignKey &fk, bool old) -> QString {
        return mapColumns(fk.columns, old ? map : ColumnMap()).join(u',').toLower() + u'|' +
               reference(fk, old) + u'|' + fk.onDelete + u'|' + fk.onUpdate + u'|' +
               QString::number(fk.deferrable) + QString::number(fk.initiallyDeferred);
    };
    const auto oldSignature = [&](const ForeignKey &fk) -> QString { return signature(fk, true); };
    const auto newSignature = [&](const ForeignKey &fk) -> QString { return signature(fk, false); };
    const auto compare = [&](const ForeignKey &a, const ForeignKey &b,
                             QList<PropertyChange> &properties) {
        if (!sameNames(mapColumns(a.columns, map), b.columns))
            property(properties, "columns", a.columns.join(QLatin1String(", ")),
                     b.columns.join(QLatin1String(", ")));
        if (reference(a, true) != reference(b, false))
            property(properties, "references", foreignKeyReference(a), foreignKeyReference(b));
        if (a.onDelete != b.onDelete || !sameNames(a.onDeleteColumns, b.onDeleteColumns))
            property(properties, "onDelete", a.onDelete, b.onDelete);
        if (a.onUpdate != b.onUpdate)
            property(properties, "onUpdate", a.onUpdate, b.onUpdate);
        if (a.deferrable != b.deferrable || a.initiallyDeferred != b.initiallyDeferred)
            property(properties, "deferrable", yesNo(a.deferrable), yesNo(b.deferrable));
        if (a.match != b.match)
            property(properties, "match", a.match, b.match);
    };
    diffNamed<ForeignKey>(
        n, ObjectKind::ForeignKey, Change::Kind::DropConstraint, olds, news,
        [&](const QString &name) { return m_options.renames.constraint(o.schema, o.name, name); },
        std::function<QString(const ForeignKey &)>(oldSignature),
        std::function<QString(const ForeignKey &)>(newSignature), foreignKeyDefinition, compare);
}

void Differ::diffExclusions(const Table &o, const Table &n, const ColumnMap &map)
{
    Q_UNUSED(map);
    const QList<const ExclusionConstraint *> olds = pointers(o.exclusions);
    const QList<const ExclusionConstraint *> news = pointers(n.exclusions);
    const auto signature = [](const ExclusionConstraint &x) -> QString {
        return exclusionDefinition(x);
    };
    const auto oldSignature = signature;
    const auto newSignature = signature;
    const auto compare = [&](const ExclusionConstraint &a, const ExclusionConstraint &b,
                             QList<PropertyChange> &properties) {
        if (exclusionDefinition(a) != exclusionDefinition(b))
            property(properties, "definition", exclusionDefinition(a), exclusionDefinition(b));
    };
    diffNamed<ExclusionConstraint>(
        n, ObjectKind::Exclusion, Change::Kind::DropConstraint, olds, news,
        [&](const QString &name) { return m_options.renames.constraint(o.schema, o.name, name); },
        std::function<QString(const ExclusionConstraint &)>(oldSignature),
        std::function<QString(const ExclusionConstraint &)>(newSignature), exclusionDefinition,
        compare);
}

void Differ::diffIndexes(const Table &o, const Table &n, const ColumnMap &map)
{
    // An index that backs a key constraint is that constraint's, compared there.
    const auto standalone = [](const Table &t) {
        QList<const Index *> out;
        for (const Index &i : t.indexes)
            if (i.constraint.isEmpty())
                out.append(&i);
        return out;
    };
    const QList<const Index *> olds = standalone(o);
    const QList<const Index *> news = standalone(n);
    const auto elements = [this](const Index &index, const ColumnMap &m) -> QString {
        QStringList parts;
        for (const IndexElement &e : index.elements)
            parts.append((e.column.isEmpty() ? exprKey(e.expression, m)
                                             : norm(m.value(norm(e.column), e.column))) +
                         u' ' + normalizedOpclass(e.opclass) + u' ' + e.collation + u' ' +
                         QString::number(e.descending) + e.nulls);
        return parts.join(u',');
    };
    const auto signature = [&](const Index &i, const ColumnMap &m) -> QString {
        return elements(i, m) + u'|' + QString::number(i.unique) + u'|' + i.method.toLower() +
               u'|' + exprKey(i.predicate, m) + u'|' + mapColumns(i.include, m).join(u',');
    };
    const auto oldSignature = [&](const Index &i) -> QString { return signature(i, map); };
    const auto newSignature = [&](const Index &i) -> QString { return signature(i, {}); };
    const auto compare = [&](const Index &a, const Index &b, QList<PropertyChange> &properties) {
        if (elements(a, map) != elements(b, {}))
            property(properties, "columns", indexElements(a), indexElements(b));
        if (a.unique != b.unique)
            property(properties, "unique", yesNo(a.unique), yesNo(b.unique));
        if (a.method.toLower() != b.method.toLower())
            property(properties, "method", a.method, b.method);
        if (!sameNames(mapColumns(a.include, map), b.include))
            property(properties, "include", a.include.join(QLatin1String(", ")),
                     b.include.join(QLatin1String(", ")));
        if (a.predicate.isEmpty() != b.predicate.isEmpty() ||
            (!a.predicate.isEmpty() && !sameExpr(a.predicate, b.predicate, map)))
            property(properties, "predicate", a.predicate, b.predicate);
    };
    diffNamed<Index>(
        n, ObjectKind::Index, Change::Kind::DropIndex, olds, news,
        [&](const QString &name) { return m_options.renames.index(o.schema, o.name, name); },
        std::function<QString(const Index &)>(oldSignature),
        std::function<QString(const Index &)>(newSignature), indexDefinition, compare);
}

void Differ::diffRowSecurity(const Table &o, const Table &n)
{
    if (o.rowSecurity == n.rowSecurity && o.forceRowSecurity == n.forceRowSecurity)
        return;
    const auto describe = [](const Table &t) -> QString {
        return t.forceRowSecurity ? Tr::tr("enabled, forced") : Tr::tr("enabled");
    };
    if (o.rowSecurity != n.rowSecurity) {
        Entry e = entry(n.rowSecurity ? ChangeKind::Added : ChangeKind::Dropped,
                        ObjectKind::RowSecurity, n.schema, n.name);
        e.definition = describe(n.rowSecurity ? n : o);
        e.origin = n.rowSecurity ? newest(n.origin, n.lastChange)
                                 : dropOrigin(Change::Kind::DisableRowSecurity, n.schema, n.name);
        add(std::move(e));
        return;
    }
    Entry e = entry(ChangeKind::Changed, ObjectKind::RowSecurity, n.schema, n.name);
    property(e.properties, "forced", yesNo(o.forceRowSecurity), yesNo(n.forceRowSecurity));
    e.origin = newest(n.origin, n.lastChange);
    add(std::move(e));
}

void Differ::diffPolicies(const Table &o, const Table &n, const ColumnMap &map)
{
    const QList<const Policy *> olds = pointers(o.policies);
    const QList<const Policy *> news = pointers(n.policies);
    const auto roles = [](const Policy &p) -> QString {
        QStringList list = p.roles;
        list.sort();
        return list.join(QLatin1String(", "));
    };
    const auto signature = [&](const Policy &p, const ColumnMap &m) -> QString {
        return p.command + u'|' + QString::number(p.permissive) + u'|' + roles(p) + u'|' +
               exprKey(p.usingExpr, m) + u'|' + exprKey(p.withCheck, m);
    };
    const auto oldSignature = [&](const Policy &p) -> QString { return signature(p, map); };
    const auto newSignature = [&](const Policy &p) -> QString { return signature(p, {}); };
    const auto compare = [&](const Policy &a, const Policy &b, QList<PropertyChange> &properties) {
        if (a.command != b.command)
            property(properties, "command", a.command, b.command);
        if (a.permissive != b.permissive)
            property(properties, "permissive", yesNo(a.permissive), yesNo(b.permissive));
        if (roles(a) != roles(b))
            property(properties, "roles", roles(a), roles(b));
        if (a.usingExpr.isEmpty() != b.usingExpr.isEmpty() ||
            (!a.usingExpr.isEmpty() && !sameExpr(a.usingExpr, b.usingExpr, map)))
            property(properties, "using", a.usingExpr, b.usingExpr);
        if (a.withCheck.isEmpty() != b.withCheck.isEmpty() ||
            (!a.withCheck.isEmpty() && !sameExpr(a.withCheck, b.withCheck, map)))
            property(properties, "withCheck", a.withCheck, b.withCheck);
    };
    diffNamed<Policy>(
        n, ObjectKind::Policy, Change::Kind::DropPolicy, olds, news,
        [](const QString &name) { return name; },
        std::function<QString(const Policy &)>(oldSignature),
        std::function<QString(const Policy &)>(newSignature), policyDefinition, compare);
}

void Differ::diffTriggers(const Table &o, const Table &n, const ColumnMap &map)
{
    const QList<const Trigger *> olds = pointers(o.triggers);
    const QList<const Trigger *> news = pointers(n.triggers);
    // The called function by name: the server qualifies it when its schema is not on the
    // search_path, a migration writes it as it likes.
    const auto function = [](const Trigger &t) -> QString {
        QString f = t.function;
        if (f.endsWith(QLatin1String("()")))
            f.chop(2);
        f.remove(QLatin1Char('"'));
        return f.section(QLatin1Char('.'), -1);
    };
    const auto events = [](const Trigger &t) -> QString {
        QStringList list = t.events;
        for (QString &e : list)
            e = e.toLower();
        list.sort();
        return list.join(u',');
    };
    const auto signature = [&](const Trigger &t, const ColumnMap &m) -> QString {
        if (!t.sql.isEmpty())
            return t.sql.simplified().toLower();
        return t.timing.toLower() + u'|' + events(t) + u'|' + QString::number(t.forEachRow) + u'|' +
               function(t) + u'|' + exprKey(t.when, m) + u'|' +
               mapColumns(t.updateColumns, m).join(u',');
    };
    const auto oldSignature = [&](const Trigger &t) -> QString { return signature(t, map); };
    const auto newSignature = [&](const Trigger &t) -> QString { return signature(t, {}); };
    const auto compare = [&](const Trigger &a, const Trigger &b,
                             QList<PropertyChange> &properties) {
        if (!a.sql.isEmpty() || !b.sql.isEmpty()) {
            if (a.sql.simplified().compare(b.sql.simplified(), Qt::CaseInsensitive) != 0)
                property(properties, "definition", triggerDefinition(a), triggerDefinition(b));
            return;
        }
        if (a.timing.toLower() != b.timing.toLower())
            property(properties, "timing", a.timing, b.timing);
        if (events(a) != events(b) || !sameNames(mapColumns(a.updateColumns, map), b.updateColumns))
            property(properties, "events", a.events.join(QLatin1String(", ")),
                     b.events.join(QLatin1String(", ")));
        if (a.forEachRow != b.forEachRow)
            property(properties, "forEachRow", yesNo(a.forEachRow), yesNo(b.forEachRow));
        if (function(a) != function(b))
            property(properties, "function", a.function, b.function);
        if (a.when.isEmpty() != b.when.isEmpty() ||
            (!a.when.isEmpty() && !sameExpr(a.when, b.when, map)))
            property(properties, "when", a.when, b.when);
    };
    diffNamed<Trigger>(
        n, ObjectKind::Trigger, Change::Kind::DropTrigger, olds, news,
        [](const QString &name) { return name; },
        std::function<QString(const Trigger &)>(oldSignature),
        std::function<QString(const Trigger &)>(newSignature), triggerDefinition, compare);
}

} // namespace schemalens::diff::detail
