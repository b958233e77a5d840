#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# A dead FUSE daemon must not stall capture for the node (issue 14, item 2): one
# container logs to a FUSE filesystem (bindfs, bind-mounted as its log folder), another
# to its own overlay. The agent never opens the FUSE file (the kernel's PATH record says
# FUSE; its writes are copied in the writer's syscall); with the daemon stopped
# (SIGSTOP) the other container's lines keep arriving; once it continues, every line
# written to the FUSE file arrives.
source "$(dirname "$0")/lib.sh"
set -u

FUSE=logtap-e2e-fuse
OTHER=logtap-e2e-fuse-other
e2e_prepare fuse-hang docker
if ! command -v bindfs > /dev/null || [ ! -e /dev/fuse ]; then
	skip "fuse-hang: needs bindfs (scripts/install-deps.sh) and /dev/fuse"
	exit 0
fi
e2e_workspace "$FUSE" "$OTHER"
BINDFS=""
# the daemon continues before anything else is cleaned up: a stopped one hangs umount
trap '[ -n "$BINDFS" ] && kill -CONT "$BINDFS" 2> /dev/null; e2e_cleanup' EXIT
extra_cleanup() {
	umount "$T/mnt" 2> /dev/null || umount -l "$T/mnt" 2> /dev/null
	[ -n "$BINDFS" ] && kill "$BINDFS" 2> /dev/null
}

mkdir -p "$T/src" "$T/mnt"
bindfs -f -d "$T/src" "$T/mnt" > "$T/bindfs.log" 2>&1 &
BINDFS=$!
if ! wait_until 10 mountpoint -q "$T/mnt"; then
	fail "fuse-hang: bindfs did not mount: $(tail -3 "$T/bindfs.log")"
	exit 1
fi

count() { query "$T/out.json" "sum(1 for e in ev if e.get('message', '').startswith('$1 line'))"; }
at_least() { [ "$(count "$1")" -ge "$2" ]; }

capture_start "$T/out.json" --read-back --container "$FUSE" --container "$OTHER" || {
	fail "fuse-hang: capture did not start"
	exit 1
}
# Both writers hold their log open at one fd, as loggers do (a shell's `echo >&3` would
# not: it writes through a dup on fd 1): the agent could open it through /proc.
cat > "$T/writer.py" << 'PY'
import os, sys, time
name, n, pause = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
os.makedirs("/var/log/app", exist_ok=True)
fd = os.open("/var/log/app/%s.log" % name, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
i = 0
while n < 0 or i < n:
    os.write(fd, b"%s line %d\n" % (name.encode(), i))
    i += 1
    time.sleep(pause)
open("/tmp/done", "w").close()
time.sleep(600)
PY
ctr_run "$FUSE" -v "$T/mnt:/var/log/app" -v "$T/writer.py:/writer.py:ro" -- \
	python3 /writer.py fuse 60 0.1 > /dev/null
ctr_run "$OTHER" -v "$T/writer.py:/writer.py:ro" -- python3 /writer.py other -1 0.05 > /dev/null
wait_until 30 at_least fuse 10
wait_until 30 at_least other 10

kill -STOP "$BINDFS"
before=$(count other)
check "fuse-hang: with the FUSE daemon stopped, the other container's lines keep arriving ($before, then 40 more)" \
	wait_until 60 at_least other $((before + 40))
kill -CONT "$BINDFS"

check "fuse-hang: every line written to the FUSE file arrives, once the daemon continues" \
	wait_until 60 at_least fuse 60
tids=$(ls "/proc/$LOGTAP_PID/task" | paste -sd'|')
capture_stop
grep summary "$T/out.json.err"
# bindfs -d logs every request with the thread that made it
opens=$(grep -E "opcode: OPEN .*pid: ($tids)\$" "$T/bindfs.log" | wc -l)
check "fuse-hang: the agent never opened a file on the FUSE filesystem ($opens opens by its threads)" \
	test "$opens" = 0 -a "$(grep -Ec 'opcode: (OPEN|CREATE)' "$T/bindfs.log")" -gt 0
check "fuse-hang: the other container's log was read back from the page cache meanwhile" \
	grep -Eq ' [1-9][0-9]* bytes read back' "$T/out.json.err"
check "fuse-hang: each FUSE line arrived once" \
	test "$(query "$T/out.json" "len(set(e['message'] for e in ev if e.get('message', '').startswith('fuse line')))")" = 60 -a "$(count fuse)" = 60
exit 0
