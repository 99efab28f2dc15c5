"""The minimum Rust version of the published crates, checked against their dependencies.

clippy's `incompatible_msrv` (denied in the workspace lints) rejects any standard-library
API newer than a crate's `rust-version`; it does not look at dependencies. This script
does: every package that a published crate needs to build (normal and build
dependencies, with all features, dev-dependencies excluded) must declare a
`rust-version` no newer than the workspace's, or declare none. Run from the workspace
root: `python3 scripts/check_msrv.py` (`.ci/run` does). Exit code 1 names the offenders.
"""

import json
import subprocess
import sys

PUBLISHED = ["peacekeeping-core", "peacekeeping-data", "peacekeeping-graph",
             "peacekeeping-eval", "peacekeeping"]


def version(text):
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


meta = json.loads(subprocess.run(
    ["cargo", "metadata", "--format-version", "1", "--all-features", "--locked"],
    check=True, capture_output=True, text=True).stdout)
packages = {p["id"]: p for p in meta["packages"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
roots = [p["id"] for p in meta["packages"] if p["name"] in PUBLISHED and p["source"] is None]
msrv = {packages[r]["name"]: packages[r]["rust_version"] for r in roots}
workspace = min(version(v) for v in msrv.values())

seen, stack = set(), list(roots)
while stack:
    pid = stack.pop()
    if pid in seen:
        continue
    seen.add(pid)
    for dep in nodes[pid]["deps"]:
        kinds = {k["kind"] for k in dep["dep_kinds"]}
        if kinds & {None, "build"}:
            stack.append(dep["pkg"])

late = []
for pid in sorted(seen, key=lambda i: packages[i]["name"]):
    p = packages[pid]
    rv = p.get("rust_version")
    if rv and version(rv) > workspace:
        late.append(f"{p['name']} {p['version']} needs Rust {rv}")
print(f"msrv: {len(seen)} packages build the published crates "
      f"(rust-version {'.'.join(map(str, workspace))}); "
      f"{len(late)} need a newer Rust")
for line in late:
    print("  " + line)
sys.exit(1 if late else 0)
