#!/usr/bin/env bash
# Imports 10,000 generated contacts into a fresh SQLite file, three times, in Release; see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build benchmarks/ImportBenchmark -c Release --nologo -v quiet -clp:ErrorsOnly
for run in 1 2 3; do
    dotnet benchmarks/ImportBenchmark/bin/Release/net10.0/ImportBenchmark.dll "${1:-10000}"
done
