#!/usr/bin/env bash
# Installs what the test suites need when it is missing: npm packages, Debian's chromium, PostgreSQL 15 + PostGIS,
# and starts the server with a superuser the SQL tests connect as. Safe to run again; does nothing that is done.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# Screenshots must show Chinese text, not empty boxes.
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need_apt+=(fonts-wqy-microhei)
dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1 || need_apt+=(postgresql-15 postgresql-15-postgis-3)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "==> installing ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund
fi

# PostgreSQL: Debian's cluster 15/main on port 5432; the tests use their own role and database.
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! pg_lsclusters -h 2>/dev/null | grep -q '^15 *main'; then
  $SUDO pg_createcluster 15 main >/dev/null
fi
if ! pg_lsclusters -h | grep -q '^15 *main .* online'; then
  echo "==> starting PostgreSQL 15"
  $SUDO pg_ctlcluster 15 main start
fi
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
PGUSER_TEST="${GRIDGOV_PG_USER:-gridgov_test}"
PGPASS_TEST="${GRIDGOV_PG_PASSWORD:-gridgov_test}"
as_postgres psql -qtAX -v ON_ERROR_STOP=1 -d postgres <<SQL >/dev/null
do \$\$ begin
  if not exists (select 1 from pg_roles where rolname = '${PGUSER_TEST}') then
    create role ${PGUSER_TEST} login superuser password '${PGPASS_TEST}';
  end if;
end \$\$;
SQL
echo "==> test environment ready"
