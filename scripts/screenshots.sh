#!/usr/bin/env bash
# Runs the stories with their screenshots on: each saves what it shows under TestResults/screenshots/ for people to
# look at (Support/Screenshots.cs). ./test.sh leaves them off: they assert nothing, and taking them costs chromium
# about as much as the pages they show (docs/performance.md, "Screenshots on request").
#
#   scripts/screenshots.sh                   # every end-to-end story (about as long as ./test.sh)
#   scripts/screenshots.sh GuestListTests    # the tests whose full name contains this (a PostgreSQL one starts a
#                                            # throwaway server, as ./test.sh does)
set -uo pipefail
cd "$(dirname "$0")/.."

[ -x /usr/bin/chromium-headless-shell ] || { echo "Needs Debian's chromium-headless-shell: run ./test.sh once, which installs it."; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 EVENTHUB_SCREENSHOTS=1
filter="FullyQualifiedName~${1:-EventHub.Tests.EndToEnd.}"
if [[ "${1:-}" == *Postgres* ]]; then
    source scripts/throwaway-postgres.sh
    trap pg_throwaway_stop EXIT
    pg_throwaway_start || { echo "PostgreSQL could not start: $PG_THROWAWAY_ERROR"; exit 1; }
    export EVENTHUB_TEST_POSTGRES="$PG_THROWAWAY_URL"
fi

dotnet test EventHub.Tests --nologo --filter "$filter" || exit 1
echo "Screenshots: $PWD/TestResults/screenshots/ ($(find TestResults/screenshots -name '*.png' 2>/dev/null | wc -l) files)"
