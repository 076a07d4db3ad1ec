#!/usr/bin/env bash
# The one test command (README: `npm test`): installs what the suites need when missing, builds the demo
# database, then runs every suite — lint, type check, unit, SQL on PGlite and on PostgreSQL, production
# build, browser end-to-end — and ends with one line summing them all.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-env.sh || { echo "0 passed, 1 failed"; exit 1; }
npm run --silent demo:build || { echo "0 passed, 1 failed"; exit 1; }

RESULTS=test-results
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

# A check that is one command: counts as one test.
check() {
  local name=$1; shift
  echo "==> $name: $*"
  if "$@"; then echo '{"passed":1,"failed":0,"skipped":0}' > "$RESULTS/$name.count"
  else echo '{"passed":0,"failed":1,"skipped":0}' > "$RESULTS/$name.count"; fi
}

# A Vitest project: counts its tests from the JSON report (a crash before the report counts as one failure).
suite() {
  local name=$1
  echo "==> $name"
  npx vitest run --project "$name" --reporter=default --reporter=json --outputFile.json="$RESULTS/$name.json"
}

check lint npx eslint . --max-warnings=0
check typecheck npx tsc --noEmit -p .
suite unit
suite sql
check build npx vite build --logLevel warn
suite e2e

node scripts/test-summary.mjs "$RESULTS"
