#include "core/load/live/catalogqueries.h"

namespace schemalens::load::live::queries {

namespace {

// The schemas under review: the ones asked for, or all but PostgreSQL's own.
QString schemaFilter(const char *alias)
{
    return QStringLiteral("%1.nspname NOT IN ('pg_catalog', 'information_schema') "
                          "AND %1.nspname !~ '^pg_(toast|temp_|toast_temp_)' "
                          "AND (cardinality($1::text[]) = 0 OR %1.nspname = ANY ($1::text[]))")
        .arg(QLatin1String(alias));
}

// Objects that belong to an extension (pg_depend 'e') are the extension's, not the schema's.
QString notExtensionMember(const char *catalog, const char *oid)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = "
                          "'%1'::regclass AND e.objid = %2 AND e.deptype = 'e')")
        .arg(QLatin1String(catalog), QLatin1String(oid));
}

// Column names of an int2[] of attribute numbers of relation REL, in array order.
QString attnames(const QString &numbers, const QString &rel)
{
    return QStringLiteral("to_json(ARRAY(SELECT a.attname FROM unnest(%1) WITH ORDINALITY "
                          "u(num, ord) JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = "
                          "u.num ORDER BY u.ord))")
        .arg(numbers, rel);
}

QString relationFilter()
{
    return QStringLiteral("%1 AND %2")
        .arg(schemaFilter("n"), notExtensionMember("pg_class", "c.oid"));
}

} // namespace

QString serverInfo()
{
    return QStringLiteral("SELECT current_database() AS database, "
                          "extract(epoch FROM (SELECT d.stats_reset FROM pg_stat_database d "
                          "  WHERE d.datname = current_database()))::float8 AS stats_reset, "
                          "extract(epoch FROM pg_postmaster_start_time())::float8 AS started, "
                          "extract(epoch FROM now())::float8 AS now");
}

QString namespaces()
{
    return QStringLiteral("SELECT n.nspname, obj_description(n.oid, 'pg_namespace') AS comment "
                          "FROM pg_namespace n WHERE %1 AND %2 ORDER BY n.nspname")
        .arg(schemaFilter("n"), notExtensionMember("pg_namespace", "n.oid"));
}

QString relations()
{
    return QStringLiteral(
               "SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, "
               "c.relrowsecurity, c.relforcerowsecurity, c.relispartition, "
               "pn.nspname AS parent_schema, p.relname AS parent_name, "
               "CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS bound, "
               "CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partkey, "
               "obj_description(c.oid, 'pg_class') AS comment, c.reltuples::float8 AS reltuples, "
               "CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS viewdef, "
               "CASE WHEN c.relkind IN ('v', 'm') THEN to_json(ARRAY(SELECT DISTINCT rn.nspname "
               "  || '.' || rc.relname FROM pg_rewrite rw JOIN pg_depend d ON d.classid = "
               "  'pg_rewrite'::regclass AND d.objid = rw.oid AND d.refclassid = "
               "'pg_class'::regclass "
               "  JOIN pg_class rc ON rc.oid = d.refobjid JOIN pg_namespace rn ON rn.oid = "
               "  rc.relnamespace WHERE rw.ev_class = c.oid AND d.refobjid <> c.oid)) END AS "
               "depends, "
               "CASE WHEN NOT c.relispartition THEN to_json(ARRAY(SELECT hn.nspname || '.' || "
               "  hc.relname FROM pg_inherits h JOIN pg_class hc ON hc.oid = h.inhparent JOIN "
               "  pg_namespace hn ON hn.oid = hc.relnamespace WHERE h.inhrelid = c.oid ORDER BY "
               "  h.inhseqno)) END AS inherits "
               "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid "
               "LEFT JOIN pg_class p ON p.oid = i.inhparent "
               "LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace "
               "WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm') AND %1 "
               "ORDER BY n.nspname, c.relname")
        .arg(relationFilter());
}

QString columns(int version)
{
    // attgenerated exists since PostgreSQL 12.
    const QString generated =
        version >= 120000 ? QStringLiteral("a.attgenerated::text") : QStringLiteral("''");
    return QStringLiteral(
               "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) AS type, "
               "a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid) AS default, "
               "a.attidentity::text AS identity, %1 AS generated, "
               "CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation, "
               "col_description(a.attrelid, a.attnum) AS comment "
               "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace "
               "JOIN pg_type t ON t.oid = a.atttypid "
               "LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
               "LEFT JOIN pg_collation co ON co.oid = a.attcollation "
               "WHERE a.attnum > 0 AND NOT a.attisdropped "
               "AND c.relkind IN ('r', 'p', 'f', 'v', 'm') AND %2 "
               "ORDER BY a.attrelid, a.attnum")
        .arg(generated, relationFilter());
}

QString constraints(int version)
{
    // NULLS NOT DISTINCT exists since PostgreSQL 15.
    const QString nullsNotDistinct = version >= 150000
                                         ? QStringLiteral("coalesce(ix.indnullsnotdistinct, false)")
                                         : QStringLiteral("false");
    return QStringLiteral(
               "SELECT k.conrelid, k.conname, k.contype::text AS type, %1 AS columns, "
               "fn.nspname AS ref_schema, fc.relname AS ref_table, %2 AS ref_columns, "
               "k.confupdtype::text AS on_update, k.confdeltype::text AS on_delete, "
               "k.confmatchtype::text AS match, k.condeferrable, k.condeferred, k.convalidated, "
               "k.connoinherit, CASE WHEN k.contype = 'c' THEN pg_get_expr(k.conbin, k.conrelid, "
               "true) END AS expression, %3 AS nulls_not_distinct, "
               "CASE WHEN ix.indexrelid IS NOT NULL THEN to_json(ARRAY(SELECT a.attname FROM "
               "  unnest(ix.indkey::int2[]) WITH ORDINALITY u(num, ord) JOIN pg_attribute a ON "
               "  a.attrelid = ix.indrelid AND a.attnum = u.num WHERE u.ord > ix.indnkeyatts "
               "  ORDER BY u.ord)) END AS include, "
               "am.amname AS method, pg_get_expr(ix.indpred, ix.indrelid, true) AS predicate, "
               "CASE WHEN k.contype = 'x' THEN to_json(ARRAY(SELECT pg_get_indexdef(k.conindid, "
               "  g, true) FROM generate_series(1, ix.indnkeyatts) g ORDER BY g)) END AS elements, "
               "CASE WHEN k.contype = 'x' THEN to_json(ARRAY(SELECT o.oprname FROM "
               "  unnest(k.conexclop) WITH ORDINALITY u(op, ord) JOIN pg_operator o ON o.oid = "
               "  u.op ORDER BY u.ord)) END AS operators "
               "FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace "
               "LEFT JOIN pg_class fc ON fc.oid = k.confrelid "
               "LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace "
               "LEFT JOIN pg_index ix ON ix.indexrelid = k.conindid AND k.contype IN ('p', 'u', "
               "'x') "
               "LEFT JOIN pg_class ic ON ic.oid = ix.indexrelid "
               "LEFT JOIN pg_am am ON am.oid = ic.relam "
               // Foreign keys a partition inherits are the parent's (conparentid), as are
               // the parent's CHECKs (not conislocal); keys are the partition's own index.
               "WHERE k.contype IN ('p', 'u', 'c', 'f', 'x') AND c.relkind IN ('r', 'p', 'f') "
               "AND (k.contype <> 'f' OR k.conparentid = 0) AND %4 "
               "ORDER BY k.conrelid, k.conname")
        .arg(attnames(QStringLiteral("k.conkey"), QStringLiteral("k.conrelid")),
             attnames(QStringLiteral("k.confkey"), QStringLiteral("k.confrelid")), nullsNotDistinct,
             relationFilter());
}

QString indexes(int version)
{
    const QString nullsNotDistinct =
        version >= 150000 ? QStringLiteral("x.indnullsnotdistinct") : QStringLiteral("false");
    return QStringLiteral(
               "SELECT x.indexrelid, x.indrelid, i.relname, x.indisunique, x.indisprimary, "
               "am.amname AS method, x.indnkeyatts, %1 AS nulls_not_distinct, "
               "to_json(ARRAY(SELECT coalesce(a.attname, '') FROM unnest(x.indkey::int2[]) WITH "
               "  ORDINALITY u(num, ord) LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND "
               "  a.attnum = u.num ORDER BY u.ord)) AS names, "
               "to_json(ARRAY(SELECT pg_get_indexdef(x.indexrelid, g, true) FROM "
               "  generate_series(1, x.indnatts) g ORDER BY g)) AS defs, "
               "to_json(x.indoption::int2[]) AS options, "
               "to_json(ARRAY(SELECT CASE WHEN oc.opcdefault THEN '' ELSE oc.opcname END FROM "
               "  unnest(x.indclass::oid[]) WITH ORDINALITY u(opc, ord) JOIN pg_opclass oc ON "
               "  oc.oid = u.opc ORDER BY u.ord)) AS opclasses, "
               "pg_get_expr(x.indpred, x.indrelid, true) AS predicate, k.conname AS constraint "
               "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
               "JOIN pg_class c ON c.oid = x.indrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = i.relam "
               "LEFT JOIN pg_constraint k ON k.conindid = x.indexrelid AND k.conrelid = "
               "  x.indrelid AND k.contype IN ('p', 'u', 'x') "
               "WHERE c.relkind IN ('r', 'p', 'm') AND %2 "
               // A partition's copy of a partitioned index is the parent index's.
               "AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = x.indexrelid) "
               "ORDER BY x.indrelid, i.relname")
        .arg(nullsNotDistinct, relationFilter());
}

QString triggers(int version)
{
    // tgparentid (a partition's clone of its parent's trigger) exists since PostgreSQL 13.
    const QString ownTrigger =
        version >= 130000 ? QStringLiteral("AND t.tgparentid = 0") : QString();
    return QStringLiteral(
               "SELECT t.tgrelid, t.tgname, t.tgtype, p.proname, pn.nspname AS function_schema, "
               "t.tgconstraint <> 0 AS is_constraint, %1 AS columns, "
               "pg_get_triggerdef(t.oid, true) AS definition "
               "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace "
               "JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_namespace pn ON pn.oid = p.pronamespace "
               "WHERE NOT t.tgisinternal %2 AND %3 ORDER BY t.tgrelid, t.tgname")
        .arg(attnames(QStringLiteral("t.tgattr::int2[]"), QStringLiteral("t.tgrelid")), ownTrigger,
             relationFilter());
}

QString policies()
{
    return QStringLiteral(
               "SELECT p.polrelid, p.polname, p.polcmd::text AS command, p.polpermissive, "
               "to_json(ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r) END "
               "  FROM unnest(p.polroles) r)) AS roles, "
               "pg_get_expr(p.polqual, p.polrelid, true) AS qual, "
               "pg_get_expr(p.polwithcheck, p.polrelid, true) AS with_check "
               "FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE %1 "
               "ORDER BY p.polrelid, p.polname")
        .arg(relationFilter());
}

QString enums()
{
    return QStringLiteral(
               "SELECT n.nspname, t.typname, to_json(ARRAY(SELECT e.enumlabel FROM pg_enum e "
               "  WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)) AS labels, "
               "obj_description(t.oid, 'pg_type') AS comment "
               "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
               "WHERE t.typtype = 'e' AND %1 AND %2 ORDER BY n.nspname, t.typname")
        .arg(schemaFilter("n"), notExtensionMember("pg_type", "t.oid"));
}

QString otherTypes()
{
    return QStringLiteral(
               "SELECT n.nspname, t.typname, t.typtype::text AS kind, CASE WHEN t.typtype = 'd' "
               "THEN format_type(t.typbasetype, t.typtypmod) END AS base "
               "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
               "LEFT JOIN pg_class c ON c.oid = t.typrelid "
               "WHERE (t.typtype IN ('d', 'r') OR (t.typtype = 'c' AND c.relkind = 'c')) "
               "AND %1 AND %2 ORDER BY n.nspname, t.typname")
        .arg(schemaFilter("n"), notExtensionMember("pg_type", "t.oid"));
}

QString sequences()
{
    // Identity columns' sequences (deptype 'i') are the column's, not objects of their own.
    return QStringLiteral(
               "SELECT n.nspname, c.relname, d.deptype::text AS dependency, "
               "tc.relname || '.' || a.attname AS owned_by "
               "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid "
               "  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
               "LEFT JOIN pg_class tc ON tc.oid = d.refobjid "
               "LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
               "WHERE c.relkind = 'S' AND %1 ORDER BY n.nspname, c.relname")
        .arg(relationFilter());
}

QString functions()
{
    return QStringLiteral(
               "SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) AS args, "
               "pg_get_function_result(p.oid) AS returns, l.lanname, p.prokind::text AS kind, "
               "obj_description(p.oid, 'pg_proc') AS comment "
               "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
               "JOIN pg_language l ON l.oid = p.prolang "
               "WHERE p.prokind IN ('f', 'p') AND %1 AND %2 ORDER BY n.nspname, p.proname, args")
        .arg(schemaFilter("n"), notExtensionMember("pg_proc", "p.oid"));
}

QString extensions()
{
    // plpgsql is installed in every database; listing it says nothing about the schema.
    return QStringLiteral("SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n "
                          "ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql' "
                          "ORDER BY e.extname");
}

QString tableStatistics()
{
    return QStringLiteral(
               "SELECT s.relid, s.n_live_tup, extract(epoch FROM greatest(s.last_analyze, "
               "s.last_autoanalyze))::float8 AS analyzed "
               "FROM pg_stat_user_tables s JOIN pg_namespace n ON n.nspname = s.schemaname "
               "WHERE %1")
        .arg(schemaFilter("n"));
}

QString indexStatistics(int version)
{
    Q_UNUSED(version)
    return QStringLiteral("SELECT s.indexrelid, s.idx_scan FROM pg_stat_user_indexes s "
                          "JOIN pg_namespace n ON n.nspname = s.schemaname WHERE %1")
        .arg(schemaFilter("n"));
}

} // namespace schemalens::load::live::queries
