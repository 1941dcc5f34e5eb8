// Alembic's table-shaping ops rendered as the DDL Alembic (with SQLAlchemy 1.4's compilers)
// emits: create_table with its columns and constraints, add_column and alter_column.
#include "core/load/alembic/alembictranslator_p.h"

namespace schemalens::load::alembic {

using treesitter::quoteIdentifier;
using treesitter::quoteLiteral;

void RevisionTranslator::createTable(const Node &node, const Value &call)
{
    const qsizetype at = node.startByte();
    const QString table = stringArg(call, 0, "table_name", Tr::tr("create_table table name"), at);
    if (table.isEmpty())
        return;
    const QString schema = stringArg(call, -1, "schema", Tr::tr("schema"), at, false);

    struct Element {
        enum class Kind { Column, Clause } kind;
        ColumnSpec column;
        QString clause;
        qsizetype offset;
    };
    QList<Element> elements;
    QStringList indexStatements;
    bool explicitPrimaryKey = false;
    QStringList explicitKeyColumns;
    for (qsizetype i = 1; i < call.items.size(); ++i) {
        const Value &item = call.items.at(i);
        const QString q = item.kind == Value::Kind::Call ? m_imports.qualify(item.text) : QString();
        if (isSa(q, "Column")) {
            ColumnSpec column = columnSpec(item, table);
            if (column.ok)
                elements.append({Element::Kind::Column, column, QString(), item.offset});
            continue;
        }
        const Value *name = item.option(QStringLiteral("name"));
        const QString constraintName =
            name && name->isString()
                ? QStringLiteral("CONSTRAINT ") + quoteIdentifier(name->text) + QLatin1Char(' ')
                : QString();
        if (isSa(q, "PrimaryKeyConstraint")) {
            QStringList columns;
            for (const Value &c : item.items)
                columns.append(c.text);
            explicitPrimaryKey = true;
            explicitKeyColumns = columns;
            elements.append({Element::Kind::Clause,
                             {},
                             constraintName + QStringLiteral("PRIMARY KEY (") +
                                 quoteNames(columns) + QLatin1Char(')'),
                             item.offset});
        } else if (isSa(q, "UniqueConstraint")) {
            QStringList columns;
            for (const Value &c : item.items)
                columns.append(c.text);
            elements.append({Element::Kind::Clause,
                             {},
                             constraintName + QStringLiteral("UNIQUE (") + quoteNames(columns) +
                                 QLatin1Char(')') + deferrableClause(item),
                             item.offset});
        } else if (isSa(q, "CheckConstraint")) {
            const Value *sql = argument(item, 0, "sqltext");
            if (const std::optional<QString> text =
                    sql ? sqlText(*sql, Tr::tr("CheckConstraint"), item.offset) : std::nullopt)
                elements.append(
                    {Element::Kind::Clause,
                     {},
                     constraintName + QStringLiteral("CHECK (") + *text + QLatin1Char(')'),
                     item.offset});
        } else if (isSa(q, "ForeignKeyConstraint")) {
            // use_alter=True: SQLAlchemy leaves the key out of CREATE TABLE on dialects with
            // ALTER (PostgreSQL) for metadata.create_all to add later; op.create_table never
            // does, so the database has no such key.
            if (const Value *useAlter = item.option(QStringLiteral("use_alter"));
                pg() && useAlter && useAlter->isTrue())
                continue;
            if (const std::optional<ForeignKeySpec> fk = foreignKeyConstraint(item))
                elements.append(
                    {Element::Kind::Clause, {}, foreignKeyClause(*fk, true), item.offset});
        } else if (isSa(q, "Index")) {
            const QString indexName =
                item.items.value(0).isString() ? item.items.first().text : QString();
            QStringList exprs;
            for (qsizetype k = 1; k < item.items.size(); ++k)
                exprs.append(indexExpression(item.items.at(k)));
            if (indexName.isEmpty() || exprs.isEmpty()) {
                unsupportedValue(item, Tr::tr("Index in create_table"), item.offset);
                continue;
            }
            indexStatements.append(QStringLiteral("CREATE ") +
                                   (flag(item, "unique") ? QStringLiteral("UNIQUE ") : QString()) +
                                   QStringLiteral("INDEX ") + quoteIdentifier(indexName) +
                                   QStringLiteral(" ON ") + qualified(schema, table) +
                                   QStringLiteral(" (") + exprs.join(QStringLiteral(", ")) +
                                   QLatin1Char(')'));
        } else if (item.isUnknown()) {
            unsupportedValue(item, Tr::tr("create_table %1").arg(table), at);
        } else {
            unsupported(item.offset > 0 ? item.offset : at, QStringLiteral("unknown element"),
                        Tr::tr("%1 in create_table %2 is not a Column, constraint or Index; it is "
                               "left out")
                            .arg(item.text, table));
        }
    }

    // The primary key: a PrimaryKeyConstraint, or the columns' primary_key=True.
    QStringList keyColumns = explicitKeyColumns;
    if (!explicitPrimaryKey) {
        for (const Element &e : elements) {
            if (e.kind == Element::Kind::Column && e.column.primaryKey)
                keyColumns.append(e.column.name);
        }
    }
    const bool inlineKey = !explicitPrimaryKey && keyColumns.size() == 1;
    // SERIAL: SQLAlchemy's autoincrement column (a lone integer primary key with no foreign
    // key, no server default and no identity; autoincrement=True forces it).
    QString serialColumn;
    if (pg() && keyColumns.size() == 1) {
        for (const Element &e : elements) {
            if (e.kind != Element::Kind::Column || e.column.name != keyColumns.first())
                continue;
            const ColumnSpec &c = e.column;
            const bool forced = c.autoincrement.isTrue();
            const bool off = c.autoincrement.isFalse();
            if (c.type.integerRank > 0 && !off && c.identity.isEmpty() && !c.serverDefault &&
                (forced || c.foreignKeys.isEmpty()))
                serialColumn = c.name;
        }
    }

    place(at);
    if (pg()) {
        QSet<QString> created;
        for (const Element &e : elements) {
            if (e.kind != Element::Kind::Column || !e.column.type.createEnum ||
                created.contains(e.column.type.enumName))
                continue;
            created.insert(e.column.type.enumName);
            QStringList values;
            for (const QString &v : e.column.type.enumValues)
                values.append(quoteLiteral(v));
            m_sql.append(QStringLiteral("CREATE TYPE ") + quoteIdentifier(e.column.type.enumName) +
                         QStringLiteral(" AS ENUM (") + values.join(QStringLiteral(", ")) +
                         QLatin1Char(')'));
            m_sql.endStatement();
            m_sql.append(" ");
        }
    }
    m_sql.append(QStringLiteral("CREATE TABLE ") + qualified(schema, table) + QStringLiteral(" ("));
    bool first = true;
    QStringList after; // table-level clauses of the columns
    for (const Element &e : elements) {
        QString sql;
        if (e.kind == Element::Kind::Column) {
            const ColumnSpec &c = e.column;
            sql = columnDefinition(c, inlineKey && c.primaryKey, c.name == serialColumn);
            for (const ForeignKeySpec &fk : c.foreignKeys)
                sql += QLatin1Char(' ') + foreignKeyClause(fk, false);
        } else {
            sql = e.clause;
        }
        if (!first)
            m_sql.append(",");
        first = false;
        place(e.offset);
        m_sql.append(sql);
    }
    if (!explicitPrimaryKey && keyColumns.size() > 1) {
        if (!first)
            m_sql.append(", ");
        m_sql.append(QStringLiteral("PRIMARY KEY (") + quoteNames(keyColumns) + QLatin1Char(')'));
    }
    m_sql.append(")");
    m_sql.endStatement();

    // Indexes of index=True columns (the default naming convention ix_<table>_<column>),
    // then the Index objects, then comments.
    for (const Element &e : elements) {
        if (e.kind == Element::Kind::Column && e.column.index)
            emitFollowing(QStringLiteral("CREATE ") +
                          (e.column.unique ? QStringLiteral("UNIQUE ") : QString()) +
                          QStringLiteral("INDEX ") +
                          quoteIdentifier(QStringLiteral("ix_%1_%2").arg(table, e.column.name)) +
                          QStringLiteral(" ON ") + qualified(schema, table) + QStringLiteral(" (") +
                          quoteIdentifier(e.column.name) + QLatin1Char(')'));
    }
    for (const QString &statement : indexStatements)
        emitFollowing(statement);
    if (!pg())
        return; // SQLite has no comments
    if (const Value *comment = call.option(QStringLiteral("comment"));
        comment && comment->isString())
        emitFollowing(QStringLiteral("COMMENT ON TABLE ") + qualified(schema, table) +
                      QStringLiteral(" IS ") + quoteLiteral(comment->text));
    for (const Element &e : elements) {
        if (e.kind == Element::Kind::Column && !e.column.comment.isEmpty())
            emitFollowing(QStringLiteral("COMMENT ON COLUMN ") + qualified(schema, table) +
                          QLatin1Char('.') + quoteIdentifier(e.column.name) +
                          QStringLiteral(" IS ") + quoteLiteral(e.column.comment));
    }
}

void RevisionTranslator::addColumn(const Node &node, const Value &call, const QString &table,
                                   const QString &schema, const Value &column)
{
    const ColumnSpec c = columnSpec(column, table);
    if (!c.ok)
        return;
    emit(node.startByte(), QStringLiteral("ALTER TABLE ") + qualified(schema, table) +
                               QStringLiteral(" ADD COLUMN ") + columnDefinition(c, false, false) +
                               QString());
    Q_UNUSED(call);
    // toimpl.add_column: the column's constraints, then its indexes, then its comment.
    for (const ForeignKeySpec &fk : c.foreignKeys) {
        if (!pg()) {
            error(fk.offset, Tr::tr("SQLite cannot add a foreign key with ALTER TABLE: Alembic "
                                    "raises NotImplementedError here (batch_alter_table can)"));
            continue;
        }
        emitFollowing(QStringLiteral("ALTER TABLE ") + qualified(schema, table) +
                      QStringLiteral(" ADD ") + foreignKeyClause(fk, true));
    }
    if (c.primaryKey)
        emitFollowing(QStringLiteral("ALTER TABLE ") + qualified(schema, table) +
                      QStringLiteral(" ADD PRIMARY KEY (") + quoteIdentifier(c.name) +
                      QLatin1Char(')'));
    if (c.index)
        emitFollowing(QStringLiteral("CREATE ") +
                      (c.unique ? QStringLiteral("UNIQUE ") : QString()) +
                      QStringLiteral("INDEX ") +
                      quoteIdentifier(QStringLiteral("ix_%1_%2").arg(table, c.name)) +
                      QStringLiteral(" ON ") + qualified(schema, table) + QStringLiteral(" (") +
                      quoteIdentifier(c.name) + QLatin1Char(')'));
    if (pg() && !c.comment.isEmpty())
        emitFollowing(QStringLiteral("COMMENT ON COLUMN ") + qualified(schema, table) +
                      QLatin1Char('.') + quoteIdentifier(c.name) + QStringLiteral(" IS ") +
                      quoteLiteral(c.comment));
}

void RevisionTranslator::alterColumn(const Node &node, const Value &call, const QString &table,
                                     const QString &schema, const QString &column)
{
    const qsizetype at = node.startByte();
    const QString target = qualified(schema, table);
    const QString col = quoteIdentifier(column);
    QStringList statements;
    bool sqliteRejects = false;
    // DefaultImpl.alter_column: nullable, server_default, type, rename... in this order for
    // PostgreSQL: TYPE first (PostgresqlImpl), then NOT NULL, DEFAULT, comment, rename.
    if (const Value *type = call.option(QStringLiteral("type_")); type && !type->isNil()) {
        const TypeSql sql = renderType(*type, m_imports, m_dialect);
        if (!sql.ok()) {
            unsupportedValue(Value::unknown(sql.error, type->offset, type->endOffset),
                             Tr::tr("type_ of %1.%2").arg(table, column), at);
        } else {
            if (!sql.customType.isEmpty())
                customType(type->offset, table, column, sql.customType);
            QString statement = QStringLiteral("ALTER TABLE ") + target +
                                QStringLiteral(" ALTER COLUMN ") + col + QStringLiteral(" TYPE ") +
                                sql.sql;
            if (const Value *using_ = call.option(QStringLiteral("postgresql_using"));
                using_ && pg()) {
                if (const std::optional<QString> text =
                        sqlText(*using_, Tr::tr("postgresql_using"), at))
                    statement += QStringLiteral(" USING ") + *text;
            }
            statements.append(statement);
            sqliteRejects = true;
        }
    }
    if (const Value *nullable = call.option(QStringLiteral("nullable"));
        nullable && nullable->kind == Value::Kind::Bool) {
        statements.append(QStringLiteral("ALTER TABLE ") + target +
                          QStringLiteral(" ALTER COLUMN ") + col +
                          (nullable->boolean ? QStringLiteral(" DROP NOT NULL")
                                             : QStringLiteral(" SET NOT NULL")));
        sqliteRejects = true;
    }
    if (const Value *serverDefault = call.option(QStringLiteral("server_default"));
        serverDefault && !serverDefault->isFalse()) {
        if (serverDefault->isNil()) {
            statements.append(QStringLiteral("ALTER TABLE ") + target +
                              QStringLiteral(" ALTER COLUMN ") + col +
                              QStringLiteral(" DROP DEFAULT"));
        } else {
            QString problem;
            if (const std::optional<QString> sql =
                    renderServerDefault(*serverDefault, m_imports, m_dialect, &problem))
                statements.append(QStringLiteral("ALTER TABLE ") + target +
                                  QStringLiteral(" ALTER COLUMN ") + col +
                                  QStringLiteral(" SET DEFAULT ") + *sql);
            else
                unsupported(serverDefault->offset, QStringLiteral("dynamic value"),
                            Tr::tr("server_default of %1.%2: %3").arg(table, column, problem));
        }
        sqliteRejects = true;
    }
    if (const Value *comment = call.option(QStringLiteral("comment"));
        comment && pg() && (comment->isString() || comment->isNil()))
        statements.append(
            QStringLiteral("COMMENT ON COLUMN ") + target + QLatin1Char('.') + col +
            QStringLiteral(" IS ") +
            (comment->isNil() ? QStringLiteral("NULL") : quoteLiteral(comment->text)));
    if (const Value *rename = call.option(QStringLiteral("new_column_name"));
        rename && rename->isString())
        statements.append(QStringLiteral("ALTER TABLE ") + target + QStringLiteral(" RENAME ") +
                          col + QStringLiteral(" TO ") + quoteIdentifier(rename->text));
    if (!pg() && sqliteRejects) {
        error(at, Tr::tr("SQLite cannot change a column's type, nullability or default with ALTER "
                         "TABLE: Alembic emits ALTER COLUMN, which SQLite rejects "
                         "(batch_alter_table rebuilds the table instead)"));
        statements.removeIf(
            [](const QString &s) { return s.contains(QLatin1String(" ALTER COLUMN ")); });
    }
    bool first = true;
    for (const QString &s : statements) {
        if (first)
            emit(at, s);
        else
            emitFollowing(s);
        first = false;
    }
}

} // namespace schemalens::load::alembic
