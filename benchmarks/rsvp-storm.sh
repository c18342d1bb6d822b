#!/usr/bin/env bash
# The RSVP storm over HTTP (issue 17): publishes EventHub.App (Release), then runs benchmarks/RsvpStormBenchmark, which
# seeds a fresh SQLite file through the Core services, starts the published app on a loopback port and lets N partners
# answer "accept" through the real RSVP form at the same instant; the same run benchmarks a raw ADO.NET endpoint of the
# same HTTP shape and prints the ratio. Results go in docs/performance.md ("RSVP storm").
#   ./benchmarks/rsvp-storm.sh storm 1000 100      (sizes used: 200 50, 1000 100, 5000 100)
#   ./benchmarks/rsvp-storm.sh steady 30 60        (30 answers a second for 60 s)
#   ./benchmarks/rsvp-storm.sh kill 1000 100       (SIGKILL the app mid-storm)
#   ./benchmarks/rsvp-storm.sh storm 1000 100 --app-heap-limit 128   (the app's heap capped, as on a small server)
# On PostgreSQL (issue 18; the raw endpoint is SQLite's only and is left out):
#   ./benchmarks/rsvp-storm.sh storm 1000 100 --postgres
#       starts the throwaway server of scripts/throwaway-postgres.sh with fsync on (SQLite syncs every commit too),
#       runs the storm on a new database on it and removes the server afterwards;
#   ./benchmarks/rsvp-storm.sh storm 1000 100 --postgres-url "Host=…;Port=…;Username=…;Database=postgres"
#       an existing server (a superuser: the run creates and drops its own database, and amcheck for the check).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$#" -gt 0 ] || set -- storm 1000 100
args=()
postgres=0
for arg in "$@"; do
    if [ "$arg" = "--postgres" ]; then postgres=1; else args+=("$arg"); fi
done
out=benchmarks/RsvpStormBenchmark/bin/app
dotnet publish EventHub.App -c Release -o "$out" --nologo -v q
dotnet build benchmarks/RsvpStormBenchmark -c Release --nologo -v q
if [ "$postgres" = "1" ]; then
    source scripts/throwaway-postgres.sh
    trap pg_throwaway_stop EXIT
    PG_THROWAWAY_DURABLE=1 pg_throwaway_start || { echo "No PostgreSQL: $PG_THROWAWAY_ERROR" >&2; exit 1; }
    args+=(--postgres-url "$PG_THROWAWAY_URL")
fi
dotnet benchmarks/RsvpStormBenchmark/bin/Release/net10.0/RsvpStormBenchmark.dll "${args[@]}" --app "$out/EventHub.App.dll"
