#!/usr/bin/env bash
# Regenerates expected.json of every PostgreSQL golden case (or of the cases named) with the
# built schemalens-cli. Review the diff (git diff tests/data/pg) before committing it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${SCHEMALENS_CLI:-$here/../../../build/bin/schemalens-cli}
cd "$here"
cases=("$@")
[ ${#cases[@]} -gt 0 ] || mapfile -t cases < <(find . -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
for c in "${cases[@]}"; do
  input=""
  for candidate in "$c"/input "$c"/input.*; do
    [ -e "$candidate" ] && { input=$candidate; break; }
  done
  [ -n "$input" ] || { echo "skip $c: no input"; continue; }
  "$cli" schema "$input" --format json > "$c/expected.json"
  echo "refreshed $c"
done
