#!/usr/bin/env bash
# Recreates the sample host's single "Initial" migration for SQLite, PostgreSQL and SQL Server from the current
# model. Only while nothing is released: once a version ships, add migrations instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
project=samples/SatisfactionKit.SampleHost
rm -rf "$project/Data/Migrations/Sqlite" "$project/Data/Migrations/Postgres" "$project/Data/Migrations/SqlServer" "$project/SatisfactionKit"
dotnet build "$project" -c Debug -v q -nologo >/dev/null
for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add Initial --no-build --project "$project" --context "${provider}OneStopDbContext" \
    --output-dir "Data/Migrations/$provider" --namespace "SatisfactionKit.SampleHost.Data.Migrations.$provider" >/dev/null
done
# dotnet ef writes each model snapshot under a folder named after the context's namespace: move it beside its migration.
find "$project" -name '*ModelSnapshot.cs' -not -path "$project/Data/*" -not -path '*/obj/*' | while read -r snapshot; do
  case "$snapshot" in
    *Sqlite*) mv "$snapshot" "$project/Data/Migrations/Sqlite/" ;;
    *Postgres*) mv "$snapshot" "$project/Data/Migrations/Postgres/" ;;
    *SqlServer*) mv "$snapshot" "$project/Data/Migrations/SqlServer/" ;;
  esac
done
rm -rf "$project/SatisfactionKit"
rm -f "$project"/design-time.db*
echo "migrations regenerated:"; ls "$project/Data/Migrations/"*
