#!/usr/bin/env bash
# Drill: soak of the embedded H2 database, for the « The database has been closed [90098] » failure
# seen after ~25 minutes of uptime. The application (embedded profile, throwaway data directory) runs
# on 127.0.0.1:18084 for SOAK_MINUTES (default 35, at most 120) while a client posts one /contact
# submission every second (each one queues a mail in the outbox, sent by the embedded SMTP) and
# reads a page. Prints every minute: submissions acknowledged, failures, "90098"/"closed" lines in the
# application log; exits 1 if the database was closed.
# Usage (repository root): ops/drills/h2-soak.sh   (SOAK_MINUTES=40 ops/drills/h2-soak.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=18084; BASE="http://127.0.0.1:$PORT"
MINUTES=${SOAK_MINUTES:-35}; [ "$MINUTES" -gt 120 ] && MINUTES=120
work=$(mktemp -d /tmp/h2-soak.XXXXXX); app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true; [ -n "${SOAK_KEEP_LOG:-}" ] && cp "$work/app.log" "$SOAK_KEEP_LOG" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
jar=$(ls target/plateforme-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests -Djacoco.skip=true package; jar=$(ls target/plateforme-*.jar | head -n 1); fi

java -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 --app.data-dir="$work/data" \
  --app.crypto.keyset-file="$work/data/keys/field-aead-keyset.json" \
  --app.crypto.index-keyset-file="$work/data/keys/blind-index-keyset.json" --app.crypto.generate-if-missing=true \
  --app.crypto.journal-mac-keyset-file="$work/data/keys/journal-mac-keyset.json" \
  --app.crypto.journal-signature-keyset-file="$work/data/keys/journal-signature-keyset.json" \
  ${SOAK_H2_SETTINGS:+--spring.datasource.url="jdbc:h2:async:$work/data/integrance;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=0$SOAK_H2_SETTINGS"} \
  ${SOAK_APP_ARGS:-} >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 400); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && break
  kill -0 "$app_pid" 2>/dev/null || { grep -m 5 -A 3 "APPLICATION FAILED\|Caused by" "$work/app.log"; exit 1; }
  sleep 1
done
echo "==> Soak for $MINUTES min on $BASE"
ok=0; failed=0; end=$(( $(date +%s) + MINUTES * 60 )); next_report=$(( $(date +%s) + 60 ))
n=0
while [ "$(date +%s)" -lt "$end" ]; do
  n=$((n + 1))
  cookies="$work/cookies"; rm -f "$cookies"
  token=$(curl -s -m 10 -c "$cookies" -b "$cookies" "$BASE/contact" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//' || true)
  code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$token" \
    --data-urlencode "submission-key=$(cat /proc/sys/kernel/random/uuid)" --data-urlencode "lastName=Endurance" \
    --data-urlencode "firstName=Test" --data-urlencode "email=soak$n@example.org" \
    --data-urlencode "subject=Endurance $n" --data-urlencode "message=Message $n" --data-urlencode "consent=true" \
    "$BASE/contact" || true)
  if [ "$code" = 302 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
  if [ "$(date +%s)" -ge "$next_report" ]; then
    echo "$(date -u +%H:%M) acknowledged $ok, failed $failed, database closed: $(grep -c '90098\|has been closed' "$work/app.log" || true)"
    next_report=$(( next_report + 60 ))
  fi
  sleep 1
done
closed=$(grep -c '90098\|has been closed' "$work/app.log" || true)
echo "==> Figures: $n submissions, $ok acknowledged, $failed failed, database-closed log lines: $closed"
[ "$closed" -eq 0 ]
