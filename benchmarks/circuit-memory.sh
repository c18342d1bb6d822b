#!/usr/bin/env bash
# Managed memory per organiser tab (Blazor Server circuit): builds the app in Release, runs it as a child process on a
# fresh SQLite file (demo data + an event of 300 invitations) with EventHub:Benchmark:Enabled, and opens K signed-in
# tabs (default 10) in headless /usr/bin/chromium on the empty page in the layout (the floor), Home and the invitations
# page. Prints the heap after a forced full GC with 0 and K tabs, per tab, and after the tabs closed. Pass --keep to
# keep the database. Results go in docs/performance.md ("Organiser circuits").
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release EventHub.App --nologo -v q 2>&1 | grep -E ' error |rror\(s\)' || true
uptime
dotnet run -c Release --project benchmarks/CircuitMemoryBenchmark -- "$@"
uptime
