#!/usr/bin/env bash
# Regenerates tests/data/sqlite/<case>/expected.json with schemalens-cli, after a change
# whose effect on the model has been reviewed. tst_sqlite_golden compares the loader's
# model with these files (ignoring the volatile parts of "source": layout, evidence).
#
# Usage: refresh.sh [CASE...]          all cases when none is given
#        SCHEMALENS_CLI=/path/to/schemalens-cli refresh.sh ...
# Review the result with `git diff tests/data/sqlite` before committing it.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
cli=${SCHEMALENS_CLI:-}
if [ -z "$cli" ]; then
  for candidate in "$root"/build/bin/schemalens-cli "$root"/build*/bin/schemalens-cli; do
    if [ -x "$candidate" ]; then cli=$candidate; break; fi
  done
fi
if [ -z "$cli" ] || [ ! -x "$cli" ]; then
  echo "refresh.sh: schemalens-cli not found; build it or set SCHEMALENS_CLI" >&2
  exit 2
fi

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for dir in "$here"/*/input; do cases+=("$(basename "$(dirname "$dir")")"); done
fi

for case in "${cases[@]}"; do
  input="$here/$case/input"
  if [ ! -d "$input" ]; then
    echo "refresh.sh: no such case: $case" >&2
    exit 2
  fi
  "$cli" schema "$input" --dialect sqlite --format json > "$here/$case/expected.json.new"
  mv "$here/$case/expected.json.new" "$here/$case/expected.json"
  echo "refreshed $case"
done
