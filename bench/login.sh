#!/usr/bin/env bash
# Signs the demo staff account in (password + TOTP) on a running platform and prints the session
# cookie as a "Cookie:" header value for wrk. Needs curl and oathtool.
#   bench/login.sh [base-url] [login]
# BENCH_CHECK_PATH (default /gestion) is a page the account must reach once signed in (the
# administrator's is /gestion/admin/comptes).
set -euo pipefail
base="${1:-http://127.0.0.1:8080}"
login="${2:-gestionnaire@demo.integrance.fr}"
password="${BENCH_PASSWORD:-Demo-Integrance-2026}"
secret="${BENCH_TOTP_SECRET:-INTEGRANCEDEMOTOTPSECRETKEY23456}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//; s/"$//'; }

token="$(curl -fsS -c "$jar" -b "$jar" "$base/connexion" | csrf)"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "identifiant=$login" \
  --data-urlencode "motDePasse=$password" --data-urlencode "_csrf=$token" "$base/connexion"
token="$(curl -fsS -c "$jar" -b "$jar" "$base/connexion/code" | csrf)"
# A demo code may not be used twice in the same 30 s window: wait for a fresh window if needed.
sleep $(( 31 - $(date +%s) % 30 ))
code="$(oathtool --totp -b "$secret")"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$code" --data-urlencode "_csrf=$token" \
  "$base/connexion/code"
check="${BENCH_CHECK_PATH:-/gestion}"
status="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base$check")"
[ "$status" = 200 ] || { echo "sign-in failed: $check answered $status" >&2; exit 1; }
awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
