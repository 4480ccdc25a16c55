#!/usr/bin/env bash
# Browser benchmark: the five workloads of ../shared/bench on slope.wasm in headless Chromium, in
# the same run as the peers there (micrograd JS, TF.js wasm and cpu), then one table of medians.
#   bench/browser.sh            RUNS=3 by default; PEERS="micrograd tfjs-wasm tfjs-cpu"; SKIP=W4,...
# Copies ../shared/bench to a temp folder (it is read-only), adds Slope's engine to its page
# (web/bench/slope-bench.js) and runs its browser runner once per engine and run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-3}
PEERS=${PEERS:-"micrograd tfjs-wasm"}
wasm="$root/server/target/classes/public/slope.wasm"
[ -f "$wasm" ] || (cd "$root" && mvn -q -B -pl server -am package -Dmaven.test.skip=true)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$root/../shared/bench" "$tmp/"
chmod -R u+w "$tmp/bench"
b="$tmp/bench"
(cd "$b" && npm ci --no-audit --no-fund >/dev/null 2>&1)
cp "$wasm" "$root/server/target/classes/public/slope.wasm-runtime.js" "$root/web/bench/slope-bench.js" "$b/browser/"
sed -i 's#<script src="/browser/bench.js"></script>#&\n<script src="/browser/slope.wasm-runtime.js"></script>\n<script src="/browser/slope-bench.js"></script>#' "$b/browser/index.html"
jsonl="$tmp/results.jsonl"
for run in $(seq 1 "$RUNS"); do
  for e in slope $PEERS; do
    echo "run $run: $e" >&2
    line=$(cd "$b" && timeout 1200 node browser-runner.js "$e" 2>"$tmp/$e.log" | grep '^RESULT ' | tail -1) || { tail -5 "$tmp/$e.log" >&2; continue; }
    [ -n "$line" ] && echo "{\"run\":$run,\"id\":\"chromium:$e\",\"r\":${line#RESULT }}" >> "$jsonl"
  done
done
node "$root/web/bench/table.cjs" "$jsonl"
