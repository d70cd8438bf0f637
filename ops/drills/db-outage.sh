#!/usr/bin/env bash
# Drill: database outage. A THROWAWAY PostgreSQL cluster "drill" on port 5433 (never the main
# cluster on 5432), the application (postgres profile) on 127.0.0.1:18082 against it; the cluster is
# stopped, 200 requests are sent at once, then it is started again. Prints: time until readiness
# says DOWN, status counts and max latency of the 200 requests, static file and register API
# statuses during the outage, time until readiness is UP again. The cluster is dropped at the end.
# Usage (repository root, as root): ops/drills/db-outage.sh   (builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_VERSION="${PG_VERSION:-$(ls /etc/postgresql | sort -n | tail -n 1)}"
PG_PORT=5433
APP_PORT=18082
BASE="http://127.0.0.1:$APP_PORT"
work=$(mktemp -d /tmp/db-outage.XXXXXX)
app_pid=""

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  pg_dropcluster --stop "$PG_VERSION" drill 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

ms() { date +%s%3N; }

jar=$(ls target/plateforme-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests -Djacoco.skip=true package; jar=$(ls target/plateforme-*.jar | head -n 1); fi

echo "==> Throwaway cluster $PG_VERSION/drill on port $PG_PORT"
pg_dropcluster --stop "$PG_VERSION" drill 2>/dev/null || true
pg_createcluster "$PG_VERSION" drill -p "$PG_PORT" -- --auth-local=trust --auth-host=trust >/dev/null
pg_ctlcluster "$PG_VERSION" drill start
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p "$PG_PORT" -q && break; sleep 1; done
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "CREATE DATABASE integrance"

echo "==> Application on $BASE (postgres profile)"
DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/integrance" DATABASE_USER=postgres DATABASE_PASSWORD="" \
  java -jar "$jar" --spring.profiles.active=postgres --server.port="$APP_PORT" --server.address=127.0.0.1 \
  --app.data-dir="$work/data" --app.crypto.keyset-file="$work/data/keys/field-aead-keyset.json" \
  --app.crypto.index-keyset-file="$work/data/keys/blind-index-keyset.json" --app.crypto.generate-if-missing=true \
  >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && break
  kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] || { echo "app not ready"; exit 1; }
echo "before the outage: / $(curl -s -o /dev/null -w '%{http_code}' "$BASE/")"

echo "==> Stopping the drill cluster"
pg_ctlcluster "$PG_VERSION" drill stop -m fast
stopped=$(ms)
for _ in $(seq 1 100); do
  code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")
  [ "$code" = 503 ] && break
  sleep 0.1
done
echo "readiness DOWN after: $(( $(ms) - stopped )) ms (status $code)"

echo "==> 200 concurrent requests during the outage"
for i in $(seq 1 200); do
  case $((i % 4)) in 0) echo "$BASE/";; 1) echo "$BASE/connexion";; 2) echo "$BASE/contact";; 3) echo "$BASE/iadherent";; esac
done | xargs -P 200 -n 1 curl -s -m 30 -o /dev/null -b "SESSION=ZmFrZS1zZXNzaW9u" -w '%{http_code} %{time_total}\n' >"$work/burst.txt"
echo "status counts:"; awk '{print $1}' "$work/burst.txt" | sort | uniq -c
awk 'BEGIN{max=0} {if ($2>max) max=$2} END{printf "max latency: %.3f s over %d requests\n", max, NR}' "$work/burst.txt"
body=$(curl -s "$BASE/connexion")
echo "page title: $(echo "$body" | grep -o '<title>[^<]*</title>')"
echo "static file /css/app.css: $(curl -s -o /dev/null -w '%{http_code} %{time_total}s' "$BASE/css/app.css")"
echo "register API /api/v1/register: $(curl -s -o /dev/null -w '%{http_code} %{time_total}s' "$BASE/api/v1/register")"

echo "==> Starting the drill cluster again"
pg_ctlcluster "$PG_VERSION" drill start
started=$(ms)
for _ in $(seq 1 600); do
  [ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && break
  sleep 0.1
done
echo "recovered (readiness UP) after: $(( $(ms) - started )) ms; / now $(curl -s -o /dev/null -w '%{http_code}' "$BASE/")"
