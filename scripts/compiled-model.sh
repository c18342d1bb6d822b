#!/usr/bin/env bash
# Generates EF Core's compiled model for both providers again (EventHub.Core/Data/CompiledModel/Sqlite and /Postgres).
# The app starts on these instead of building the model from the entity configurations at its first query; run this
# after every model change (with the migrations). CompiledModelTests fails until it has run.
#   ./scripts/compiled-model.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore > /dev/null
marker="$(mktemp)"
trap 'rm -f "$marker"' EXIT
for pair in EventHubDbContext:Sqlite PostgresEventHubDbContext:Postgres; do
    context="${pair%%:*}" provider="${pair##*:}"
    # Written over in place (the app's code refers to the model, so the project must keep building meanwhile); files
    # of entity types that no longer exist are removed afterwards.
    touch "$marker"
    dotnet ef dbcontext optimize --project EventHub.Core --startup-project EventHub.Core --context "$context" \
        --output-dir "Data/CompiledModel/$provider" --namespace "EventHub.Core.Data.CompiledModel.$provider"
    find "EventHub.Core/Data/CompiledModel/$provider" -name '*.cs' ! -newer "$marker" -print -delete
done
