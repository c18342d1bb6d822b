#!/usr/bin/env bash
# The RSVP storm over HTTP (issue 17): publishes EventHub.App (Release), then runs benchmarks/RsvpStormBenchmark, which
# seeds a fresh SQLite file through the Core services, starts the published app on a loopback port and lets N partners
# answer "accept" through the real RSVP form at the same instant; the same run benchmarks a raw ADO.NET endpoint of the
# same HTTP shape and prints the ratio. Results go in docs/performance.md ("RSVP storm").
#   ./benchmarks/rsvp-storm.sh storm 1000 100      (sizes used: 200 50, 1000 100, 5000 100)
#   ./benchmarks/rsvp-storm.sh steady 30 60        (30 answers a second for 60 s)
#   ./benchmarks/rsvp-storm.sh kill 1000 100       (SIGKILL the app mid-storm)
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/RsvpStormBenchmark/bin/app
dotnet publish EventHub.App -c Release -o "$out" --nologo -v q
dotnet build benchmarks/RsvpStormBenchmark -c Release --nologo -v q
dotnet benchmarks/RsvpStormBenchmark/bin/Release/net10.0/RsvpStormBenchmark.dll "${@:-storm 1000 100}" --app "$out/EventHub.App.dll"
