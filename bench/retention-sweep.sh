#!/usr/bin/env bash
# The retention sweep benchmark of BENCHMARKS.md (issue 17), on the local PostgreSQL:
#   bench/retention-sweep.sh [people] [expired]          (defaults: 20000 20000)
# 1. packages the platform (unless BENCH_SKIP_PACKAGE=1);
# 2. creates its own database integrance_retention_bench (dropped first) and fills it with the
#    data generator: [people] people with their contracts, and [expired] prospects' cases;
# 3. makes every generated case a prospect's case rejected four years ago and gives each its
#    « prospect-3y » clock, run out yesterday, exactly as the retention module records it
#    (record PROSPECT, subject EMAIL + SHA-256 of the address, the case as via_record);
# 4. starts the platform with the sweep scheduled every 20 s, waits for the first sweep that
#    ended something to be DONE, and prints its subjects, duration and subjects per second;
#    with BENCH_LOAD=1, also runs wrk on the back-office person page during the sweep (p95 to
#    compare with a run of bench/run.sh without it).
# The full-scale target (200,000 expired records among 1,000,000 people) is the same script:
#   bench/retention-sweep.sh 1000000 200000
# Needs: JDK 17+, PostgreSQL on 127.0.0.1:5432 (trust auth), curl, psql (wrk for BENCH_LOAD=1).
set -euo pipefail
cd "$(dirname "$0")/.."
people="${1:-20000}"
expired="${2:-20000}"
db="${BENCH_DB:-integrance_retention_bench}"
work="bench/work-retention"
mkdir -p "$work"
psql_db() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
log() { printf '\n==> %s\n' "$*"; }

if [ "${BENCH_SKIP_PACKAGE:-0}" != 1 ]; then
  log "Packaging the platform"
  ./mvnw -q -B -DskipTests package
fi
jar="$(ls target/plateforme-*.jar | grep -v plain | head -n 1)"

export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true"
export DATABASE_USER=postgres DATABASE_PASSWORD=""
app=(java -Xms512m -Xmx2g -jar "$(pwd)/$jar" --spring.profiles.active=embedded,postgres,datagen
     --app.data-dir="$(pwd)/$work/data" --logging.level.root=WARN --logging.level.fr.integrance.datagen=INFO
     --logging.level.fr.integrance.retention=INFO)

log "Creating $db and generating $people people, $expired prospects' cases"
psql_db -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
psql_db -d postgres -c "CREATE DATABASE $db"
rm -rf "$work/data"
"${app[@]}" --server.port=0 --app.datagen.people="$people" --app.datagen.open-cases="$expired" \
  | tee "$work/generate.log" | grep -E "Generated .* in|ERROR" || true

log "Making them rejected four years ago, each with its prospect-3y clock run out yesterday"
psql_db -d "$db" <<SQL
UPDATE request_case SET status = 'REJECTED', decided_at = now() - interval '4 years';
INSERT INTO retention_clock (record_kind, record_id, rule_id, subject_kind, subject_id, trigger_name, cause,
    starts_on, ends_on, recorded_at, via_record)
SELECT 'PROSPECT', CAST(md5('EMAIL:' || encode(sha256(convert_to(lower(trim(submitter_email)), 'UTF8')), 'hex')) AS UUID),
    'prospect-3y', 'EMAIL', encode(sha256(convert_to(lower(trim(submitter_email)), 'UTF8')), 'hex'), 'last-contact',
    'CASE_CLOSED', current_date - 1 - interval '3 years', current_date - 1, now(), id
FROM request_case ON CONFLICT DO NOTHING;
VACUUM ANALYZE;
SQL
psql_db -d "$db" -c "SELECT 'people: ' || count(*) FROM person UNION ALL
  SELECT 'cases: ' || count(*) FROM request_case UNION ALL
  SELECT 'clocks run out: ' || count(*) FROM retention_clock WHERE ends_on < current_date"

log "Starting the platform on $db with the sweep every 20 s"
"${app[@]}" --server.port=8081 --app.retention.sweep-cron="*/20 * * * * *" > "$work/app.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs http://127.0.0.1:8081/actuator/health/readiness >/dev/null 2>&1 && break
  sleep 1
done

if [ "${BENCH_LOAD:-0}" = 1 ]; then
  cookie="$(bench/login.sh http://127.0.0.1:8081)"
  psql_db -d "$db" -c "SELECT '/gestion/personnes/' || id FROM person TABLESAMPLE SYSTEM (1) LIMIT 2000" > "$work/person.paths"
  BENCH_PATHS="$work/person.paths" BENCH_COOKIE="$cookie" wrk -t2 -c20 -d120s --timeout 10s -s bench/paths.lua \
    http://127.0.0.1:8081 > "$work/person-during-sweep.txt" &
fi

log "Waiting for the sweep"
while true; do
  row="$(psql_db -d "$db" -c "SELECT status, subjects, errors,
      round(extract(epoch FROM (coalesce(finished_at, now()) - started_at))::numeric, 1)
    FROM retention_sweep WHERE subjects > 0 ORDER BY started_at LIMIT 1")"
  case "$row" in DONE*) break ;; esac
  sleep 5
done
IFS='|' read -r status subjects errors seconds <<< "$row"
left="$(psql_db -d "$db" -c "SELECT count(*) FROM retention_clock WHERE ends_on < current_date")"
echo "sweep: $subjects subjects ended, $errors errors, $seconds s, $(echo "scale=1; $subjects / $seconds" | bc) subjects/s"
echo "clocks still run out after the sweep: $left"
psql_db -d "$db" -c "SELECT rule_id || ' ' || module || '/' || result || ': ' || records
  FROM retention_sweep_count ORDER BY rule_id, module, result"
if [ "${BENCH_LOAD:-0}" = 1 ]; then wait; grep -E "^(requests|throughput|latency)" "$work/person-during-sweep.txt" || true; fi
