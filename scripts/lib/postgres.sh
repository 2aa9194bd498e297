# Starts a throw-away PostgreSQL cluster for the test and benchmark scripts; source it, then call
#   start_postgres fast      # fsync, synchronous_commit and full_page_writes off: for tests
#   start_postgres durable   # the server's durable defaults: for benchmarks of durable writes
# It picks a free port on 127.0.0.1, runs the server binaries directly as the 'postgres' user (or the
# current user when not root), exports SATISFACTIONKIT_TEST_POSTGRES, SATISFACTIONKIT_TEST_PG_BIN and
# SATISFACTIONKIT_TEST_PG_DATA, and stops the cluster and removes its folder when the script exits.
#   start_postgres_replica   # after start_postgres: a streaming replica of that cluster (pg_basebackup -R)
# on a free port of its own, exported as SATISFACTIONKIT_TEST_POSTGRES_REPLICA; stop_postgres stops it too.
# Needs a `log` function from the caller.

start_postgres() {
  local mode="${1:-fast}"
  # wal_level and max_wal_senders are the defaults, spelled out because start_postgres_replica needs them.
  pg_settings="-c max_connections=300 -c wal_level=replica -c max_wal_senders=4"
  [ "$mode" = fast ] && pg_settings="-c fsync=off -c synchronous_commit=off -c full_page_writes=off $pg_settings"

  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  pg_user=postgres
  id "$pg_user" >/dev/null 2>&1 || { log "no '$pg_user' user: is the postgresql package installed?"; exit 1; }
  pg_dir="$(mktemp -d /tmp/satisfactionkit-pg.XXXXXX)"
  chmod 755 "$pg_dir"
  pg_port="$(free_pg_port)" || exit 1
  if [ "$(id -u)" -eq 0 ]; then chown "$pg_user" "$pg_dir"; fi
  trap stop_postgres EXIT

  run_pg "'$pg_bin/initdb' -D '$pg_dir/data' -U satisfactionkit --auth=trust -E UTF8 --locale=C.UTF-8" >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; exit 1; }
  run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w -t 60 start -o \"-h 127.0.0.1 -p $pg_port -k '$pg_dir' $pg_settings\"" >/dev/null \
    || { cat "$pg_dir/server.log" >&2; exit 1; }
  log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($pg_dir, $mode)"

  export SATISFACTIONKIT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=satisfactionkit;Database=postgres;Pooling=true;Maximum Pool Size=100"
  export SATISFACTIONKIT_TEST_PG_BIN="$pg_bin"
  export SATISFACTIONKIT_TEST_PG_DATA="$pg_dir/data"
}

# A streaming replica of the cluster start_postgres started: a base backup over the replication
# protocol (-R writes standby.signal and primary_conninfo), started as a hot standby on a port of its own,
# with the primary's settings (a standby needs max_connections at least the primary's). About a second
# on an empty cluster.
start_postgres_replica() {
  [ -n "${pg_port:-}" ] || { log "start_postgres_replica needs start_postgres first"; exit 1; }
  # initdb's trust setup lets replication in from 127.0.0.1; said again here should that default change.
  grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32' "$pg_dir/data/pg_hba.conf" || {
    run_pg "echo 'host replication all 127.0.0.1/32 trust' >> '$pg_dir/data/pg_hba.conf'"
    run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' reload" >/dev/null
  }
  pg_replica_port="$(free_pg_port)" || exit 1
  run_pg "'$pg_bin/pg_basebackup' -h 127.0.0.1 -p $pg_port -U satisfactionkit -D '$pg_dir/replica' -R -X stream -c fast" >"$pg_dir/basebackup.log" 2>&1 \
    || { cat "$pg_dir/basebackup.log" >&2; exit 1; }
  run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/replica' -l '$pg_dir/replica.log' -w -t 60 start -o \"-h 127.0.0.1 -p $pg_replica_port -k '$pg_dir' $pg_settings\"" >/dev/null \
    || { cat "$pg_dir/replica.log" >&2; exit 1; }
  log "PostgreSQL streaming replica on 127.0.0.1:$pg_replica_port"
  export SATISFACTIONKIT_TEST_POSTGRES_REPLICA="Host=127.0.0.1;Port=$pg_replica_port;Username=satisfactionkit;Database=postgres;Pooling=true;Maximum Pool Size=100"
}

# A free port: random in the dynamic range, retried while something answers on it.
free_pg_port() {
  local candidate
  for _ in $(seq 1 50); do
    candidate=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  log "no free port found for PostgreSQL"
  exit 1
}

run_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    su -s /bin/sh "$pg_user" -c "$*"
  else
    # Not root: the cluster runs as the current user, which initdb accepts.
    sh -c "$*"
  fi
}

stop_postgres() {
  # The replica first, so that it does not retry a primary that has gone.
  if [ -f "$pg_dir/replica/postmaster.pid" ]; then
    run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/replica' -m fast -w stop" >/dev/null 2>&1 || true
  fi
  if [ -f "$pg_dir/data/postmaster.pid" ]; then
    run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast -w stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$pg_dir"
}
