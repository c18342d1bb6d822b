#!/usr/bin/env bash
# Managed memory per organiser tab (Blazor Server circuit): builds the app in Release, runs it as a child process on a
# fresh SQLite file (demo data + an event of 300 invitations) with EventHub:Benchmark:Enabled, and opens K signed-in
# tabs (default 10) in /usr/bin/chromium-headless-shell on the empty page in the layout (the floor), Home and the invitations
# page. Prints the heap after a forced full GC with 0 and K tabs, per tab, what one more tab adds once K/2 are open,
# and the heap after the tabs closed. Pass --keep to
# keep the database, --dump DIR for a heap dump per page with K tabs open and one with none (dotnet-dump, installed when missing). Results go in docs/performance.md ("Organiser circuits").
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/chromium-headless-shell ] || { echo "Needs Debian's chromium-headless-shell: run ./test.sh once, which installs it."; exit 1; }
if [[ " $* " == *" --dump "* && ! -x "$HOME/.dotnet/tools/dotnet-dump" ]]; then
    dotnet tool install --global dotnet-dump --version 10.0.750501 >/dev/null
fi
dotnet build -c Release EventHub.App --nologo -v q 2>&1 | grep -E ' error |rror\(s\)' || true
uptime
dotnet run -c Release --project benchmarks/CircuitMemoryBenchmark -- "$@"
uptime
