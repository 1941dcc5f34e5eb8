#!/usr/bin/env bash
# Rewrites every tests/data/ecto/<case>/expected.sql and expected.json from the current
# loader. Review the diff (git diff tests/data/ecto) before committing it.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SCHEMALENS_REFRESH_GOLDEN=1 build/bin/tst_ecto golden
