#!/usr/bin/env bash
# Runs every SatisfactionKit test on this machine, installing and starting what the tests need.
#
#   ./scripts/test.sh [extra dotnet test arguments]
#
# 1. Installs the Debian packages the tests use when one is missing (PostgreSQL, libusb-1.0,
#    umockdev, socat, Chromium, Redis); apt-get as root, sudo otherwise. Fast when all are present.
# 2. Starts a throw-away PostgreSQL cluster on 127.0.0.1 (own data folder, free port, server
#    binaries run directly as an unprivileged user) and exports its connection string as
#    SATISFACTIONKIT_TEST_POSTGRES, and a streaming replica of it (pg_basebackup -R, for the report
#    queries' read replica) as SATISFACTIONKIT_TEST_POSTGRES_REPLICA; starts a throw-away Redis (the
#    counter hub's backplane) the same way and exports its address as SATISFACTIONKIT_TEST_REDIS.
# 3. Sets SATISFACTIONKIT_REQUIRE_EXTERNALS=1 so that a test whose server or emulator is missing
#    fails instead of skipping, then runs `dotnet test` for the whole solution.
# 4. Packs the packages into a local folder feed and runs a vendor's console app on them
#    (scripts/package-smoke.sh), counted as one more test.
# 5. Always stops the cluster and Redis; exits with the tests' status and prints "N passed, N failed".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

log() { printf '[test.sh] %s\n' "$*" >&2; }

# --- 1. packages -----------------------------------------------------------------------------
. "$root/scripts/lib/packages.sh"
install_missing /usr/lib/postgresql=postgresql /usr/bin/umockdev-run=umockdev /usr/bin/socat=socat \
  /usr/bin/chromium=chromium lib:libusb-1.0.so.0=libusb-1.0-0 lib:libumockdev-preload.so=libumockdev0 \
  /usr/bin/redis-server=redis-server

# --- 2. PostgreSQL --------------------------------------------------------------------------
. "$root/scripts/lib/postgres.sh"
start_postgres fast
start_postgres_replica
# --- Redis (the counter hub's backplane) -------------------------------------------------------
. "$root/scripts/lib/redis.sh"
trap 'stop_redis; stop_postgres' EXIT
start_redis
export SATISFACTIONKIT_REQUIRE_EXTERNALS=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- 3. tests -------------------------------------------------------------------------------
results="$(mktemp -d /tmp/satisfactionkit-results.XXXXXX)"
set +e
dotnet test SatisfactionKit.sln -c Release --results-directory "$results" "$@" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}

# --- 4. the packed packages -------------------------------------------------------------------
./scripts/package-smoke.sh --no-build 2>&1 | tee "$results/smoke.log"
smoke=${PIPESTATUS[0]}
set -e

# --- 5. summary -----------------------------------------------------------------------------
# Each test project prints "Passed!/Failed!  - Failed: N, Passed: N, Skipped: N, Total: N".
sum_of() { grep -oE "$1: +[0-9]+" "$results/console.log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum_of Passed); failed=$(sum_of Failed); skipped=$(sum_of Skipped)
if [ "$smoke" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
rm -rf "$results"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
