#!/usr/bin/env bash
# The summary table of bench/run.sh, from the files a run left in its results folder:
#   bench/table.sh bench/work/results-<db> page…
# For each page, then the peer (petclinic-owner) and the hello ceiling when measured: req/s and p95
# at 50 and at 5 connections (wrk), the ratio of req/s to the peer's owner page in the same run,
# the errors (non-2xx/3xx answers and socket errors: a page in error is fast and counts in wrk's
# req/s, so read this column first) and the open-model capacity (highest arrival rate with
# p95 <= 150 ms, bench/openload).
set -euo pipefail
out="$1"
shift
throughput() { # file
  [ -f "$1" ] && awk '$1 == "throughput" { print $2 }' "$1" || echo ""
}
p95() { # file
  [ -f "$1" ] && awk '$1 == "latency" { print $6 }' "$1" || echo ""
}
errors() { # file: non-2xx/3xx answers + socket errors
  [ -f "$1" ] && awk '$1 == "requests" { print $4 + $7 }' "$1" || echo ""
}
capacity() { # file
  [ -f "$1" ] && awk -F'\t' '$1 == "capacity" { print $2 }' "$1" || echo ""
}
ratio() { # ours peer
  if [ -n "$1" ] && [ -n "$2" ] && [ "$2" != 0 ]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; fi
}
peer50="$(throughput "$out/petclinic-owner-c50.txt")"
peer5="$(throughput "$out/petclinic-owner-c5.txt")"
printf '\n%-22s | %8s %10s | %8s %10s | %9s %8s | %11s | %s\n' page "req/s@50" "p95@50" "req/s@5" "p95@5" \
  "x peer@50" "x peer@5" "errors 50/5" "open capacity (p95 <= 150 ms)"
printf '%s\n' "-----------------------+---------------------+---------------------+--------------------+-------------+------------------------------"
for page in "$@" petclinic-owner hello; do
  [ -f "$out/$page-c50.txt" ] || continue
  r50="$(throughput "$out/$page-c50.txt")"
  r5="$(throughput "$out/$page-c5.txt")"
  l50="$(p95 "$out/$page-c50.txt")"
  l5="$(p95 "$out/$page-c5.txt")"
  e50="$(errors "$out/$page-c50.txt")"
  e5="$(errors "$out/$page-c5.txt")"
  cap="$(capacity "$out/$page-open.tsv")"
  printf '%-22s | %8s %10s | %8s %10s | %9s %8s | %11s | %s\n' "$page" "$r50" "${l50:+$l50 ms}" "$r5" "${l5:+$l5 ms}" \
    "$(ratio "$r50" "$peer50")" "$(ratio "$r5" "$peer5")" "${e50:--}/${e5:--}" "${cap:+$cap req/s}"
done
