#!/usr/bin/env bash
# Signs the demo staff account in (password + TOTP) on a running platform and prints the session
# cookie as a "Cookie:" header value for wrk. Needs curl and oathtool.
#   bench/login.sh [base-url] [login]     (BENCH_CHECK_PATH: the page that must answer 200 once signed in, /gestion by default)
set -euo pipefail
base="${1:-http://127.0.0.1:8080}"
login="${2:-gestionnaire@demo.integrance.fr}"
password="${BENCH_PASSWORD:-Demo-Integrance-2026}"
secret="${BENCH_TOTP_SECRET:-INTEGRANCEDEMOTOTPSECRETKEY23456}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }

token="$(curl -fsS -c "$jar" -b "$jar" "$base/connexion" | csrf)"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "identifiant=$login" \
  --data-urlencode "motDePasse=$password" --data-urlencode "_csrf=$token" "$base/connexion"
token="$(curl -fsS -c "$jar" -b "$jar" "$base/connexion/code" | csrf)"
# A demo code may not be used twice in the same 30 s window: wait for a fresh window if needed.
sleep $(( 31 - $(date +%s) % 30 ))
code="$(oathtool --totp -b "$secret")"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$code" --data-urlencode "_csrf=$token" \
  "$base/connexion/code"
status="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base${BENCH_CHECK_PATH:-/gestion}")"
[ "$status" = 200 ] || { echo "sign-in failed: ${BENCH_CHECK_PATH:-/gestion} answered $status" >&2; exit 1; }
awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
