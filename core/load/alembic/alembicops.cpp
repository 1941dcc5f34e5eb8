// Alembic op calls rendered as the DDL Alembic (with SQLAlchemy 1.4's compilers) emits: the
// dispatch of op.* by name, and the ops that are not table-shaping (indexes, constraints,
// renames, drops, comments, execute). create_table, add_column and alter_column are in
// alembictableops.cpp, column and foreign-key specs in alembiccolumnspec.cpp.
#include "core/load/alembic/alembictranslator_p.h"

namespace schemalens::load::alembic {

using treesitter::quoteIdentifier;
using treesitter::quoteLiteral;

QString RevisionTranslator::indexExpression(const Value &column) const
{
    if (column.isString())
        return quoteIdentifier(column.text);
    if (const std::optional<Value> text = sqlTextOf(column, m_imports))
        return text->text;
    return {};
}

void RevisionTranslator::createIndex(const Node &node, const Value &call, const QString &name,
                                     const QString &table, const QString &schema,
                                     const Value &columns)
{
    QStringList exprs;
    const QList<Value> items = columns.isString() || columns.kind == Value::Kind::Call
                                   ? QList<Value>{columns}
                                   : columns.items;
    for (const Value &c : items) {
        const QString expression = indexExpression(c);
        if (expression.isEmpty()) {
            unsupportedValue(c.isUnknown()
                                 ? c
                                 : Value::unknown(Tr::tr("not a column name or sa.text()"),
                                                  c.offset, c.endOffset),
                             Tr::tr("index %1 column").arg(name), node.startByte());
            return;
        }
        exprs.append(expression);
    }
    if (pg()) {
        if (const Value *ops = call.option(QStringLiteral("postgresql_ops"));
            ops && ops->kind == Value::Kind::Map) {
            for (const auto &[key, value] : ops->entries) {
                const qsizetype i = exprs.indexOf(quoteIdentifier(key.text));
                if (i >= 0 && value.isString())
                    exprs[i] += QLatin1Char(' ') + value.text;
            }
        }
    }
    QString sql = QStringLiteral("CREATE ");
    if (flag(call, "unique"))
        sql += QStringLiteral("UNIQUE ");
    sql += QStringLiteral("INDEX ");
    if (pg() && flag(call, "postgresql_concurrently"))
        sql += QStringLiteral("CONCURRENTLY ");
    if (flag(call, "if_not_exists"))
        sql += QStringLiteral("IF NOT EXISTS ");
    sql += quoteIdentifier(name) + QStringLiteral(" ON ") + qualified(schema, table);
    if (const Value *using_ = call.option(QStringLiteral("postgresql_using"));
        pg() && using_ && using_->isString())
        sql += QStringLiteral(" USING ") + using_->text;
    sql += QStringLiteral(" (") + exprs.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (const Value *include = call.option(QStringLiteral("postgresql_include")); pg() && include) {
        QStringList names;
        for (const Value &c : include->items)
            names.append(c.text);
        if (!names.isEmpty())
            sql += QStringLiteral(" INCLUDE (") + quoteNames(names) + QLatin1Char(')');
    }
    const Value *where =
        call.option(pg() ? QStringLiteral("postgresql_where") : QStringLiteral("sqlite_where"));
    if (where && !where->isNil()) {
        if (const std::optional<QString> text =
                sqlText(*where, Tr::tr("index predicate"), node.startByte()))
            sql += QStringLiteral(" WHERE ") + *text;
    }
    emit(node.startByte(), sql);
}

void RevisionTranslator::addConstraint(const Node &node, const QString &table,
                                       const QString &schema, const QString &clause)
{
    if (!pg()) {
        error(node.startByte(), Tr::tr("SQLite cannot add a constraint with ALTER TABLE: Alembic "
                                       "raises NotImplementedError here (batch_alter_table can)"));
        return;
    }
    emit(node.startByte(), QStringLiteral("ALTER TABLE ") + qualified(schema, table) +
                               QStringLiteral(" ADD ") + clause);
}

void RevisionTranslator::execute(const Node &node, const Value &call)
{
    const Value *sql = argument(call, 0, "sqltext");
    if (!sql) {
        unsupported(node.startByte(), QStringLiteral("execute"), Tr::tr("op.execute without SQL"));
        return;
    }
    std::optional<Value> text = sqlTextOf(*sql, m_imports);
    if (!text) {
        unsupportedValue(sql->isUnknown()
                             ? *sql
                             : Value::unknown(Tr::tr("%1 is not SQL text").arg(sql->text),
                                              sql->offset, sql->endOffset),
                         Tr::tr("op.execute"), node.startByte());
        return;
    }
    if (text->writtenWithin(node.startByte(), node.endByte())) {
        m_sql.appendSource(text->segments, node.startByte());
    } else { // SQL kept in a variable or constant: it belongs to this call's line
        place(node.startByte());
        m_sql.append(text->text);
    }
    m_sql.endStatement();
}

void RevisionTranslator::operation(const Node &node, const Value &call, const QString &op,
                                   const QString &batchTable, const QString &batchSchema)
{
    const qsizetype at = node.startByte();
    const bool inBatch = !batchTable.isEmpty();
    // Positions after the table argument move one to the left inside a batch block.
    auto pos = [&](int normal, int tablePosition) {
        return inBatch && normal > tablePosition ? normal - 1 : normal;
    };
    auto tableAt = [&](int position, const char *keyword) {
        return inBatch ? batchTable : stringArg(call, position, keyword, Tr::tr("table name"), at);
    };
    auto schemaOf = [&]() {
        return inBatch ? batchSchema : stringArg(call, -1, "schema", Tr::tr("schema"), at, false);
    };

    if (op == QLatin1String("create_table") && !inBatch) {
        createTable(node, call);
    } else if (op == QLatin1String("drop_table") && !inBatch) {
        const QString table = tableAt(0, "table_name");
        if (!table.isEmpty())
            emit(at, QStringLiteral("DROP TABLE ") + qualified(schemaOf(), table));
    } else if (op == QLatin1String("add_column")) {
        const QString table = tableAt(0, "table_name");
        const Value *column = argument(call, pos(1, 0), "column");
        if (!table.isEmpty() && column)
            addColumn(node, call, table, schemaOf(), *column);
    } else if (op == QLatin1String("drop_column")) {
        const QString table = tableAt(0, "table_name");
        const QString column = stringArg(call, pos(1, 0), "column_name", Tr::tr("column name"), at);
        if (!table.isEmpty() && !column.isEmpty())
            emit(at, QStringLiteral("ALTER TABLE ") + qualified(schemaOf(), table) +
                         QStringLiteral(" DROP COLUMN ") + quoteIdentifier(column));
    } else if (op == QLatin1String("alter_column")) {
        const QString table = tableAt(0, "table_name");
        const QString column = stringArg(call, pos(1, 0), "column_name", Tr::tr("column name"), at);
        if (!table.isEmpty() && !column.isEmpty())
            alterColumn(node, call, table, schemaOf(), column);
    } else if (op == QLatin1String("create_index")) {
        const QString name = stringArg(call, 0, "index_name", Tr::tr("index name"), at);
        const QString table = tableAt(1, "table_name");
        const Value *columns = argument(call, pos(2, 1), "columns");
        if (!name.isEmpty() && !table.isEmpty() && columns)
            createIndex(node, call, name, table, schemaOf(), *columns);
    } else if (op == QLatin1String("drop_index")) {
        const QString name = stringArg(call, 0, "index_name", Tr::tr("index name"), at);
        if (!name.isEmpty())
            emit(at, QStringLiteral("DROP INDEX ") +
                         (pg() && flag(call, "postgresql_concurrently")
                              ? QStringLiteral("CONCURRENTLY ")
                              : QString()) +
                         (flag(call, "if_exists") ? QStringLiteral("IF EXISTS ") : QString()) +
                         qualified(schemaOf(), name));
    } else if (op == QLatin1String("create_foreign_key")) {
        const QString name =
            stringArg(call, 0, "constraint_name", Tr::tr("constraint name"), at, false);
        const QString source = tableAt(1, "source_table");
        const QString referent =
            stringArg(call, pos(2, 1), "referent_table", Tr::tr("referenced table"), at);
        ForeignKeySpec fk;
        fk.name = name;
        fk.columns = namesArg(call, pos(3, 1), "local_cols");
        fk.refColumns = namesArg(call, pos(4, 1), "remote_cols");
        fk.refTable = referent;
        if (const Value *s = call.option(QStringLiteral("referent_schema")); s && s->isString())
            fk.refSchema = s->text;
        fk.onDelete = upperOption(call, "ondelete");
        fk.onUpdate = upperOption(call, "onupdate");
        fk.match = upperOption(call, "match");
        fk.deferrable = deferrableClause(call);
        QString sourceSchema = schemaOf();
        if (const Value *s = call.option(QStringLiteral("source_schema")); s && s->isString())
            sourceSchema = s->text;
        if (!source.isEmpty() && !referent.isEmpty() && !fk.columns.isEmpty())
            addConstraint(node, source, sourceSchema, foreignKeyClause(fk, true));
    } else if (op == QLatin1String("create_unique_constraint") ||
               op == QLatin1String("create_primary_key")) {
        const QString name =
            stringArg(call, 0, "constraint_name", Tr::tr("constraint name"), at, false);
        const QString table = tableAt(1, "table_name");
        const QStringList columns = namesArg(call, pos(2, 1), "columns");
        if (table.isEmpty() || columns.isEmpty())
            return;
        const QString prefix = name.isEmpty() ? QString()
                                              : QStringLiteral("CONSTRAINT ") +
                                                    quoteIdentifier(name) + QLatin1Char(' ');
        addConstraint(node, table, schemaOf(),
                      prefix +
                          (op == QLatin1String("create_primary_key")
                               ? QStringLiteral("PRIMARY KEY (")
                               : QStringLiteral("UNIQUE (")) +
                          quoteNames(columns) + QLatin1Char(')') + deferrableClause(call));
    } else if (op == QLatin1String("create_check_constraint")) {
        const QString name =
            stringArg(call, 0, "constraint_name", Tr::tr("constraint name"), at, false);
        const QString table = tableAt(1, "table_name");
        const Value *condition = argument(call, pos(2, 1), "condition");
        const std::optional<QString> text =
            condition ? sqlText(*condition, Tr::tr("check condition"), at) : std::nullopt;
        if (!table.isEmpty() && text)
            addConstraint(node, table, schemaOf(),
                          (name.isEmpty() ? QString()
                                          : QStringLiteral("CONSTRAINT ") + quoteIdentifier(name) +
                                                QLatin1Char(' ')) +
                              QStringLiteral("CHECK (") + *text + QLatin1Char(')'));
    } else if (op == QLatin1String("create_exclude_constraint") && !inBatch) {
        const QString name =
            stringArg(call, 0, "constraint_name", Tr::tr("constraint name"), at, false);
        const QString table = tableAt(1, "table_name");
        QStringList elements;
        for (qsizetype i = 2; i < call.items.size(); ++i) {
            const Value &e = call.items.at(i);
            if (e.kind != Value::Kind::Tuple || e.items.size() != 2 || !e.items.at(1).isString()) {
                unsupportedValue(e, Tr::tr("exclude constraint element"), at);
                return;
            }
            const QString column = indexExpression(e.items.first());
            elements.append(column + QStringLiteral(" WITH ") + e.items.at(1).text);
        }
        const Value *using_ = call.option(QStringLiteral("using"));
        QString clause =
            (name.isEmpty()
                 ? QString()
                 : QStringLiteral("CONSTRAINT ") + quoteIdentifier(name) + QLatin1Char(' ')) +
            QStringLiteral("EXCLUDE USING ") +
            (using_ && using_->isString() ? using_->text : QStringLiteral("gist")) +
            QStringLiteral(" (") + elements.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (const Value *where = call.option(QStringLiteral("where"))) {
            if (const std::optional<QString> text =
                    sqlText(*where, Tr::tr("exclude predicate"), at))
                clause += QStringLiteral(" WHERE (") + *text + QLatin1Char(')');
        }
        if (!table.isEmpty())
            addConstraint(node, table, schemaOf(), clause);
    } else if (op == QLatin1String("drop_constraint")) {
        const QString name = stringArg(call, 0, "constraint_name", Tr::tr("constraint name"), at);
        const QString table = tableAt(1, "table_name");
        if (name.isEmpty() || table.isEmpty())
            return;
        if (!pg()) {
            error(at, Tr::tr("SQLite cannot drop a constraint with ALTER TABLE: Alembic raises "
                             "NotImplementedError here (batch_alter_table can)"));
            return;
        }
        emit(at, QStringLiteral("ALTER TABLE ") + qualified(schemaOf(), table) +
                     QStringLiteral(" DROP CONSTRAINT ") + quoteIdentifier(name));
    } else if (op == QLatin1String("rename_table") && !inBatch) {
        const QString from = stringArg(call, 0, "old_table_name", Tr::tr("table name"), at);
        const QString to = stringArg(call, 1, "new_table_name", Tr::tr("new table name"), at);
        if (!from.isEmpty() && !to.isEmpty())
            emit(at, QStringLiteral("ALTER TABLE ") + qualified(schemaOf(), from) +
                         QStringLiteral(" RENAME TO ") + quoteIdentifier(to));
    } else if (op == QLatin1String("create_table_comment") ||
               op == QLatin1String("drop_table_comment")) {
        const QString table = tableAt(0, "table_name");
        if (!pg() || table.isEmpty())
            return;
        const Value *comment = argument(call, pos(1, 0), "comment");
        emit(at, QStringLiteral("COMMENT ON TABLE ") + qualified(schemaOf(), table) +
                     QStringLiteral(" IS ") +
                     (op == QLatin1String("create_table_comment") && comment && comment->isString()
                          ? quoteLiteral(comment->text)
                          : QStringLiteral("NULL")));
    } else if (op == QLatin1String("execute") && !inBatch) {
        execute(node, call);
    } else if (op == QLatin1String("bulk_insert") || op == QLatin1String("inline_literal")) {
        ++m_out.skipped[QStringLiteral("alembic: ") + op];
    } else if (op == QLatin1String("get_bind") || op == QLatin1String("get_context") ||
               op == QLatin1String("f") || op == QLatin1String("invoke")) {
        // Nothing to apply.
    } else {
        unsupported(at, QStringLiteral("unknown op"),
                    Tr::tr("%1.%2 is not an Alembic operation Schemalens knows; nothing is applied "
                           "for it")
                        .arg(inBatch ? QStringLiteral("batch_op") : QStringLiteral("op"), op));
    }
}

} // namespace schemalens::load::alembic
