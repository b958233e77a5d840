#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Memory of the streams stage under many writers (issue 14): WRITERS host processes
# each append one LINE-byte line to each of FILES log files and stay alive, while
# `logtap capture` runs. Prints the agent's resident memory once everything is in,
# less its BPF map mappings (the ring buffer), and its peak. PARTIAL=1 leaves every
# line unfinished (no newline). Needs root and `make all bench-tools`.
# Usage: scripts/bench-stream-memory.sh [LOGTAP]
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
LOGTAP=${1:-$BUILD/logtap}
WRITERS=${WRITERS:-2000}
FILES=${FILES:-5}
LINE=${LINE:-100000}
PARTIAL=${PARTIAL:-0}
SETTLE=${SETTLE:-3}
STAGGER_US=${STAGGER_US:-0}	# writer i starts after i * STAGGER_US (keeps the ring from overflowing)
DIR=${DIR:-/var/tmp}
EXTRA=${EXTRA:-}
T=$(mktemp -d "$DIR/logtap-memXXXXXX")
CAP="" WR=""
cleanup() {
	[ -n "$WR" ] && kill "$WR" 2> /dev/null && wait "$WR" 2> /dev/null
	[ -n "$CAP" ] && kill "$CAP" 2> /dev/null && wait "$CAP" 2> /dev/null
	rm -rf "$T"
}
trap cleanup EXIT

# kB of resident memory in the agent's BPF map mappings (ring buffer, skeleton data).
map_rss() {
	awk '/^[0-9a-f]+-[0-9a-f]+ / { bpf = ($0 ~ /bpf-map|bpf_map/) }
	     bpf && /^Rss:/ { kb += $2 } END { print kb + 0 }' "/proc/$1/smaps"
}

status_kb() { # PID FIELD
	awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"
}

"$LOGTAP" capture --host --no-default-paths --path "$T/*.log" -o json $EXTRA \
	> "$T/out.json" 2> "$T/err" &
CAP=$!
for _ in $(seq 100); do grep -q ready "$T/err" && break; sleep 0.2; done
grep -q ready "$T/err" || { cat "$T/err"; exit 1; }
idle_rss=$(status_kb $CAP VmRSS)
flag=""
[ "$PARTIAL" = 1 ] && flag=-p
"$BUILD/bench/many_writers" $flag "$T" "$WRITERS" "$FILES" "$LINE" "$STAGGER_US" > "$T/wr" &
WR=$!
for _ in $(seq 600); do grep -q ready "$T/wr" && break; sleep 0.2; done
sleep "$SETTLE"
rss=$(status_kb $CAP VmRSS)
hwm=$(status_kb $CAP VmHWM)
maps=$(map_rss $CAP)
lines=$(grep -c . "$T/out.json" || true)
echo "writers=$WRITERS files=$FILES line=$LINE partial=$PARTIAL stagger=${STAGGER_US}us $EXTRA"
echo "  lines out so far:          $lines"
echo "  RSS idle (attached):       $idle_rss kB"
echo "  RSS with writers alive:    $rss kB (BPF map mappings $maps kB)"
echo "  RSS less the map mappings: $((rss - maps)) kB"
echo "  peak RSS (VmHWM):          $hwm kB; less the map mappings $((hwm - maps)) kB"
kill "$WR" && wait "$WR" || true
WR=""
kill -INT "$CAP" && wait "$CAP" || true
CAP=""
echo "  lines out in all:          $(grep -c . "$T/out.json" || true)"
grep summary "$T/err" | sed 's/^/  /'
