#!/usr/bin/python3
"""Validates SARIF logs against the official SARIF 2.1.0 JSON schema (OASIS, errata 01,
sarif-schema-2.1.0.json next to this script) plus what GitHub code scanning needs beyond the
schema. Usage: validate_sarif.py FILE.sarif... Exit 0 valid, 1 invalid, 3 jsonschema missing.
Run with Debian's /usr/bin/python3 and python3-jsonschema."""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(3)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
    schema = json.load(f)
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)


def github_problems(log):
    """GitHub rejects or drops results without a relative file location, and matches alerts
    across runs by partialFingerprints; ruleIndex must point at the rule named by ruleId."""
    for run in log.get("runs", []):
        rules = run["tool"]["driver"].get("rules", [])
        for i, result in enumerate(run.get("results", [])):
            where = "runs[].results[%d]" % i
            index = result.get("ruleIndex")
            if index is None or index >= len(rules) or rules[index]["id"] != result["ruleId"]:
                yield where + ": ruleIndex does not point at ruleId " + result.get("ruleId", "?")
            locations = result.get("locations", [])
            if not locations:
                yield where + ": no location"
            for location in locations:
                artifact = location.get("physicalLocation", {}).get("artifactLocation", {})
                uri = artifact.get("uri", "")
                if not uri or uri.startswith("/") or ":" in uri.split("/")[0]:
                    yield where + ": artifact uri is not relative: " + repr(uri)
                if artifact.get("uriBaseId") != "%SRCROOT%":
                    yield where + ": uriBaseId is not %SRCROOT%"
            if not result.get("partialFingerprints"):
                yield where + ": no partialFingerprints"


status = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for error in errors:
        print("%s: %s: %s" % (path, "/".join(str(p) for p in error.path), error.message))
    problems = list(github_problems(log))
    for problem in problems:
        print("%s: %s" % (path, problem))
    if errors or problems:
        status = 1
sys.exit(status)
