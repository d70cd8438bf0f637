#!/usr/bin/env bash
# A/B of platform builds or settings on the 1,000,000-people database, one after the other in the
# same minutes (this machine's speed drifts: compare within one run, and repeat with AB_ROUNDS).
#   AB_VARIANTS="name|jar|app arguments;name2|jar2|app arguments 2" bench/ab.sh
# e.g. two places counts of the admission limit on the member home:
#   BENCH_PATHS=bench/work/member-home.paths BENCH_COOKIES=bench/work/member-cookies.txt \
#   AB_VARIANTS="p8|target/plateforme-0.1.0-SNAPSHOT.jar|--app.web.concurrency.permits=8;p16|target/plateforme-0.1.0-SNAPSHOT.jar|--app.web.concurrency.permits=16" \
#   bench/ab.sh
# Each variant: started (profiles embedded,postgres on BENCH_DB, keys of bench/work/data), loaded at
# 50 connections until its JIT has settled (bench/jit.sh), then wrk at each of AB_CONNS ("50 5") for AB_DUR (20s) with the
# wrk script AB_LUA (bench/members.lua; bench/paths.lua for the back office, with BENCH_THREADS=2),
# then, when AB_OPEN is set ("250,350"), the open model at those rates (bench/openload, built by
# bench/run.sh). Prints req/s, p95, the JVM's CPU time per request (from /proc/<pid>/stat) and the
# non-2xx count. Needs the databases and sessions of bench/run.sh or bench/member-home.sh.
# AB_INTERLEAVE=1: every variant started at once (ports 8080, 8081…) and settled, then measured in
# turn, AB_DUR each, for AB_ROUNDS rounds: the machine's speed drifts by a third from one minute to
# the next, and a drift then falls on every variant alike (no open model in this mode). AB_ROTATE=1
# also rotates the variants' order from one round to the next. AB_PAGES="a.paths b.paths …" (needs
# AB_INTERLEAVE=1): each variant settled on all of them, then in each round every page measured in
# turn, at each connection count, on every variant; each line names the page (its file, without .paths).
# AB_TOGETHER=1 (needs AB_INTERLEAVE=1): the variants loaded at the same time, each with its own wrk at
# the round's connections: a drift of the machine within the AB_DUR falls on all of them at once. They
# share the cores, so their throughputs compare what each gets of them, not what either serves alone;
# and they share the database: their journal writers append to one chain (each finds the head moved
# by the others and takes the locked path) and their sessions live in the same table.
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/jit.sh
rounds="${AB_ROUNDS:-1}"; dur="${AB_DUR:-20s}"; conns="${AB_CONNS:-50 5}"; lua="${AB_LUA:-bench/members.lua}"
db="${BENCH_DB:-integrance_bench}"
export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" DATABASE_USER=postgres DATABASE_PASSWORD=""
IFS=';' read -r -a variants <<< "${AB_VARIANTS:?AB_VARIANTS=\"name|jar|args;…\"}"
read -r -a pages <<< "${AB_PAGES:-$BENCH_PATHS}"
page=""
launch() { # variant port: starts it, waits for it, loads it until its JIT has settled; sets pid
  local name jar args
  IFS='|' read -r name jar args <<< "$1"
  read -r -a extra <<< "$args"
  java -Xms1g -Xmx4g ${AB_JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=embedded,postgres \
    --app.data-dir="$(pwd)/bench/work/data" --spring.thymeleaf.cache=true --logging.level.root=WARN \
    --app.mail.embedded-smtp.port=0 --server.port="$2" "${extra[@]}" > "bench/work/ab-app-$2.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done
  jit_settle "$pid" "$lua" "http://127.0.0.1:$2" "${pages[@]}"
}
measure() { # round name pid port connections
  local t0 t1 out rps reqs p95 non2xx cpu
  t0=$(awk '{print $14+$15}' "/proc/$3/stat")
  out=$(BENCH_PATHS="${page:-$BENCH_PATHS}" wrk -t2 -c"$5" -d"$dur" --timeout 10s -s "$lua" "http://127.0.0.1:$4" 2>&1)
  t1=$(awk '{print $14+$15}' "/proc/$3/stat")
  rps=$(echo "$out" | awk '/^throughput/ {print $2}')
  reqs=$(echo "$out" | awk '/^requests/ {print $2}')
  p95=$(echo "$out" | awk '/latency p50/ {print $6}')
  non2xx=$(echo "$out" | awk '/errors\(non/ {print $4}')
  cpu=$(awk -v a="$t0" -v b="$t1" -v n="$reqs" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (n > 0) printf "%.2f", (b - a) * 1000 / hz / n }')
  printf "round %s %-12s c=%-3s %6s req/s  p95 %8s ms  JVM CPU %s ms/request  non-2xx %s%s\n" \
    "$1" "$2" "$5" "$rps" "$p95" "$cpu" "${non2xx:-0}" "${AB_PAGES:+  page $(basename "$page" .paths)}"
}
if [ "${AB_TOGETHER:-0}" = 1 ] && [ "${AB_INTERLEAVE:-0}" != 1 ]; then
  echo "AB_TOGETHER=1 needs AB_INTERLEAVE=1" >&2; exit 2
fi
if [ -n "${AB_PAGES:-}" ] && [ "${AB_INTERLEAVE:-0}" != 1 ]; then
  echo "AB_PAGES needs AB_INTERLEAVE=1" >&2; exit 2
fi
if [ "${AB_INTERLEAVE:-0}" = 1 ]; then
  # All variants at once on ports 8080, 8081…, each settled, then measured in turn, AB_DUR
  # each, round after round: the machine's drift falls on every variant alike.
  pids=()
  trap 'kill "${pids[@]}" 2>/dev/null' EXIT
  for i in "${!variants[@]}"; do
    launch "${variants[$i]}" $((8080 + i))
    pids+=("$pid")
  done
  n=${#variants[@]}
  for r in $(seq 1 "$rounds"); do
    for page in "${pages[@]}"; do
      for c in $conns; do
        if [ "${AB_TOGETHER:-0}" = 1 ]; then
          loads=()
          for i in "${!variants[@]}"; do
            measure "$r" "${variants[$i]%%|*}" "${pids[$i]}" $((8080 + i)) "$c" > "bench/work/ab-together-$i.out" &
            loads+=("$!")
          done
          wait "${loads[@]}"
          for i in "${!variants[@]}"; do cat "bench/work/ab-together-$i.out"; done
          continue
        fi
        for k in $(seq 0 $((n - 1))); do
          # AB_ROTATE=1: round r starts with the variant r-1 (modulo their number), so that no
          # variant is always measured first or last in a round.
          i=$k
          [ "${AB_ROTATE:-0}" = 1 ] && i=$(((k + r - 1) % n))
          measure "$r" "${variants[$i]%%|*}" "${pids[$i]}" $((8080 + i)) "$c"
        done
      done
    done
  done
  exit 0
fi
for r in $(seq 1 "$rounds"); do
  for v in "${variants[@]}"; do
    name="${v%%|*}"
    launch "$v" 8080
    for c in $conns; do
      measure "$r" "$name" "$pid" 8080 "$c"
    done
    if [ -n "${AB_OPEN:-}" ]; then
      java -Xmx512m -jar bench/openload/target/openload-1.jar --base=http://127.0.0.1:8080 --paths="$BENCH_PATHS" \
        ${BENCH_COOKIES:+--cookies="$BENCH_COOKIES"} --rates="$AB_OPEN" --duration=8 --warmup=2 \
        --max-rate="${AB_OPEN##*,}" --bisections=0 2>&1 | grep "req/s:" | sed "s/^/round $r $name open /"
    fi
    kill "$pid"; wait "$pid" 2>/dev/null
  done
done
