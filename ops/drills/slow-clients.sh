#!/usr/bin/env bash
# Slow clients against the admission limit (platform ConcurrencyLimitFilter): starts the packaged
# platform on 127.0.0.1:18086 (embedded H2, throwaway data directory), opens SLOW_CLIENTS (12, more
# than the limit's 8 places on two cores) connections that each post a form to /contact one byte a
# second (a "slowloris" on the request body), and meanwhile asks for the home page four times. The
# same with a JSON body, then with a multipart body. Expected: the home page answers 200 in well under
# a second every time (a form is read whole before it queues; other bodies are outside the limit);
# exit status 0 then. Needs: JDK 17+, curl, python3; the jar (./mvnw -DskipTests package) or JAR=.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18086
base="http://127.0.0.1:$port"
clients="${SLOW_CLIENTS:-12}"
jar="${JAR:-$(ls target/plateforme-*.jar | grep -v plain | head -n 1)}"
work="$(mktemp -d /tmp/slow-clients.XXXXXX)"
java -Xmx768m -jar "$jar" --spring.profiles.active=embedded --server.port=$port --server.address=127.0.0.1 \
  --app.data-dir="$work/data" --app.mail.embedded-smtp.port=0 --logging.level.root=WARN > "$work/app.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 $app_pid 2>/dev/null || { echo "the platform did not start: see $work/app.log"; exit 1; }
  sleep 1
done
failures=0
for type in "application/x-www-form-urlencoded" "application/json" "multipart/form-data; boundary=x"; do
  python3 - "$port" "$clients" "$type" <<'PY' || failures=$((failures + 1))
import socket, subprocess, sys, threading, time
port, clients, content_type = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
sockets = []
for _ in range(clients):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall((f"POST /contact HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
               "Content-Length: 60\r\n\r\n").encode())
    sockets.append(s)
def trickle():
    for _ in range(60):
        for s in sockets:
            try:
                s.sendall(b"a")
            except OSError:
                pass
        time.sleep(1)
threading.Thread(target=trickle, daemon=True).start()
time.sleep(3)
slow = 0
for _ in range(4):
    answer = subprocess.run(["curl", "-s", "-o", "/dev/null", "-m", "15", "-w", "%{http_code} %{time_total}",
                             f"http://127.0.0.1:{port}/"], capture_output=True, text=True).stdout.split()
    code, seconds = answer[0], float(answer[1])
    print(f"{clients} slow posts ({content_type}) in progress: GET / answered {code} in {seconds:.3f} s")
    if code != "200" or seconds > 2:
        slow += 1
    time.sleep(2)
sys.exit(1 if slow else 0)
PY
done
[ "$failures" = 0 ] && echo "the pages stayed served: OK" || { echo "pages held up by slow clients: $failures case(s)"; exit 1; }
