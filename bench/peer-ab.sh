#!/usr/bin/env bash
# The person page against the peer's owner page (spring-petclinic), interleaved (issue 19):
#   bench/peer-ab.sh [rounds]                    (default: 4)
# bench/run.sh measures the platform's pages, then petclinic, minutes apart; on this machine, whose
# speed moves by a third from one minute to the next, their ratio then carries the drift. Here both
# applications run at once (the platform on 8080, petclinic on 9090), each loaded until its JIT has
# settled (bench/jit.sh), then measured in turn, AB_DUR (10s) each: person page at 50 connections,
# owner page at 50, person page at 5, owner page at 5, round after round. Prints each measurement
# (req/s, p95, the JVM's CPU time per request) and, per round, the person page's ratio to the peer;
# at the end, the means over the rounds and their ratio.
# PEER_AB_VARIANTS="name|jar|app arguments;name2|jar2|…" puts several builds or settings of the platform
# in the same rounds (ports 8080, 8081…), each measured beside the same owner page (default: the one
# jar of target/, named person-page).
# Needs what bench/run.sh made: the databases integrance_bench and petclinic, the 50 staff accounts
# (bench/work/results-integrance_bench/staff-accounts.txt: signed in afresh here), the paths files
# and the peer's jar; JDK 17+, wrk, curl, oathtool, psql.
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/jit.sh
rounds="${1:-4}"; dur="${AB_DUR:-10s}"
out="bench/work/results-${BENCH_DB:-integrance_bench}"
jar="$(ls target/plateforme-*.jar 2>/dev/null | grep -v plain | head -n 1)"
IFS=';' read -r -a variants <<< "${PEER_AB_VARIANTS:-person-page|$jar|}"
peer_jar="${BENCH_PEER_JAR:-$(ls bench/work/peer/target/spring-petclinic-*.jar 2>/dev/null | head -n 1)}"
[ -f "$peer_jar" ] && [ -f "$out/staff-accounts.txt" ] || { echo "run bench/run.sh first" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -qAt -d "${BENCH_PEER_DB:-petclinic}" \
  -c "SELECT '/owners/' || id FROM owners TABLESAMPLE SYSTEM (1) LIMIT 2000" > "$out/petclinic-owner.paths"
export BENCH_THREADS=2

apps=()
for i in "${!variants[@]}"; do
  IFS='|' read -r name vjar args <<< "${variants[$i]}"
  read -r -a extra <<< "$args"
  [ -f "$vjar" ] || { echo "no jar $vjar for $name" >&2; exit 1; }
  DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB:-integrance_bench}" DATABASE_USER=postgres DATABASE_PASSWORD="" \
    java -Xms1g -Xmx4g -jar "$vjar" --spring.profiles.active=embedded,postgres --app.data-dir="$(pwd)/bench/work/data" \
    --spring.thymeleaf.cache=true --logging.level.root=WARN --app.mail.embedded-smtp.port=0 --server.port=$((8080 + i)) \
    "${extra[@]}" > "bench/work/peer-ab-app-$((8080 + i)).log" 2>&1 &
  apps+=($!)
done
POSTGRES_URL="jdbc:postgresql://127.0.0.1/${BENCH_PEER_DB:-petclinic}" POSTGRES_USER=postgres POSTGRES_PASS="" \
  java -Xmx4g -jar "$peer_jar" --spring.profiles.active=postgres --server.port=9090 > bench/work/peer-ab-peer.log 2>&1 &
peer=$!
trap 'kill "${apps[@]}" $peer 2>/dev/null' EXIT
up() { curl -fs "$1" >/dev/null 2>&1; }
for _ in $(seq 1 240); do
  ready=1
  for i in "${!apps[@]}"; do up "http://127.0.0.1:$((8080 + i))/actuator/health/readiness" || ready=0; done
  up http://127.0.0.1:9090/owners/1 || ready=0
  [ "$ready" = 1 ] && break
  sleep 1
done
# Fresh sessions for the 50 staff accounts (those of an earlier run may have passed their idle
# timeout); the session store is the database, which every variant shares.
BENCH_STAFF_ACCOUNTS="$out/staff-accounts.txt" BENCH_NEW_SESSIONS=1 \
  bash bench/staff-sessions.sh http://127.0.0.1:8080 50 "$out/staff.cookies"
for i in "${!apps[@]}"; do
  BENCH_PATHS="$out/person-page.paths" BENCH_COOKIES="$out/staff.cookies" \
    jit_settle "${apps[$i]}" bench/paths.lua "http://127.0.0.1:$((8080 + i))" "$out/person-page.paths"
done
BENCH_PATHS="$out/petclinic-owner.paths" BENCH_COOKIES="" \
  jit_settle "$peer" bench/paths.lua http://127.0.0.1:9090 "$out/petclinic-owner.paths"

measure() { # round name pid base paths cookies connections: prints one line, sets rps
  local t0 t1 result reqs p95
  t0=$(awk '{print $14+$15}' "/proc/$3/stat")
  result=$(BENCH_PATHS="$5" BENCH_COOKIES="$6" wrk -t2 -c"$7" -d"$dur" --timeout 10s -s bench/paths.lua "$4" 2>&1)
  t1=$(awk '{print $14+$15}' "/proc/$3/stat")
  rps=$(echo "$result" | awk '/^throughput/ {print $2}')
  reqs=$(echo "$result" | awk '/^requests/ {print $2}')
  p95=$(echo "$result" | awk '/latency p50/ {print $6}')
  printf "round %s %-16s c=%-3s %6s req/s  p95 %7s ms  JVM CPU %s ms/request  non-2xx %s\n" "$1" "$2" "$7" "$rps" "$p95" \
    "$(awk -v a="$t0" -v b="$t1" -v n="$reqs" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (n > 0) printf "%.2f", (b - a) * 1000 / hz / n }')" \
    "$(echo "$result" | awk '/errors\(non/ {print $4}')"
}
declare -A sum
for r in $(seq 1 "$rounds"); do
  for c in 50 5; do
    ours=()
    for i in "${!apps[@]}"; do
      IFS='|' read -r name _ <<< "${variants[$i]}"
      measure "$r" "$name" "${apps[$i]}" "http://127.0.0.1:$((8080 + i))" "$out/person-page.paths" "$out/staff.cookies" "$c"
      ours[$i]=$rps; sum[$name@$c]=$(awk -v a="${sum[$name@$c]:-0}" -v b="$rps" 'BEGIN {print a + b}')
    done
    measure "$r" petclinic-owner "$peer" http://127.0.0.1:9090 "$out/petclinic-owner.paths" "" "$c"
    sum[:peer@$c]=$(awk -v a="${sum[:peer@$c]:-0}" -v b="$rps" 'BEGIN {print a + b}')
    for i in "${!apps[@]}"; do # in the variants' order
      IFS='|' read -r name _ <<< "${variants[$i]}"
      awk -v a="${ours[$i]}" -v b="$rps" -v r="$r" -v c="$c" -v n="$name" \
        'BEGIN { if (b > 0) printf "round %s c=%-3s %s / owner page: %.2f\n", r, c, n, a / b }'
    done
  done
done
for c in 50 5; do
  for i in "${!apps[@]}"; do
    IFS='|' read -r name _ <<< "${variants[$i]}"
    awk -v a="${sum[$name@$c]}" -v b="${sum[:peer@$c]}" -v r="$rounds" -v c="$c" -v n="$name" \
      'BEGIN { if (b > 0) printf "mean of %s rounds c=%-3s %s %.0f req/s, owner page %.0f req/s: %.2f\n", r, c, n, a / r, b / r, a / b }'
  done
done
