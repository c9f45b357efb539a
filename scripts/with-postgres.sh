#!/usr/bin/env bash
# with-postgres.sh COMMAND...: runs COMMAND beside a throw-away PostgreSQL cluster (Debian's postgresql package),
# with HC_POSTGRES_URL naming it; the cluster listens on a Unix socket only and is deleted afterwards. Where no
# cluster can start (package missing, no user to run it as), COMMAND still runs, without HC_POSTGRES_URL, and the
# reason is printed: the Postgres tests and bench then say they were skipped.
set -uo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
dir=$(mktemp -d /tmp/hc-postgres.XXXXXX)
as_user=()
started=0

cleanup() {
  if [ "$started" = 1 ]; then "${as_user[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1; fi
  rm -rf "$dir"
}
trap cleanup EXIT

start_cluster() {
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "with-postgres: no PostgreSQL server (install Debian's postgresql package)"; return 1; }
  if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root: the package's own user runs the cluster.
    id postgres >/dev/null 2>&1 || { echo "with-postgres: running as root and there is no postgres user"; return 1; }
    chown postgres "$dir"
    as_user=(runuser -u postgres --)
  fi
  "${as_user[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >"$dir/initdb.log" 2>&1 || { echo "with-postgres: initdb failed: $(tail -1 "$dir/initdb.log")"; return 1; }
  "${as_user[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 20 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null 2>&1 || { echo "with-postgres: the server did not start: $(tail -1 "$dir/server.log")"; return 1; }
  started=1
}

if start_cluster >&2; then
  export HC_POSTGRES_URL="postgresql://postgres@localhost/postgres?host=$dir"
else
  echo "with-postgres: going on without PostgreSQL" >&2
fi
"$@"
