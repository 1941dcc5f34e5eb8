// Alembic's column and foreign-key arguments read into specs (sa.Column, sa.ForeignKey,
// sa.ForeignKeyConstraint) and rendered as the clauses SQLAlchemy 1.4's compilers emit; and
// the keyword-argument readers the op renderers share.
#include "core/load/alembic/alembictranslator_p.h"

namespace schemalens::load::alembic {

using treesitter::quoteIdentifier;

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

} // namespace schemalens::load::alembic
