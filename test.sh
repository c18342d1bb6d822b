#!/usr/bin/env bash
# Runs every EventHub test: Core, Components (bUnit), Integration and EndToEnd (Playwright + Debian's chromium, in its
# headless form: the chromium-headless-shell package) on SQLite, and the PostgreSQL tests on a throwaway server
# (scripts/throwaway-postgres.sh) in the same run. Installs chromium-headless-shell (and postgresql) first when missing
# and running as root. Prints the wall time, then ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium-headless-shell ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing Debian's chromium-headless-shell for the end-to-end tests..."
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq chromium-headless-shell fonts-dejavu-core >/dev/null \
            || { echo "Could not install chromium-headless-shell with apt-get."; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
    else
        echo "The end-to-end tests need Debian's chromium-headless-shell at /usr/bin/chromium-headless-shell."
        echo "Install it with:  sudo apt-get install chromium-headless-shell fonts-dejavu-core   and run ./test.sh again."
        exit 1
    fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
started=$SECONDS
log="$(mktemp)"
source scripts/throwaway-postgres.sh
trap 'pg_throwaway_stop; rm -f "$log"' EXIT

# PostgreSQL first: a throwaway server (initdb in a temporary folder, an unprivileged user, a loopback port, removed
# on exit) for the tests whose name says Postgres (the data layer on PostgreSQL, the RSVP storm through the app on it,
# two app instances on one database). They run in the same pass as everything else on SQLite, among the short tests
# after the browser stories. Without PostgreSQL the rest still runs, and the summary says what did not.
postgres_note=" (PostgreSQL tests included, on a throwaway server)"
filter=()
if pg_throwaway_start; then
    export EVENTHUB_TEST_POSTGRES="$PG_THROWAWAY_URL"
else
    postgres_note=" (PostgreSQL tests NOT run: $PG_THROWAWAY_ERROR)"
    filter=(--filter 'FullyQualifiedName!~Postgres')
fi

rm -f TestResults/server-errors.log
dotnet test EventHub.sln --nologo "${filter[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ -z "$PG_THROWAWAY_URL" ] && status=1

# VSTest prints one summary line per test assembly, e.g.
#   Passed!  - Failed:     0, Passed:    11, Skipped:     0, Total:    11, Duration: 2 s - X.dll (net10.0)
read -r passed failed skipped < <(
    grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
        awk '{p += $1; f += $2; s += $3} END {print p + 0, f + 0, s + 0}'
)

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1 # the build or the test host failed before any test could report, or PostgreSQL could not start
fi

# What the test apps logged as errors (EventHub.Tests/Support/ServerErrorLog.cs): a failed browser story's server side.
# Left out: the start-up refusals that the configuration tests provoke on purpose ("EventHub does not start").
if [ "$failed" -gt 0 ] && [ -s TestResults/server-errors.log ]; then
    echo "The test apps' last logged errors, with the time each was logged (all of them: TestResults/server-errors.log):"
    awk '/^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]+ / { keep = ($0 !~ /EventHub does not start/) } keep' TestResults/server-errors.log | tail -n 80
fi

elapsed=$((SECONDS - started))
echo "Wall time (build and tests): $((elapsed / 60)) min $((elapsed % 60)) s"
echo "$passed passed, $failed failed, $skipped skipped$postgres_note"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
