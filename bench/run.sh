#!/usr/bin/env bash
# `npm run bench`: builds the production app and measures it in headless Chromium, then the SQL statistics on the
# real PostgreSQL server (bench/stats-1m.bench.ts), the 50,000-row household import in the browser and point-in-polygon
# assignment of 1,000,000 points in Node and in PostGIS. Results: bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build >/dev/null
npx tsx bench/map-page.bench.ts
npx tsx bench/incidents-100k.bench.ts
npx tsx bench/stats-1m.bench.ts
npx tsx bench/household-import-50k.bench.ts
npx tsx bench/pip-1m.bench.ts
