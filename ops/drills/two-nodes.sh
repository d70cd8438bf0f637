#!/usr/bin/env bash
# Drill: two nodes behind HAProxy (ops/two-nodes.sh: n1 127.0.0.1:18091, n2 :18092, HAProxy
# :18090, one throwaway PostgreSQL database drill_nodes on 127.0.0.1:5432, dropped at the end).
# Steps, in this order (name some to run only those; default: all):
#   session  a staff member signs in through HAProxy (password then TOTP, each request round robin)
#            then 20 back-office pages: which node answered each (X-Served-By, access logs), still
#            signed in on both?
#   kill9    wrk load through HAProxy; kill -9 of n1 after KILL_AFTER s; the same wrk run goes on
#            on n2: wrk's total requests, socket errors and non-2xx/3xx; HAProxy's counters
#            (HAProxy resends a GET whose node died before answering; TN_L7_RETRY=false: not)
#   rolling  wrk load; rolling restart n1 then n2 (HAProxy drains the node, SIGTERM = graceful
#            shutdown, start, wait for readiness, back in rotation): wrk's errors (must be 0).
#            ROLLING_DRAIN=false skips the drain (SIGTERM only: what the health check alone gives)
#   jobs     JOBS_SECONDS of both nodes running their scheduled jobs while password-reset mails
#            are asked for the demo accounts every minute: runs per job and node (ShedLock debug
#            log), overlapping runs, mails queued / sent / received by the two SMTP servers
#   cache    the queue counts (requests.internal.QueueCounts, 5 s per node): a new case is
#            submitted through n1; time until n1 and n2 each show the new count
# Usage (repository root, as root: apt-get, psql as postgres over TCP): ops/drills/two-nodes.sh [steps]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../two-nodes.sh
source ops/two-nodes.sh
STEPS=${*:-session kill9 rolling jobs cache}
KILL_AFTER=${KILL_AFTER:-8}
LOAD_PATH=${LOAD_PATH:-/}
JOBS_SECONDS=${JOBS_SECONDS:-180}
ROLLING_DRAIN=${ROLLING_DRAIN:-true}
STAFF=gestionnaire@demo.integrance.fr
PASSWORD=Demo-Integrance-2026
TOTP_SECRET=INTEGRANCEDEMOTOTPSECRETKEY23456
wrk_pid=""
trap '[ -n "$wrk_pid" ] && kill "$wrk_pid" 2>/dev/null; tn_cleanup' EXIT

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }

# Signs the staff member in through $1 (base URL) into cookie jar $2; prints each step's node.
sign_in() {
  local base=$1 jar=$2 token code out
  token=$(curl -s -c "$jar" -b "$jar" -D "$TN_WORK/h" "$base/connexion" | csrf)
  echo "  GET  /connexion        -> $(grep -i '^x-served-by' "$TN_WORK/h" | tr -d '\r' | sed 's/.*: //')"
  out=$(curl -s -c "$jar" -b "$jar" -D "$TN_WORK/h" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "identifiant=$STAFF" --data-urlencode "motDePasse=$PASSWORD" --data-urlencode "_csrf=$token" \
    "$base/connexion")
  echo "  POST /connexion        -> $(grep -i '^x-served-by' "$TN_WORK/h" | tr -d '\r' | sed 's/.*: //') $out"
  token=$(curl -s -c "$jar" -b "$jar" -D "$TN_WORK/h" "$base/connexion/code" | csrf)
  echo "  GET  /connexion/code   -> $(grep -i '^x-served-by' "$TN_WORK/h" | tr -d '\r' | sed 's/.*: //')"
  code=$(oathtool --totp -b "$TOTP_SECRET")
  out=$(curl -s -c "$jar" -b "$jar" -D "$TN_WORK/h" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$base/connexion/code")
  echo "  POST /connexion/code   -> $(grep -i '^x-served-by' "$TN_WORK/h" | tr -d '\r' | sed 's/.*: //') $out"
}

drill_session() {
  echo "==> (a) Session across nodes"
  local jar="$TN_WORK/staff.jar" i node code n1=0 n2=0 ok=0 before1 before2
  sign_in "$TN_BASE" "$jar"
  before1=$(cat "$TN_WORK"/n1/access_log.* | grep -c '/gestion/demandes' || true)
  before2=$(cat "$TN_WORK"/n2/access_log.* | grep -c '/gestion/demandes' || true)
  for i in $(seq 1 20); do
    code=$(curl -s -b "$jar" -D "$TN_WORK/h" -o "$TN_WORK/page.html" -w '%{http_code}' "$TN_BASE/gestion/demandes")
    node=$(grep -i '^x-served-by' "$TN_WORK/h" | tr -d '\r' | sed 's/.*: //')
    [ "$node" = n1 ] && n1=$((n1 + 1))
    [ "$node" = n2 ] && n2=$((n2 + 1))
    # signed in: 200 and the page is not the login form
    if [ "$code" = 200 ] && ! grep -q 'name="motDePasse"' "$TN_WORK/page.html"; then ok=$((ok + 1)); fi
  done
  echo "20 x GET /gestion/demandes: signed-in answers $ok/20; X-Served-By n1 $n1, n2 $n2"
  curl -s -o /dev/null --interface 127.0.0.2 "$TN_BASE/connexion?from=127.0.0.2"
  curl -s -o /dev/null --interface 127.0.0.2 "$TN_BASE/connexion?from=127.0.0.2"
  echo "a client on 127.0.0.2 (HAProxy connects to the nodes from 127.0.0.1), as the nodes see it: $(cat "$TN_WORK"/n?/access_log.* | grep 'from=127.0.0.2' | awk '{print $3, $NF}' | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
  echo "access logs: n1 $(( $(cat "$TN_WORK"/n1/access_log.* | grep -c '/gestion/demandes' || true) - before1 )), n2 $(( $(cat "$TN_WORK"/n2/access_log.* | grep -c '/gestion/demandes' || true) - before2 )) requests for /gestion/demandes"
}

# wrk in the background for at most 15 minutes; wrk_stop interrupts it (SIGINT: it prints its figures).
wrk_start() {
  wrk -t2 -c8 -d900s --timeout "${WRK_TIMEOUT:-10s}" --latency "$TN_BASE$LOAD_PATH" >"$TN_WORK/wrk-$1.txt" 2>&1 &
  wrk_pid=$!
}
wrk_stop() {
  kill -INT "$wrk_pid"; wait "$wrk_pid" 2>/dev/null || true; wrk_pid=""
  local f="$TN_WORK/wrk-$1.txt"
  echo "wrk: $(grep 'requests in' "$f" | sed 's/^ *//')"
  echo "wrk: $(grep 'Socket errors' "$f" | sed 's/^ *//' || echo 'Socket errors: none')"
  echo "wrk: $(grep 'Non-2xx' "$f" | sed 's/^ *//' || echo 'Non-2xx or 3xx responses: 0')"
  echo "wrk latency: $(grep -A 4 'Latency Distribution' "$f" | tail -n 4 | tr -s ' ' | tr '\n' ' ')"
}
haproxy_counters() {
  local n
  for n in n1 n2; do
    echo "HAProxy $n: requests $(tn_server_stat $n stot), 2xx $(tn_server_stat $n hrsp_2xx), 5xx $(tn_server_stat $n hrsp_5xx), connection errors $(tn_server_stat $n econ), response errors $(tn_server_stat $n eresp), retries $(tn_server_stat $n wretr), redispatches $(tn_server_stat $n wredis)"
  done
  echo "HAProxy frontend: 5xx answered to clients $(tn_server_stat FRONTEND hrsp_5xx), requests $(tn_server_stat FRONTEND req_tot)"
}

drill_kill9() {
  echo "==> (b) kill -9 of n1 under load (wrk -t2 -c8 $TN_BASE$LOAD_PATH; HAProxy L7 retries of GET/HEAD: ${TN_L7_RETRY:-true})"
  tn_admin "clear counters all" >/dev/null
  wrk_start kill9
  sleep "$KILL_AFTER"
  local killed; killed=$(tn_ms)
  kill -9 "${TN_PID[n1]}"; wait "${TN_PID[n1]}" 2>/dev/null || true; TN_PID[n1]=""
  tn_wait_haproxy n1 DOWN
  echo "HAProxy marked n1 DOWN after $(( $(tn_ms) - killed )) ms"
  sleep 8
  wrk_stop kill9
  haproxy_counters
  echo "restarting n1"
  tn_start_node n1
  tn_wait_haproxy n1 UP
}

drill_rolling() {
  echo "==> (c) Rolling restart under load (drain: $ROLLING_DRAIN)"
  tn_admin "clear counters all" >/dev/null
  wrk_start rolling
  sleep 3
  local n t
  for n in n1 n2; do
    t=$(tn_ms)
    if $ROLLING_DRAIN; then
      tn_stop_node "$n"
    else
      kill -TERM "${TN_PID[$n]}"; wait "${TN_PID[$n]}" 2>/dev/null || true; TN_PID[$n]=""
    fi
    echo "$n stopped after $(( $(tn_ms) - t )) ms"
    t=$(tn_ms)
    tn_start_node "$n"
    tn_ready_node "$n"
    echo "$n started, ready and back in HAProxy after $(( $(tn_ms) - t )) ms"
  done
  sleep 3
  wrk_stop rolling
  haproxy_counters
}

drill_jobs() {
  echo "==> (d) Scheduled jobs and mails for $JOBS_SECONDS s"
  local start since; start=$(tn_ms); since=$(date -u +%Y-%m-%dT%H:%M:%S)
  local accounts="adherent employeur tuteur.admin tuteur gestionnaire dpo admin" a token jar="$TN_WORK/reset.jar" asked=0
  # count only the ShedLock lines written from now on
  local queued0; queued0=$(psql -h 127.0.0.1 -U postgres -d "$TN_DB_NAME" -At -c "SELECT count(*) FROM notification_mail_outbox")
  while [ $(( $(tn_ms) - start )) -lt $(( JOBS_SECONDS * 1000 )) ]; do
    for a in $accounts; do
      rm -f "$jar"
      token=$(curl -s -c "$jar" -b "$jar" "$TN_BASE/mot-de-passe-oublie" | csrf)
      curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$a@demo.integrance.fr" \
        --data-urlencode "_csrf=$token" "$TN_BASE/mot-de-passe-oublie"
      asked=$((asked + 1))
    done
    sleep 61
  done
  sleep 15 # the last mails' dispatch (every 5 s)
  job_runs "$since"
  psql -h 127.0.0.1 -U postgres -d "$TN_DB_NAME" -At -F ' ' -c "SELECT name, lock_until - locked_at FROM shedlock ORDER BY name" | sed 's/^/  shedlock row: /'
  local queued sent r1 r2
  queued=$(( $(psql -h 127.0.0.1 -U postgres -d "$TN_DB_NAME" -At -c "SELECT count(*) FROM notification_mail_outbox") - queued0 ))
  sent=$(psql -h 127.0.0.1 -U postgres -d "$TN_DB_NAME" -At -c "SELECT count(*) FROM notification_mail_outbox WHERE status = 'SENT'")
  r1=$(curl -s "http://127.0.0.1:${TN_PORT[n1]}/dev/mails" | grep -c 'href="/dev/mails/[0-9]' || true)
  r2=$(curl -s "http://127.0.0.1:${TN_PORT[n2]}/dev/mails" | grep -c 'href="/dev/mails/[0-9]' || true)
  echo "reset requests: $asked; mails queued: $queued; outbox SENT (all time): $sent; received by n1's SMTP: $r1, by n2's SMTP: $r2 (since their last start)"
  psql -h 127.0.0.1 -U postgres -d "$TN_DB_NAME" -At -F ' ' -c "SELECT status, attempts, count(*) FROM notification_mail_outbox GROUP BY 1, 2 ORDER BY 1, 2" | sed 's/^/  outbox status attempts count: /'
}

# Runs of each job per node since $1 (ShedLock's debug lines « Locked 'x' » … « Task finished, lock
# 'x' », « Not executing 'x'. It's locked. »), and runs of one job on the two nodes that overlapped.
job_runs() {
  local n
  for n in n1 n2; do
    awk -v n=$n -v since="$1" '$1 >= since && /DefaultLockingTaskExecutor/ {
        if (match($0, /Locked \x27[^\x27]*\x27/)) print substr($0, RSTART + 8, RLENGTH - 9), $1, "start", n
        else if (match($0, /Task finished, lock \x27[^\x27]*\x27/)) print substr($0, RSTART + 21, RLENGTH - 22), $1, "end", n
        else if (match($0, /Not executing \x27[^\x27]*\x27/)) print substr($0, RSTART + 15, RLENGTH - 16), $1, "skip", n }' "$TN_WORK/$n.log"
  done | sort -k1,1 -k2,2 | awk '
    $3 == "start" { runs[$1 " on " $4]++; if (($1) in running) overlap[$1]++; running[$1] = $4 }
    $3 == "end" { delete running[$1] }
    $3 == "skip" { skips[$1 " on " $4]++ }
    END {
      for (k in runs) print "  runs of", k ":", runs[k]
      for (k in skips) print "  not run (locked by the other node):", k ":", skips[k]
      n = 0; for (k in overlap) { print "  OVERLAPPING runs of", k ":", overlap[k]; n++ }
      print "  jobs with overlapping runs on the two nodes:", n
    }' | sort
}

queue_count() { # $1 node, prints the sum of the queue counts of /gestion/demandes (a /contact case is a SOLICITATION)
  curl -s -b "$TN_WORK/staff.jar" "http://127.0.0.1:${TN_PORT[$1]}/gestion/demandes" \
    | grep -A 1 'class="queue-count"' | grep -o '<strong>[0-9]*' | sed 's/<strong>//' | awk '{s += $1} END {print s + 0}'
}

drill_cache() {
  echo "==> (e) Queue counts per node (5 s time to live)"
  [ -f "$TN_WORK/staff.jar" ] || sign_in "$TN_BASE" "$TN_WORK/staff.jar" >/dev/null
  local c1 c2 jar="$TN_WORK/contact.jar" token t i seen1="" seen2=""
  c1=$(queue_count n1); c2=$(queue_count n2)
  echo "before: n1 shows ${c1:-?}, n2 shows ${c2:-?}"
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:${TN_PORT[n1]}/contact" | csrf)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" \
    --data-urlencode "submission-key=$(cat /proc/sys/kernel/random/uuid)" --data-urlencode "lastName=Exercice" \
    --data-urlencode "firstName=Cache" --data-urlencode "email=cache@example.org" --data-urlencode "subject=Exercice cache" \
    --data-urlencode "message=Compteurs" --data-urlencode "consent=true" "http://127.0.0.1:${TN_PORT[n1]}/contact"
  t=$(tn_ms)
  for i in $(seq 1 60); do
    [ -z "$seen1" ] && [ "$(queue_count n1)" != "$c1" ] && seen1=$(( $(tn_ms) - t ))
    [ -z "$seen2" ] && [ "$(queue_count n2)" != "$c2" ] && seen2=$(( $(tn_ms) - t ))
    [ -n "$seen1" ] && [ -n "$seen2" ] && break
    sleep 0.25
  done
  echo "after a submission on n1: n1 shows $(queue_count n1) after ${seen1:-more than 15000} ms, n2 shows $(queue_count n2) after ${seen2:-more than 15000} ms"
}

tn_setup
echo "==> Starting n1 (loads the demo data) then n2; work directory $TN_WORK"
t0=$(tn_ms)
tn_start_both
echo "both nodes UP in HAProxy after $(( $(tn_ms) - t0 )) ms"
for step in $STEPS; do "drill_$step"; done
