#!/usr/bin/env bash
# Evidence that a real MCP client outside our code works with the server: the MCP Inspector CLI
# (0.15.0, a devDependency) lists the tools and calls search_candidates over stdio.
# Usage: scripts/inspector-check.sh [server command...]
#   default server: node dist/src/mcp/dev-stdio-entry.js on a seeded temp mirror (needs `npm run build`).
#   e.g. scripts/inspector-check.sh node bin/rediscovery.js mcp   (with REDISCOVERY_DATA_DIR set)
set -euo pipefail
cd "$(dirname "$0")/.."

INSPECTOR=node_modules/.bin/mcp-inspector
[ -x "$INSPECTOR" ] || { echo "inspector-check: $INSPECTOR missing (npm ci)" >&2; exit 2; }

cleanup() { [ -n "${SEEDED_DIR:-}" ] && rm -rf "$SEEDED_DIR"; }
trap cleanup EXIT

if [ "$#" -eq 0 ]; then
  [ -f dist/src/mcp/dev-stdio-entry.js ] || { echo "inspector-check: run npm run build first" >&2; exit 2; }
  SEEDED_DIR=$(mktemp -d)
  node --input-type=module -e "
    const { openDb } = await import('./dist/src/store/db.js');
    const { seedMirror } = await import('./dist/src/views/mirror-fixture.js');
    const db = openDb('$SEEDED_DIR/mirror.db'); seedMirror(db); db.\$client.close();"
  export REDISCOVERY_DATA_DIR="$SEEDED_DIR"
  set -- node dist/src/mcp/dev-stdio-entry.js
fi
export LOG_LEVEL=error

# The inspector passes -e KEY=VALUE to the server process.
ENVARGS=(-e "REDISCOVERY_DATA_DIR=${REDISCOVERY_DATA_DIR:-./data}" -e "LOG_LEVEL=error")

list=$("$INSPECTOR" --cli "${ENVARGS[@]}" "$@" --method tools/list)
for tool in search_candidates get_candidate_profile list_filter_values get_insights export_candidates_xlsx find_candidates_for_job get_sync_status add_candidate_to_job; do
  grep -q "\"$tool\"" <<<"$list" || { echo "inspector-check: tools/list lacks $tool" >&2; echo "$list" >&2; exit 1; }
done
echo "inspector-check: tools/list OK (8 tools)"

call=$("$INSPECTOR" --cli "${ENVARGS[@]}" "$@" --method tools/call --tool-name search_candidates --tool-arg text=lovelace --tool-arg limit=5)
grep -q '"structuredContent"' <<<"$call" || { echo "inspector-check: tools/call gave no structuredContent" >&2; echo "$call" >&2; exit 1; }
if grep -q '"isError": *true' <<<"$call"; then echo "inspector-check: search_candidates returned an error" >&2; echo "$call" >&2; exit 1; fi
if [ -n "${SEEDED_DIR:-}" ]; then
  grep -q '"candidateId": *"C1"' <<<"$call" || { echo "inspector-check: expected candidate C1" >&2; echo "$call" >&2; exit 1; }
fi
echo "inspector-check: tools/call search_candidates OK"
