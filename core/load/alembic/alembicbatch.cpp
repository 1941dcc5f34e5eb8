// Alembic's batch_alter_table blocks: the ops of a block run one by one where the database
// can (PostgreSQL, and SQLite for the ops it alters in place), else SQLite's
// move-and-copy rebuild of the table as Alembic's batch mode performs it.
#include "core/load/alembic/alembictranslator_p.h"

namespace schemalens::load::alembic {

void RevisionTranslator::batch(const Node &with, const Value &call, const QString &alias)
{
    const qsizetype at = with.startByte();
    const QString table = stringArg(call, 0, "table_name", Tr::tr("batch_alter_table table"), at);
    if (table.isEmpty())
        return;
    const QString schema = stringArg(call, 1, "schema", Tr::tr("schema"), at, false);
    const Value *recreate = call.option(QStringLiteral("recreate"));
    const QString mode = recreate && recreate->isString() ? recreate->text : QStringLiteral("auto");

    // The operations of the block, in order.
    QList<std::pair<Node, Value>> ops;
    const Node block = with.field("body");
    for (uint32_t i = 0; i < block.namedChildCount(); ++i) {
        const Node node = block.namedChild(i);
        if (node.is("comment") || node.is("pass_statement"))
            continue;
        const Node inner = node.is("expression_statement") && node.namedChildCount() == 1
                               ? node.namedChild(0)
                               : Node();
        const QString name = m_eval.callName(inner);
        if (!alias.isEmpty() && name.startsWith(alias + QLatin1Char('.'))) {
            ops.append({inner, m_eval.evalCall(inner)});
            continue;
        }
        if (inner.is("assignment") && inner.field("left").is("identifier")) {
            m_eval.variables.insert(m_eval.text(inner.field("left")),
                                    m_eval.eval(inner.field("right")));
            continue;
        }
        statement(node);
    }
    // Which operations SQLite can run without a rebuild (SQLiteImpl.requires_recreate_in_batch).
    bool needsRecreate = mode == QLatin1String("always");
    if (!pg() && mode == QLatin1String("auto")) {
        for (const auto &[node, op] : ops) {
            const QString name = op.text.section(QLatin1Char('.'), -1);
            if (name == QLatin1String("create_index") || name == QLatin1String("drop_index"))
                continue;
            if (name == QLatin1String("add_column")) {
                const Value *column = argument(op, 0, "column");
                const Value *serverDefault =
                    column ? column->option(QStringLiteral("server_default")) : nullptr;
                if (serverDefault && serverDefault->kind == Value::Kind::Call) {
                    needsRecreate = true;
                    break;
                }
                continue;
            }
            needsRecreate = true;
            break;
        }
    }
    if (needsRecreate && !pg()) {
        batchRecreate(with, table, schema, ops);
        return;
    }
    // PostgreSQL (and SQLite without a rebuild): each operation as it is, on the block's table.
    for (const auto &[node, op] : ops)
        operation(node, op, op.text.section(QLatin1Char('.'), -1), table, schema);
}

void RevisionTranslator::batchRecreate(const Node &with, const QString &table,
                                       const QString &schema,
                                       const QList<std::pair<Node, Value>> &ops)
{
    Q_UNUSED(schema);
    const qsizetype at = with.startByte();
    if (!m_session)
        return;
    // The table as the statements before this block left it (Alembic reflects it).
    m_session->sync(m_sql.sql());
    std::optional<TableShape> reflected = m_session->reflect(table);
    if (!reflected) {
        error(at, Tr::tr("batch_alter_table: there is no table %1 to rebuild").arg(table));
        return;
    }
    TableShape shape = *reflected;
    auto constraintName = [&](const Value &op) {
        return stringArg(op, 0, "constraint_name", Tr::tr("constraint name"), at, false);
    };
    for (const auto &[node, op] : ops) {
        const qsizetype where = node.startByte();
        const QString name = op.text.section(QLatin1Char('.'), -1);
        if (name == QLatin1String("add_column")) {
            const Value *column = argument(op, 0, "column");
            if (!column)
                continue;
            const ColumnSpec c = columnSpec(*column, table);
            if (!c.ok)
                continue;
            shape.columns.append({c.name, QString(), c.type.sql, !c.nullable, c.serverDefault});
            if (c.primaryKey) {
                shape.constraints.removeIf([](const ShapeConstraint &k) {
                    return k.kind == ShapeConstraint::Kind::PrimaryKey;
                });
                shape.constraints.append({ShapeConstraint::Kind::PrimaryKey, QString(), {c.name}});
            }
            if (c.unique && !c.index)
                shape.constraints.append({ShapeConstraint::Kind::Unique, QString(), {c.name}});
            for (const ForeignKeySpec &fk : c.foreignKeys) {
                ShapeConstraint k;
                k.kind = ShapeConstraint::Kind::ForeignKey;
                k.name = fk.name;
                k.columns = {c.name};
                k.refTable = fk.refTable;
                k.refColumns = fk.refColumns;
                k.onDelete = fk.onDelete;
                k.onUpdate = fk.onUpdate;
                k.deferrable = fk.deferrable;
                shape.constraints.append(k);
            }
            if (c.index)
                shape.indexes.append(
                    {QStringLiteral("ix_%1_%2").arg(table, c.name), c.unique, {c.name}});
        } else if (name == QLatin1String("drop_column")) {
            const QString column = stringArg(op, 0, "column_name", Tr::tr("column name"), where);
            if (shape.column(column) < 0)
                error(where,
                      Tr::tr("batch drop_column: table %1 has no column %2").arg(table, column));
            else
                shape.dropColumn(column);
        } else if (name == QLatin1String("alter_column")) {
            const QString column = stringArg(op, 0, "column_name", Tr::tr("column name"), where);
            const qsizetype i = shape.column(column);
            if (i < 0) {
                error(where,
                      Tr::tr("batch alter_column: table %1 has no column %2").arg(table, column));
                continue;
            }
            if (const Value *nullable = op.option(QStringLiteral("nullable"));
                nullable && nullable->kind == Value::Kind::Bool)
                shape.columns[i].notNull = !nullable->boolean;
            if (const Value *type = op.option(QStringLiteral("type_")); type && !type->isNil()) {
                const TypeSql sql = renderType(*type, m_imports, m_dialect);
                if (sql.ok())
                    shape.columns[i].type = sql.sql;
                else
                    unsupportedValue(Value::unknown(sql.error, type->offset, type->endOffset),
                                     Tr::tr("type_ of %1.%2").arg(table, column), where);
            }
            if (const Value *serverDefault = op.option(QStringLiteral("server_default"));
                serverDefault && !serverDefault->isFalse()) {
                QString problem;
                if (serverDefault->isNil())
                    shape.columns[i].defaultSql.reset();
                else if (const std::optional<QString> sql =
                             renderServerDefault(*serverDefault, m_imports, m_dialect, &problem))
                    shape.columns[i].defaultSql = *sql;
                else
                    unsupported(serverDefault->offset, QStringLiteral("dynamic value"),
                                Tr::tr("server_default of %1.%2: %3").arg(table, column, problem));
            }
            if (const Value *rename = op.option(QStringLiteral("new_column_name"));
                rename && rename->isString())
                shape.renameColumn(column, rename->text);
        } else if (name == QLatin1String("create_index")) {
            const QString index = stringArg(op, 0, "index_name", Tr::tr("index name"), where);
            const QStringList columns = namesArg(op, 1, "columns");
            if (index.isEmpty() || columns.isEmpty()) {
                unsupportedValue(op, Tr::tr("batch create_index"), where);
                continue;
            }
            ShapeIndex i{index,
                         op.option(QStringLiteral("unique")) &&
                             op.option(QStringLiteral("unique"))->isTrue(),
                         columns};
            if (const Value *w = op.option(QStringLiteral("sqlite_where")))
                if (const std::optional<Value> text = sqlTextOf(*w, m_imports))
                    i.where = text->text;
            shape.indexes.append(i);
        } else if (name == QLatin1String("drop_index")) {
            const QString index = stringArg(op, 0, "index_name", Tr::tr("index name"), where);
            const qsizetype before = shape.indexes.size();
            shape.indexes.removeIf([&](const ShapeIndex &i) {
                return i.name.compare(index, Qt::CaseInsensitive) == 0;
            });
            if (shape.indexes.size() == before)
                error(where,
                      Tr::tr("batch drop_index: table %1 has no index %2").arg(table, index));
        } else if (name == QLatin1String("create_foreign_key")) {
            ShapeConstraint k;
            k.kind = ShapeConstraint::Kind::ForeignKey;
            k.name = constraintName(op);
            k.refTable = stringArg(op, 1, "referent_table", Tr::tr("referenced table"), where);
            k.columns = namesArg(op, 2, "local_cols");
            k.refColumns = namesArg(op, 3, "remote_cols");
            if (const Value *v = op.option(QStringLiteral("ondelete")); v && v->isString())
                k.onDelete = v->text.toUpper();
            if (const Value *v = op.option(QStringLiteral("onupdate")); v && v->isString())
                k.onUpdate = v->text.toUpper();
            if (!k.refTable.isEmpty() && !k.columns.isEmpty())
                shape.constraints.append(k);
        } else if (name == QLatin1String("create_unique_constraint") ||
                   name == QLatin1String("create_primary_key")) {
            const bool primary = name == QLatin1String("create_primary_key");
            ShapeConstraint k;
            k.kind = primary ? ShapeConstraint::Kind::PrimaryKey : ShapeConstraint::Kind::Unique;
            k.name = constraintName(op);
            k.columns = namesArg(op, 1, "columns");
            if (primary)
                shape.constraints.removeIf([](const ShapeConstraint &c) {
                    return c.kind == ShapeConstraint::Kind::PrimaryKey;
                });
            if (!k.columns.isEmpty())
                shape.constraints.append(k);
        } else if (name == QLatin1String("create_check_constraint")) {
            ShapeConstraint k;
            k.kind = ShapeConstraint::Kind::Check;
            k.name = constraintName(op);
            const Value *condition = argument(op, 1, "condition");
            if (const std::optional<QString> text =
                    condition ? sqlText(*condition, Tr::tr("check condition"), where)
                              : std::nullopt) {
                k.expression = *text;
                shape.constraints.append(k);
            }
        } else if (name == QLatin1String("drop_constraint")) {
            const QString constraint = constraintName(op);
            const qsizetype before = shape.constraints.size();
            shape.constraints.removeIf([&](const ShapeConstraint &c) {
                return !c.name.isEmpty() && c.name.compare(constraint, Qt::CaseInsensitive) == 0;
            });
            if (shape.constraints.size() == before)
                error(where, Tr::tr("batch drop_constraint: table %1 has no constraint named %2 "
                                    "(Alembic raises \"No such constraint\")")
                                 .arg(table, constraint));
        } else if (name == QLatin1String("create_table_comment") ||
                   name == QLatin1String("drop_table_comment")) {
            // SQLite keeps no comments.
        } else {
            unsupported(where, QStringLiteral("unknown op"),
                        Tr::tr("batch_op.%1 is not an Alembic batch operation Schemalens knows; "
                               "nothing is applied for it")
                            .arg(name));
        }
    }
    const QStringList statements = rebuildStatements(shape);
    emit(at, statements.first());
    // Alembic stops when the new table cannot be created; going on would drop the old one.
    m_session->sync(m_sql.sql());
    if (!m_session->reflect(QString(QStringLiteral("_alembic_tmp_") + shape.name).left(50)))
        return;
    for (qsizetype i = 1; i < statements.size(); ++i)
        emitFollowing(statements.at(i));
}

} // namespace schemalens::load::alembic
