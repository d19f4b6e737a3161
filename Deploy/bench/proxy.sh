#!/usr/bin/env bash
# The proxy benchmark with its peer and every review store: relaying straight, through Debian's
# HAProxy and through Decorum, then recording with every message flagged in memory, SQLite and a
# throwaway PostgreSQL server.
#
# usage: Deploy/bench/proxy.sh [bench proxy options]     (e.g. --idle 0 --seconds 2)
#
# Installs haproxy and postgresql (as root) when missing, builds Decorum (release), starts
# PostgreSQL on a free loopback port in a temporary folder (fsync on, as in production), runs
# `decorum bench proxy --review memory,sqlite,postgres://…`, and stops and removes the server
# however the run ends.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=Deploy/packages.sh
. "$root/Deploy/packages.sh"
install_missing haproxy postgresql
# The packages may start system services; the benchmark runs its own.
(systemctl stop haproxy; service postgresql stop) >/dev/null 2>&1 || true

echo "== building Decorum (release)"
(cd "$root" && swift build -c release --product decorum)

pgbin=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d "${TMPDIR:-/tmp}/decorum-bench-pg.XXXXXX")
chmod 755 "$dir"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
stop() {
    as_postgres "'$pgbin/pg_ctl' -D '$dir/data' -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "== starting PostgreSQL on 127.0.0.1:$port"
as_postgres "'$pgbin/initdb' -D '$dir/data' -U postgres -A trust -E UTF8 >'$dir/initdb.log'"
as_postgres "'$pgbin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w \
    -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1\" start >/dev/null"
as_postgres "'$pgbin/createdb' -h 127.0.0.1 -p $port -U postgres bench"

echo "== running the benchmark"
"$root/.build/release/decorum" bench proxy "$@" \
    --review "memory,sqlite,postgres://postgres@127.0.0.1:$port/bench?sslmode=disable"
