#!/usr/bin/env bash
# Mutation testing of the calculation core with Stryker.NET (the local tool in .config/dotnet-tools.json).
#
#   scripts/mutation.sh [FOLDER...]              a full run for each folder (all six when none is named)
#   scripts/mutation.sh --together FOLDER...     one full run over several folders (one build and one
#                                                coverage pass instead of several; figures still per folder)
#   scripts/mutation.sh --survivors [FOLDER...]  rerun only the mutants that the full runs left alive
#
# FOLDER is one of Rates Tallies Indicators Deadlines Calendars Printing (under src/OneStop.Metrics).
# Tallies means the parts the issue names: the classifier (DossierClassifier.cs), the builder
# (DossierTallyBuilder.cs) and the columnar path (Tallies/Columnar); see mutation/README.md.
# A full run writes its reports (html, json, log) to mutation/out/NAME/; a survivors run mutates only the
# lines of the survived and uncovered mutants and writes to mutation/out/rerun-NAME/. All of mutation/out/
# is ignored by git. Afterwards mutation/results.md (committed) is rewritten from every report there.
# CI does not run this script.
#
# The tests run are those of tests/OneStop.Metrics.Tests less the Csv and Cli namespaces, which test the
# CSV and command-line packages rather than the core (see mutation/README.md).
#
# Environment: STRYKER_CONCURRENCY (default 2), STRYKER_LEVEL (Stryker mutation level, default Standard),
# STRYKER_TEST_FILTER (a dotnet test filter replacing the default one, e.g. the folder's own test namespaces:
# fewer tests make a run faster and can only kill fewer mutants, so a score under it is a lower bound).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mode=each
case "${1:-}" in
  --survivors) mode=survivors; shift ;;
  --together) mode=together; shift ;;
esac

all=(Rates Tallies Indicators Deadlines Calendars Printing)
if [ "$#" -gt 0 ]; then folders=("$@"); else folders=("${all[@]}"); fi
for f in "${folders[@]}"; do
  case " ${all[*]} " in *" $f "*) ;; *) echo "unknown folder: $f (expected one of: ${all[*]})" >&2; exit 2 ;; esac
done

concurrency="${STRYKER_CONCURRENCY:-2}"
level="${STRYKER_LEVEL:-Standard}"
filter="${STRYKER_TEST_FILTER:-FullyQualifiedName!~OneStop.Metrics.Tests.Csv.&FullyQualifiedName!~OneStop.Metrics.Tests.Cli.}"

globs_of() {
  if [ "$1" = Tallies ]; then
    printf '%s\n' "**/src/OneStop.Metrics/Tallies/DossierClassifier.cs" \
      "**/src/OneStop.Metrics/Tallies/DossierTallyBuilder.cs" "**/src/OneStop.Metrics/Tallies/Columnar/**/*.cs"
  else
    printf '%s\n' "**/src/OneStop.Metrics/$1/**/*.cs"
  fi
}

run() { # NAME PATTERN...
  local name="$1"; shift
  local out="$root/mutation/out/$name"
  rm -rf "$out"
  mkdir -p "$out"
  local mutate
  mutate=$(printf '"%s",' "$@")
  cat > "$out/stryker-config.json" <<JSON
{
  "stryker-config": {
    "project": "OneStop.Metrics.csproj",
    "test-projects": [ "$root/tests/OneStop.Metrics.Tests/OneStop.Metrics.Tests.csproj" ],
    "mutate": [ ${mutate%,} ],
    "test-case-filter": "$filter",
    "coverage-analysis": "perTest",
    "concurrency": $concurrency,
    "mutation-level": "$level",
    "reporters": [ "json", "html", "dots" ],
    "thresholds": { "high": 80, "low": 60, "break": 0 }
  }
}
JSON
  echo "== $name: $(date -u +%FT%TZ)"
  local start end
  start=$(date +%s)
  (cd "$root/tests/OneStop.Metrics.Tests" &&
    dotnet stryker --config-file "$out/stryker-config.json" --output "$out" --skip-version-check) \
    > "$out/stryker.log" 2>&1 || { echo "stryker failed for $name, see $out/stryker.log" >&2; tail -20 "$out/stryker.log" >&2; exit 1; }
  end=$(date +%s)
  echo "$((end - start))" > "$out/seconds"
  echo "== $name: done in $((end - start)) s"
}

dotnet tool restore >/dev/null

joined=$(IFS=+; echo "${folders[*]}")
case "$mode" in
  each)
    for f in "${folders[@]}"; do mapfile -t p < <(globs_of "$f"); run "$f" "${p[@]}"; done ;;
  together)
    p=(); for f in "${folders[@]}"; do mapfile -t g < <(globs_of "$f"); p+=("${g[@]}"); done
    run "$joined" "${p[@]}" ;;
  survivors)
    mapfile -t p < <(python3 "$root/scripts/mutation_rerun_patterns.py" "$root/mutation/out" "$root" "${folders[@]}")
    if [ "${#p[@]}" -eq 0 ]; then echo "== no survivors in ${folders[*]}"; else run "rerun-$joined" "${p[@]}"; fi ;;
esac

python3 "$root/scripts/mutation_summary.py" "$root/mutation/out" "$root/mutation/results.md"
echo "summary: mutation/results.md"
