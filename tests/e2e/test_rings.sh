#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, the hot ring and the large ring: records go to a small ring that stays in
# the CPU's cache while the agent keeps up, to the large ring (--ring-size) while it does
# not, and back. A container writes numbered lines at up to 15,000 a second while `logtap
# capture` is stopped (SIGSTOP) twice, each time until the writer has written more than
# the 2 MiB hot ring holds (a copied record is the line and a 120-byte header, a
# read-back one the header alone), however fast the machine: every line must arrive once
# and in the order written, with no kernel drop, copied (the default) and read back.
# Without a hot ring (a --ring-size under 32M) only the large ring is used.
set -u
source "$(dirname "$0")/lib.sh"

e2e_prepare "rings e2e" docker
e2e_workspace lt-rings-copy lt-rings-read lt-rings-small

RATE=${RATE:-15000} # lines a second at most (a slow machine writes fewer: the stops wait longer)
# record i is "ring <i> " and 100 x: about 110 bytes, one write() each, paced, until
# /tmp/rings.stop exists; then the number of lines goes to /tmp/rings.count. The writes
# alternate between two opens of the file: read-back writes through one description
# join into spans of many (bpf/span.bpf.h), which would take minutes to fill the hot
# ring; alternating, each is a record, as a copied write is.
WRITER_PY='
import os, sys, time
path, rate = sys.argv[1], int(sys.argv[2])
fds = [os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644) for _ in range(2)]
i, start, step, pad = 0, time.monotonic(), rate // 100, b"x" * 100
while i % step or not os.path.exists("/tmp/rings.stop"):
    os.write(fds[i % 2], b"ring %d %s\n" % (i, pad))
    i += 1
    if i % step == 0:
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
open("/tmp/rings.count", "w").write("%d\n" % i)
'
# written NAME: bytes the writer of lt-rings-NAME has written so far.
written() { $DOCKER exec "lt-rings-$1" stat -c %s /tmp/rings.log 2> /dev/null || echo 0; }
# grown NAME FROM BYTES: the writer has written BYTES more since FROM.
grown() { [ $(($(written "$1") - $2)) -ge "$3" ]; }

# in_order FILE N: "<events> <in order>" for the writer's N lines.
in_order() {
	query "$1" '(lambda m: "%d %s" % (len(m), m == ["ring %d " % i + "x" * 100 for i in range('"$2"')]))([e["message"] for e in ev if e["message"].startswith("ring ")])'
}

# stopped_run NAME STOPS BYTES CAPTURE-FLAGS...: the writer in container lt-rings-NAME,
# the capture stopped STOPS times (1.5 s running before each) until the writer has
# written BYTES more (at most 30 s); its events in $T/NAME.json, N the lines written.
stopped_run() {
	local name=$1 stops=$2 bytes=$3 i from
	shift 3
	capture_start "$T/$name.json" "$@" || { fail "rings $name: capture starts"; return 1; }
	ctr_run "lt-rings-$name" -- sh -c "rm -f /tmp/rings.stop; python3 -c '$WRITER_PY' \
		/tmp/rings.log $RATE; sleep 100000" > /dev/null
	for i in $(seq 1 "$stops"); do
		sleep 1.5
		from=$(written "$name")
		kill -STOP "$LOGTAP_PID"
		wait_until 30 grown "$name" "$from" "$bytes"
		kill -CONT "$LOGTAP_PID"
	done
	sleep 1.5
	$DOCKER exec "lt-rings-$name" touch /tmp/rings.stop
	wait_until 30 $DOCKER exec "lt-rings-$name" test -s /tmp/rings.count
	N=$($DOCKER exec "lt-rings-$name" cat /tmp/rings.count)
	sleep 2
	capture_stop
}

# spills FILE: how often the summary says the hot ring filled.
spills() { sed -n 's/.*the hot ring filled \([0-9]*\) times.*/\1/p' "$1.err"; }

# the hot ring's 2 MiB, and a third more, in bytes of the file: 232 bytes of ring per
# 111-byte line copied, 120 read back
for mode in copy read; do
	if [ "$mode" = read ]; then
		stopped_run read 2 $((2 * 1048576 / 120 * 111 * 4 / 3)) --read-back || continue
	else
		stopped_run copy 2 $((2 * 1048576 / 232 * 111 * 4 / 3)) || continue
	fi
	got=$(in_order "$T/$mode.json" "$N")
	check "rings $mode: all $N lines arrive once and in order across two stops of the agent ($got)" \
		test "$got" = "$N True"
	check "rings $mode: the hot ring filled at each stop (records went back to it in between: $(spills "$T/$mode.json") times)" \
		test "$(spills "$T/$mode.json")" -ge 2
	check "rings $mode: no kernel drops" grep -q ' 0 kernel drops' "$T/$mode.json.err"
	check "rings $mode: the agent said why records went to the large ring" \
		grep -q 'capture: the hot ring was full' "$T/$mode.json.err"
done
check "rings read: the lines were read back from the page cache (positions in the rings)" \
	grep -Eq ' [1-9][0-9]* bytes read back from the page cache, 0 missing' "$T/read.json.err"

stopped_run small 1 $((4 * 1048576 / 232 * 111)) --ring-size 16M
got=$(in_order "$T/small.json" "$N")
check "rings small: with --ring-size 16M all $N lines arrive once and in order ($got)" \
	test "$got" = "$N True"
check "rings small: ... through the large ring alone (no hot ring under 32M)" \
	test "$(spills "$T/small.json")" = 0
exit 0
