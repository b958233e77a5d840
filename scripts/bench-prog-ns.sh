#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Time spent in the sys_exit program per captured write, from the kernel's own
# accounting (kernel.bpf_stats_enabled): a container appends COUNT lines of SIZE bytes
# to a new file while `logtap capture` runs with each set of flags given (default: the
# default, and --read-back); prints the program's time over the writer's run divided
# by its writes (so it includes the program's runs for every other syscall of the
# machine meanwhile, and about 40 ns of the accounting itself per run).
# Needs root, dockerd (started if missing) and `make bench-tools`.
#   scripts/bench-prog-ns.sh [FLAGS ...]   e.g. "" "--read-back" "--precise-time"
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
COUNT=${COUNT:-500000}
SIZE=${SIZE:-120}
RUNS=${RUNS:-3}
[[ $BUILD == /* ]] || BUILD=$PWD/$BUILD
export BUILD
source tests/e2e/lib.sh
[ $# -gt 0 ] || set -- "" "--read-back"

make -s BUILD="$BUILD" all bench-tools
docker_up && image_up
T=$(tmpdir)
PID=""
old=$(sysctl -n kernel.bpf_stats_enabled)
cleanup() {
	[ -n "$PID" ] && kill "$PID" 2> /dev/null
	sysctl -qw kernel.bpf_stats_enabled="$old"
	ctr_rm lt-bench-ns
	rm -rf "$T"
}
trap cleanup EXIT
sysctl -qw kernel.bpf_stats_enabled=1
ctr_rm lt-bench-ns
ctr_run lt-bench-ns -v "$BUILD/bench:/bench:ro" -- sleep 100000 > /dev/null

# prog_stats IDS...: "run_time_ns run_cnt" summed over those programs
prog_stats() {
	bpftool prog show -j | python3 -c '
import json, sys
ids = set(map(int, sys.argv[1:]))
p = [p for p in json.load(sys.stdin) if p["id"] in ids]
print(sum(x.get("run_time_ns", 0) for x in p), sum(x.get("run_cnt", 0) for x in p))' "$@"
}

for flags in "$@"; do
	for r in $(seq 1 "$RUNS"); do
		# the capture's own programs: those that appear when it starts
		before=" $(new_prog_ids sys_exit_ '') "
		# shellcheck disable=SC2086
		"$LOGTAP" capture -o json $flags > /dev/null 2> "$T/err" &
		PID=$!
		wait_until 10 grep -q ready "$T/err"
		read -ra mine <<< "$(new_prog_ids sys_exit_ "$before" | tr '\n' ' ')"
		$DOCKER exec lt-bench-ns rm -f /tmp/bench.log
		$DOCKER exec lt-bench-ns /bench/writer /tmp/warm.log 1000 "$SIZE" > /dev/null
		read -r t0 c0 < <(prog_stats "${mine[@]}")
		$DOCKER exec lt-bench-ns /bench/writer /tmp/bench.log "$COUNT" "$SIZE" > /dev/null
		read -r t1 c1 < <(prog_stats "${mine[@]}")
		kill -INT "$PID"
		wait "$PID" || true
		PID=""
		echo "flags '${flags}': $(((t1 - t0) / COUNT)) ns per write ($(((t1 - t0) / (c1 - c0)))" \
			"ns per run, $((c1 - c0)) runs of the program for $COUNT writes)"
	done
done
