#!/usr/bin/env bash
# The packed packages, as a vendor gets them: packs every SatisfactionKit package into a local folder
# feed, copies tests/PackageSmoke (a console app) out of the repository, restores it from that feed
# plus the NuGet registry, and runs it. The app wires SQLite (the script fails when that takes more
# than ten lines), opens a prompt, presses, and reads the report; its exit code is the verdict.
#
#   ./scripts/package-smoke.sh [--no-build]     (--no-build: pack the Release binaries already built)
#
# Each run packs under a version of its own (0.1.0-smoke.<time>.<pid>), so that NuGet's global cache
# can never hand back an older build of the same version, and removes that version from the cache
# when it is done.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log() { printf '[package-smoke] %s\n' "$*" >&2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build_flag=""
if [ "${1:-}" = "--no-build" ]; then build_flag="--no-build"; fi

version="0.1.0-smoke.$(date -u +%Y%m%d%H%M%S).$$"
work="$(mktemp -d /tmp/satisfactionkit-smoke.XXXXXX)"
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cleanup() {
  rm -rf "$work"
  for package in "$packages"/satisfactionkit.*; do
    [ -d "$package/$version" ] && rm -rf "${package:?}/$version"
  done
  return 0
}
trap cleanup EXIT

# 1. The wiring a vendor writes must stay within ten lines.
wiring=$(awk '/\/\/ wiring: begin/{on=1; next} /\/\/ wiring: end/{on=0} on' tests/PackageSmoke/Program.cs | grep -cv '^[[:space:]]*$')
if [ "$wiring" -gt 10 ]; then
  log "the SQLite wiring takes $wiring lines in tests/PackageSmoke/Program.cs; the promise is ten at most"
  exit 1
fi
log "wiring: $wiring lines"

# 2. Pack every package of src/ into the folder feed.
log "packing $version into $work/feed"
for project in src/*/*.csproj; do
  dotnet pack "$project" -c Release $build_flag -o "$work/feed" -p:PackageVersion="$version" -nologo -v quiet >"$work/pack.log" 2>&1 \
    || { cat "$work/pack.log" >&2; log "packing $project failed"; exit 1; }
done
log "$(find "$work/feed" -name '*.nupkg' ! -name '*.snupkg' | wc -l) packages in the feed"

# 3. The console app, outside the repository, restored from the feed and the registry.
cp tests/PackageSmoke/Program.cs tests/PackageSmoke/PackageSmoke.csproj "$work/"
cat >"$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="satisfactionkit-local" value="$work/feed" />
  </packageSources>
</configuration>
CONFIG
ef_version=$(sed -n 's:.*<EfCoreVersion>\(.*\)</EfCoreVersion>.*:\1:p' Directory.Packages.props)
log "building the console app (EF Core $ef_version)"
(cd "$work" && dotnet build -c Release -nologo -v quiet -p:SatisfactionKitVersion="$version" -p:EfCoreVersion="$ef_version" >"$work/build.log" 2>&1) \
  || { cat "$work/build.log" >&2; log "the console app did not build against the packed packages"; exit 1; }

# 4. Run it: open a prompt, press, read the report.
(cd "$work" && dotnet bin/Release/net10.0/PackageSmoke.dll "$work/smoke.db")
