# SPDX-License-Identifier: Apache-2.0
# Helpers for the end-to-end tests that ship to a real nats-server (sourced after
# lib.sh): the common start of such a test, the natstool client, operator-mode creds
# from tests/nats/mkcreds, a server on a free loopback port, a subscriber, the agent
# on $app/*.log, and counting what arrived.

# nats_e2e_begin NAME TOOL...: $tmp (removed at exit) with $app in it, PIDS killed at
# exit (then the test's own extra_cleanup, if it defines one); SKIP unless every TOOL
# is installed and we are root.
nats_e2e_begin() {
	local name=$1 tool
	shift
	tmp=$(tmpdir)
	app=$tmp/app
	mkdir -p "$app"
	PIDS=()
	trap nats_e2e_cleanup EXIT
	for tool in "$@"; do
		if ! command -v "$tool" > /dev/null; then
			skip "$name: $tool is not installed (scripts/install-deps.sh installs it)"
			exit 0
		fi
	done
	if ! is_root; then
		skip "$name: loading BPF programs needs root"
		exit 0
	fi
}

nats_e2e_cleanup() {
	local p
	for p in "${PIDS[@]}"; do
		kill -KILL "$p" 2> /dev/null
		wait "$p" 2> /dev/null
	done
	declare -F extra_cleanup > /dev/null && extra_cleanup
	if [ -n "${KEEP:-}" ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}

# natstool_build NAME: the test client in $NATSTOOL, or FAILs NAME and exits.
natstool_build() {
	NATSTOOL=$tmp/natstool
	cc -O2 -o "$NATSTOOL" "$ROOT/tests/nats/natstool.c" -lnats || {
		fail "$1: building tests/nats/natstool.c"
		exit 1
	}
}

# nats_tools NAME: natstool, and mkcreds run into $tmp, or FAILs NAME and exits.
nats_tools() {
	natstool_build "$1"
	(cd "$ROOT/tests/nats/mkcreds" && GO111MODULE=off GOPATH=/usr/share/gocode \
		GOCACHE="$tmp/gocache" go build -o "$tmp/mkcreds" .) && "$tmp/mkcreds" "$tmp" || {
		fail "$1: building and running tests/nats/mkcreds (golang-github-nats-io-jwt-dev)"
		exit 1
	}
}

PORT=$(free_port)
MPORT=$(free_port)
URL=nats://127.0.0.1:$PORT

# nats_start CONF-EXTRA: a server on $PORT with JetStream in $tmp/js.
nats_start() {
	printf 'listen: 127.0.0.1:%s\njetstream { store_dir: "%s/js" }\n%s\n' \
		"$PORT" "$tmp" "$1" > "$tmp/nats.conf"
	nats_serve "$tmp/nats.conf" "$tmp/nats.log" "$PORT"
	local rc=$?
	PIDS+=("$NATS_PID")
	return $rc
}

# stream_add LOG NATSTOOL-ARGS...: the stream LOGS on logs.default.customer.>, added by
# natstool with the given connection arguments. The stream is a test's setup, not what
# it tests: a refused first try is retried (a freshly started operator-mode server has
# been seen to answer one connect with "Authorization Violation" on a loaded machine),
# and the server's log LOG goes to the test log when it never works.
stream_add() {
	local log=$1
	shift
	wait_until 10 "$NATSTOOL" "$@" stream-add LOGS 'logs.default.customer.>' && return 0
	echo "---- $log"
	tail -n 40 "$log"
	return 1
}

nats_kill() {
	kill -KILL "$NATS_PID" 2> /dev/null
	wait "$NATS_PID" 2> /dev/null
}

# sub_start OUTFILE [natstool options...]: a subscriber on logs.> until sub_stop.
sub_start() {
	local out=$1
	shift
	sub_spawn "$out" "$@" "$URL_SUB"
	local rc=$?
	PIDS+=("$SUB_PID")
	return $rc
}

sub_stop() {
	kill -TERM "$SUB_PID" 2> /dev/null
	wait "$SUB_PID" 2> /dev/null
}

# agent_start NAME ARGS...: the agent on this test's log files only.
agent_start() {
	AGENT_LOG=$tmp/agent-$1.err
	: >> "$AGENT_LOG"
	shift
	"$LOGTAP" agent --host --no-default-paths --path "$app/*.log" --hostname e2e \
		--metrics-addr "127.0.0.1:$MPORT" "$@" > /dev/null 2>> "$AGENT_LOG" &
	AGENT_PID=$!
	PIDS+=("$AGENT_PID")
	wait_until 30 grep -q 'capture: ready' "$AGENT_LOG" || {
		echo "agent did not become ready:" >&2
		tail -n 20 "$AGENT_LOG" >&2
		return 1
	}
}

agent_stop() {
	kill -TERM "$AGENT_PID" 2> /dev/null
	wait "$AGENT_PID" 2> /dev/null
}

metric() { curl -s "http://127.0.0.1:$MPORT/metrics" | awk -v m="$1" '$1 == m { print $2 }'; }

# emit FILE PREFIX FROM COUNT: one write() per line, "PREFIX <n>".
emit() {
	local i
	for ((i = $3; i < $3 + $4; i++)); do
		echo "$2 $i" >> "$1"
	done
}

# count FILE PREFIX COUNT: prints "<lines seen> <distinct> <all 0..COUNT-1 exactly once?>".
count() {
	python3 - "$@" << 'PY'
import json, sys
path, prefix, n = sys.argv[1], sys.argv[2] + " ", int(sys.argv[3])
seen = {}
for l in open(path, encoding="utf-8", errors="replace"):
    try:
        e = json.loads(l.split("\t", 1)[1])
    except (ValueError, IndexError):
        continue
    m = e.get("message", "")
    if m.startswith(prefix):
        seen[m] = seen.get(m, 0) + 1
ok = all(seen.get(prefix + str(i)) == 1 for i in range(n)) and len(seen) == n
print(sum(seen.values()), len(seen), "yes" if ok else "no")
PY
}

got_all() { [ "$(count "$1" "$2" "$3" | cut -d' ' -f3)" = yes ]; }
