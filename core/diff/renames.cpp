#include "core/diff/renames.h"

#include "core/model/schema.h"

namespace schemalens::diff {

using model::Change;

namespace {

constexpr char kColumn = 'c';
constexpr char kConstraint = 'k';
constexpr char kIndex = 'i';
constexpr char kEnumValue = 'v';
const QChar kSeparator(0x1f);

// Follows objects through a range of changes by identity. A relation (table or enum type)
// has an id; OLD's relations know their original key, ones created in the range have none.
class IdentityTracker {
public:
    explicit IdentityTracker(bool caseInsensitive)
        : m_caseInsensitive(caseInsensitive)
    {}

    QString key(const QString &schema, const QString &name) const
    {
        const QString k = schema + kSeparator + name;
        return m_caseInsensitive ? k.toLower() : k;
    }
    QString norm(const QString &name) const { return m_caseInsensitive ? name.toLower() : name; }

    void addOriginal(const QString &relationKey, const QString &schema, const QString &name)
    {
        m_ids.insert(relationKey, int(m_original.size()));
        m_original.append(std::pair<QString, QString>(schema, name));
    }
    void create(const QString &relationKey)
    {
        m_ids.insert(relationKey, int(m_original.size()));
        m_original.append(std::pair<QString, QString>());
        takePlace(int(m_original.size()) - 1, relationKey);
    }
    void drop(const QString &relationKey)
    {
        const int id = m_ids.value(relationKey, -1);
        if (id >= 0 && !m_original.at(id).second.isEmpty())
            m_dropped.insert(relationKey, m_original.at(id));
        m_ids.remove(relationKey);
    }
    void move(const QString &from, const QString &to)
    {
        const auto it = m_ids.constFind(from);
        if (it == m_ids.cend())
            return;
        const int id = *it;
        m_ids.erase(it);
        m_ids.insert(to, id);
        takePlace(id, to);
    }

    // Objects inside a relation: their original names, "" for created or gone ones.
    void objectCreated(const QString &relationKey, char tag, const QString &name)
    {
        if (const int id = m_ids.value(relationKey, -1); id >= 0)
            m_objectOrigin.insert(objectKey(id, tag, name), QString());
    }
    void objectRenamed(const QString &relationKey, char tag, const QString &from, const QString &to)
    {
        const int id = m_ids.value(relationKey, -1);
        if (id < 0)
            return;
        const QString original = originalObject(id, tag, from);
        m_objectOrigin.insert(objectKey(id, tag, from), QString());
        m_objectOrigin.insert(objectKey(id, tag, to), original);
    }

    void result(QHash<QString, std::pair<QString, QString>> &tables,
                QHash<QString, QString> &objects) const
    {
        // Current names of the relations OLD had, by id.
        QHash<int, std::pair<QString, QString>> current;
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
            const auto &[schema, name] = m_original.at(*it);
            if (name.isEmpty())
                continue;
            const QString relation = it.key();
            const QString newSchema = relation.section(kSeparator, 0, 0);
            const QString newName = m_displayNames.value(relation, relation.section(kSeparator, 1));
            current.insert(*it, {newSchema, newName});
            if (relation != key(schema, name))
                tables.insert(key(schema, name), {newSchema, newName});
        }
        for (auto it = m_objectOrigin.cbegin(); it != m_objectOrigin.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            const int id = it.key().section(kSeparator, 0, 0).toInt();
            const QString tag = it.key().section(kSeparator, 1, 1);
            const QString name = it.key().section(kSeparator, 2);
            if (norm(it.value()) == name || !current.contains(id))
                continue;
            const auto &[schema, table] = m_original.at(id);
            objects.insert(key(schema, table) + kSeparator + tag + kSeparator + norm(it.value()),
                           m_displayNames.value(it.key(), name));
        }
    }

    // Names as written (keys may be lower-cased).
    void remember(const QString &k, const QString &display) { m_displayNames.insert(k, display); }
    QString objectKeyFor(const QString &relationKey, char tag, const QString &name) const
    {
        const int id = m_ids.value(relationKey, -1);
        return id < 0 ? QString() : objectKey(id, tag, name);
    }

private:
    // A relation created in the range that arrives under the name of one OLD had and the
    // range dropped takes its place: SQLite's and Prisma's table rebuild (create new_t, copy,
    // drop t, rename new_t to t) and DROP + CREATE of the same name are one table changing.
    void takePlace(int id, const QString &relationKey)
    {
        if (!m_original.at(id).second.isEmpty())
            return;
        const auto it = m_dropped.constFind(relationKey);
        if (it == m_dropped.cend())
            return;
        m_original[id] = *it;
        m_dropped.erase(it);
    }

    QString objectKey(int id, char tag, const QString &name) const
    {
        return QString::number(id) + kSeparator + QLatin1Char(tag) + kSeparator + norm(name);
    }
    QString originalObject(int id, char tag, const QString &name) const
    {
        const auto it = m_objectOrigin.constFind(objectKey(id, tag, name));
        if (it != m_objectOrigin.cend())
            return *it;
        // Untouched so far: the relation's own object, if the relation is OLD's.
        return m_original.at(id).second.isEmpty() ? QString() : name;
    }

    bool m_caseInsensitive;
    QHash<QString, int> m_ids;
    QList<std::pair<QString, QString>> m_original;
    QHash<QString, QString> m_objectOrigin;
    QHash<QString, QString> m_displayNames;
    QHash<QString, std::pair<QString, QString>> m_dropped; // OLD's relations the range dropped
};

} // namespace

Renames Renames::fromHistory(const model::Schema &oldSchema, const QList<model::Change> &changes,
                             bool caseInsensitive)
{
    Renames renames;
    renames.m_caseInsensitive = caseInsensitive;
    IdentityTracker tracker(caseInsensitive);
    const QString enumPrefix = QStringLiteral("enum:");
    for (const model::Table &t : oldSchema.tables)
        tracker.addOriginal(tracker.key(t.schema, t.name), t.schema, t.name);
    for (const model::EnumType &e : oldSchema.enums)
        tracker.addOriginal(tracker.key(enumPrefix + e.schema, e.name), enumPrefix + e.schema,
                            e.name);

    for (const Change &c : changes) {
        const QString relation = tracker.key(c.schema, c.table);
        const QString enumRelation = tracker.key(enumPrefix + c.schema, c.table);
        switch (c.kind) {
        case Change::Kind::CreateTable:
            tracker.create(relation);
            break;
        case Change::Kind::DropTable:
            tracker.drop(relation);
            break;
        case Change::Kind::RenameTable: {
            const QString to = tracker.key(c.schema, c.newValue);
            tracker.move(tracker.key(c.schema, c.oldValue), to);
            tracker.remember(to, c.newValue);
            break;
        }
        case Change::Kind::SetTableSchema:
            tracker.move(tracker.key(c.oldValue, c.table), relation);
            break;
        case Change::Kind::AddColumn:
        case Change::Kind::DropColumn:
            tracker.objectCreated(relation, kColumn, c.object);
            break;
        case Change::Kind::RenameColumn:
            tracker.objectRenamed(relation, kColumn, c.oldValue, c.newValue);
            tracker.remember(tracker.objectKeyFor(relation, kColumn, c.newValue), c.newValue);
            break;
        case Change::Kind::AddConstraint:
        case Change::Kind::DropConstraint:
            tracker.objectCreated(relation, kConstraint, c.object);
            break;
        case Change::Kind::RenameConstraint:
            tracker.objectRenamed(relation, kConstraint, c.oldValue, c.newValue);
            tracker.remember(tracker.objectKeyFor(relation, kConstraint, c.newValue), c.newValue);
            break;
        case Change::Kind::CreateIndex:
        case Change::Kind::DropIndex:
            tracker.objectCreated(relation, kIndex, c.object);
            break;
        case Change::Kind::RenameIndex:
            // ALTER INDEX on a key's index renames the constraint too (and the reverse).
            tracker.objectRenamed(relation, kIndex, c.oldValue, c.newValue);
            tracker.objectRenamed(relation, kConstraint, c.oldValue, c.newValue);
            tracker.remember(tracker.objectKeyFor(relation, kIndex, c.newValue), c.newValue);
            tracker.remember(tracker.objectKeyFor(relation, kConstraint, c.newValue), c.newValue);
            break;
        case Change::Kind::CreateType:
            tracker.create(enumRelation);
            break;
        case Change::Kind::DropType:
            tracker.drop(enumRelation);
            break;
        case Change::Kind::AddEnumValue:
            tracker.objectCreated(enumRelation, kEnumValue, c.newValue);
            break;
        case Change::Kind::RenameEnumValue:
            tracker.objectRenamed(enumRelation, kEnumValue, c.oldValue, c.newValue);
            tracker.remember(tracker.objectKeyFor(enumRelation, kEnumValue, c.newValue),
                             c.newValue);
            break;
        default:
            break;
        }
    }
    tracker.result(renames.m_tables, renames.m_objects);
    // Enum "tables" are only used for their values.
    for (auto it = renames.m_tables.begin(); it != renames.m_tables.end();) {
        if (it.key().startsWith(enumPrefix, Qt::CaseInsensitive))
            it = renames.m_tables.erase(it);
        else
            ++it;
    }
    return renames;
}

QString Renames::key(const QString &schema, const QString &name) const
{
    const QString k = schema + kSeparator + name;
    return m_caseInsensitive ? k.toLower() : k;
}

QString Renames::objectKey(const QString &tableKey, char tag, const QString &name) const
{
    return tableKey + kSeparator + QLatin1Char(tag) + kSeparator +
           (m_caseInsensitive ? name.toLower() : name);
}

std::pair<QString, QString> Renames::table(const QString &schema, const QString &name) const
{
    return m_tables.value(key(schema, name), {schema, name});
}

bool Renames::tableRenamed(const QString &schema, const QString &name) const
{
    return m_tables.contains(key(schema, name));
}

QString Renames::object(char tag, const QString &schema, const QString &table,
                        const QString &name) const
{
    return m_objects.value(objectKey(key(schema, table), tag, name), name);
}

QString Renames::column(const QString &schema, const QString &table, const QString &name) const
{
    return object(kColumn, schema, table, name);
}

QString Renames::constraint(const QString &schema, const QString &table, const QString &name) const
{
    return object(kConstraint, schema, table, name);
}

QString Renames::index(const QString &schema, const QString &table, const QString &name) const
{
    return object(kIndex, schema, table, name);
}

QString Renames::enumValue(const QString &schema, const QString &enumName,
                           const QString &value) const
{
    return object(kEnumValue, QStringLiteral("enum:") + schema, enumName, value);
}

QHash<QString, QString> Renames::columnMap(const QString &schema, const QString &table) const
{
    QHash<QString, QString> map;
    const QString prefix = objectKey(key(schema, table), kColumn, QString());
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
        if (it.key().startsWith(prefix))
            map.insert(it.key().mid(prefix.size()), it.value());
    return map;
}

} // namespace schemalens::diff
