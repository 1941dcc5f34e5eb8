// DROP TABLE/INDEX/TYPE/VIEW/SCHEMA/SEQUENCE/FUNCTION/TRIGGER/POLICY/EXTENSION.

#include "core/load/pg/pgapplier.h"

#include "core/load/pg/pgexpr.h"
#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgnodes.h"

#include <QCoreApplication>

namespace schemalens::load::pg {

using namespace schemalens::model;

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

} // namespace

void PgApplier::dropTable(const QualifiedName &name, bool cascade, bool missingOk)
{
    Table *table = resolveTable(name, true);
    if (!table) {
        if (missingOk)
            return notice(Tr::tr("table \"%1\" does not exist, skipping").arg(name.name));
        fail(Tr::tr("table \"%1\" does not exist").arg(name.name));
    }
    const QString schema = table->schema;
    const QString tableName = table->name;
    const QString qualified = table->qualifiedName();
    for (const Table &other : m_schema.tables) {
        if (other.schema == schema && other.name == tableName)
            continue;
        const bool dependsOnFk = std::any_of(
            other.foreignKeys.cbegin(), other.foreignKeys.cend(), [&](const ForeignKey &fk) {
                return fk.refTable == tableName && fk.refSchema == schema;
            });
        const bool isChild = other.inherits.contains(qualified);
        if ((dependsOnFk || isChild) && !cascade)
            fail(Tr::tr("cannot drop table %1 because other objects depend on it").arg(tableName));
    }
    dropDependentViews(qualified, cascade, Tr::tr("table %1").arg(tableName));
    // CASCADE removes the referencing constraints (not the tables); partitions always go
    // with their partitioned table.
    for (Table &other : m_schema.tables)
        other.foreignKeys.removeIf([&](const ForeignKey &fk) {
            return fk.refTable == tableName && fk.refSchema == schema &&
                   !(other.schema == schema && other.name == tableName);
        });
    QStringList dropped{tableName};
    for (qsizetype i = 0; i < dropped.size(); ++i)
        for (const Table &t : m_schema.tables)
            if (t.partitionOf == dropped.at(i) && t.partitionOfSchema == schema)
                dropped.append(t.name);
    m_schema.tables.removeIf(
        [&](const Table &t) { return t.schema == schema && dropped.contains(t.name); });
    for (Table &other : m_schema.tables)
        other.inherits.removeAll(qualified);
    const QString ownedPrefix = tableName + QLatin1Char('.');
    m_schema.sequences.removeIf(
        [&](const Sequence &s) { return s.schema == schema && s.ownedBy.startsWith(ownedPrefix); });
    rebuildLookups();
    record(Change::Kind::DropTable, schema, tableName);
}

void PgApplier::dropIndex(const QualifiedName &name, bool missingOk, bool cascade)
{
    const QStringList schemas = name.schema.isEmpty() ? m_searchPath : QStringList{name.schema};
    for (const QString &schema : schemas) {
        for (Table &t : m_schema.tables) {
            if (t.schema != schema)
                continue;
            const bool backsConstraint =
                (t.primaryKey && t.primaryKey->name == name.name) ||
                std::any_of(t.uniques.cbegin(), t.uniques.cend(),
                            [&](const KeyConstraint &k) { return k.name == name.name; });
            if (backsConstraint)
                fail(Tr::tr("cannot drop index %1 because constraint %1 on table %2 requires it")
                         .arg(name.name, t.name));
            if (Index *index = t.index(name.name)) {
                if (index->unique && index->predicate.isEmpty())
                    dropDependentForeignKeys(t, index->columns(), cascade,
                                             Tr::tr("index %1").arg(name.name));
                t.indexes.removeIf([&](const Index &i) { return i.name == name.name; });
                rebuildLookups();
                record(Change::Kind::DropIndex, t.schema, t.name, name.name);
                return;
            }
        }
        for (View &v : m_schema.views)
            if (v.schema == schema &&
                v.indexes.removeIf([&](const Index &i) { return i.name == name.name; }) > 0) {
                rebuildLookups();
                return;
            }
    }
    if (!missingOk)
        fail(Tr::tr("index \"%1\" does not exist").arg(name.name));
}

void PgApplier::drop(const JsonObject &node)
{
    const QString type = str(node, "removeType");
    const bool cascade = str(node, "behavior") == QLatin1String("DROP_CASCADE");
    const bool missingOk = flag(node, "missing_ok");
    for (const JsonValue &value : arr(node, "objects")) {
        const JsonObject object = value.toObject();
        QualifiedName name;
        if (nodeType(object) == QLatin1String("List"))
            name = nameFromList(arr(nodeBody(object), "items"));
        else if (nodeType(object) == QLatin1String("TypeName"))
            name = nameFromList(arr(nodeBody(object), "names"));
        else if (nodeType(object) == QLatin1String("String"))
            name.name = str(nodeBody(object), "sval");
        else if (nodeType(object) == QLatin1String("ObjectWithArgs"))
            name = nameFromList(arr(nodeBody(object), "objname"));

        if (type == QLatin1String("OBJECT_TABLE") ||
            type == QLatin1String("OBJECT_FOREIGN_TABLE")) {
            dropTable(name, cascade, missingOk);
        } else if (type == QLatin1String("OBJECT_INDEX")) {
            dropIndex(name, missingOk, cascade);
            if (flag(node, "concurrent") && !m_pendingChanges.isEmpty())
                m_pendingChanges.last().concurrently = true;
        } else if (type == QLatin1String("OBJECT_TYPE") || type == QLatin1String("OBJECT_DOMAIN")) {
            EnumType *e = resolveEnum(name);
            const QString schema = e ? e->schema : QString();
            const qsizetype removed =
                e ? m_schema.enums.removeIf([&](const EnumType &x) {
                    return x.schema == schema && x.name == name.name;
                })
                  : m_schema.otherTypes.removeIf([&](const OtherType &x) {
                        return x.name == name.name &&
                               (name.schema.isEmpty() || x.schema == name.schema);
                    });
            if (removed == 0 && !missingOk)
                fail(Tr::tr("type \"%1\" does not exist").arg(name.name));
            if (removed > 0) {
                record(Change::Kind::DropType, schema, name.name);
            }
        } else if (type == QLatin1String("OBJECT_VIEW") ||
                   type == QLatin1String("OBJECT_MATVIEW")) {
            View *v = resolveView(name);
            if (!v) {
                if (!missingOk)
                    fail(Tr::tr("view \"%1\" does not exist").arg(name.name));
                continue;
            }
            const QString schema = v->schema;
            dropDependentViews(schema + QLatin1Char('.') + name.name, cascade,
                               Tr::tr("view %1").arg(name.name));
            m_schema.views.removeIf(
                [&](const View &x) { return x.schema == schema && x.name == name.name; });
            rebuildLookups();
            record(Change::Kind::DropView, schema, name.name);
        } else if (type == QLatin1String("OBJECT_SCHEMA")) {
            if (!m_schema.hasNamespace(name.name)) {
                if (!missingOk)
                    fail(Tr::tr("schema \"%1\" does not exist").arg(name.name));
                continue;
            }
            const auto inSchema = [&](const auto &x) { return x.schema == name.name; };
            const bool hasObjects =
                std::any_of(m_schema.tables.cbegin(), m_schema.tables.cend(), inSchema) ||
                std::any_of(m_schema.views.cbegin(), m_schema.views.cend(), inSchema) ||
                std::any_of(m_schema.enums.cbegin(), m_schema.enums.cend(), inSchema);
            if (hasObjects && !cascade)
                fail(Tr::tr("cannot drop schema %1 because other objects depend on it")
                         .arg(name.name));
            m_schema.tables.removeIf(inSchema);
            m_schema.views.removeIf(inSchema);
            m_schema.enums.removeIf(inSchema);
            m_schema.otherTypes.removeIf(inSchema);
            m_schema.functions.removeIf(inSchema);
            m_schema.sequences.removeIf(inSchema);
            for (Table &t : m_schema.tables)
                t.foreignKeys.removeIf(
                    [&](const ForeignKey &fk) { return fk.refSchema == name.name; });
            m_schema.namespaces.removeIf([&](const Namespace &n) { return n.name == name.name; });
            m_droppedSchemas.insert(name.name);
            rebuildLookups();
            Change change;
            change.kind = Change::Kind::DropSchema;
            change.schema = name.name;
            record(change);
        } else if (type == QLatin1String("OBJECT_SEQUENCE")) {
            const qsizetype removed = m_schema.sequences.removeIf([&](const Sequence &s) {
                return s.name == name.name &&
                       (name.schema.isEmpty() ? m_searchPath.contains(s.schema)
                                              : s.schema == name.schema);
            });
            if (removed == 0 && !missingOk)
                fail(Tr::tr("sequence \"%1\" does not exist").arg(name.name));
            rebuildLookups();
        } else if (type == QLatin1String("OBJECT_FUNCTION") ||
                   type == QLatin1String("OBJECT_PROCEDURE")) {
            // CASCADE takes the triggers that call the function with it (Lemmy drops its
            // aggregate functions this way to replace its triggers).
            const auto calls = [&](const Trigger &t) {
                QString function = t.function;
                if (function.endsWith(QLatin1String("()")))
                    function.chop(2);
                const qsizetype dot = function.lastIndexOf(QLatin1Char('.'));
                const QString qualifier = dot < 0 ? QString() : function.left(dot);
                return function.mid(dot + 1) == name.name &&
                       (name.schema.isEmpty() || qualifier.isEmpty() || qualifier == name.schema);
            };
            for (Table &t : m_schema.tables) {
                if (!cascade)
                    break;
                for (const Trigger &trigger : std::as_const(t.triggers)) {
                    if (!calls(trigger))
                        continue;
                    Change change;
                    change.kind = Change::Kind::DropTrigger;
                    change.schema = t.schema;
                    change.table = t.name;
                    change.object = trigger.name;
                    record(change);
                }
                t.triggers.removeIf(calls);
            }
            m_schema.functions.removeIf([&](const Function &f) {
                return f.name == name.name && (name.schema.isEmpty() || f.schema == name.schema);
            });
        } else if (type == QLatin1String("OBJECT_TRIGGER") ||
                   type == QLatin1String("OBJECT_POLICY")) {
            // objects: [schema?, table, name]
            QStringList parts = stringList(arr(nodeBody(object), "items"));
            if (parts.size() < 2)
                continue;
            const QString objectName = parts.takeLast();
            const QString tableName = parts.takeLast();
            const QString schema = parts.isEmpty() ? QString() : parts.last();
            Table *table = resolveTable(QualifiedName{schema, tableName}, missingOk);
            if (!table)
                continue;
            const bool trigger = type == QLatin1String("OBJECT_TRIGGER");
            const qsizetype removed = trigger ? table->triggers.removeIf([&](const Trigger &t) {
                return t.name == objectName;
            })
                                              : table->policies.removeIf([&](const Policy &p) {
                                                    return p.name == objectName;
                                                });
            if (removed == 0 && !missingOk)
                fail((trigger ? Tr::tr("trigger \"%1\" for table \"%2\" does not exist")
                              : Tr::tr("policy \"%1\" for table \"%2\" does not exist"))
                         .arg(objectName, tableName));
            Change change;
            change.kind = trigger ? Change::Kind::DropTrigger : Change::Kind::DropPolicy;
            change.schema = table->schema;
            change.table = table->name;
            change.object = objectName;
            record(change);
        } else if (type == QLatin1String("OBJECT_EXTENSION")) {
            m_schema.extensions.removeIf([&](const Extension &e) { return e.name == name.name; });
        } else {
            // Casts, operators, rules, event triggers, publications...: not in the model.
            ignore(m_statementType + QLatin1Char(':') + type);
        }
    }
}

} // namespace schemalens::load::pg
