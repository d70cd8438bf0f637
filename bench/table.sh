#!/usr/bin/env bash
# The summary table of bench/run.sh, from the files a run left in its results folder:
#   bench/table.sh bench/work/results-<db> page…
# For each page, then the peer (petclinic-owner) and the hello ceiling when measured: req/s and p95
# at 50 and at 5 connections (wrk), the ratio of req/s at 50 to req/s at 5, the ratio of req/s to
# the peer's owner page (measured in the same rounds), the errors (non-2xx/3xx answers and socket errors: a page in
# error is fast and counts in wrk's req/s, so read this column first) and the open-model capacity
# (highest arrival rate with p95 <= 150 ms, bench/openload).
# A run in interleaved rounds (<page>-c50-r<round>.txt, bench/run.sh) gives each figure's median over
# the rounds, and each ratio as the median of the ratios of the same round (the figures of one round
# are measured within the same minute or two; from one round to the next the machine drifts); then
# the rounds one by one. A run of one measurement per page (<page>-c50.txt) is read as one round.
set -euo pipefail
export LC_ALL=C
out="$1"
shift
field() { # file awk-program
  [ -f "$1" ] && awk "$2" "$1" || echo ""
}
throughput() { field "$1" '$1 == "throughput" { print $2 }'; }
p95() { field "$1" '$1 == "latency" { print $6 }'; }
errors() { field "$1" '$1 == "requests" { print $4 + $7 }'; } # non-2xx/3xx answers + socket errors
capacity() { field "$1" 'BEGIN { FS = "\t" } $1 == "capacity" { print $2 }'; }
ratio() { # a b
  if [ -n "$1" ] && [ -n "$2" ] && [ "$2" != 0 ]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; fi
}
median() { # values… (empty ones skipped)
  printf '%s\n' "$@" | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
rounds() { # page: the round numbers measured for it ("" for a run without rounds)
  local f found=()
  for f in "$out/$1"-c50-r*.txt; do
    [ -f "$f" ] || continue
    f="${f##*-r}"
    found+=("${f%.txt}")
  done
  if [ "${#found[@]}" -gt 0 ]; then
    printf '%s\n' "${found[@]}" | sort -n
  elif [ -f "$out/$1-c50.txt" ]; then
    echo ""
  fi
}
file() { # page connections round
  echo "$out/$1-c$2${3:+-r$3}.txt"
}
all_rounds="$(rounds petclinic-owner | tr '\n' ' ')"
peer_all=() # the peer's req/s at 50 connections, round by round: a page measured once (hello) against their median
for q in $all_rounds; do peer_all+=("$(throughput "$(file petclinic-owner 50 "$q")")"); done

printf '\n%-22s | %8s %10s | %8s %10s | %6s | %9s %8s | %11s | %s\n' page "req/s@50" "p95@50" "req/s@5" "p95@5" \
  "50/5" "x peer@50" "x peer@5" "errors 50/5" "open capacity (p95 <= 150 ms)"
printf '%s\n' "-----------------------+---------------------+---------------------+--------+--------------------+-------------+------------------------------"
details=""
for page in "$@" petclinic-owner hello; do
  mapfile -t page_rounds < <(rounds "$page")
  [ "${#page_rounds[@]}" -gt 0 ] || continue
  r50=(); r5=(); l50=(); l5=(); own=(); peer50=(); peer5=(); e50=""; e5=""; line=""
  for r in "${page_rounds[@]}"; do
    a="$(throughput "$(file "$page" 50 "$r")")"; b="$(throughput "$(file "$page" 5 "$r")")"
    r50+=("$a"); r5+=("$b")
    l50+=("$(p95 "$(file "$page" 50 "$r")")"); l5+=("$(p95 "$(file "$page" 5 "$r")")")
    own+=("$(ratio "$a" "$b")")
    p50="$(throughput "$(file petclinic-owner 50 "$r")")"; p5="$(throughput "$(file petclinic-owner 5 "$r")")"
    if [ -z "$r" ] && [ -z "$p50" ] && [ "${#peer_all[@]}" -gt 0 ]; then p50="$(median "${peer_all[@]}")"; fi
    peer50+=("$(ratio "$a" "$p50")"); peer5+=("$(ratio "$b" "$p5")")
    e="$(errors "$(file "$page" 50 "$r")")"; [ -z "$e" ] || e50=$((${e50:-0} + e))
    e="$(errors "$(file "$page" 5 "$r")")"; [ -z "$e" ] || e5=$((${e5:-0} + e))
    line+="${r:+ r$r:} $a/${b:--}"
  done
  m50="$(median "${r50[@]}")"; m5="$(median "${r5[@]}")"; m50l="$(median "${l50[@]}")"; m5l="$(median "${l5[@]}")"
  cap="$(capacity "$out/$page-open.tsv")"
  printf '%-22s | %8s %10s | %8s %10s | %6s | %9s %8s | %11s | %s\n' "$page" "$m50" "${m50l:+$m50l ms}" "$m5" \
    "${m5l:+$m5l ms}" "$(median "${own[@]}")" "$(median "${peer50[@]}")" "$(median "${peer5[@]}")" "${e50:--}/${e5:--}" \
    "${cap:+$cap req/s}"
  [ "${#page_rounds[@]}" -gt 1 ] && details+="$(printf '%-22s |%s' "$page" "$line")"$'\n'
done
if [ -n "$details" ]; then
  printf '\nreq/s at 50 / at 5 connections, round by round (the rounds of the peer: %s)\n%s' "${all_rounds% }" "$details"
fi
