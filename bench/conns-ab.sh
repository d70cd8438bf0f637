#!/usr/bin/env bash
# The four back-office pages at 50 and at 5 connections, interleaved (issue 19's "no collapse"):
#   bench/conns-ab.sh [rounds]                   (default: 3)
# One platform started on BENCH_DB (integrance_bench), the 50 staff accounts of bench/run.sh signed
# in afresh, the JIT settled on all four pages (bench/jit.sh), then round after round each page at 50
# connections and at 5, AB_DUR (10s) each, so that the machine's drift falls on both alike. Prints
# each measurement (req/s, p95, the JVM's CPU time per request) and, per page, the mean of the
# rounds and the ratio of 50 to 5 connections. Needs what bench/run.sh made: the database, the staff
# accounts (bench/work/results-<db>/staff-accounts.txt), the paths files and the packaged jar.
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/jit.sh
rounds="${1:-3}"; dur="${AB_DUR:-10s}"
db="${BENCH_DB:-integrance_bench}"; out="bench/work/results-$db"
jar="$(ls target/plateforme-*.jar | grep -v plain | head -n 1)"
pages="search-name-birthdate search-name person-page queue-page"
[ -f "$out/staff-accounts.txt" ] || { echo "run bench/run.sh first" >&2; exit 1; }
export BENCH_THREADS=2 BENCH_COOKIES="$out/staff.cookies"

DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" DATABASE_USER=postgres DATABASE_PASSWORD="" \
  java -Xms1g -Xmx4g -jar "$jar" --spring.profiles.active=embedded,postgres --app.data-dir="$(pwd)/bench/work/data" \
  --spring.thymeleaf.cache=true --logging.level.root=WARN --app.mail.embedded-smtp.port=0 --server.port=8080 \
  > bench/work/conns-ab-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null' EXIT
for _ in $(seq 1 240); do curl -fs http://127.0.0.1:8080/actuator/health/readiness >/dev/null 2>&1 && break; sleep 1; done
BENCH_STAFF_ACCOUNTS="$out/staff-accounts.txt" BENCH_NEW_SESSIONS=1 \
  bash bench/staff-sessions.sh http://127.0.0.1:8080 50 "$BENCH_COOKIES"
files=(); for page in $pages; do files+=("$out/$page.paths"); done
jit_settle "$app" bench/paths.lua http://127.0.0.1:8080 "${files[@]}"

results=$(mktemp)
for r in $(seq 1 "$rounds"); do
  for page in $pages; do
    for c in 50 5; do
      t0=$(awk '{print $14+$15}' "/proc/$app/stat")
      result=$(BENCH_PATHS="$out/$page.paths" wrk -t2 -c"$c" -d"$dur" --timeout 10s -s bench/paths.lua \
        http://127.0.0.1:8080 2>&1)
      t1=$(awk '{print $14+$15}' "/proc/$app/stat")
      rps=$(echo "$result" | awk '/^throughput/ {print $2}')
      reqs=$(echo "$result" | awk '/^requests/ {print $2}')
      p95=$(echo "$result" | awk '/latency p50/ {print $6}')
      printf "round %s %-22s c=%-3s %6s req/s  p95 %7s ms  JVM CPU %s ms/request  non-2xx %s\n" "$r" "$page" "$c" \
        "$rps" "$p95" \
        "$(awk -v a="$t0" -v b="$t1" -v n="$reqs" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (n > 0) printf "%.2f", (b - a) * 1000 / hz / n }')" \
        "$(echo "$result" | awk '/errors\(non/ {print $4}')"
      echo "$page $c $rps $p95" >> "$results"
    done
  done
done
echo "--- means of $rounds rounds"
for page in $pages; do
  awk -v page="$page" '$1 == page { n[$2]++; rps[$2] += $3; p95[$2] += $4 }
    END { printf "%-22s @50: %4.0f req/s, p95 %6.1f ms   @5: %4.0f req/s, p95 %5.1f ms   @50/@5: %.2f\n", page,
      rps[50] / n[50], p95[50] / n[50], rps[5] / n[5], p95[5] / n[5], (rps[50] / n[50]) / (rps[5] / n[5]) }' "$results"
done
rm -f "$results"
