#!/usr/bin/env bash
# The benchmarks of BENCHMARKS.md, end to end, on the local PostgreSQL:
#   bench/run.sh [people] [open-cases]        (defaults: 1000000 100000)
# 1. packages the platform and the "hello" reference application;
# 2. creates the database integrance_bench (dropped first if BENCH_FRESH=1 or if it does not exist)
#    and fills it with the data generator (people, contracts, employers, guardians, open cases);
# 3. starts the platform on it (profiles embedded,postgres,datagen: demo accounts, the generator, keys
#    under bench/work/data),
#    signs the demo staff member in (password + TOTP) and runs wrk, 50 connections on 2 threads,
#    on: back-office search by name (+ birth date), the person page, the request queue page;
# 4. runs the same wrk command on the "hello" application: the ceiling of this machine.
# Needs: JDK 17+, PostgreSQL on 127.0.0.1:5432 (trust auth), wrk, curl, oathtool, psql.
set -euo pipefail
cd "$(dirname "$0")/.."
people="${1:-1000000}"
cases="${2:-100000}"
db="${BENCH_DB:-integrance_bench}"
duration="${BENCH_DURATION:-30s}"
connections="${BENCH_CONNECTIONS:-50}"
work="bench/work"
mkdir -p "$work"
psql_db() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
log() { printf '\n==> %s\n' "$*"; }

log "Packaging the platform and the hello application"
./mvnw -q -B -DskipTests package
./mvnw -q -B -f bench/hello/pom.xml -DskipTests package
jar="$(ls target/plateforme-*.jar | grep -v plain | head -n 1)"
hello_jar="bench/hello/target/hello-1.jar"

export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true"
export DATABASE_USER=postgres DATABASE_PASSWORD=""
app=(java -Xms1g -Xmx4g -jar "$(pwd)/$jar" --spring.profiles.active=embedded,postgres,datagen
     --app.data-dir="$(pwd)/$work/data" --spring.thymeleaf.cache=true --logging.level.root=WARN --logging.level.fr.integrance.datagen=INFO)

exists="$(psql_db -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")"
if [ "${BENCH_FRESH:-0}" = 1 ] || [ -z "$exists" ]; then
  log "Creating $db and generating $people people, $cases open cases"
  psql_db -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  psql_db -d postgres -c "CREATE DATABASE $db"
  rm -rf "$work/data"
  start=$(date +%s)
  "${app[@]}" --server.port=0 --app.datagen.people="$people" --app.datagen.open-cases="$cases" | tee "$work/generate.log" | grep -E "Generated .* in|ERROR" || true
  echo "generation took $(( $(date +%s) - start )) s"
  psql_db -d "$db" -c "VACUUM ANALYZE"
else
  log "Reusing $db (BENCH_FRESH=1 to regenerate)"
fi
psql_db -d "$db" -c "SELECT 'people: ' || count(*) FROM person UNION ALL
  SELECT 'open cases: ' || count(*) FROM request_case WHERE status IN ('SUBMITTED','IN_REVIEW','WAITING_FOR_SENDER')"

log "Starting the platform on $db"
"${app[@]}" --server.port=8080 > "$work/app.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true; kill ${hello_pid:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs http://127.0.0.1:8080/actuator/health/readiness >/dev/null 2>&1 && break
  sleep 1
done
cookie="$(bench/login.sh http://127.0.0.1:8080)"

log "Path lists (random samples of the generated data)"
psql_db -d "$db" -c "SELECT '/gestion/personnes?lastName=' || search_key || '&birthDate=' || to_char(birth_date, 'YYYY-MM-DD')
  FROM person TABLESAMPLE SYSTEM (1) LIMIT 2000" > "$work/search-name-birthdate.paths"
psql_db -d "$db" -c "SELECT DISTINCT '/gestion/personnes?lastName=' || search_key FROM person TABLESAMPLE SYSTEM (1) LIMIT 500" \
  > "$work/search-name.paths"
psql_db -d "$db" -c "SELECT '/gestion/personnes/' || id FROM person TABLESAMPLE SYSTEM (1) LIMIT 2000" > "$work/person.paths"
: > "$work/queue.paths"
for type in SUBSCRIPTION SOLICITATION; do
  for status in SUBMITTED IN_REVIEW WAITING_FOR_SENDER; do
    for page in 1 2 3 10 50; do echo "/gestion/demandes?type=$type&statut=$status&page=$page" >> "$work/queue.paths"; done
  done
done
echo "/gestion/demandes" >> "$work/queue.paths"

run() { # name paths-file base-url [cookie]
  printf '\n--- %s\n' "$1"
  BENCH_PATHS="$2" BENCH_COOKIE="${4:-}" wrk -t2 -c"$connections" -d10s --timeout 10s -s bench/paths.lua "$3" >/dev/null # warm-up
  BENCH_PATHS="$2" BENCH_COOKIE="${4:-}" wrk -t2 -c"$connections" -d"$duration" --timeout 10s -s bench/paths.lua "$3" \
    | tee "$work/$1.txt" | grep -E "^(requests|throughput|latency)"
}
log "wrk: $connections connections, 2 threads, $duration after a 10 s warm-up"
run search-name-birthdate "$work/search-name-birthdate.paths" http://127.0.0.1:8080 "$cookie"
run search-name "$work/search-name.paths" http://127.0.0.1:8080 "$cookie"
run person-page "$work/person.paths" http://127.0.0.1:8080 "$cookie"
run queue-page "$work/queue.paths" http://127.0.0.1:8080 "$cookie"
# The same pages at 5 connections: well below saturation, latency is close to the service time.
log "wrk: 5 connections, 2 threads, 20s (service time below saturation)"
connections=5
duration=20s
run low-search-name-birthdate "$work/search-name-birthdate.paths" http://127.0.0.1:8080 "$cookie"
run low-search-name "$work/search-name.paths" http://127.0.0.1:8080 "$cookie"
run low-person-page "$work/person.paths" http://127.0.0.1:8080 "$cookie"
run low-queue-page "$work/queue.paths" http://127.0.0.1:8080 "$cookie"
connections="${BENCH_CONNECTIONS:-50}"
duration="${BENCH_DURATION:-30s}"
kill $app_pid; wait $app_pid 2>/dev/null || true

log "The hello ceiling (same wrk command)"
java -Xms1g -Xmx4g -jar "$hello_jar" --server.port=8091 --logging.level.root=WARN > "$work/hello.log" 2>&1 &
hello_pid=$!
for _ in $(seq 1 60); do curl -fs http://127.0.0.1:8091/hello >/dev/null 2>&1 && break; sleep 1; done
echo /hello > "$work/hello.paths"
run hello "$work/hello.paths" http://127.0.0.1:8091
