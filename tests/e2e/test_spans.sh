#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, spans of several writes (bpf/span.bpf.h): the kernel joins a thread's
# writes to a log file into one record, keeping where each write began: a SPAN record
# with --read-back, a WRITES record with their bytes when copied (the default). `logtap
# capture --raw` (one event per write) must still give every write once, whole, in the
# order written, in both modes:
#  - one thread appending as fast as it can (most writes are joined: the summary says);
#  - four threads of one process writing through one descriptor, as a logger under its
#    lock does: the events follow the file's order, each thread's span going out before
#    another thread's next record;
#  - a writer that goes quiet (its last span is sent by the agent's flush iterator);
#  - writes of every size around the 128-byte steps of the copy and the 1 KiB limit of
#    joining, byte for byte;
#  - eight threads writing in bursts with pauses, in which the iterator lets go of their
#    span storage (made again by their next write): the file's order, each write once;
#  - a process that exits right after its writes (its span is sent at its exit);
#  - a process whose main thread exits (exit_group) while a worker thread's span of a
#    stack trace waits: the process's exit reaches userspace after that span, so the
#    trace is one event (without --raw, as reassembly sees it).
set -u
source "$(dirname "$0")/lib.sh"

e2e_prepare "spans e2e" docker
e2e_workspace lt-spans-one lt-spans-threads lt-spans-quiet lt-spans-exit lt-spans-group \
	lt-spans-bursts lt-spans-sizes

N=${N:-20000}
# one.log: N writes, one thread; every 7th is two lines, every 13th has no newline
ONE_PY='
import os, sys
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
for i in range(int(sys.argv[2])):
    w = "one %d %s" % (i, "y" * (i % 50))
    w += "\n  second line of %d\n" % i if i % 7 == 0 else "" if i % 13 == 0 else "\n"
    os.write(fd, w.encode())
'
# threads.log: 4 threads, N/4 writes each, through one shared descriptor under a lock,
# as logging libraries write (docs/capture.md: without one, read-back is not for them)
THREADS_PY='
import os, sys, threading
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
n, lock = int(sys.argv[2]) // 4, threading.Lock()
def run(t):
    for i in range(n):
        with lock:
            os.write(fd, b"thread %d %d\n" % (t, i))
ts = [threading.Thread(target=run, args=(t,)) for t in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
'
# bursts.log: 8 threads under a lock write bursts of 1 to 40 lines with pauses of 50 to
# 300 ms between them, for 5 s: in its pauses the agent's walk lets go of a thread's
# span storage, which its next burst makes again, sometimes while the walk runs
BURSTS_PY='
import os, random, sys, threading, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
lock = threading.Lock()
def run(t):
    r, end, i = random.Random(t), time.monotonic() + 5, 0
    while time.monotonic() < end:
        for _ in range(r.randint(1, 40)):
            with lock:
                os.write(fd, b"bursts %d %d %s\n" % (t, i, b"b" * r.randint(0, 200)))
            i += 1
        time.sleep(r.uniform(0.05, 0.3))
ts = [threading.Thread(target=run, args=(t,)) for t in range(8)]
[t.start() for t in ts]
[t.join() for t in ts]
'
# sizes.log: writes of every size from 1 to 299 bytes, then every 7th to 1100, and sizes
# around 1, 2 and 4 KiB, three times over, each byte depending on its place: the copies go
# through the stack 128 bytes at a time up to 1 KiB (bpf/copy.bpf.h), and writes up to
# 1 KiB join spans; a byte out of place, lost or doubled changes a message
SIZES_PY='
import os, sys
alpha = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
sizes = list(range(1, 300)) + list(range(300, 1100, 7)) + [1023, 1024, 1025, 2047, 2048, 4095, 4096, 5000]
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
k = 0
for rep in range(3):
    for n in sizes:
        os.write(fd, b"sizes " + bytes(alpha[(k * 7 + i) % 62] for i in range(n)) + b"\n")
        k += 1
'
# quiet.log: three writes, then nothing while the process lives on
QUIET_PY='
import os, sys, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
for i in range(3):
    os.write(fd, b"quiet %d\n" % i)
time.sleep(100000)
'

for c in one threads quiet exit bursts sizes; do
	ctr_run "lt-spans-$c" -- sleep 100000 > /dev/null
done

# run MODE FLAGS...: the checks on a capture with FLAGS, writing to files of their own
run() {
	local MODE=$1 OUT=$T/spans-$1.json DIR=/var/log/lt-spans-$1 QUIET got joined
	shift
	capture_start "$OUT" "$@" --raw --no-default-paths --path "$DIR/*.log" || {
		fail "spans $MODE: capture starts"
		return
	}
	$DOCKER exec lt-spans-one mkdir -p "$DIR"
	for c in threads quiet exit bursts sizes; do
		$DOCKER exec "lt-spans-$c" mkdir -p "$DIR"
	done
	$DOCKER exec lt-spans-quiet python3 -c "$QUIET_PY" "$DIR/quiet.log" &
	QUIET=$!

	# events PREFIX: the messages of that writer's events, in the order they arrived (--raw:
	# a write's bytes without its final newline)
	events() { query "$OUT" '[e["message"] for e in ev if e["message"].startswith("'"$1"' ")]'; }
	count() { query "$OUT" 'sum(1 for e in ev if e["message"].startswith("'"$1"' "))'; }
	# count_is PREFIX N: for wait_until, which runs its command again each time (a
	# "$(count ...)" in its arguments would be counted once, before the wait)
	count_is() { [ "$(count "$1")" = "$2" ]; }

	check "spans $MODE quiet: the writes of a writer that went quiet arrive while it lives on" \
		wait_until 15 count_is quiet 3
	check "spans $MODE quiet: ... once each, in order" \
		test "$(events quiet)" = "['quiet 0', 'quiet 1', 'quiet 2']"

	$DOCKER exec lt-spans-bursts python3 -c "$BURSTS_PY" "$DIR/bursts.log" &
	BURSTS=$!
	$DOCKER exec lt-spans-sizes python3 -c "$SIZES_PY" "$DIR/sizes.log"
	$DOCKER exec lt-spans-one python3 -c "$ONE_PY" "$DIR/one.log" "$N"
	$DOCKER exec lt-spans-threads python3 -c "$THREADS_PY" "$DIR/threads.log" "$N"
	# five writes of one shell (one open of the file), which exits at once
	$DOCKER exec lt-spans-exit sh -c "for i in 1 2 3 4 5; do echo exit \$i; done >> $DIR/exit.log"
	check "spans $MODE exit: the writes of a process that exited at once arrive" \
		wait_until 15 count_is exit 5
	wait_until 30 count_is one "$N"
	wait_until 30 count_is thread "$N"
	wait_until 15 count_is sizes 1266
	wait "$BURSTS"
	nb=$($DOCKER exec lt-spans-bursts cat "$DIR/bursts.log" | wc -l)
	wait_until 15 count_is bursts "$nb"
	sleep 1
	kill "$QUIET" 2> /dev/null
	capture_stop

	# same FILE PREFIX: whether the events of PREFIX are the file's writes in its order,
	# one event per write (read back from the container: the file itself)
	same() {
		$DOCKER exec "lt-spans-$1" cat "$DIR/$1.log" > "$T/$1.log"
		python3 - "$OUT" "$T/$1.log" "$2" "$1" <<- 'PY'
	import json, re, sys
	events, path, prefix, name = sys.argv[1], sys.argv[2], sys.argv[3] + " ", sys.argv[4]
	got = [json.loads(l)["message"] for l in open(events, encoding="utf-8") if l.strip()]
	got = [m for m in got if m.startswith(prefix)]
	data = open(path, encoding="utf-8").read()
	if name == "one":  # the writes as the writer made them
	    want, n = [], 0
	    while True:
	        w = "one %d %s" % (n, "y" * (n % 50))
	        w += "\n  second line of %d\n" % n if n % 7 == 0 else "" if n % 13 == 0 else "\n"
	        if not data.startswith(w, sum(map(len, want))):
	            break
	        want.append(w)
	        n += 1
	    want = [w[:-1] if w.endswith("\n") else w for w in want] \
	        if sum(map(len, want)) == len(data) else None
	else:  # a line per write
	    want = data.splitlines()
	print(want is not None and got == want, len(got), len(want or []))
	PY
	}

	got=$(same one one)
	check "spans $MODE one: every write once and whole, in the order written, one event each (same events want: $got)" \
		test "$got" = "True $N $N"
	joined=$(sed -n 's/.*, \([0-9]*\) writes joined into spans.*/\1/p' "$OUT.err")
	check "spans $MODE one: the kernel joined most writes into spans ($joined of $((N + N + 8)) writes)" \
		test "${joined:-0}" -ge $((N / 2))
	got=$(same threads thread)
	check "spans $MODE threads: four threads' writes through one descriptor: each once, in the file's order (same events want: $got)" \
		test "$got" = "True $N $N"
	got=$(same sizes sizes)
	check "spans $MODE sizes: writes of 7 to 5006 bytes, byte for byte, once each, in order (same events want: $got)" \
		test "$got" = "True 1266 1266"
	got=$(same bursts bursts)
	check "spans $MODE bursts: eight threads writing in bursts while their storage is let go and made again: each write once, in the file's order (same events want: $got)" \
		test "$got" = "True $nb $nb"
	check "spans $MODE exit: ... once each, in order" \
		test "$(events exit)" = "['exit 1', 'exit 2', 'exit 3', 'exit 4', 'exit 5']"
	check "spans $MODE: nothing was missing or dropped" \
		grep -q ' 0 kernel drops (0 bytes).* 0 missing' "$OUT.err"
}

run read-back --read-back
run copied

# group.log: a worker thread logs a 40-line Java trace line by line (its first 32 writes
# go out as one span at the 33rd, the last 8 wait in the next), then the main thread
# exits the process at once. Its exit flushes the process's streams in userspace: sent
# before the worker's span, it would cut the trace in two events.
GROUP_PY='
import os, sys, threading
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
done = threading.Event()
def worker():
    os.write(fd, b"java.lang.IllegalStateException: group trace\n")
    for i in range(39):
        os.write(fd, b"\tat com.example.Group.step%d(Group.java:%d)\n" % (i, i + 1))
    done.set()
    threading.Event().wait()
threading.Thread(target=worker, daemon=True).start()
done.wait()
os._exit(0)
'
DIR=/var/log/lt-spans-group
OUT=$T/spans-group.json
if capture_start "$OUT" --no-default-paths --path "$DIR/*.log"; then
	ctr_run lt-spans-group -- sleep 100000 > /dev/null
	$DOCKER exec lt-spans-group sh -c "mkdir -p $DIR"
	for i in 1 2 3; do
		$DOCKER exec lt-spans-group python3 -c "$GROUP_PY" "$DIR/group.log"
	done
	lines() { query "$OUT" '[e["message"].count("\n") + 1 for e in ev if "group trace" in e["message"] or "Group.step" in e["message"]]'; }
	steps() { query "$OUT" 'sum(e["message"].count("Group.step") for e in ev)'; }
	steps_are() { [ "$(steps)" = "$1" ]; }
	wait_until 15 steps_are 117
	sleep 2 # past --idle-flush: every event is out
	capture_stop
	check "spans group: a worker's trace is one event when the main thread exits right after it (lines per event: $(lines))" \
		test "$(lines)" = "[40, 40, 40]"
else
	fail "spans group: capture starts"
fi
exit 0
