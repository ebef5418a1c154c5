#!/usr/bin/env bash
# How fast evalcost answers, against the JVM's own floor. Each round runs, one after another:
# an empty JVM (java -cp DIR Hello), ./evalcost estimate --model o1 with its class-data archive,
# the same without it (EVALCOST_CDS=0), and --all-models as CSV; rounds repeat, so every command
# meets the same changes in the machine's load, and the medians and their ratios come out of one
# run. Needs python3. Usage: bench/startup.sh [ROUNDS]   (default 30, after 3 rounds of warm-up)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac_bin="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
"$javac_bin" -d "$work" bench/Hello.java
./evalcost --version > /dev/null    # builds the jar and the archive if they are missing or stale
echo "machine: $(nproc) cores; $("$java_bin" -version 2>&1 | head -1); $rounds rounds"
python3 - "$rounds" "$java_bin" "$work" <<'PY'
import os, statistics, subprocess, sys, time
rounds, java, work = int(sys.argv[1]), sys.argv[2], sys.argv[3]
commands = {
    "floor": ([java, "-cp", work, "Hello"], {}),
    "estimate": (["./evalcost", "estimate", "--model", "o1"], {}),
    "no-archive": (["./evalcost", "estimate", "--model", "o1"], {"EVALCOST_CDS": "0"}),
    "all-models": (["./evalcost", "estimate", "--all-models", "--format", "csv"], {}),
}
times = {name: [] for name in commands}
for r in range(3 + rounds):
    for name, (argv, env) in commands.items():
        start = time.perf_counter()
        subprocess.run(argv, env={**os.environ, **env}, stdout=subprocess.DEVNULL, check=True)
        if r >= 3:
            times[name].append((time.perf_counter() - start) * 1000)
median = {name: statistics.median(t) for name, t in times.items()}
floor = median["floor"]
for name, m in median.items():
    print(f"{name:<11} median {m:7.1f} ms   {m / floor:5.2f} x floor")
ratios = [e / f for e, f in zip(times["estimate"], times["floor"])]
print(f"estimate / floor, round by round: median {statistics.median(ratios):.2f}, "
      f"from {min(ratios):.2f} to {max(ratios):.2f}")
print(f"all-models / estimate: {median['all-models'] / median['estimate']:.2f}")
print(f"archive saves: {median['no-archive'] / median['estimate']:.2f} x")
PY
