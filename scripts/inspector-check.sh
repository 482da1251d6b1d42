#!/usr/bin/env bash
# Evidence that a real MCP client outside our code works with the shipped server: the MCP Inspector
# CLI (0.15.0, a devDependency) lists the tools and calls search_candidates over stdio on
# `node bin/rediscovery.js mcp`.
# Usage: scripts/inspector-check.sh            (needs `npm run build`)
#   Default: syncs a small fake Ashby account (run as its own process) into a temp data folder with
#   `rediscovery sync` and `rediscovery reindex`, marks one candidate with a unique title first, and
#   expects exactly that candidate back from the real index.
#   With REDISCOVERY_DATA_DIR set to an existing data folder: checks the tools there (no expected id).
set -euo pipefail
cd "$(dirname "$0")/.."

INSPECTOR=node_modules/.bin/mcp-inspector
[ -x "$INSPECTOR" ] || { echo "inspector-check: $INSPECTOR missing (npm ci)" >&2; exit 2; }
[ -f dist/src/cli/main.js ] || { echo "inspector-check: run npm run build first" >&2; exit 2; }
export LOG_LEVEL=error

TMP=""
FAKE_PID=""
cleanup() {
  [ -n "$FAKE_PID" ] && kill "$FAKE_PID" 2>/dev/null && wait "$FAKE_PID" 2>/dev/null
  [ -n "$TMP" ] && rm -rf "$TMP"
  return 0
}
trap cleanup EXIT

EXPECT_ID=""
if [ -z "${REDISCOVERY_DATA_DIR:-}" ]; then
  TMP=$(mktemp -d)
  KEY=inspector-check-key
  node bin/rediscovery.js fake-ashby --port 0 --seed 5 --candidates 30 --api-key "$KEY" >"$TMP/fake.log" 2>&1 &
  FAKE_PID=$!
  URL=""
  for _ in $(seq 1 240); do
    URL=$(sed -n 's/^Fake Ashby listening on \(http[^ ]*\).*/\1/p' "$TMP/fake.log")
    [ -n "$URL" ] && break
    kill -0 "$FAKE_PID" 2>/dev/null || { echo "inspector-check: fake Ashby exited" >&2; cat "$TMP/fake.log" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$URL" ] || { echo "inspector-check: fake Ashby did not start" >&2; exit 1; }
  # One candidate gets a title no one else has (the account's admin API), so the expected answer is exact.
  EXPECT_ID=$(URL="$URL" KEY="$KEY" node --input-type=module -e '
    const call = async (op, body) => {
      const res = await fetch(`${process.env.URL}/${op}`, { method: "POST", headers: { "content-type": "application/json", authorization: "Basic " + Buffer.from(process.env.KEY + ":").toString("base64") }, body: JSON.stringify(body) });
      const json = await res.json();
      if (!json.success) throw new Error(`${op}: ${JSON.stringify(json)}`);
      return json.results;
    };
    const [first] = await call("candidate.list", { limit: 1 });
    await call("admin/updateCandidate", { candidateId: first.id, position: "Zymurgist Platform Lead" });
    console.log(first.id);')
  export REDISCOVERY_DATA_DIR="$TMP/data" ASHBY_API_KEY="$KEY" ASHBY_BASE_URL="$URL"
  node bin/rediscovery.js sync --full >"$TMP/sync.log" 2>&1 || { echo "inspector-check: sync failed" >&2; cat "$TMP/sync.log" >&2; exit 1; }
  node bin/rediscovery.js reindex >"$TMP/reindex.log" 2>&1 || { echo "inspector-check: reindex failed" >&2; cat "$TMP/reindex.log" >&2; exit 1; }
fi

# The inspector passes -e KEY=VALUE to the server process.
ENVARGS=(-e "REDISCOVERY_DATA_DIR=$REDISCOVERY_DATA_DIR" -e "LOG_LEVEL=error")
[ -n "${REDISCOVERY_MODEL_CACHE:-}" ] && ENVARGS+=(-e "REDISCOVERY_MODEL_CACHE=$REDISCOVERY_MODEL_CACHE")
SERVER=(node bin/rediscovery.js mcp)

list=$("$INSPECTOR" --cli "${ENVARGS[@]}" "${SERVER[@]}" --method tools/list)
for tool in search_candidates get_candidate_profile list_filter_values get_insights export_candidates_xlsx find_candidates_for_job get_sync_status add_candidate_to_job; do
  grep -q "\"$tool\"" <<<"$list" || { echo "inspector-check: tools/list lacks $tool" >&2; echo "$list" >&2; exit 1; }
done
echo "inspector-check: tools/list OK (8 tools)"

call=$("$INSPECTOR" --cli "${ENVARGS[@]}" "${SERVER[@]}" --method tools/call --tool-name search_candidates --tool-arg boolean=zymurgist --tool-arg limit=5)
grep -q '"structuredContent"' <<<"$call" || { echo "inspector-check: tools/call gave no structuredContent" >&2; echo "$call" >&2; exit 1; }
if grep -q '"isError": *true' <<<"$call"; then echo "inspector-check: search_candidates returned an error" >&2; echo "$call" >&2; exit 1; fi
if [ -n "$EXPECT_ID" ]; then
  ids=$(grep -o '"candidateId": *"[^"]*"' <<<"$call" | sed 's/.*: *"\(.*\)"/\1/' | sort -u)
  [ "$ids" = "$EXPECT_ID" ] || { echo "inspector-check: expected exactly candidate $EXPECT_ID, got: $ids" >&2; echo "$call" >&2; exit 1; }
fi
echo "inspector-check: tools/call search_candidates OK"
