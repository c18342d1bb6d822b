#!/usr/bin/env bash
# Where the suite's time goes, from a TRX log with per-test durations. Prints the run's wall time, the time per test
# collection (each end-to-end browser collection by name, every other test class is a collection of its own) with the
# gaps between its tests (start-up of class fixtures: apps, browsers, databases), the time per layer, and the slowest
# tests.
#
#   scripts/slowest-tests.sh                 # builds, runs every test with a TRX logger, then reports
#   scripts/slowest-tests.sh run.trx [N]     # reports on an existing TRX log (N slowest tests, default 30)
#
# A TRX log is written by: dotnet test EventHub.Tests --logger "trx;LogFileName=/tmp/speed.trx"
# Needs python3 (only to read the XML).
set -uo pipefail
cd "$(dirname "$0")/.."

trx="${1:-}"
top="${2:-30}"
if [ -z "$trx" ]; then
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
    trx="$PWD/TestResults/speed.trx"
    mkdir -p TestResults && rm -f "$trx"
    dotnet build EventHub.Tests --nologo -v q || exit 1
    dotnet test EventHub.Tests --no-build --nologo --logger "trx;LogFileName=$trx"
fi

[ -f "$trx" ] || { echo "No TRX log at $trx."; exit 1; }

python3 - "$trx" "$top" EventHub.Tests <<'PY'
import os, re, sys, xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime

trx, top, source = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(trx).getroot()

def when(text):
    # 2026-12-02T06:41:10.1234567+00:00: Python wants at most six digits of fractions.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    return datetime.fromisoformat(text)

def seconds(duration):
    h, m, s = duration.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)

# Which collection a class is in: [Collection(XBrowserCollection.Name)] in its source, else the class itself.
collection_of = {}
for folder, _, files in os.walk(source):
    if "/bin" in folder or "/obj" in folder:
        continue
    for name in files:
        if name.endswith(".cs"):
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            for m in re.finditer(r"\[Collection\((\w+)\.Name\)\][^{]*?class (\w+)", text):
                collection_of[m.group(2)] = m.group(1).replace("BrowserCollection", "") + " (browser)"

classes = {u.get("id"): u.find("t:TestMethod", ns).get("className") for u in root.iterfind(".//t:UnitTest", ns)}
results = []
for r in root.iterfind(".//t:UnitTestResult", ns):
    cls = classes[r.get("testId")]
    short = cls.rsplit(".", 1)[-1]
    layer = cls.split(".")[2] if cls.count(".") >= 3 else "?"
    results.append(dict(name=r.get("testName"), cls=short, layer=layer, outcome=r.get("outcome"),
                        secs=seconds(r.get("duration", "0:0:0")), start=when(r.get("startTime")), end=when(r.get("endTime")),
                        coll=collection_of.get(short, short)))

times = root.find("t:Times", ns)
run_start, run_end = when(times.get("start")), when(times.get("finish"))
outcomes = defaultdict(int)
for r in results:
    outcomes[r["outcome"]] += 1
print(f"{len(results)} tests ({', '.join(f'{v} {k}' for k, v in sorted(outcomes.items()))}); "
      f"run {(run_end - run_start).total_seconds():.0f} s wall, {sum(r['secs'] for r in results):.0f} s in test methods")

def table(title, groups, limit=None):
    rows = []
    for key, rs in groups.items():
        rs.sort(key=lambda r: r["start"])
        span = (max(r["end"] for r in rs) - min(r["start"] for r in rs)).total_seconds()
        busy = sum(r["secs"] for r in rs)
        first = (min(r["start"] for r in rs) - run_start).total_seconds()
        rows.append((span, busy, key, len(rs), first))
    rows.sort(reverse=True)
    print(f"\n{title}\n{'span s':>8} {'tests s':>8} {'gaps s':>7} {'from s':>7} {'n':>4}  name")
    for span, busy, key, n, first in rows[:limit]:
        # For a collection whose tests run one after another, span - tests = the time between its tests (class fixtures).
        print(f"{span:8.1f} {busy:8.1f} {max(span - busy, 0):7.1f} {first:7.1f} {n:4}  {key}")

by_coll, by_layer = defaultdict(list), defaultdict(list)
for r in results:
    by_coll[r["coll"]].append(r)
    by_layer[r["layer"]].append(r)
table("Per layer (span: first start to last end; tests: sum of test durations; from: first start after the run's start)", by_layer)
table(f"Per collection, the {top} longest", by_coll, top)

print(f"\nThe {top} slowest tests")
for r in sorted(results, key=lambda r: -r["secs"])[:top]:
    # The test's name after its class (a theory's arguments may hold dots of their own).
    name = r["name"].split(r["cls"] + ".", 1)[-1]
    print(f"{r['secs']:7.1f} s  {r['cls']}.{name}  [{r['coll']}]{'' if r['outcome'] == 'Passed' else '  ' + r['outcome'].upper()}")
PY
