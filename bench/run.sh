#!/usr/bin/env bash
# Builds and runs Slope's JMH benchmarks of the shared workloads, then prints medians.
#   bench/run.sh                 all benchmarks
#   bench/run.sh W2              a JMH name filter (regex); other JMH options pass through too
# Prints a table and one `RESULT {json}` line in the format of shared/bench (RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/target/jmh-result.json

echo "building (mvn -Pbench -pl bench -am package) ..." >&2
mvn -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true >&2
java -jar bench/target/benchmarks.jar -rf json -rff "$out" "$@" >&2

# Peers in the same run (shared/bench/java: micrograd for W1, hand-written loops for W2), so that
# ratios compare numbers measured on the same machine at the same time.
peers=bench/target/peers.jsonl
: > "$peers"
if [ -d ../shared/bench/java ]; then
  mkdir -p bench/target/peers
  javac -d bench/target/peers ../shared/bench/java/*.java
  (java -cp bench/target/peers Micrograd; java -cp bench/target/peers HandLoops) | grep '^RESULT ' | sed 's/^RESULT //' > "$peers"
fi

python3 - "$out" "$peers" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
peers = {p["engine"]: p["results"] for p in map(json.loads, open(sys.argv[2]).read().split("\n")[:-1])}
result = {}
print(f"{'benchmark':40s} {'median':>14s} {'min':>12s} {'max':>12s}  unit")
for r in rows:
    name = r["benchmark"].replace("slope.bench.", "")
    m = r["primaryMetric"]
    raw = [x for fork in m["rawData"] for x in fork]
    med = m["scorePercentiles"]["50.0"]
    unit = m["scoreUnit"].replace("/op", " per op")
    print(f"{name:40s} {med:14,.2f} {min(raw):12,.2f} {max(raw):12,.2f}  {unit}")
    if name == "W1ScalarGraph.interpreter":
        result["W1"] = {"ns_per_iter": round(med, 1)}
    elif name == "W2Elementwise.interpreter":
        result["W2"] = {"f32": {"ms": round(med, 3), "gbps": round(8e6 / (med * 1e-3) / 1e9, 3)}}
missing = {"W1ScalarGraph.interpreter", "W2Elementwise.interpreter"} - {r["benchmark"].replace("slope.bench.", "") for r in rows}
if missing:
    print("no score for " + ", ".join(sorted(missing)) + " (filtered out, or failed: see JMH's output above)")
medians = {r["benchmark"].replace("slope.bench.", ""): r["primaryMetric"]["scorePercentiles"]["50.0"] for r in rows}
def ratio(ours, peer_value, what):
    if ours in medians and peer_value:
        print(f"{ours:40s} {medians[ours]:14,.2f} vs {what} {peer_value:,.2f}: {peer_value / medians[ours]:.2f}x the peer's speed")
if peers:
    print("\nagainst peers measured in this run (higher is faster than the peer):")
    w1 = peers.get("micrograd", {}).get("W1", {}).get("ns_per_iter")
    w2 = peers.get("hand-loops", {}).get("W2", {}).get("f32", {}).get("ms")
    for b in ("W1ScalarGraph.javaApi", "W1ScalarGraph.interpreter"):
        ratio(b, w1, "micrograd-Java ns/iter")
    for b in ("W2Elementwise.javaApi", "W2Elementwise.interpreter"):
        ratio(b, w2, "hand-loops-Java ms (no autodiff)")
print("RESULT " + json.dumps({"env": "jvm", "engine": "slope-interpreter", "results": result}))
PY
