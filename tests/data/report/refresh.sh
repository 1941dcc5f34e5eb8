#!/usr/bin/env bash
# Regenerates the expected.{txt,json,sarif,md,html} of every report golden case from its input
# and fixture.json, by running tst_report in refresh mode. Review the diff
# (git diff tests/data/report) before committing it.
#   tests/data/report/refresh.sh              uses build/bin/tst_report
#   TST_REPORT=path/to/tst_report tests/data/report/refresh.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tst=${TST_REPORT:-$here/../../../build/bin/tst_report}
SCHEMALENS_REFRESH_GOLDEN=1 "$tst" golden
echo "refreshed $(find "$here" -name 'expected.*' | wc -l) references"
# The new SARIF must still be valid SARIF 2.1.0.
/usr/bin/python3 "$here/validate_sarif.py" "$here"/*/expected.sarif && echo "SARIF valid"
