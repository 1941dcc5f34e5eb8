#pragma once

#include "core/model/history.h"

#include <QHash>
#include <QString>

namespace schemalens::model {
struct Schema;
}

namespace schemalens::diff {

// What a History says was renamed between two points, as a map from the old schema's names
// to the new ones: tables (ALTER TABLE RENAME, SET SCHEMA), columns, constraints, indexes and
// enum values. Objects are followed by identity, so chains (a -> b -> c) collapse, a rename
// back cancels out, and an object created within the range and renamed (Prisma's
// "new_orders" renamed to "orders" after the old one is dropped) is no rename: it takes the
// place of the one under its final name.
class Renames {
public:
    // The renames CHANGES (in applied order) make to OLD's objects. SQLite names compare
    // case-insensitively (caseInsensitive).
    static Renames fromHistory(const model::Schema &oldSchema, const QList<model::Change> &changes,
                               bool caseInsensitive = false);

    bool isEmpty() const { return m_tables.isEmpty() && m_objects.isEmpty(); }

    // The new schema and name of OLD's table SCHEMA.NAME (the same when not renamed).
    std::pair<QString, QString> table(const QString &schema, const QString &name) const;
    bool tableRenamed(const QString &schema, const QString &name) const;
    // The new name of an object of OLD's table SCHEMA.TABLE (table by its old name).
    QString column(const QString &schema, const QString &table, const QString &name) const;
    QString constraint(const QString &schema, const QString &table, const QString &name) const;
    QString index(const QString &schema, const QString &table, const QString &name) const;
    QString enumValue(const QString &schema, const QString &enumName, const QString &value) const;
    // OLD's column names of table SCHEMA.TABLE mapped to their new names (renamed ones only).
    QHash<QString, QString> columnMap(const QString &schema, const QString &table) const;

private:
    QString key(const QString &schema, const QString &name) const;
    QString objectKey(const QString &tableKey, char tag, const QString &name) const;
    QString object(char tag, const QString &schema, const QString &table,
                   const QString &name) const;

    bool m_caseInsensitive = false;
    QHash<QString, std::pair<QString, QString>> m_tables; // old key -> new (schema, name)
    QHash<QString, QString> m_objects;                    // old table key/tag/old name -> new
};

} // namespace schemalens::diff
