#!/usr/bin/env python3
"""Findings per rule per corpus entry, for the closing notes of review work.

    corpus-rules.py CLI CORPUS OUT.json [entry ...]

Runs `CLI review ENTRY --format json` on every entry of CORPUS (or the ones named) and
writes {entry: {rule: count}} to OUT.json; with two such files, `--diff BEFORE AFTER
[RULE ...]` prints a Markdown table of the counts that changed (or of the rules named).
"""
import json
import os
import subprocess
import sys


def run(cli, corpus, out, names):
    entries = names or sorted(
        e for e in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, e)))
    table = {}
    for entry in entries:
        proc = subprocess.run([cli, 'review', os.path.join(corpus, entry), '--format', 'json'],
                              capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            print(f'{entry}: exit {proc.returncode}: {proc.stderr.strip()[:200]}', file=sys.stderr)
            continue
        counts = {}
        for f in json.loads(proc.stdout).get('findings', []):
            counts[f['rule']] = counts.get(f['rule'], 0) + 1
        table[entry] = counts
        print(f'{entry}: {sum(counts.values())} findings', file=sys.stderr)
    with open(out, 'w') as fh:
        json.dump(table, fh, indent=1, sort_keys=True)


def diff(before_path, after_path, rules):
    before = json.load(open(before_path))
    after = json.load(open(after_path))
    all_rules = sorted({r for t in (before, after) for e in t.values() for r in e})
    if rules:
        all_rules = [r for r in all_rules if r in rules]
    print('| rule | before | after | after, per entry |')
    print('|---|---:|---:|---|')
    for rule in all_rules:
        b = sum(e.get(rule, 0) for e in before.values())
        a = sum(e.get(rule, 0) for e in after.values())
        if b == a and not rules:
            continue
        per = ', '.join(f'{name} {counts[rule]}' for name, counts in sorted(after.items(),
                        key=lambda kv: -kv[1].get(rule, 0)) if counts.get(rule))
        print(f'| {rule} | {b} | {a} | {per} |')


if __name__ == '__main__':
    if len(sys.argv) >= 4 and sys.argv[1] == '--diff':
        diff(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif len(sys.argv) >= 4:
        run(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.exit(__doc__)
