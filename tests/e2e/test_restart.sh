#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Zero loss across agent restarts (issue 15): a container appends numbered records (every
# 50th a multi-line Java trace, one write each) at about 5,000 records/s for 20 s while
# the agent ships to JetStream; the agent is stopped 5 s in and started again 5 s later.
# The stream must hold every record exactly once: the pinned programs kept capturing
# into the pinned ring, the new agent adopted it, and records read twice got the same
# event id (Nats-Msg-Id) and were dropped by JetStream. SIGKILL on the documented
# default pin dir, SIGTERM, and a restart into a build of another record layout version
# (handover). A trace whose lines keep coming for longer than the ring's hold, with a
# SIGKILL meanwhile, is stored once and whole. An outage long enough for the hot ring to
# fill (the records went on into the large ring) is read back in the order written. A
# writer that exits while no agent runs is delivered too, from the paths the first agent
# kept with the pinned capture (adopted, and handed over). Then `agent --unpin` leaves
# nothing pinned and no program attached. An upgrade whose new agent is killed while it
# drains the old ring is resumed by the next agent, with nothing lost.
source "$(dirname "$0")/lib.sh"
set -u

source "$ROOT/tests/e2e/lib_nats.sh"
unset LOGTAP_BPF_PIN_DIR # this test pins: the documented default, /sys/fs/bpf/logtap
PIN=/sys/fs/bpf/logtap
RATE=${RATE:-5000}
SECS=${SECS:-20}
OUTAGE=${OUTAGE:-5} # seconds without an agent (figures: OUTAGE=30 SECS=45 CASES=kill)
# AGENT_ARGS: more agent options, e.g. --copy-writes (word-split)
CASES=${CASES:-"kill term upgrade upgrade-readback lock slow spill gone gone-readback born quiet quiet-readback handover-kill"}
N=$((RATE * SECS))
CTRS="lt-restart-kill lt-restart-term lt-restart-upgrade lt-restart-slow lt-restart-spill
lt-restart-gone lt-restart-gone-upgrade lt-restart-gone-readback lt-restart-hk
lt-restart-upgrade-readback lt-restart-quiet lt-restart-quiet-readback lt-restart-born
lt-restart-born-rm lt-restart-born-upgrade lt-restart-born-upgrade-rm"
extra_cleanup() {
	ctr_rm $CTRS
	"$LOGTAP" agent --unpin > /dev/null 2>&1
}
nats_e2e_begin restart nats-server cc python3 bpftool
trap 'exit 143' TERM INT # the cleanup (EXIT) runs when the test is stopped too
e2e_prepare restart docker
natstool_build restart

# writer NAME: a container writing RATE records/s for SECS s to
# /var/log/lt-restart/NAME.log, one write() each; record i is "NAME i ..." and every 50th
# is an exception with its stack trace. Returns once the first record is written.
WRITER_PY='
import os, sys, time
path, prefix, rate, secs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
unlink, linger = "unlink" in sys.argv[5:], "linger" in sys.argv[5:]
pad = max([int(a[4:]) for a in sys.argv[5:] if a.startswith("pad=")] or [0])
os.makedirs(os.path.dirname(path), exist_ok=True)
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
n, start, step = rate * secs, time.monotonic(), rate // 100
for i in range(n):
    if i % 50 == 49:
        rec = (f"{prefix} {i} ERROR request failed\n"
               f"java.lang.IllegalStateException: record {i}\n"
               "\tat com.example.Shop.pay(Shop.java:42)\n"
               "\tat com.example.Shop.main(Shop.java:7)\n")
    else:
        rec = f"{prefix} {i} INFO order {i} accepted"
        rec += " cart=" + "x" * (pad - len(rec)) + "\n" if len(rec) < pad else "\n"
    os.write(fd, rec.encode())
    if i % step == step - 1:
        delay = start + (i + 1) / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
if unlink:
    os.unlink(path)
if linger:  # quiet from now on, the file still open: a worker idle between requests
    open(path + ".done", "w").close()
    time.sleep(100000)
os.close(fd)
'
# (WRITER_ARGS=unlink: the writer deletes its file when done; WRITER_ARGS=linger: it
# stays, quiet, with the file open; WRITER_ARGS=pad=N: its one-line records are padded
# to N bytes; WRITER_EXEC=1: the writer
# is a process started with docker exec in a container that stays, like a worker that
# exits while its pool lives on)
writer() {
	local cmd=(python3 -c "$WRITER_PY" "/var/log/lt-restart/$1.log" "$1" "$RATE" "$SECS"
		${WRITER_ARGS:-})
	if [ -z "${WRITER_EXEC:-}" ]; then
		ctr_run "lt-restart-$1" -- "${cmd[@]}" > /dev/null
		return
	fi
	ctr_run "lt-restart-$1" -- sleep 100000 > /dev/null
	$DOCKER exec "lt-restart-$1" "${cmd[@]}" &
	WRITER_PID=$!
}
writer_done() {
	if [ "${WRITER_ARGS:-}" = linger ]; then
		$DOCKER exec "lt-restart-$1" test -e "/var/log/lt-restart/$1.log.done"
	elif [ -n "${WRITER_EXEC:-}" ]; then
		! kill -0 "$WRITER_PID" 2> /dev/null
	else
		[ "$($DOCKER inspect -f '{{.State.Status}}' "lt-restart-$1")" = exited ]
	fi
}

# start_agent NAME BINARY: the agent on the containers' /var/log/lt-restart/*.log (no
# host processes: nats-server's own writes stay out), shipping to JetStream.
start_agent() {
	AGENT_LOG=$tmp/agent-$1.err
	"$2" agent --no-default-paths --path '/var/log/lt-restart/*.log' --hostname e2e \
		--metrics-addr "127.0.0.1:$MPORT" --nats-url "$URL" --jetstream \
		--spool-dir "$tmp/spool-${1%-*}" ${AGENT_ARGS:-} > /dev/null 2> "$AGENT_LOG" &
	AGENT_PID=$!
	PIDS+=("$AGENT_PID")
	wait_until 30 grep -q 'capture: ready' "$AGENT_LOG" || {
		tail -n 20 "$AGENT_LOG"
		return 1
	}
}

# dump_stream: the stream's messages in $tmp/stream.got, or it prints why not (that
# message then stands in the check's figures) and fails.
dump_stream() {
	"$NATSTOOL" "$URL" stream-dump LOGS "$tmp/stream.got" > /dev/null 2> "$tmp/dump.err" && return
	echo "dump failed: $(tail -n 3 "$tmp/dump.err" | tr '\n' ' ')"
	return 1
}

# stored PREFIX [order]: "<events> <distinct records> <traces whole> <missing> <extra>" in
# the stream; with order, then whether the records are in the order written.
stored() {
	dump_stream || return 1
	python3 - "$tmp/stream.got" "$1" "$N" "${2:-}" << 'PY'
import json, sys
path, prefix, n, order = sys.argv[1], sys.argv[2] + " ", int(sys.argv[3]), sys.argv[4]
seen, traces, extra, firsts = {}, 0, 0, []
for l in open(path, encoding="utf-8", errors="replace"):
    try:
        m = json.loads(l.split("\t", 1)[1]).get("message", "")
    except (ValueError, IndexError):
        continue
    if not m.startswith(prefix):
        extra += m.startswith(("java.lang", "\tat")) # a trace cut apart
        continue
    i = int(m[len(prefix):].split(" ", 1)[0])
    if i not in seen:
        firsts.append(i)
    seen[i] = seen.get(i, 0) + 1
    traces += i % 50 == 49 and m.count("\n") == 3
missing = sum(1 for i in range(n) if i not in seen)
dups = sum(c - 1 for c in seen.values())
print(sum(seen.values()), len(seen), traces, missing, dups + extra,
      *([firsts == sorted(firsts)] if order else []))
PY
}
all_once() { [ "$(stored "$1")" = "$N $N $((N / 50)) 0 0" ]; }
# unattributed PREFIX: events of PREFIX's records in the stream (the last dump) whose
# container is not lt-restart-PREFIX, or whose subject does not name it
unattributed() {
	python3 - "$tmp/stream.got" "$1" << 'PY'
import json, sys
path, prefix = sys.argv[1], sys.argv[2]
bad = 0
for l in open(path, encoding="utf-8", errors="replace"):
    subject, _, doc = l.partition("\t")
    try:
        e = json.loads(doc)
    except ValueError:
        continue
    if e.get("message", "").startswith(prefix + " "):
        name = "lt-restart-" + prefix
        bad += e.get("container_name") != name or not subject.endswith("." + name)
print(bad)
PY
}

# case_begin NAME: afresh (nothing pinned, an empty stream), with the first agent NAME-1.
case_begin() {
	"$LOGTAP" agent --unpin > /dev/null 2>&1
	rm -rf "$tmp/js" "$tmp/spool-$1"
	if ! nats_start "" || ! stream_add "$tmp/nats.log" "$URL"; then
		fail "restart $1: nats-server with JetStream did not start"
		return 1
	fi
	start_agent "$1-1" "$LOGTAP" && return 0
	fail "restart $1: the first agent did not start"
	nats_kill
	return 1
}

# run_case NAME SIGNAL [SECOND-BINARY]: the writer, the agent stopped with SIGNAL 5 s
# in, started again (from SECOND-BINARY when given) OUTAGE s later; every record once
# (with ORDER=order: and in the order written).
run_case() {
	local name=$1 sig=$2 second=${3:-$LOGTAP} rc got want
	want="$N $N $((N / 50)) 0 0${ORDER:+ True}"
	case_begin "$name" || return
	writer "$name"
	sleep 5
	kill "-$sig" "$AGENT_PID"
	wait "$AGENT_PID" 2> /dev/null
	rc=$?
	[ "$sig" = TERM ] && check "restart $name: SIGTERM: the agent exits 0 (it did $rc)" \
		test "$rc" = 0
	sleep "$OUTAGE"
	start_agent "$name-2" "$second" || fail "restart $name: the second agent did not start"
	wait_until 60 writer_done "$name"
	wait_until 90 all_once "$name"
	got=$(stored "$name" ${ORDER:-})
	check "restart $name: all $N records stored exactly once, traces whole${ORDER:+, in order} (events distinct traces missing extra${ORDER:+ in-order}: $got)" \
		test "$got" = "$want"
	got=$(unattributed "$name")
	check "restart $name: every event names its container, in its subject too (events that do not: $got)" \
		test "$got" = 0
	[ -z "${AFTER:-}" ] || "$AFTER" "$name" # more checks while the second agent runs
	grep -E 'capture: (adopted|handing over|handover done|pinned)|agent: stopped' \
		"$tmp/agent-$name-1.err" "$tmp/agent-$name-2.err" | sed "s/^/restart $name: /"
	kill -TERM "$AGENT_PID"
	wait "$AGENT_PID" 2> /dev/null
	nats_kill
	ctr_rm "lt-restart-$name"
}

kill_case() {
	run_case kill KILL
	check "restart kill: the second agent adopted the pinned capture in the default $PIN" \
		grep -q "capture: adopted the pinned capture in $PIN/v" "$tmp/agent-kill-2.err"
	check "restart kill: ... and said how many records were waiting in the ring" \
		grep -Eq 'capture: adopted .*: [1-9][0-9]* records \([0-9]+ bytes\) were waiting' \
		"$tmp/agent-kill-2.err"
}

term_case() {
	run_case term TERM
	check "restart term: the agent stopping on SIGTERM waited for its acks" \
		grep -q 'agent: stopped (Terminated)' "$tmp/agent-term-1.err"
	check "restart term: the stopping agent said that the capture stays pinned and how to remove it" \
		grep -q "agent: the capture stays pinned under $PIN: .*logtap agent --unpin" \
		"$tmp/agent-term-1.err"
	check "restart term: the second agent adopted the pinned capture" \
		grep -q "capture: adopted the pinned capture" "$tmp/agent-term-2.err"
}

# A restart into a build of another record layout version: handover. The second build
# differs only in LT_ABI_VERSION (its BPF object is this one's, so only C is compiled).
upgrade_case() {
	local b2=${BUILD2:-$tmp/build2}
	if [ ! -x "$b2/logtap" ]; then
		mkdir -p "$b2"
		cp -p "$BUILD/capture.bpf.o" "$BUILD/capture.skel.h" "$b2/"
		make -C "$ROOT" -s -j2 BUILD="$b2" LT_ABI_VERSION_BUMP=1 "$b2/logtap" \
			> "$tmp/build2.log" 2>&1 || cat "$tmp/build2.log"
	fi
	if [ ! -x "$b2/logtap" ]; then
		fail "restart upgrade: building the second version failed"
		return
	fi
	BUILD2=$b2
	run_case upgrade KILL "$b2/logtap"
	check "restart upgrade: the new version handed over from the old one's pinned ring" \
		grep -q 'capture: handover done: [1-9][0-9]* records drained' \
		"$tmp/agent-upgrade-2.err"
	local v1
	v1=$(sed -n "s|.*pinned a new capture in $PIN/v\([0-9]*\)-.*|\1|p" \
		"$tmp/agent-upgrade-1.err")
	check "restart upgrade: only the new version (v$((v1 + 1)), after v$v1) is pinned afterwards" \
		test "$(ls -d "$PIN"/v* | wc -l)" = 1 -a -d "$(ls -d "$PIN/v$((v1 + 1))"-* 2> /dev/null)"
}

# The upgrade with --read-back. A writer's latest writes wait in its thread's span in the
# kernel (bpf/span.bpf.h) until more follow; at the switch, the old version's spans stop
# growing and would go with its task storage. The new version runs the old one's flush
# iterator (link_flush) once the old programs are idle: every record once, in order,
# with each write's bounds (traces whole), no gap.
readback_kept() {
	local bytes gaps
	bytes=$(metric logtap_readback_bytes_total) gaps=$(metric logtap_readback_missing_bytes_total)
	check "restart $1: the new version read the spans back ($bytes bytes) and none was a gap ($gaps bytes)" \
		test "${bytes:-0}" -gt 0 -a "${gaps:-1}" = 0
}
upgrade_readback_case() {
	if [ ! -x "${BUILD2:-}/logtap" ]; then
		fail "restart upgrade-readback: no second version (the upgrade case builds it)"
		return
	fi
	ORDER=order AGENT_ARGS=--read-back AFTER=readback_kept \
		run_case upgrade-readback KILL "$BUILD2/logtap"
	check "restart upgrade-readback: the new version handed over from the old one's pinned ring" \
		grep -q 'capture: handover done: [1-9][0-9]* records drained' \
		"$tmp/agent-upgrade-readback-2.err"
}

# Two agents on one pin dir (a surge pod, `make run` beside a DaemonSet): the second
# waits for the first one's lock, captures nothing meanwhile, and adopts once it stops.
lock_case() {
	local second
	start_agent lock-1 "$LOGTAP" || {
		fail "restart lock: the first agent did not start"
		return
	}
	"$LOGTAP" agent --no-default-paths --path '/var/log/lt-restart/*.log' --hostname e2e \
		--metrics-addr "127.0.0.1:$(free_port)" --nats-url "$URL" --jetstream \
		--spool-dir "$tmp/spool-lock2" > /dev/null 2> "$tmp/agent-lock-2.err" &
	second=$!
	PIDS+=("$second")
	check "restart lock: a second agent on the same pin dir waits for the first one" \
		wait_until 20 grep -q 'another logtap agent owns the pinned capture' \
		"$tmp/agent-lock-2.err"
	check "restart lock: ... and is not capturing meanwhile" \
		test "$(grep -c 'capture: ready' "$tmp/agent-lock-2.err")" = 0
	kill -TERM "$AGENT_PID"
	wait "$AGENT_PID"
	check "restart lock: once the first one stopped, the second adopted the pinned capture" \
		wait_until 30 grep -q 'capture: adopted the pinned capture' "$tmp/agent-lock-2.err"
	kill -TERM "$second"
	wait "$second"
}

# A Java trace as printStackTrace writes it, a write per line, its frames one every
# 300 ms for 7 s (never idle, under --max-age), then one more record. The agent is SIGKILLed 4.5 s in, long after the hold of the
# trace's first records (--idle-flush + --meta-wait + 1 s): the ring keeps them while
# the record they begin is still pending, so the next agent builds the trace again from
# its first line, with the same event id.
SLOW_FRAMES=24
SLOW_PY='
import os, sys, time
path, frames = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.dirname(path), exist_ok=True)
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
os.write(fd, b"java.lang.IllegalStateException: slow 0 written slowly\n")
for i in range(frames):
    time.sleep(0.3)
    os.write(fd, b"\tat com.example.Slow.frame%d(Slow.java:%d)\n" % (i, i + 1))
time.sleep(0.3)
os.write(fd, b"slow 1 INFO after the trace\n")
os.close(fd)
'
# slow_stored: "<events of the trace> <its lines> <events 'slow 1'> <pieces>" in the stream.
slow_stored() {
	dump_stream || return 1
	python3 - "$tmp/stream.got" << 'PY'
import json, sys
trace = lines = after = pieces = 0
for l in open(sys.argv[1], encoding="utf-8", errors="replace"):
    try:
        m = json.loads(l.split("\t", 1)[1]).get("message", "")
    except (ValueError, IndexError):
        continue
    if m.startswith("java.lang.IllegalStateException: slow 0 "):
        trace += 1
        lines = m.count("\n") + 1
    elif m.startswith("slow 1 "):
        after += 1
    else:
        pieces += 1
print(trace, lines, after, pieces)
PY
}
slow_after() { [ "$(slow_stored | cut -d' ' -f3)" = 1 ]; }

slow_case() {
	local got
	case_begin slow || return
	ctr_run lt-restart-slow -- python3 -c "$SLOW_PY" /var/log/lt-restart/slow.log \
		"$SLOW_FRAMES" > /dev/null
	sleep 4.5
	kill -KILL "$AGENT_PID"
	wait "$AGENT_PID" 2> /dev/null
	sleep 1
	start_agent slow-2 "$LOGTAP" || fail "restart slow: the second agent did not start"
	wait_until 30 writer_done slow
	wait_until 30 slow_after
	got=$(slow_stored)
	check "restart slow: a trace written over 7 s, the agent SIGKILLed 4.5 s in: stored once, whole (trace lines after pieces: $got)" \
		test "$got" = "1 $((SLOW_FRAMES + 1)) 1 0"
	kill -TERM "$AGENT_PID"
	wait "$AGENT_PID" 2> /dev/null
	nats_kill
	ctr_rm lt-restart-slow
}

# SIGKILL, then an outage of 16 s: its 80,000 records, padded to 300 bytes (about 24 MB
# of ring; the kernel joins small writes, so their size, not their number, fills it),
# overfill the 2 MiB hot ring and the pinned programs go on into the large ring. The
# next agent reads the hot ring first, then the large one: every record once, in the
# order written.
spill_case() {
	SECS=25 N=$((RATE * 25)) ORDER=order OUTAGE=16 WRITER_ARGS=pad=300 run_case spill KILL
	check "restart spill: the hot ring had filled while no agent ran, and the next agent said so" \
		grep -q 'capture: the hot ring was full' "$tmp/agent-spill-2.err"
}

# A writer that exits while no agent runs (a cron job, a crashing container): SIGKILL
# 5 s in, the writer done at 8 s, the next agent at 11 s. Its records in the ring came
# after the file's PATH record, which the first agent had read and let go; no process
# holds the file open any more, and the writer deleted it on its way out. The path the first agent kept with the pinned capture
# names it: every record once, in order, none counted as of an unknown file. Then the
# same into a build of the next version (handover): it reads the paths the older
# version kept.
# none_unknown LOG [PATTERN]: LOG has no "path ... is unknown" (and has PATTERN).
none_unknown() { ! grep -q 'is unknown' "$1" && grep -q "${2:-.}" "$1"; }
# Containers that began and ended while no agent ran: their cgroups are gone before the
# next agent reads their records, and no agent saw them to keep their container. The
# pinned cgroup_mkdir program kept the path each cgroup was made with (cgroup_paths), so
# the records still name their container: one that exited by its name (the runtime
# knows it still), one removed too by its id. Without it they went out as the host's.
# born_run NAME [SECOND-BINARY]: containers NAME and NAME-rm while no agent runs.
born_run() {
	local name=$1 second=${2:-$LOGTAP} got id
	case_begin "$name" || return
	kill -TERM "$AGENT_PID"
	wait "$AGENT_PID" 2> /dev/null
	SECS=3 writer "$name"
	SECS=2 writer "$name-rm"
	wait_until 60 writer_done "$name"
	wait_until 60 writer_done "$name-rm"
	id=$(ctr_id "lt-restart-$name-rm")
	BORN_ID=$id
	ctr_rm "lt-restart-$name-rm"
	check "restart $name: both containers were gone before the next agent started" \
		test -z "$($DOCKER ps -q --filter "name=lt-restart-$name")"
	start_agent "$name-2" "$second" || fail "restart $name: the second agent did not start"
	N=$((RATE * 3)) wait_until 90 all_once "$name"
	got=$(N=$((RATE * 3)) stored "$name")
	check "restart $name: all records of the exited container stored once (events distinct traces missing extra: $got)" \
		test "$got" = "$((RATE * 3)) $((RATE * 3)) $((RATE * 3 / 50)) 0 0"
	got=$(unattributed "$name")
	check "restart $name: ... each names the container, in its subject too (events that do not: $got)" \
		test "$got" = 0
	N=$((RATE * 2)) wait_until 30 all_once "$name-rm"
	got=$(N=$((RATE * 2)) stored "$name-rm")
	check "restart $name: all records of the removed container stored once (events distinct traces missing extra: $got)" \
		test "$got" = "$((RATE * 2)) $((RATE * 2)) $((RATE * 2 / 50)) 0 0"
	got=$(python3 - "$tmp/stream.got" "$name-rm" "$id" << 'PY'
import json, sys
bad = 0
for l in open(sys.argv[1], encoding="utf-8", errors="replace"):
    e = json.loads(l.partition("\t")[2] or "{}")
    if e.get("message", "").startswith(sys.argv[2] + " "):
        bad += e.get("container_id") != sys.argv[3] or e.get("container_runtime") != "docker"
print(bad)
PY
)
	check "restart $name: ... each names the removed container by its id (events that do not: $got)" \
		test "$got" = 0
	grep -E 'capture: (adopted|handing over|handover done)' "$tmp/agent-$name-2.err" |
		sed "s/^/restart $name: /"
	kill -TERM "$AGENT_PID"
	wait "$AGENT_PID" 2> /dev/null
	nats_kill
	ctr_rm "lt-restart-$name"
}

born_case() {
	born_run born
	[ -x "${BUILD2:-}/logtap" ] || return 0 # built by the upgrade case
	born_run born-upgrade "$BUILD2/logtap"
	check "restart born-upgrade: the new version handed over from the old one's pinned ring" \
		grep -q 'capture: handover done: [1-9][0-9]* records drained' \
		"$tmp/agent-born-upgrade-2.err"
	check "restart born-upgrade: ... and its cgroup_paths holds the removed container's cgroup, taken from the old version's map (unpinned since)" \
		eval "[ \"\$(ls -d $PIN/v* | wc -l)\" = 1 ] &&
			bpftool map dump pinned $PIN/v*/cgroup_paths | grep -q '$BORN_ID'"
}

gone_case() {
	SECS=8 N=$((RATE * 8)) ORDER=order OUTAGE=6 WRITER_ARGS=unlink run_case gone KILL
	check "restart gone: the next agent knew the log files from the paths the first one kept" \
		grep -Eq 'capture: [1-9][0-9]* log files known from the paths the earlier agent kept' \
		"$tmp/agent-gone-2.err"
	check "restart gone: ... and no record was of an unknown file" \
		none_unknown "$tmp/agent-gone-2.err"
	[ -x "${BUILD2:-}/logtap" ] || return 0 # built by the upgrade case
	SECS=8 N=$((RATE * 8)) ORDER=order OUTAGE=6 WRITER_ARGS=unlink run_case gone-upgrade KILL \
		"$BUILD2/logtap"
	check "restart gone-upgrade: the new version knew the log files from the paths the old one kept" \
		grep -Eq 'capture: [1-9][0-9]* log files known from the paths the earlier agent kept' \
		"$tmp/agent-gone-upgrade-2.err"
	check "restart gone-upgrade: ... drained the old ring, and no record was of an unknown file" \
		none_unknown "$tmp/agent-gone-upgrade-2.err" 'handover done: [1-9]'
}

# A writer that exits while no agent runs, with --read-back: the kernel sent spans (where
# the writes went), not bytes, and the writer's /proc/PID/fd is gone with it. The next
# agent opens the file through the path the first one kept, as a live process of the
# writer's container sees it: every record, no gap.
readback_used() {
	local bytes gaps
	bytes=$(metric logtap_readback_bytes_total) gaps=$(metric logtap_readback_missing_bytes_total)
	check "restart $1: the second agent read the spans back ($bytes bytes) and none was a gap ($gaps bytes)" \
		test "${bytes:-0}" -gt 0 -a "${gaps:-1}" = 0
	check "restart $1: ... through the kept path: the writer was gone before it started" \
		grep -q 'capture: [1-9][0-9]* log files known from the paths the earlier agent kept' \
		"$tmp/agent-$1-2.err"
}
gone_readback_case() {
	SECS=8 N=$((RATE * 8)) ORDER=order OUTAGE=6 WRITER_EXEC=1 AGENT_ARGS=--read-back \
		AFTER=readback_used run_case gone-readback KILL
}

# A writer that goes quiet while no agent runs and stays (a worker idle between
# requests), on the defaults: its last writes wait with their bytes in its thread's span
# in the kernel (bpf/span.bpf.h), in no ring, and nothing else will send them. The next
# agent adopts the pinned capture and its flush iterator (the pinned link_flush) sends
# them.
quiet_case() {
	SECS=7 N=$((RATE * 7)) ORDER=order OUTAGE=6 WRITER_ARGS=linger run_case quiet KILL
	check "restart quiet: the second agent adopted the pinned capture" \
		grep -q "capture: adopted the pinned capture" "$tmp/agent-quiet-2.err"
}

# The same with --read-back: the positions of its last writes wait in the span.
quiet_readback_case() {
	SECS=7 N=$((RATE * 7)) ORDER=order OUTAGE=6 WRITER_ARGS=linger AGENT_ARGS=--read-back \
		run_case quiet-readback KILL
	check "restart quiet-readback: the second agent adopted the pinned capture" \
		grep -q "capture: adopted the pinned capture" "$tmp/agent-quiet-readback-2.err"
}

# An upgrade whose new agent is killed while it drains the old version's ring: the old
# ring is never let go during a handover, and its folder stays pinned until the events
# of its last records are safe. The next agent adopts the new version's capture, finds
# the old folder beside it and resumes the handover: every record once (JetStream drops
# the records read twice by their event ids), and only the new version pinned after.
handover_kill_case() {
	local b2=${BUILD2:-} got
	if [ ! -x "$b2/logtap" ]; then
		fail "restart handover-kill: no second version (the upgrade case builds it)"
		return
	fi
	case_begin hk || return
	writer hk
	sleep 5
	kill -KILL "$AGENT_PID"
	wait "$AGENT_PID" 2> /dev/null
	sleep 2
	start_agent hk-2 "$b2/logtap" || fail "restart handover-kill: the new version did not start"
	kill -KILL "$AGENT_PID" # at once: the old ring's hold has not passed
	wait "$AGENT_PID" 2> /dev/null
	check "restart handover-kill: the new version was killed while handing over (both versions pinned)" \
		eval "grep -q 'handing over from' $tmp/agent-hk-2.err && ! grep -q 'handover done' $tmp/agent-hk-2.err &&
			test \$(ls -d $PIN/v* | wc -l) = 2"
	"$LOGTAP" check > "$tmp/check-hk.out" 2>&1
	check "restart handover-kill: logtap check warns of the unfinished handover" \
		grep -q "^warn pins: $PIN holds .*unfinished handover" "$tmp/check-hk.out"
	sleep 1
	start_agent hk-3 "$b2/logtap" || fail "restart handover-kill: the third agent did not start"
	check "restart handover-kill: the next agent adopted the new version and resumed the handover" \
		eval "grep -q 'capture: adopted the pinned capture' $tmp/agent-hk-3.err &&
			grep -q 'resuming an unfinished handover' $tmp/agent-hk-3.err"
	wait_until 60 writer_done hk
	wait_until 90 all_once hk
	got=$(stored hk)
	check "restart handover-kill: all $N records stored exactly once, traces whole (events distinct traces missing extra: $got)" \
		test "$got" = "$N $N $((N / 50)) 0 0"
	check "restart handover-kill: ... the handover finished, and only the new version is pinned" \
		eval "wait_until 20 grep -q 'handover done: [1-9]' $tmp/agent-hk-3.err &&
			wait_until 10 test \$(ls -d $PIN/v* | wc -l) = 1"
	kill -TERM "$AGENT_PID"
	wait "$AGENT_PID" 2> /dev/null
	nats_kill
	ctr_rm lt-restart-hk
}

for c in $CASES; do "${c//-/_}_case"; done

# --- uninstall: nothing pinned, no program attached ----------------------------------
progs=$(for l in "$PIN"/v*/link_*; do bpftool link show pinned "$l" 2> /dev/null |
	sed -n 's/.*prog \([0-9]*\).*/\1/p'; done)
check "unpin: programs were attached before ($(echo $progs))" test -n "$progs"
"$LOGTAP" agent --unpin 2> "$tmp/unpin.err"
check "unpin: agent --unpin exits 0" test $? = 0
check "unpin: nothing is left under $PIN" test ! -e "$PIN"
detached() {
	for p in $progs; do bpftool prog show id "$p" > /dev/null 2>&1 && return 1; done
	return 0
}
check "unpin: bpftool shows none of its programs any more" wait_until 10 detached
exit 0
