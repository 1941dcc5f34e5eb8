#!/usr/bin/env python3
"""Regenerates the fuzzers' seed corpora (tests/fuzz/corpus/<target>/) from the project's
own fixtures under tests/data. Run from anywhere; the output is deterministic, so a rerun
without fixture changes leaves git clean.

  pgload, sqlite_replay, sqltokenizer  SQL files of the loader fixtures (<= 16 KiB each)
  discovery                           fixture folders serialised as "path\\ncontent" entries
                                      separated by NUL bytes (fuzztargets.h, folder())
  sqlite_dbfile                       small database files built from the SQLite fixtures
                                      (512-byte pages, one in WAL mode)
  reviewfile                          review files (.schemalens.json), hand-written variants
  layoutfile                          layout files (.schemalens-layout.json), hand-written
  decisions                           review files with decisions and notes (the minutes
                                      fixtures), hand-written variants
"""
import hashlib
import json
import os
import pathlib
import shutil
import sqlite3
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
OUT = ROOT / "tests" / "fuzz" / "corpus"
MAX_SEED = 16 * 1024
MAX_SEEDS = 160


def write(target, blob):
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(blob).hexdigest()[:16]
    (folder / name).write_bytes(blob)


def sql_files(*roots):
    files = []
    for root in roots:
        files += sorted(p for p in (DATA / root).rglob("*.sql") if p.is_file())
    return [p for p in files if p.stat().st_size <= MAX_SEED]


def sample(items, count):
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(k * step)] for k in range(count)]


def pg_seeds():
    files = sample(sql_files("pg", "review", "well-designed", "discovery"), MAX_SEEDS)
    for p in files:
        write("pgload", p.read_bytes())
    return files


def sqlite_seeds():
    files = sample(sql_files("sqlite", "discovery/drizzle-sqlite", "discovery/dialect-diesel-blob",
                             "discovery/dialect-untyped-columns", "review"), MAX_SEEDS)
    for p in files:
        write("sqlite_replay", p.read_bytes())
    return files


def tokenizer_seeds(pg, lite):
    for p in sample(pg, MAX_SEEDS // 2) + sample(lite, MAX_SEEDS // 2):
        write("sqltokenizer", p.read_bytes())


def discovery_seeds():
    folder = DATA / "discovery"
    for case in sorted(p for p in folder.iterdir() if p.is_dir()):
        entries = []
        for path in sorted(case.rglob("*")):
            rel = path.relative_to(case).as_posix()
            if path.is_dir():
                entries.append(rel.encode() + b"/\n")
            elif path.is_file() and path.stat().st_size <= 4096:
                entries.append(rel.encode() + b"\n" + path.read_bytes())
        blob = b"\0".join(entries[:16])
        if len(blob) <= 4 * MAX_SEED:
            write("discovery", blob)


def dbfile_seeds():
    inputs = sorted((DATA / "sqlite").glob("*/input"))
    with tempfile.TemporaryDirectory() as tmp:
        for k, case in enumerate(inputs):
            db = pathlib.Path(tmp) / f"{k}.db"
            con = sqlite3.connect(db)
            con.execute("PRAGMA page_size = 512")
            for f in sorted(case.rglob("*.sql")):
                try:
                    con.executescript(f.read_text())
                except sqlite3.Error:
                    pass  # the fixtures refuse statements on purpose; keep what applied
            con.commit()
            con.execute("VACUUM")
            if k == 0:
                con.execute("PRAGMA journal_mode = WAL")
            con.close()
            blob = db.read_bytes()
            if len(blob) <= 4 * MAX_SEED:
                write("sqlite_dbfile", blob)


def review_seeds():
    seeds = [
        {},
        {"rules": {"wide-table": {"enabled": True, "severity": "warning", "maxColumns": 30},
                   "migration-count": False}},
        {"naming": {"tenantColumns": ["tenant_id", "workspace_id"],
                    "enumLikeColumns": ["(^|_)(status|state|kind|type)$"]}},
        {"ignoreTables": ["schema_migrations", "audit_*", "public.orders"]},
        {"suppressions": [{"fingerprint": "3f2a9c0d1e2b3c4d5e6f7a8b", "reason": "legacy"}]},
        {"rules": {"fk-missing-index": {"severity": "error"}, "soft-fk": {"enabled": False}},
         "naming": {"enumLikeColumns": ["[a-z]+_(kind|type)$"]}},
        {"bogus": 1, "rules": {"parse-error": {"severity": "loud"}}},
    ]
    for seed in seeds:
        write("reviewfile", json.dumps(seed, indent=1, sort_keys=True).encode())


def layout_seeds():
    table = {"pinned": True, "x": 120, "y": 40}
    seeds = [
        {},
        {"version": 1, "modes": {"names": {"tables": {"public.orders": table,
                                                      "public.users": {"x": 400, "y": 40}}}}},
        {"version": 1, "modes": {"all": {"tables": {"main.t": {"x": -12.5, "y": 1e9}}},
                                 "keys": {"tables": {}}},
         "views": {"Billing": {"tables": ["public.invoices", "public.orders"],
                               "modes": {"names": {"tables": {"public.orders": table}}}}}},
        {"version": 2, "modes": {"bogus": {"tables": {"x": {"x": "1"}}}}, "extra": [1, 2]},
    ]
    for seed in seeds:
        write("layoutfile", json.dumps(seed, indent=2, sort_keys=True).encode())


def decisions_seeds():
    for path in sorted((DATA / "minutes").rglob("review.json")):
        write("decisions", path.read_bytes())
    seeds = [
        {},
        {"decisions": {"0123456789abcdef01234567": {"status": "open"}}, "notes": {}},
        {"comment": "kept", "decisions": {"00000000000000000000dead": {
            "status": "fixed", "note": "done", "owner": "ana", "date": "2026-11-30",
            "rule": "table-no-pk", "message": "coupons has no primary key", "x-extra": [1]}},
         "notes": {"public.orders": "ask support", "public.orders.total": "cents?"}},
        {"decisions": [], "notes": "not an object"},
        {"decisions": {"zz": {"status": "maybe"}}, "rules": {"soft-fk": False}},
    ]
    for seed in seeds:
        write("decisions", json.dumps(seed, indent=4).encode())


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    pg = pg_seeds()
    lite = sqlite_seeds()
    tokenizer_seeds(pg, lite)
    discovery_seeds()
    dbfile_seeds()
    review_seeds()
    layout_seeds()
    decisions_seeds()
    for target in sorted(os.listdir(OUT)):
        print(target, len(os.listdir(OUT / target)))


if __name__ == "__main__":
    main()
