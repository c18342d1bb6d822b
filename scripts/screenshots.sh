#!/usr/bin/env bash
# Runs the end-to-end stories with their screenshots on: each story saves what it shows under TestResults/screenshots/
# for people to look at (Support/Screenshots.cs). ./test.sh leaves them off: they assert nothing, and taking them costs
# chromium about as much as the pages they show (docs/performance.md, "Screenshots on request").
#
#   scripts/screenshots.sh                   # every browser story (about as long as ./test.sh)
#   scripts/screenshots.sh GuestListTests    # the stories whose full name contains this
set -uo pipefail
cd "$(dirname "$0")/.."

[ -x /usr/bin/chromium ] || { echo "Needs Debian's chromium at /usr/bin/chromium: run ./test.sh once, which installs it."; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 EVENTHUB_SCREENSHOTS=1
filter="FullyQualifiedName~EventHub.Tests.EndToEnd."
[ -n "${1:-}" ] && filter="$filter&FullyQualifiedName~$1"
dotnet test EventHub.Tests --nologo --filter "$filter" || exit 1
echo "Screenshots: $PWD/TestResults/screenshots/ ($(find TestResults/screenshots -name '*.png' | wc -l) files)"
