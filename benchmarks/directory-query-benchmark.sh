#!/usr/bin/env bash
# Directory list queries at 5,000 organisations and 50,000 contacts (SQLite). Results go in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project benchmarks/DirectoryQueryBenchmark
