#!/usr/bin/env bash
# Mutation testing of the calculation core with Stryker.NET (the local tool in .config/dotnet-tools.json).
#
#   scripts/mutation.sh [FOLDER...]     FOLDER is one of Rates Tallies Indicators Deadlines Calendars Printing
#
# Each folder of src/OneStop.Metrics is mutated in a run of its own, so that every run stays bounded.
# Reports (html, json, log) go to mutation/out/FOLDER/ (ignored by git); the summary of every folder
# that has a report is written to mutation/results.md (committed). CI does not run this script.
#
# Environment: STRYKER_CONCURRENCY (default 2), STRYKER_LEVEL (default Standard).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

all=(Rates Tallies Indicators Deadlines Calendars Printing)
if [ "$#" -gt 0 ]; then folders=("$@"); else folders=("${all[@]}"); fi
for f in "${folders[@]}"; do
  case " ${all[*]} " in *" $f "*) ;; *) echo "unknown folder: $f (expected one of: ${all[*]})" >&2; exit 2 ;; esac
done

concurrency="${STRYKER_CONCURRENCY:-2}"
level="${STRYKER_LEVEL:-Standard}"

dotnet tool restore >/dev/null

for f in "${folders[@]}"; do
  out="$root/mutation/out/$f"
  rm -rf "$out"
  mkdir -p "$out"
  cat > "$out/stryker-config.json" <<JSON
{
  "stryker-config": {
    "project": "OneStop.Metrics.csproj",
    "test-projects": [ "$root/tests/OneStop.Metrics.Tests/OneStop.Metrics.Tests.csproj" ],
    "mutate": [ "**/src/OneStop.Metrics/$f/**/*.cs" ],
    "coverage-analysis": "perTest",
    "concurrency": $concurrency,
    "mutation-level": "$level",
    "reporters": [ "json", "html", "progress" ],
    "thresholds": { "high": 80, "low": 60, "break": 0 }
  }
}
JSON
  echo "== $f: $(date -u +%FT%TZ)"
  start=$(date +%s)
  (cd "$root/tests/OneStop.Metrics.Tests" &&
    dotnet stryker --config-file "$out/stryker-config.json" --output "$out" --skip-version-check) \
    > "$out/stryker.log" 2>&1 || { echo "stryker failed for $f, see $out/stryker.log" >&2; tail -20 "$out/stryker.log" >&2; exit 1; }
  end=$(date +%s)
  echo "$((end - start))" > "$out/seconds"
  echo "== $f: done in $((end - start)) s"
done

python3 "$root/scripts/mutation_summary.py" "$root/mutation/out" "$root/mutation/results.md"
echo "summary: mutation/results.md"
