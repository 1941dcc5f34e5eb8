#!/usr/bin/env bash
# Regenerates expected.md and expected.html of every minutes golden case from its review.json
# (the bundled shop example's migrations with that review file), by running tst_meeting_cli in
# refresh mode. Review the diff (git diff tests/data/minutes) before committing it.
#   tests/data/minutes/refresh.sh                 uses build/bin/tst_meeting_cli
#   TST_MEETING_CLI=path/to/tst_meeting_cli tests/data/minutes/refresh.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tst=${TST_MEETING_CLI:-$here/../../../build/bin/tst_meeting_cli}
SCHEMALENS_REFRESH_GOLDEN=1 "$tst" minutesGolden
echo "refreshed $(find "$here" -name 'expected.*' | wc -l) references"
