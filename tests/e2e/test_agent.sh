#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# `logtap agent` the way the README runs it: the documented NATS command on a host
# without /var/lib/logtap (a private mount namespace hides it), a container's lines
# arriving in a real nats-server; /healthz, /readyz while NATS is down and back,
# logtap_build_info; SIGHUP applying new path rules live and refusing what needs a
# restart; a config line without a value; --version; SIGTERM exiting 0; the kernel
# letting go of the span storage of threads gone quiet (logtap_span_threads).
source "$(dirname "$0")/lib.sh"
set -u

source "$ROOT/tests/e2e/lib_nats.sh"
CTR=logtap-e2e-agent
extra_cleanup() { ctr_rm "$CTR"; }
nats_e2e_begin agent nats-server go cc python3 curl unshare
e2e_prepare agent docker
nats_tools agent

# --- version ---------------------------------------------------------------------
v=$("$LOGTAP" --version)
check "agent: --version names the version and commit ($v)" \
	grep -Eq '^logtap [^ ]+ \(commit [0-9a-f]+|unknown\)' <<< "$v"
check "agent: \`logtap agent --version\` says the same" test "$("$LOGTAP" agent --version)" = "$v"

# --- a config line without a value is an error naming the line --------------------
printf '# test\nnats-url =\n' > "$tmp/empty.conf"
"$LOGTAP" agent --config "$tmp/empty.conf" > /dev/null 2> "$tmp/empty.err"
rc=$?
check "agent: 'nats-url =' in a config file exits 2 naming file and line" \
	test $rc = 2 -a -n "$(grep -F "$tmp/empty.conf:2: option 'nats-url' needs a value" "$tmp/empty.err")"

# --- the README's NATS command on a host without /var/lib/logtap -----------------
URL_SUB=$URL
if nats_start "$(cat "$tmp/operator.conf")" && sub_start "$tmp/fresh.got" -c "$tmp/admin.creds"; then
	# tmpfs over /var/lib in a mount namespace of the agent's own: no /var/lib/logtap
	unshare -m --propagation private sh -c \
		'mount -t tmpfs tmpfs /var/lib && exec "$0" agent --nats-url "$1" --nats-creds "$2"' \
		"$LOGTAP" "$URL" "$tmp/shipper.creds" > /dev/null 2> "$tmp/fresh.err" &
	AGENT_PID=$!
	PIDS+=("$AGENT_PID")
	if wait_until 30 grep -q 'capture: ready' "$tmp/fresh.err"; then
		ctr_run "$CTR" -- sh -c 'mkdir -p /var/log/app; sleep 1;
			for i in $(seq 0 19); do echo "fresh $i" >> /var/log/app/app.log; done; sleep 30' \
			> /dev/null
		check "agent: the documented command on a fresh host ships a container's 20 lines" \
			wait_until 30 got_all "$tmp/fresh.got" fresh 20
		check "agent: ... enriched with the container's name" \
			grep -q "\"container_name\":\"$CTR\"" "$tmp/fresh.got"
		check "agent: ... and /var/lib/logtap/spool was created with its parents" \
			test -d "/proc/$AGENT_PID/root/var/lib/logtap/spool"
		check "agent: ... which the host's own /var/lib did not get" \
			test "$(stat -c %i /var/lib)" != "$(stat -c %i "/proc/$AGENT_PID/root/var/lib")"
	else
		fail "agent: the documented command did not start: $(tail -n 3 "$tmp/fresh.err")"
	fi
	kill -TERM "$AGENT_PID"
	wait "$AGENT_PID"
	check "agent: SIGTERM: exit status 0" test $? = 0
	ctr_rm "$CTR"
	sub_stop
	nats_kill
else
	fail "agent: operator-mode nats-server did not start"
fi

# --- /healthz, /readyz, build info ------------------------------------------------
probe() { curl -s -o "$tmp/probe.body" -w '%{http_code}' "http://127.0.0.1:$MPORT/$1"; }
ready_is() { [ "$(probe readyz)" = "$1" ] && grep -q "$2" "$tmp/probe.body"; }
if nats_start ""; then
	agent_start health --nats-url "$URL" --spool-dir "$tmp/spool"
	check "agent: /healthz answers 200 ok" test "$(probe healthz)" = 200
	check "agent: /readyz answers 200 ok while NATS is up" wait_until 10 ready_is 200 '^ok$'
	check "agent: logtap_build_info names version and hook" \
		wait_until 5 sh -c "curl -s http://127.0.0.1:$MPORT/metrics | grep -Eq '^logtap_build_info\\{version=\"[^\"]+\",commit=\"[^\"]*\",hook=\"(tp_btf|raw_tp)\"\\} 1'"
	nats_kill
	check "agent: /readyz with NATS down: still 200 (the spool has room), saying why" \
		wait_until 10 ready_is 200 'nats: .*spool'
	echo "readyz while NATS was down: $(cat "$tmp/probe.body")"
	nats_start ""
	check "agent: /readyz is plain ok again once NATS is back" wait_until 20 ready_is 200 '^ok$'
	agent_stop
	nats_kill
else
	fail "agent: nats-server did not start"
fi

# --- SIGHUP: new path rules live, a restart-only option refused --------------------
cat > "$tmp/hup.conf" << CONF
no-default-paths = true
path = $app/*.log
CONF
"$LOGTAP" agent --host --config "$tmp/hup.conf" --hostname e2e > "$tmp/hup.out" 2> "$tmp/hup.err" &
AGENT_PID=$!
PIDS+=("$AGENT_PID")
if wait_until 30 grep -q 'capture: ready' "$tmp/hup.err"; then
	emit "$app/before.out" hupbefore 0 5
	emit "$app/x.log" hupmark 0 1
	wait_until 10 grep -q '"hupmark 0"' "$tmp/hup.out"
	printf 'path = %s/*.out\nring-size = 32M\n' "$app" >> "$tmp/hup.conf"
	kill -HUP "$AGENT_PID"
	check "agent: SIGHUP reloads the config file and keeps running" \
		wait_until 10 grep -q 'SIGHUP: --path changed' "$tmp/hup.err"
	check "agent: SIGHUP says --ring-size takes a restart" \
		grep -q 'ring-size changed, which takes a restart' "$tmp/hup.err"
	emit "$app/after.out" hupafter 0 5
	check "agent: after SIGHUP the new *.out rule captures a new file" \
		wait_until 10 sh -c "[ \$(grep -c '\"hupafter [0-4]\"' '$tmp/hup.out') = 5 ]"
	check "agent: before SIGHUP *.out was not captured" \
		test "$(grep -c '"hupbefore' "$tmp/hup.out")" = 0
	check "agent: still alive after SIGHUP" kill -0 "$AGENT_PID"
	kill -TERM "$AGENT_PID"
	wait "$AGENT_PID"
else
	fail "agent: the SIGHUP agent did not start: $(tail -n 3 "$tmp/hup.err")"
fi

# --- the kernel lets go of the span storage of threads gone quiet ------------------
# 200 threads write a line every 20 ms for 3 s (each holds its span's 8 KiB of task
# storage in the kernel), wait 9 s without a write, and write once more. The gauge
# logtap_span_threads counts them while they write and falls to 0 while they are quiet;
# every line of the file arrives once, those written after the release too.
cat > "$tmp/quiet.py" << 'PY'
import os, sys, threading, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
go = threading.Event()
def run(t):
    end, i = time.monotonic() + 3, 0
    while time.monotonic() < end:
        os.write(fd, b"rel %d %d\n" % (t, i))
        i += 1
        time.sleep(0.02)
    go.wait()
    os.write(fd, b"rel %d after\n" % t)
ts = [threading.Thread(target=run, args=(t,)) for t in range(200)]
[t.start() for t in ts]
time.sleep(12)
go.set()
[t.join() for t in ts]
PY
# its events on stdout, the metrics where metric() reads them (no other agent runs now)
"$LOGTAP" agent --host --no-default-paths --path "$app/*.log" --bpf-pin-dir none \
	--metrics-addr "127.0.0.1:$MPORT" > "$tmp/rel.out" 2> "$tmp/rel.err" &
AGENT_PID=$!
PIDS+=("$AGENT_PID")
held() { metric logtap_span_threads; }
held_at_least() { [ "$(held)" -ge "$1" ] 2> /dev/null; }
held_is() { [ "$(held)" = "$1" ]; }
if wait_until 30 grep -q 'capture: ready' "$tmp/rel.err"; then
	python3 "$tmp/quiet.py" "$app/rel.log" &
	WPID=$!
	check "agent: span storage: logtap_span_threads counts the 200 writing threads" \
		wait_until 3 held_at_least 150
	echo "span storage while writing: $(held) threads"
	sleep 3
	check "agent: span storage: let go of while the threads are quiet (logtap_span_threads 0)" \
		wait_until 5 held_is 0
	wait "$WPID"
	n=$(wc -l < "$app/rel.log")
	arrived() { [ "$(grep -c '"rel ' "$tmp/rel.out")" -ge "$n" ]; }
	wait_until 10 arrived
	check "agent: span storage: every line of the file arrives once ($n lines)" python3 - "$app/rel.log" "$tmp/rel.out" << 'PY'
import collections, json, sys
want = collections.Counter(l.rstrip("\n") for l in open(sys.argv[1]))
got = collections.Counter(json.loads(l)["message"] for l in open(sys.argv[2]) if '"rel ' in l)
sys.exit(0 if want == got and sum(1 for m in got if m.endswith(" after")) == 200 else 1)
PY
	kill -TERM "$AGENT_PID"
	wait "$AGENT_PID"
else
	fail "agent: the span storage agent did not start: $(tail -n 3 "$tmp/rel.err")"
fi
exit 0
