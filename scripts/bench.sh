#!/usr/bin/env bash
# Runs every benchmark of issue #10 (P1–P5) and of issue 19 (P6, P7) in one go and prints their figures; docs/benchmarks.md
# gives the results of one run of it and what limits each figure.
#
#   ./scripts/bench.sh [output-file]        (default: bench-results.txt in the repository root)
#
# Sizes (environment, defaults in brackets): SK_BENCH_DATA [1000000] ratings generated for P3 and P4,
# SK_BENCH_PRESSES [10000] for P1 and SK_BENCH_WRITERS_RATINGS [10000] for P2a (each per round, 3
# rounds, median reported), SK_BENCH_IMPORT [30000] for P2b, SK_BENCH_PADHOST [1000000] presses for
# P5, SK_BENCH_HOP [500] prompts for P6, SK_BENCH_AGENTS [2000] connections and SK_BENCH_RATE [200] presses/s
# for 30 s for P7, SK_BENCH_SEED [20261123], SK_BENCH_VERIFY_ARGS (e.g. --copy-only), SK_BENCH_DASHBOARD_ARGS (e.g. --rounds 50). SK_BENCH_STEPS picks steps
# [generate press writers import report dashboard dashsqlite verify padhost hop fleet bdn], e.g. "generate report verify" for a 10,000,000-rating data set without the rest.
#
# PostgreSQL is started as scripts/test.sh starts it (scripts/lib/postgres.sh), but with its durable
# defaults (fsync on): a benchmark of durable writes must pay for durability. P5's NativeAOT pad host
# needs clang and lld, installed here when missing, as test.sh installs what the tests need.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${1:-$root/bench-results.txt}"
log() { printf '[bench.sh] %s\n' "$*" >&2; }
. "$root/scripts/lib/packages.sh"
install_missing /usr/lib/postgresql=postgresql /usr/bin/clang=clang /usr/bin/ld.lld=lld

. "$root/scripts/lib/postgres.sh"
start_postgres durable
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

data=${SK_BENCH_DATA:-1000000}
seed=${SK_BENCH_SEED:-20261123}
aot="$(mktemp -d /tmp/satisfactionkit-padhost.XXXXXX)"

steps=" ${SK_BENCH_STEPS:-generate press writers import report dashboard dashsqlite verify padhost hop fleet bdn} "
want() { [[ "$steps" == *" $1 "* ]]; }
if want hop; then
  # P6's two server nodes share a Redis backplane, started as scripts/test.sh starts it.
  install_missing /usr/bin/redis-server=redis-server
  . "$root/scripts/lib/redis.sh"
  start_redis
  trap 'stop_redis; stop_postgres' EXIT
fi

log "building (Release)"
dotnet build tests/SatisfactionKit.Benchmarks -c Release -v quiet -nologo >/dev/null
if want padhost; then
  log "publishing the NativeAOT pad host"
  dotnet publish tests/SatisfactionKit.Benchmarks.PadHost -c Release -r linux-x64 -o "$aot" -v quiet -nologo >/dev/null
fi
B=tests/SatisfactionKit.Benchmarks/bin/Release/net10.0/SatisfactionKit.Benchmarks

run() {
  log "$*"
  { echo; echo "\$ $*"; "$B" "$@"; } 2>&1 | tee -a "$out"
}

{
  echo "# SatisfactionKit benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "# .NET SDK $(dotnet --version), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') (fsync on), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out"

want generate && run generate --size "$data" --seed "$seed"
want press && run scenario press --size "${SK_BENCH_PRESSES:-10000}"
want writers && run scenario writers --size "${SK_BENCH_WRITERS_RATINGS:-10000}" --seed "$seed"
want import && run scenario import --size "${SK_BENCH_IMPORT:-30000}" --seed "$seed"
want report && run scenario report
want dashboard && run scenario dashboard ${SK_BENCH_DASHBOARD_ARGS:-}
want dashsqlite && run scenario dashboard-sqlite --size "$data" --seed "$seed" ${SK_BENCH_DASHBOARD_ARGS:-}
want verify && run scenario verify ${SK_BENCH_VERIFY_ARGS:-}
if want padhost; then
  run scenario padhost --size "${SK_BENCH_PADHOST:-1000000}" --child "$aot/SatisfactionKit.Benchmarks.PadHost"
  run scenario padhost --size "${SK_BENCH_PADHOST:-1000000}"
fi
want hop && run scenario hop --size "${SK_BENCH_HOP:-500}"
want fleet && run scenario fleet --size "${SK_BENCH_AGENTS:-2000}" --rate "${SK_BENCH_RATE:-200}" --seconds 30 --database postgres
want fleet && run scenario fleet --size "${SK_BENCH_AGENTS:-2000}" --rate "${SK_BENCH_RATE:-200}" --seconds 30
want bdn && run --filter '*ChainVerification*' --launchCount 1 --warmupCount 2 --iterationCount 5
rm -rf "$aot"
log "results in $out"
