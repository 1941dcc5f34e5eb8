#!/usr/bin/env bash
# Rewrites every tests/data/alembic/<case>/expected.sql and expected.json from the current
# loader. Review the diff (git diff tests/data/alembic) before committing it.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SCHEMALENS_REFRESH_GOLDEN=1 build/bin/tst_alembic golden
