#!/usr/bin/env bash
# Drill: kill -9 during 1,000 keyed /contact submissions. The application runs on 127.0.0.1:18083
# (embedded H2 in a throwaway data directory; with --pg, the postgres profile against a throwaway
# database drill_kill9 on 127.0.0.1:5432, dropped at the end). Eight clients post submissions
# (GET /contact for the session cookie and CSRF token, POST with a hidden submission-key=<uuid>,
# then the confirmation page for the reference); the application is killed with -9 once 300 are
# acknowledged, restarted, and every submission that got no answer is posted again with the SAME key.
# Prints: acknowledged before the kill, unanswered, acknowledged lost (must be 0), doubled (must be
# 0; needs the server to honour the submission key).
# Usage (repository root): ops/drills/kill9-submissions.sh [--pg]   (builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
PG=false; [ "${1:-}" = "--pg" ] && PG=true
PORT=18083; BASE="http://127.0.0.1:$PORT"; TOTAL=${TOTAL:-1000}; KILL_AFTER=${KILL_AFTER:-300}; CLIENTS=8
work=$(mktemp -d /tmp/kill9.XXXXXX); app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
  $PG && psql -h 127.0.0.1 -U postgres -q -d postgres -c "DROP DATABASE IF EXISTS drill_kill9 WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
jar=$(ls target/plateforme-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests -Djacoco.skip=true package; jar=$(ls target/plateforme-*.jar | head -n 1); fi

start_app() {
  local args=(--server.port="$PORT" --server.address=127.0.0.1 --app.data-dir="$work/data"
    --app.crypto.keyset-file="$work/data/keys/field-aead-keyset.json"
    --app.crypto.index-keyset-file="$work/data/keys/blind-index-keyset.json"
    --app.crypto.journal-mac-keyset-file="$work/data/keys/journal-mac-keyset.json"
    --app.crypto.journal-signature-keyset-file="$work/data/keys/journal-signature-keyset.json"
    --app.crypto.generate-if-missing=true
    --app.demo-data.enabled=false)
  if $PG; then
    DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/drill_kill9" DATABASE_USER=postgres DATABASE_PASSWORD="" \
      java -jar "$jar" --spring.profiles.active=postgres "${args[@]}" >>"$work/app.log" 2>&1 &
  else
    java -jar "$jar" "${args[@]}" >>"$work/app.log" 2>&1 &
  fi
  app_pid=$!
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && return 0
    kill -0 "$app_pid" 2>/dev/null || { grep -m 5 -A 3 "APPLICATION FAILED\|Caused by\|ERROR" "$work/app.log"; exit 1; }
    sleep 1
  done
  echo "application not ready"; exit 1
}

# One submission: prints "<key> <status> <reference>" (status 000: no answer).
submit() {
  local key=$1 n=$2 jar_file page token code ref
  jar_file=$(mktemp "$WORK/c.XXXXXX")
  page=$(curl -s -m 20 -c "$jar_file" -b "$jar_file" "$BASE/contact" || true)
  token=$(printf '%s' "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -c "$jar_file" -b "$jar_file" \
    --data-urlencode "_csrf=$token" --data-urlencode "submission-key=$key" \
    --data-urlencode "lastName=Exercice" --data-urlencode "firstName=Drill" \
    --data-urlencode "email=drill$n@example.org" --data-urlencode "subject=Exercice kill9 $n" \
    --data-urlencode "message=Message $n" --data-urlencode "consent=true" "$BASE/contact" || true)
  ref=""
  if [ "$code" = 302 ]; then
    ref=$(curl -s -m 20 -b "$jar_file" "$BASE/contact/confirmation" | grep -o '<p class="reference">[^<]*' | sed 's/.*>//' || true)
  fi
  rm -f "$jar_file"
  echo "$key ${code:-000} ${ref:--}"
}
export -f submit; export BASE; export WORK="$work"

if $PG; then
  psql -h 127.0.0.1 -U postgres -q -d postgres -c "DROP DATABASE IF EXISTS drill_kill9 WITH (FORCE)" -c "CREATE DATABASE drill_kill9"
fi
echo "==> Application ($($PG && echo postgres || echo embedded H2)) on $BASE"
start_app
began=$(date -u +%Y-%m-%dT%H:%M:%SZ)
for n in $(seq 1 $TOTAL); do echo "$(cat /proc/sys/kernel/random/uuid) $n"; done >"$work/keys.txt"

echo "==> $TOTAL submissions, $CLIENTS at a time; kill -9 after $KILL_AFTER acknowledged"
( xargs -P "$CLIENTS" -L 1 bash -c 'submit "$0" "$1"' <"$work/keys.txt" >"$work/first.txt" ) &
posting=$!
while kill -0 "$posting" 2>/dev/null; do
  if [ "$(grep -c ' 302 ' "$work/first.txt" || true)" -ge "$KILL_AFTER" ]; then kill -9 "$app_pid"; break; fi
  sleep 0.05
done
wait "$posting" || true
acked_before=$(grep -c ' 302 ' "$work/first.txt" || true)
unanswered=$(( TOTAL - acked_before ))
echo "acknowledged before/at the kill: $acked_before; without an answer: $unanswered"

echo "==> Restart; re-posting every unanswered submission with its key"
wait "$app_pid" 2>/dev/null || true
start_app
awk '$2 == 302 {print $1}' "$work/first.txt" | sort >"$work/acked-keys.txt"
grep -v -F -f "$work/acked-keys.txt" "$work/keys.txt" >"$work/retry.txt" || true
xargs -P "$CLIENTS" -L 1 bash -c 'submit "$0" "$1"' <"$work/retry.txt" >"$work/second.txt"
echo "re-posted: $(wc -l <"$work/retry.txt"), acknowledged now: $(grep -c ' 302 ' "$work/second.txt" || true)"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

query="SELECT reference FROM request_case WHERE submitted_at >= TIMESTAMP WITH TIME ZONE '$began'"
if $PG; then
  psql -h 127.0.0.1 -U postgres -d drill_kill9 -At -c "$query" >"$work/stored.txt"
else
  mkdir -p "$work/h2" && (cd "$work/h2" && unzip -q -o "$OLDPWD/$jar" 'BOOT-INF/lib/h2-*.jar')
  java -cp "$(ls "$work"/h2/BOOT-INF/lib/h2-*.jar)" org.h2.tools.Shell \
    -url "jdbc:h2:async:$work/data/integrance;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -password "" \
    -sql "$query" | grep -o '[A-Z]\{2,\}-[0-9A-Z-]*' >"$work/stored.txt" || true
fi
cat "$work/first.txt" "$work/second.txt" | awk '$2 == 302 && $3 != "-" {print $3}' | sort -u >"$work/acked-refs.txt"
sort -u "$work/stored.txt" >"$work/stored-sorted.txt"
stored=$(wc -l <"$work/stored-sorted.txt")
acked_keys=$(cat "$work/first.txt" "$work/second.txt" | awk '$2 == 302 {print $1}' | sort -u | wc -l)
lost=$(comm -23 "$work/acked-refs.txt" "$work/stored-sorted.txt" | wc -l)
echo "==> Figures"
echo "submissions (keys): $TOTAL; acknowledged keys in the end: $acked_keys; references shown: $(wc -l <"$work/acked-refs.txt")"
echo "stored cases: $stored"
echo "acknowledged lost: $lost"
echo "doubled (stored cases beyond one per key): $(( stored > TOTAL ? stored - TOTAL : 0 ))"
