#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the fixtures of tests/unit/reassemble/test_formats.c from the real
# libraries (tests/traces/lib_*): each program runs under strace, and the writes to
# each log file are stored as NAME.writes: every write() prefixed by a 0x1e byte (the
# ASCII record separator, never in log text), so the tests see the real write sizes.
# Usage: tests/data/formats/capture.sh [BUILD]   (needs strace, the packages of
# scripts/install-deps.sh and the npm modules, installed into BUILD/npm-cache)
set -eu
cd "$(dirname "$0")/../../.."
BUILD=${1:-build}
OUT=tests/data/formats
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
PY=/usr/bin/python3

# strace_to_writes LOG FILE NAME: the writes of strace -xx LOG to FILE, as OUT/NAME.writes.
strace_to_writes() {
	$PY - "$1" "$2" "$OUT/$3.writes" << 'PY'
import glob, re, sys
log, path, out = sys.argv[1:]
hexs = lambda s: bytes(int(h, 16) for h in re.findall(r'\\x([0-9a-f]{2})', s))
writes = []
for f in glob.glob(log + ".*"):  # one file per thread (-ff): no unfinished calls
    for line in open(f, encoding="latin-1"):
        m = re.search(r'^(\d+\.\d+) (write|writev|pwrite64)\((\d+)<((?:\\x[0-9a-f]{2})+)>, '
                      r'(.*)\) = \d+$', line)
        if not m or hexs(m.group(4)).decode() != path:
            continue
        data = b"".join(hexs(s) for s in re.findall(r'"((?:\\x[0-9a-f]{2})*)"', m.group(5)))
        writes.append((float(m.group(1)), data))
open(out, "wb").write(b"".join(b"\x1e" + d for _, d in sorted(writes, key=lambda w: w[0])))
PY
}

# Writes of every thread, a file per thread, with times to put them back in order.
st() {
	rm -f "$T"/st.log.*
	strace -ff -ttt -qq -y -xx -s 1048576 -e trace=write,writev,pwrite64 -e signal=none \
		-o "$T/st.log" "$@"
}

st php tests/traces/lib_monolog.php "$T/symfony.log" "$T/laravel.log" > /dev/null
strace_to_writes "$T/st.log" "$T/symfony.log" monolog_symfony
strace_to_writes "$T/st.log" "$T/laravel.log" monolog_laravel
st $PY tests/traces/lib_loguru.py "$T/loguru.log" color
strace_to_writes "$T/st.log" "$T/loguru.log" loguru_color
st $PY tests/traces/lib_structlog.py "$T/structlog.log"
strace_to_writes "$T/st.log" "$T/structlog.log" structlog_rich
st $PY tests/traces/lib_jsonlog.py "$T/jsonlog.log"
strace_to_writes "$T/st.log" "$T/jsonlog.log" python_json_logger
CP=/usr/share/java/logback-classic.jar:/usr/share/java/logback-core.jar:/usr/share/java/slf4j-api.jar
javac -cp "$CP" -d "$T" tests/traces/LibLogback.java
E="$T/logback.log" st sh -c 'exec java -cp "$0" LibLogback >> "$E"' "$CP:$T"
strace_to_writes "$T/st.log" "$T/logback.log" logback_default
st node tests/traces/lib_node.js "$BUILD/npm-cache" "$T"
for n in winston pino bunyan log4js; do strace_to_writes "$T/st.log" "$T/$n.log" "$n"; done
(cd tests/traces/libgo && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE=$T/gocache \
	go build -o "$T/libgo" .)
st "$T/libgo" "$T"
for n in logrus zap slog; do strace_to_writes "$T/st.log" "$T/$n.log" "$n"; done
# Both layouts of the panic message: a newer rustc (RUSTC_NEW) and Debian's 1.63.
for rc in "${RUSTC_NEW:-rustc}:rust_panic" "/usr/bin/rustc:rust_panic_1_63"; do
	"${rc%%:*}" -O -o "$T/lib_rust" tests/traces/lib_rust.rs
	RUST_BACKTRACE=1 E="$T/rust.log" st sh -c 'exec "$0" 2>> "$E"' "$T/lib_rust" || true
	strace_to_writes "$T/st.log" "$T/rust.log" "${rc#*:}"
	rm -f "$T/rust.log"
done
st ruby tests/traces/lib_rails.rb "$T/rails.log" > /dev/null
strace_to_writes "$T/st.log" "$T/rails.log" rails_tagged
ls -l "$OUT"
# dotnet_console*.writes are not captured: Microsoft.Extensions.Logging is not packaged
# for Debian. They follow the documented default console format (`simple`: `fail:
# Category[id]`, the message and exception indented by 6), without and with a
# TimestampFormat, one write per record as the console logger's queue thread writes.
