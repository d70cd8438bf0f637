#!/usr/bin/env bash
# The benchmarks of BENCHMARKS.md, end to end, on the local PostgreSQL:
#   bench/run.sh [people] [open-cases]           (defaults: 1000000 100000; about 20 min once
#                                                 the database exists)
#   bench/run.sh --quick [people] [open-cases]   (defaults: 50000 5000, database integrance_quick;
#                                                 a few minutes once the database exists)
# 1. packages the platform, the open-model load generator (bench/openload), the "hello" reference
#    application (full run only) and, when its jar is absent, the peer spring-petclinic (copied from
#    ../shared/peers to bench/work/peer);
# 2. creates the platform's database (dropped first if BENCH_FRESH=1 or if it does not exist) and
#    fills it with the data generator (people, contracts, employers, guardians, open cases); creates
#    and fills petclinic's database (1,000,000 owners) unless it already holds them;
# 3. starts the platform on it (profiles embedded,postgres,datagen: demo accounts, the generator,
#    keys under bench/work/data for integrance_bench, bench/work/data-<db> for another database),
#    signs BENCH_SESSIONS (50) distinct staff accounts in (bench/staff-sessions.sh: invitation and
#    TOTP enrolment through the application the first time), and starts the peer, petclinic, beside
#    it (its owner page, /owners/{id}); each loaded until its JIT has settled (bench/jit.sh);
# 4. runs wrk, 2 threads, each request of ours with the next session cookie, in BENCH_ROUNDS
#    interleaved rounds: in each, every page at 50 then at 5 connections (back-office search by
#    name + birth date, by name, the person page then the peer's owner page, the request queue
#    page); then the open model (bench/openload: constant arrival rates 25, 100, 250 req/s and the
#    highest rate keeping p95 <= 150 ms) on the same pages and the peer's;
# 5. full run: the same wrk command on the "hello" application, the ceiling of this machine;
# 6. prints one table (bench/table.sh): each page's req/s and p95 at 50 and at 5 connections (medians
#    over the rounds), its ratio of 50 to 5 connections and to the peer's owner page (medians of the
#    same round's ratios), its open-model capacity; then each round's req/s.
# Environment (defaults): BENCH_PORT (8080), BENCH_PEER_PORT (9090), BENCH_HELLO_PORT (8091),
# BENCH_DB (integrance_bench; --quick: integrance_quick), BENCH_PEER_DB (petclinic),
# BENCH_SESSIONS (50; 1 = the demo staff member alone, as before), BENCH_ROUNDS (3; --quick 1),
# BENCH_DURATION (10s, at 50 connections, per round; --quick 5s), BENCH_LOW_DURATION (10s, at 5;
# --quick 5s), BENCH_WARMUP (3s before each measurement), BENCH_JIT_ROUND (15s per
# page and cycle of the JIT warm-up, bench/jit.sh; --quick 5s), BENCH_JIT_QUIET (2, per cent of a
# core the compilers may still use), BENCH_JIT_MAX (480 s; --quick 60), BENCH_OPEN (1; 0 skips the
# open model), BENCH_OPEN_RATES (25,100,250), BENCH_OPEN_DURATION (10; --quick 2, seconds per
# rate), BENCH_HELLO (1; --quick 0), BENCH_FRESH (0), BENCH_PEER_FRESH (0), BENCH_PEERS (../shared/peers),
# BENCH_PEER_JAR (bench/work/peer/target/spring-petclinic-*.jar), BENCH_SKIP_BUILD (0).
# Needs: JDK 17+, PostgreSQL on 127.0.0.1:5432 (trust auth), wrk, curl, oathtool, psql.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
if [ "${1:-}" = --quick ]; then
  quick=1
  shift
fi
if [ "$quick" = 1 ]; then
  people="${1:-50000}"; cases="${2:-5000}"; db="${BENCH_DB:-integrance_quick}"
  duration="${BENCH_DURATION:-5s}"; low_duration="${BENCH_LOW_DURATION:-5s}"; warmup="${BENCH_WARMUP:-3s}"; rounds="${BENCH_ROUNDS:-1}"
  export BENCH_JIT_ROUND="${BENCH_JIT_ROUND:-5s}" BENCH_JIT_MAX="${BENCH_JIT_MAX:-60}"; open_duration="${BENCH_OPEN_DURATION:-2}"; open_warmup=1; hello="${BENCH_HELLO:-0}"; sample=20
else
  people="${1:-1000000}"; cases="${2:-100000}"; db="${BENCH_DB:-integrance_bench}"
  duration="${BENCH_DURATION:-10s}"; low_duration="${BENCH_LOW_DURATION:-10s}"; warmup="${BENCH_WARMUP:-3s}"; rounds="${BENCH_ROUNDS:-3}"
  open_duration="${BENCH_OPEN_DURATION:-10}"; open_warmup=5; hello="${BENCH_HELLO:-1}"; sample=1
fi
port="${BENCH_PORT:-8080}"
peer_port="${BENCH_PEER_PORT:-9090}"
hello_port="${BENCH_HELLO_PORT:-8091}"
peer_db="${BENCH_PEER_DB:-petclinic}"
sessions="${BENCH_SESSIONS:-50}"
open="${BENCH_OPEN:-1}"
open_rates="${BENCH_OPEN_RATES:-25,100,250}"
work="bench/work"
if [ "$db" = integrance_bench ]; then data="$work/data"; else data="$work/data-$db"; fi
out="$work/results-$db"
mkdir -p "$work" "$out"
export BENCH_THREADS=2
psql_db() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
log() { printf '\n==> %s\n' "$*"; }
wait_for() { # url seconds
  for _ in $(seq 1 "$2"); do
    curl -fs -o /dev/null "$1" 2>/dev/null && return 0
    sleep 1
  done
  echo "no answer from $1 after $2 s" >&2
  return 1
}
app_pid=""
peer_pid=""
hello_pid=""
stop() { # pid
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
trap 'stop "$app_pid"; stop "$peer_pid"; stop "$hello_pid"' EXIT

# The peer's sources: ../shared/peers beside the repository, or beside the main worktree.
peers="${BENCH_PEERS:-}"
if [ -z "$peers" ]; then
  for candidate in ../shared/peers "$(git rev-parse --git-common-dir 2>/dev/null || echo .)/../../shared/peers"; do
    if [ -d "$candidate/spring-petclinic" ]; then peers="$candidate"; break; fi
  done
fi
first_file() { for f in "$@"; do if [ -f "$f" ]; then echo "$f"; return; fi; done; }
peer_jar="${BENCH_PEER_JAR:-$(first_file "$work"/peer/target/spring-petclinic-*.jar)}"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  log "Packaging the platform, the load generator$([ "$hello" = 1 ] && echo ", the hello application")"
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B -f bench/openload/pom.xml -DskipTests package
  if [ "$hello" = 1 ]; then ./mvnw -q -B -f bench/hello/pom.xml -DskipTests package; fi
fi
# BENCH_SKIP_BUILD=1 skips the platform's packaging; the small tools are still built when absent (a fresh
# machine), so that the open model and the ceiling do not break off the run halfway.
if [ "${BENCH_OPEN:-1}" = 1 ] && [ ! -f bench/openload/target/openload-1.jar ]; then
  ./mvnw -q -B -f bench/openload/pom.xml -DskipTests package
fi
if [ "$hello" = 1 ] && [ ! -f bench/hello/target/hello-1.jar ]; then
  ./mvnw -q -B -f bench/hello/pom.xml -DskipTests package
fi
if [ -z "$peer_jar" ] || [ ! -f "$peer_jar" ]; then
  [ -n "$peers" ] || { echo "no ../shared/peers/spring-petclinic: set BENCH_PEERS" >&2; exit 1; }
  log "Building the peer spring-petclinic (from $peers, into $work/peer)"
  rm -rf "$work/peer"
  cp -r "$peers/spring-petclinic" "$work/peer"
  (cd "$work/peer" && ./mvnw -q -B -DskipTests -Dcheckstyle.skip package)
  peer_jar="$(first_file "$work"/peer/target/spring-petclinic-*.jar)"
fi
jar="$(first_file target/plateforme-*[0-9T].jar)"
hello_jar="bench/hello/target/hello-1.jar"
openload_jar="bench/openload/target/openload-1.jar"

export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true"
export DATABASE_USER=postgres DATABASE_PASSWORD=""
# The embedded SMTP server on a free port (several platforms may run on this machine).
# shellcheck disable=SC2054 # the commas separate Spring profiles
app=(java -Xms1g -Xmx4g -jar "$(pwd)/$jar" --spring.profiles.active=embedded,postgres,datagen
     --app.data-dir="$(pwd)/$data" --spring.thymeleaf.cache=true --logging.level.root=WARN
     --logging.level.fr.integrance.datagen=INFO --app.mail.embedded-smtp.port=0)

exists="$(psql_db -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")"
if [ "${BENCH_FRESH:-0}" = 1 ] || [ -z "$exists" ]; then
  log "Creating $db and generating $people people, $cases open cases"
  psql_db -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  psql_db -d postgres -c "CREATE DATABASE $db"
  rm -rf "$data" "$out/staff-accounts.txt" "$out/staff.cookies"
  start=$(date +%s)
  "${app[@]}" --server.port=0 --app.datagen.people="$people" --app.datagen.open-cases="$cases" | tee "$out/generate.log" | grep -E "Generated .* in|ERROR" || true
  echo "generation took $(( $(date +%s) - start )) s"
  psql_db -d "$db" -c "VACUUM ANALYZE"
else
  log "Reusing $db (BENCH_FRESH=1 to regenerate)"
fi
psql_db -d "$db" -c "SELECT 'people: ' || count(*) FROM person UNION ALL
  SELECT 'open cases: ' || count(*) FROM request_case WHERE status IN ('SUBMITTED','IN_REVIEW','WAITING_FOR_SENDER')"

# The peer's database: filled once (schema, data, then 1,000,000 owners with pets and visits).
owners="$(psql_db -d "$peer_db" -c "SELECT count(*) FROM owners" 2>/dev/null || echo 0)"
peer_exists="$(psql_db -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$peer_db'")"
if [ -n "$peer_exists" ] && [ "$owners" -lt 1000000 ] && [ "${BENCH_PEER_FRESH:-0}" != 1 ]; then
  echo "$peer_db exists with $owners owners (a fill under way?): BENCH_PEER_FRESH=1 refills it" >&2
  exit 1
fi
if [ "$owners" -lt 1000000 ]; then
  [ -n "$peers" ] || { echo "no ../shared/peers: set BENCH_PEERS" >&2; exit 1; }
  log "Creating $peer_db: petclinic's schema and data, then 1,000,000 owners"
  psql_db -d postgres -c "DROP DATABASE IF EXISTS $peer_db WITH (FORCE)"
  psql_db -d postgres -c "CREATE DATABASE $peer_db"
  psql_db -d "$peer_db" -f "$peers/spring-petclinic/src/main/resources/db/postgres/schema.sql"
  psql_db -d "$peer_db" -f "$peers/spring-petclinic/src/main/resources/db/postgres/data.sql"
  psql_db -d "$peer_db" -f "$peers/petclinic-1m.sql"
  psql_db -d "$peer_db" -c "VACUUM ANALYZE"
else
  log "Reusing $peer_db ($owners owners)"
fi

# Before anything is measured, every page of an application is loaded at 50 connections until the
# JIT's compilers have settled (bench/jit.sh): on 2 cores they work for three to four minutes of
# load, and a page measured before that was measured half compiled (a fixed 30 s warm-up, as
# before, left the first page at 50 connections at 0.6 of the same page at 5, measured later).
. bench/jit.sh
run() { # name paths-file base-url connections duration [round]: into $out/<name>-c<connections>[-r<round>].txt
  printf '\n--- %s, %s connections%s\n' "$1" "$4" "${6:+, round $6}"
  BENCH_PATHS="$2" wrk -t"$BENCH_THREADS" -c"$4" -d"$warmup" --timeout 10s -s bench/paths.lua "$3" >/dev/null
  BENCH_PATHS="$2" wrk -t"$BENCH_THREADS" -c"$4" -d"$5" --timeout 10s -s bench/paths.lua "$3" \
    | tee "$out/$1-c$4${6:+-r$6}.txt" | grep -E "^(requests|throughput|latency)"
}
measure() { # page round: the page at 50 then at 5 connections; the peer's page without a session cookie
  if [ "$1" = petclinic-owner ]; then
    BENCH_COOKIES="" BENCH_COOKIE="" run "$1" "$out/$1.paths" "$peer_base" 50 "$duration" "$2"
    BENCH_COOKIES="" BENCH_COOKIE="" run "$1" "$out/$1.paths" "$peer_base" 5 "$low_duration" "$2"
  else
    run "$1" "$out/$1.paths" "$base" 50 "$duration" "$2"
    run "$1" "$out/$1.paths" "$base" 5 "$low_duration" "$2"
  fi
}
open_model() { # name paths-file base-url
  [ "$open" = 1 ] || return 0
  printf '\n--- %s, open model\n' "$1"
  java -Xmx512m -jar "$openload_jar" --base="$3" --paths="$2" ${BENCH_COOKIES:+--cookies="$BENCH_COOKIES"} \
    --name="$1" --rates="$open_rates" --duration="$open_duration" --warmup="$open_warmup" \
    --out="$out/$1-open.tsv" | tee "$out/$1-open.txt"
}

log "Starting the platform on $db, port $port"
"${app[@]}" --server.port="$port" --app.identity.base-url="http://127.0.0.1:$port" > "$out/app.log" 2>&1 &
app_pid=$!
wait_for "http://127.0.0.1:$port/actuator/health/readiness" 400
base="http://127.0.0.1:$port"
if [ "$sessions" -gt 1 ]; then
  log "$sessions distinct staff sessions"
  BENCH_STAFF_ACCOUNTS="$out/staff-accounts.txt" bench/staff-sessions.sh "$base" "$sessions" "$out/staff.cookies"
  export BENCH_COOKIES="$out/staff.cookies" BENCH_COOKIE=""
else
  log "One staff session (the demo staff member) for every connection"
  BENCH_COOKIE="$(bench/login.sh "$base")"
  printf '%s\n' "$BENCH_COOKIE" > "$out/staff.cookies"
  export BENCH_COOKIE BENCH_COOKIES="$out/staff.cookies"
fi

log "Path lists (random samples of the generated data)"
psql_db -d "$db" -c "SELECT '/gestion/personnes?lastName=' || search_key || '&birthDate=' || to_char(birth_date, 'YYYY-MM-DD')
  FROM person TABLESAMPLE SYSTEM ($sample) LIMIT 2000" > "$out/search-name-birthdate.paths"
psql_db -d "$db" -c "SELECT DISTINCT '/gestion/personnes?lastName=' || search_key FROM person TABLESAMPLE SYSTEM ($sample) LIMIT 500" \
  > "$out/search-name.paths"
psql_db -d "$db" -c "SELECT '/gestion/personnes/' || id FROM person TABLESAMPLE SYSTEM ($sample) LIMIT 2000" > "$out/person-page.paths"
: > "$out/queue-page.paths"
for type in SUBSCRIPTION SOLICITATION; do
  for status in SUBMITTED IN_REVIEW WAITING_FOR_SENDER; do
    for page in 1 2 3 10 50; do echo "/gestion/demandes?type=$type&statut=$status&page=$page" >> "$out/queue-page.paths"; done
  done
done
echo "/gestion/demandes" >> "$out/queue-page.paths"
pages=(search-name-birthdate search-name person-page queue-page)
warm_paths=(); for page in "${pages[@]}"; do warm_paths+=("$out/$page.paths"); done
jit_settle "$app_pid" bench/paths.lua "$base" "${warm_paths[@]}"

# The peer runs beside the platform (each idle while the other is measured), so that its page is
# measured in the same minutes as ours: this machine's speed drifts by a third from one minute to
# the next, and a ratio of two measurements minutes apart carries that drift.
log "The peer: spring-petclinic's owner page on $peer_db, port $peer_port, beside the platform"
psql_db -d "$peer_db" -c "SELECT '/owners/' || id FROM owners TABLESAMPLE SYSTEM (1) LIMIT 2000" > "$out/petclinic-owner.paths"
POSTGRES_URL="jdbc:postgresql://127.0.0.1/$peer_db" POSTGRES_USER=postgres POSTGRES_PASS="" \
  java -Xmx4g -jar "$peer_jar" --spring.profiles.active=postgres --server.port="$peer_port" > "$out/peer.log" 2>&1 &
peer_pid=$!
wait_for "http://127.0.0.1:$peer_port/owners/1" 180
peer_base="http://127.0.0.1:$peer_port"
BENCH_COOKIES="" BENCH_COOKIE="" jit_settle "$peer_pid" bench/paths.lua "$peer_base" "$out/petclinic-owner.paths"

# Interleaved rounds: in each, every page at 50 then at 5 connections, the peer's owner page right
# after the person page; each page's two counts are measured within the same half-minute, and the
# person page beside the owner page. bench/table.sh gives each figure's median over the rounds, and
# the medians of the per-round ratios.
rm -f "$out"/*-c50*.txt "$out"/*-c5.txt "$out"/*-c5-r*.txt
log "wrk: $rounds interleaved rounds; each page at 50 connections for $duration, then at 5 for $low_duration, each after a $warmup warm-up; $BENCH_THREADS threads"
for r in $(seq 1 "$rounds"); do
  for page in "${pages[@]}"; do
    measure "$page" "$r"
    if [ "$page" = person-page ]; then measure petclinic-owner "$r"; fi
  done
done
if [ "$open" = 1 ]; then
  log "Open model: $open_rates req/s, then the highest rate with p95 <= 150 ms ($open_duration s per rate)"
  for page in "${pages[@]}"; do open_model "$page" "$out/$page.paths" "$base"; done
  BENCH_COOKIES="" BENCH_COOKIE="" open_model petclinic-owner "$out/petclinic-owner.paths" "$peer_base"
fi
stop "$peer_pid"; peer_pid=""
# Sessions still valid at the end (a 302 to the sign-in page would count as a success for wrk).
valid=0
while read -r cookie; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/gestion")" = 200 ] && valid=$((valid + 1))
done < "$out/staff.cookies"
echo "sessions still signed in at the end: $valid of $(wc -l < "$out/staff.cookies")"
stop "$app_pid"; app_pid=""

if [ "$hello" = 1 ]; then
  log "The hello ceiling (same wrk command)"
  java -Xms1g -Xmx4g -jar "$hello_jar" --server.port="$hello_port" --logging.level.root=WARN > "$out/hello.log" 2>&1 &
  hello_pid=$!
  wait_for "http://127.0.0.1:$hello_port/hello" 60
  echo /hello > "$out/hello.paths"
  BENCH_COOKIES="" BENCH_COOKIE="" run hello "$out/hello.paths" "http://127.0.0.1:$hello_port" 50 "$duration"
  stop "$hello_pid"; hello_pid=""
fi

bench/table.sh "$out" "${pages[@]}"
