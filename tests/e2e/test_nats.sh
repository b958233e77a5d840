#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End-to-end shipping: `logtap agent --host` captures lines appended to $tmp/app/*.log
# and ships them to a real nats-server on a random 127.0.0.1 port: operator-mode
# creds with a scoped signing key, a refused subject, max_payload cuts,
# user/password, nkey, token, mutual TLS, a SIGKILLed server with JetStream + spool
# (every line stored exactly once) and an agent restart with a non-empty spool.
source "$(dirname "$0")/lib.sh"
set -u

tmp=$(tmpdir)
app=$tmp/app
mkdir -p "$app"
PIDS=()
cleanup() {
	local p
	for p in "${PIDS[@]}"; do
		kill -KILL "$p" 2> /dev/null
		wait "$p" 2> /dev/null
	done
	rm -rf "$tmp"
}
trap cleanup EXIT

for tool in nats-server go openssl cc python3 curl; do
	if ! command -v "$tool" > /dev/null; then
		skip "nats: $tool is not installed (scripts/install-deps.sh installs it)"
		exit 0
	fi
done
if ! is_root; then
	skip "nats: the agent needs root to load its BPF programs"
	exit 0
fi
if [ ! -x "$LOGTAP" ] || ! "$LOGTAP" agent --help 2>&1 | grep -q -- --nats-url; then
	skip "nats: $LOGTAP agent --nats-url is not available yet"
	exit 0
fi

NATSTOOL=$tmp/natstool
cc -O2 -o "$NATSTOOL" "$ROOT/tests/nats/natstool.c" -lnats || {
	fail "nats: building tests/nats/natstool.c"
	exit 1
}
(cd "$ROOT/tests/nats/mkcreds" && GO111MODULE=off GOPATH=/usr/share/gocode \
	GOCACHE="$tmp/gocache" go build -o "$tmp/mkcreds" .) && "$tmp/mkcreds" "$tmp" || {
	fail "nats: building and running tests/nats/mkcreds (golang-github-nats-io-jwt-dev)"
	exit 1
}

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
PORT=$(free_port)
MPORT=$(free_port)
URL=nats://127.0.0.1:$PORT

# nats_start CONF-EXTRA: a server on $PORT with JetStream in $tmp/js.
nats_start() {
	printf 'listen: 127.0.0.1:%s\njetstream { store_dir: "%s/js" }\n%s\n' \
		"$PORT" "$tmp" "$1" > "$tmp/nats.conf"
	nats-server -c "$tmp/nats.conf" >> "$tmp/nats.log" 2>&1 &
	NATS_PID=$!
	PIDS+=("$NATS_PID")
	wait_until 10 port_open "$PORT" || {
		echo "nats-server did not start:" >&2
		tail -n 20 "$tmp/nats.log" >&2
		return 1
	}
}

nats_kill() {
	kill -KILL "$NATS_PID" 2> /dev/null
	wait "$NATS_PID" 2> /dev/null
}

# sub_start OUTFILE [natstool options...]: a subscriber on logs.> until sub_stop.
sub_start() {
	local out=$1
	shift
	"$NATSTOOL" "$@" "$URL_SUB" sub 'logs.>' "$out" > "$out.ready" 2> "$out.err" &
	SUB_PID=$!
	PIDS+=("$SUB_PID")
	wait_until 10 grep -q ready "$out.ready"
}

sub_stop() {
	kill -TERM "$SUB_PID" 2> /dev/null
	wait "$SUB_PID" 2> /dev/null
}

# agent_start NAME ARGS...: the agent on this test's log files only.
agent_start() {
	AGENT_LOG=$tmp/agent-$1.err
	: >> "$AGENT_LOG"
	shift
	"$LOGTAP" agent --host --no-default-paths --path "$app/*.log" --hostname e2e \
		--metrics-addr "127.0.0.1:$MPORT" "$@" > /dev/null 2>> "$AGENT_LOG" &
	AGENT_PID=$!
	PIDS+=("$AGENT_PID")
	wait_until 30 grep -q 'capture: ready' "$AGENT_LOG" || {
		echo "agent did not become ready:" >&2
		tail -n 20 "$AGENT_LOG" >&2
		return 1
	}
}

agent_stop() {
	kill -TERM "$AGENT_PID" 2> /dev/null
	wait "$AGENT_PID" 2> /dev/null
}

metric() { curl -s "http://127.0.0.1:$MPORT/metrics" | awk -v m="$1" '$1 == m { print $2 }'; }

# emit FILE PREFIX FROM COUNT: one write() per line, "PREFIX <n>".
emit() {
	local i
	for ((i = $3; i < $3 + $4; i++)); do
		echo "$2 $i" >> "$1"
	done
}

# count FILE PREFIX COUNT: prints "<lines seen> <distinct> <all 0..COUNT-1 exactly once?>".
count() {
	python3 - "$@" << 'PY'
import json, sys
path, prefix, n = sys.argv[1], sys.argv[2] + " ", int(sys.argv[3])
seen = {}
for l in open(path, encoding="utf-8", errors="replace"):
    try:
        e = json.loads(l.split("\t", 1)[1])
    except (ValueError, IndexError):
        continue
    m = e.get("message", "")
    if m.startswith(prefix):
        seen[m] = seen.get(m, 0) + 1
ok = all(seen.get(prefix + str(i)) == 1 for i in range(n)) and len(seen) == n
print(sum(seen.values()), len(seen), "yes" if ok else "no")
PY
}

got_all() { [ "$(count "$1" "$2" "$3" | cut -d' ' -f3)" = yes ]; }

# --- operator mode: creds from a scoped signing key --------------------------------
URL_SUB=$URL
OPCONF="$(cat "$tmp/operator.conf")
max_payload: 16384"
if nats_start "$OPCONF" && sub_start "$tmp/creds.got" -c "$tmp/admin.creds"; then
	agent_start creds --nats-url "$URL" --nats-creds "$tmp/shipper.creds" \
		--spool-dir "$tmp/spool-creds"
	emit "$app/app.log" creds 0 50
	check "nats creds: 50 lines arrive once each on logs.default.customer.host" \
		wait_until 20 got_all "$tmp/creds.got" creds 50
	check "nats metrics: /healthz ok, published and connected on /metrics" \
		test "$(curl -s "http://127.0.0.1:$MPORT/healthz")" = ok \
		-a "$(metric logtap_published_total)" -ge 50 -a "$(metric logtap_nats_connected)" = 1
	big=$(head -c 40000 /dev/zero | tr '\0' 'x')
	echo "bigline $big" >> "$app/app.log"
	if wait_until 20 grep -q '"message":"bigline x' "$tmp/creds.got"; then
		line=$(grep '"message":"bigline x' "$tmp/creds.got" | cut -f2)
		check "nats max_payload: a 40 kB line arrives cut below 16 KiB, marked truncated" \
			test "${#line}" -le 16384 -a "${#line}" -gt 8000 \
			-a -n "$(echo "$line" | grep '"truncated":true')"
	else
		fail "nats max_payload: the cut line did not arrive"
	fi
	agent_stop

	agent_start refused --nats-url "$URL" --nats-creds "$tmp/shipper.creds" \
		--spool-dir "$tmp/spool-refused" --subject 'logs.other.{project}'
	emit "$app/app.log" refused 0 20
	perm_seen() { [ "$(metric logtap_permission_errors_total)" -ge 20 ] 2> /dev/null; }
	if wait_until 20 perm_seen; then
		emit "$app/app.log" refused 20 20
		sleep 2
		check "nats refused subject: logged once, every event counted, none delivered" \
			test "$(grep -c 'refuses publishing to "logs.other.host"' "$AGENT_LOG")" = 1 \
			-a "$(metric logtap_permission_errors_total)" -ge 40 \
			-a "$(count "$tmp/creds.got" refused 40 | cut -d' ' -f1)" = 0
	else
		fail "nats refused subject: logtap_permission_errors_total stayed at $(metric logtap_permission_errors_total)"
	fi
	agent_stop
	sub_stop
	nats_kill
else
	fail "nats creds: operator-mode nats-server or the subscriber did not start"
fi

# --- user/password, nkey and token ---------------------------------------------------------
NKPUB=$(cat "$tmp/user.pub")
URL_SUB=nats://reader:rpass@127.0.0.1:$PORT
if nats_start "authorization { users = [ { user: shipper, password: spass },
	{ user: reader, password: rpass }, { nkey: $NKPUB } ] }" &&
	sub_start "$tmp/auth.got"; then
	agent_start user --nats-url "$URL" --nats-user shipper --nats-password spass \
		--spool-dir "$tmp/spool-user"
	emit "$app/app.log" userpw 0 10
	check "nats user/password: 10 lines arrive" wait_until 20 got_all "$tmp/auth.got" userpw 10
	agent_stop
	agent_start nkey --nats-url "$URL" --nats-nkey "$tmp/user.nk" --spool-dir "$tmp/spool-nkey"
	emit "$app/app.log" nkey 0 10
	check "nats nkey: 10 lines arrive" wait_until 20 got_all "$tmp/auth.got" nkey 10
	agent_stop
	sub_stop
	nats_kill
else
	fail "nats user/password: nats-server or the subscriber did not start"
fi

URL_SUB=nats://t0ken-e2e@127.0.0.1:$PORT
if nats_start 'authorization { token: "t0ken-e2e" }' && sub_start "$tmp/token.got"; then
	agent_start token --nats-url "$URL" --nats-token t0ken-e2e --spool-dir "$tmp/spool-token"
	emit "$app/app.log" token 0 10
	check "nats token: 10 lines arrive" wait_until 20 got_all "$tmp/token.got" token 10
	agent_stop
	sub_stop
	nats_kill
else
	fail "nats token: nats-server or the subscriber did not start"
fi

# --- mutual TLS with a throw-away CA ------------------------------------------------
tls_certs() {
	local d=$tmp/tls
	mkdir -p "$d"
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=logtap-test-ca \
		-keyout "$d/ca.key" -out "$d/ca.pem" &&
		openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout "$d/server.key" \
			-out "$d/server.csr" &&
		printf 'subjectAltName=IP:127.0.0.1\n' > "$d/san.ext" &&
		openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" \
			-CAcreateserial -days 2 -extfile "$d/san.ext" -out "$d/server.pem" &&
		openssl req -newkey rsa:2048 -nodes -subj /CN=logtap -keyout "$d/client.key" \
			-out "$d/client.csr" &&
		openssl x509 -req -in "$d/client.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" \
			-CAcreateserial -days 2 -out "$d/client.pem"
} > "$tmp/openssl.log" 2>&1

URL_SUB=tls://127.0.0.1:$PORT
T=$tmp/tls
if tls_certs && nats_start "tls { cert_file: \"$T/server.pem\", key_file: \"$T/server.key\",
	ca_file: \"$T/ca.pem\", verify: true }" &&
	sub_start "$tmp/tls.got" -t "$T/ca.pem" -C "$T/client.pem" -K "$T/client.key"; then
	agent_start tls --nats-url "tls://127.0.0.1:$PORT" --tls-ca "$T/ca.pem" \
		--tls-cert "$T/client.pem" --tls-key "$T/client.key" --spool-dir "$tmp/spool-tls"
	emit "$app/app.log" tls 0 10
	check "nats mutual TLS: 10 lines arrive" wait_until 20 got_all "$tmp/tls.got" tls 10
	agent_stop
	sub_stop
	nats_kill
else
	fail "nats mutual TLS: certificates, nats-server or the subscriber failed"
fi

# --- JetStream + spool: server SIGKILLed while lines flow, then an agent restart ------
rm -rf "$tmp/js"
# stream_has PREFIX COUNT: the stream holds PREFIX 0..COUNT-1 exactly once each.
stream_has() {
	"$NATSTOOL" -c "$tmp/admin.creds" "$URL" stream-dump LOGS "$tmp/stream.got" \
		> /dev/null 2>&1 && got_all "$tmp/stream.got" "$1" "$2"
}
if nats_start "$OPCONF" &&
	"$NATSTOOL" -c "$tmp/admin.creds" "$URL" stream-add LOGS 'logs.default.customer.>'; then
	agent_start js --nats-url "$URL" --nats-creds "$tmp/shipper.creds" --jetstream \
		--spool-dir "$tmp/spool-js"
	(
		for ((b = 0; b < 30; b++)); do
			emit "$app/app.log" outage $((b * 100)) 100
			sleep 0.2
		done
	) &
	writer=$!
	sleep 1.5
	nats_kill
	sleep 4
	spooled=$(metric logtap_spool_events)
	nats_start "$OPCONF"
	wait "$writer"
	check "nats JetStream outage: 3000 lines stored exactly once (spooled meanwhile: ${spooled:-?})" \
		wait_until 60 stream_has outage 3000
	check "nats JetStream outage: the spool drained" test "$(metric logtap_spool_events)" = 0

	nats_kill
	emit "$app/app.log" restart 0 200
	spooled_now() { [ "$(metric logtap_spool_events)" = 200 ]; }
	wait_until 20 spooled_now
	agent_stop
	nats_start "$OPCONF"
	agent_start js2 --nats-url "$URL" --nats-creds "$tmp/shipper.creds" --jetstream \
		--spool-dir "$tmp/spool-js"
	check "nats agent restart: 200 spooled lines stored exactly once after the restart" \
		wait_until 30 stream_has restart 200
	check "nats agent restart: the spool was found at start" \
		grep -q 'from an earlier run' "$tmp/agent-js2.err"
	agent_stop
	nats_kill
else
	fail "nats JetStream: operator-mode nats-server or the stream did not start"
fi
exit 0
