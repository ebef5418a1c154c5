#!/usr/bin/env bash
# How fast evalcost answers, against the JVM's own floor, measured alternately in one run:
#   an empty JVM (java -cp DIR Hello), ./evalcost estimate --model o1 with its class-data
#   archive, the same without it (EVALCOST_CDS=0), and --all-models as CSV.
# Needs hyperfine (Debian: apt-get install hyperfine) and python3. Usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v hyperfine >/dev/null || { echo "bench/startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac_bin="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
"$javac_bin" -d "$work" bench/Hello.java
./evalcost --version > /dev/null    # builds the jar and the archive if they are missing or stale
echo "machine: $(nproc) cores; $("$java_bin" -version 2>&1 | head -1)"
hyperfine --warmup 3 --runs "$runs" --style none --export-json "$work/times.json" \
  -n floor "$java_bin -cp $work Hello" \
  -n estimate "./evalcost estimate --model o1" \
  -n no-archive "EVALCOST_CDS=0 ./evalcost estimate --model o1" \
  -n all-models "./evalcost estimate --all-models --format csv" > /dev/null
python3 - "$work/times.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] * 1000 for x in json.load(open(sys.argv[1]))["results"]}
floor = r["floor"]
for name in ["floor", "estimate", "no-archive", "all-models"]:
    print(f"{name:<11} median {r[name]:7.1f} ms   {r[name] / floor:5.2f} x floor")
print(f"all-models / estimate: {r['all-models'] / r['estimate']:.2f}")
print(f"archive saves: {r['no-archive'] / r['estimate']:.2f} x")
PY
