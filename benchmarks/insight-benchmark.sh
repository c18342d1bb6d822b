#!/usr/bin/env bash
# The insight pages on a big alliance (SQLite): generates 1,000 events, 5,000 organisations, 50,000 contacts,
# 200,000 invitations, 20,000 outcome statements and 20,000 action items, then times each Core call (p50/p95/max of
# 50 runs after a warm-up). --sql prints the SQL each call runs (with its time), --only TEXT runs the calls whose
# name contains TEXT, --runs N times N runs instead of 50, --keep keeps the database file. Results go in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project benchmarks/InsightBenchmark -- "$@"
