#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Records per CPU-second through streams -> reassemble -> process -> encode on 1M
# generated records (10% 24-line Java traces with causes). Prints figures only.
# Usage: scripts/bench-reassembly.sh [RECORDS]   (BUILD=dir to pick the build dir)
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
make -s BUILD="$BUILD" all
objs=$(ls "$BUILD"/agent/*.o "$BUILD"/agent/reassemble/*.o | grep -v '/main\.o$')
# shellcheck disable=SC2086
${CC:-cc} -O2 -g -std=gnu11 -D_GNU_SOURCE -Iagent -I"$BUILD" tests/bench/bench_reassembly.c \
	$objs -o "$BUILD/bench_reassembly" -lbpf -lelf -lz -ljansson -lnats -lpthread -lm
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
"$BUILD/bench_reassembly" "${1:-1000000}"
