#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# What the kept paths cost (docs/operations.md, Adopting): a container writes one line to
# each of FILES new log files while `logtap agent` runs pinned (a pin dir of its own under
# /sys/fs/bpf), so the agent keeps FILES paths. The agent stops (SIGTERM), a second one
# adopts the capture and starts from those paths. Prints the kernel memory of the
# kept_paths map, the second agent's time from start to ready and the part of it that
# loading the paths took, both against a run of the same start with no kept path.
# Figures only, no verdicts.
# Usage: scripts/bench-kept-paths.sh [FILES]   (BUILD=dir; needs root and dockerd)
set -eu
cd "$(dirname "$0")/.."
FILES=${1:-10000}
BUILD=${BUILD:-build}
[[ $BUILD == /* ]] || BUILD=$PWD/$BUILD
export BUILD
source tests/e2e/lib.sh

make -s BUILD="$BUILD" all
docker_up && image_up
T=$(tmpdir)
CTR=lt-kept-bench-$$
PIN=/sys/fs/bpf/logtap-kept-bench-$$
MPORT=$(free_port)
AGENT=
cleanup() {
	[ -n "$AGENT" ] && kill -TERM "$AGENT" 2> /dev/null && wait "$AGENT" 2> /dev/null
	ctr_rm "$CTR"
	"$LOGTAP" agent --bpf-pin-dir "$PIN" --unpin > /dev/null 2>&1 || true
	rm -rf "$T"
}
trap cleanup EXIT

metric() { curl -s "http://127.0.0.1:$MPORT/metrics" | awk -v m="$1" '$1 == m { print $2 }'; }
# agent N: an agent on the container's /var/log/kept/*.log, stdout to /dev/null
agent() {
	"$LOGTAP" agent --container "$CTR" --bpf-pin-dir "$PIN" --spool-dir "$T/spool" \
		--metrics-addr "127.0.0.1:$MPORT" > /dev/null 2> "$T/agent-$1.err" &
	AGENT=$!
	wait_until 60 grep -q 'capture: ready' "$T/agent-$1.err"
}
stop_agent() {
	kill -TERM "$AGENT"
	wait "$AGENT" 2> /dev/null || true
	AGENT=
}
# ms NAME PATTERN: the log time of the first line matching PATTERN, in ms of the day
ms() {
	grep -m1 "$2" "$T/agent-$1.err" | cut -c12-23 |
		awk -F'[:.]' '{ printf "%d", (($1 * 60 + $2) * 60 + $3) * 1000 + $4 }'
}
# started NAME: ms from the start to 'capture: ready': the adoption's own figure ("after
# X ms"), then the log's times from its line to ready
started() {
	local adopt
	adopt=$(grep -o 'capture: adopted .* after [0-9.]* ms' "$T/agent-$1.err" |
		sed 's/.* after \([0-9]*\).*/\1/')
	echo $((adopt + $(ms "$1" 'capture: ready') - $(ms "$1" 'capture: adopted')))
}

ctr_rm "$CTR"
ctr_run "$CTR" -- sleep 100000 > /dev/null
agent 1
$DOCKER exec "$CTR" python3 -c '
import os, sys
os.makedirs("/var/log/kept", exist_ok=True)
for i in range(int(sys.argv[1])):
    fd = os.open("/var/log/kept/f%06d.log" % i, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.write(fd, b"one line of file %d\n" % i)
    os.close(fd)
' "$FILES"
paths() { [ "$(metric logtap_path_records_total)" -ge "$FILES" ] 2> /dev/null; }
wait_until 120 paths || echo "only $(metric logtap_path_records_total) paths seen"
map=$(bpftool map show pinned "$(ls -d "$PIN"/v*)/kept_paths" 2> /dev/null)
entries=$(bpftool -j map dump pinned "$(ls -d "$PIN"/v*)/kept_paths" 2> /dev/null |
	python3 -c 'import json, sys; print(len(json.load(sys.stdin)))' || echo '?')
stop_agent
agent 2
with=$(started 2)
known=$(grep -o 'capture: [0-9]* log files known' "$T/agent-2.err" | grep -o '[0-9]*' || echo 0)
load=$(($(ms 2 'log files known from') - $(ms 2 'capture: adopted')))
stop_agent
# the same start with nothing kept: the paths gone, the capture pinned as before
"$LOGTAP" agent --bpf-pin-dir "$PIN" --unpin > /dev/null 2>&1
agent 3
stop_agent
agent 4
without=$(started 4)
stop_agent

echo "files: $FILES written once each; map entries (parts of paths): $entries; known at the second start: $known"
echo "kept_paths map: $(echo "$map" | grep -o 'memlock [0-9]*B' || echo '?') ($(echo "$map" | grep -o 'max_entries [0-9]*'))"
echo "start to ready, adopting: ${with} ms with $known kept paths, ${without} ms with none; loading them: ${load} ms"
