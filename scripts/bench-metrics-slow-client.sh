#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# The metrics server against a client that drips its request one byte every 1.9 s
# (issue 14): prints how long /healthz takes for a second client, then how long the
# agent takes from SIGTERM to exit with the dripping client still connected.
# Needs root. Usage: scripts/bench-metrics-slow-client.sh [LOGTAP] [PORT]
# SKIP_HEALTHZ=1 sends SIGTERM while the drip is still going.
set -u
cd "$(dirname "$0")/.."
B=${1:-build/logtap}
PORT=${2:-19471}
D=$(mktemp -d)
"$B" agent --no-default-paths --path "$D/*.log" --metrics-addr "127.0.0.1:$PORT" \
	> /dev/null 2> "$D/err" &
P=$!
for _ in $(seq 100); do grep -q 'capture: ready' "$D/err" && break; sleep 0.2; done
sleep 0.5
(
	exec 7<> "/dev/tcp/127.0.0.1/$PORT"
	for c in G E T ' ' /; do printf %s "$c" >&7; sleep 1.9; done
	for _ in $(seq 20); do printf x >&7 || break; sleep 1.9; done
) 2> /dev/null &
DR=$!
sleep 0.3
if [ -z "${SKIP_HEALTHZ:-}" ]; then
	s=$(date +%s.%N)
	code=$(curl -s -m 60 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz")
	e=$(date +%s.%N)
	echo "$B: /healthz while another client drips: $code in $(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }') s"
fi
s=$(date +%s.%N)
kill -TERM $P
wait $P
e=$(date +%s.%N)
echo "$B: SIGTERM to exit with the dripping client connected: $(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }') s"
kill $DR 2> /dev/null
wait $DR 2> /dev/null
rm -rf "$D"
