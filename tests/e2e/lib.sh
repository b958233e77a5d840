# SPDX-License-Identifier: Apache-2.0
# Shared helpers for the end-to-end tests (sourced, not run): result lines,
# dockerd and the test image, the logtap binary in the background.
# Test containers always run with --network none; dockerd runs without a bridge.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD:-$ROOT/build}
LOGTAP=${LOGTAP:-$BUILD/logtap}
LOGDIR=${LOGDIR:-$BUILD/test-logs}
TEST_IMAGE=logtap-test:latest
DOCKER=docker
[ -x /usr/bin/docker ] && DOCKER=/usr/bin/docker
mkdir -p "$LOGDIR"
# Agents pin their capture under bpffs by default and a later agent adopts it: tests
# start theirs unpinned, so that no test adopts what a killed agent of another left
# (test_restart.sh pins on purpose, and unpins in its cleanup).
export LOGTAP_BPF_PIN_DIR=${LOGTAP_BPF_PIN_DIR:-none}

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; }
skip() { echo "SKIP: $*"; }

# check NAME COND_CMD...: PASS or FAIL from the exit status of the command.
check() {
	local name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name"; fi
}

# new_prog_ids PREFIX BEFORE: the ids of loaded BPF programs whose name starts with
# PREFIX and that are not in BEFORE (" ID ID ... ", from a call with BEFORE empty): the
# programs a capture attached, beside other agents' (pinned ones too). For benchmarks.
new_prog_ids() {
	local i
	for i in $(bpftool prog show -j | python3 -c '
import json, sys
print(" ".join(str(p["id"]) for p in json.load(sys.stdin) if p.get("name", "").startswith(sys.argv[1])))' "$1"); do
		[[ $2 == *" $i "* ]] || echo "$i"
	done
}

# Fresh temporary directory, removed at exit by the caller's trap.
tmpdir() { mktemp -d "${TMPDIR:-/tmp}/logtap-test.XXXXXX"; }

is_root() { [ "$(id -u)" = 0 ]; }

# wait_until SECONDS CMD...: polls CMD every 0.2 s; the exit status says whether it held.
wait_until() {
	local n=$(($1 * 5))
	shift
	while [ "$n" -gt 0 ]; do
		"$@" && return 0
		sleep 0.2
		n=$((n - 1))
	done
	return 1
}

port_open() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

# free_port: a loopback TCP port nobody listens on. It is taken below the ephemeral
# range (32768-60999 here), so no outgoing connection can take it between this check and
# the server's bind, and never twice in a run (LOGTAP_PORTS_FILE lists those handed out):
# two bind(0) probes can return the same port.
free_port() {
	python3 - "${LOGTAP_PORTS_FILE:-${TMPDIR:-/tmp}/logtap-test-ports}" << 'PY'
import fcntl, random, socket, sys
with open(sys.argv[1], "a+") as f:
    fcntl.flock(f, fcntl.LOCK_EX)
    f.seek(0)
    used = set(int(x) for x in f.read().split())
    if len(used) > 6000:  # a long-lived machine: start over
        f.truncate(0)
        used = set()
    for _ in range(2000):
        p = random.randrange(20000, 32000)
        if p in used:
            continue
        s = socket.socket()
        try:
            s.bind(("127.0.0.1", p))
        except OSError:
            continue
        finally:
            s.close()
        f.write("%d\n" % p)
        print(p)
        break
PY
}

# nats_serve CONF LOG PORT: nats-server -c CONF in the background (output appended to
# LOG), its pid in NATS_PID. Returns 0 once that very server says it listens on
# 127.0.0.1:PORT and is ready: a bare port_open can be answered by another process that
# took the port between free_port and the bind. Otherwise the log's tail goes to stderr,
# the server is killed and it returns 1.
nats_serve() {
	local from
	from=$(($(cat "$2" 2> /dev/null | wc -l) + 1))
	nats-server -c "$1" >> "$2" 2>&1 &
	NATS_PID=$!
	wait_until 10 nats_ready "$2" "$from" "$3" && return 0
	echo "nats-server -c $1 did not come up on 127.0.0.1:$3:" >&2
	tail -n 20 "$2" >&2
	kill -KILL "$NATS_PID" 2> /dev/null
	return 1
}
nats_ready() {
	kill -0 "$NATS_PID" 2> /dev/null &&
		tail -n "+$2" "$1" | grep -q "Listening for client connections on 127.0.0.1:$3\$" &&
		tail -n "+$2" "$1" | grep -q "Server is ready"
}

# sub_spawn OUTFILE NATSTOOL-ARGS...: `natstool ARGS... sub 'logs.>' OUTFILE` in the
# background, its pid in SUB_PID; returns 0 once it says it is ready. One that exits
# before that (a refused connect: a freshly started operator-mode server has been seen
# to answer one with "Authorization Violation" on a loaded machine) is started again,
# for up to about 10 s; its errors stay in OUTFILE.err.
sub_spawn() {
	local out=$1 try
	shift
	: > "$out.err"
	for ((try = 0; try < 20; try++)); do
		"$NATSTOOL" "$@" sub 'logs.>' "$out" > "$out.ready" 2>> "$out.err" &
		SUB_PID=$!
		wait_until 10 sub_settled "$out.ready"
		grep -q ready "$out.ready" && return 0
		kill -0 "$SUB_PID" 2> /dev/null && return 1
		sleep 0.5
	done
	return 1
}
# sub_settled READYFILE: the subscriber said it is ready, or it is gone.
sub_settled() { grep -qs ready "$1" || ! kill -0 "$SUB_PID" 2> /dev/null; }

# e2e_prepare NAME [docker]: the common start of an end-to-end test. Without root it
# SKIPs (BPF needs root) and exits; a capture that cannot attach, or dockerd that does
# not come up when asked for, is a FAIL: on CI every part is installed.
e2e_prepare() {
	local name=$1
	if ! is_root; then
		skip "$name: needs root to load BPF programs"
		exit 0
	fi
	if ! timeout 60 "$LOGTAP" capture --duration 0.2 > /dev/null 2> "$LOGDIR/$name-probe.err"; then
		fail "$name: \`logtap capture\` cannot attach (see $LOGDIR/$name-probe.err)"
		exit 1
	fi
	if [ "${2:-}" = docker ] && { ! docker_up || ! image_up; }; then
		fail "$name: dockerd or the test image is unavailable (see $LOGDIR/dockerd.log)"
		exit 1
	fi
}

docker_answers() { $DOCKER info > /dev/null 2>&1; }

# Starts dockerd from Debian's docker.io when no daemon answers. No bridge, no
# iptables: test containers get --network none and nothing leaves the machine.
docker_up() {
	if $DOCKER info > /dev/null 2>&1; then return 0; fi
	command -v dockerd > /dev/null || return 1
	if ! pgrep -x containerd > /dev/null && command -v containerd > /dev/null; then
		:
	fi
	nohup dockerd --bridge=none --iptables=false --ip6tables=false \
		> "$LOGDIR/dockerd.log" 2>&1 &
	wait_until 30 docker_answers && return 0
	echo "dockerd did not come up; see $LOGDIR/dockerd.log" >&2
	tail -n 20 "$LOGDIR/dockerd.log" >&2
	return 1
}

# Builds the test image with docker import: a skeleton root whose /usr is the
# host's (bind-mounted read-only at run time), so every runtime is available.
image_up() {
	$DOCKER image inspect "$TEST_IMAGE" > /dev/null 2>&1 && return 0
	local d
	d=$(tmpdir)
	mkdir -p "$d/rootfs"/{usr,etc,tmp,var/log,var/tmp,proc,sys,dev,run,app,root}
	ln -s usr/bin "$d/rootfs/bin"
	ln -s usr/sbin "$d/rootfs/sbin"
	ln -s usr/lib "$d/rootfs/lib"
	[ -d /usr/lib64 ] && ln -s usr/lib64 "$d/rootfs/lib64"
	chmod 1777 "$d/rootfs/tmp" "$d/rootfs/var/tmp"
	echo 'root:x:0:0:root:/root:/bin/sh' > "$d/rootfs/etc/passwd"
	echo 'root:x:0:' > "$d/rootfs/etc/group"
	tar -C "$d/rootfs" -cf "$d/rootfs.tar" .
	$DOCKER import "$d/rootfs.tar" "$TEST_IMAGE" > /dev/null
	local rc=$?
	rm -rf "$d"
	return $rc
}

# e2e_workspace NAMES...: a temporary directory in $T and an exit trap that stops a
# background capture, removes the named test containers, runs the test's own
# extra_cleanup when it defines one, and deletes $T (kept with KEEP=1).
e2e_workspace() {
	T=$(tmpdir)
	E2E_NAMES="$*"
	trap e2e_cleanup EXIT
	ctr_rm $E2E_NAMES
}

e2e_cleanup() {
	[ -n "${LOGTAP_PID:-}" ] && kill "$LOGTAP_PID" 2> /dev/null
	ctr_rm $E2E_NAMES
	declare -F extra_cleanup > /dev/null && extra_cleanup
	if [ -n "${KEEP:-}" ]; then echo "kept $T"; else rm -rf "$T"; fi
}

# Mount options that lend the host's userland to a test container.
host_mounts() {
	local m="-v /usr:/usr:ro"
	local e
	for e in alternatives java-17-openjdk ssl php ruby; do
		[ -d "/etc/$e" ] && m="$m -v /etc/$e:/etc/$e:ro"
	done
	echo "$m"
}

# ctr_run NAME [docker run options --] CMD...: a detached test container.
ctr_run() {
	local name=$1
	shift
	local opts=()
	if printf '%s\n' "$@" | grep -qx -- '--'; then
		while [ "$1" != "--" ]; do
			opts+=("$1")
			shift
		done
		shift
	fi
	# shellcheck disable=SC2046
	$DOCKER run -d --name "$name" --network none $(host_mounts) "${opts[@]}" \
		"$TEST_IMAGE" "$@"
}

ctr_rm() { $DOCKER rm -f "$@" > /dev/null 2>&1 || true; }

# Full container id of a running or exited container.
ctr_id() { $DOCKER inspect -f '{{.Id}}' "$1"; }

# Starts `logtap capture ARGS...` in the background writing JSON to $1, waits for
# "ready" on its stderr ($1.err). Sets LOGTAP_PID.
capture_start() {
	local out=$1
	shift
	"$LOGTAP" capture -o json "$@" > "$out" 2> "$out.err" &
	LOGTAP_PID=$!
	wait_until 10 ready_or_gone "$out.err" "$LOGTAP_PID"
	grep -q ready "$out.err" 2> /dev/null && return 0
	echo "logtap capture did not become ready:" >&2
	cat "$out.err" >&2
	return 1
}

# ready_or_gone ERRFILE PID: the process said "ready", or is not running any more.
ready_or_gone() { grep -q ready "$1" 2> /dev/null || ! kill -0 "$2" 2> /dev/null; }

# Stops the background capture with SIGINT and waits for its summary.
capture_stop() {
	kill -INT "$LOGTAP_PID" 2> /dev/null
	wait "$LOGTAP_PID"
}

# query FILE PYTHON-EXPR: EXPR sees `ev` (all events) and `by(msg)` (the first event
# with that message, or {}); prints the result.
query() {
	python3 - "$1" "$2" << 'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def by(msg):
    return next((e for e in ev if e.get("message") == msg), {})
print(eval("(" + sys.argv[2] + "\n)"))
PY
}
