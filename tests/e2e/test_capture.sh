#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, capture foundation: the real BPF programs attached, real
# containers (dockerd, --network none) writing log files, the JSON on stdout.
set -u
source "$(dirname "$0")/lib.sh"

e2e_prepare "capture e2e" docker

e2e_workspace lt-cap-lines lt-cap-py lt-cap-big lt-cap-bin lt-cap-stdio lt-cap-rb

# ---- session 1: lines, paths, host exclusion, writev/pwrite, 5 MiB write, binary ----
mkdir -p "$T/host"
capture_start "$T/s1.json" --max-write 8M --write "$T/s1.rec" || { fail "capture starts"; exit 1; }
pass "capture prints ready once attached"

ctr_run lt-cap-lines sh -c 'mkdir -p /app/var/log; i=0; while [ $i -lt 500 ]; do
	echo "line number $i of the app" >> /app/var/log/app.log; i=$((i+1)); done
	echo "not a log" > /app/data.txt; echo "written once" > /tmp/once-dump.log; sleep 1' > /dev/null
ctr_run lt-cap-py python3 -c '
import os
fd = os.open("/tmp/vec.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
os.writev(fd, [b"vec part one ", b"and two\n", b"vec second line\n"])
os.close(fd)
fd = os.open("/tmp/pw.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
os.pwrite(fd, b"pwrite line\n", 0)
os.pwritev(fd, [b"pwritev ", b"line\n"], 12)
os.close(fd)
' > /dev/null
ctr_run lt-cap-big python3 -c '
import os
data = b"".join(b"big %07d %s\n" % (i, b"x" * 88) for i in range(52429))[:5 << 20]
fd = os.open("/tmp/big.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
n = os.write(fd, data)
assert n == len(data), n
' > /dev/null
ctr_run lt-cap-bin python3 -c '
import os
fd = os.open("/tmp/bin.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
os.write(fd, b"\x00\x01\x02binary\x00\x00\xff\xfe\n")
os.write(fd, "ok \xe9\n".encode("latin-1") + "caf\u00e9 \u2603\n".encode())
' > /dev/null
for i in 1 2 3; do echo "host line $i" >> "$T/host/host.log"; done
$DOCKER wait lt-cap-lines lt-cap-py lt-cap-big lt-cap-bin > /dev/null
sleep 2
LINES_ID=$(ctr_id lt-cap-lines)
capture_stop
summary=$(grep summary "$T/s1.json.err")

check "every line arrives exactly once, in order" \
	test "$(query "$T/s1.json" '[e["message"] for e in ev if e.get("file") == "/app/var/log/app.log"] == ["line number %d of the app" % i for i in range(500)]')" = True
check "lines carry the container id and the path inside the container" \
	test "$(query "$T/s1.json" 'all(e.get("container_id") == "'"$LINES_ID"'" and e["pid"] > 0 and e["comm"] == "sh" for e in ev if e.get("file") == "/app/var/log/app.log")')" = True
check "a non-log file stays out" \
	test "$(query "$T/s1.json" 'sum(1 for e in ev if "not a log" in e["message"] or e.get("file") == "/app/data.txt")')" = 0
check "host processes stay out by default" \
	test "$(query "$T/s1.json" 'sum(1 for e in ev if "host line" in e["message"])')" = 0
check "a file written once and closed is captured with its path" \
	test "$(query "$T/s1.json" '[(e["file"], e["message"]) for e in ev if e.get("file") == "/tmp/once-dump.log"]')" = "[('/tmp/once-dump.log', 'written once')]"
check "writev is captured with its segments joined" \
	test "$(query "$T/s1.json" '[e["message"] for e in ev if e.get("file") == "/tmp/vec.log"]')" = "['vec part one and two', 'vec second line']"
check "pwrite64 and pwritev are captured" \
	test "$(query "$T/s1.json" '[e["message"] for e in ev if e.get("file") == "/tmp/pw.log"]')" = "['pwrite line', 'pwritev line']"
check "a 5 MiB single write arrives complete in chunks" \
	test "$(query "$T/s1.json" 'sum(len(e["message"]) + 1 for e in ev if e.get("file") == "/tmp/big.log") - 1 == 5 << 20 and not any(e.get("truncated") or e.get("gap_bytes") for e in ev if e.get("file") == "/tmp/big.log")')" = True
check "the 5 MiB write's lines are all there, once, in order" \
	test "$(query "$T/s1.json" '[e["message"][:11] for e in ev if e.get("file") == "/tmp/big.log"] == ["big %07d" % i for i in range(51910)]')" = True
check "NUL-heavy data is flagged binary and still valid JSON" \
	test "$(query "$T/s1.json" '[e.get("binary") for e in ev if e.get("file") == "/tmp/bin.log"]')" = "[True, None, None]"
check "invalid UTF-8 becomes U+FFFD, valid UTF-8 is kept" \
	test "$(query "$T/s1.json" '[e["message"] for e in ev if e.get("file") == "/tmp/bin.log"][1:] == ["ok \ufffd", "caf\u00e9 \u2603"]')" = True
check "the summary counts writes and reports no drops" \
	grep -Eq 'summary: [1-9][0-9]* writes.* 0 kernel drops' <<< "$summary"

# ---- replay of the recording gives the same events ----
"$LOGTAP" replay -o json "$T/s1.rec" > "$T/replay.json" 2> "$T/replay.err"
check "replay of a recording exits 0" test $? = 0
# per file in order; events of different containers may interleave differently
# live, where each waits for its own metadata
check "replay gives the same messages as live" \
	test "$(query "$T/replay.json" 'sorted([(e.get("file"), e["message"]) for e in ev if e.get("file","").startswith(("/app/", "/tmp/"))], key=lambda x: x[0])')" = \
	"$(query "$T/s1.json" 'sorted([(e.get("file"), e["message"]) for e in ev if e.get("file","").startswith(("/app/", "/tmp/"))], key=lambda x: x[0])')"

# ---- session 2: default max-write truncates, --stdio, --raw ----
ctr_rm lt-cap-big
capture_start "$T/s2.json" --stdio --raw || { fail "capture --stdio --raw starts"; exit 1; }
ctr_run lt-cap-big python3 -c '
import os
fd = os.open("/tmp/big.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
os.write(fd, b"y" * (5 << 20))
' > /dev/null
ctr_run lt-cap-stdio python3 -c '
import os
os.write(1, b"to stdout\n")
os.write(2, b"to stderr\n")
with open("/tmp/raw.log", "ab") as f:
    f.write(b"raw one\nraw two\n")
' > /dev/null
$DOCKER wait lt-cap-big lt-cap-stdio > /dev/null
sleep 2
capture_stop
summary=$(grep summary "$T/s2.json.err")
check "a write over --max-write (default 1 MiB) is cut and marked truncated" \
	test "$(query "$T/s2.json" '[(len(e["message"]), e.get("truncated")) for e in ev if e.get("file") == "/tmp/big.log"]')" = "[(1048576, True)]"
check "the summary counts the truncated bytes" \
	grep -q "$((4 << 20)) bytes truncated" <<< "$summary"
check "--stdio captures stdout and stderr of containers" \
	test "$(query "$T/s2.json" 'sorted((e["stream"], e["message"]) for e in ev if e["message"].startswith("to std"))')" = "[('stderr', 'to stderr'), ('stdout', 'to stdout')]"
check "--raw gives one event per write" \
	test "$(query "$T/s2.json" '[e["message"] for e in ev if e.get("file") == "/tmp/raw.log"]')" = "['raw one\nraw two']"

# ---- session 3: the raw_tp fallback (kernels without tp_btf or bpf_rdonly_cast) ----
ctr_rm lt-cap-py
capture_start "$T/s3.json" --hook raw_tp || { fail "capture --hook raw_tp starts"; exit 1; }
check "the raw_tp hook attaches" grep -q "hook raw_tp" "$T/s3.json.err"
ctr_run lt-cap-py python3 -c '
import os
fd = os.open("/var/log/fallback.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
os.write(fd, b"raw_tp one\n")
os.writev(fd, [b"raw_tp ", b"two\n"])
' > /dev/null
$DOCKER wait lt-cap-py > /dev/null
PY_ID=$(ctr_id lt-cap-py)
sleep 2
capture_stop
check "the raw_tp hook captures write and writev with path and container" \
	test "$(query "$T/s3.json" '[(e["file"], e["message"], e.get("container_id") == "'"$PY_ID"'") for e in ev if e.get("file") == "/var/log/fallback.log"]')" = \
	"[('/var/log/fallback.log', 'raw_tp one', True), ('/var/log/fallback.log', 'raw_tp two', True)]"

# ---- session 4: --read-back from the page cache, and the default copying ----
# A long-lived writer: after the file's first write (copied, with its path) logtap
# holds the file open and the kernel sends positions only. The file is unlinked while
# written (still read through logtap's fd); a second file is truncated under writes
# that were not read yet and rewritten with more bytes than they covered: those writes
# must become a gap, not the newer bytes.
RB_WRITER='
import os, sys, time
os.makedirs("/var/log/rb", exist_ok=True)
fd = os.open("/var/log/rb/app.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
os.write(fd, b"rb line 0\n")
time.sleep(0.5)
for i in range(1, 3000):
    os.write(fd, b"rb line %d\n" % i)
    if i % 1000 == 0:
        time.sleep(0.3)
os.unlink("/var/log/rb/app.log")
for i in range(3000, 3100):
    os.write(fd, b"rb line %d\n" % i)
t = os.open("/tmp/trunc.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
os.write(t, b"before truncate\n")
time.sleep(0.5)
for i in range(20):
    os.write(t, b"doomed line %02d\n" % i)
os.ftruncate(t, 0)
os.write(t, b"after truncate, longer than every doomed line before it\n" * 8)
# openat2(2) with O_TRUNC, through the libc syscall() wrapper: struct open_how {flags, mode, resolve}
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
t2 = os.open("/tmp/trunc2.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
os.write(t2, b"before openat2\n")
time.sleep(0.5)
for i in range(20):
    os.write(t2, b"doomed line %02d\n" % i)
how = (ctypes.c_uint64 * 3)(os.O_WRONLY | os.O_TRUNC, 0, 0)
fd2 = libc.syscall(437, -100, b"/tmp/trunc2.log", ctypes.byref(how), 24)
assert fd2 >= 0, ctypes.get_errno()
os.write(t2, b"after openat2, longer than every doomed line before it\n" * 8)
w = os.open("/var/log/rb/shared.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
os.write(w, b"parent first\n")
time.sleep(0.5)
pids = []
for k in range(4):
    pid = os.fork()
    if pid == 0:
        for i in range(500):
            os.write(w, b"worker %d line %d\n" % (k, i))
        os._exit(0)
    pids.append(pid)
for pid in pids:
    os.waitpid(pid, 0)
time.sleep(0.5)
'
rb_session() { # OUT [capture flags]
	local out=$1
	shift
	capture_start "$out" "$@" || return 1
	ctr_rm lt-cap-rb
	ctr_run lt-cap-rb python3 -c "$RB_WRITER" > /dev/null
	$DOCKER wait lt-cap-rb > /dev/null
	sleep 1
	capture_stop
}
RB_LINES='[e["message"] for e in ev if e.get("file") == "/var/log/rb/app.log"] == ["rb line %d" % i for i in range(3100)]'
RB_TRUNC='[e["message"] for e in ev if e.get("file") == "/tmp/trunc.log"]'
AFTER="after truncate, longer than every doomed line before it"
readback_bytes() { sed -n 's/.* \([0-9]*\) bytes read back.*/\1/p' "$1"; }
missing_bytes() { sed -n 's/.*read back from the page cache, \([0-9]*\) missing.*/\1/p' "$1"; }

if rb_session "$T/s4.json" --read-back; then
	check "read-back: every line of a long-lived writer arrives once, in order, unlinked or not" \
		test "$(query "$T/s4.json" "$RB_LINES")" = True
	check "read-back: the writes after the first were read from the page cache" \
		test "$(readback_bytes "$T/s4.json.err")" -ge 30000
	check "read-back: forked workers sharing one inherited fd each get all their lines, in order" \
		test "$(query "$T/s4.json" "all([e['message'] for e in ev if e.get('file') == '/var/log/rb/shared.log' and e['message'].startswith('worker %d ' % k)] == ['worker %d line %d' % (k, i) for i in range(500)] for k in range(4))")" = True
	check "read-back: writes lost to a truncation are a gap, never the newer bytes" \
		test "$(query "$T/s4.json" "all(m in ('before truncate', '$AFTER') or m.startswith('doomed line ') for m in $RB_TRUNC) and $RB_TRUNC.count('$AFTER') == 8")" = True
	RB_TRUNC2='[e["message"] for e in ev if e.get("file") == "/tmp/trunc2.log"]'
	AFTER2="after openat2, longer than every doomed line before it"
	check "read-back: a truncation by openat2(O_TRUNC) is seen too" \
		test "$(query "$T/s4.json" "all(m in ('before openat2', '$AFTER2') or m.startswith('doomed line ') for m in $RB_TRUNC2) and $RB_TRUNC2.count('$AFTER2') == 8")" = True
	doomed=$(query "$T/s4.json" "sum(m.startswith('doomed line ') for m in $RB_TRUNC)")
	check "read-back: the truncated writes are counted as missing" \
		test "$doomed" = 20 -o "$(missing_bytes "$T/s4.json.err")" -gt 0
	check "read-back: the gap is on the event after it" \
		test "$doomed" = 20 -o "$(query "$T/s4.json" "[e.get('gap_bytes', 0) > 0 for e in ev if e.get('file') == '/tmp/trunc.log' and e['message'] == '$AFTER'][0]")" = True
else
	fail "capture --read-back starts"
fi
if rb_session "$T/s7.json" --read-back --hook raw_tp; then
	check "read-back with the raw_tp hook: every line once, in order, read from the page cache" \
		test "$(query "$T/s7.json" "$RB_LINES")" = True -a "$(readback_bytes "$T/s7.json.err")" -ge 30000
else
	fail "capture --read-back --hook raw_tp starts"
fi
# the default copies every write in the kernel: a truncation takes nothing
if rb_session "$T/s5.json"; then
	check "the default copies: every line arrives once, in order, nothing read back" \
		test "$(query "$T/s5.json" "$RB_LINES")" = True -a "$(readback_bytes "$T/s5.json.err")" = 0
	check "the default copies: the truncated file's writes all arrive" \
		test "$(query "$T/s5.json" "sum(m.startswith('doomed line ') for m in $RB_TRUNC)")" = 20
else
	fail "capture for the default (copying) session starts"
fi

# ---- session 6: a host task that moves into a mount namespace of its own ----
# The kernel side remembers per CPU the last host task it saw (by its syscall
# registers' address) to skip the scope test; unshare/setns must make it look again.
capture_start "$T/s6.json" || { fail "capture for the unshare session starts"; exit 1; }
T="$T" taskset -c 0 python3 -c '
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
fd = os.open("/dev/null", os.O_WRONLY)
for i in range(100):
    os.write(fd, b"x")  # a host task, out of scope
assert libc.unshare(0x00020000) == 0, ctypes.get_errno()  # CLONE_NEWNS
w = os.open(os.environ["T"] + "/unshared.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
os.write(w, b"written after unshare\n")
'
sleep 1
capture_stop
check "a host task that unshares its mount namespace is captured from then on" \
	test "$(query "$T/s6.json" 'sum(1 for e in ev if e["message"] == "written after unshare")')" = 1

# ---- the command line ----
"$LOGTAP" --help > "$T/help" 2>&1
check "logtap --help exits 0 and lists the modes" grep -q "capture" "$T/help"
"$LOGTAP" capture --help > "$T/help" 2>&1
check "logtap capture --help lists its flags" grep -q -- "--duration" "$T/help"
"$LOGTAP" nosuchmode > /dev/null 2> "$T/err"
check "an unknown mode exits non-zero with a clear message" \
	test $? -ne 0 -a -n "$(grep 'unknown mode' "$T/err")"
"$LOGTAP" capture --bogus > /dev/null 2> "$T/err"
check "a bad flag exits non-zero" test $? -ne 0
"$LOGTAP" capture --max-write lots > /dev/null 2> "$T/err"
check "a bad value names the flag" grep -q -- "--max-write" "$T/err"
"$LOGTAP" replay /nonexistent.rec > /dev/null 2> "$T/err"
check "replay of a missing file fails clearly" test $? -ne 0 -a -s "$T/err"
