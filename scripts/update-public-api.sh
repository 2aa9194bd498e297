#!/usr/bin/env bash
# Records every new public symbol of the src/ packages in their PublicAPI.Unshipped.txt, and drops
# unshipped symbols that no longer exist (after a rename, or a merge that took both sides).
# Run it after a deliberate API change, then review the diff of the .txt files like code.
#   ./scripts/update-public-api.sh [project-dir ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
projects=("$@")
[ "${#projects[@]}" -gt 0 ] || projects=(src/*/)
for dir in "${projects[@]}"; do
  dir="${dir%/}"
  log="$(mktemp)"
  dotnet build "$dir" -c Release -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= 2>&1 >"$log" || true
  file="$dir/PublicAPI.Unshipped.txt"
  grep -oE "RS0016: Symbol '[^']+'" "$log" | sed -E "s/^RS0016: Symbol '(.*)'$/\1/" | sort -u > "$log.new" || true
  grep -oE "RS0017: Symbol '[^']+'" "$log" | sed -E "s/^RS0017: Symbol '(.*)'$/\1/" | sort -u > "$log.gone" || true
  if [ -s "$log.new" ] || [ -s "$log.gone" ]; then
    { cat "$file"; cat "$log.new"; } | grep -v '^#nullable enable$' | sort -u | grep -vxF -f "$log.gone" > "$log.all" || true
    { echo '#nullable enable'; cat "$log.all"; } > "$file"
    echo "$file: $(wc -l < "$log.new") symbol(s) added, $(wc -l < "$log.gone") removed"
  fi
  rm -f "$log" "$log.new" "$log.gone" "$log.all"
done
