#!/usr/bin/env bash
# What a step of an end-to-end story costs: a new browser context per story against a reused one (the way the suite's
# ReusedContexts hands contexts on), in chromium's and the app's CPU seconds. Starts the demo app (Development, demo
# data) on a fresh SQLite file in a temporary folder, runs benchmarks/browser-steps/steps.js with the Node.js and
# Playwright that the test project brings, and stops the app. Results go in docs/performance.md ("Test suite").
#   ./benchmarks/browser-steps.sh [ROUNDS]     (default 6 stories per step)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/chromium-headless-shell ] || { echo "Needs Debian's chromium-headless-shell: run ./test.sh once, which installs it."; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rounds="${1:-6}"
work="$(mktemp -d /tmp/eventhub-browser-steps.XXXXXX)"
app_pid=""
cleanup() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

dotnet build EventHub.Tests --nologo -v q 2>&1 | grep -E ' error |rror\(s\)' || true
playwright="$PWD/EventHub.Tests/bin/Debug/net10.0/.playwright"
port=5393
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ConnectionStrings__EventHub="Data Source=$work/eventhub.db" Logging__LogLevel__Default=Warning \
    dotnet EventHub.App/bin/Debug/net10.0/EventHub.App.dll --contentRoot "$PWD/EventHub.App" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break
    kill -0 "$app_pid" 2>/dev/null || { echo "The app stopped:"; tail -20 "$work/app.log"; exit 1; }
    sleep 0.2
done

uptime
"$playwright/node/linux-x64/node" benchmarks/browser-steps/steps.js "http://127.0.0.1:$port" "$playwright/package" "$rounds"
uptime
