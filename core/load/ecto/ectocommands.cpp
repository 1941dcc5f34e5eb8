// The Ecto migration commands (create/alter/drop/rename of tables, indexes and constraints,
// execute) rendered as the PostgreSQL DDL ecto_sql's adapter writes.
#include "core/load/ecto/ectotranslator_p.h"

namespace schemalens::load::ecto {

std::optional<TableSpec> Translator::tableOf(const Value &value, const Node &where)
{
    if (!value.isCall("table")) {
        if (value.isUnknown())
            unsupportedValue(value, Tr::tr("table"), where.startByte());
        else
            unsupported(where.startByte(), QStringLiteral("unknown object"),
                        Tr::tr("expected table(...) here"));
        return std::nullopt;
    }
    const Value name = value.items.value(0);
    if (!name.isName()) {
        unsupportedValue(value, Tr::tr("table name"), where.startByte());
        return std::nullopt;
    }
    TableSpec table;
    table.name = name.text;
    table.options = value;
    table.prefix = m_config.defaultPrefix;
    if (const Value *prefix = value.option(QStringLiteral("prefix"))) {
        if (prefix->isUnknown()) {
            unsupportedValue(*prefix, Tr::tr("table prefix"), where.startByte());
            return std::nullopt;
        }
        if (!prefix->isNil())
            table.prefix = prefix->text;
    }
    return table;
}

void Translator::create(const Node &call, const Value &object, bool ifNotExists)
{
    if (object.isCall("table")) {
        if (const std::optional<TableSpec> table = tableOf(object, call))
            createTable(call, *table, ifNotExists);
    } else if (object.isCall("index") || object.isCall("unique_index")) {
        createIndex(call, object, ifNotExists);
    } else if (object.isCall("constraint") && !ifNotExists) {
        createConstraint(call, object);
    } else if (object.isUnknown()) {
        unsupportedValue(object, Tr::tr("create"), call.startByte());
    } else {
        unsupported(
            call.startByte(), QStringLiteral("unknown object"),
            Tr::tr("create of '%1' is not an Ecto table, index or constraint").arg(object.text));
    }
}

std::optional<ColumnChange> Translator::primaryKeyColumn(const TableSpec &table, qsizetype offset)
{
    // Ecto.Migration.__primary_key__/1 and pk_opts_to_tuple/1.
    Value keyOptions;
    const Value *option = table.options.option(QStringLiteral("primary_key"));
    if (option && option->isFalse())
        return std::nullopt;
    if (option && option->isKeywordList()) {
        keyOptions = *option;
    } else if (!option || option->isTrue()) {
        if (m_config.primaryKey.isFalse())
            return std::nullopt;
        if (m_config.primaryKey.isKeywordList())
            keyOptions = m_config.primaryKey;
    } else {
        unsupportedValue(*option, Tr::tr("primary_key option"), offset);
        return std::nullopt;
    }
    ColumnChange pk;
    pk.kind = ColumnChange::Kind::Add;
    pk.name = QStringLiteral("id");
    pk.type = Value::atom(QStringLiteral("bigserial"));
    pk.offset = offset;
    QList<std::pair<QString, Value>> rest;
    for (const Value &pair : keyOptions.items) {
        const QString key = pair.items.at(0).text;
        if (key == QLatin1String("name"))
            pk.name = nameOf(pair.items.at(1));
        else if (key == QLatin1String("type"))
            pk.type = pair.items.at(1);
        else if (key != QLatin1String("primary_key"))
            rest.append({key, pair.items.at(1)});
    }
    Value yes;
    yes.kind = Value::Kind::Bool;
    yes.boolean = true;
    rest.append({QStringLiteral("primary_key"), yes});
    pk.options = optionsOf(rest);
    return pk;
}

void Translator::addTimestamps(const Value &call, QList<ColumnChange> &changes)
{
    // Ecto.Migration.timestamps/1: repository defaults, then the call's options.
    QList<std::pair<QString, Value>> options;
    if (m_config.timestamps.isKeywordList()) {
        for (const Value &pair : m_config.timestamps.items)
            options.append({pair.items.at(0).text, pair.items.at(1)});
    }
    for (const auto &kw : call.keywords) {
        const auto existing = std::find_if(options.begin(), options.end(),
                                           [&](const auto &o) { return o.first == kw.first; });
        if (existing != options.end())
            existing->second = kw.second;
        else
            options.append(kw);
    }
    Value type = Value::atom(QStringLiteral("naive_datetime"));
    Value insertedAt = Value::atom(QStringLiteral("inserted_at"));
    Value updatedAt = Value::atom(QStringLiteral("updated_at"));
    QList<std::pair<QString, Value>> rest;
    bool hasNull = false;
    for (const auto &[key, value] : options) {
        if (key == QLatin1String("type"))
            type = value;
        else if (key == QLatin1String("inserted_at"))
            insertedAt = value;
        else if (key == QLatin1String("updated_at"))
            updatedAt = value;
        else {
            hasNull = hasNull || key == QLatin1String("null");
            rest.append({key, value});
        }
    }
    if (!hasNull) {
        Value no;
        no.kind = Value::Kind::Bool;
        rest.append({QStringLiteral("null"), no});
    }
    for (const Value &column : {insertedAt, updatedAt}) {
        if (column.isFalse())
            continue;
        if (!column.isName()) {
            unsupportedValue(column, Tr::tr("timestamps column name"), call.offset);
            continue;
        }
        ColumnChange c;
        c.kind = ColumnChange::Kind::Add;
        c.name = column.text;
        c.type = type;
        c.options = optionsOf(rest);
        c.offset = call.offset;
        changes.append(c);
    }
}

QList<ColumnChange> Translator::columnChanges(const Node &doBlock, bool inCreate)
{
    // The statements of the block in order; add/modify/remove/timestamps land in `changes`
    // (also from helper functions and loops expanded inside the block).
    QList<ColumnChange> changes;
    QList<ColumnChange> *outerBlock = m_block;
    const bool outerCreate = m_inCreate;
    m_block = &changes;
    m_inCreate = inCreate;
    statements(doBlock);
    m_block = outerBlock;
    m_inCreate = outerCreate;
    return changes;
}

bool Translator::columnStatement(const Node &node, const QString &name, const Value &call)
{
    if (!m_block)
        return false;
    QList<ColumnChange> &changes = *m_block;
    if (name == QLatin1String("timestamps")) {
        addTimestamps(call, changes);
        return true;
    }
    static const QHash<QString, ColumnChange::Kind> kinds{
        {QStringLiteral("add"), ColumnChange::Kind::Add},
        {QStringLiteral("add_if_not_exists"), ColumnChange::Kind::AddIfNotExists},
        {QStringLiteral("modify"), ColumnChange::Kind::Modify},
        {QStringLiteral("remove"), ColumnChange::Kind::Remove},
        {QStringLiteral("remove_if_exists"), ColumnChange::Kind::RemoveIfExists},
    };
    const auto kind = kinds.constFind(name);
    if (kind == kinds.cend())
        return false;
    if (m_inCreate && *kind != ColumnChange::Kind::Add) {
        unsupported(node.startByte(), QStringLiteral("misplaced column change"),
                    Tr::tr("%1 inside create: Ecto accepts only add there").arg(name));
        return true;
    }
    ColumnChange change;
    change.kind = *kind;
    change.offset = node.startByte();
    const Value column = call.items.value(0);
    if (!column.isName()) {
        unsupportedValue(column, Tr::tr("column name of %1").arg(name), node.startByte());
        return true;
    }
    change.name = column.text;
    if (call.items.size() >= 2)
        change.type = call.items.at(1);
    else
        change.type = Value::unknown(QString(), node.startByte(), node.startByte());
    if ((*kind == ColumnChange::Kind::Add || *kind == ColumnChange::Kind::AddIfNotExists ||
         *kind == ColumnChange::Kind::Modify) &&
        !change.hasType()) {
        unsupported(node.startByte(), QStringLiteral("missing type"),
                    Tr::tr("%1 of column %2 without a type").arg(name, change.name));
        return true;
    }
    if (change.hasType() && change.type.isUnknown()) {
        unsupportedValue(change.type, Tr::tr("type of column %1").arg(change.name),
                         node.startByte());
        return true;
    }
    change.options = optionsOf(call.keywords);
    changes.append(change);
    return true;
}

QString Translator::typeAndOptions(const ColumnChange &change, const Value &type, bool reference)
{
    Fragment typeSql =
        reference ? referenceColumnType(type, change.options) : columnType(type, change.options);
    if (!typeSql.ok())
        return {};
    Fragment options = columnOptions(type, change.options);
    if (!options.ok()) {
        const Value *defaultValue = change.options.option(QStringLiteral("default"));
        unsupported(defaultValue && defaultValue->offset > 0 ? defaultValue->offset : change.offset,
                    QStringLiteral("dynamic value"),
                    Tr::tr("default of column %1: %2; the column is kept without it")
                        .arg(change.name, options.error));
        Value withoutDefault = change.options;
        withoutDefault.keywords.removeIf(
            [](const auto &kw) { return kw.first == QLatin1String("default"); });
        options = columnOptions(type, withoutDefault);
    }
    return typeSql.sql + options.sql;
}

std::optional<QString> Translator::columnDefinition(const ColumnChange &change,
                                                    const TableSpec &table, bool inlinePrimaryKey)
{
    const QString pk = inlinePrimaryKey ? QStringLiteral(" PRIMARY KEY") : QString();
    if (change.isReference()) {
        QString error;
        const Reference ref = referenceFrom(change.type, m_config, &error);
        if (!error.isEmpty()) {
            unsupportedValue(Value::unknown(error, change.type.offset, change.type.endOffset),
                             Tr::tr("column %1").arg(change.name), change.offset);
            return std::nullopt;
        }
        const Fragment type = referenceColumnType(ref.type, change.options);
        if (!type.ok()) {
            unsupportedValue(Value::unknown(type.error, change.offset, change.offset),
                             Tr::tr("type of column %1").arg(change.name), change.offset);
            return std::nullopt;
        }
        if (!type.customType.isEmpty())
            customType(change.offset, table.name, change.name, type.customType);
        return quoteIdentifier(change.name) + QLatin1Char(' ') +
               typeAndOptions(change, ref.type, true) + pk + QStringLiteral(", ") +
               referenceConstraint(ref, table.name, table.prefix, change.name);
    }
    const Fragment type = columnType(change.type, change.options);
    if (!type.ok()) {
        unsupportedValue(Value::unknown(type.error, change.type.offset, change.type.endOffset),
                         Tr::tr("type of column %1").arg(change.name), change.offset);
        return std::nullopt;
    }
    if (!type.customType.isEmpty())
        customType(change.type.offset, table.name, change.name, type.customType);
    return quoteIdentifier(change.name) + QLatin1Char(' ') +
           typeAndOptions(change, change.type, false) + pk;
}

void Translator::emitStatement(qsizetype offset, const QString &sql)
{
    place(offset);
    m_sql.append(sql);
    m_sql.endStatement();
}

void Translator::comments(const TableSpec &table, const QList<ColumnChange> &changes)
{
    if (const Value *comment = table.options.option(QStringLiteral("comment"));
        comment && comment->isString()) {
        m_sql.append(" ");
        m_sql.append(QStringLiteral("COMMENT ON TABLE ") + table.qualified() +
                     QStringLiteral(" IS ") + quoteLiteral(comment->text));
        m_sql.endStatement();
    }
    for (const ColumnChange &change : changes) {
        if (change.kind == ColumnChange::Kind::Remove ||
            change.kind == ColumnChange::Kind::RemoveIfExists)
            continue;
        const Value *comment = change.options.option(QStringLiteral("comment"));
        if (!comment || !comment->isString())
            continue;
        m_sql.append(" ");
        m_sql.append(QStringLiteral("COMMENT ON COLUMN ") + table.qualified() + QLatin1Char('.') +
                     quoteIdentifier(change.name) + QStringLiteral(" IS ") +
                     quoteLiteral(comment->text));
        m_sql.endStatement();
    }
}

void Translator::createTable(const Node &call, const TableSpec &table, bool ifNotExists)
{
    QList<ColumnChange> changes;
    if (std::optional<ColumnChange> pk = primaryKeyColumn(table, call.startByte()))
        changes.append(*pk);
    if (const Node block = ExEvaluator::doBlock(call); !block.isNull())
        changes += columnChanges(block, true);

    QStringList keys;
    for (const ColumnChange &c : changes) {
        if (c.isPrimaryKey())
            keys.append(c.name);
    }
    QString head = QStringLiteral("CREATE ");
    if (const Value *modifiers = table.options.option(QStringLiteral("modifiers"));
        modifiers && modifiers->isString())
        head += modifiers->text + QLatin1Char(' ');
    head += QStringLiteral("TABLE ");
    if (ifNotExists)
        head += QStringLiteral("IF NOT EXISTS ");
    head += table.qualified() + QStringLiteral(" (");
    place(call.startByte());
    m_sql.append(head);
    bool first = true;
    if (keys.size() > 1) {
        // A composite key goes first, on the create line (PostgreSQL takes table constraints
        // anywhere in the list; Ecto writes it last).
        m_sql.append(QStringLiteral("PRIMARY KEY (") + quoteNames(keys) + QLatin1Char(')'));
        first = false;
    }
    for (const ColumnChange &change : changes) {
        const std::optional<QString> definition =
            columnDefinition(change, table, keys.size() == 1 && change.isPrimaryKey());
        if (!definition)
            continue;
        if (!first)
            m_sql.append(",");
        first = false;
        place(change.offset);
        m_sql.append(*definition);
    }
    m_sql.append(")");
    if (const Value *options = table.options.option(QStringLiteral("options"));
        options && options->isString())
        m_sql.append(QLatin1Char(' ') + options->text);
    m_sql.endStatement();
    comments(table, changes);
}

std::optional<QString> Translator::columnChange(const ColumnChange &change, const TableSpec &table)
{
    const QString column = quoteIdentifier(change.name);
    switch (change.kind) {
    case ColumnChange::Kind::Add:
    case ColumnChange::Kind::AddIfNotExists: {
        const QString verb = change.kind == ColumnChange::Kind::Add
                                 ? QStringLiteral("ADD COLUMN ")
                                 : QStringLiteral("ADD COLUMN IF NOT EXISTS ");
        std::optional<QString> definition = columnDefinition(change, table, false);
        if (!definition)
            return std::nullopt;
        // column_change/2 writes ", ADD CONSTRAINT" where a definition has ", CONSTRAINT".
        definition->replace(QStringLiteral(", CONSTRAINT "), QStringLiteral(", ADD CONSTRAINT "));
        return verb + *definition;
    }
    case ColumnChange::Kind::Modify: {
        QString sql;
        // :from drops the old foreign key first.
        if (const Value *from = change.options.option(QStringLiteral("from"))) {
            const Value &old = from->kind == Value::Kind::Tuple && !from->items.isEmpty()
                                   ? from->items.first()
                                   : *from;
            if (old.isCall("references")) {
                QString error;
                const Reference ref = referenceFrom(old, m_config, &error);
                if (error.isEmpty())
                    sql += QStringLiteral("DROP CONSTRAINT ") +
                           quoteIdentifier(referenceName(ref, table.name, change.name)) +
                           QStringLiteral(", ");
            }
        }
        Value type = change.type;
        QString constraint;
        if (change.isReference()) {
            QString error;
            const Reference ref = referenceFrom(change.type, m_config, &error);
            if (!error.isEmpty()) {
                unsupportedValue(Value::unknown(error, change.offset, change.offset),
                                 Tr::tr("column %1").arg(change.name), change.offset);
                return std::nullopt;
            }
            type = ref.type;
            constraint = QStringLiteral(", ADD ") +
                         referenceConstraint(ref, table.name, table.prefix, change.name);
        }
        const Fragment typeSql = change.isReference() ? referenceColumnType(type, change.options)
                                                      : columnType(type, change.options);
        if (!typeSql.ok()) {
            unsupportedValue(Value::unknown(typeSql.error, change.offset, change.offset),
                             Tr::tr("type of column %1").arg(change.name), change.offset);
            return std::nullopt;
        }
        if (!typeSql.customType.isEmpty())
            customType(change.offset, table.name, change.name, typeSql.customType);
        sql += QStringLiteral("ALTER COLUMN ") + column + QStringLiteral(" TYPE ") + typeSql.sql +
               constraint;
        if (const Value *null = change.options.option(QStringLiteral("null"))) {
            if (null->isTrue())
                sql +=
                    QStringLiteral(", ALTER COLUMN ") + column + QStringLiteral(" DROP NOT NULL");
            else if (null->isFalse())
                sql += QStringLiteral(", ALTER COLUMN ") + column + QStringLiteral(" SET NOT NULL");
        }
        if (const Value *value = change.options.option(QStringLiteral("default"))) {
            const Fragment d = defaultExpression(*value, type);
            if (d.ok())
                sql += QStringLiteral(", ALTER COLUMN ") + column +
                       QStringLiteral(" SET DEFAULT ") + d.sql;
            else
                unsupported(value->offset > 0 ? value->offset : change.offset,
                            QStringLiteral("dynamic value"),
                            Tr::tr("default of column %1: %2; the default is left unchanged")
                                .arg(change.name, d.error));
        }
        if (const Value *collation = change.options.option(QStringLiteral("collation"));
            collation && collation->isName())
            sql += QStringLiteral(" COLLATE ") + quoteIdentifier(collation->text);
        return sql;
    }
    case ColumnChange::Kind::Remove:
    case ColumnChange::Kind::RemoveIfExists: {
        const bool ifExists = change.kind == ColumnChange::Kind::RemoveIfExists;
        QString sql;
        if (change.isReference()) {
            QString error;
            const Reference ref = referenceFrom(change.type, m_config, &error);
            if (error.isEmpty())
                sql += (ifExists ? QStringLiteral("DROP CONSTRAINT IF EXISTS ")
                                 : QStringLiteral("DROP CONSTRAINT ")) +
                       quoteIdentifier(referenceName(ref, table.name, change.name)) +
                       QStringLiteral(", ");
        }
        return sql +
               (ifExists ? QStringLiteral("DROP COLUMN IF EXISTS ")
                         : QStringLiteral("DROP COLUMN ")) +
               column;
    }
    }
    return std::nullopt;
}

void Translator::alterTable(const Node &call, const TableSpec &table)
{
    const Node block = ExEvaluator::doBlock(call);
    const QList<ColumnChange> changes =
        block.isNull() ? QList<ColumnChange>() : columnChanges(block, false);
    QStringList keys;
    for (const ColumnChange &c : changes) {
        if (c.isPrimaryKey())
            keys.append(c.name);
    }
    QList<std::pair<qsizetype, QString>> commands;
    for (const ColumnChange &change : changes) {
        if (std::optional<QString> sql = columnChange(change, table))
            commands.append({change.offset, *sql});
    }
    // Ecto sends one ALTER TABLE with every change as a sub-command. PostgreSQL keeps no
    // position for sub-commands, so each change becomes its own ALTER TABLE on its own line:
    // the same schema, and every column change pinned to the add/modify/remove that made it.
    place(call.startByte());
    for (const auto &[offset, sql] : commands)
        emitStatement(offset,
                      QStringLiteral("ALTER TABLE ") + table.qualified() + QLatin1Char(' ') + sql);
    if (!keys.isEmpty()) {
        m_sql.append(" ");
        m_sql.append(QStringLiteral("ALTER TABLE ") + table.qualified() +
                     QStringLiteral(" ADD PRIMARY KEY (") + quoteNames(keys) + QLatin1Char(')'));
        m_sql.endStatement();
    }
    comments(table, changes);
}

void Translator::createIndex(const Node &call, const Value &index, bool ifNotExists)
{
    const Value table = index.items.value(0);
    if (!table.isName()) {
        unsupportedValue(index, Tr::tr("index table"), call.startByte());
        return;
    }
    QList<Value> columns;
    const Value columnArg = index.items.value(1);
    if (columnArg.isList())
        columns = columnArg.items;
    else if (columnArg.isName())
        columns.append(columnArg);
    if (const Value *u = columnArg.firstUnknown(); u || columns.isEmpty()) {
        unsupportedValue(u ? *u : Value::unknown(Tr::tr("no columns"), call.startByte(), 0),
                         Tr::tr("index columns"), call.startByte());
        return;
    }
    if (const Value *u = index.firstUnknown()) {
        unsupportedValue(*u, Tr::tr("index option"), call.startByte());
        return;
    }
    auto option = [&](const char *name) { return index.option(QLatin1String(name)); };
    const bool unique =
        index.isCall("unique_index") || (option("unique") && option("unique")->isTrue());
    QString name = option("name") ? nameOf(*option("name")) : QString();
    if (name.isEmpty())
        name = defaultIndexName(table.text, columns);
    QString prefix = m_config.defaultPrefix;
    if (option("prefix") && !option("prefix")->isNil())
        prefix = nameOf(*option("prefix"));

    auto indexExpression = [](const Value &v) -> QString {
        // index_expr/1: atoms are quoted names, strings are expressions as written.
        static const QHash<QString, QString> directions{
            {QStringLiteral("asc"), QStringLiteral(" ASC")},
            {QStringLiteral("asc_nulls_first"), QStringLiteral(" ASC NULLS FIRST")},
            {QStringLiteral("asc_nulls_last"), QStringLiteral(" ASC NULLS LAST")},
            {QStringLiteral("desc"), QStringLiteral(" DESC")},
            {QStringLiteral("desc_nulls_first"), QStringLiteral(" DESC NULLS FIRST")},
            {QStringLiteral("desc_nulls_last"), QStringLiteral(" DESC NULLS LAST")},
        };
        if (v.kind == Value::Kind::Tuple && v.items.size() == 2) {
            const Value &c = v.items.at(1);
            return (c.isString() ? c.text : quoteIdentifier(c.text)) +
                   directions.value(v.items.at(0).text);
        }
        return v.isString() ? v.text : quoteIdentifier(v.text);
    };
    QStringList fields;
    for (const Value &c : columns)
        fields.append(indexExpression(c));
    QString sql = QStringLiteral("CREATE ");
    if (unique)
        sql += QStringLiteral("UNIQUE ");
    sql += QStringLiteral("INDEX ");
    if (option("concurrently") && option("concurrently")->isTrue())
        sql += QStringLiteral("CONCURRENTLY ");
    if (ifNotExists)
        sql += QStringLiteral("IF NOT EXISTS ");
    sql += quoteIdentifier(name) + QStringLiteral(" ON ");
    if (option("only") && option("only")->isTrue())
        sql += QStringLiteral("ONLY ");
    sql += quoteQualified(prefix, table.text);
    if (option("using") && option("using")->isName())
        sql += QStringLiteral(" USING ") + option("using")->text;
    sql += QStringLiteral(" (") + fields.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (const Value *include = option("include"); include && include->isList()) {
        QStringList included;
        for (const Value &c : include->items)
            included.append(c.isString() ? c.text : quoteIdentifier(c.text));
        if (!included.isEmpty())
            sql += QStringLiteral(" INCLUDE (") + included.join(QStringLiteral(", ")) +
                   QLatin1Char(')');
    }
    if (const Value *nulls = option("nulls_distinct"); nulls && !nulls->isNil())
        sql += nulls->isTrue() ? QStringLiteral(" NULLS DISTINCT")
                               : QStringLiteral(" NULLS NOT DISTINCT");
    if (const Value *with = option("options"); with && with->isString())
        sql += QStringLiteral(" WITH (") + with->text + QLatin1Char(')');
    if (const Value *where = option("where"); where && where->isName())
        sql += QStringLiteral(" WHERE ") + where->text;
    emitStatement(call.startByte(), sql);
    if (const Value *comment = option("comment"); comment && comment->isString()) {
        m_sql.append(" ");
        m_sql.append(QStringLiteral("COMMENT ON INDEX ") + quoteQualified(prefix, name) +
                     QStringLiteral(" IS ") + quoteLiteral(comment->text));
        m_sql.endStatement();
    }
}

void Translator::createConstraint(const Node &call, const Value &constraint)
{
    const Value table = constraint.items.value(0);
    const Value name = constraint.items.value(1);
    if (const Value *u = constraint.firstUnknown()) {
        unsupportedValue(*u, Tr::tr("constraint"), call.startByte());
        return;
    }
    if (!table.isName() || !name.isName()) {
        unsupported(call.startByte(), QStringLiteral("unknown object"),
                    Tr::tr("constraint() needs a table and a name"));
        return;
    }
    QString prefix = m_config.defaultPrefix;
    if (const Value *p = constraint.option(QStringLiteral("prefix")); p && !p->isNil())
        prefix = nameOf(*p);
    const Value *validate = constraint.option(QStringLiteral("validate"));
    const QString notValid =
        validate && validate->isFalse() ? QStringLiteral(" NOT VALID") : QString();
    QString body;
    if (const Value *check = constraint.option(QStringLiteral("check")); check && check->isString())
        body = QStringLiteral(" CHECK (") + check->text + QLatin1Char(')');
    else if (const Value *exclude = constraint.option(QStringLiteral("exclude"));
             exclude && exclude->isString())
        body = QStringLiteral(" EXCLUDE USING ") + exclude->text;
    else {
        unsupported(call.startByte(), QStringLiteral("unknown object"),
                    Tr::tr("constraint %1 has neither check: nor exclude:").arg(name.text));
        return;
    }
    const QString qualified = quoteQualified(prefix, table.text);
    emitStatement(call.startByte(), QStringLiteral("ALTER TABLE ") + qualified +
                                        QStringLiteral(" ADD CONSTRAINT ") +
                                        quoteIdentifier(name.text) + body + notValid);
    if (const Value *comment = constraint.option(QStringLiteral("comment"));
        comment && comment->isString()) {
        m_sql.append(" ");
        m_sql.append(QStringLiteral("COMMENT ON CONSTRAINT ") + quoteIdentifier(name.text) +
                     QStringLiteral(" ON ") + qualified + QStringLiteral(" IS ") +
                     quoteLiteral(comment->text));
        m_sql.endStatement();
    }
}

void Translator::drop(const Node &call, const Value &object, const Value &options, bool ifExists)
{
    const Value *mode = options.option(QStringLiteral("mode"));
    const QString cascade = mode && mode->isAtom() && mode->text == QLatin1String("cascade")
                                ? QStringLiteral(" CASCADE")
                                : QString();
    const QString ifExistsSql = ifExists ? QStringLiteral("IF EXISTS ") : QString();
    if (object.isCall("table")) {
        if (const std::optional<TableSpec> table = tableOf(object, call))
            emitStatement(call.startByte(), QStringLiteral("DROP TABLE ") + ifExistsSql +
                                                table->qualified() + cascade);
        return;
    }
    if (object.isCall("index") || object.isCall("unique_index")) {
        const Value table = object.items.value(0);
        QList<Value> columns;
        const Value columnArg = object.items.value(1);
        if (columnArg.isList())
            columns = columnArg.items;
        else if (columnArg.isName())
            columns.append(columnArg);
        if (const Value *u = object.firstUnknown()) {
            unsupportedValue(*u, Tr::tr("index"), call.startByte());
            return;
        }
        QString name = object.option(QStringLiteral("name"))
                           ? nameOf(*object.option(QStringLiteral("name")))
                           : QString();
        if (name.isEmpty())
            name = defaultIndexName(table.text, columns);
        QString prefix = m_config.defaultPrefix;
        if (const Value *p = object.option(QStringLiteral("prefix")); p && !p->isNil())
            prefix = nameOf(*p);
        const Value *concurrently = object.option(QStringLiteral("concurrently"));
        emitStatement(call.startByte(),
                      QStringLiteral("DROP INDEX ") +
                          (concurrently && concurrently->isTrue() ? QStringLiteral("CONCURRENTLY ")
                                                                  : QString()) +
                          ifExistsSql + quoteQualified(prefix, name) + cascade);
        return;
    }
    if (object.isCall("constraint")) {
        const Value table = object.items.value(0);
        const Value name = object.items.value(1);
        if (!table.isName() || !name.isName()) {
            unsupportedValue(object, Tr::tr("constraint"), call.startByte());
            return;
        }
        QString prefix = m_config.defaultPrefix;
        if (const Value *p = object.option(QStringLiteral("prefix")); p && !p->isNil())
            prefix = nameOf(*p);
        emitStatement(call.startByte(), QStringLiteral("ALTER TABLE ") +
                                            quoteQualified(prefix, table.text) +
                                            QStringLiteral(" DROP CONSTRAINT ") + ifExistsSql +
                                            quoteIdentifier(name.text) + cascade);
        return;
    }
    if (object.isUnknown())
        unsupportedValue(object, Tr::tr("drop"), call.startByte());
    else
        unsupported(
            call.startByte(), QStringLiteral("unknown object"),
            Tr::tr("drop of '%1' is not an Ecto table, index or constraint").arg(object.text));
}

void Translator::rename(const Node &call, const Value &args)
{
    const Value object = args.items.value(0);
    const Value *to = args.option(QStringLiteral("to"));
    if (!to || to->isUnknown() || object.isUnknown()) {
        unsupportedValue(to ? *to : object, Tr::tr("rename"), call.startByte());
        return;
    }
    if (object.isCall("table") && args.items.size() == 1 && to->isCall("table")) {
        const std::optional<TableSpec> table = tableOf(object, call);
        const Value newName = to->items.value(0);
        if (table && newName.isName())
            emitStatement(call.startByte(), QStringLiteral("ALTER TABLE ") + table->qualified() +
                                                QStringLiteral(" RENAME TO ") +
                                                quoteIdentifier(newName.text));
        return;
    }
    if (object.isCall("table") && args.items.size() == 2 && to->isName()) {
        const std::optional<TableSpec> table = tableOf(object, call);
        const Value column = args.items.at(1);
        if (table && column.isName())
            emitStatement(call.startByte(), QStringLiteral("ALTER TABLE ") + table->qualified() +
                                                QStringLiteral(" RENAME ") +
                                                quoteIdentifier(column.text) +
                                                QStringLiteral(" TO ") + quoteIdentifier(to->text));
        return;
    }
    if ((object.isCall("index") || object.isCall("unique_index")) && to->isName()) {
        QList<Value> columns;
        const Value columnArg = object.items.value(1);
        if (columnArg.isList())
            columns = columnArg.items;
        else if (columnArg.isName())
            columns.append(columnArg);
        QString name = object.option(QStringLiteral("name"))
                           ? nameOf(*object.option(QStringLiteral("name")))
                           : QString();
        if (name.isEmpty())
            name = defaultIndexName(object.items.value(0).text, columns);
        QString prefix = m_config.defaultPrefix;
        if (const Value *p = object.option(QStringLiteral("prefix")); p && !p->isNil())
            prefix = nameOf(*p);
        emitStatement(call.startByte(),
                      QStringLiteral("ALTER INDEX ") + quoteQualified(prefix, name) +
                          QStringLiteral(" RENAME TO ") + quoteIdentifier(to->text));
        return;
    }
    unsupported(call.startByte(), QStringLiteral("unknown object"),
                Tr::tr("this form of rename is not part of the Ecto migration DSL"));
}

void Translator::execute(const Node &call, const Value &args)
{
    // execute(sql) and execute(up, down): the up SQL, parsed like any SQL migration.
    const Value up = args.items.value(0);
    if (up.isString()) {
        const bool literalHere = up.writtenWithin(call.startByte(), call.endByte());
        if (m_anchor >= 0 || !literalHere) {
            // SQL from a helper function or a loop: it belongs to this call's line.
            place(call.startByte());
            m_sql.append(up.text);
        } else {
            m_sql.appendSource(up.segments, call.startByte());
        }
        m_sql.endStatement();
        return;
    }
    if (up.isUnknown() && up.text.isEmpty()) {
        unsupported(call.startByte(), QStringLiteral("execute"), Tr::tr("execute without SQL"));
        return;
    }
    const Node first = ExEvaluator::arguments(call).namedChild(0);
    if (first.is("anonymous_function")) {
        unsupported(call.startByte(), QStringLiteral("execute function"),
                    Tr::tr("execute with a function runs code while migrating; what it changes "
                           "is not in the schema"));
        return;
    }
    unsupportedValue(up, Tr::tr("execute"), call.startByte());
}

} // namespace schemalens::load::ecto
