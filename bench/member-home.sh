#!/usr/bin/env bash
# The iAdhérent benchmark of BENCHMARKS.md (issue 13): the member home page /iadherent on the
# 1,000,000-people database, signed in as 200 different members, at 50 and at 5 connections,
# with the "hello" ceiling in the same run.
#   bench/member-home.sh [members]            (default: 200)
# 1. needs the database integrance_bench that bench/run.sh generates (run it first, or BENCH_FRESH=1
#    bench/run.sh) and the packaged jars (bench/run.sh packages them; BENCH_PACKAGE=1 repackages);
# 2. gives [members] people who hold an individual contract a member account each (login
#    bench-member-<n>@bench.integrance.fr), with the password hash of the demo member account (its
#    password, Demo-Integrance-2026; members have no second factor), in SQL: accounts made by an
#    earlier run are dropped first;
# 3. starts the platform on it (profiles embedded,postgres), signs each member in with curl
#    (password only) and keeps the 200 session cookies;
# 4. runs wrk on /iadherent, each request with one of the cookies at random (bench/members.lua),
#    50 connections then 5 connections on 2 threads; then the same wrk command on "hello".
# Needs: JDK 17+, PostgreSQL on 127.0.0.1:5432 (trust auth), wrk, curl, psql. Run it on a quiet
# machine: the numbers mean nothing while other builds share the cores.
set -euo pipefail
cd "$(dirname "$0")/.."
members="${1:-200}"
db="${BENCH_DB:-integrance_bench}"
duration="${BENCH_DURATION:-30s}"
work="bench/work"
mkdir -p "$work"
psql_db() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
log() { printf '\n==> %s\n' "$*"; }

if [ "${BENCH_PACKAGE:-0}" = 1 ] || ! ls target/plateforme-*.jar >/dev/null 2>&1; then
  log "Packaging the platform"
  ./mvnw -q -B -DskipTests package
fi
if [ "${BENCH_PACKAGE:-0}" = 1 ] || [ ! -f bench/hello/target/hello-1.jar ]; then
  log "Packaging the hello application"
  ./mvnw -q -B -f bench/hello/pom.xml -DskipTests package
fi
jar="$(ls target/plateforme-*.jar | grep -v plain | head -n 1)"
hello_jar="bench/hello/target/hello-1.jar"
[ -n "$(psql_db -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ] \
  || { echo "no database $db: run bench/run.sh first" >&2; exit 1; }

export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db"
export DATABASE_USER=postgres DATABASE_PASSWORD=""
# BENCH_JAVA_OPTS: extra JVM options for the platform, e.g. a JFR recording:
#   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/member.jfr,settings=profile" bench/member-home.sh
# BENCH_HELLO=0 skips the hello ceiling (a profiling run).
read -r -a java_opts <<< "${BENCH_JAVA_OPTS:-}"
app=(java -Xms1g -Xmx4g "${java_opts[@]}" -jar "$(pwd)/$jar" --spring.profiles.active=embedded,postgres
     --app.data-dir="$(pwd)/$work/data" --spring.thymeleaf.cache=true --logging.level.root=WARN)

log "Starting the platform on $db"
"${app[@]}" --server.port=8080 > "$work/app-members.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true; kill ${hello_pid:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs http://127.0.0.1:8080/actuator/health/readiness >/dev/null 2>&1 && break
  sleep 1
done

log "$members member accounts on people who hold a contract (password of the demo member)"
psql_db -d "$db" <<SQL
DELETE FROM identity_account WHERE login LIKE 'bench-member-%@bench.integrance.fr';
INSERT INTO identity_account (id, login, display_name, role, organisation_administrator, person_id, status,
    password_hash, password_changed_at, failed_attempts, created_at, version)
SELECT gen_random_uuid(), 'bench-member-' || row_number() OVER () || '@bench.integrance.fr', 'Adhérent de mesure',
    'MEMBER', FALSE, c.member_person_id, 'ACTIVE', demo.password_hash, now(), 0, now(), 0
FROM (SELECT DISTINCT member_person_id FROM contract_individual TABLESAMPLE SYSTEM (1)
      WHERE member_person_id NOT IN (SELECT person_id FROM identity_account WHERE person_id IS NOT NULL)
      LIMIT $members) c
CROSS JOIN (SELECT password_hash FROM identity_account WHERE login = 'adherent@demo.integrance.fr') demo;
SQL
echo "member accounts: $(psql_db -d "$db" -c "SELECT count(*) FROM identity_account WHERE login LIKE 'bench-member-%'")"

log "Signing the members in"
: > "$work/member-cookies.txt"
for n in $(psql_db -d "$db" -c "SELECT login FROM identity_account WHERE login LIKE 'bench-member-%' ORDER BY login"); do
  jar="$(mktemp)"
  token="$(curl -fsS -c "$jar" -b "$jar" http://127.0.0.1:8080/connexion | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "identifiant=$n" \
    --data-urlencode "motDePasse=${BENCH_PASSWORD:-Demo-Integrance-2026}" --data-urlencode "_csrf=$token" \
    http://127.0.0.1:8080/connexion
  status="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" http://127.0.0.1:8080/iadherent)"
  [ "$status" = 200 ] || { echo "sign-in of $n failed: /iadherent answered $status" >&2; exit 1; }
  awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar" >> "$work/member-cookies.txt"
  rm -f "$jar"
done
echo "sessions: $(wc -l < "$work/member-cookies.txt")"
echo /iadherent > "$work/member-home.paths"

run() { # name connections duration base-url [cookies-file]
  printf '\n--- %s\n' "$1"
  BENCH_PATHS="$work/member-home.paths" BENCH_COOKIES="${5:-}" wrk -t2 -c"$2" -d10s --timeout 10s -s bench/members.lua "$4" >/dev/null
  BENCH_PATHS="$work/member-home.paths" BENCH_COOKIES="${5:-}" wrk -t2 -c"$2" -d"$3" --timeout 10s -s bench/members.lua "$4" \
    | tee "$work/$1.txt" | grep -E "^(requests|throughput|latency)"
}
log "wrk on /iadherent as $members members"
# Loaded at 50 connections until the JIT's compilers have settled (bench/jit.sh: three to four
# minutes on 2 cores) before anything is measured.
. bench/jit.sh
BENCH_COOKIES="$work/member-cookies.txt" jit_settle "$app_pid" bench/members.lua http://127.0.0.1:8080 "$work/member-home.paths"
run member-home 50 "$duration" http://127.0.0.1:8080 "$work/member-cookies.txt"
run low-member-home 5 20s http://127.0.0.1:8080 "$work/member-cookies.txt"
kill $app_pid; wait $app_pid 2>/dev/null || true
[ "${BENCH_HELLO:-1}" = 1 ] || exit 0

log "The hello ceiling (same wrk commands)"
java -Xms1g -Xmx4g -jar "$hello_jar" --server.port=8091 --logging.level.root=WARN > "$work/hello.log" 2>&1 &
hello_pid=$!
for _ in $(seq 1 60); do curl -fs http://127.0.0.1:8091/hello >/dev/null 2>&1 && break; sleep 1; done
echo /hello > "$work/member-home.paths"
run hello-members 50 "$duration" http://127.0.0.1:8091
run low-hello-members 5 20s http://127.0.0.1:8091
