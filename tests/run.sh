#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Runs the whole suite: unit tests (ASan/UBSan), fuzz targets for a short while,
# then the end-to-end tests (real BPF, containers, nats-server, runtimes).
# Every test prints "PASS: name", "FAIL: name: why" or "SKIP: name: why";
# the last line is "N passed, N failed, N skipped".
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
LOGDIR=${LOGDIR:-$BUILD/test-logs}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
ONLY=${1:-}
mkdir -p "$LOGDIR"
results="$LOGDIR/results.txt"
: > "$results"

run_one() { # name command...
	local name=$1 log="$LOGDIR/$1.log" rc
	shift
	echo "== $name"
	"$@" > "$log" 2>&1
	rc=$?
	grep -E '^(PASS|FAIL|SKIP): ' "$log" | tee -a "$results"
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

passed=$(grep -c '^PASS: ' "$results")
failed=$(grep -c '^FAIL: ' "$results")
skipped=$(grep -c '^SKIP: ' "$results")
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
