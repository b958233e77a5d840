#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, the hot ring and the large ring: records go to a small ring that stays in
# the CPU's cache while the agent keeps up, to the large ring (--ring-size) while it does
# not, and back. A container writes numbered lines at 15,000 a second while `logtap
# capture` is stopped (SIGSTOP) twice, each time long enough for the 8 MiB hot ring to
# fill (3 s copied, 6 s read back: a read-back record is a position, not the bytes):
# every line must arrive once and in the order written, with no kernel drop, copied
# (the default) and read back. Without a hot ring (a --ring-size under 32M) only the
# large ring is used.
set -u
source "$(dirname "$0")/lib.sh"

e2e_prepare "rings e2e" docker
e2e_workspace lt-rings-copy lt-rings-read lt-rings-small

RATE=15000
# record i is "ring <i> " and 100 x: about 110 bytes, one write() each, paced
WRITER_PY='
import os, sys, time
path, rate, secs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
n, start, step, pad = rate * secs, time.monotonic(), rate // 100, b"x" * 100
for i in range(n):
    os.write(fd, b"ring %d %s\n" % (i, pad))
    if i % step == step - 1:
        delay = start + (i + 1) / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
'

# in_order FILE N: "<events> <in order>" for the writer's N lines.
in_order() {
	query "$1" '(lambda m: "%d %s" % (len(m), m == ["ring %d " % i + "x" * 100 for i in range('"$2"')]))([e["message"] for e in ev if e["message"].startswith("ring ")])'
}

# stopped_run NAME STOP-S CAPTURE-FLAGS...: the writer in container lt-rings-NAME for
# (STOP-S + 1.5) * 2 + 1 s, the capture stopped for STOP-S twice (1.5 s running before
# each); its events in $T/NAME.json, N the lines written.
stopped_run() {
	local name=$1 stop_s=$2 i secs
	shift 2
	secs=$(python3 -c "print(int(($stop_s + 1.5) * 2 + 1))")
	N=$((RATE * secs))
	capture_start "$T/$name.json" "$@" || { fail "rings $name: capture starts"; return 1; }
	ctr_run "lt-rings-$name" -- python3 -c "$WRITER_PY" /tmp/rings.log "$RATE" "$secs" \
		> /dev/null
	for i in 1 2; do
		sleep 1.5
		kill -STOP "$LOGTAP_PID"
		sleep "$stop_s"
		kill -CONT "$LOGTAP_PID"
	done
	$DOCKER wait "lt-rings-$name" > /dev/null
	sleep 2
	capture_stop
}

# spills FILE: how often the summary says the hot ring filled.
spills() { sed -n 's/.*the hot ring filled \([0-9]*\) times.*/\1/p' "$1.err"; }

for mode in copy read; do
	if [ "$mode" = read ]; then
		stopped_run read 6 --read-back || continue
	else
		stopped_run copy 3 || continue
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

stopped_run small 1 --ring-size 16M
got=$(in_order "$T/small.json" "$N")
check "rings small: with --ring-size 16M all $N lines arrive once and in order ($got)" \
	test "$got" = "$N True"
check "rings small: ... through the large ring alone (no hot ring under 32M)" \
	test "$(spills "$T/small.json")" = 0
exit 0
