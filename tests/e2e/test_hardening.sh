#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Untrusted containers against the agent (issue 14): a container that churns through
# thousands of temporary files from short-lived processes must not make any log file
# go dark, and every loss the agent counts shows in the capture summary. Least
# privilege: once attached the agent keeps only CAP_SYS_PTRACE and CAP_DAC_READ_SEARCH
# in every thread, with no_new_privs, and still captures, reads back and enriches;
# a slow metrics client blocks neither /healthz nor SIGTERM; recordings are 0600.
# HARDENING_ONLY="privs record" runs only the named sections (churn, privs, record).
source "$(dirname "$0")/lib.sh"
set -u

only() { [ -z "${HARDENING_ONLY:-}" ] || [[ " $HARDENING_ONLY " == *" $1 "* ]]; }

CTR=logtap-e2e-churn
e2e_prepare hardening docker
e2e_workspace "$CTR"

# churn: 10,000 short-lived writers of one non-log file each, interleaved with 500
# short-lived writers appending 2 lines each to one of 50 log files (1,000 lines).
CHURN='mkdir -p /tmp/junk /var/log/churn; sleep 1; i=0
while [ $i -lt 10000 ]; do
	sh -c "echo x > /tmp/junk/$i.dat"
	if [ $((i % 20)) = 0 ]; then
		n=$((i / 20)); f=$((n % 50))
		sh -c "echo \"churn $n a\" >> /var/log/churn/$f.log; echo \"churn $n b\" >> /var/log/churn/$f.log"
	fi
	i=$((i + 1))
done; echo done > /tmp/done; sleep 60'

# lines_arrived FILE: all 1,000 lines, each exactly once.
lines_arrived() {
	[ "$(query "$1" 'sum(1 for e in ev if e.get("message","").startswith("churn "))')" = 1000 ] &&
		[ "$(query "$1" 'len(set(e["message"] for e in ev if e.get("message","").startswith("churn ")))')" = 1000 ]
}

only churn && for mode in default read-back; do
	extra=()
	[ $mode = read-back ] && extra=(--read-back)
	ctr_rm "$CTR"
	capture_start "$T/$mode.json" --container "$CTR" "${extra[@]}" || {
		fail "hardening ($mode): capture did not start"
		continue
	}
	ctr_run "$CTR" -- sh -c "$CHURN" > /dev/null
	wait_until 300 $DOCKER exec "$CTR" test -f /tmp/done
	wait_until 20 lines_arrived "$T/$mode.json"
	capture_stop
	got=$(query "$T/$mode.json" 'sum(1 for e in ev if e.get("message","").startswith("churn "))')
	check "hardening ($mode): 10,000 temporary files from short-lived writers; all 1,000 log lines of 500 short-lived writers arrive once (got $got)" \
		lines_arrived "$T/$mode.json"
	summary=$(grep summary "$T/$mode.json.err")
	echo "$summary"
	check "hardening ($mode): the summary reports paths, lost paths and unknown files" \
		grep -Eq '[0-9]+ paths \([0-9]+ lost\), [0-9]+ records of unknown files' <<< "$summary"
	check "hardening ($mode): no temporary file's bytes came out" \
		test "$(query "$T/$mode.json" 'sum(1 for e in ev if e.get("message","") == "x")')" = 0
done

# --- least privilege (issue 14, item 6) --------------------------------------------
CTR2=logtap-e2e-privs
E2E_NAMES="$E2E_NAMES $CTR2"
AGENT_PID=""
extra_cleanup() { [ -n "$AGENT_PID" ] && kill -KILL "$AGENT_PID" 2> /dev/null; }

# caps_dropped PID: every thread has nothing but cap_dac_read_search (2) and
# cap_sys_ptrace (19) effective, permitted and in its bounding set, and no_new_privs.
caps_dropped() {
	local st f v
	for st in /proc/"$1"/task/*/status; do
		for f in CapEff CapPrm CapBnd CapInh CapAmb; do
			v=$(awk -v f="$f:" '$1 == f { print $2 }' "$st")
			[ $((0x$v & ~0x80004)) = 0 ] || { echo "$st: $f $v" >&2; return 1; }
		done
		grep -Eq '^NoNewPrivs:[[:space:]]+1$' "$st" || { echo "$st: no_new_privs unset" >&2; return 1; }
	done
}

metric() { curl -s "http://127.0.0.1:$PORT/metrics" | awk -v m="$1" '$1 == m { print $2 }'; }
readback_seen() { [ "$(metric logtap_readback_bytes_total)" -gt 0 ] 2> /dev/null; }
count() { query "$P/out.json" "sum(1 for e in ev if e.get('message', '').startswith('$1'))"; }
ctr_lines_in() { [ "$(count 'privs ctr')" -ge 3 ] 2> /dev/null; }

# lowest_free_fd PID: the fd number PID's next open() or accept() gets.
lowest_free_fd() {
	local n=0
	while [ -e "/proc/$1/fd/$n" ]; do n=$((n + 1)); done
	echo "$n"
}
# emfile_ticks: lowers the agent's fd limit to the fd its next accept() gets, holds 20
# connections to the metrics port for 3 s, restores the limit; prints the agent's CPU
# ticks (utime + stime) over those 3 s.
emfile_ticks() {
	local old
	old=$(prlimit --pid "$AGENT_PID" --nofile --output SOFT,HARD --noheadings | awk '{ print $1 ":" $2 }')
	prlimit --pid "$AGENT_PID" --nofile="$(lowest_free_fd "$AGENT_PID"):${old#*:}"
	python3 - "$AGENT_PID" "$PORT" << 'PY'
import socket, sys, time
pid, port = sys.argv[1], int(sys.argv[2])
def ticks():
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(f[11]) + int(f[12])
socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
t0 = ticks()
time.sleep(3)
print(ticks() - t0)
PY
	prlimit --pid "$AGENT_PID" --nofile="$old"
}
healthz_after_emfile() {
	grep -q 'metrics: accept: Too many open files' "$P/err" &&
		curl -s -m 20 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz" | grep -Eq '^(200|503)$'
}

if only privs; then
	P=$T/privs
	mkdir -p "$P/u"
	chmod 755 "$T" "$P"
	chown nobody "$P/u"
	chmod 700 "$P/u"
	PORT=$(free_port)
	ctr_rm "$CTR2"
	"$LOGTAP" agent --read-back --host --no-default-paths --path "$P/u/*.log" --path '/var/log/privs/*.log' --metrics-addr "127.0.0.1:$PORT" \
		> "$P/out.json" 2> "$P/err" &
	AGENT_PID=$!
	if wait_until 30 grep -q 'capture: ready' "$P/err"; then
		check "privs: after attach every thread keeps only cap_sys_ptrace and cap_dac_read_search, with no_new_privs ($(ls /proc/$AGENT_PID/task | wc -l) threads)" \
			caps_dropped "$AGENT_PID"
		check "privs: the agent says what it kept" grep -q 'privs: capabilities dropped; kept cap_dac_read_search,cap_sys_ptrace' "$P/err"
		# another user's owner-only log file in an owner-only directory, held open by
		# its writer: its path is learned, its verdict stored in the kernel map and its
		# bytes read back through /proc/PID/fd/N
		setpriv --reuid=nobody --regid=nogroup --clear-groups sh -c \
			"umask 077; exec >> $P/u/app.log; for i in 1 2 3 4 5; do echo \"privs nobody \$i\"; sleep 0.3; done"
		wait_until 10 readback_seen
		check "privs: nobody's bytes were read back from the page cache after the drop ($(metric logtap_readback_bytes_total) bytes)" \
			readback_seen
		ctr_run "$CTR2" -- sh -c 'mkdir -p /var/log/privs; sleep 1; for i in 1 2 3; do
			echo "privs ctr $i" >> /var/log/privs/app.log; sleep 0.2; done; sleep 60' > /dev/null
		wait_until 30 ctr_lines_in
		check "privs: all 5 lines of nobody's 0600 file arrive after the drop (got $(count 'privs nobody'))" \
			test "$(count 'privs nobody')" = 5
		check "privs: a container's lines arrive with its name from the Docker socket after the drop" \
			test "$(query "$P/out.json" 'sum(1 for e in ev if e.get("message","").startswith("privs ctr") and e.get("container_name") == "'$CTR2'")')" = 3
		check "privs: the threads started later (enrich, NATS, metrics) were born without capabilities" \
			caps_dropped "$AGENT_PID"
		# a client that never finishes its request holds up neither probes nor SIGTERM
		exec 7<> "/dev/tcp/127.0.0.1/$PORT"
		printf 'GET /hea' >&7
		code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz")
		check "privs: /healthz answers ($code) while another client sends its request slowly" \
			grep -Eq '^(200|503)$' <<< "$code"
		# out of descriptors, the metrics thread rests instead of spinning on the
		# connection it cannot accept: the agent's CPU over 3 s of that stays far from
		# the 300 ticks a spinning thread burns, and /healthz answers once fds are back
		emfile_ticks > "$P/emfile"
		check "privs: out of file descriptors the metrics thread does not spin ($(cat "$P/emfile") ticks in 3 s)" \
			test "$(cat "$P/emfile")" -lt 100
		check "privs: the agent says it rests from accepting, and /healthz answers once fds are back" \
			healthz_after_emfile
		exec 8<> "/dev/tcp/127.0.0.1/$PORT"
		printf 'G' >&8
		kill -TERM "$AGENT_PID"
		wait "$AGENT_PID"
		rc=$?
		AGENT_PID=""
		exec 7>&- 8>&-
		check "privs: SIGTERM with a slow metrics client connected exits 0 (rc $rc)" test "$rc" = 0
	else
		fail "privs: the agent did not become ready: $(tail -3 "$P/err")"
	fi
	ctr_rm "$CTR2"
fi

# --- recordings are owner-only (issue 14, item 6) ------------------------------------
if only record; then
	touch "$T/rec.bin"
	chmod 644 "$T/rec.bin"
	(umask 022 && "$LOGTAP" capture --duration 0.5 --write "$T/rec.bin" > /dev/null 2> "$T/rec.err")
	(umask 022 && "$LOGTAP" capture --duration 0.5 --write "$T/new.bin" > /dev/null 2>> "$T/rec.err")
	check "record: --write creates a new recording 0600 (umask 022): $(stat -c %a "$T/new.bin")" \
		test "$(stat -c %a "$T/new.bin")" = 600
	check "record: --write over an existing 0644 file leaves it 0600: $(stat -c %a "$T/rec.bin")" \
		test "$(stat -c %a "$T/rec.bin")" = 600
	replays() { "$LOGTAP" replay "$1" -o json > /dev/null; }
	check "record: the recording replays" replays "$T/new.bin"
fi
exit 0
