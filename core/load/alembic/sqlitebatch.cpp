#include "core/load/alembic/sqlitebatch.h"

#include "core/load/sqlite/ddlparser.h"
#include "core/load/sqlite/sqlitedb.h"
#include "core/load/treesitter/placedsql.h"

#include <QMap>
#include <QRegularExpression>

namespace schemalens::load::alembic {

using treesitter::quoteIdentifier;

namespace {

QString quoteNames(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(quoteIdentifier(n));
    return quoted.join(QStringLiteral(", "));
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString pragmaSql(const char *pragma, const QString &table)
{
    return QStringLiteral("SELECT * FROM pragma_%1(%2)")
        .arg(QLatin1String(pragma), treesitter::quoteLiteral(table));
}

} // namespace

qsizetype TableShape::column(const QString &name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (sameName(columns[i].name, name))
            return i;
    }
    return -1;
}

void TableShape::renameColumn(const QString &from, const QString &to)
{
    const qsizetype i = column(from);
    if (i >= 0)
        columns[i].name = to;
    auto rename = [&](QStringList &names) {
        for (QString &n : names) {
            if (sameName(n, from))
                n = to;
        }
    };
    for (ShapeConstraint &c : constraints)
        rename(c.columns);
    for (ShapeIndex &index : indexes) {
        rename(index.columns);
        if (index.columns.isEmpty())
            index.sql.clear(); // an expression index naming the column cannot be kept as written
    }
}

void TableShape::dropColumn(const QString &name)
{
    const qsizetype i = column(name);
    if (i >= 0)
        columns.removeAt(i);
    auto names = [&](const QStringList &list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const QString &n) { return sameName(n, name); });
    };
    constraints.removeIf([&](const ShapeConstraint &c) { return names(c.columns); });
    indexes.removeIf([&](const ShapeIndex &index) { return names(index.columns); });
}

std::optional<TableShape> reflectTable(sqlite::Database &db, const QString &table)
{
    sqlite::Statement create = db.prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name = ?1 COLLATE NOCASE");
    if (!create.isValid())
        return std::nullopt;
    create.bind(1, table);
    if (!create.next())
        return std::nullopt;
    TableShape shape;
    shape.name = create.text(0);
    const QByteArray sql = create.text(1).toUtf8();
    const sqlite::ParsedTable parsed = sqlite::parseCreateTable(sql);

    sqlite::Statement info = db.prepare(pragmaSql("table_xinfo", shape.name).toUtf8().constData());
    QMap<int, QString> keyColumns;
    while (info.isValid() && info.next()) {
        if (info.integer(6) == 1) // hidden column of a virtual table
            continue;
        ShapeColumn column;
        column.name = info.text(1);
        column.oldName = column.name;
        column.type = info.text(2);
        column.notNull = info.integer(3) != 0;
        if (!info.isNull(4))
            column.defaultSql = info.text(4);
        if (const int pk = int(info.integer(5)); pk > 0)
            keyColumns.insert(pk, column.name);
        shape.columns.append(column);
    }
    if (!keyColumns.isEmpty()) {
        ShapeConstraint key;
        key.kind = ShapeConstraint::Kind::PrimaryKey;
        key.columns = keyColumns.values();
        for (const sqlite::ParsedKey &k : parsed.keys) {
            if (k.primary)
                key.name = k.name;
        }
        shape.constraints.append(key);
    }
    for (const sqlite::ParsedKey &k : parsed.keys) {
        if (k.primary)
            continue;
        ShapeConstraint unique;
        unique.kind = ShapeConstraint::Kind::Unique;
        unique.name = k.name;
        unique.columns = k.columns;
        shape.constraints.append(unique);
    }
    for (const sqlite::ParsedCheck &c : parsed.checks) {
        ShapeConstraint check;
        check.kind = ShapeConstraint::Kind::Check;
        check.name = c.name;
        check.expression = c.expression;
        if (!c.column.isEmpty())
            check.columns = {c.column};
        shape.constraints.append(check);
    }
    // Foreign keys: PRAGMA foreign_key_list for the actions, the CREATE statement for names.
    sqlite::Statement fks =
        db.prepare(pragmaSql("foreign_key_list", shape.name).toUtf8().constData());
    QMap<qint64, ShapeConstraint> byId;
    while (fks.isValid() && fks.next()) {
        ShapeConstraint &fk = byId[fks.integer(0)];
        fk.kind = ShapeConstraint::Kind::ForeignKey;
        fk.refTable = fks.text(2);
        fk.columns.append(fks.text(3));
        if (!fks.isNull(4))
            fk.refColumns.append(fks.text(4));
        fk.onUpdate = fks.text(5);
        fk.onDelete = fks.text(6);
    }
    // foreign_key_list numbers the keys from the last one declared.
    QList<ShapeConstraint> foreignKeys = byId.values();
    std::reverse(foreignKeys.begin(), foreignKeys.end());
    for (ShapeConstraint &fk : foreignKeys) {
        for (const sqlite::ParsedForeignKey &p : parsed.foreignKeys) {
            if (sqlite::foreignKeyKey(p.columns, p.refTable) ==
                sqlite::foreignKeyKey(fk.columns, fk.refTable)) {
                fk.name = p.name;
                if (p.deferrable)
                    fk.deferrable = p.initiallyDeferred
                                        ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED")
                                        : QStringLiteral(" DEFERRABLE");
            }
        }
        if (fk.refColumns.size() != fk.columns.size())
            fk.refColumns.clear();
        shape.constraints.append(fk);
    }
    sqlite::Statement indexes = db.prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 COLLATE NOCASE "
        "AND sql IS NOT NULL ORDER BY rowid");
    indexes.bind(1, shape.name);
    while (indexes.isValid() && indexes.next()) {
        ShapeIndex index;
        index.name = indexes.text(0);
        index.sql = indexes.text(1);
        const sqlite::ParsedIndex p = sqlite::parseCreateIndex(index.sql.toUtf8());
        index.unique = p.unique;
        index.where = p.predicate;
        bool plain = true;
        for (const sqlite::ParsedIndexElement &e : p.elements) {
            if (e.column.isEmpty())
                plain = false;
            index.columns.append(e.column.isEmpty() ? e.expression : e.column);
        }
        if (!plain)
            index.columns.clear();
        shape.indexes.append(index);
    }
    return shape;
}

QStringList rebuildStatements(const TableShape &shape)
{
    const QString temp = QString(QStringLiteral("_alembic_tmp_") + shape.name).left(50);
    QStringList parts;
    for (const ShapeColumn &c : shape.columns) {
        QString def = quoteIdentifier(c.name);
        if (!c.type.isEmpty()) {
            // PRAGMA table_xinfo gives a quoted type name ("myapp.types.GUID") unquoted.
            static const QRegularExpression plainType(
                QStringLiteral("^[A-Za-z_][A-Za-z0-9_ ]*(\\([0-9 ,+-]*\\))?$"));
            def += QLatin1Char(' ') +
                   (plainType.match(c.type).hasMatch() ? c.type : quoteIdentifier(c.type));
        }
        if (c.defaultSql)
            def += QStringLiteral(" DEFAULT ") + *c.defaultSql;
        if (c.notNull)
            def += QStringLiteral(" NOT NULL");
        parts.append(def);
    }
    for (const ShapeConstraint &c : shape.constraints) {
        QString clause = c.name.isEmpty() ? QString()
                                          : QStringLiteral("CONSTRAINT ") +
                                                quoteIdentifier(c.name) + QLatin1Char(' ');
        switch (c.kind) {
        case ShapeConstraint::Kind::PrimaryKey:
            clause += QStringLiteral("PRIMARY KEY (") + quoteNames(c.columns) + QLatin1Char(')');
            break;
        case ShapeConstraint::Kind::Unique:
            clause += QStringLiteral("UNIQUE (") + quoteNames(c.columns) + QLatin1Char(')');
            break;
        case ShapeConstraint::Kind::Check:
            clause += QStringLiteral("CHECK (") + c.expression + QLatin1Char(')');
            break;
        case ShapeConstraint::Kind::ForeignKey:
            clause += QStringLiteral("FOREIGN KEY(") + quoteNames(c.columns) +
                      QStringLiteral(") REFERENCES ") + quoteIdentifier(c.refTable);
            if (!c.refColumns.isEmpty())
                clause += QStringLiteral(" (") + quoteNames(c.refColumns) + QLatin1Char(')');
            if (!c.onDelete.isEmpty() && c.onDelete.toUpper() != QLatin1String("NO ACTION"))
                clause += QStringLiteral(" ON DELETE ") + c.onDelete.toUpper();
            if (!c.onUpdate.isEmpty() && c.onUpdate.toUpper() != QLatin1String("NO ACTION"))
                clause += QStringLiteral(" ON UPDATE ") + c.onUpdate.toUpper();
            clause += c.deferrable;
            break;
        }
        parts.append(clause);
    }
    QStringList statements;
    statements.append(QStringLiteral("CREATE TABLE ") + quoteIdentifier(temp) +
                      QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')'));
    QStringList targets;
    QStringList sources;
    for (const ShapeColumn &c : shape.columns) {
        if (c.oldName.isEmpty())
            continue;
        targets.append(quoteIdentifier(c.name));
        sources.append(quoteIdentifier(c.oldName));
    }
    if (!targets.isEmpty())
        statements.append(QStringLiteral("INSERT INTO ") + quoteIdentifier(temp) +
                          QStringLiteral(" (") + targets.join(QStringLiteral(", ")) +
                          QStringLiteral(") SELECT ") + sources.join(QStringLiteral(", ")) +
                          QStringLiteral(" FROM ") + quoteIdentifier(shape.name));
    statements.append(QStringLiteral("DROP TABLE ") + quoteIdentifier(shape.name));
    statements.append(QStringLiteral("ALTER TABLE ") + quoteIdentifier(temp) +
                      QStringLiteral(" RENAME TO ") + quoteIdentifier(shape.name));
    for (const ShapeIndex &index : shape.indexes) {
        if (index.columns.isEmpty()) {
            if (!index.sql.isEmpty())
                statements.append(index.sql);
            continue;
        }
        QString sql = QStringLiteral("CREATE ") +
                      (index.unique ? QStringLiteral("UNIQUE ") : QString()) +
                      QStringLiteral("INDEX ") + quoteIdentifier(index.name) +
                      QStringLiteral(" ON ") + quoteIdentifier(shape.name) + QStringLiteral(" (") +
                      quoteNames(index.columns) + QLatin1Char(')');
        if (!index.where.isEmpty())
            sql += QStringLiteral(" WHERE ") + index.where;
        statements.append(sql);
    }
    return statements;
}

} // namespace schemalens::load::alembic
