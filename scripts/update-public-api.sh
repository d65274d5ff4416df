#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of each packable library (src/OneStop.Metrics, src/OneStop.Metrics.Csv)
# from the code: every public symbol that PublicAPI.Shipped.txt does not list goes to Unshipped, which is
# otherwise cleared (its *REMOVED* lines, deliberate removals of shipped API, are kept). Then builds both
# libraries: a build error RS0017 after this means shipped API is gone, a breaking change (docs/public-api.md).
# Usage: scripts/update-public-api.sh   (from anywhere; takes about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDTERMINALLOGGER=off

for name in OneStop.Metrics OneStop.Metrics.Csv; do
  project="src/$name/$name.csproj"
  unshipped="src/$name/PublicAPI.Unshipped.txt"
  removed="$(grep '^\*REMOVED\*' "$unshipped" || true)"
  { echo '#nullable enable'; [ -z "$removed" ] || echo "$removed"; } > "$unshipped"
  echo "==> $project: adding public symbols missing from PublicAPI.*.txt (RS0016)"
  dotnet format analyzers "$project" --diagnostics RS0016 --severity warn
  sed -i -e '$a\' "$unshipped"   # dotnet format leaves the last line without a line break
done

for name in OneStop.Metrics OneStop.Metrics.Csv; do
  echo "==> checking src/$name"
  dotnet build "src/$name/$name.csproj" -c Release -nodeReuse:false --nologo -v quiet
done
echo "Public API files are up to date:"
git status --short -- 'src/*/PublicAPI.*.txt'
