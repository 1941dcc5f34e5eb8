// Alembic op calls rendered as the DDL Alembic (with SQLAlchemy 1.4's compilers) emits:
// create_table with its columns and constraints, add/drop/alter_column, indexes,
// constraints, renames, comments and execute.
#include "core/load/alembic/alembictranslator_p.h"

namespace schemalens::load::alembic {

using treesitter::quoteIdentifier;
using treesitter::quoteLiteral;

namespace {

QString quoteNames(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(quoteIdentifier(n));
    return quoted.join(QStringLiteral(", "));
}

bool flag(const Value &call, const char *keyword)
{
    const Value *v = call.option(QLatin1String(keyword));
    return v && v->isTrue();
}

QString upperOption(const Value &call, const char *keyword)
{
    const Value *v = call.option(QLatin1String(keyword));
    return v && v->isString() ? v->text.toUpper() : QString();
}

// " DEFERRABLE INITIALLY DEFERRED" from deferrable= / initially=.
QString deferrableClause(const Value &call)
{
    QString out;
    if (const Value *d = call.option(QStringLiteral("deferrable"));
        d && d->kind == Value::Kind::Bool)
        out += d->boolean ? QStringLiteral(" DEFERRABLE") : QStringLiteral(" NOT DEFERRABLE");
    const QString initially = upperOption(call, "initially");
    if (!initially.isEmpty())
        out += QStringLiteral(" INITIALLY ") + initially;
    return out;
}

} // namespace

std::optional<QString> RevisionTranslator::sqlText(const Value &value, const QString &what,
                                                   qsizetype offset)
{
    if (const std::optional<Value> text = sqlTextOf(value, m_imports))
        return text->text;
    unsupportedValue(value.isUnknown() ? value
                                       : Value::unknown(Tr::tr("not a string or sa.text()"),
                                                        value.offset, value.endOffset),
                     what, offset);
    return std::nullopt;
}

QString RevisionTranslator::foreignKeyClause(const ForeignKeySpec &fk, bool tableLevel) const
{
    QString sql;
    if (!fk.name.isEmpty())
        sql += QStringLiteral("CONSTRAINT ") + quoteIdentifier(fk.name) + QLatin1Char(' ');
    if (tableLevel)
        sql += QStringLiteral("FOREIGN KEY(") + quoteNames(fk.columns) + QStringLiteral(") ");
    sql += QStringLiteral("REFERENCES ") + qualified(fk.refSchema, fk.refTable);
    if (!fk.refColumns.isEmpty())
        sql += QStringLiteral(" (") + quoteNames(fk.refColumns) + QLatin1Char(')');
    if (!fk.match.isEmpty())
        sql += QStringLiteral(" MATCH ") + fk.match;
    if (!fk.onDelete.isEmpty())
        sql += QStringLiteral(" ON DELETE ") + fk.onDelete;
    if (!fk.onUpdate.isEmpty())
        sql += QStringLiteral(" ON UPDATE ") + fk.onUpdate;
    return sql + fk.deferrable;
}

namespace {

// "orgs.id" / "public.orgs.id" -> schema, table, column.
bool splitTarget(const QString &target, QString *schema, QString *table, QString *column)
{
    const QStringList parts = target.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return false;
    *column = parts.last();
    *table = parts.at(parts.size() - 2);
    *schema = parts.size() > 2 ? parts.mid(0, parts.size() - 2).join(QLatin1Char('.')) : QString();
    return true;
}

} // namespace

std::optional<ForeignKeySpec> RevisionTranslator::foreignKeyFromColumn(const Value &fk)
{
    ForeignKeySpec spec;
    spec.offset = fk.offset;
    const Value *target = argument(fk, 0, "column");
    QString schema, table, column;
    if (!target || !target->isString() || !splitTarget(target->text, &schema, &table, &column)) {
        unsupportedValue(target ? *target : fk, Tr::tr("ForeignKey target"), fk.offset);
        return std::nullopt;
    }
    spec.refSchema = schema;
    spec.refTable = table;
    spec.refColumns = {column};
    if (const Value *name = fk.option(QStringLiteral("name")); name && name->isString())
        spec.name = name->text;
    spec.onDelete = upperOption(fk, "ondelete");
    spec.onUpdate = upperOption(fk, "onupdate");
    spec.match = upperOption(fk, "match");
    spec.deferrable = deferrableClause(fk);
    return spec;
}

std::optional<ForeignKeySpec> RevisionTranslator::foreignKeyConstraint(const Value &call)
{
    ForeignKeySpec spec;
    spec.offset = call.offset;
    spec.columns = namesArg(call, 0, "columns");
    const QStringList targets = namesArg(call, 1, "refcolumns");
    if (spec.columns.isEmpty() || targets.size() != spec.columns.size()) {
        unsupportedValue(call, Tr::tr("ForeignKeyConstraint columns"), call.offset);
        return std::nullopt;
    }
    for (const QString &target : targets) {
        QString schema, table, column;
        if (!splitTarget(target, &schema, &table, &column)) {
            unsupported(call.offset, QStringLiteral("dynamic value"),
                        Tr::tr("ForeignKeyConstraint target '%1' is not table.column").arg(target));
            return std::nullopt;
        }
        spec.refSchema = schema;
        spec.refTable = table;
        spec.refColumns.append(column);
    }
    if (const Value *name = call.option(QStringLiteral("name")); name && name->isString())
        spec.name = name->text;
    spec.onDelete = upperOption(call, "ondelete");
    spec.onUpdate = upperOption(call, "onupdate");
    spec.match = upperOption(call, "match");
    spec.deferrable = deferrableClause(call);
    return spec;
}

ColumnSpec RevisionTranslator::columnSpec(const Value &column, const QString &table)
{
    ColumnSpec spec;
    spec.offset = column.offset;
    if (column.kind != Value::Kind::Call || !isSa(m_imports.qualify(column.text), "Column")) {
        unsupportedValue(column.isUnknown() ? column
                                            : Value::unknown(Tr::tr("not an sa.Column(...)"),
                                                             column.offset, column.endOffset),
                         Tr::tr("column of %1").arg(table), column.offset);
        return spec;
    }
    QList<Value> positional = column.items;
    if (const Value *name = column.option(QStringLiteral("name")))
        positional.prepend(*name);
    if (positional.isEmpty() || !positional.first().isString()) {
        unsupportedValue(positional.value(0), Tr::tr("column name in %1").arg(table),
                         column.offset);
        return spec;
    }
    spec.name = positional.takeFirst().text;
    std::optional<Value> type;
    if (const Value *t = column.option(QStringLiteral("type_")))
        type = *t;
    for (const Value &arg : positional) {
        const QString q = arg.kind == Value::Kind::Call ? m_imports.qualify(arg.text) : QString();
        if (isSa(q, "ForeignKey")) {
            if (const Value *useAlter = arg.option(QStringLiteral("use_alter"));
                pg() && useAlter && useAlter->isTrue())
                continue; // see ForeignKeyConstraint in createTable
            if (std::optional<ForeignKeySpec> fk = foreignKeyFromColumn(arg)) {
                fk->columns = {spec.name};
                spec.foreignKeys.append(*fk);
            }
        } else if (isSa(q, "Identity")) {
            const Value *always = arg.option(QStringLiteral("always"));
            QStringList options;
            if (const Value *start = arg.option(QStringLiteral("start")))
                options.append(QStringLiteral("START WITH ") + start->text);
            if (const Value *increment = arg.option(QStringLiteral("increment")))
                options.append(QStringLiteral("INCREMENT BY ") + increment->text);
            spec.identity =
                (always && always->isTrue() ? QStringLiteral(" GENERATED ALWAYS AS IDENTITY")
                                            : QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY")) +
                (options.isEmpty()
                     ? QString()
                     : QStringLiteral(" (") + options.join(QLatin1Char(' ')) + QLatin1Char(')'));
        } else if (isSa(q, "Computed")) {
            const Value *sql = argument(arg, 0, "sqltext");
            const std::optional<QString> text =
                sql ? sqlText(*sql, Tr::tr("Computed expression"), arg.offset) : std::nullopt;
            if (text) {
                const Value *persisted = arg.option(QStringLiteral("persisted"));
                spec.computed = QStringLiteral(" GENERATED ALWAYS AS (") + *text + QLatin1Char(')');
                if (pg() || (persisted && persisted->isTrue()))
                    spec.computed += QStringLiteral(" STORED");
                else if (persisted && persisted->isFalse())
                    spec.computed += QStringLiteral(" VIRTUAL");
            }
        } else if (isSa(q, "CheckConstraint")) {
            const Value *sql = argument(arg, 0, "sqltext");
            if (const std::optional<QString> text =
                    sql ? sqlText(*sql, Tr::tr("CheckConstraint"), arg.offset) : std::nullopt) {
                const Value *name = arg.option(QStringLiteral("name"));
                spec.checks.append((name && name->isString()
                                        ? QStringLiteral("CONSTRAINT ") +
                                              quoteIdentifier(name->text) + QLatin1Char(' ')
                                        : QString()) +
                                   QStringLiteral("CHECK (") + *text + QLatin1Char(')'));
            }
        } else if (isSa(q, "Sequence")) {
            // A client-side sequence: the server default stays as written.
        } else if (!type) {
            type = arg;
        }
    }
    if (!type) {
        unsupported(column.offset, QStringLiteral("missing type"),
                    Tr::tr("column %1.%2 has no type (SQLAlchemy would take it from the "
                           "referenced column); it is left out")
                        .arg(table, spec.name));
        return spec;
    }
    spec.type = renderType(*type, m_imports, m_dialect);
    if (!spec.type.ok()) {
        unsupportedValue(Value::unknown(spec.type.error, type->offset, type->endOffset),
                         Tr::tr("type of column %1.%2").arg(table, spec.name), column.offset);
        return spec;
    }
    if (!spec.type.customType.isEmpty())
        customType(type->offset, table, spec.name, spec.type.customType);
    if (!spec.type.unsupportedReason.isEmpty())
        unsupported(type->offset, QStringLiteral("dynamic value"), spec.type.unsupportedReason);
    spec.primaryKey = flag(column, "primary_key");
    if (const Value *nullable = column.option(QStringLiteral("nullable"));
        nullable && nullable->kind == Value::Kind::Bool)
        spec.nullable = nullable->boolean;
    else
        spec.nullable = !spec.primaryKey;
    if (const Value *autoincrement = column.option(QStringLiteral("autoincrement")))
        spec.autoincrement = *autoincrement;
    spec.unique = flag(column, "unique");
    spec.index = flag(column, "index");
    if (const Value *comment = column.option(QStringLiteral("comment"));
        comment && comment->isString())
        spec.comment = comment->text;
    if (const Value *serverDefault = column.option(QStringLiteral("server_default"));
        serverDefault && !serverDefault->isNil()) {
        QString problem;
        spec.serverDefault = renderServerDefault(*serverDefault, m_imports, m_dialect, &problem);
        spec.serverDefaultIsText = serverDefault->kind == Value::Kind::Call;
        if (!spec.serverDefault)
            unsupported(serverDefault->offset, QStringLiteral("dynamic value"),
                        Tr::tr("server_default of %1.%2: %3; the column is kept without it")
                            .arg(table, spec.name, problem));
    }
    spec.ok = true;
    return spec;
}

QString RevisionTranslator::columnDefinition(const ColumnSpec &column, bool inlinePrimaryKey,
                                             bool serial)
{
    QString type = column.type.sql;
    if (serial)
        type = column.type.integerRank == 3   ? QStringLiteral("BIGSERIAL")
               : column.type.integerRank == 1 ? QStringLiteral("SMALLSERIAL")
                                              : QStringLiteral("SERIAL");
    QString sql = quoteIdentifier(column.name) + QLatin1Char(' ') + type;
    if (column.serverDefault && column.identity.isEmpty())
        sql += QStringLiteral(" DEFAULT ") + *column.serverDefault;
    sql += column.computed + column.identity;
    if (!column.nullable && column.identity.isEmpty())
        sql += QStringLiteral(" NOT NULL");
    if (inlinePrimaryKey)
        sql += QStringLiteral(" PRIMARY KEY");
    if (column.unique && !column.index)
        sql += QStringLiteral(" UNIQUE");
    for (const QString &check : column.checks)
        sql += QLatin1Char(' ') + check;
    return sql;
}

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
