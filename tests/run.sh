#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Runs the whole suite: unit tests (ASan/UBSan), fuzz targets for a short while,
# then the end-to-end tests (real BPF, containers, nats-server, runtimes), then a
# representative part of them again against the ASan/UBSan build of logtap itself
# (build/san/logtap, `make asan`): any sanitizer report fails the run.
# Every test prints "PASS: name", "FAIL: name: why" or "SKIP: name: why";
# the last line is "N passed, N failed, N skipped".
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
LOGDIR=${LOGDIR:-$BUILD/test-logs}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
ONLY=${1:-}
# The end-to-end tests run again with the sanitized binary (SAN_E2E=0 skips them);
# test_hardening.sh only with the sections that start the agent briefly.
SAN_E2E=${SAN_E2E:-1}
SAN_TESTS=${SAN_TESTS:-"test_capture test_agent test_hardening"}
SAN_HARDENING=${SAN_HARDENING:-"privs record"}
mkdir -p "$LOGDIR"
results="$LOGDIR/results.txt"
: > "$results"

run_one() { # name command... (results are prefixed with $PREFIX)
	local name=$1 log="$LOGDIR/$1.log" rc
	shift
	echo "== $name"
	"$@" > "$log" 2>&1
	rc=$?
	grep -E '^(PASS|FAIL|SKIP): ' "$log" | sed -E "s/^(PASS|FAIL|SKIP): /\1: ${PREFIX:-}/" |
		tee -a "$results"
	if [ $rc -ne 0 ] && ! grep -q '^FAIL: ' "$log"; then
		echo "FAIL: $name: exited $rc without a result line" | tee -a "$results"
	fi
	if [ $rc -ne 0 ] || grep -q '^FAIL: ' "$log"; then
		echo "---- tail of $log"
		tail -n 40 "$log"
		echo "----"
	fi
}

for t in "$BUILD"/tests/*/test_*; do
	[ -x "$t" ] || continue
	[ -n "$ONLY" ] && [[ "$t" != *"$ONLY"* ]] && continue
	run_one "unit-$(basename "$t")" "$t"
done

for f in "$BUILD"/fuzz/fuzz_*; do
	[[ "$f" == *.d ]] && continue
	[ -x "$f" ] || continue
	[ -n "$ONLY" ] && [[ "$f" != *"$ONLY"* ]] && continue
	name=$(basename "$f")
	corpus="$BUILD/fuzz-corpus/$name"
	mkdir -p "$corpus"
	seeds=tests/data/fuzz/${name#fuzz_}
	[ -d "$seeds" ] || seeds=""
	run_one "$name" bash -c "'$f' -max_total_time=$FUZZ_SECONDS -rss_limit_mb=2048 \
		'$corpus' $seeds && echo 'PASS: $name ran $FUZZ_SECONDS s without a crash' || \
		echo 'FAIL: $name: crash, see log'"
done

for t in tests/e2e/test_*.sh; do
	[ -f "$t" ] || continue
	[ -n "$ONLY" ] && [[ "$t" != *"$ONLY"* ]] && continue
	run_one "e2e-$(basename "$t" .sh)" bash "$t"
done

# The sanitized binary: reports go to files (the tests keep the agent's stderr in
# temporary directories); leaks count, and the first error aborts the process.
san_e2e() {
	local sandir="$LOGDIR/sanitizer" bin t name ran="" reports
	[ "$SAN_E2E" = 1 ] || return 0
	# `tests/run.sh NAME` runs these only when NAME starts with asan
	[ -n "$ONLY" ] && [[ "$ONLY" != asan* ]] && return 0
	if [ ! -x "$BUILD/san/logtap" ]; then
		echo "SKIP: asan-e2e: $BUILD/san/logtap is missing (make asan)" | tee -a "$results"
		return 0
	fi
	rm -rf "$sandir"
	mkdir -p "$sandir"
	sandir=$(cd "$sandir" && pwd)
	bin=$(cd "$BUILD/san" && pwd)/logtap
	# UBSan (gcc) reports on stderr whatever log_path says, and the tests keep the
	# agent's stderr in temporary files: the wrapper keeps a copy to scan
	cat > "$sandir/logtap" <<- EOF
		#!/bin/bash
		exec "$bin" "\$@" 2> >(tee -a "$sandir/stderr.\$\$.txt" >&2)
	EOF
	chmod +x "$sandir/logtap"
	for t in $SAN_TESTS; do
		[ -f "tests/e2e/$t.sh" ] || continue
		[ -n "$ONLY" ] && [[ "asan-$t" != "$ONLY"* && "$ONLY" != asan ]] && continue
		name=asan-e2e-${t#test_}
		ran=1
		PREFIX="asan: " run_one "$name" env LOGTAP="$sandir/logtap" \
			ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:log_path=$sandir/asan" \
			UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$sandir/ubsan" \
			HARDENING_ONLY="$SAN_HARDENING" bash "tests/e2e/$t.sh"
	done
	reports=$(grep -lE 'runtime error:|ERROR: (Address|Leak)Sanitizer|SUMMARY: [A-Za-z]+Sanitizer' \
		"$sandir"/stderr.* 2> /dev/null; ls "$sandir"/asan.* "$sandir"/ubsan.* 2> /dev/null)
	if [ -n "$reports" ]; then
		echo "FAIL: asan-e2e: sanitizer reports from logtap in" $reports | tee -a "$results"
		grep -hE -A20 'runtime error:|ERROR: (Address|Leak)Sanitizer' $reports | head -n 80
	elif [ -n "$ran" ]; then
		echo "PASS: asan-e2e: no sanitizer report from logtap in $SAN_TESTS" | tee -a "$results"
	fi
}
san_e2e

passed=$(grep -c '^PASS: ' "$results")
failed=$(grep -c '^FAIL: ' "$results")
skipped=$(grep -c '^SKIP: ' "$results")
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
