#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, reassembly: the trace programs of tests/traces/ (Python, Java, Node.js,
# PHP, Ruby, Go, a Flow-shaped logger) run in real containers under live
# `logtap capture`; every trace must arrive as exactly one event of the right kind
# and type, ordinary lines around it as their own events. The recording is replayed
# and must give the same events; pinned recordings under tests/data/replay/ too.
set -u
source "$(dirname "$0")/lib.sh"

TRACES=$ROOT/tests/traces
REPLAY_DIR=$ROOT/tests/data/replay

# shape FILE: one line per event: file, kind, exception type, line count, first line.
shape() {
	python3 - "$1" << 'PY'
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(l)
    m = e["message"]
    print(e.get("file"), e["kind"], e.get("exception_type"), m.count("\n") + 1,
          m.split("\n")[0][:60] if e["kind"] != "document" else "-", sep=" | ")
PY
}

# ---- pinned recordings: replay needs neither root nor containers ----
for rec in "$REPLAY_DIR"/*.rec; do
	[ -f "$rec" ] || continue
	name=$(basename "$rec" .rec)
	if "$LOGTAP" replay -o json "$rec" > "$LOGDIR/replay-$name.json" 2> "$LOGDIR/replay-$name.err"; then
		shape "$LOGDIR/replay-$name.json" > "$LOGDIR/replay-$name.shape"
		check "replay of pinned $name gives the expected events" \
			diff -u "$REPLAY_DIR/$name.expected" "$LOGDIR/replay-$name.shape"
	else
		fail "replay of pinned $name: logtap replay failed, see $LOGDIR/replay-$name.err"
	fi
done

e2e_prepare "traces e2e" docker

e2e_workspace lt-tr-py lt-tr-java lt-tr-node lt-tr-php lt-tr-ruby lt-tr-go lt-tr-flow lt-tr-php2

# Compiled on the host: the containers only run them.
mkdir -p "$T/bin"
have() { command -v "$1" > /dev/null; }
have javac && javac -d "$T/bin" "$TRACES/Trace.java" 2> "$T/javac.err"
have go && (cd "$TRACES" && CGO_ENABLED=0 GOCACHE=${GOCACHE:-$T/gocache} HOME=${HOME:-$T} \
	go build -o "$T/bin/trace-go" trace.go) 2> "$T/go.err"
chmod -R a+rX "$T/bin"

capture_start "$T/live.json" --write "$T/live.rec" || { fail "traces e2e: capture starts"; exit 1; }
RUN="-v $TRACES:/traces:ro -v $T/bin:/bin2:ro --"
have python3 && ctr_run lt-tr-py $RUN sh -c 'python3 /traces/trace.py 2>> /var/log/py.log' > /dev/null
have java && [ -f "$T/bin/Trace.class" ] &&
	ctr_run lt-tr-java $RUN sh -c 'java -cp /bin2 Trace 2>> /var/log/java.log' > /dev/null
have node && ctr_run lt-tr-node $RUN sh -c 'node /traces/trace.js 2>> /var/log/node.log' > /dev/null
have php && ctr_run lt-tr-php $RUN sh -c 'php /traces/trace.php /var/log/php_errors.log' > /dev/null
have php && ctr_run lt-tr-php2 $RUN sh -c 'for i in 1 2 3 4; do
	php /traces/trace.php /var/log/shared.log & done; wait' > /dev/null
have ruby && ctr_run lt-tr-ruby $RUN sh -c 'ruby /traces/trace.rb 2>> /var/log/ruby.log' > /dev/null
[ -x "$T/bin/trace-go" ] && ctr_run lt-tr-go $RUN sh -c '/bin2/trace-go 2>> /var/log/go.log' > /dev/null
have php && ctr_run lt-tr-flow $RUN php /traces/flow_log.php /app > /dev/null
$DOCKER wait $E2E_NAMES > /dev/null 2>&1
sleep 2
capture_stop
shape "$T/live.json" > "$LOGDIR/traces-live.shape"

MINE='("/var/log/py.log", "/var/log/java.log", "/var/log/node.log", "/var/log/php_errors.log", "/var/log/shared.log", "/var/log/ruby.log", "/var/log/go.log")'

# expect NAME FILE KINDS_AND_TYPES: the events of FILE, as (kind, type) pairs.
expect() {
	local name=$1 file=$2 want=$3 got
	got=$(query "$T/live.json" '[(e["kind"], e.get("exception_type")) for e in ev if e.get("file") == "'"$file"'"]')
	if [ "$got" = "$want" ]; then
		pass "traces e2e: $name"
	else
		fail "traces e2e: $name: got $got"
	fi
}
L="('line', None)"
expect_runtime() { # NAME CMD FILE TYPE...: line, trace, line, ... from the trace programs
	local name=$1 cmd=$2 file=$3
	shift 3
	if ! have "$cmd"; then
		skip "traces e2e: $name: $cmd is not installed"
		return
	fi
	expect "$name traces arrive whole, with the lines around them" "$file" "$*"
}
expect_runtime "python" python3 /var/log/py.log "[$L, ('trace', 'ValueError'), $L, ('trace', 'KeyError'), $L, ('trace', 'ExceptionGroup'), $L, ('trace', 'ValueError')]"
expect_runtime "java" javac /var/log/java.log "[$L, ('trace', 'java.lang.RuntimeException'), $L, ('trace', 'java.lang.RuntimeException'), $L, ('trace', 'java.lang.RuntimeException'), $L, ('trace', 'java.lang.RuntimeException')]"
expect_runtime "node" node /var/log/node.log "[$L, ('trace', 'Error'), $L, ('trace', 'Error'), $L, ('trace', 'AggregateError'), $L, ('trace', 'Error')]"
expect_runtime "php" php /var/log/php_errors.log "[$L, ('trace', 'RuntimeException'), $L, $L, $L, ('trace', 'RuntimeException')]"
expect_runtime "ruby" ruby /var/log/ruby.log "[$L, ('trace', 'ArgumentError'), $L, ('trace', 'ArgumentError'), $L, ('trace', 'ArgumentError')]"
expect_runtime "go" go /var/log/go.log "[$L, ('trace', 'panic'), $L, ('trace', 'panic')]"
if have php; then
	check "traces e2e: four PHP processes on one file: 8 whole traces, 16 lines" \
		test "$(query "$T/live.json" 'sorted((e["kind"], e.get("exception_type"), e["message"].count("\n")) for e in ev if e.get("file") == "/var/log/shared.log" and e["kind"] == "trace") == [("trace", "RuntimeException", 9)] * 4 + [("trace", "RuntimeException", 10)] * 4 and sum(1 for e in ev if e.get("file") == "/var/log/shared.log" and e["kind"] == "line") == 16')" = True
	check "traces e2e: Flow System log records and the dump, linked by exception_ref" \
		test "$(query "$T/live.json" '(lambda d, c: len(d) == 1 and d[0]["exception_type"] == "Exception #1355480641" and [x.get("exception_ref") for x in c] == [d[0]["exception_ref"]])([e for e in ev if e["kind"] == "document" and e.get("file", "").startswith("/app/Data/Logs/Exceptions/")], [e for e in ev if e.get("file") == "/app/Data/Logs/System_Development.log" and e["level"] == "critical"])')" = True
	check "traces e2e: Flow records keep their unindented continuations and data dumps" \
		test "$(query "$T/live.json" '[(e["level"], e["message"].count("\n") + 1) for e in ev if e.get("file") == "/app/Data/Logs/System_Development.log"]')" = "[('info', 1), ('critical', 1), ('debug', 5), ('warning', 2), ('notice', 1)]"
fi
check "traces e2e: every trace has a language, a message and a fingerprint" \
	test "$(query "$T/live.json" 'all(e.get("exception_language") and "exception_message" in e and len(e.get("fingerprint", "")) == 16 and e["level"] in ("error", "critical") for e in ev if e["kind"] == "trace" and e.get("file") in '"$MINE"')')" = True

# ---- replay of the live recording gives the same events ----
if "$LOGTAP" replay -o json "$T/live.rec" > "$T/replay.json" 2> "$T/replay.err"; then
	shape "$T/replay.json" > "$LOGDIR/traces-replay.shape"
	check "traces e2e: replay of the recording gives the same events as live" \
		diff -u "$LOGDIR/traces-live.shape" "$LOGDIR/traces-replay.shape"
else
	fail "traces e2e: replay of the recording failed, see $T/replay.err"
fi
[ -n "${PIN:-}" ] && cp "$T/live.rec" "$PIN.rec" && shape "$T/replay.json" > "$PIN.expected" &&
	echo "pinned $PIN.rec"
exit 0
