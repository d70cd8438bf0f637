# Sourced by the benchmark scripts: load an application until its JIT compilers have settled.
#
# On this 2-core machine the JIT's C2 compiler works for three to four minutes of load before the
# platform's pages reach their steady state: a measured run of the member home went from 90 to 360
# req/s over the first four minutes, the JVM's CPU per page from 19 to 3.8 ms, while one compiler
# thread used a whole core. A fixed warm-up (30 or 40 s, as before) measured pages half compiled,
# and measured them more or less compiled from one run to the next.
#
#   jit_settle <pid> <wrk-script> <base-url> <paths-file>...
# runs wrk at 50 connections for BENCH_JIT_ROUND (15s) on each paths file in turn, and repeats the
# cycle until one whole cycle cost the JVM's compiler threads (C1 and C2, read from
# /proc/<pid>/task) at most BENCH_JIT_QUIET (2) per cent of one core, or until BENCH_JIT_MAX (480)
# seconds have passed; then prints how long it took and the compilers' CPU time.
# Needs wrk and the BENCH_PATHS / BENCH_COOKIES / BENCH_THREADS conventions of bench/paths.lua.

jit_cpu_ms() { # pid: CPU time of the JVM's compiler threads so far, in milliseconds
  local total=0 task ticks
  for task in /proc/"$1"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler* | C2\ Compiler*)
        # the fields after the command name (which holds a space): utime is the 12th, stime the 13th
        ticks=$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }')
        total=$((total + ${ticks:-0}))
        ;;
    esac
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}

jit_settle() { # pid wrk-script base-url paths-file...
  local pid="$1" script="$2" target="$3"; shift 3
  local round="${BENCH_JIT_ROUND:-15s}" quiet="${BENCH_JIT_QUIET:-2}" max="${BENCH_JIT_MAX:-480}"
  local start=$SECONDS cycles=0 before after wall used paths
  local first; first=$(jit_cpu_ms "$pid")
  while :; do
    before=$(jit_cpu_ms "$pid")
    local cycle_start=$SECONDS
    for paths in "$@"; do
      BENCH_PATHS="$paths" wrk -t"${BENCH_THREADS:-2}" -c50 -d"$round" --timeout 10s -s "$script" "$target" >/dev/null
    done
    cycles=$((cycles + 1))
    after=$(jit_cpu_ms "$pid")
    used=$((after - before))
    wall=$(((SECONDS - cycle_start) * 1000))
    if [ $((used * 100)) -le $((wall * quiet)) ]; then
      printf -- '--- JIT settled after %s s of load (%s cycles of %s per page): the compilers used %s ms of CPU in the last cycle, %s ms in all\n' \
        "$((SECONDS - start))" "$cycles" "$round" "$used" "$((after - first))"
      return 0
    fi
    if [ $((SECONDS - start)) -ge "$max" ]; then
      printf -- '--- JIT NOT settled after %s s of load: the compilers still used %s ms of CPU in the last cycle of %s ms (BENCH_JIT_MAX)\n' \
        "$((SECONDS - start))" "$used" "$wall"
      return 0
    fi
  done
}
