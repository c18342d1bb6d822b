#!/usr/bin/env bash
# Before a release: every page of EventHub through axe (WCAG 2.1 A and AA) in every combination of light/dark ×
# desktop (1280 px)/phone (390 px) × English/Dutch, with the same tests the suite runs on a smaller matrix
# (EveryPageInEnglishTests and EveryPageInDutchTests, widened by EVENTHUB_A11Y_MATRIX=full). The table of results replaces the one in
# docs/accessibility.md, between its "matrix" markers. Exits non-zero when any page has a problem.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 EVENTHUB_A11Y_MATRIX=full
results=(TestResults/accessibility-matrix-en.md TestResults/accessibility-matrix-nl.md)
mkdir -p TestResults && rm -f "${results[@]}"
started=$SECONDS
dotnet build EventHub.Tests --nologo -v q || exit 1
dotnet test EventHub.Tests --no-build --nologo \
    --filter 'FullyQualifiedName~EndToEnd.Accessibility.EveryPageIn&FullyQualifiedName~.EveryPage_' 2>&1 | tee TestResults/accessibility-matrix.log
status=${PIPESTATUS[0]}
for result in "${results[@]}"; do
    if [ ! -f "$result" ]; then
        echo "The test wrote no matrix ($result): see TestResults/accessibility-matrix.log."
        exit 1
    fi
done

outcome=$([ "$status" -eq 0 ] && echo "no problems on any page" || echo "problems found (see TestResults/accessibility-matrix.log)")
{
    echo "<!-- matrix:start -->"
    echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on commit $(git rev-parse --short HEAD), $((SECONDS - started)) s: $outcome."
    echo
    cat "${results[0]}"
    echo
    cat "${results[1]}"
    echo "<!-- matrix:end -->"
} > TestResults/accessibility-matrix.section.md

python3 - <<'PY'
import re
doc = open("docs/accessibility.md").read()
section = open("TestResults/accessibility-matrix.section.md").read().rstrip("\n")
doc = re.sub(r"<!-- matrix:start -->.*<!-- matrix:end -->", lambda _: section, doc, flags=re.S)
open("docs/accessibility.md", "w").write(doc)
PY
echo "docs/accessibility.md updated: $outcome."
exit "$status"
