#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Where a captured write's time goes in the kernel: a container appends COUNT lines of
# SIZE bytes while `logtap capture` runs with the flags given and `perf record -a -g`
# samples every CPU. Prints, for the writer's samples: the share in the sys_exit
# program (its JIT code and the kernel functions it calls), the functions it calls,
# and its own JIT code by source line (tests/bench/prog_lines.c maps the addresses;
# perf here cannot annotate BPF). Shares are of all the writer's samples, syscall and
# user space included, so they add up against the write itself. "empty" profiles the
# floor instead: the empty sys_exit program of tests/bench/empty.bpf.c.
# Needs root, perf, dockerd (started if missing) and `make bench-tools`.
#   scripts/profile-prog.sh [FLAGS]     e.g. "" (the default), "--read-back", "empty"
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
COUNT=${COUNT:-1000000}
SIZE=${SIZE:-120}
TOP=${TOP:-25}
[[ $BUILD == /* ]] || BUILD=$PWD/$BUILD
export BUILD
source tests/e2e/lib.sh
command -v perf > /dev/null || {
	echo "profile-prog: perf is not installed (apt-get install linux-perf)" >&2
	exit 1
}

make -s BUILD="$BUILD" all bench-tools
docker_up && image_up
T=$(tmpdir)
PID=""
cleanup() {
	[ -n "$PID" ] && kill "$PID" 2> /dev/null
	ctr_rm lt-bench-prof
	rm -rf "$T"
}
trap cleanup EXIT
ctr_rm lt-bench-prof
ctr_run lt-bench-prof -v "$BUILD/bench:/bench:ro" -- sleep 100000 > /dev/null

PROG=sys_exit_btf
[ "${1:-}" = empty ] && PROG=empty_sys_exit
before=" $(new_prog_ids "$PROG" '') "
new_prog() { [ -n "$(new_prog_ids "$PROG" "$before")" ]; }
if [ "${1:-}" = empty ]; then
	"$BUILD/bench/empty_hook" > /dev/null 2> "$T/err" &
	PID=$!
	wait_until 10 new_prog
else
	# shellcheck disable=SC2086
	"$LOGTAP" capture -o json ${1:-} > /dev/null 2> "$T/err" &
	PID=$!
	wait_until 10 grep -q ready "$T/err"
fi
id=$(new_prog_ids "$PROG" "$before" | tail -n 1)
[ -n "$id" ] || {
	echo "profile-prog: no new $PROG program (is the hook raw_tp here?)" >&2
	exit 1
}
"$BUILD/bench/prog_lines" "$id" > "$T/lines"
$DOCKER exec lt-bench-prof /bench/writer /tmp/warm.log 1000 "$SIZE" > /dev/null
perf record -q -a -g -F 4999 -o "$T/perf.data" -- \
	$DOCKER exec lt-bench-prof /bench/writer /tmp/bench.log "$COUNT" "$SIZE" > /dev/null 2>&1
kill -INT "$PID"
wait "$PID" || true
PID=""
perf script -i "$T/perf.data" -F comm,ip,sym 2> /dev/null > "$T/script"

echo "flags '${1:-}': $COUNT writes of $SIZE bytes, program $id"
python3 - "$T/script" "$T/lines" "$TOP" "_$PROG" << 'PY'
import bisect, collections, sys
script, lines, top, prog = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
addrs, where = [], []
for l in open(lines):
    a, loc, src = (l.rstrip("\n").split("\t") + ["", ""])[:3]
    addrs.append(int(a, 16))
    where.append(f"{loc:24} {src.strip()[:70]}")

def samples():
    comm, stack = None, []
    for l in open(script, errors="replace"):
        if not l.strip():
            if comm is not None:
                yield comm, stack
            comm, stack = None, []
        elif not l[0].isspace():
            comm = l.split()[0]
        else:
            p = l.split(None, 1)
            stack.append((int(p[0], 16), p[1].strip() if len(p) > 1 else "?"))
    if comm is not None:
        yield comm, stack

total = inprog = hook = 0
own, called = collections.Counter(), collections.Counter()
for comm, stack in samples():
    if comm != "writer" or not stack:
        continue
    total += 1
    hook += any("bpf_trace_run" in s for _, s in stack)
    pos = next((i for i, (_, s) in enumerate(stack) if s.endswith(prog) or prog + "+" in s), None)
    if pos is None:
        continue
    inprog += 1
    # its subprograms (bpf_prog_TAG_NAME) are its own code too: the line info covers them
    first = next(i for i, (_, s) in enumerate(stack) if s.startswith("bpf_prog_"))
    if first == 0:
        i = bisect.bisect_right(addrs, stack[0][0]) - 1
        own[where[i] if i >= 0 else "?"] += 1
    else:
        called[stack[first - 1][1].split("+")[0]] += 1  # the function the program called
if not total:
    sys.exit("profile-prog: no samples of the writer")
pct = lambda n: f"{100.0 * n / total:5.2f}%"
print(f"writer samples {total}; in the tracepoint's BPF run (bpf_trace_run) {pct(hook)}; in the "
      f"program and what it calls {pct(inprog)}: its own code {pct(sum(own.values()))}, "
      f"called {pct(sum(called.values()))}")
print("called by the program (with what they call):")
for s, n in called.most_common(top):
    print(f"  {pct(n)}  {s}")
print("the program's own code, by source line:")
for s, n in own.most_common(top):
    print(f"  {pct(n)}  {s}")
PY
