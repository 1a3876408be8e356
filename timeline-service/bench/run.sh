#!/usr/bin/env bash
# Load figures for timeline-service: loads EVENTS (100,000) generated events into a database of its own, starts the
# packaged jar on a spare port, and measures filtered GET /api/timeline pages of 50 with wrk (64 connections).
# Local only: needs root (or sudo) to create the bench database and RabbitMQ virtual host; traffic stays on 127.0.0.1.
#   ./mvnw -pl timeline-service package -DskipTests && timeline-service/bench/run.sh
# Settings: EVENTS, PORT (18083), BENCH_DB (tarikh_bench), BENCH_VHOST (tarikh-bench), DURATION (30s),
#           CONNECTIONS (64), THREADS (2), SKIP_LOAD=1 to keep the data of a previous run,
#           CACHE_TTL=0s to measure every request against the database (no rendered-page cache).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MODULE=$(dirname "$HERE")
EVENTS=${EVENTS:-100000}
PORT=${PORT:-18083}
DB=${BENCH_DB:-tarikh_bench}
VHOST=${BENCH_VHOST:-tarikh-bench}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DB_HOST=${TARIKH_DB_HOST:-127.0.0.1}
DB_PORT=${TARIKH_DB_PORT:-5432}
DB_USER=${TARIKH_DB_USER:-tarikh}
export PGPASSWORD=${TARIKH_DB_PASSWORD:-tarikh}
BASE=http://127.0.0.1:$PORT
OUT=${OUT:-$MODULE/target/bench/cache-${CACHE_TTL:-5s}}
mkdir -p "$OUT"

# CPU time (clock ticks, 100 a second) of the service and of every PostgreSQL process: on a shared machine, CPU per
# request is the figure that the other users' load disturbs least (PostgreSQL's includes whoever else uses it)
ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { local t=0 p; for p in $(pgrep -x postgres); do t=$((t + $(ticks_of "$p"))); done; echo "$t"; }
measure() { # name, then wrk's arguments: runs wrk and appends CPU milliseconds per request to its output
  local name=$1; shift
  local s0 p0 s1 p1 n
  s0=$(ticks_of "$SERVICE"); p0=$(pg_ticks)
  wrk "$@" | tee "$OUT/$name.txt"
  s1=$(ticks_of "$SERVICE"); p1=$(pg_ticks)
  n=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$OUT/$name.txt")
  [[ -n $n && $n -gt 0 ]] && awk -v s="$((s1 - s0))" -v p="$((p1 - p0))" -v n="$n" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "   CPU per request: service %.2f ms, PostgreSQL %.2f ms (load average %s)\n", s * 10 / n, p * 10 / n, l }' \
    | tee -a "$OUT/$name.txt"
  return 0
}
say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
as_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }
admin_psql() { as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt -p "$DB_PORT" "$@"; }

command -v wrk >/dev/null || { say "installing wrk"; as_root apt-get install -y -qq wrk >/dev/null; }
[[ -f $MODULE/target/quarkus-app/quarkus-run.jar ]] || { echo "package first: ./mvnw -pl timeline-service package -DskipTests" >&2; exit 1; }

if [[ -z ${SKIP_LOAD:-} ]]; then
  say "fresh database $DB"
  admin_psql -d postgres -c "drop database if exists $DB" -c "create database $DB owner $DB_USER"
fi
if ! as_root rabbitmqctl -q list_vhosts | grep -qx "$VHOST"; then
  as_root rabbitmqctl -q add_vhost "$VHOST"
  as_root rabbitmqctl -q set_permissions -p "$VHOST" "${TARIKH_RABBITMQ_USER:-guest}" '.*' '.*' '.*'
fi

# a copy of the app, so that a rebuild of target/ during the run does not pull the jar from under it
APP=$(mktemp -d)
cp -r "$MODULE/target/quarkus-app/." "$APP/"
say "starting timeline-service on port $PORT (database $DB, virtual host $VHOST)"
TARIKH_DB_NAME=$DB TARIKH_RABBITMQ_VHOST=$VHOST java ${JAVA_OPTS:-} -Dquarkus.http.port=$PORT \
  -Dquarkus.log.level=WARN -Dtarikh.timeline.cache-ttl="${CACHE_TTL:-5s}" -jar "$APP/quarkus-run.jar" >"$OUT/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$APP"' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "$BASE/q/health/ready" >/dev/null || { echo "service did not start; see $OUT/service.log" >&2; exit 1; }

if [[ -z ${SKIP_LOAD:-} ]]; then
  say "generating $EVENTS events"
  psql -v ON_ERROR_STOP=1 -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB" -v events="$EVENTS" -f "$HERE/generate.sql"
fi

# Filters people use; Arabic values are percent-encoded UTF-8:
#   وزاره الدفاع  (Ministry of Defense, spelled with ha for ta marbuta: a spelling variant of the stored name)
#   بغداد  Baghdad;  هجوم  attack
SCENARIOS=(
  "type+from|/api/timeline?type=ATTACK&from=2020-01-01&limit=50"
  "entity-ar-variant|/api/timeline?entity=%D9%88%D8%B2%D8%A7%D8%B1%D9%87%20%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9&limit=50"
  "place+minPrecision|/api/timeline?place=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF&minPrecision=DAY&limit=50"
  "q-ar+lang|/api/timeline?q=%D9%87%D8%AC%D9%88%D9%85&lang=ar&from=2018&limit=50"
)
say "warm-up"
for s in "${SCENARIOS[@]}"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE${s#*|}" >/dev/null; done

for s in "${SCENARIOS[@]}"; do
  name=${s%%|*}
  say "$name: ${s#*|}   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  curl -sf "$BASE${s#*|}" -o "$OUT/$name.json"
  echo "   page: $(grep -o '"id":' "$OUT/$name.json" | wc -l) ids in $(wc -c <"$OUT/$name.json") bytes"
  measure "$name" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE${s#*|}"
done
say "mixed: random filters and pages per request (bench/mixed.lua)   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
measure mixed -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/mixed.lua" "$BASE"
