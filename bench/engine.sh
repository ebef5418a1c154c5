#!/usr/bin/env bash
# The engine once warm, with JMH, in one JVM run: reading the catalog, o1 on the default suite
# (seven lines and the Monte Carlo of their ranges), o1 priced from given token counts (one
# line: the baseline), and every model of the catalog.
# Prints JMH's table, then each benchmark as a multiple of the baseline. Usage: bench/engine.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt"
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)"
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.openjdk.jmh.Main EngineBenchmark \
  -rf json -rff "$work/jmh.json"
python3 - "$work/jmh.json" <<'PY'
import json, sys
r = {x["benchmark"].rsplit(".", 1)[1]: x["primaryMetric"]["score"] for x in json.load(open(sys.argv[1]))}
base = r["givenTokens"]
for name in ["givenTokens", "estimateO1", "everyModel", "readCatalog"]:
    print(f"{name:<12} {r[name]:10.1f} us   {r[name] / base:7.1f} x givenTokens")
print(f"everyModel / estimateO1: {r['everyModel'] / r['estimateO1']:.1f} (models in the catalog: 37)")
PY
