#!/usr/bin/env bash
# `paraatctl serve` under load: wrk on loopback asks a typical personal feed
# of the large database (2,000 people, three years of shifts, 5,000
# sessions) over and over; then nginx serves the same feed as a static file
# and wrk asks it the same way. Prints requests per second and the 99th
# percentile latency of both. Target: serve reaches at least half of what
# nginx does. Needs wrk and nginx (apt-get install wrk nginx-light).
set -euo pipefail

paraatctl=${1:?usage: bench-serve.sh PARAATCTL BENCH-GENERATE}
generate=${2:?usage: bench-serve.sh PARAATCTL BENCH-GENERATE [BENCH-SOUP-FLOOR]}
floor=${3:-}
duration=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-50}

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
    echo "bench-serve: $tool is missing (apt-get install wrk nginx-light)"
    exit 1
  fi
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

tmp=$(mktemp -d)
# nginx's workers run as another user: they must be able to read the feed.
chmod 755 "$tmp"
serve_pid=""
nginx_pid=""
floor_pid=""
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null || true
  [ -n "$floor_pid" ] && kill "$floor_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

"$generate" --first-year $(( $(date +%Y) - 1 )) --years 3 "$tmp/region.db" >/dev/null
mkdir -p "$tmp/www/feed"
chmod -R 755 "$tmp/www"
token=$("$paraatctl" feed-add "$tmp/region.db" --person 1 --publish "$tmp/www/feed" | head -1)
chmod 644 "$tmp/www/feed/$token.ics"
size=$(stat -c %s "$tmp/www/feed/$token.ics")
echo "feed of person 1: $size bytes"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wrk's summary: "Requests/sec:" and the 99% line of --latency.
measure() {
  local name=$1 url=$2 out
  out=$(wrk -t1 -c"$connections" -d"${duration}s" --latency "$url")
  rps=$(echo "$out" | awk '/Requests\/sec:/ { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ { print }')
  printf '%-16s %10s requests/s   p99 %8s   %s\n' "$name" "$rps" "$p99" "${errors:-no errors}"
  echo "$rps"  > "$tmp/$name.rps"
}

port=$(free_port)
"$paraatctl" serve "$tmp/region.db" --port "$port" > "$tmp/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 50); do
  curl -s -o /dev/null "http://127.0.0.1:$port/feed/$token.ics" 2>/dev/null && break
  sleep 0.1
done

nginx_port=$(free_port)
cat > "$tmp/nginx.conf" <<CONF
daemon off;
worker_processes auto;
error_log $tmp/nginx-error.log;
pid $tmp/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/body;
  proxy_temp_path $tmp/proxy;
  fastcgi_temp_path $tmp/fastcgi;
  uwsgi_temp_path $tmp/uwsgi;
  scgi_temp_path $tmp/scgi;
  types { text/calendar ics; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $tmp/www;
    etag on;
  }
}
CONF
"$nginx_bin" -c "$tmp/nginx.conf" -p "$tmp" &
nginx_pid=$!
sleep 1

echo "wrk: 1 thread, $connections connections, ${duration} s each, on loopback; $(nproc) cores"
measure "paraatctl serve" "http://127.0.0.1:$port/feed/$token.ics"
measure "nginx (static)" "http://127.0.0.1:$nginx_port/feed/$token.ics"
if [ -n "$floor" ]; then
  # libsoup alone, the same size from memory, as many threads as serve has:
  # the most serve could reach while it answers through libsoup.
  floor_port=$(free_port)
  "$floor" "$floor_port" "$size" "$(nproc)" &
  floor_pid=$!
  sleep 0.5
  measure "libsoup alone" "http://127.0.0.1:$floor_port/feed/$token.ics"
fi
python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
serve = float(open(f"{tmp}/paraatctl serve.rps").read())
nginx = float(open(f"{tmp}/nginx (static).rps").read())
print(f"serve reaches {serve / nginx:.0%} of nginx (target: at least 50%)")
PY
