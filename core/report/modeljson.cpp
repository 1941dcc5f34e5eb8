#include "core/report/modeljson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace schemalens::report {

using namespace schemalens::model;

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject originJson(const Origin &origin)
{
    QJsonObject o;
    if (!origin.file.isEmpty())
        o.insert(QLatin1String("file"), origin.file);
    if (origin.line > 0)
        o.insert(QLatin1String("line"), origin.line);
    if (origin.column > 0)
        o.insert(QLatin1String("column"), origin.column);
    if (origin.ordinal >= 0)
        o.insert(QLatin1String("ordinal"), origin.ordinal);
    return o;
}

void putIf(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QJsonObject columnJson(const Column &c)
{
    QJsonObject o{{QLatin1String("name"), c.name},
                  {QLatin1String("type"), c.type},
                  {QLatin1String("nullable"), c.nullable},
                  {QLatin1String("default"),
                   c.defaultExpr ? QJsonValue(*c.defaultExpr) : QJsonValue(QJsonValue::Null)}};
    putIf(o, "identity", c.identity);
    putIf(o, "generated", c.generated);
    putIf(o, "collation", c.collation);
    putIf(o, "comment", c.comment);
    putIf(o, "affinity", c.affinity);
    o.insert(QLatin1String("origin"), originJson(c.origin));
    return o;
}

QJsonObject keyJson(const KeyConstraint &k)
{
    QJsonObject o{{QLatin1String("name"), k.name}, {QLatin1String("columns"), strings(k.columns)}};
    if (!k.include.isEmpty())
        o.insert(QLatin1String("include"), strings(k.include));
    if (k.nullsNotDistinct)
        o.insert(QLatin1String("nullsNotDistinct"), true);
    if (k.deferrable)
        o.insert(QLatin1String("deferrable"), true);
    o.insert(QLatin1String("origin"), originJson(k.origin));
    return o;
}

QJsonObject foreignKeyJson(const ForeignKey &fk)
{
    QJsonObject o{{QLatin1String("name"), fk.name},
                  {QLatin1String("columns"), strings(fk.columns)},
                  {QLatin1String("refSchema"), fk.refSchema},
                  {QLatin1String("refTable"), fk.refTable},
                  {QLatin1String("refColumns"), strings(fk.refColumns)},
                  {QLatin1String("onDelete"), fk.onDelete},
                  {QLatin1String("onUpdate"), fk.onUpdate},
                  {QLatin1String("deferrable"), fk.deferrable}};
    if (!fk.onDeleteColumns.isEmpty())
        o.insert(QLatin1String("onDeleteColumns"), strings(fk.onDeleteColumns));
    if (fk.initiallyDeferred)
        o.insert(QLatin1String("initiallyDeferred"), true);
    if (fk.match != QLatin1String("simple"))
        o.insert(QLatin1String("match"), fk.match);
    if (!fk.validated)
        o.insert(QLatin1String("validated"), false);
    o.insert(QLatin1String("origin"), originJson(fk.origin));
    return o;
}

QJsonObject indexJson(const Index &index)
{
    QJsonObject o{{QLatin1String("name"), index.name},
                  {QLatin1String("columns"), strings(index.columns())},
                  {QLatin1String("unique"), index.unique},
                  {QLatin1String("method"), index.method},
                  {QLatin1String("predicate"), index.predicate.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(index.predicate)}};
    QJsonArray opclasses;
    bool anyDetail = false;
    for (const IndexElement &e : index.elements) {
        QJsonObject eo;
        putIf(eo, "opclass", e.opclass);
        putIf(eo, "collation", e.collation);
        if (e.descending)
            eo.insert(QLatin1String("descending"), true);
        putIf(eo, "nulls", e.nulls);
        anyDetail = anyDetail || !eo.isEmpty();
        opclasses.append(eo);
    }
    if (anyDetail)
        o.insert(QLatin1String("elements"), opclasses);
    if (!index.include.isEmpty())
        o.insert(QLatin1String("include"), strings(index.include));
    if (index.nullsNotDistinct)
        o.insert(QLatin1String("nullsNotDistinct"), true);
    putIf(o, "constraint", index.constraint);
    if (index.scans) // live PostgreSQL: pg_stat_user_indexes.idx_scan
        o.insert(QLatin1String("scans"), double(*index.scans));
    o.insert(QLatin1String("origin"), originJson(index.origin));
    return o;
}

QString tableKind(const Table &t)
{
    switch (t.kind) {
    case Table::Kind::Table:
        return QStringLiteral("table");
    case Table::Kind::PartitionedTable:
        return QStringLiteral("partitioned table");
    case Table::Kind::ForeignTable:
        return QStringLiteral("foreign table");
    case Table::Kind::VirtualTable:
        return QStringLiteral("virtual table");
    }
    return {};
}

QJsonObject tableJson(const Table &t)
{
    QJsonObject o{{QLatin1String("schema"), t.schema},
                  {QLatin1String("name"), t.name},
                  {QLatin1String("kind"), tableKind(t)}};
    if (t.persistence == Table::Persistence::Unlogged)
        o.insert(QLatin1String("persistence"), QStringLiteral("unlogged"));
    else if (t.persistence == Table::Persistence::Temporary)
        o.insert(QLatin1String("persistence"), QStringLiteral("temporary"));

    QJsonArray columns;
    for (const Column &c : t.columns)
        columns.append(columnJson(c));
    o.insert(QLatin1String("columns"), columns);
    o.insert(QLatin1String("primaryKey"),
             t.primaryKey ? QJsonValue(keyJson(*t.primaryKey)) : QJsonValue(QJsonValue::Null));

    QJsonArray fks;
    for (const ForeignKey &fk : t.foreignKeys)
        fks.append(foreignKeyJson(fk));
    o.insert(QLatin1String("foreignKeys"), fks);

    QJsonArray uniques;
    for (const KeyConstraint &k : t.uniques)
        uniques.append(keyJson(k));
    o.insert(QLatin1String("uniques"), uniques);

    QJsonArray checks;
    for (const CheckConstraint &c : t.checks) {
        QJsonObject co{{QLatin1String("name"), c.name},
                       {QLatin1String("expression"), c.expression}};
        if (!c.validated)
            co.insert(QLatin1String("validated"), false);
        co.insert(QLatin1String("origin"), originJson(c.origin));
        checks.append(co);
    }
    o.insert(QLatin1String("checks"), checks);

    if (!t.exclusions.isEmpty()) {
        QJsonArray exclusions;
        for (const ExclusionConstraint &x : t.exclusions) {
            QJsonArray elements;
            for (const ExclusionElement &e : x.elements)
                elements.append(QJsonObject{
                    {QLatin1String("column"), e.column.isEmpty() ? e.expression : e.column},
                    {QLatin1String("operator"), e.op}});
            QJsonObject xo{{QLatin1String("name"), x.name},
                           {QLatin1String("method"), x.method},
                           {QLatin1String("elements"), elements}};
            putIf(xo, "predicate", x.predicate);
            xo.insert(QLatin1String("origin"), originJson(x.origin));
            exclusions.append(xo);
        }
        o.insert(QLatin1String("exclusions"), exclusions);
    }

    QJsonArray indexes;
    for (const Index &i : t.indexes)
        indexes.append(indexJson(i));
    o.insert(QLatin1String("indexes"), indexes);

    QJsonArray triggers;
    for (const Trigger &tr : t.triggers) {
        QJsonObject to{{QLatin1String("name"), tr.name},
                       {QLatin1String("timing"), tr.timing},
                       {QLatin1String("events"), strings(tr.events)},
                       {QLatin1String("forEachRow"), tr.forEachRow}};
        putIf(to, "function", tr.function);
        putIf(to, "when", tr.when);
        putIf(to, "sql", tr.sql);
        to.insert(QLatin1String("origin"), originJson(tr.origin));
        triggers.append(to);
    }
    o.insert(QLatin1String("triggers"), triggers);

    o.insert(QLatin1String("rowSecurity"), t.rowSecurity);
    if (t.forceRowSecurity)
        o.insert(QLatin1String("forceRowSecurity"), true);
    QJsonArray policies;
    for (const Policy &p : t.policies) {
        QJsonObject po{{QLatin1String("name"), p.name},
                       {QLatin1String("command"), p.command},
                       {QLatin1String("permissive"), p.permissive},
                       {QLatin1String("roles"), strings(p.roles)}};
        putIf(po, "using", p.usingExpr);
        putIf(po, "withCheck", p.withCheck);
        po.insert(QLatin1String("origin"), originJson(p.origin));
        policies.append(po);
    }
    o.insert(QLatin1String("policies"), policies);

    if (!t.partitionStrategy.isEmpty())
        o.insert(QLatin1String("partitionBy"),
                 QJsonObject{{QLatin1String("strategy"), t.partitionStrategy},
                             {QLatin1String("key"), strings(t.partitionKey)}});
    if (t.isPartition())
        o.insert(QLatin1String("partitionOf"),
                 QJsonObject{{QLatin1String("schema"), t.partitionOfSchema},
                             {QLatin1String("table"), t.partitionOf},
                             {QLatin1String("bound"), t.partitionBound}});
    if (!t.inherits.isEmpty())
        o.insert(QLatin1String("inherits"), strings(t.inherits));
    if (t.withoutRowid)
        o.insert(QLatin1String("withoutRowid"), true);
    if (t.strict)
        o.insert(QLatin1String("strict"), true);
    if (t.external)
        o.insert(QLatin1String("external"), true);
    if (t.rowCount)
        o.insert(QLatin1String("rowCount"), double(*t.rowCount));
    if (t.rowCount && t.rowCountEstimated) // SQLite: sqlite_stat1; PostgreSQL: n_live_tup
        o.insert(QLatin1String("rowCountEstimated"), true);
    if (t.lastAnalyzed.isValid())
        o.insert(QLatin1String("lastAnalyzed"), t.lastAnalyzed.toString(Qt::ISODate));
    putIf(o, "comment", t.comment);
    o.insert(QLatin1String("origin"), originJson(t.origin));
    return o;
}

// How the dialect was decided: the confidence, every signal weighed and the engines' trial.
void addDialectDetails(QJsonObject &source, const load::MigrationPlan &plan)
{
    source.insert(QLatin1String("dialectConfidence"), load::confidenceName(plan.dialectConfidence));
    QJsonArray signalList;
    for (const load::DialectSignal &s : plan.dialectSignals) {
        QJsonObject o{{QLatin1String("dialect"), load::dialectName(s.dialect)},
                      {QLatin1String("source"), s.source},
                      {QLatin1String("marker"), s.marker}};
        if (s.weight)
            o.insert(QLatin1String("weight"), s.weight);
        if (s.decisive)
            o.insert(QLatin1String("decisive"), true);
        if (s.files)
            o.insert(QLatin1String("files"), s.files);
        putIf(o, "where", s.where);
        signalList.append(o);
    }
    source.insert(QLatin1String("dialectSignals"), signalList);
    if (plan.dialectTrial.ran) {
        const load::DialectTrial &t = plan.dialectTrial;
        source.insert(QLatin1String("dialectTrial"),
                      QJsonObject{{QLatin1String("units"), t.units},
                                  {QLatin1String("pgStatements"), t.pgStatements},
                                  {QLatin1String("pgErrors"), t.pgErrors},
                                  {QLatin1String("sqliteStatements"), t.sqliteStatements},
                                  {QLatin1String("sqliteErrors"), t.sqliteErrors}});
    }
}

QJsonObject sourceJson(const load::LoadResult &result)
{
    const load::MigrationPlan &plan = result.source;
    QJsonArray files;
    for (const load::MigrationUnit &u : plan.units) {
        QJsonObject f{{QLatin1String("path"), u.path}, {QLatin1String("ordinal"), u.ordinal}};
        putIf(f, "version", u.version);
        if (u.repeatable)
            f.insert(QLatin1String("repeatable"), true);
        files.append(f);
    }
    QJsonArray skipped;
    for (const load::SkippedFile &s : plan.skipped) {
        QJsonObject o{{QLatin1String("path"), s.path}, {QLatin1String("reason"), s.reason}};
        if (s.looksLikeMigration)
            o.insert(QLatin1String("looksLikeMigration"), true);
        skipped.append(o);
    }
    QJsonObject statements{{QLatin1String("total"), result.stats.statements},
                           {QLatin1String("applied"), result.stats.applied}};
    QJsonObject skippedKinds;
    for (auto it = result.stats.skipped.cbegin(); it != result.stats.skipped.cend(); ++it)
        skippedKinds.insert(it.key(), it.value());
    statements.insert(QLatin1String("skipped"), skippedKinds);
    QJsonObject unsupportedKinds;
    for (auto it = result.stats.unsupported.cbegin(); it != result.stats.unsupported.cend(); ++it)
        unsupportedKinds.insert(it.key(), it.value());
    statements.insert(QLatin1String("unsupported"), unsupportedKinds);
    QJsonObject source{
        {QLatin1String("kind"), plan.isFolder ? QStringLiteral("folder") : QStringLiteral("file")},
        {QLatin1String("layout"), plan.layout},
        {QLatin1String("dialect"), load::dialectName(plan.dialect)},
        {QLatin1String("dialectEvidence"), plan.dialectEvidence},
        {QLatin1String("files"), files},
        {QLatin1String("skippedFiles"), skipped},
        {QLatin1String("statements"), statements}};
    addDialectDetails(source, plan);
    return source;
}

} // namespace

QJsonObject modelToJson(const load::LoadResult &result)
{
    const Schema &schema = result.schema;
    QJsonObject root;
    QJsonObject source = sourceJson(result);
    if (const std::optional<LiveInfo> &live = schema.live) {
        QJsonObject lo{{QLatin1String("serverVersion"), live->serverVersion},
                       {QLatin1String("queries"), live->queries}};
        if (live->statisticsSince.isValid())
            lo.insert(QLatin1String("statisticsSince"),
                      live->statisticsSince.toString(Qt::ISODate));
        lo.insert(QLatin1String("statisticsReset"), live->statisticsReset);
        if (live->readAt.isValid())
            lo.insert(QLatin1String("readAt"), live->readAt.toString(Qt::ISODate));
        source.insert(QLatin1String("live"), lo);
    }
    root.insert(QLatin1String("source"), source);

    QJsonArray schemas;
    for (const Namespace &n : schema.namespaces) {
        QJsonObject no{{QLatin1String("name"), n.name}};
        if (n.external)
            no.insert(QLatin1String("external"), true);
        putIf(no, "comment", n.comment);
        schemas.append(no);
    }
    root.insert(QLatin1String("schemas"), schemas);

    QJsonArray tables;
    for (const Table &t : schema.tables)
        tables.append(tableJson(t));
    root.insert(QLatin1String("tables"), tables);

    QJsonArray enums;
    for (const EnumType &e : schema.enums) {
        QJsonObject eo{{QLatin1String("schema"), e.schema},
                       {QLatin1String("name"), e.name},
                       {QLatin1String("values"), strings(e.values)}};
        putIf(eo, "comment", e.comment);
        eo.insert(QLatin1String("origin"), originJson(e.origin));
        enums.append(eo);
    }
    root.insert(QLatin1String("enums"), enums);

    QJsonArray views;
    for (const View &v : schema.views) {
        QJsonObject vo{{QLatin1String("schema"), v.schema},
                       {QLatin1String("name"), v.name},
                       {QLatin1String("materialized"), v.materialized}};
        putIf(vo, "definition", v.definition);
        if (!v.outputColumns.isEmpty()) {
            QJsonArray columns;
            for (const Column &c : v.outputColumns)
                columns.append(
                    QJsonObject{{QLatin1String("name"), c.name}, {QLatin1String("type"), c.type}});
            vo.insert(QLatin1String("columns"), columns);
        }
        if (!v.dependsOn.isEmpty())
            vo.insert(QLatin1String("dependsOn"), strings(v.dependsOn));
        putIf(vo, "sql", v.sql);
        putIf(vo, "comment", v.comment);
        if (!v.indexes.isEmpty()) {
            QJsonArray indexes;
            for (const Index &i : v.indexes)
                indexes.append(indexJson(i));
            vo.insert(QLatin1String("indexes"), indexes);
        }
        vo.insert(QLatin1String("origin"), originJson(v.origin));
        views.append(vo);
    }
    root.insert(QLatin1String("views"), views);

    QJsonArray functions;
    for (const Function &f : schema.functions) {
        QJsonObject fo{{QLatin1String("schema"), f.schema},
                       {QLatin1String("name"), f.name},
                       {QLatin1String("arguments"), f.arguments}};
        putIf(fo, "returns", f.returns);
        putIf(fo, "language", f.language);
        if (f.isProcedure)
            fo.insert(QLatin1String("procedure"), true);
        fo.insert(QLatin1String("origin"), originJson(f.origin));
        functions.append(fo);
    }
    root.insert(QLatin1String("functions"), functions);

    QJsonArray sequences;
    for (const Sequence &s : schema.sequences) {
        QJsonObject so{{QLatin1String("schema"), s.schema}, {QLatin1String("name"), s.name}};
        putIf(so, "ownedBy", s.ownedBy);
        sequences.append(so);
    }
    root.insert(QLatin1String("sequences"), sequences);

    QJsonArray others;
    for (const OtherType &t : schema.otherTypes) {
        QJsonObject to{{QLatin1String("schema"), t.schema},
                       {QLatin1String("name"), t.name},
                       {QLatin1String("kind"), t.kind}};
        putIf(to, "baseType", t.baseType);
        others.append(to);
    }
    root.insert(QLatin1String("types"), others);

    QJsonArray extensions;
    for (const Extension &e : schema.extensions)
        extensions.append(
            QJsonObject{{QLatin1String("name"), e.name}, {QLatin1String("schema"), e.schema}});
    root.insert(QLatin1String("extensions"), extensions);

    QJsonArray history;
    for (const Change &c : schema.history.changes) {
        QJsonObject co{{QLatin1String("kind"), Change::kindName(c.kind)},
                       {QLatin1String("schema"), c.schema},
                       {QLatin1String("table"), c.table}};
        putIf(co, "object", c.object);
        putIf(co, "oldValue", c.oldValue);
        putIf(co, "newValue", c.newValue);
        if (c.concurrently)
            co.insert(QLatin1String("concurrently"), true);
        if (c.kind == Change::Kind::AddColumn) {
            co.insert(QLatin1String("notNull"), c.notNull);
            co.insert(QLatin1String("hasDefault"), c.hasDefault);
        }
        if (c.onExistingTable)
            co.insert(QLatin1String("onExistingTable"), true);
        co.insert(QLatin1String("origin"), originJson(c.origin));
        history.append(co);
    }
    root.insert(QLatin1String("history"), history);

    QJsonArray diagnostics;
    auto addDiagnostics = [&](const load::Diagnostics &list) {
        for (const load::Diagnostic &d : list)
            diagnostics.append(
                QJsonObject{{QLatin1String("rule"), d.rule},
                            {QLatin1String("severity"), load::Diagnostic::severityName(d.severity)},
                            {QLatin1String("message"), d.message},
                            {QLatin1String("location"), originJson(d.location)}});
    };
    addDiagnostics(result.source.diagnostics);
    addDiagnostics(result.diagnostics);
    root.insert(QLatin1String("diagnostics"), diagnostics);
    return root;
}

QByteArray toJsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace schemalens::report
