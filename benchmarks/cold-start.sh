#!/usr/bin/env bash
# Cold start of a published EventHub: publishes EventHub.App (Release) to a temporary folder, prepares a database once
# (migrated, roles, demo data), then starts the published app RUNS times (default 5) on that existing database and
# times process start -> first 200 on /healthz and on /Account/Login (both polled side by side every 10 ms), and the
# CPU time the app had used by its first /Account/Login page.
# Prints each run and the medians; results go in docs/performance.md ("Cold start").
#   ./benchmarks/cold-start.sh [RUNS]
# Set KEEP_PUBLISH=DIR to publish into DIR and reuse it on the next call (skips the publish when DIR has the app).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs="${1:-5}"
work="$(mktemp -d /tmp/eventhub-cold-start.XXXXXX)"
publish="${KEEP_PUBLISH:-$work/publish}"
app_pid=""
cleanup() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -f "$publish/EventHub.App.dll" ]]; then
    echo "Publishing EventHub.App (Release) to $publish ..."
    dotnet publish EventHub.App -c Release -o "$publish" --nologo -v quiet -clp:ErrorsOnly
fi

port=5391
# Production, as a server runs it behind its https proxy; the database and the keys live in the work folder.
export ASPNETCORE_ENVIRONMENT=Production
export ASPNETCORE_URLS="http://127.0.0.1:$port"
export ConnectionStrings__EventHub="Data Source=$work/eventhub.db"
export EventHub__PublicBaseUrl="https://eventhub.example.org/"
export EventHub__Accessibility__ContactEmail="accessibility@eventhub.example.org"
export EventHub__Http__HttpsRedirection=false
export Logging__LogLevel__Default=Warning

now_ms() { echo $(( ${EPOCHREALTIME/./} / 1000 )); }

# The waits start no process per try: two pollers starting curl and sleep every 10 ms took a good part of the two
# cores from the start they time. The port is tried with bash's own /dev/tcp until the app listens; a try that fails
# waits 10 ms in a read from a FIFO that nothing writes to.
mkfifo "$work/tick"
exec {tick}<>"$work/tick"
pause() { read -r -t "$1" -u "$tick" || true; }

# True, after saying why and showing the end of the app's log, once LIMIT s have passed since START (ms).
timed_out() {
    local start="$1" limit="$2" why="$3"
    (( ${EPOCHREALTIME/./} / 1000 - start > limit * 1000 )) || return 1
    echo "$why within $limit s; the app's log:" >&2
    tail -20 "$work/app.log" >&2
}

# Waits until the app listens, then asks URL until it answers 200 and prints the milliseconds since START; gives up after
# LIMIT s (default 120). The request comes as through the https proxy (X-Forwarded-Proto from loopback, a known proxy):
# the cookies are Secure-only.
first_200() {
    local url="$1" start="$2" limit="${3:-120}" code=""
    until { true <>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; do
        timed_out "$start" "$limit" "the app did not listen on port $port" && return 1
        pause 0.01
    done
    while true; do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H 'X-Forwarded-Proto: https' "$url" || true)"
        [[ "$code" == 200 ]] && break
        timed_out "$start" "$limit" "no 200 from $url (last status $code)" && return 1
        pause 0.01
    done
    echo $(( $(now_ms) - start ))
}

# CPU time (user + system, all threads) the process has used so far, in ms: on a shared machine the wall time
# mostly measures the neighbours, this measures the app.
cpu_ms() {
    local ticks
    ticks=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
    echo $(( ticks * 1000 / $(getconf CLK_TCK) ))
}

start_app() {
    # A self-contained publish (its own runtime beside the app) starts through its own executable.
    if [[ -f "$publish/libcoreclr.so" ]]; then
        (cd "$work" && exec "$publish/EventHub.App" > "$work/app.log" 2>&1 {tick}>&-) &
    else
        (cd "$work" && exec dotnet "$publish/EventHub.App.dll" > "$work/app.log" 2>&1 {tick}>&-) &
    fi
    app_pid=$!
}

stop_app() {
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

echo "Preparing the database (first start: migrations, roles, demo data) ..."
export EventHub__SeedDemoData=true
start=$(now_ms)
start_app
prepare_ms=$(first_200 "http://127.0.0.1:$port/healthz" "$start" 900)
# The demo is seeded before the app listens, so the database is complete once it answers.
stop_app
echo "first start on an empty database: ${prepare_ms} ms to /healthz"

# The timed starts run as a real server does: no demo seeding.
export EventHub__SeedDemoData=false
health=()
login=()
cpus=()
for run in $(seq 1 "$runs"); do
    start=$(now_ms)
    start_app
    first_200 "http://127.0.0.1:$port/healthz" "$start" > "$work/health.ms" &
    health_poll=$!
    login_ms=$(first_200 "http://127.0.0.1:$port/Account/Login" "$start")
    wait "$health_poll"
    health_ms=$(cat "$work/health.ms")
    cpu=$(cpu_ms "$app_pid")
    stop_app
    health+=("$health_ms")
    login+=("$login_ms")
    cpus+=("$cpu")
    printf 'run %d: /healthz %6d ms   /Account/Login %6d ms   CPU used by then %5d ms\n' "$run" "$health_ms" "$login_ms" "$cpu"
    sleep 1
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "median over $runs runs: /healthz $(median "${health[@]}") ms, /Account/Login $(median "${login[@]}") ms, CPU $(median "${cpus[@]}") ms"
if grep -E '^(warn|fail|crit)' "$work/app.log" > /dev/null; then
    echo "warnings in the last run's log:"
    grep -E -A1 '^(warn|fail|crit)' "$work/app.log"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
