#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, reassembly of logging libraries: the tests/traces/lib_* programs (PHP
# Monolog as Symfony and Laravel set it up, Python loguru, structlog with rich
# tracebacks and python-json-logger, Node winston/pino/bunyan/log4js, Go logrus through
# bufio, zap and slog, Rust panics with RUST_BACKTRACE=1, Rails tagged request logs,
# Java logback's default console) run with the real libraries
# in containers under live `logtap capture`; every record must be one event, traces of
# the right exception type. A format no rule knows goes through --record-start, by file
# path or by container name. The recording is replayed and must give the same events.
# npm modules are installed once per run into $BUILD/npm-cache (never committed).
set -u
source "$(dirname "$0")/lib.sh"

TRACES=$ROOT/tests/traces
NPM_CACHE=$BUILD/npm-cache

e2e_prepare "libs e2e" docker
e2e_workspace lt-lib-php lt-lib-loguru lt-lib-structlog lt-lib-node lt-lib-go lt-lib-rust \
	lt-lib-rails lt-lib-custom lt-lib-jsonlog lt-lib-logback lt-lib-byname

have() { command -v "$1" > /dev/null; }
pyhas() { /usr/bin/python3 -c "import $1" 2> /dev/null; }

# Built or installed on the host: the containers only run them (host /usr is theirs).
mkdir -p "$T/bin"
if have go && [ -d /usr/share/gocode/src/github.com/sirupsen/logrus ]; then
	(cd "$TRACES/libgo" && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE=$T/gocache \
		HOME=${HOME:-$T} go build -o "$T/bin/libgo" .) > "$T/go.err" 2>&1
fi
[ -x /usr/bin/rustc ] && /usr/bin/rustc -O -o "$T/bin/lib_rust" "$TRACES/lib_rust.rs" \
	> "$T/rustc.err" 2>&1
if have npm && [ ! -d "$NPM_CACHE/node_modules/log4js" ]; then
	mkdir -p "$NPM_CACHE"
	npm install --no-audit --no-fund --prefix "$NPM_CACHE" winston@3 pino@9 bunyan@1 log4js@6 \
		> "$LOGDIR/libs-npm.log" 2>&1
fi
LOGBACK=/usr/share/java/logback-classic.jar:/usr/share/java/logback-core.jar
LOGBACK=$LOGBACK:/usr/share/java/slf4j-api.jar
have javac && [ -f /usr/share/java/logback-classic.jar ] &&
	javac -cp "$LOGBACK" -d "$T/bin" "$TRACES/LibLogback.java" > "$T/javac.err" 2>&1
chmod -R a+rX "$T/bin"

capture_start "$T/live.json" --write "$T/live.rec" --record-start '*/custom.log=^@@ ' \
	--record-start 'lt-lib-by*=^%% ' ||
	{ fail "libs e2e: capture starts"; exit 1; }
RUN="-v $TRACES:/traces:ro -v $T/bin:/bin2:ro -v $NPM_CACHE:/npm:ro --"
have php && [ -f /usr/share/php/Monolog/autoload.php ] && ctr_run lt-lib-php $RUN \
	php /traces/lib_monolog.php /var/log/symfony.log /var/log/laravel.log > /dev/null
pyhas loguru && ctr_run lt-lib-loguru $RUN \
	python3 /traces/lib_loguru.py /var/log/loguru.log color > /dev/null
pyhas structlog && pyhas rich && ctr_run lt-lib-structlog $RUN \
	python3 /traces/lib_structlog.py /var/log/structlog.log > /dev/null
pyhas pythonjsonlogger && ctr_run lt-lib-jsonlog $RUN \
	python3 /traces/lib_jsonlog.py /var/log/jsonlog.log > /dev/null
[ -f "$T/bin/LibLogback.class" ] && ctr_run lt-lib-logback $RUN \
	sh -c "java -cp $LOGBACK:/bin2 LibLogback >> /var/log/logback.log" > /dev/null
have node && [ -d "$NPM_CACHE/node_modules/log4js" ] && ctr_run lt-lib-node $RUN \
	sh -c 'mkdir -p /var/log/node && node /traces/lib_node.js /npm /var/log/node' > /dev/null
[ -x "$T/bin/libgo" ] && ctr_run lt-lib-go $RUN /bin2/libgo /var/log > /dev/null
[ -x "$T/bin/lib_rust" ] && ctr_run lt-lib-rust -e RUST_BACKTRACE=1 $RUN \
	sh -c '/bin2/lib_rust 2>> /var/log/rust.log' > /dev/null
have ruby && ruby -e 'require "action_controller"' 2> /dev/null && ctr_run lt-lib-rails $RUN \
	ruby /traces/lib_rails.rb /var/log/rails.log > /dev/null
ctr_run lt-lib-custom $RUN sh -c 'for i in 1 2 3; do
	printf "@@ 2024 record $i\nplain detail\n  indented\n[not a start]\n" >> /var/log/custom.log
	done' > /dev/null
# by container name: the name is known once the runtime answered, so the first line
# is written a second before the records that need the override
ctr_run lt-lib-byname $RUN sh -c 'echo "starting" >> /var/log/byname.log; sleep 1
	for i in 1 2 3; do
	printf "%%%% 2024 record $i\nplain detail\n  indented\n[not a start]\n" >> /var/log/byname.log
	done' > /dev/null
$DOCKER wait $E2E_NAMES > /dev/null 2>&1
sleep 2
capture_stop

# expect NAME WHEN FILE WANT: the events of FILE as `L` (a line) and `T:type` (a trace).
expect() {
	local name=$1 when=$2 file=$3 want=$4 got
	if ! eval "$when"; then
		skip "libs e2e: $name: not installed ($when)"
		return
	fi
	got=$(query "$T/live.json" '" ".join("L" if e["kind"] == "line" else "T:%s" % e.get("exception_type") for e in ev if e.get("file") == "'"$file"'")')
	if [ "$got" = "$want" ]; then
		pass "libs e2e: $name: one event per record"
	else
		fail "libs e2e: $name: got '$got', want '$want'"
	fi
}
MINE='("/var/log/symfony.log", "/var/log/laravel.log", "/var/log/loguru.log",
	"/var/log/structlog.log", "/var/log/jsonlog.log", "/var/log/logback.log",
	"/var/log/node/log4js.log", "/var/log/node/winston.log", "/var/log/node/pino.log",
	"/var/log/node/bunyan.log", "/var/log/logrus.log", "/var/log/zap.log", "/var/log/slog.log",
	"/var/log/rust.log", "/var/log/rails.log", "/var/log/custom.log")'
MONO="L L T:RuntimeException L T:InvalidArgumentException L"
expect "monolog symfony" '[ -f /usr/share/php/Monolog/autoload.php ]' /var/log/symfony.log "$MONO"
expect "monolog laravel" '[ -f /usr/share/php/Monolog/autoload.php ]' /var/log/laravel.log "$MONO"
expect "loguru backtrace+diagnose, colours" 'pyhas loguru' /var/log/loguru.log \
	"L T:ValueError L L T:ZeroDivisionError L"
expect "structlog rich tracebacks" 'pyhas structlog && pyhas rich' /var/log/structlog.log \
	"L T:ZeroDivisionError L T:KeyError L"
expect "python-json-logger" 'pyhas pythonjsonlogger' /var/log/jsonlog.log "L T:KeyError L"
expect "logback default console" '[ -f "$T/bin/LibLogback.class" ]' /var/log/logback.log \
	"L T:java.lang.IllegalStateException L"
expect "log4js default layout" '[ -d "$NPM_CACHE/node_modules/log4js" ]' \
	/var/log/node/log4js.log "L T:TypeError L"
expect "winston errors+printf" '[ -d "$NPM_CACHE/node_modules/winston" ]' \
	/var/log/node/winston.log "L T:TypeError L T:TypeError L"
expect "pino" '[ -d "$NPM_CACHE/node_modules/pino" ]' /var/log/node/pino.log "L T:TypeError L"
expect "bunyan" '[ -d "$NPM_CACHE/node_modules/bunyan" ]' /var/log/node/bunyan.log \
	"L T:TypeError L"
expect "logrus debug.Stack through bufio" '[ -x "$T/bin/libgo" ]' /var/log/logrus.log \
	"L T:panic L L T:panic L L T:panic L"
expect "zap development" '[ -x "$T/bin/libgo" ]' /var/log/zap.log "L T:stack L"
expect "slog text" '[ -x "$T/bin/libgo" ]' /var/log/slog.log "L L L"
expect "rust panics with backtraces" '[ -x "$T/bin/lib_rust" ]' /var/log/rust.log \
	"L T:panic L T:panic"
expect "rails tagged request log" 'ruby -e "require \"action_controller\"" 2> /dev/null' \
	/var/log/rails.log "L L L L L T:NoMethodError L L L L T:NoMethodError"
expect "--record-start override" true /var/log/custom.log "L L L"
expect "--record-start override by container name" true /var/log/byname.log "L L L L"
check "libs e2e: --record-start by container name: each record whole, in its container" \
	test "$(query "$T/live.json" '[(e["message"].count("\n"), e.get("container_name")) for e in ev if e.get("file") == "/var/log/byname.log"][1:]')" = "[(3, 'lt-lib-byname'), (3, 'lt-lib-byname'), (3, 'lt-lib-byname')]"
check "libs e2e: no ANSI escape sequence left in a message" \
	test "$(query "$T/live.json" 'sum("\x1b" in e["message"] for e in ev)')" = 0
check "libs e2e: rust panics have their message, never a type \"0\"" \
	test "$(query "$T/live.json" '[(e["exception_type"], e.get("exception_message", "")[:24]) for e in ev if e.get("file") == "/var/log/rust.log" and e["kind"] == "trace"]')" = "[('panic', 'index out of bounds: the'), ('panic', 'called \`Result::unwrap()')]"

# ---- replay of the recording gives the same events ----
# Per file of this test, in order (other containers on the host may write meanwhile, and
# how their events interleave with these depends on timing).
fields='[(e["file"], e["kind"], e.get("exception_type"), e["message"]) for f in '"$MINE"' for e in ev if e.get("file") == f]'
if "$LOGTAP" replay -o json --record-start '*/custom.log=^@@ ' "$T/live.rec" \
	> "$T/replay.json" 2> "$T/replay.err"; then
	check "libs e2e: replay of the recording gives the same events as live" \
		test "$(query "$T/live.json" "$fields")" = "$(query "$T/replay.json" "$fields")"
else
	fail "libs e2e: replay of the recording failed, see $T/replay.err"
fi
exit 0
