#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End-to-end shipping: `logtap agent --host` captures lines appended to $tmp/app/*.log
# and ships them to a real nats-server on a random 127.0.0.1 port: operator-mode
# creds with a scoped signing key, a refused subject, max_payload cuts,
# user/password, nkey, token, mutual TLS, a SIGKILLed server with JetStream + spool
# (every line stored exactly once) and an agent restart with a non-empty spool.
source "$(dirname "$0")/lib.sh"
set -u

source "$ROOT/tests/e2e/lib_nats.sh"
nats_e2e_begin nats nats-server go openssl cc python3 curl
if [ ! -x "$LOGTAP" ] || ! "$LOGTAP" agent --help 2>&1 | grep -q -- --nats-url; then
	skip "nats: $LOGTAP agent --nats-url is not available yet"
	exit 0
fi

nats_tools nats

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
if nats_start "$OPCONF" && stream_add "$tmp/nats.log" -c "$tmp/admin.creds" "$URL"; then
	agent_start js --nats-url "$URL" --nats-creds "$tmp/shipper.creds" --jetstream \
		--spool-dir "$tmp/spool-js"
	# The policy of each thread is field 41 of its stat (0 SCHED_OTHER, 3 SCHED_BATCH).
	policy() { awk '{ print $41 }' "/proc/$AGENT_PID/task/$1/stat"; }
	# The library's threads are named logtap-nats (they inherit the name they are started
	# under); every one of them runs SCHED_BATCH, every other thread SCHED_OTHER.
	nats=0 wrong=""
	for t in /proc/"$AGENT_PID"/task/*; do
		name=$(cat "$t/comm") pol=$(policy "${t##*/}")
		if [ "$name" = logtap-nats ]; then
			nats=$((nats + 1))
			[ "$pol" = 3 ] || wrong+=" $name:$pol"
		else
			[ "$pol" = 0 ] || wrong+=" $name:$pol"
		fi
	done
	check "nats threads: the client library's $nats (reader, flusher...) run SCHED_BATCH, the agent's SCHED_OTHER${wrong:+ (wrong:$wrong)}" \
		test "$nats" -ge 2 -a -z "$wrong" -a "$(cat /proc/"$AGENT_PID"/comm)" = logtap
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
