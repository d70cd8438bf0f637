#!/usr/bin/env bash
# Drill: failover to a streaming standby without restarting the nodes. THROWAWAY clusters only
# (never 5432): primary 15/drill_primary on 127.0.0.1:5435, standby 15/drill_standby on 5436 made
# by pg_basebackup -R (streaming replication). The two nodes and HAProxy of ops/two-nodes.sh use
#   jdbc:postgresql://127.0.0.1:5435,127.0.0.1:5436/integrance?targetServerType=primary
# A staff member signs in; wrk loads / through HAProxy; a probe asks for a signed-in back-office
# page (session in the database) every 200 ms. The primary is stopped (immediate: a crash), the
# standby promoted PROMOTE_AFTER seconds later. Prints: replication state before, the probe's
# outage (first failure → first success again) measured from the stop and from the promotion,
# the probe's statuses during it, wrk's figures, and whether the staff member is still signed in.
# Both clusters are dropped at the end.
# Usage (repository root, as root): ops/drills/standby.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_VERSION="${PG_VERSION:-$(ls /etc/postgresql | sort -n | tail -n 1)}"
PROMOTE_AFTER=${PROMOTE_AFTER:-2}
export TN_DB_URL="jdbc:postgresql://127.0.0.1:5435,127.0.0.1:5436/integrance?targetServerType=primary"
export TN_DB_ADMIN=""
# shellcheck source=../two-nodes.sh
source ops/two-nodes.sh
STAFF=gestionnaire@demo.integrance.fr
probe_pid=""; wrk_pid=""
cleanup() {
  [ -n "$probe_pid" ] && kill "$probe_pid" 2>/dev/null
  [ -n "$wrk_pid" ] && kill "$wrk_pid" 2>/dev/null
  tn_cleanup
  pg_dropcluster --stop "$PG_VERSION" drill_standby 2>/dev/null || true
  pg_dropcluster --stop "$PG_VERSION" drill_primary 2>/dev/null || true
}
trap cleanup EXIT

echo "==> Primary $PG_VERSION/drill_primary on 5435, standby $PG_VERSION/drill_standby on 5436"
pg_dropcluster --stop "$PG_VERSION" drill_standby 2>/dev/null || true
pg_dropcluster --stop "$PG_VERSION" drill_primary 2>/dev/null || true
pg_createcluster "$PG_VERSION" drill_primary -p 5435 -- --auth-local=trust --auth-host=trust >/dev/null
pg_ctlcluster "$PG_VERSION" drill_primary start
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5435 -q && break; sleep 1; done
psql -h 127.0.0.1 -p 5435 -U postgres -q -c "CREATE DATABASE integrance"
pg_createcluster "$PG_VERSION" drill_standby -p 5436 -- --auth-local=trust --auth-host=trust >/dev/null
standby_dir=/var/lib/postgresql/$PG_VERSION/drill_standby
find "$standby_dir" -mindepth 1 -delete
runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p 5435 -U postgres -D "$standby_dir" -R -X stream -c fast
pg_ctlcluster "$PG_VERSION" drill_standby start
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5436 -q && break; sleep 1; done
echo "standby in recovery: $(psql -h 127.0.0.1 -p 5436 -U postgres -At -c 'SELECT pg_is_in_recovery()')"

tn_setup
echo "==> Two nodes on the multi-host URL"
tn_start_both
echo "replication: $(psql -h 127.0.0.1 -p 5435 -U postgres -At -F ' ' -c "SELECT application_name, state, sync_state, pg_wal_lsn_diff(sent_lsn, replay_lsn) FROM pg_stat_replication")"

jar="$TN_WORK/staff.jar"
token=$(curl -s -c "$jar" -b "$jar" "$TN_BASE/connexion" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "identifiant=$STAFF" --data-urlencode "motDePasse=Demo-Integrance-2026" \
  --data-urlencode "_csrf=$token" "$TN_BASE/connexion"
token=$(curl -s -c "$jar" -b "$jar" "$TN_BASE/connexion/code" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(oathtool --totp -b INTEGRANCEDEMOTOTPSECRETKEY23456)" \
  --data-urlencode "_csrf=$token" "$TN_BASE/connexion/code"
signed_in() { # prints the status, or "login" when the answer is the login form
  local code; code=$(curl -s -m 10 -b "$jar" -o "$TN_WORK/p.html" -w '%{http_code}' "$TN_BASE/gestion/demandes")
  if [ "$code" = 200 ] && grep -q 'name="motDePasse"' "$TN_WORK/p.html"; then echo login; else echo "$code"; fi
}
echo "signed in before: $(signed_in)"
sleep 3 # the session row written on the primary reaches the standby

( while true; do echo "$(tn_ms) $(signed_in)"; sleep 0.2; done ) >"$TN_WORK/probe.txt" 2>&1 &
probe_pid=$!
wrk -t2 -c8 -d900s "$TN_BASE/" >"$TN_WORK/wrk.txt" 2>&1 &
wrk_pid=$!
sleep 5

echo "==> Stopping the primary (immediate), promoting the standby $PROMOTE_AFTER s later"
stopped=$(tn_ms)
pg_ctlcluster "$PG_VERSION" drill_primary stop -m immediate
sleep "$PROMOTE_AFTER"
promoted=$(tn_ms)
pg_ctlcluster "$PG_VERSION" drill_standby promote
echo "standby in recovery after promote: $(psql -h 127.0.0.1 -p 5436 -U postgres -At -c 'SELECT pg_is_in_recovery()')"
for _ in $(seq 1 600); do
  last=$(tail -n 1 "$TN_WORK/probe.txt" | awk '{print $2}')
  [ "$(awk -v s="$stopped" '$1 > s' "$TN_WORK/probe.txt" | grep -c ' 200$' || true)" -gt 0 ] && [ "$last" = 200 ] \
    && [ "$(awk -v s="$stopped" '$1 > s && $2 != 200' "$TN_WORK/probe.txt" | wc -l)" -gt 0 ] && break
  sleep 0.5
done
sleep 10
kill "$probe_pid"; probe_pid=""
kill -INT "$wrk_pid"; wait "$wrk_pid" 2>/dev/null || true; wrk_pid=""

first_fail=$(awk -v s="$stopped" '$1 >= s && $2 != 200 {print $1; exit}' "$TN_WORK/probe.txt")
back=$(awk -v f="${first_fail:-0}" '$1 > f && $2 == 200 {print $1; exit}' "$TN_WORK/probe.txt")
echo "==> Figures"
echo "probe answers after the stop: $(awk -v s="$stopped" '$1 >= s {print $2}' "$TN_WORK/probe.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ',')"
if [ -n "$first_fail" ] && [ -n "$back" ]; then
  echo "first failed probe $(( first_fail - stopped )) ms after the stop; answering again $(( back - stopped )) ms after the stop, $(( back - promoted )) ms after the promotion"
  echo "probe failures in between: $(awk -v a="$first_fail" -v b="$back" '$1 >= a && $1 < b' "$TN_WORK/probe.txt" | wc -l)"
  echo "answers after recovery that were not 200: $(awk -v b="$back" '$1 > b && $2 != 200' "$TN_WORK/probe.txt" | wc -l)"
else
  echo "no outage seen by the probe, or no recovery (first failure: ${first_fail:-none}, back: ${back:-none})"
fi
echo "signed in after the failover: $(signed_in)"
echo "wrk: $(grep 'requests in' "$TN_WORK/wrk.txt" | sed 's/^ *//'); $(grep 'Socket errors' "$TN_WORK/wrk.txt" | sed 's/^ *//' || echo 'no socket errors'); $(grep 'Non-2xx' "$TN_WORK/wrk.txt" | sed 's/^ *//' || echo 'Non-2xx or 3xx: 0')"
for n in n1 n2; do
  echo "$n log: $(grep -c 'Database unavailable' "$TN_WORK/$n.log" || true) x « Database unavailable », $(grep -c 'Database available again' "$TN_WORK/$n.log" || true) x « available again »"
done
