#!/usr/bin/env bash
# Throughput and peak memory of `./evalcost profile` (the launcher, as users run it) on a large
# usage JSONL, against a bare Jackson streaming pass over the same file (nextToken over every
# token), with the JVM's default collector and with the serial one evalcost uses, run alternately
# in the same session. Usage:
#   bench/profile.sh [MEGABYTES] [RUNS]      (defaults: 1024 MB, 3 runs each)
# Needs the jar and the test classes: mvn -q -DskipTests package test-compile
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-1024}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp="target/test-classes:target/evalcost.jar"
[[ -f target/evalcost.jar && -d target/test-classes ]] || mvn -q -DskipTests package test-compile
./evalcost --version > /dev/null   # the launcher's class-data archive exists before the first timing
java -cp "$cp" org.evalcost.bench.UsageJsonl "$work/usage.jsonl" "$size_mb"
bytes=$(stat -c %s "$work/usage.jsonl")
cat "$work/usage.jsonl" > /dev/null    # warm the page cache for both
echo "file: $((bytes >> 20)) MB; machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
measure() { # name, command...: prints seconds and peak RSS in MB
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2>&1
  read -r secs kb < "$work/time"
  echo "$name $secs $((kb / 1024))"
}
for i in $(seq "$runs"); do
  measure bare java -cp "$cp" org.evalcost.bench.BareJacksonPass "$work/usage.jsonl"
  measure bare-serial java -XX:+UseSerialGC -cp "$cp" org.evalcost.bench.BareJacksonPass "$work/usage.jsonl"
  measure profile ./evalcost profile "$work/usage.jsonl" -o "$work/profiles.json"
  measure profile-64m env EVALCOST_JAVA_OPTS=-Xmx64m ./evalcost profile "$work/usage.jsonl" -o "$work/profiles.json"
done | tee "$work/results"
sort -k1,1 -k2,2n "$work/results" | awk -v bytes="$bytes" '
  { n[$1]++; t[$1, n[$1]] = $2; m[$1] = (m[$1] > $3 ? m[$1] : $3) }
  END {
    for (k in n) med[k] = t[k, int((n[k] + 1) / 2)]
    for (k in n) printf "%-12s median %6.2f s  %7.1f MB/s  peak RSS %5d MB\n", k, med[k], bytes / 1048576 / med[k], m[k]
    printf "profile / bare throughput: %.0f%%\n", 100 * med["bare"] / med["profile"]
    printf "profile / bare-serial throughput (the same collector as evalcost): %.0f%%\n", 100 * med["bare-serial"] / med["profile"]
  }' 
