#!/usr/bin/env bash
# Drill: point-in-time restore after a bad batch (issue 18). As root, from the repository root:
#   ops/drills/restore.sh            (ROWS=1000 APP_ROWS=100 JOURNAL_EVENTS=20 by default)
# 1. A throwaway cluster <ver>/drill_restore on 127.0.0.1:5433 (the main cluster on 5432 is never
#    touched), WAL archived by pgBackRest to an encrypted repository (aes-256-cbc, random passphrase)
#    under a temporary directory; the application (postgres profile, throwaway keysets and data
#    directory) on 127.0.0.1:18086 migrates it.
# 2. A full backup (ops/backup/backup.sh, with its document snapshot), ROWS/2 keyed rows, a
#    differential backup, ROWS/2 more: ROWS keyed rows in a drill table (psql, one commit each, keys
#    chosen here), plus APP_ROWS keyed /contact submissions and JOURNAL_EVENTS failed sign-ins
#    through the application (so that the audit journal grows for real).
# 3. T: the server's clock, a restore point, a WAL switch; then as much again after T, and a bad
#    batch (DELETE FROM drill_row).
# 4. Restore to T (pgBackRest --type=time) into a NEW cluster <ver>/drill_restored on 5434; check
#    that exactly the rows acknowledged before T are there (count and keys, drill table and
#    submission keys), that the journal has the length it had at T, and start the application on
#    the restored cluster with the same keysets: its start-up verification must say the journal is
#    intact (log line and the audit_journal_broken gauge). The journal checkpoints written after T
#    (kept outside the database) are set aside first, as the restore procedure says; the drill
#    then shows that without that step the verification reports the journal REWOUND.
# Prints the RPO (rows acknowledged before T and missing after the restore: must be 0) and the
# restore time. Both clusters and the temporary directory are dropped at the end (KEEP_WORK=1
# keeps the directory, for the logs).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${ROWS:-1000}; APP_ROWS=${APP_ROWS:-100}; JOURNAL_EVENTS=${JOURNAL_EVENTS:-20}; CLIENTS=4
SRC=drill_restore; SRC_PORT=5433; DST=drill_restored; DST_PORT=5434; STANZA=drill
PORT=18086; BASE="http://127.0.0.1:$PORT"
[ "$(id -u)" = 0 ] || { echo "run as root (the clusters belong to postgres)" >&2; exit 1; }
VER=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
command -v pgbackrest >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q pgbackrest >/dev/null
for tool in jq zstd openssl curl java; do command -v $tool >/dev/null || { echo "missing: $tool" >&2; exit 1; }; done

work=$(mktemp -d /tmp/restore-drill.XXXXXX); chmod 0711 "$work"; app_pid=""
drop_clusters() {
  for cluster in $SRC $DST; do
    if pg_lsclusters -h | awk '{print $1 "/" $2}' | grep -qx "$VER/$cluster"; then
      pg_dropcluster --stop "$VER" "$cluster" || true
    fi
  done
}
stop_app() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
  fi
}
cleanup() {
  stop_app
  drop_clusters
  if [ "${KEEP_WORK:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
drop_clusters # leftovers of an interrupted run (these names belong to this drill)
for port in $SRC_PORT $DST_PORT $PORT; do
  if ss -ltn "( sport = :$port )" | grep -q LISTEN; then echo "port $port is in use" >&2; exit 1; fi
done

as_pg() { runuser -u postgres -- "$@"; }
src_sql() { as_pg psql -X -q -p $SRC_PORT -d "${DB:-drill}" -v ON_ERROR_STOP=1 -At "$@"; }
dst_sql() { as_pg psql -X -q -p $DST_PORT -d "${DB:-drill}" -v ON_ERROR_STOP=1 -At "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }

jar=$(ls target/plateforme-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -DskipTests -Djacoco.skip=true package
  jar=$(ls target/plateforme-*.jar | grep -v original | head -n 1)
fi

echo "==> pgBackRest repository (encrypted) under $work/repo; cluster $VER/$SRC on 127.0.0.1:$SRC_PORT"
install -d -m 0700 -o postgres -g postgres "$work/repo" "$work/pglog" "$work/lock" "$work/spool"
(umask 077; openssl rand -base64 48 | tr -d '\n' >"$work/cipher.pass")
conf="$work/pgbackrest.conf"
cat >"$conf" <<EOF
[global]
repo1-path=$work/repo
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=$(cat "$work/cipher.pass")
repo1-retention-full-type=count
repo1-retention-full=5
compress-type=zst
process-max=2
start-fast=y
log-path=$work/pglog
lock-path=$work/lock
spool-path=$work/spool
log-level-console=warn
log-level-file=info

[$STANZA]
pg1-path=/var/lib/postgresql/$VER/$SRC
pg1-port=$SRC_PORT
pg1-socket-path=/var/run/postgresql
EOF
chown postgres:postgres "$conf"; chmod 0600 "$conf"
pgbr() { as_pg pgbackrest --config="$conf" --stanza=$STANZA "$@"; }

pg_createcluster "$VER" $SRC -p $SRC_PORT >/dev/null
cat >"/etc/postgresql/$VER/$SRC/conf.d/drill.conf" <<EOF
listen_addresses = '127.0.0.1'
shared_buffers = 64MB
wal_level = replica
archive_mode = on
archive_command = 'pgbackrest --config=$conf --stanza=$STANZA archive-push %p'
archive_timeout = 60
EOF
pg_ctlcluster "$VER" $SRC start
db_password=$(openssl rand -hex 16)
DB=postgres src_sql -c "CREATE ROLE drill LOGIN PASSWORD '$db_password'" -c "CREATE DATABASE drill OWNER drill"
pgbr stanza-create
pgbr check

start_app() { # $1 port of the cluster, $2 data directory, $3 log
  DATABASE_URL="jdbc:postgresql://127.0.0.1:$1/drill" DATABASE_USER=drill DATABASE_PASSWORD="$db_password" \
    java -jar "$jar" --spring.profiles.active=postgres --server.port=$PORT --server.address=127.0.0.1 \
    --app.data-dir="$2" \
    --app.crypto.keyset-file="$work/keys/field-aead-keyset.json" \
    --app.crypto.index-keyset-file="$work/keys/blind-index-keyset.json" \
    --app.crypto.journal-mac-keyset-file="$work/keys/journal-mac-keyset.json" \
    --app.crypto.journal-signature-keyset-file="$work/keys/journal-signature-keyset.json" \
    --app.crypto.generate-if-missing=true --app.demo-data.enabled=false \
    --app.audit.checkpoints.interval=PT5S --app.audit.checkpoints.initial-delay=PT5S \
    --app.metrics.scrape-password="$db_password" >>"$3" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && return 0
    kill -0 "$app_pid" 2>/dev/null || { grep -m 5 -A 3 "APPLICATION FAILED\|Caused by\|ERROR" "$3" >&2; exit 1; }
    sleep 1
  done
  echo "application not ready, see $3" >&2; exit 1
}

# One keyed /contact submission: prints "<key> <status>".
submit() {
  local key=$1 n=$2 cookies page token code
  cookies=$(mktemp "$WORK/c.XXXXXX")
  page=$(curl -s -m 30 -c "$cookies" -b "$cookies" "$BASE/contact" || true)
  token=$(printf '%s' "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  code=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -c "$cookies" -b "$cookies" \
    --data-urlencode "_csrf=$token" --data-urlencode "submission-key=$key" \
    --data-urlencode "lastName=Exercice" --data-urlencode "firstName=Restauration" \
    --data-urlencode "email=restore$n@example.org" --data-urlencode "subject=Exercice restauration $n" \
    --data-urlencode "message=Message $n" --data-urlencode "consent=true" "$BASE/contact" || true)
  rm -f "$cookies"
  echo "$key ${code:-000}"
}
# One failed sign-in (an unknown login): the identity module journals it (login.failure).
failed_sign_in() {
  local n=$1 cookies page token
  cookies=$(mktemp "$WORK/c.XXXXXX")
  page=$(curl -s -m 30 -c "$cookies" -b "$cookies" "$BASE/connexion" || true)
  token=$(printf '%s' "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -m 60 -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$token" \
    --data-urlencode "identifiant=inconnu-restore-$n@example.org" --data-urlencode "motDePasse=Pas-Le-Bon-$n" \
    "$BASE/connexion" || true
  rm -f "$cookies"
}
export -f submit failed_sign_in; export BASE; export WORK="$work"

# Writes $2 keyed rows of phase $1 to the drill table, one commit each; the keys go to keys-$1.txt
# once psql has returned (every row acknowledged).
write_rows() {
  local phase=$1 count=$2 n
  for n in $(seq 1 "$count"); do echo "$(cat /proc/sys/kernel/random/uuid)"; done >"$work/keys-$phase.tmp"
  awk -v p="$phase" '{printf "INSERT INTO drill_row (key, n, phase) VALUES (%c%s%c, %d, %c%s%c);\n", 39, $1, 39, NR, 39, p, 39}' \
    "$work/keys-$phase.tmp" | src_sql -f - >/dev/null
  mv "$work/keys-$phase.tmp" "$work/keys-$phase.txt"
}
# $1 phase: APP_ROWS keyed submissions and JOURNAL_EVENTS failed sign-ins through the application.
app_phase() {
  local phase=$1 n
  for n in $(seq 1 "$APP_ROWS"); do echo "$(cat /proc/sys/kernel/random/uuid) $phase$n"; done >"$work/app-$phase.keys"
  xargs -P $CLIENTS -L 1 bash -c 'submit "$0" "$1"' <"$work/app-$phase.keys" >"$work/app-$phase.txt"
  seq 1 "$JOURNAL_EVENTS" | sed "s/^/$phase/" | xargs -P $CLIENTS -L 1 bash -c 'failed_sign_in "$0"'
  awk '$2 == 302 {print $1}' "$work/app-$phase.txt" | sort >"$work/app-acked-$phase.txt"
  echo "phase $phase: $(wc -l <"$work/app-acked-$phase.txt")/$APP_ROWS submissions acknowledged, $JOURNAL_EVENTS failed sign-ins"
}

echo "==> Application on $BASE (postgres profile), migrating the drill database"
mkdir -p "$work/keys" "$work/data/documents/drill"
start_app $SRC_PORT "$work/data" "$work/app.log"
src_sql -c "CREATE TABLE drill_row (key UUID PRIMARY KEY, n INTEGER NOT NULL, phase VARCHAR(8) NOT NULL,
  written_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp())"
backup_env=(PGBACKREST_CONFIG="$conf" STANZA=$STANZA APP_DATA_DIR="$work/data" SNAPSHOT_DIR="$work/snapshots"
  CIPHER_PASS_FILE="$work/cipher.pass")
echo "stand-in blob written before the full backup" >"$work/data/documents/drill/blob-0"

echo "==> Full backup"
started=$(now); env "${backup_env[@]}" ops/backup/backup.sh full; full_s=$(elapsed "$started" "$(now)")
echo "==> Before T: $((ROWS / 2)) keyed rows, a differential backup, $((ROWS - ROWS / 2)) more, the application's share"
write_rows A1 $((ROWS / 2))
echo "stand-in blob written before the differential backup" >"$work/data/documents/drill/blob-1"
started=$(now); env "${backup_env[@]}" ops/backup/backup.sh diff; diff_s=$(elapsed "$started" "$(now)")
write_rows A2 $((ROWS - ROWS / 2))
app_phase A
sleep 6 # let a journal checkpoint cover the entries before T

journal_at_t=$(src_sql -c "SELECT count(*) || ' ' || coalesce(max(sequence), 0) FROM audit_entry")
# T to the millisecond (pgBackRest's --target format), in UTC: "YYYY-MM-DD HH:MM:SS.mmm+00".
T=$(src_sql -c "SELECT to_char(date_trunc('milliseconds', clock_timestamp()) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS+00')")
src_sql -c "SELECT pg_create_restore_point('drill_T')" >/dev/null
t_wal=$(src_sql -c "SELECT pg_walfile_name(pg_current_wal_lsn())")
src_sql -c "SELECT pg_switch_wal()" >/dev/null
src_sql -c "SELECT key FROM drill_row ORDER BY key" >"$work/source-at-T.txt"
cat "$work/keys-A1.txt" "$work/keys-A2.txt" | sort >"$work/expected.txt"
sort -u "$work/app-acked-A.txt" >"$work/app-expected.txt"
archived_after=""
t_archived=$(now)
for _ in $(seq 1 120); do
  last=$(src_sql -c "SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver")
  if [ -n "$last" ] && [[ ! "$last" < "$t_wal" ]]; then archived_after=$(elapsed "$t_archived" "$(now)"); break; fi
  sleep 0.5
done
[ -n "$archived_after" ] || { echo "the WAL segment holding T ($t_wal) was not archived within 60 s" >&2; exit 1; }
echo "T = $T (WAL $t_wal, switched at T, archived ${archived_after} s later); journal at T: $journal_at_t (entries, last sequence)"

echo "==> After T: $ROWS more keyed rows, the application's share, then a bad batch"
sleep 1
write_rows B $ROWS
echo "stand-in blob written after T" >"$work/data/documents/drill/blob-2"
app_phase B
sleep 6 # a journal checkpoint after T, outside the database
deleted=$(src_sql -c "WITH gone AS (DELETE FROM drill_row RETURNING 1) SELECT count(*) FROM gone")
echo "bad batch: DELETE FROM drill_row removed $deleted rows"
src_sql -c "SELECT pg_switch_wal()" >/dev/null
stop_app

echo "==> Restore to T into a new cluster $VER/$DST on 127.0.0.1:$DST_PORT"
restore_started=$(now)
pg_createcluster "$VER" $DST -p $DST_PORT >/dev/null
cat >"/etc/postgresql/$VER/$DST/conf.d/drill.conf" <<EOF
listen_addresses = '127.0.0.1'
shared_buffers = 64MB
archive_mode = off
EOF
dst_data=/var/lib/postgresql/$VER/$DST
find "$dst_data" -mindepth 1 -delete
pgbr --pg1-path="$dst_data" --type=time "--target=$T" --target-action=promote restore
pg_ctlcluster "$VER" $DST start
promoted=""
for _ in $(seq 1 600); do
  if [ "$(DB=postgres dst_sql -c "SELECT pg_is_in_recovery()" 2>/dev/null || true)" = f ]; then promoted=yes; break; fi
  sleep 0.5
done
[ -n "$promoted" ] || { echo "the restored cluster did not leave recovery within 300 s" >&2; exit 1; }
restore_s=$(elapsed "$restore_started" "$(now)")
grep -h "recovery stopping\|last completed transaction" "/var/log/postgresql/postgresql-$VER-$DST.log" | sed 's/^/  postgres: /' || true

echo "==> Checks on the restored cluster"
dst_sql -c "SELECT key FROM drill_row ORDER BY key" >"$work/restored.txt"
missing=$(comm -23 "$work/expected.txt" "$work/restored.txt" | wc -l)
extra=$(comm -13 "$work/expected.txt" "$work/restored.txt" | wc -l)
after_t=$(grep -c -F -f "$work/keys-B.txt" "$work/restored.txt" || true)
dst_sql -c "SELECT submission_key FROM submission_key WHERE path = '/contact' AND state = 'DONE' ORDER BY 1" \
  | sort >"$work/app-restored.txt"
app_missing=$(comm -23 "$work/app-expected.txt" "$work/app-restored.txt" | wc -l)
app_after_t=$(grep -c -F -f "$work/app-acked-B.txt" "$work/app-restored.txt" || true)
journal_restored=$(dst_sql -c "SELECT count(*) || ' ' || coalesce(max(sequence), 0) FROM audit_entry")

# The journal checkpoints live outside the database (app.data-dir/audit): the restore procedure keeps
# the lines written up to T and sets the later ones aside (they vouch for entries the restore removed).
t_ns=$(date -d "${T%+00}Z" +%s%N)
mkdir -p "$work/restored-data/audit"
kept=0; set_aside=0
while read -r line; do
  at=$(awk '{print $4}' <<<"$line")
  if [ "$(date -d "$at" +%s%N)" -le "$t_ns" ]; then echo "$line"; kept=$((kept + 1)); else set_aside=$((set_aside + 1)); fi
done <"$work/data/audit/journal-checkpoints.log" >"$work/restored-data/audit/journal-checkpoints.log"
echo "journal checkpoints: $kept written up to T kept, $set_aside written after T set aside"

# The document store at T: the snapshot of the last backup before T (blobs are never rewritten;
# the restored rows name only contents that existed at T).
label=$(ls -t "$work/snapshots"/*.info | head -n 1 | xargs basename -s .info)
openssl enc -d -aes-256-cbc -pbkdf2 -iter 200000 -pass "file:$work/cipher.pass" -in "$work/snapshots/$label.tar.zst.enc" \
  | zstd -dq | tar -C "$work/restored-data" -xf -
blobs=$(ls "$work/restored-data/documents/drill" | tr '\n' ' ')

verify_journal() { # $1 log file; prints the start-up verification's result
  start_app $DST_PORT "$work/restored-data" "$1"
  local result=""
  for _ in $(seq 1 240); do
    result=$(grep -o "Audit journal intact: [0-9]* entries\|AUDIT JOURNAL BROKEN.*" "$1" | head -n 1 || true)
    [ -n "$result" ] && break
    sleep 0.5
  done
  local gauge
  gauge=$(curl -s -u "prometheus:$db_password" "$BASE/actuator/prometheus" | grep '^audit_journal_broken' || true)
  stop_app
  echo "${result:-no verification result within 120 s}; ${gauge:-no gauge}"
}
echo "==> Application on the restored cluster (same keysets): start-up verification of the journal"
verified=$(verify_journal "$work/app-restored.log")
echo "  $verified"
cp "$work/data/audit/journal-checkpoints.log" "$work/restored-data/audit/journal-checkpoints.log"
rewound=$(verify_journal "$work/app-restored-unfiltered.log")
echo "  without setting aside the checkpoints after T: $rewound"

echo "==> Figures"
echo "PostgreSQL $VER, pgBackRest $(pgbackrest version | awk '{print $2}'), repository aes-256-cbc"
echo "full backup: ${full_s} s; differential: ${diff_s} s; repository: $(du -sh "$work/repo" | cut -f1)"
repo_files=$(find "$work/repo/archive" "$work/repo/backup" -type f -not -name '*.info' -not -name '*.info.copy' | wc -l)
salted=$(find "$work/repo/archive" "$work/repo/backup" -type f -not -name '*.info' -not -name '*.info.copy' \
  -exec head -c 8 {} \; -exec echo \; | grep -c '^Salted__' || true)
echo "repository files (WAL, backup files, manifests) starting with the cipher header Salted__: $salted of $repo_files"
echo "T = $T; the WAL segment holding T archived ${archived_after} s after the switch at T"
echo "drill rows acknowledged before T: $(wc -l <"$work/expected.txt") (at T on the source: $(wc -l <"$work/source-at-T.txt")); after T: $(wc -l <"$work/keys-B.txt"); bad batch deleted: $deleted"
echo "restored drill rows: $(wc -l <"$work/restored.txt"); missing (RPO, rows): $missing; not expected: $extra (of which written after T: $after_t)"
echo "application submissions acknowledged before T: $(wc -l <"$work/app-expected.txt"); restored: $(wc -l <"$work/app-restored.txt"); missing: $app_missing; after T present: $app_after_t"
echo "audit journal at T: $journal_at_t; restored: $journal_restored (entries, last sequence)"
echo "journal verification on the restored cluster: $verified"
echo "  (with the checkpoints after T left in place: $rewound)"
echo "document snapshot restored: $label ($blobs)"
echo "restore time (new cluster, pgBackRest restore, WAL replay to T, promotion): ${restore_s} s"
status=0
[ "$missing" = 0 ] && [ "$extra" = 0 ] && [ "$app_missing" = 0 ] && [ "$app_after_t" = 0 ] || status=1
[ "$journal_at_t" = "$journal_restored" ] || status=1
[ "$salted" = "$repo_files" ] || status=1
case "$verified" in "Audit journal intact"*) ;; *) status=1 ;; esac
[ "$status" = 0 ] && echo "RESULT: PASS (RPO 0 rows for the rows before T)" || echo "RESULT: FAIL"
exit $status
