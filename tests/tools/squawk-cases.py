#!/usr/bin/env python3
"""Catch rate of a schemalens-cli build on the Squawk cases exported by tst_squawk.

    SCHEMALENS_SQUAWK_EXPORT=DIR tst_squawk     # writes DIR/<squawk rule>/<case>/
    squawk-cases.py CLI DIR

Each case folder holds its migrations, its .schemalens.json and case.txt ("bad|good RULES
FILE"). A case is caught when CLI reports a finding of one of RULES located in FILE. Used to
measure a build that predates the suite (the "before" figures of issue 18).
"""
import json
import re
import os
import subprocess
import sys


def matches(finding, rules):
    """RULES: rule ids, each optionally with ~REGEX on the message (tst_squawk's format)."""
    for rule in rules:
        rid, _, pattern = rule.partition('~')
        if finding['rule'] == rid and (not pattern or re.search(pattern, finding['message'])):
            return True
    return False


def main(cli, root):
    tally = {}
    for rule in sorted(os.listdir(root)):
        for case in sorted(os.listdir(os.path.join(root, rule))):
            folder = os.path.join(root, rule, case)
            verdict, rules, file = open(os.path.join(folder, 'case.txt')).read().split()
            rules = rules.split(',')
            proc = subprocess.run([cli, 'review', folder, '--format', 'json', '--dialect', 'pg'],
                                  capture_output=True, text=True)
            findings = json.loads(proc.stdout).get('findings', []) if proc.stdout else []
            caught = any(matches(f, rules) and
                         (f.get('location') or {}).get('file', '').endswith(file)
                         for f in findings)
            t = tally.setdefault(rule, [0, 0, 0, 0])
            if verdict == 'bad':
                t[0] += 1
                t[1] += caught
            else:
                t[2] += 1
                t[3] += caught
    totals = [sum(t[i] for t in tally.values()) for i in range(4)]
    print('| squawk rule | bad | caught | good | flagged |')
    print('|---|---:|---:|---:|---:|')
    for rule, t in tally.items():
        print(f'| {rule} | {t[0]} | {t[1]} | {t[2]} | {t[3]} |')
    print(f'| total | {totals[0]} | {totals[1]} | {totals[2]} | {totals[3]} |')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
