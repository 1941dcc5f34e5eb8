#!/usr/bin/env bash
# Replays a source in a real PostgreSQL 15, exactly the SQL schemalens applies (in its
# order), and compares the tables and foreign keys PostgreSQL built with schemalens' model.
# Usage: pg-compare.sh SOURCE [PGCONNINFO]   (default: host=127.0.0.1 port=54329 user=postgres)
# Needs psql, python3 and a running server; the database "sl_oracle" is dropped and recreated.
set -euo pipefail
source=$1
conn=${2:-"host=127.0.0.1 port=54329 user=postgres"}
here=$(cd "$(dirname "$0")" && pwd)
cli=${SCHEMALENS_CLI:-$here/../../build/bin/schemalens-cli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" schema "$source" --format json --emit-sql "$work/sql" > "$work/model.json"
psql "$conn dbname=postgres" -qAtc "DROP DATABASE IF EXISTS sl_oracle" -c "CREATE DATABASE sl_oracle" >/dev/null
# One session, like a migration runner; errors do not stop the replay.
cat "$work"/sql/*.sql 2>/dev/null | psql "$conn dbname=sl_oracle" -q -v ON_ERROR_STOP=0 > "$work/psql.log" 2>&1 || true
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
python3 - "$work" "$source" <<'PY'
import json, sys
work, source = sys.argv[1], sys.argv[2]
model = json.load(open(f"{work}/model.json"))
ours_t = sorted(f"{t['schema']}.{t['name']}" for t in model["tables"])
ours_f = sorted(f"{t['schema']}.{t['name']}|{f['name']}|{f['refSchema']}.{f['refTable']}"
                for t in model["tables"] for f in t["foreignKeys"])
pg_t = [l for l in open(f"{work}/tables.txt").read().splitlines() if l]
pg_f = [l for l in open(f"{work}/fks.txt").read().splitlines() if l]
errors = sum(1 for l in open(f"{work}/psql.log", errors="replace") if "ERROR:" in l)
ok = ours_t == pg_t and ours_f == pg_f
print(f"{'OK  ' if ok else 'DIFF'} {source}: tables ours={len(ours_t)} pg={len(pg_t)}, "
      f"fks ours={len(ours_f)} pg={len(pg_f)}, pg errors={errors}, "
      f"our diagnostics={len(model['diagnostics'])}")
for name, a, b in (("table", ours_t, pg_t), ("fk", ours_f, pg_f)):
    for x in sorted(set(a) - set(b)): print(f"   only ours {name}: {x}")
    for x in sorted(set(b) - set(a)): print(f"   only pg   {name}: {x}")
sys.exit(0 if ok else 1)
PY
