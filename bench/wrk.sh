#!/usr/bin/env bash
# HTTP load on loopback with wrk (Debian's wrk): a fresh server (./slope serve, its own SQLite file in a
# temp dir) is started, one snippet stored, then wrk measures GET /api/snippets/{id}, the share page
# /s/{id} and the playground page /, and prints requests per second, p50/p99 latency and the errors.
#   bench/wrk.sh            DURATION=20s THREADS=2 CONNECTIONS=32 PORT=7099
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v wrk >/dev/null || { echo "wrk.sh: wrk is needed (apt-get install wrk)" >&2; exit 2; }
DURATION=${DURATION:-20s}; THREADS=${THREADS:-2}; CONNECTIONS=${CONNECTIONS:-32}; PORT=${PORT:-7099}
tmp=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
# Rate limits are per client address and every wrk connection is 127.0.0.1: raise them for POSTs only
# (the GETs measured here are not limited).
PORT=$PORT SLOPE_DATA_DIR="$tmp/data" "$root/slope" serve >"$tmp/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 600); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/healthz" >/dev/null || { tail -20 "$tmp/server.log"; echo "wrk.sh: server did not start" >&2; exit 1; }
id=$(curl -fs -X POST -H 'Content-Type: application/json' \
  -d '{"code":"import torch\nx = torch.tensor(2.0, requires_grad=True)\ny = 2 * x**2 + 3 * x + 1\ny.backward()\nprint(x.grad)\n","title":"wrk"}' \
  "$base/api/snippets" | sed -E 's/.*"id" *: *"([^"]+)".*/\1/')
echo "server: $(java -version 2>&1 | head -1); wrk -t$THREADS -c$CONNECTIONS -d$DURATION; snippet $id"
printf '| %-22s | %10s | %8s | %8s | %8s | %s |\n' "endpoint" "req/s" "p50" "p99" "requests" "errors"
printf '|%s|\n' "------------------------|-----------:|---------:|---------:|---------:|-------"
for path in "/api/snippets/$id" "/s/$id" "/"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$base$path" >/dev/null 2>&1   # JIT warm-up
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base$path")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  total=$(echo "$out" | awk '/requests in/ {print $1}')
  errs=$(echo "$out" | awk '/Socket errors|Non-2xx/ {printf "%s ", $0}')
  printf '| %-22s | %10s | %8s | %8s | %8s | %s |\n' "GET ${path/$id/{id\}}" "$rps" "$p50" "$p99" "$total" "${errs:-0}"
done
