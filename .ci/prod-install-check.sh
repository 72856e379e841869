#!/usr/bin/env bash
# Proves that a production-only install starts: a clean `git archive` of HEAD (or of the commit given as $1) in a
# temp dir, `npm ci --omit=dev`, then `npm start` on a port the OS picks, with its data in the temp dir. It passes
# when the server answers the playground page and draws a run chart (fonts and PNG rendering are runtime
# dependencies); otherwise it prints the server's log and fails.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "prod-install-check: FAILED: $*" >&2
  [ -f "$work/server.log" ] && { echo '--- server log (last 40 lines)' >&2; tail -n 40 "$work/server.log" >&2; }
  exit 1
}

mkdir -p "$work/app" "$work/data"
git archive --format=tar "${1:-HEAD}" | tar -x -C "$work/app"
cd "$work/app"

echo "prod-install-check: npm ci --omit=dev in $work/app"
npm ci --omit=dev --no-audit --no-fund || fail "npm ci --omit=dev failed"
for dev in vitest typescript playwright-core pino-pretty; do
  [ ! -e "node_modules/$dev" ] || fail "devDependency $dev was installed by --omit=dev"
done

# PORT=0: the OS picks a free port; the server logs the URL it listens on. setsid gives it its own process group,
# so npm, tsx and node stop together. Under `script` stdout is a terminal, as for a person running `npm start`:
# pino-pretty is a devDependency, so the server must fall back to JSON lines rather than fail.
start=(npm start)
command -v script >/dev/null 2>&1 && start=(script -qfec "npm start" /dev/null)
PORT=0 HOST=127.0.0.1 DATA_DIR="$work/data" LOG_LEVEL=info SCHEDULER_ENABLED=false \
  setsid "${start[@]}" >"$work/server.log" 2>&1 &
server_pid=$!

url=""
for _ in $(seq 1 120); do
  kill -0 "$server_pid" 2>/dev/null || fail "the server exited during start"
  url="$(grep -o '"url":"http://[^"]*"' "$work/server.log" | head -n 1 | cut -d'"' -f4 || true)"
  [ -n "$url" ] && break
  sleep 1
done
[ -n "$url" ] || fail "the server did not log its URL (as a JSON line) within 120 s"

status="$(curl -sS -o /dev/null -w '%{http_code}' "$url/")" || fail "no HTTP answer from $url/"
[ "$status" = 200 ] || fail "GET $url/ answered $status"

chart_path="$(curl -sS "$url/api/local/messages" -H 'content-type: application/json' \
  -d '{"user":"demo-klinker","text":"graf OP24"}' | grep -o '/charts/[^"]*\.png[^"]*' | head -n 1 || true)"
[ -n "$chart_path" ] || fail "'graf OP24' answered without a chart link"
ctype="$(curl -sS -o "$work/chart.png" -w '%{content_type}' "$url$chart_path")" || fail "chart request failed"
[ "$ctype" = image/png ] && [ -s "$work/chart.png" ] || fail "the chart answered '$ctype', not a PNG"

echo "prod-install-check: OK — a production-only install starts, answers $url/ and draws a chart"
