#!/usr/bin/env bash
# Mutation testing of the calculation core with Stryker.NET (the local tool in .config/dotnet-tools.json).
#
#   scripts/mutation.sh [FOLDER...]              full run of each folder (all six when none is named)
#   scripts/mutation.sh --survivors [FOLDER...]  rerun only the mutants that a folder's full run left alive
#
# FOLDER is one of Rates Tallies Indicators Deadlines Calendars Printing (under src/OneStop.Metrics).
# Each folder is mutated in a run of its own, so that every run stays bounded. A full run writes its
# reports (html, json, log) to mutation/out/FOLDER/; a survivors run reads that json report, mutates only
# the lines of the survived and uncovered mutants, and writes to mutation/out/FOLDER/rerun/. Everything
# under mutation/out/ is ignored by git. Afterwards mutation/results.md (committed) is rewritten with,
# per folder, the full run's figures and, where a rerun exists, the figures with its results merged in.
# CI does not run this script.
#
# Environment: STRYKER_CONCURRENCY (default 2), STRYKER_LEVEL (Stryker mutation level, default Standard).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

survivors=false
if [ "${1:-}" = "--survivors" ]; then survivors=true; shift; fi

all=(Rates Tallies Indicators Deadlines Calendars Printing)
if [ "$#" -gt 0 ]; then folders=("$@"); else folders=("${all[@]}"); fi
for f in "${folders[@]}"; do
  case " ${all[*]} " in *" $f "*) ;; *) echo "unknown folder: $f (expected one of: ${all[*]})" >&2; exit 2 ;; esac
done

concurrency="${STRYKER_CONCURRENCY:-2}"
level="${STRYKER_LEVEL:-Standard}"

dotnet tool restore >/dev/null

for f in "${folders[@]}"; do
  if $survivors; then
    report="$root/mutation/out/$f/reports/mutation-report.json"
    [ -f "$report" ] || { echo "no full run for $f: run scripts/mutation.sh $f first" >&2; exit 1; }
    out="$root/mutation/out/$f/rerun"
    mapfile -t patterns < <(python3 "$root/scripts/mutation_rerun_patterns.py" "$report" "$root")
    if [ "${#patterns[@]}" -eq 0 ]; then echo "== $f: no survivors"; continue; fi
  else
    out="$root/mutation/out/$f"
    patterns=("**/src/OneStop.Metrics/$f/**/*.cs")
  fi
  rm -rf "$out"
  mkdir -p "$out"
  mutate=$(printf '"%s",' "${patterns[@]}")
  cat > "$out/stryker-config.json" <<JSON
{
  "stryker-config": {
    "project": "OneStop.Metrics.csproj",
    "test-projects": [ "$root/tests/OneStop.Metrics.Tests/OneStop.Metrics.Tests.csproj" ],
    "mutate": [ ${mutate%,} ],
    "coverage-analysis": "perTest",
    "concurrency": $concurrency,
    "mutation-level": "$level",
    "reporters": [ "json", "html", "dots" ],
    "thresholds": { "high": 80, "low": 60, "break": 0 }
  }
}
JSON
  echo "== $f$($survivors && echo ' (survivors)'): $(date -u +%FT%TZ)"
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
