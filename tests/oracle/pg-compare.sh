#!/usr/bin/env bash
# Replays a source in a real PostgreSQL 15, exactly the SQL schemalens applies (in its
# order), and compares the tables and foreign keys PostgreSQL built with schemalens' model.
# Usage: pg-compare.sh SOURCE [PGCONNINFO]   (default: host=127.0.0.1 port=54329 user=slroot, a superuser that migrations do not demote)
# Needs psql, python3 and a running server; the database "sl_oracle" is dropped and recreated.
set -euo pipefail
source=$1
conn=${2:-"host=127.0.0.1 port=54329 user=slroot"}
here=$(cd "$(dirname "$0")" && pwd)
cli=${SCHEMALENS_CLI:-$here/../../build/bin/schemalens-cli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" schema "$source" --format json --emit-sql "$work/sql" > "$work/model.json"
psql "$conn dbname=postgres" -qAtc "DROP DATABASE IF EXISTS sl_oracle" -c "CREATE DATABASE sl_oracle" >/dev/null
# One session per migration, as runners apply them (a failed transaction in one file does
# not poison the next); errors do not stop the replay.
for f in "$work"/sql/*.sql; do
  [ -e "$f" ] || continue
  psql "$conn dbname=sl_oracle" -q -v ON_ERROR_STOP=0 -f "$f" >> "$work/psql.log" 2>&1 || true
done
[ -e "$work/psql.log" ] || : > "$work/psql.log"
[ -z "${KEEP_LOG:-}" ] || cp "$work/psql.log" "$KEEP_LOG"
psql "$conn dbname=sl_oracle" -qAt -F '|' > "$work/tables.txt" <<'SQL'
SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r','p','f') AND n.nspname NOT IN ('pg_catalog','information_schema')
  AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1;
SQL
psql "$conn dbname=sl_oracle" -qAt -F '|' > "$work/fks.txt" <<'SQL'
SELECT n.nspname || '.' || c.relname || '|' || k.conname || '|' || rn.nspname || '.' || r.relname
FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class r ON r.oid = k.confrelid JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE k.contype = 'f' AND k.conparentid = 0
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1;
SQL
psql "$conn dbname=sl_oracle" -qAt -F '|' > "$work/constraints.txt" <<'SQL'
SELECT n.nspname || '.' || c.relname || '|' || k.conname || '|' || k.contype::text
FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype IN ('p','u','c','f','x') AND (k.conparentid = 0 OR k.contype IN ('p','u'))
  AND c.relkind IN ('r','p','f')
  AND n.nspname NOT IN ('pg_catalog','information_schema')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1;
SQL
psql "$conn dbname=sl_oracle" -qAt -F '|' > "$work/indexes.txt" <<'SQL'
SELECT n.nspname || '.' || t.relname || '|' || i.relname
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE t.relkind IN ('r','p') AND n.nspname NOT IN ('pg_catalog','information_schema')
  AND n.nspname NOT LIKE 'pg_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.conrelid = t.oid)
  AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = x.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1;
SQL
python3 - "$work" "$source" <<'PY'
import json, sys
work, source = sys.argv[1], sys.argv[2]
model = json.load(open(f"{work}/model.json"))
ours_t = sorted(f"{t['schema']}.{t['name']}" for t in model["tables"])
ours_f = sorted(f"{t['schema']}.{t['name']}|{f['name']}|{f['refSchema']}.{f['refTable']}"
                for t in model["tables"] for f in t["foreignKeys"])
pg_t = [l for l in open(f"{work}/tables.txt").read().splitlines() if l]
pg_f = [l for l in open(f"{work}/fks.txt").read().splitlines() if l]
def tname(t): return f"{t['schema']}.{t['name']}"
ours_c = []
for t in model["tables"]:
    if t["primaryKey"]: ours_c.append(f"{tname(t)}|{t['primaryKey']['name']}|p")
    ours_c += [f"{tname(t)}|{u['name']}|u" for u in t["uniques"]]
    ours_c += [f"{tname(t)}|{c['name']}|c" for c in t["checks"]]
    ours_c += [f"{tname(t)}|{f['name']}|f" for f in t["foreignKeys"]]
    ours_c += [f"{tname(t)}|{x['name']}|x" for x in t.get("exclusions", [])]
ours_c.sort()
ours_i = sorted(f"{tname(t)}|{i['name']}" for t in model["tables"] for i in t["indexes"])
pg_c = [l for l in open(f"{work}/constraints.txt").read().splitlines() if l]
pg_i = [l for l in open(f"{work}/indexes.txt").read().splitlines() if l]
errors = sum(1 for l in open(f"{work}/psql.log", errors="replace") if "ERROR:" in l)
ok = ours_t == pg_t and ours_f == pg_f
names_ok = ours_c == pg_c and ours_i == pg_i
print(f"{'OK  ' if ok else 'DIFF'} {source}: tables ours={len(ours_t)} pg={len(pg_t)}, "
      f"fks ours={len(ours_f)} pg={len(pg_f)}, pg errors={errors}, "
      f"our diagnostics={len(model['diagnostics'])}; constraint/index names "
      f"{'match' if names_ok else 'differ'} ({len(ours_c)}/{len(pg_c)} constraints, "
      f"{len(ours_i)}/{len(pg_i)} indexes)")
for name, a, b in (("table", ours_t, pg_t), ("fk", ours_f, pg_f),
                   ("constraint", ours_c, pg_c), ("index", ours_i, pg_i)):
    for x in sorted(set(a) - set(b)): print(f"   only ours {name}: {x}")
    for x in sorted(set(b) - set(a)): print(f"   only pg   {name}: {x}")
sys.exit(0 if ok else 1)
PY
