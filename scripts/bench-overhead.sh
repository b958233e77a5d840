#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Capture overhead, as ratios against the same workload without logtap in the
# same run (median of PAIRS alternating pairs; machines are noisy):
#  - captured: a container appending 120-byte lines with write() as fast as it can,
#    with the default (every write's bytes copied in the kernel) and with --read-back
#    (the kernel sends positions, the agent reads the page cache), and copied into one
#    ring of HOT_RING (default 8M; under 32M there is no 2 MiB hot ring beside it)
#    instead of the default 128M and its hot ring;
#    and with the agent stopped (SIGSTOP) while the container writes: the hot ring
#    fills at once and the records wait in the large one, out of the CPU's cache, which
#    says what a write costs while the agent is behind;
#  - uncaptured: a host process writing to /dev/null (not in scope), compared with
#    no hook at all and with an empty sys_exit program (the tracing slow path);
#  - both against that empty hook (the floor: issue 16's goals are captured writes within
#    5% of it, uncaptured ones within 2%).
# CAPTURE_FLAGS adds flags to every captured run (e.g. "--ring-size 16M").
# Needs root, dockerd (started if missing) and `make bench-tools`.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
PAIRS=${PAIRS:-5}
COUNT=${COUNT:-500000}
SIZE=${SIZE:-120}
HOT_RING=${HOT_RING:-8M}
[[ $BUILD == /* ]] || BUILD=$PWD/$BUILD
export BUILD
source tests/e2e/lib.sh

make -s BUILD="$BUILD" all bench-tools
docker_up && image_up
T=$(tmpdir)
HOOK_PID=""
cleanup() {
	[ -n "$HOOK_PID" ] && kill "$HOOK_PID" 2> /dev/null
	ctr_rm lt-bench
	rm -rf "$T"
}
trap cleanup EXIT
ctr_rm lt-bench
ctr_run lt-bench -v "$BUILD/bench:/bench:ro" -- sleep 100000 > /dev/null

run_ctr() { $DOCKER exec lt-bench /bench/writer /tmp/bench.log "$COUNT" "$SIZE"; }
run_host() { "$BUILD/bench/writer" /dev/null "$COUNT" "$SIZE"; }

# start_bg NAME CMD...: starts CMD in the background, waits for "ready" on stderr.
start_bg() {
	local name=$1
	shift
	"$@" > /dev/null 2> "$T/$name.err" &
	HOOK_PID=$!
	wait_until 10 grep -q ready "$T/$name.err" && return 0
	echo "bench: $name did not start:" >&2
	cat "$T/$name.err" >&2
	exit 1
}
stop_bg() {
	kill -INT "$HOOK_PID"
	wait "$HOOK_PID" || true
	HOOK_PID=""
}

# start_capture FLAGS...: logtap capture with CAPTURE_FLAGS, then FLAGS, once ready.
start_capture() {
	# shellcheck disable=SC2086
	start_bg logtap "$LOGTAP" capture -o json ${CAPTURE_FLAGS:-} "$@"
}
# stop_capture: stops it once it has had a second for the last events; counts its drops.
stop_capture() {
	local d
	sleep 1
	stop_bg
	d=$(sed -n 's/.* \([0-9]*\) kernel drops.*/\1/p' "$T/logtap.err")
	drops=$((drops + ${d:-0}))
}

: > "$T/runs"
drops=0
for i in $(seq 1 "$PAIRS"); do
	bc=$(run_ctr)
	bh=$(run_host)
	start_capture
	# the host run first, while the agent is idle: after the container run it is still
	# working through 500,000 events, on a machine with few CPUs
	ch=$(run_host)
	cc=$(run_ctr)
	stop_capture
	start_capture --read-back
	ccw=$(run_ctr)
	stop_capture
	# the same with one ring of HOT_RING (under 32M: no hot ring beside it)
	start_capture --ring-size "$HOT_RING"
	chot=$(run_ctr)
	stop_capture
	# the same with the agent stopped while the container writes: what a write costs
	# while the agent is behind (the records wait in the large ring)
	start_capture
	kill -STOP "$HOOK_PID"
	cst=$(run_ctr)
	kill -CONT "$HOOK_PID"
	stop_capture
	start_bg empty "$BUILD/bench/empty_hook"
	eh=$(run_host)
	ec=$(run_ctr)
	stop_bg
	echo "$bc $cc $bh $ch $eh $ccw $ec $chot $cst" >> "$T/runs"
	echo "pair $i: container ${bc}ns -> ${cc}ns captured (${ccw}ns with --read-back," \
		"${chot}ns with --ring-size $HOT_RING, ${cst}ns with the agent stopped);" \
		"host /dev/null ${bh}ns -> ${ch}ns" \
		"with logtap, ${eh}ns with an empty hook (container ${ec}ns)" >&2
done

python3 - "$T/runs" "$COUNT" "$SIZE" "$drops" "$HOT_RING" << 'PY'
import statistics, sys
runs = [list(map(int, l.split())) for l in open(sys.argv[1])]
count, size, drops = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
hot_ring = sys.argv[5]
med = lambda xs: statistics.median(xs)
cap = med([r[1] / r[0] for r in runs])
unc = med([r[3] / r[2] for r in runs])
emp = med([r[4] / r[2] for r in runs])
vs = med([r[3] / r[4] for r in runs])
cw = med([r[5] / r[0] for r in runs])
ec = med([r[6] / r[0] for r in runs])
cve = med([r[1] / r[6] for r in runs])
cwve = med([r[5] / r[6] for r in runs])
hot = med([r[7] / r[0] for r in runs])
hve = med([r[7] / r[6] for r in runs])
st = med([r[8] / r[0] for r in runs])
stve = med([r[8] / r[6] for r in runs])
print(f"workload: {count} writes of {size} bytes, {len(runs)} alternating pairs (medians)")
print(f"baseline container write: {med([r[0] for r in runs]) / count:.0f} ns/write")
print(f"captured container writes:   x{cap:.3f}")
print(f"  with --read-back:            x{cw:.3f}")
print(f"  with --ring-size {hot_ring}:".ljust(31) + f"x{hot:.3f}")
print(f"  agent stopped (behind):      x{st:.3f}")
print(f"  empty sys_exit hook:         x{ec:.3f}")
print(f"captured vs empty hook:      x{cve:.3f} (target within 5%), --read-back x{cwve:.3f},"
      f" --ring-size {hot_ring} x{hve:.3f}, agent stopped x{stve:.3f}")
print(f"uncaptured host /dev/null:   x{unc:.3f} with logtap")
print(f"  empty sys_exit hook:         x{emp:.3f}")
print(f"uncaptured vs empty hook:    x{vs:.3f} (target within 2%)")
print(f"kernel drops while captured: {drops}")
PY
