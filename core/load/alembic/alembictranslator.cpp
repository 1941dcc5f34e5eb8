// An Alembic revision's upgrade() -> the DDL Alembic emits for it: the module (imports,
// constants, functions), the statements of upgrade(), and batch_alter_table blocks. The op
// calls themselves are rendered in alembicops.cpp.
#include "core/load/alembic/alembictranslator_p.h"

#include <cstring>

namespace schemalens::load::alembic {

const Value *argument(const Value &call, int position, const char *keyword)
{
    if (const Value *v = call.option(QLatin1String(keyword)))
        return v;
    return position >= 0 && position < call.items.size() ? &call.items.at(position) : nullptr;
}

RevisionTranslator::RevisionTranslator(const QByteArray &source, const QString &path, int ordinal,
                                       SqlDialect dialect, SqliteSession *session, Translation &out)
    : m_tree(treesitter::Grammar::Python, source)
    , m_eval(m_tree)
    , m_sql(source)
    , m_text(source)
    , m_path(path)
    , m_ordinal(ordinal)
    , m_dialect(dialect)
    , m_session(session)
    , m_out(out)
{}

void RevisionTranslator::unsupported(qsizetype offset, const QString &construct,
                                     const QString &message)
{
    Diagnostic d;
    d.rule = QStringLiteral("unsupported");
    d.severity = Diagnostic::Severity::Warning;
    d.message = message;
    d.location = model::Origin{m_path, m_text.line(offset), m_text.column(offset), m_ordinal};
    m_out.diagnostics.append(d);
    ++m_out.unsupported[QStringLiteral("alembic: ") + construct];
}

void RevisionTranslator::unsupportedValue(const Value &value, const QString &context,
                                          qsizetype fallback)
{
    const Value *unknown = value.firstUnknown();
    const qsizetype at = unknown && unknown->endOffset > 0 ? unknown->offset : fallback;
    unsupported(at, QStringLiteral("dynamic value"),
                Tr::tr("%1: %2; it is left out of the schema (Schemalens reads migrations "
                       "without running them)")
                    .arg(context, unknown ? unknown->text : Tr::tr("not a literal")));
}

void RevisionTranslator::customType(qsizetype offset, const QString &table, const QString &column,
                                    const QString &type)
{
    Diagnostic d;
    d.rule = QStringLiteral("custom-type");
    d.severity = Diagnostic::Severity::Info;
    d.message = Tr::tr("column %1.%2 has the project's own type %3; it is kept as a column of "
                       "that name whose database type is unknown")
                    .arg(table, column, type);
    d.location = model::Origin{m_path, m_text.line(offset), m_text.column(offset), m_ordinal};
    m_out.diagnostics.append(d);
}

void RevisionTranslator::error(qsizetype offset, const QString &message)
{
    Diagnostic d;
    d.rule = QStringLiteral("migration-error");
    d.severity = Diagnostic::Severity::Error;
    d.message = message;
    d.location = model::Origin{m_path, m_text.line(offset), m_text.column(offset), m_ordinal};
    m_out.diagnostics.append(d);
}

QString RevisionTranslator::stringArg(const Value &call, int position, const char *keyword,
                                      const QString &what, qsizetype offset, bool required)
{
    const Value *v = argument(call, position, keyword);
    if (v && v->isString())
        return v->text;
    // op.f("name"): a name marked final.
    if (v && v->kind == Value::Kind::Call && v->items.size() == 1 && v->items.first().isString() &&
        (v->text == QLatin1String("op.f") ||
         m_imports.qualify(v->text) == QLatin1String("alembic.op.f")))
        return v->items.first().text;
    if (v && v->isNil() && !required)
        return {};
    if (!v && !required)
        return {};
    if (v && v->kind == Value::Kind::Call)
        unsupported(v->offset > 0 ? v->offset : offset, QStringLiteral("dynamic value"),
                    Tr::tr("%1: %2(...) is computed when the migration runs; the operation is "
                           "left out")
                        .arg(what, v->text));
    else if (v && v->isAtom() && v->codeName)
        unsupported(v->offset > 0 ? v->offset : offset, QStringLiteral("dynamic value"),
                    Tr::tr("%1: the name '%2' is not known statically; the operation is left out")
                        .arg(what, v->text));
    else if (v)
        unsupportedValue(*v, what, offset);
    else
        unsupported(offset, QStringLiteral("missing argument"),
                    Tr::tr("%1 is missing; the operation is left out").arg(what));
    return {};
}

QStringList RevisionTranslator::namesArg(const Value &call, int position, const char *keyword)
{
    QStringList names;
    const Value *v = argument(call, position, keyword);
    if (!v)
        return names;
    if (v->isString())
        return {v->text};
    for (const Value &item : v->items) {
        if (!item.isString())
            return {};
        names.append(item.text);
    }
    return names;
}

QString RevisionTranslator::qualified(const QString &schema, const QString &name) const
{
    return treesitter::quoteQualified(schema, name);
}

void RevisionTranslator::emit(qsizetype offset, const QString &sql)
{
    m_sql.moveTo(offset);
    m_sql.append(sql);
    m_sql.endStatement();
}

void RevisionTranslator::emitFollowing(const QString &sql)
{
    m_sql.append(" ");
    m_sql.append(sql);
    m_sql.endStatement();
}

void RevisionTranslator::imports(const Node &statement)
{
    // import sqlalchemy as sa / import sqlalchemy / from x.y import a as b
    if (statement.is("import_statement")) {
        for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
            const Node item = statement.namedChild(i);
            if (item.is("aliased_import")) {
                m_imports.add(m_eval.text(item.field("alias")), m_eval.text(item.field("name")));
            } else if (item.is("dotted_name")) {
                const QString name = m_eval.text(item);
                m_imports.add(name.section(QLatin1Char('.'), 0, 0),
                              name.section(QLatin1Char('.'), 0, 0));
            }
        }
        return;
    }
    // from x.y import a, b as c: the named children after module_name. (Not by field name:
    // libtree-sitter 0.20's ts_node_field_name_for_child misses repeated fields.)
    const Node moduleNode = statement.field("module_name");
    const QString module = m_eval.text(moduleNode);
    for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
        const Node item = statement.namedChild(i);
        if (item.startByte() == moduleNode.startByte())
            continue;
        if (item.is("aliased_import"))
            m_imports.add(m_eval.text(item.field("alias")),
                          module + QLatin1Char('.') + m_eval.text(item.field("name")));
        else if (item.is("dotted_name"))
            m_imports.add(m_eval.text(item), module + QLatin1Char('.') + m_eval.text(item));
    }
}

void RevisionTranslator::run()
{
    if (!m_tree.ok()) {
        error(0, Tr::tr("the Python parser could not read this file"));
        return;
    }
    if (const Node bad = m_tree.firstError(); !bad.isNull()) {
        Diagnostic d;
        d.rule = QStringLiteral("parse-error");
        d.severity = Diagnostic::Severity::Error;
        const QString near = QString::fromUtf8(m_tree.text(bad)).left(40).simplified();
        d.message =
            bad.isMissing()
                ? Tr::tr("Python syntax error: missing %1").arg(QString::fromUtf8(bad.type()))
            : near.isEmpty() ? Tr::tr("Python syntax error")
                             : Tr::tr("Python syntax error near '%1'").arg(near);
        d.location = model::Origin{m_path, m_text.line(bad.startByte()),
                                   m_text.column(bad.startByte()), m_ordinal};
        m_out.diagnostics.append(d);
    }
    const Node root = m_tree.root();
    Node upgrade;
    for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
        const Node node = root.namedChild(i);
        if (node.is("function_definition")) {
            const QString name = m_eval.text(node.field("name"));
            if (name == QLatin1String("upgrade"))
                upgrade = node;
            else if (name != QLatin1String("downgrade"))
                m_functions.insert(name);
        } else if (node.is("decorated_definition")) {
            const Node def = node.field("definition");
            if (def.is("function_definition"))
                m_functions.insert(m_eval.text(def.field("name")));
        }
    }
    // Module level in order: imports and constants; upgrade() where it is defined.
    for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
        const Node node = root.namedChild(i);
        if (node.is("import_statement") || node.is("import_from_statement")) {
            imports(node);
        } else if (node.is("expression_statement") && node.namedChildCount() == 1 &&
                   node.namedChild(0).is("assignment")) {
            const Node assignment = node.namedChild(0);
            if (assignment.field("left").is("identifier") && !assignment.field("right").isNull())
                m_eval.variables.insert(m_eval.text(assignment.field("left")),
                                        m_eval.eval(assignment.field("right")));
        } else if (!upgrade.isNull() && node.startByte() == upgrade.startByte()) {
            body(upgrade.field("body"));
        }
    }
    if (upgrade.isNull()) {
        Diagnostic d;
        d.rule = QStringLiteral("source-warning");
        d.severity = Diagnostic::Severity::Warning;
        d.message = Tr::tr("this revision has no upgrade() function; nothing is applied");
        d.location = model::Origin{m_path, 1, 1, m_ordinal};
        m_out.diagnostics.append(d);
    }
    if (m_session)
        m_session->sync(m_sql.sql());
    m_out.sql = m_sql.take();
}

void RevisionTranslator::body(const Node &block)
{
    for (uint32_t i = 0; i < block.namedChildCount(); ++i)
        statement(block.namedChild(i));
}

void RevisionTranslator::statement(const Node &node)
{
    if (node.is("comment") || node.is("pass_statement") || node.is("ERROR"))
        return;
    if (node.is("expression_statement")) {
        if (node.namedChildCount() != 1)
            return;
        const Node inner = node.namedChild(0);
        if (inner.is("assignment")) {
            const Node left = inner.field("left");
            const Node right = inner.field("right");
            if (right.is("call")) {
                // `t = op.create_table(...)`: the operation runs; the name stays opaque.
                expression(right, m_eval.text(left));
                if (left.is("identifier"))
                    m_eval.variables.insert(
                        m_eval.text(left),
                        Value::unknown(Tr::tr("'%1' holds the result of %2")
                                           .arg(m_eval.text(left), m_eval.callName(right)),
                                       left.startByte(), left.endByte()));
                return;
            }
            if (left.is("identifier") && !right.isNull()) {
                m_eval.variables.insert(m_eval.text(left), m_eval.eval(right));
                return;
            }
            unsupported(node.startByte(), QStringLiteral("assignment"),
                        Tr::tr("this assignment is not followed statically"));
            return;
        }
        if (inner.is("call"))
            expression(inner);
        return; // docstrings and other expressions change nothing
    }
    if (node.is("with_statement")) {
        const Node clause = node.namedChild(0);
        const Node item = clause.namedChild(0);
        Node value = item.field("value");
        QString alias;
        if (value.is("as_pattern")) {
            alias = m_eval.text(value.field("alias")).trimmed();
            value = value.namedChild(0);
        }
        const QString name = m_eval.callName(value);
        if (value.is("call") && clause.namedChildCount() == 1 &&
            (name == QLatin1String("op.batch_alter_table") ||
             m_imports.qualify(name) == QLatin1String("alembic.op.batch_alter_table"))) {
            batch(node, m_eval.evalCall(value), alias);
            return;
        }
        unsupported(node.startByte(), QStringLiteral("with"),
                    Tr::tr("this with block is not followed statically; what it changes is not "
                           "in the schema"));
        return;
    }
    if (node.is("if_statement") || node.is("match_statement")) {
        unsupported(node.startByte(), QStringLiteral("conditional"),
                    Tr::tr("a conditional is not followed statically; what it changes is not in "
                           "the schema"));
        return;
    }
    if (node.is("for_statement") || node.is("while_statement")) {
        unsupported(node.startByte(), QStringLiteral("loop"),
                    Tr::tr("a loop is not followed statically; what it changes is not in the "
                           "schema"));
        return;
    }
    if (node.is("try_statement")) {
        unsupported(node.startByte(), QStringLiteral("try"),
                    Tr::tr("a try block is not followed statically; what it changes is not in "
                           "the schema"));
        return;
    }
    if (node.is("function_definition") || node.is("import_statement") ||
        node.is("import_from_statement")) {
        if (!node.is("function_definition"))
            imports(node);
        return;
    }
    unsupported(node.startByte(), QStringLiteral("statement"),
                Tr::tr("this statement is not followed statically"));
}

void RevisionTranslator::expression(const Node &node, const QString &boundTo)
{
    Q_UNUSED(boundTo);
    const QString name = m_eval.callName(node);
    const QString qualifiedName = m_imports.qualify(name);
    if (qualifiedName.startsWith(QLatin1String("alembic.op."))) {
        operation(node, m_eval.evalCall(node), qualifiedName.mid(11));
        return;
    }
    if (m_functions.contains(name)) {
        unsupported(node.startByte(), QStringLiteral("helper function"),
                    Tr::tr("the helper function %1() is not followed statically; what it changes "
                           "is not in the schema")
                        .arg(name));
        return;
    }
    if (name == QLatin1String("print") || name.startsWith(QLatin1String("logger.")) ||
        name.startsWith(QLatin1String("logging.")) || name.startsWith(QLatin1String("log.")))
        return;
    unsupported(
        node.startByte(), QStringLiteral("call"),
        Tr::tr("%1() is not an Alembic operation; what it does is not in the schema").arg(name));
}

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

Translation translateRevision(const QByteArray &source, const QString &path, int ordinal,
                              SqlDialect dialect, SqliteSession *session)
{
    Translation out;
    RevisionTranslator translator(source, path, ordinal, dialect, session, out);
    translator.run();
    return out;
}

} // namespace schemalens::load::alembic

namespace schemalens::load::alembic {

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
    bool first = true;
    for (const QString &statement : rebuildStatements(shape)) {
        if (first)
            emit(at, statement);
        else
            emitFollowing(statement);
        first = false;
    }
}

} // namespace schemalens::load::alembic
