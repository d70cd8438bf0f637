#!/usr/bin/env bash
# Signs N distinct staff accounts in on a running platform (embedded profile) and writes their
# session cookies, one "SESSION=…" line each, to a file for bench/paths.lua (BENCH_COOKIES) and
# bench/openload (--cookies):
#   bench/staff-sessions.sh [base-url] [count] [cookies-file]
#     (defaults: http://127.0.0.1:${BENCH_PORT:-8080} 50 bench/work/staff.cookies)
# Everything goes through the application, as an administrator and the invited people would:
# 1. the demo administrator signs in (bench/login.sh: password + TOTP);
# 2. for each account not yet known, the administrator invites bench-staff-NNN@bench.integrance.fr
#    (/gestion/admin/comptes/nouveau, role STAFF);
# 3. the invitation mails are read at /dev/mails (the embedded profile's SMTP server, GreenMail,
#    shown to this machine only); each invited person follows their link (/invitation/{token}),
#    chooses the password, signs in, enrols the second factor with the secret the enrolment page
#    shows (oathtool computes the code) and is then signed in;
# 4. accounts already known (login, TOTP secret and password are kept in the accounts file,
#    BENCH_STAFF_ACCOUNTS, default bench/work/staff-accounts.txt) only sign in again.
# The password of new accounts is BENCH_STAFF_PASSWORD (not the demo one: the policy's strength
# estimate counts the login's parts, and refused "Demo-Integrance-2026" for a few numbers).
# Idempotent on the same database: run it again and it reuses the sessions still signed in
# (BENCH_NEW_SESSIONS=1 signs in again), else the accounts; an address the platform
# already knows but whose secret was lost is skipped for the next number. Delete the accounts file
# when the database is regenerated (bench/run.sh does).
# (No "head" in pipelines: under pipefail, the writer it cuts off would fail the script.)
# Needs curl and oathtool; the platform's mail dispatch runs every 5 s, so new accounts take a while.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-http://127.0.0.1:${BENCH_PORT:-8080}}"
count="${2:-50}"
out="${3:-bench/work/staff.cookies}"
accounts="${BENCH_STAFF_ACCOUNTS:-bench/work/staff-accounts.txt}"
password="${BENCH_STAFF_PASSWORD:-Orage-tortue-violette-lundi-4821}"
admin="${BENCH_ADMIN:-admin@demo.integrance.fr}"
domain="bench.integrance.fr"
mkdir -p "$(dirname "$out")" "$(dirname "$accounts")"
touch "$accounts"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
trap 'echo "staff-sessions.sh: failed at line $LINENO" >&2' ERR

csrf() { grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//; s/"$//'; }
session_of() { awk '$6 == "SESSION" { print "SESSION=" $7 }' "$1"; }
secret_of() { awk -v login="$1" '$1 == login { print $2 }' "$accounts"; }
login_of() { printf 'bench-staff-%03d@%s' "$1" "$domain"; }

# Password step of the sign-in in cookie jar $1 for login $2 with password $3.
password_step() {
  local token
  token="$(curl -fsS -c "$1" -b "$1" "$base/connexion" | csrf)"
  curl -fsS -o /dev/null -c "$1" -b "$1" --data-urlencode "identifiant=$2" \
    --data-urlencode "motDePasse=$3" --data-urlencode "_csrf=$token" "$base/connexion"
}

# 200 if the session in cookie jar $1 reaches the back office.
back_office_status() { curl -s -o /dev/null -w '%{http_code}' -b "$1" "$base/gestion"; }

# Signs a known account in (password + TOTP with its secret); prints its cookie or fails.
sign_in() { # login secret password
  local jar="$tmp/jar" token attempt
  for attempt in 1 2; do
    rm -f "$jar"
    password_step "$jar" "$1" "$3"
    token="$(curl -fsS -c "$jar" -b "$jar" "$base/connexion/code" | csrf)"
    curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(oathtool --totp -b "$2")" \
      --data-urlencode "_csrf=$token" "$base/connexion/code"
    if [ "$(back_office_status "$jar")" = 200 ]; then
      session_of "$jar"
      return 0
    fi
    # A code is accepted once per 30 s window: the previous run may have used this one.
    [ "$attempt" = 1 ] && sleep $(( 31 - $(date +%s) % 30 ))
  done
  return 1
}

# Activates an invited account from its invitation path, enrols TOTP; prints "secret cookie".
activate() { # login invitation-path
  local jar="$tmp/jar" token secret
  rm -f "$jar"
  token="$(curl -fsS -c "$jar" -b "$jar" "$base$2" | csrf)"
  local status
  status="$(curl -sS -o "$tmp/page" -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "password=$password" \
    --data-urlencode "confirmation=$password" --data-urlencode "_csrf=$token" "$base$2")"
  if [ "$status" != 302 ]; then
    cp "$tmp/page" "$(dirname "$accounts")/refused-invitation.html"
    echo "$1: the password was refused (answer $status, page in $(dirname "$accounts")/refused-invitation.html)" >&2
    return 1
  fi
  rm -f "$jar"
  password_step "$jar" "$1" "$password"
  local page
  page="$(curl -fsS -c "$jar" -b "$jar" "$base/compte/double-authentification")"
  secret="$(printf '%s' "$page" | grep -o 'id="totp-secret"[^>]*>[^<]*' | sed 's/.*>//; s/[[:space:]]//g')"
  [ -n "$secret" ] || { echo "no TOTP secret shown to $1" >&2; return 1; }
  token="$(printf '%s' "$page" | csrf)"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(oathtool --totp -b "$secret")" \
    --data-urlencode "_csrf=$token" "$base/compte/double-authentification"
  [ "$(back_office_status "$jar")" = 200 ] || { echo "$1: enrolled but /gestion refused" >&2; return 1; }
  printf '%s %s\n' "$secret" "$(session_of "$jar")"
}

# The invitation path in the newest captured mail sent to $1, if it has arrived.
invitation_path() {
  local index
  index="$(curl -fsS "$base/dev/mails" | tr -d '\n' | grep -o "<td>$1</td>[[:space:]]*<td><a href=\"/dev/mails/[0-9]*\"" \
    | sed -n 1p | grep -o '[0-9]*"$' | tr -d '"')" || true
  [ -n "$index" ] || return 0
  curl -fsS "$base/dev/mails/$index" | grep -o 'https\?://[^"<[:space:]]*/invitation/[^"<[:space:]]*' | sed -n 1p \
    | sed 's|^https\?://[^/]*||'
}

# 0. The sessions of the previous run, if every one still reaches the back office (they are kept in
#    the database across restarts and expire after 30 minutes without a request).
if [ -f "$out" ] && [ "$(grep -c . "$out")" -ge "$count" ] && [ "${BENCH_NEW_SESSIONS:-0}" != 1 ]; then
  valid=0
  while read -r cookie; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/gestion")" = 200 ] && valid=$((valid + 1))
  done < <(grep . "$out" | sed -n "1,${count}p")
  if [ "$valid" -ge "$count" ]; then
    grep . "$out" | sed -n "1,${count}p" > "$tmp/cookies"
    cp "$tmp/cookies" "$out"
    echo "$count staff sessions of the previous run still signed in: reused ($out)" >&2
    exit 0
  fi
fi

: > "$tmp/cookies"
have=0
# 1. Known accounts sign in again.
while read -r login secret known_password; do
  if [ -z "$login" ] || [ "$have" -ge "$count" ]; then continue; fi
  if cookie="$(sign_in "$login" "$secret" "${known_password:-$password}")"; then
    echo "$cookie" >> "$tmp/cookies"
    have=$((have + 1))
  else
    echo "warning: $login (known) could not sign in; skipped" >&2
  fi
done < "$accounts"
echo "$have known staff accounts signed in" >&2

# 2. Invitations for the missing ones.
if [ "$have" -lt "$count" ]; then
  admin_cookie="$(BENCH_CHECK_PATH=/gestion/admin/comptes bench/login.sh "$base" "$admin")"
  : > "$tmp/invited"
  number=0
  taken=0
  needed=$((count - have))
  while [ "$needed" -gt 0 ] && [ "$number" -lt $((count * 4 + 100)) ]; do
    number=$((number + 1))
    login="$(login_of "$number")"
    [ -z "$(secret_of "$login")" ] || continue
    token="$(curl -fsS -H "Cookie: $admin_cookie" "$base/gestion/admin/comptes/nouveau" | csrf)"
    status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $admin_cookie" --data-urlencode "role=STAFF" \
      --data-urlencode "email=$login" --data-urlencode "displayName=Bench staff $number" \
      --data-urlencode "_csrf=$token" "$base/gestion/admin/comptes/nouveau")"
    if [ "$status" = 302 ]; then
      echo "$login" >> "$tmp/invited"
      needed=$((needed - 1))
    else
      taken=$((taken + 1))
    fi
  done
  if [ "$taken" -gt 0 ]; then
    echo "$taken numbers skipped: the form refused their address (already taken, with no secret known here)" >&2
  fi
  echo "$(wc -l < "$tmp/invited") staff accounts invited; waiting for their mails" >&2

  # 3. Each invited person follows their link (the outbox sends every 5 s).
  while read -r login; do
    path=""
    for _ in $(seq 1 60); do
      path="$(invitation_path "$login")" || path=""
      [ -z "$path" ] || break
      sleep 2
    done
    [ -n "$path" ] || { echo "warning: no invitation mail for $login; skipped" >&2; continue; }
    if result="$(activate "$login" "$path")"; then
      echo "$login ${result%% *} $password" >> "$accounts"
      echo "${result#* }" >> "$tmp/cookies"
      have=$((have + 1))
    else
      echo "warning: $login could not be activated; skipped" >&2
    fi
  done < "$tmp/invited"
fi

cp "$tmp/cookies" "$out"
echo "$have staff sessions in $out" >&2
[ "$have" -ge "$count" ] || { echo "only $have of $count sessions" >&2; exit 1; }
