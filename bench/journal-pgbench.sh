#!/usr/bin/env bash
# What one journal group costs PostgreSQL, and which part of it: the writer's command
# (JournalStore.appendAfter: the head locked by audit_chain_head_lock_at, the entries inserted, the
# head moved) replayed by pgbench on a throwaway copy of the journal's tables, one client like the
# group writer, with parts taken away in turn. Prints, per variant and round, the groups committed a
# second and the CPU of every PostgreSQL process per group (user + system, from /proc/<pid>/stat, over
# a window inside the run, groups counted by pg_stat_database.xact_commit). Every process of the user
# postgres counts, so run it on a quiet server; the commit count lags by up to a second, a few per cent.
#   bench/journal-pgbench.sh [rounds] [seconds]       (defaults 3 and 8)
# Needs the bench database (bench/run.sh, BENCH_DB, default integrance_bench) for the schema; builds
# the database journal_pgbench (dropped and made again) with 1,000,000 entries. Runs on the machine's
# PostgreSQL (127.0.0.1:5432, user postgres); pgbench comes with it.
set -euo pipefail
rounds="${1:-3}"; secs="${2:-8}"
src="${BENCH_DB:-integrance_bench}"; db=journal_pgbench
P=(psql -U postgres -h 127.0.0.1 -qAt)
work=$(mktemp -d); trap 'rm -rf "$work"; "${P[@]}" -c "DROP DATABASE IF EXISTS $db" 2>/dev/null' EXIT
"${P[@]}" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
pg_dump -U postgres -h 127.0.0.1 -s "$src" | "${P[@]}" -d "$db" >/dev/null 2>&1
"${P[@]}" -d "$db" <<'SQL'
SET session_replication_role = replica;
INSERT INTO audit_entry
SELECT g, now() - interval '1 second' * (1000000 - g), 'ACCOUNT:' || gen_random_uuid(), 'person.read',
       'PERSON:' || u, 'person:' || u, NULL, 'SUCCESS', md5(g::text) || md5(g::text), 'h' || g, 2
FROM generate_series(1, 1000000) g, LATERAL (SELECT gen_random_uuid() u OFFSET 0) x;
INSERT INTO audit_chain_head VALUES (1, 1000000, 'h1000000');
SET session_replication_role = origin;
VACUUM ANALYZE audit_entry;
VACUUM ANALYZE audit_chain_head;
SQL
# The group of $1 entries, as the writer sends it; LOCK is how the head is locked.
group() { # entries lock
  cat <<SQL
BEGIN;
SELECT last_sequence AS e, last_sequence + 1 AS s, last_sequence + $1 AS t FROM audit_chain_head WHERE id = 1 \gset
$2;
INSERT INTO audit_entry (sequence, recorded_at, actor, action, subject_ref, object_ref, purpose, outcome, previous_hash, entry_hash, hash_version) SELECT g, now(), 'ACCOUNT:2d9233e7-ec88-4934-a248-2071e2e7db57', 'person.read', 'PERSON:236d8ccf-5388-4c7c-8e53-' || lpad(g::text, 12, '0'), 'person:236d8ccf-5388-4c7c-8e53-' || lpad(g::text, 12, '0'), NULL, 'SUCCESS', 'AQxAOBpvwQdBki4YW_6jBGWX6ssgs2RkHZE9YxxxwCcgIaebWw', 'h' || g, 2 FROM generate_series(:s::bigint, :t::bigint) g;
UPDATE audit_chain_head SET last_sequence = :t::bigint, last_hash = 'h' || :t::bigint WHERE id = 1;
COMMIT;
SQL
}
group 1 "SELECT audit_chain_head_lock_at(:e)" > "$work/full.sql"
group 4 "SELECT audit_chain_head_lock_at(:e)" > "$work/full4.sql"
group 1 "SELECT 1 FROM audit_chain_head WHERE id = 1 AND last_sequence = :e FOR UPDATE" > "$work/plainlock.sql"
printf 'BEGIN;\nSELECT last_sequence AS e FROM audit_chain_head WHERE id = 1 \\gset\nSELECT 1 FROM audit_chain_head WHERE id = 1 AND last_sequence = :e FOR UPDATE;\nCOMMIT;\n' > "$work/lockonly.sql"
printf 'BEGIN;\nSELECT last_sequence AS e FROM audit_chain_head WHERE id = 1 \\gset\nCOMMIT;\n' > "$work/readonly.sql"
ticks() { local sum=0 p a b; for p in $(pgrep -u postgres); do read -r a b < <(awk '{print $14, $15}' "/proc/$p/stat" 2>/dev/null) && sum=$((sum + a + b)); done; echo "$sum"; }
commits() { "${P[@]}" -c "SELECT xact_commit FROM pg_stat_database WHERE datname = '$db'"; }
run() { # name script [setup sql] [teardown sql]
  [ -n "${3:-}" ] && "${P[@]}" -d "$db" -c "$3"
  pgbench -U postgres -h 127.0.0.1 -n -M prepared -c 1 -T $((secs + 2)) -f "$work/$2" "$db" > "$work/out" 2>&1 &
  local bg=$!
  sleep 1; local c0 x0 c1 x1; c0=$(ticks); x0=$(commits); sleep "$secs"; c1=$(ticks); x1=$(commits)
  wait "$bg" || { cat "$work/out"; exit 1; }
  [ -n "${4:-}" ] && "${P[@]}" -d "$db" -c "$4"
  awk -v n="$1" -v r="$r" -v c=$((c1 - c0)) -v x=$((x1 - x0)) -v s="$secs" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "round %s %-32s %6.0f groups/s  PostgreSQL CPU %.3f ms/group\n", r, n, x / s, c * 1000 / hz / x }'
}
for r in $(seq 1 "$rounds"); do
  name="the writer's group of 1"; run "$name" full.sql
  name="the same, group of 4"; run "$name" full4.sql
  name="lock without plpgsql"; run "$name" plainlock.sql
  name="head's guard trigger off"; run "$name" full.sql \
    "ALTER TABLE audit_chain_head DISABLE TRIGGER audit_chain_head_forward_only" \
    "ALTER TABLE audit_chain_head ENABLE TRIGGER audit_chain_head_forward_only"
  name="4 secondary indexes dropped"; run "$name" full.sql \
    "BEGIN; DROP INDEX ix_audit_entry_actor_sequence, ix_audit_entry_action_sequence, ix_audit_entry_subject_sequence, ix_audit_entry_recorded_at; COMMIT" \
    "CREATE INDEX ix_audit_entry_actor_sequence ON audit_entry (actor, sequence); CREATE INDEX ix_audit_entry_action_sequence ON audit_entry (action, sequence); CREATE INDEX ix_audit_entry_subject_sequence ON audit_entry (subject_ref, sequence); CREATE INDEX ix_audit_entry_recorded_at ON audit_entry (recorded_at)"
  name="lock and commit only"; run "$name" lockonly.sql
  name="read-only transaction"; run "$name" readonly.sql
  name="group of 1, no flush wait"; run "$name" full.sql "ALTER DATABASE $db SET synchronous_commit = off" "ALTER DATABASE $db RESET synchronous_commit"
done
