#pragma once

// The engine of diffSchemas(): Differ walks two schemas and writes one Entry per difference.
// Private to core/diff. Schema-level objects (schemas, tables, enums, views) are diffed in
// schemadiff.cpp, the parts of one table (columns, keys, constraints, indexes, row security,
// policies, triggers) and the pairing of their old and new objects in tablediff.cpp.

#include "core/diff/describe.h"
#include "core/diff/exprcanon.h"
#include "core/diff/schemadiff.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace schemalens::diff::detail {

using namespace schemalens::model;

inline Origin newest(const Origin &origin, const Origin &lastChange)
{
    return lastChange.isValid() ? lastChange : origin;
}

template <typename T> inline QList<const T *> pointers(const QList<T> &list)
{
    QList<const T *> out;
    out.reserve(list.size());
    for (const T &x : list)
        out.append(&x);
    return out;
}

// One pair of objects found equal by identity (rename, name or definition).
template <typename T> struct Pair {
    const T *oldObject = nullptr;
    const T *newObject = nullptr;
    bool renamed = false;
    bool fromHistory = false;
};

class Differ {
public:
    Differ(const Schema &oldSchema, const Schema &newSchema, const DiffOptions &options)
        : m_old(oldSchema)
        , m_new(newSchema)
        , m_options(options)
        , m_pg(options.pgExpressions)
    {}

    SchemaDiff run();

private:
    // Names compare as the engine does: SQLite ignores case.
    QString norm(const QString &name) const { return m_pg ? name : name.toLower(); }
    QString key(const QString &schema, const QString &name) const
    {
        return norm(schema) + QChar(0x1f) + norm(name);
    }
    QStringList mapColumns(const QStringList &columns, const ColumnMap &map) const
    {
        QStringList out;
        out.reserve(columns.size());
        for (const QString &c : columns)
            out.append(map.value(norm(c), c));
        return out;
    }
    bool sameNames(const QStringList &a, const QStringList &b) const
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (norm(a.at(i)) != norm(b.at(i)))
                return false;
        return true;
    }
    bool sameExpr(const QString &a, const QString &b, const ColumnMap &map = {}) const
    {
        return sameExpression(a, b, m_pg, map);
    }
    QString exprKey(const QString &expression, const ColumnMap &map = {}) const
    {
        if (expression.trimmed().isEmpty())
            return {};
        return m_pg ? canonicalExpression(expression, map) : expression.simplified();
    }

    void add(Entry entry) { m_entries.append(std::move(entry)); }
    Entry entry(ChangeKind change, ObjectKind kind, const QString &schema, const QString &table,
                const QString &name = QString()) const
    {
        Entry e;
        e.change = change;
        e.kind = kind;
        e.schema = schema;
        e.table = table;
        e.name = name;
        return e;
    }
    static void property(QList<PropertyChange> &list, const char *name, const QString &oldValue,
                         const QString &newValue)
    {
        list.append({QLatin1String(name), oldValue, newValue});
    }

    Origin dropOrigin(Change::Kind kind, const QString &schema, const QString &table,
                      const QString &object = QString());

    void diffSchemas();
    void diffTables();
    void diffTable(const Table &oldTable, const Table &newTable, bool renamed);
    void diffColumns(const Table &o, const Table &n, const ColumnMap &map);
    void diffPrimaryKey(const Table &o, const Table &n, const ColumnMap &map);
    void diffUniques(const Table &o, const Table &n, const ColumnMap &map);
    void diffChecks(const Table &o, const Table &n, const ColumnMap &map);
    void diffForeignKeys(const Table &o, const Table &n, const ColumnMap &map);
    void diffExclusions(const Table &o, const Table &n, const ColumnMap &map);
    void diffIndexes(const Table &o, const Table &n, const ColumnMap &map);
    void diffRowSecurity(const Table &o, const Table &n);
    void diffPolicies(const Table &o, const Table &n, const ColumnMap &map);
    void diffTriggers(const Table &o, const Table &n, const ColumnMap &map);
    void diffEnums();
    void diffViews();

    // Pairs OLD's and NEW's objects of one kind: by the History's rename, by name, then (for
    // constraints and indexes) by an equal definition under another name.
    template <typename T, typename Describe, typename Compare>
    void diffNamed(const Table &n, ObjectKind kind, Change::Kind dropKind,
                   const QList<const T *> &olds, const QList<const T *> &news,
                   const std::function<QString(const QString &)> &renamedTo,
                   const std::function<QString(const T &)> &oldSignature,
                   const std::function<QString(const T &)> &newSignature, Describe describe,
                   Compare compare);

    template <typename T, typename Rename, typename Signature>
    QList<Pair<T>> pairObjects(const QList<const T *> &olds, const QList<const T *> &news,
                               Rename renamedTo, Signature oldSignature, Signature newSignature,
                               bool byDefinition, QList<const T *> *dropped,
                               QList<const T *> *added, bool definitionFirst = false) const;

    const Schema &m_old;
    const Schema &m_new;
    const DiffOptions &m_options;
    bool m_pg;
    QList<Entry> m_entries;
    QHash<QString, Origin> m_drops; // built on first use from the History
    bool m_dropsBuilt = false;
};

} // namespace schemalens::diff::detail
