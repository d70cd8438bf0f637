#!/usr/bin/env bash
# Drill (issue 11, item 5): an attacker cannot lock the owner out.
# Starts the app (embedded profile, throwaway data directory) on 127.0.0.1:18084 and
# 127.0.0.2:18084 (server.address=0.0.0.0 here: the loopback /8 answers on every 127.x
# address; only loopback addresses are used), then:
#   1. "attacker" 127.0.0.2: 50 wrong passwords for the demo member;
#   2. "owner" 127.0.0.1: the right password signs in (302 to /iadherent);
#   3. the attacker's right password is refused (throttled source);
#   4. alert mails for the member in the outbox (expect 1);
#   5. median time of /mot-de-passe-oublie for a known and an unknown address.
# Prints its figures. Needs: java 17, curl; builds the jar if absent (./mvnw -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=18084
DATA=$(mktemp -d /tmp/lockout-drill.XXXXXX)
LOG="$DATA/app.log"
MEMBER="adherent@demo.integrance.fr"
WRONG="Wrong-Password-000"
RIGHT="Demo-Integrance-2026"
JAR=$(ls target/plateforme-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -o -DskipTests -Djacoco.skip=true package
  JAR=$(ls target/plateforme-*.jar | grep -v original | head -1)
fi
java -jar "$JAR" --server.port=$PORT --server.address=0.0.0.0 --app.data-dir="$DATA" \
  --app.identity.base-url=http://127.0.0.1:$PORT >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break
  sleep 1
done
if ! curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; then
  echo "the app did not answer within 180 s; see $LOG" >&2
  tail -20 "$LOG" >&2
  exit 1
fi

# One login from a fresh cookie jar; prints the Location header.
login() { # $1 source address, $2 password
  local jar; jar=$(mktemp "$DATA/jar.XXXX")
  local page token
  page=$(curl -s --interface "$1" -c "$jar" -b "$jar" "http://$1:$PORT/connexion")
  token=$(printf '%s' "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s --interface "$1" -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "identifiant=$MEMBER" --data-urlencode "motDePasse=$2" --data-urlencode "_csrf=$token" \
    "http://$1:$PORT/connexion"
  rm -f "$jar"
}

refused=0
for _ in $(seq 1 50); do
  case "$(login 127.0.0.2 "$WRONG")" in *erreur*) refused=$((refused + 1)) ;; esac
done
owner=$(login 127.0.0.1 "$RIGHT")
attacker=$(login 127.0.0.2 "$RIGHT")
alerts=$(grep -c "security-event=account-attack-alert" "$LOG" || true)
echo "attacker 127.0.0.2: $refused/50 wrong passwords refused"
echo "owner 127.0.0.1, right password: Location=${owner:-none}"
echo "attacker 127.0.0.2, right password: Location=${attacker:-none}"
echo "alert mails queued for the member: $alerts"

# Forgot-password timing, known vs unknown address (medians of 41, milliseconds).
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_reset() { # $1 e-mail
  local jar; jar=$(mktemp "$DATA/jar.XXXX")
  local token
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/mot-de-passe-oublie" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{time_total}\n' --data-urlencode "email=$1" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/mot-de-passe-oublie" | awk '{printf "%.1f\n", $1 * 1000}'
  rm -f "$jar"
}
# Warm up, then alternate known and unknown so that neither is measured on a colder JVM.
for _ in $(seq 1 10); do time_reset "personne@demo.integrance.fr" >/dev/null; done
: >"$DATA/known.txt"; : >"$DATA/unknown.txt"
for _ in $(seq 1 41); do
  time_reset "$MEMBER" >>"$DATA/known.txt"
  time_reset "personne@demo.integrance.fr" >>"$DATA/unknown.txt"
done
known=$(median <"$DATA/known.txt")
unknown=$(median <"$DATA/unknown.txt")
echo "forgot-password median: known ${known} ms, unknown ${unknown} ms"
