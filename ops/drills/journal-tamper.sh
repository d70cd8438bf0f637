#!/usr/bin/env bash
# Drill: the seven tamperings of the audit journal (issue 11, item 1), done offline on the H2
# file of a throwaway data directory as an intruder with the file would (the append-only
# triggers dropped first, no access to the journal's MAC key), then the application started
# again: does its start-up verification find each one?
#   ops/drills/journal-tamper.sh            (after ./mvnw package -DskipTests; 127.0.0.1 only)
# Prints a table tampering -> detected yes/no with the reason the application logged.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-18081}"
SMTP_PORT="${SMTP_PORT:-13025}"
JAR=$(ls target/*.jar 2>/dev/null | grep -v plain | head -n 1)
[ -n "$JAR" ] || { echo "No jar in target/: run ./mvnw package -DskipTests first" >&2; exit 1; }
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)
WORK=$(mktemp -d /tmp/journal-tamper.XXXXXX)
BASE="$WORK/base"
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT

start() { # $1 data dir, $2 log file
  : >"$2" # the log exists before the verdict is awaited
  java -Xmx384m -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --app.data-dir="$1" --app.mail.embedded-smtp.port="$SMTP_PORT" --app.demo-data.enabled=false \
    --app.audit.checkpoints.initial-delay=PT1H >"$2" 2>&1 &
  APP_PID=$!
}
stop() {
  kill "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
  kill -9 "$APP_PID" 2>/dev/null || true
  APP_PID=""
}
await_verdict() { # $1 log file; prints "intact", the broken line, or "timeout"
  for _ in $(seq 1 600); do
    if grep -q "AUDIT JOURNAL BROKEN" "$1"; then grep -m1 -o "first bad entry .*" "$1"; return; fi
    if grep -q "Audit journal intact" "$1"; then echo intact; return; fi
    sleep 1
  done
  echo timeout
}
sql() { # $1 data dir, $2 statements (the intruder drops the triggers first)
  java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$1/integrance;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
    -user sa -password "" -sql "DROP TRIGGER IF EXISTS audit_entry_append_only; DROP TRIGGER IF EXISTS audit_chain_head_forward_only; $2" >/dev/null
}
query() { java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$1/integrance;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -password "" -sql "$2" | sed -n 2p | tr -d ' '; }

echo "==> Baseline: a fresh data directory, 12 failed sign-ins journalled, a signed checkpoint"
mkdir -p "$BASE"
started=$(date +%s)
start "$BASE" "$WORK/base.log"
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/connexion" && break; sleep 1; done
echo "    started in $(( $(date +%s) - started )) s"
for i in $(seq 1 12); do
  jar="$WORK/cookies"; rm -f "$jar"
  token=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/connexion" | grep -o 'name="_csrf" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//' || true)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" --data-urlencode "identifiant=drill$i@example.fr" \
    --data-urlencode "motDePasse=wrong-$i" "http://127.0.0.1:$PORT/connexion" || true
done
stop
# A second start verifies and signs a checkpoint at the head, then three more entries follow it.
start "$BASE" "$WORK/base2.log"
echo "    restart verdict: $(await_verdict "$WORK/base2.log")"
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/connexion" && break; sleep 1; done
for i in 13 14 15; do
  jar="$WORK/cookies"; rm -f "$jar"
  token=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/connexion" | grep -o 'name="_csrf" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//' || true)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" --data-urlencode "identifiant=drill$i@example.fr" \
    --data-urlencode "motDePasse=wrong-$i" "http://127.0.0.1:$PORT/connexion" || true
done
stop
N=$(query "$BASE" "SELECT MAX(sequence) FROM audit_entry")
CP=$(tail -n1 "$BASE/audit/journal-checkpoints.log" | cut -d' ' -f2)
echo "    journal: $N entries, last signed checkpoint at entry $CP"
M=$(( N / 2 ))
C=$(( CP - 2 ))

declare -a NAMES=(
  "one field changed"
  "a middle row deleted"
  "two rows swapped"
  "a row inserted past the head"
  "the tail truncated"
  "the tail truncated and the head rewound"
  "one row changed, all following rehashed (no key)"
)
declare -a SQLS=(
  "UPDATE audit_entry SET actor = 'ANONYMOUS' WHERE sequence = $M"
  "DELETE FROM audit_entry WHERE sequence = $M"
  "UPDATE audit_entry SET sequence = -1 WHERE sequence = $M; UPDATE audit_entry SET sequence = $M WHERE sequence = $((M + 1)); UPDATE audit_entry SET sequence = $((M + 1)) WHERE sequence = -1"
  "INSERT INTO audit_entry (sequence, recorded_at, actor, action, outcome, previous_hash, entry_hash, hash_version) SELECT sequence + 1, recorded_at, actor, action, outcome, entry_hash, entry_hash, hash_version FROM audit_entry WHERE sequence = $N"
  "DELETE FROM audit_entry WHERE sequence > $((N - 2))"
  "DELETE FROM audit_entry WHERE sequence > $C; UPDATE audit_chain_head SET last_sequence = $C, last_hash = (SELECT entry_hash FROM audit_entry WHERE sequence = $C)"
  "REHASH"
)
# Seventh: the intruder changes entry M and recomputes every following link the only way they can
# without the key, the old unkeyed SHA-256, and moves the head (SQL below, computed in H2 itself).
rehash_sql() {
  local s out="UPDATE audit_entry SET actor = 'ANONYMOUS' WHERE sequence = $M;"
  for s in $(seq "$M" "$N"); do
    out="$out UPDATE audit_entry SET hash_version = 1, entry_hash = LOWER(RAWTOHEX(HASH('SHA-256', CAST(CONCAT('forged', sequence, actor, previous_hash) AS VARBINARY)))) WHERE sequence = $s;"
    [ "$s" -lt "$N" ] && out="$out UPDATE audit_entry SET previous_hash = (SELECT entry_hash FROM audit_entry WHERE sequence = $s) WHERE sequence = $((s + 1));"
  done
  echo "$out UPDATE audit_chain_head SET last_hash = (SELECT entry_hash FROM audit_entry WHERE sequence = $N);"
}

printf '\n%-52s | %-8s | %s\n' "Tampering" "Detected" "What the application logged at start-up"
printf '%s\n' "-----------------------------------------------------+----------+------------------------------------------"
detected=0
for i in "${!NAMES[@]}"; do
  dir="$WORK/t$i"; cp -a "$BASE" "$dir"
  statements="${SQLS[$i]}"; [ "$statements" = "REHASH" ] && statements=$(rehash_sql)
  sql "$dir" "$statements"
  t0=$(date +%s)
  start "$dir" "$WORK/t$i.log"
  verdict=$(await_verdict "$WORK/t$i.log")
  stop
  yes=no; case "$verdict" in "first bad entry"*) yes=yes; detected=$((detected + 1));; esac
  printf '%-52s | %-8s | %s (%d s)\n' "${NAMES[$i]}" "$yes" "$verdict" "$(( $(date +%s) - t0 ))"
done
echo
echo "Detected: $detected of ${#NAMES[@]} (journal of $N entries, checkpoint at $CP; work dir $WORK)"
