# Starts a throw-away Redis server for the test and benchmark scripts (the counter hub's backplane); source it,
# then call
#   start_redis
# It picks a free port on 127.0.0.1, runs redis-server as the current user with its own folder, no persistence
# and no protected-mode surprises (loopback only), exports SATISFACTIONKIT_TEST_REDIS (a StackExchange.Redis
# configuration string), and stops the server and removes its folder when stop_redis runs (the caller's EXIT trap).
# Needs a `log` function from the caller.

start_redis() {
  redis_dir="$(mktemp -d /tmp/satisfactionkit-redis.XXXXXX)"
  redis_port=0
  for _ in $(seq 1 50); do
    local candidate=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then redis_port=$candidate; break; fi
  done
  [ "$redis_port" -ne 0 ] || { log "no free port found for Redis"; exit 1; }

  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$redis_dir" --save '' --appendonly no \
    --daemonize yes --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log" \
    || { cat "$redis_dir/redis.log" >&2 2>/dev/null; exit 1; }
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG && break
    sleep 0.1
  done
  redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG || { cat "$redis_dir/redis.log" >&2; exit 1; }
  log "Redis $(redis-server --version | grep -oE 'v=[0-9.]+' | cut -d= -f2) on 127.0.0.1:$redis_port ($redis_dir)"

  export SATISFACTIONKIT_TEST_REDIS="127.0.0.1:$redis_port"
}

stop_redis() {
  if [ -n "${redis_dir:-}" ] && [ -f "$redis_dir/redis.pid" ]; then
    kill "$(cat "$redis_dir/redis.pid")" 2>/dev/null || true
    for _ in $(seq 1 50); do [ -f "$redis_dir/redis.pid" ] && kill -0 "$(cat "$redis_dir/redis.pid")" 2>/dev/null || break; sleep 0.1; done
  fi
  [ -n "${redis_dir:-}" ] && rm -rf "$redis_dir"
  return 0
}
