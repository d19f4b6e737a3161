#!/usr/bin/env bash
# Sets everything up and runs Decorum on the built-in defaults: a local IRC server (Debian's
# ngircd) as the chat backend, Decorum in front of it with TLS (a self-signed certificate made
# here), the bundled policies, a SQLite review store and the supervisors' console with an
# account made here. Ctrl-C stops both.
#
# usage: Deploy/demo.sh          env: DEMO_DIR (default /tmp/decorum-demo), IRC_PORT (6667),
#                                     DECORUM_PORT (6697), CONSOLE_PORT (8080), METRICS_PORT (9464)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${DEMO_DIR:-/tmp/decorum-demo}
irc_port=${IRC_PORT:-6667}
decorum_port=${DECORUM_PORT:-6697}
metrics_port=${METRICS_PORT:-9464}
console_port=${CONSOLE_PORT:-8080}
mkdir -p "$dir"

# shellcheck source=Deploy/packages.sh
. "$root/Deploy/packages.sh"
install_missing ngircd openssl
if [ ${#installed[@]} -gt 0 ]; then
    # The package may start a system ngircd; the demo runs its own.
    (systemctl stop ngircd; systemctl disable ngircd) >/dev/null 2>&1 || true
fi

echo "== building Decorum (release)"
(cd "$root" && swift build -c release --product decorum)
decorum=$root/.build/release/decorum

if [ ! -f "$dir/cert.pem" ]; then
    echo "== making a self-signed certificate for localhost"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
fi

cat > "$dir/ngircd.conf" <<CONF
[Global]
Name = irc.decorum.demo
Info = Decorum demo backend
Listen = 127.0.0.1
Ports = $irc_port
[Limits]
MaxConnectionsIP = 0
MaxPenaltyTime = 0
[Options]
PAM = no
Ident = no
DNS = no
CONF

echo "== starting the chat backend (ngircd on 127.0.0.1:$irc_port)"
/usr/sbin/ngircd --nodaemon --config "$dir/ngircd.conf" > "$dir/ngircd.log" 2>&1 &
ngircd_pid=$!
trap 'kill $ngircd_pid 2>/dev/null || true' EXIT
sleep 0.5
kill -0 $ngircd_pid 2>/dev/null || { echo "ngircd did not start:"; cat "$dir/ngircd.log"; exit 1; }

if [ ! -f "$dir/supervisor-password" ]; then
    echo "== making the supervisor account"
    openssl rand -base64 12 | tr -d '/+=' > "$dir/supervisor-password"
fi
password=$(cat "$dir/supervisor-password")
hash=$(printf '%s\n' "$password" | "$decorum" console hash-password)
session_secret=$(openssl rand -hex 32)
cat > "$dir/decorum.yaml" <<CONF
listeners:
  - name: agents
    listen: 127.0.0.1:$decorum_port
    protocol: irc
    tls: {cert: $dir/cert.pem, key: $dir/key.pem}
    upstream: 127.0.0.1:$irc_port
metrics: 127.0.0.1:$metrics_port
store:
  sqlite: $dir/review.sqlite
console:
  listen: 127.0.0.1:$console_port
  session-secret: "$session_secret"
  accounts:
    - name: supervisor
      role: admin
      password-hash: "$hash"
CONF

cat <<INFO

Decorum listens on 127.0.0.1:$decorum_port with TLS (self-signed: $dir/cert.pem) in front of the IRC
server on 127.0.0.1:$irc_port, with the built-in policies in five languages.

  As an agent:    connect your IRC client to 127.0.0.1 port $decorum_port with TLS (accept the
                  self-signed certificate), or: openssl s_client -connect 127.0.0.1:$decorum_port -quiet
                  then: NICK anna / USER anna 0 * :Anna / JOIN #support
                  and try: PRIVMSG #support :It's your fault, you typed the wrong password.
                  Decorum answers as 'decorum'; /msg decorum accept sends its suggestion.
                  A promise waits for a supervisor: PRIVMSG #support :I guarantee it'll be fixed by tomorrow.
  As a customer:  connect straight to 127.0.0.1 port $irc_port (no TLS) and JOIN #support.
  As a supervisor: open http://127.0.0.1:$console_port/ and sign in as 'supervisor' with the
                  password $password (kept in $dir/supervisor-password);
                  approve, reject or edit what is held. Reviews are kept in $dir/review.sqlite.
  Metrics:        http://127.0.0.1:$metrics_port/metrics
  Stop:           Ctrl-C

INFO
"$decorum" serve --config "$dir/decorum.yaml"
