#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Misattribution by untrusted containers (issue 14, item 3), with real containers:
#  - overwrite: a second process overwrites a read-back log's span (pwrite, a write(2)
#    through a description without O_APPEND, a shared writable mapping) before the agent
#    reads it: those bytes never come out as the first writer's;
#  - cgroup: a process of one container moves into a cgroup below its own named like
#    another container's scope: its events never carry the other container's name.
source "$(dirname "$0")/lib.sh"
set -u

OVER=logtap-e2e-overwrite
ATT=logtap-e2e-attacker
VIC=logtap-e2e-victim
e2e_prepare misattribution docker
e2e_workspace "$OVER" "$ATT" "$VIC"
HOSTILE=""
extra_cleanup() { [ -n "$HOSTILE" ] && rmdir "$HOSTILE" "$(dirname "$HOSTILE")" 2> /dev/null; }

# host_pid CTR PID: the host pid of process PID of the container (events carry host pids).
host_pid() {
	local p
	for p in $($DOCKER top "$1" -eo pid | tail -n +2); do
		[ "$(awk '/^NSpid/ {print $NF}' "/proc/$p/status" 2> /dev/null)" = "$2" ] && echo "$p"
	done
}

# The first writer appends "good line N" (O_APPEND, read back by the agent); after each
# line a forked second process overwrites its first 4 bytes: EVIL with pwrite, BAD!
# with lseek + write through its own description, MMAP through a shared mapping.
cat > "$T/over.py" << 'PY'
import mmap, os, sys, time
p = "/var/log/over/over.log"
os.makedirs("/var/log/over", exist_ok=True)
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
for i in range(5):
    os.write(fd, b"warm line %d\n" % i)
time.sleep(3)  # the agent decides the file and starts reading it back
r, w = os.pipe()
r2, w2 = os.pipe()
if os.fork() == 0:
    os.close(fd)  # its own description only: a shared one would make the writer's copied
    fd2 = os.open(p, os.O_RDWR)
    with open("/tmp/child.pid", "w") as f:
        f.write(str(os.getpid()))
    while True:
        b = os.read(r, 24)
        if len(b) < 24:
            os._exit(0)
        i, off = int(b[:8]), int(b[8:])
        if i < 60:
            os.pwrite(fd2, b"EVIL", off)
        elif i < 120:
            os.lseek(fd2, off, os.SEEK_SET)
            os.write(fd2, b"BAD!")
        else:
            m = mmap.mmap(fd2, 0, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
            m[off:off + 4] = b"MMAP"
            m.close()
        os.write(w2, b"k")
with open("/tmp/parent.pid", "w") as f:
    f.write(str(os.getpid()))
for i in range(150):
    off = os.fstat(fd).st_size
    os.write(fd, b"good line %04d\n" % i)
    os.write(w, b"%8d%16d" % (i, off))
    os.read(r2, 1)
os.close(w)
open("/tmp/done", "w").close()
time.sleep(600)
PY

# -- overwrite ----------------------------------------------------------------------
if capture_start "$T/over.json" --read-back --container "$OVER"; then
	ctr_run "$OVER" -v "$T/over.py:/over.py:ro" -- python3 /over.py > /dev/null
	wait_until 60 $DOCKER exec "$OVER" test -f /tmp/done
	sleep 2 # lets the agent drain what is left (no assertion depends on it)
	capture_stop
	ppid_in=$($DOCKER exec "$OVER" cat /tmp/parent.pid)
	writer=$(host_pid "$OVER" "$ppid_in")
	echo "writer pid $writer (in the container: $ppid_in)"
	grep summary "$T/over.json.err"
	for k in EVIL BAD! MMAP; do
		echo "$k in the writer's events: $(query "$T/over.json" "sum(1 for e in ev if e.get('pid') == $writer and '$k' in e.get('message', ''))")"
	done
	bad=$(query "$T/over.json" "sum(1 for e in ev if e.get('pid') == $writer and any(x in e.get('message', '') for x in ('EVIL', 'BAD!', 'MMAP')))")
	good=$(query "$T/over.json" "sum(1 for e in ev if e.get('pid') == $writer and e.get('message', '').startswith(('warm line', 'good line')))")
	check "misattribution: overwritten spans never come out as the first writer's bytes ($bad events with another's bytes, $good of its own lines)" \
		test "$bad" = 0 -a "$good" -ge 5
	check "misattribution: all 150 overwrites were made" $DOCKER exec "$OVER" test -f /tmp/done
	# read-back mode, not only copying: spans were read, or invalidated by the overwrites
	# (which of the two depends on whether a drain fell between a write and its overwrite)
	check "misattribution: the overwritten log file was in read-back mode (spans read or invalidated)" \
		grep -Eq ' [1-9][0-9]* bytes read back|read back from the page cache, [1-9][0-9]* missing' \
		"$T/over.json.err"
else
	fail "misattribution: capture did not start"
fi

# -- cgroup named like another container's ---------------------------------------------
# The victim logs; the attacker waits for /tmp/go, then logs. Before it starts, its
# writer (pid 1 of the container) is moved into a cgroup below its own named like the
# victim's scope: from inside the container when runc lets it (CAP_SYS_ADMIN and a
# writable cgroupfs), else from the host (the same kernel state).
LOOP='while [ ! -f /tmp/go ]; do sleep 0.1; done; mkdir -p /var/log/app; i=0
while [ $i -lt 40 ]; do echo "$0 line $i" >> /var/log/app/app.log; i=$((i + 1)); sleep 0.1; done
touch /tmp/done; sleep 600'
ctr_run "$VIC" -- sh -c "$LOOP" victim > /dev/null
ctr_run "$ATT" --cap-add SYS_ADMIN --security-opt apparmor=unconfined \
	--security-opt systempaths=unconfined --cgroupns private \
	-v /sys/fs/cgroup:/sys/fs/cgroup:rw -- sh -c "$LOOP" attacker > /dev/null
vid=$(ctr_id "$VIC")
apid=$($DOCKER inspect -f '{{.State.Pid}}' "$ATT")
acg=$(sed -n 's/^0:://p' "/proc/$apid/cgroup")
cg2=$(findmnt -n -t cgroup2 -o TARGET | head -1) # /sys/fs/cgroup, or .../unified (hybrid)
how=""
case "$acg" in
*docker-*.scope) name="docker-$vid.scope" ;; # systemd driver
*) name="docker/$vid" ;;		     # cgroupfs driver, the docker-in-docker shape
esac
HOSTILE="$cg2$acg/$name"
# inside: /sys/fs/cgroup is the host's, and its own cgroup the root of its namespace
if $DOCKER exec "$ATT" sh -c "mkdir -p $HOSTILE && echo 1 > $HOSTILE/cgroup.procs" 2> "$T/inside.err"; then
	how="from inside the container"
elif mkdir -p "$HOSTILE" && echo "$apid" > "$HOSTILE/cgroup.procs"; then
	how="from the host, as the container could not: $(head -c 120 "$T/inside.err")"
fi
echo "attacker cgroup now: $(sed -n 's/^0:://p' "/proc/$apid/cgroup") ($how)"
if [ -z "$how" ]; then
	fail "misattribution: could not make the hostile cgroup"
elif capture_start "$T/cg.json"; then # no filter: unattributed lines count too
	$DOCKER exec "$VIC" touch /tmp/go
	$DOCKER exec "$ATT" touch /tmp/go
	wait_until 30 $DOCKER exec "$ATT" test -f /tmp/done
	wait_until 30 $DOCKER exec "$VIC" test -f /tmp/done
	sleep 2
	capture_stop
	names=$(query "$T/cg.json" "sorted(set(str(e.get('container_name')) for e in ev if e.get('message', '').startswith('attacker line')))")
	n=$(query "$T/cg.json" "sum(1 for e in ev if e.get('message', '').startswith('attacker line'))")
	echo "attacker lines: $n, attributed to: $names"
	check "misattribution: a cgroup named like another container's scope ($how) never gets that container's name ($n lines as $names)" \
		test "$n" -gt 0 -a "$(query "$T/cg.json" "sum(1 for e in ev if e.get('message', '').startswith('attacker line') and e.get('container_name') == '$VIC')")" = 0
	check "misattribution: the attacker's lines go out as the attacker's or with no container" \
		test "$(query "$T/cg.json" "sum(1 for e in ev if e.get('message', '').startswith('attacker line') and e.get('container_name') not in (None, '$ATT'))")" = 0
	check "misattribution: the victim's own lines still carry its name" \
		test "$(query "$T/cg.json" "sum(1 for e in ev if e.get('message', '').startswith('victim line') and e.get('container_name') == '$VIC')")" -gt 0
else
	fail "misattribution: capture did not start"
fi
# the attacker's processes leave the hostile cgroup with the container; rmdir then works
ctr_rm "$ATT"
exit 0
