#!/usr/bin/env bash
# Reproduces benchmarks/results/ with fixed arguments: every tally path and every CSV path at 1,000,000 and
# 10,000,000 dossiers in one BenchmarkDotNet run each (ratios against the baseline of the same run), then the
# peak memory of `onestop-metrics report DIR` over the 10,000,000-row file. Takes about 15–25 minutes on 2 cores
# and needs ~6 GB of RAM and ~2 GB of disk under ${TMPDIR:-/tmp}/onestop-bench (the generated files are kept
# there and reused). CI never runs this; it runs a dry smoke (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export ONESTOP_BENCH_DOSSIERS=1000000,10000000
results=benchmarks/results
artifacts=$(mktemp -d)
mkdir -p "$results"

dotnet run -c Release --project benchmarks/OneStop.Metrics.Benchmarks -- \
  --filter '*TallyBenchmarks*' '*CsvBenchmarks*' \
  --launchCount 1 --warmupCount 2 --iterationCount 5 \
  --exporters github --artifacts "$artifacts"
for report in "$artifacts"/results/*-report-github.md; do
  cp "$report" "$results/$(basename "$report" | sed 's/^OneStop\.Metrics\.Benchmarks\.//; s/-report-github//')"
done

# Peak memory (maximum resident set size) of the whole CLI over the 10,000,000-row file the CSV benchmark wrote.
folder="${TMPDIR:-/tmp}/onestop-bench/province-10000000-seed1"
dotnet build -c Release src/OneStop.Metrics.Cli >/dev/null
{
  echo "# onestop-metrics report DIR over $(stat -c %s "$folder/dossiers.csv") bytes, 10,000,000 rows ($(date -u +%F))"
  echo
  /usr/bin/time -f 'elapsed %e s, maximum resident set size %M KB' \
    dotnet src/OneStop.Metrics.Cli/bin/Release/net10.0/onestop-metrics.dll \
    report "$folder" --from 2023-01-01 --to 2023-12-31 2>&1 | tail -n 3
} > "$results/csv-peak-memory.md"
cat "$results/csv-peak-memory.md"
rm -rf "$artifacts"
