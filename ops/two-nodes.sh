#!/usr/bin/env bash
# Two application nodes behind HAProxy, on one PostgreSQL database (127.0.0.1 only).
#   node n1 on 127.0.0.1:18091, node n2 on 127.0.0.1:18092, HAProxy on 127.0.0.1:18090
#   (round robin, health check GET /actuator/health/readiness every second, fall 2 / rise 2,
#   a failed connection is retried on the other node, response header X-Served-By: n1|n2;
#   statistics and admin commands on the socket $TN_WORK/haproxy.sock).
# The nodes share everything that must be shared: the database (sessions, ShedLock, outbox), the
# keysets and the data directory ($TN_WORK/data: keys, documents, uploads, audit checkpoints).
# Each node has its own log ($TN_WORK/n1.log, n2.log), Tomcat access log ($TN_WORK/n1/access_log.*)
# and embedded GreenMail SMTP (n1 on 127.0.0.1:13025, n2 on 13026; read at /dev/mails of the node).
# Demo data are loaded by n1 (started first); n2 starts once n1 is ready.
#
# Run alone: `ops/two-nodes.sh` starts everything on the throwaway database drill_nodes
# (127.0.0.1:5432, created and dropped at the end) and waits for Ctrl-C. Sourced by the drills
# (ops/drills/two-nodes.sh): they call tn_setup, tn_start_node, tn_stop_node, tn_haproxy...
# Needs root for apt-get install -y haproxy wrk when absent. Builds the jar if missing.
# Settings: TN_DB_URL (JDBC URL; default the throwaway database), TN_DB_ADMIN (psql connection of
# the cluster that holds it, to create/drop it; empty: not managed here).
set -euo pipefail

TN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TN_HAPROXY_PORT=18090
declare -A TN_PORT=([n1]=18091 [n2]=18092)
declare -A TN_SMTP=([n1]=13025 [n2]=13026)
declare -A TN_PID=([n1]="" [n2]="")
TN_DB_URL=${TN_DB_URL:-jdbc:postgresql://127.0.0.1:5432/drill_nodes}
TN_DB_ADMIN=${TN_DB_ADMIN-"-h 127.0.0.1 -p 5432 -U postgres"}
TN_DB_NAME=${TN_DB_NAME:-drill_nodes}
TN_BASE="http://127.0.0.1:$TN_HAPROXY_PORT"
TN_WORK=""
TN_HAPROXY_PID=""
TN_JAR=""

tn_ms() { date +%s%3N; }

tn_install() {
  if ! command -v haproxy >/dev/null || ! command -v wrk >/dev/null; then
    apt-get install -y haproxy wrk >/dev/null
  fi
}

tn_cleanup() {
  local n
  for n in n1 n2; do
    [ -n "${TN_PID[$n]}" ] && kill -9 "${TN_PID[$n]}" 2>/dev/null || true
  done
  [ -n "$TN_HAPROXY_PID" ] && kill "$TN_HAPROXY_PID" 2>/dev/null || true
  if [ -n "$TN_DB_ADMIN" ]; then
    # shellcheck disable=SC2086
    psql $TN_DB_ADMIN -q -d postgres -c "DROP DATABASE IF EXISTS $TN_DB_NAME WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  [ -n "$TN_WORK" ] && [ -z "${TN_KEEP:-}" ] && rm -rf "$TN_WORK"
  return 0
}

# Work directory, jar, database, HAProxy. The caller sets `trap tn_cleanup EXIT` (or its own).
tn_setup() {
  tn_install
  TN_WORK=$(mktemp -d /tmp/two-nodes.XXXXXX)
  mkdir -p "$TN_WORK/data" "$TN_WORK/n1" "$TN_WORK/n2"
  TN_JAR=$(ls "$TN_ROOT"/target/plateforme-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  if [ -z "$TN_JAR" ]; then
    (cd "$TN_ROOT" && ./mvnw -q -DskipTests -Djacoco.skip=true package)
    TN_JAR=$(ls "$TN_ROOT"/target/plateforme-*.jar | grep -v original | head -n 1)
  fi
  if [ -n "$TN_DB_ADMIN" ]; then
    # shellcheck disable=SC2086
    psql $TN_DB_ADMIN -q -d postgres -c "DROP DATABASE IF EXISTS $TN_DB_NAME WITH (FORCE)" -c "CREATE DATABASE $TN_DB_NAME"
  fi
  tn_haproxy
}

tn_haproxy() {
  TN_L7_RETRY_LINE=""
  if [ "${TN_L7_RETRY:-true}" = true ]; then TN_L7_RETRY_LINE="retry-on conn-failure empty-response"; fi
  cat >"$TN_WORK/haproxy.cfg" <<EOF
global
    stats socket $TN_WORK/haproxy.sock mode 600 level admin
    maxconn 2000

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 10s
    # a connection refused by a dead or stopping node is retried on the other one
    retries 2
    option redispatch 1
    # the client's address for the nodes (login throttles, activation limits, journal):
    # X-Forwarded-For, read by Tomcat (server.forward-headers-strategy=native) from a trusted proxy
    option forwardfor
    # a GET or HEAD whose node closed the connection without answering is also
    # sent again to the other node (never a POST: it may have been done); TN_L7_RETRY=false: not
    ${TN_L7_RETRY_LINE}

frontend www
    bind 127.0.0.1:$TN_HAPROXY_PORT
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    http-response set-header X-Served-By %s
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2
    server n1 127.0.0.1:${TN_PORT[n1]} check
    server n2 127.0.0.1:${TN_PORT[n2]} check
EOF
  haproxy -f "$TN_WORK/haproxy.cfg" -db >"$TN_WORK/haproxy.log" 2>&1 &
  TN_HAPROXY_PID=$!
  local i
  for i in $(seq 1 50); do
    [ -S "$TN_WORK/haproxy.sock" ] && return 0
    sleep 0.1
  done
  echo "HAProxy did not start"; cat "$TN_WORK/haproxy.log"; return 1
}

# One command to HAProxy's admin socket.
tn_admin() { echo "$*" | socat stdio "unix-connect:$TN_WORK/haproxy.sock"; }

# HAProxy's view of a server: "UP", "DOWN", "MAINT", "DRAIN"...; and one counter of `show stat`.
tn_server_status() { tn_admin "show stat" | awk -F, -v s="$1" '$1 == "nodes" && $2 == s {print $18}'; }
tn_server_stat() { # $1 server (n1, n2, FRONTEND, BACKEND), $2 column (scur, stot, hrsp_5xx, eresp, econ, wretr, wredis…)
  tn_admin "show stat" | awk -F, -v s="$1" -v c="$2" 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == c || $i == "# " c) col = i}
    ($1 == "nodes" || $1 == "www") && $2 == s {print $col}'
}

# Starts node $1 and waits until its readiness is UP (direct, not through HAProxy). Extra
# arguments are passed to the application.
tn_start_node() {
  local n=$1; shift
  local port=${TN_PORT[$n]}
  local demo=false; [ "$n" = n1 ] && demo=true
  DATABASE_URL="$TN_DB_URL" DATABASE_USER=postgres DATABASE_PASSWORD="" \
    java -jar "$TN_JAR" --spring.profiles.active=postgres \
    --server.port="$port" --server.address=127.0.0.1 \
    --app.data-dir="$TN_WORK/data" \
    --app.crypto.keyset-file="$TN_WORK/data/keys/field-aead-keyset.json" \
    --app.crypto.index-keyset-file="$TN_WORK/data/keys/blind-index-keyset.json" \
    --app.crypto.journal-mac-keyset-file="$TN_WORK/data/keys/journal-mac-keyset.json" \
    --app.crypto.journal-signature-keyset-file="$TN_WORK/data/keys/journal-signature-keyset.json" \
    --app.crypto.generate-if-missing=true \
    --app.consent.cookie-key=drill-two-nodes-consent-cookie-key-0123456789 \
    --app.demo-data.enabled="$demo" --app.dev-tools.enabled=true \
    --app.mail.embedded-smtp.enabled=true --app.mail.embedded-smtp.port="${TN_SMTP[$n]}" \
    --app.identity.base-url="$TN_BASE" \
    --server.servlet.session.cookie.secure=false \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$TN_WORK/$n" \
    --server.forward-headers-strategy="${TN_FORWARD_HEADERS:-native}" \
    --server.tomcat.accesslog.request-attributes-enabled=true \
    --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%t %a "%r" %s %D xff=%{X-Forwarded-For}i' \
    --server.tomcat.basedir="$TN_WORK/$n/tomcat" \
    --logging.level.net.javacrumbs.shedlock=DEBUG \
    "$@" >>"$TN_WORK/$n.log" 2>&1 &
  TN_PID[$n]=$!
  local i
  for i in $(seq 1 600); do
    [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ] && return 0
    kill -0 "${TN_PID[$n]}" 2>/dev/null || { grep -m 5 -A 3 "APPLICATION FAILED\|Caused by" "$TN_WORK/$n.log"; return 1; }
    sleep 0.5
  done
  echo "node $n not ready after 300 s"; return 1
}

# Waits until HAProxy sees server $1 in state $2 (UP, DOWN…); at most 30 s.
tn_wait_haproxy() {
  local i
  for i in $(seq 1 300); do
    case "$(tn_server_status "$1")" in "$2"*) return 0 ;; esac
    sleep 0.1
  done
  echo "HAProxy: $1 not $2 after 30 s (is $(tn_server_status "$1"))"; return 1
}

# Graceful stop of node $1: HAProxy drains it (no new request; the in-flight ones end), then
# SIGTERM (the application's readiness goes to REFUSING_TRAFFIC and Tomcat's graceful shutdown
# lets the requests in progress finish), then waits for the process to exit (at most 60 s).
tn_stop_node() {
  local n=$1 i
  tn_admin "set server nodes/$n state drain" >/dev/null
  for i in $(seq 1 100); do
    [ "$(tn_server_stat "$n" scur)" = 0 ] && break
    sleep 0.1
  done
  kill -TERM "${TN_PID[$n]}"
  for i in $(seq 1 600); do
    kill -0 "${TN_PID[$n]}" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "${TN_PID[$n]}" 2>/dev/null; then echo "node $n still alive 60 s after SIGTERM"; return 1; fi
  wait "${TN_PID[$n]}" 2>/dev/null || true
  TN_PID[$n]=""
}

# Puts node $1 back in HAProxy's rotation (after tn_stop_node / tn_start_node) and waits for UP.
tn_ready_node() {
  tn_admin "set server nodes/$1 state ready" >/dev/null
  tn_wait_haproxy "$1" UP
}

tn_start_both() {
  tn_start_node n1 "$@"
  tn_start_node n2 "$@"
  tn_wait_haproxy n1 UP
  tn_wait_haproxy n2 UP
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  trap tn_cleanup EXIT
  tn_setup
  echo "==> Starting n1 then n2 (logs in $TN_WORK)"
  tn_start_both
  echo "Ready: $TN_BASE (n1 :${TN_PORT[n1]}, n2 :${TN_PORT[n2]}). Ctrl-C stops and drops everything."
  trap 'exit 0' INT TERM
  while true; do sleep 1; done
fi
