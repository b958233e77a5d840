#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# CPU-seconds per 1M events for encode_json + ship_event into a local core nats-server,
# without capture (so without the writer's noise); prints figures only.
# Usage: scripts/bench-publish.sh [EVENTS]   (BUILD=dir to pick the build dir)
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
make -s BUILD="$BUILD" all
objs=$(ls "$BUILD"/agent/*/*.o | grep -v '/cli/main\.o$')
# shellcheck disable=SC2086
${CC:-cc} -O2 -g -std=gnu11 -D_GNU_SOURCE -Iagent -Ibpf -I"$BUILD" tests/bench/bench_publish.c \
	$objs -o "$BUILD/bench_publish" -lbpf -lelf -lz -ljansson -lnats -lpthread -lm
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
nats-server -a 127.0.0.1 -p "$PORT" > /dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2> /dev/null; wait $SERVER 2> /dev/null || true' EXIT
for _ in $(seq 50); do
	(exec 3<> "/dev/tcp/127.0.0.1/$PORT") 2> /dev/null && break
	sleep 0.1
done
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
"$BUILD/bench_publish" "nats://127.0.0.1:$PORT" "${1:-1000000}" 2> /dev/null
