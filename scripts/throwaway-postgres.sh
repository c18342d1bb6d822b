#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for tests: initdb in a temporary folder, run as an unprivileged user (root cannot run
# postgres), listening on a free loopback port only. Source it; it sets
#   PG_THROWAWAY_DIR   the folder (data and socket), removed by pg_throwaway_stop
#   PG_THROWAWAY_URL   an Npgsql connection string to the "postgres" database as superuser "eventhub"
#   PG_THROWAWAY_ERROR why it could not start (empty when it did)
# and defines pg_throwaway_stop. Installs Debian's postgresql with apt-get when missing and running as root.

pg_throwaway_start() {
    PG_THROWAWAY_ERROR=""
    PG_THROWAWAY_URL=""
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bin" ] && [ "$(id -u)" -eq 0 ]; then
        echo "Installing Debian's postgresql for the PostgreSQL tests..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 \
            || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1; }
        bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    fi
    if [ -z "$bin" ]; then
        PG_THROWAWAY_ERROR="PostgreSQL is not installed (sudo apt-get install postgresql)"
        return 1
    fi

    local runner=()
    if [ "$(id -u)" -eq 0 ]; then
        if id postgres >/dev/null 2>&1; then
            runner=(setpriv --reuid=postgres --regid="$(id -g postgres)" --clear-groups)
        else
            PG_THROWAWAY_ERROR="running as root and there is no unprivileged 'postgres' user to run PostgreSQL"
            return 1
        fi
    fi

    PG_THROWAWAY_DIR="$(mktemp -d /tmp/eventhub-pg.XXXXXX)"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_THROWAWAY_DIR"
    local port
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)"
    if ! "${runner[@]}" "$bin/initdb" -D "$PG_THROWAWAY_DIR/data" -U eventhub --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_THROWAWAY_DIR/initdb.log" 2>&1; then
        PG_THROWAWAY_ERROR="initdb failed: $(tail -n 1 "$PG_THROWAWAY_DIR/initdb.log")"
        return 1
    fi
    # Throwaway data: no fsync (unless PG_THROWAWAY_DURABLE=1: the RSVP storm benchmark compares with SQLite, which syncs
    # every commit); enough connections for the integration apps' pools (up to 100 each; with the storm, the
    # two-instance test and the others side by side 300 ran out: "sorry, too many clients already", 500s in the storm).
    local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${PG_THROWAWAY_DURABLE:-0}" = "1" ] && durability=""
    if ! "${runner[@]}" "$bin/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/server.log" -w -t 30 \
        -o "-h 127.0.0.1 -p $port -k $PG_THROWAWAY_DIR $durability -c max_connections=1000" start >/dev/null 2>&1; then
        PG_THROWAWAY_ERROR="PostgreSQL did not start: $(tail -n 1 "$PG_THROWAWAY_DIR/server.log" 2>/dev/null)"
        return 1
    fi
    PG_THROWAWAY_BIN="$bin"
    PG_THROWAWAY_RUNNER=("${runner[@]}")
    PG_THROWAWAY_URL="Host=127.0.0.1;Port=$port;Username=eventhub;Database=postgres"
}

pg_throwaway_stop() {
    if [ -n "${PG_THROWAWAY_DIR:-}" ] && [ -d "$PG_THROWAWAY_DIR" ]; then
        if [ -n "${PG_THROWAWAY_BIN:-}" ]; then
            "${PG_THROWAWAY_RUNNER[@]}" "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$PG_THROWAWAY_DIR"
    fi
}
