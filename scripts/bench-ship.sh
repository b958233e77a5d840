#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Whole-agent shipping benchmark: a container writes RECORDS records (10% Java
# traces with a cause, one write() per record, as fast as Python can), `logtap
# agent` captures them and publishes to a local nats-server (core, or JetStream
# with JETSTREAM=1). Prints agent (also by thread name) and nats-server CPU-seconds
# (utime+stime from /proc), events/s,
# kernel drops (from /metrics) and events received. Figures only, no verdicts.
# Usage: scripts/bench-ship.sh [RECORDS]   (BUILD=dir, JETSTREAM=1, PERF=perf.data,
# PERF_OPTS="--call-graph dwarf" instead of -g,
# RECORD_BYTES=N pads the one-line records to at least N bytes, so the per-byte path
# (read-back, line splitting, escaping, publishing) weighs as in real logs: 254 gives
# about the 254 MB per 1M records of issue 16's Fluent Bit comparison; RATE=N paces
# the writer at N records/s, for the steady state of a stream that keeps up, where the
# spool must stay untouched; WRITER=c writes one-line records of RECORD_BYTES bytes (120
# if unset) with bench-overhead's C writer, as fast as it can, no traces and no RATE:
# about three times what the Python loop writes; AGENT_ARGS adds agent options, e.g.
# --read-back; needs root and dockerd)
set -eu
cd "$(dirname "$0")/.."
RECORDS=${1:-1000000}
BUILD=${BUILD:-build}
[[ $BUILD == /* ]] || BUILD=$PWD/$BUILD
export BUILD
source tests/e2e/lib.sh

make -s BUILD="$BUILD" all ${WRITER:+bench-tools}
docker_up && image_up
T=$(tmpdir)
CTR=lt-ship-bench-$$ # its own name: two runs at once must not remove each other's container
PIDS=()
cleanup() {
	local p
	for p in "${PIDS[@]}"; do
		kill -TERM "$p" 2> /dev/null || true
		wait "$p" 2> /dev/null || true
	done
	ctr_rm "$CTR"
	rm -rf "$T"
}
trap cleanup EXIT
cc -O2 -o "$T/natstool" tests/nats/natstool.c -lnats

PORT=$(free_port)
MPORT=$(free_port)
URL=nats://127.0.0.1:$PORT

[ -n "${WRITER:-}" ] && cp "$BUILD/bench/writer" "$T/writer"
cat > "$T/gen.py" << 'PY'
import os, sys, time
path, n, pad, rate = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
w = os.write
t0 = time.monotonic()
for i in range(n):
    if rate and i % 500 == 0:  # paced in steps of 500 records
        ahead = t0 + i / rate - time.monotonic()
        if ahead > 0:
            time.sleep(ahead)
    if i % 10 == 5:
        rec = ["2026-11-21 06:00:00.%03d ERROR [http-nio-8080-exec-%d] c.e.shop.OrderService - "
               "payment for order %d failed\n" % (i % 1000, i % 16, i),
               "java.lang.IllegalStateException: payment for order %d rejected\n" % i]
        rec += ["\tat com.example.shop.service.Layer%d.call%d(Layer%d.java:%d)\n" % (j, j, j, 10 + j)
                for j in range(10)]
        rec.append("Caused by: java.sql.SQLException: connection %d refused\n" % i)
        rec += ["\tat org.postgresql.core.Conn%d.exec(Conn%d.java:%d)\n" % (j, j, 5 + j)
                for j in range(8)]
        rec.append("\t... 12 more\n")
        w(fd, "".join(rec).encode())
    else:
        line = (b"2026-11-21 06:00:00.%03d INFO [main] c.e.shop.OrderService - order %d created "
                b"for customer %d" % (i % 1000, i, i * 7 % 10007))
        if len(line) + 1 < pad:
            line += b" cart=" + b"sku-4711," * ((pad - len(line) - 7) // 9 + 1)
            line = line[:pad - 1]
        w(fd, line + b"\n")
PY

nats-server -a 127.0.0.1 -p "$PORT" ${JETSTREAM:+-js -sd "$T/js"} > "$T/nats.log" 2>&1 &
NATS=$!
PIDS+=("$NATS")
wait_until 5 port_open "$PORT"
if [ -n "${JETSTREAM:-}" ]; then
	"$T/natstool" "$URL" stream-add LOGS 'logs.>'
fi
if [ -z "${JETSTREAM:-}" ]; then
	"$T/natstool" "$URL" count 'logs.>' "$T/count" > "$T/count.ready" &
	PIDS+=($!)
	wait_until 5 grep -q ready "$T/count.ready"
fi

ctr_rm "$CTR"
ctr_run "$CTR" -v "$T:/gen:ro" -- sleep 100000 > /dev/null
"$LOGTAP" agent --container "$CTR" --nats-url "$URL" ${JETSTREAM:+--jetstream} \
	--spool-dir "$T/spool" --metrics-addr "127.0.0.1:$MPORT" ${AGENT_ARGS:-} > /dev/null \
	2> "$T/agent.err" &
AGENT=$!
PIDS+=("$AGENT")
wait_until 10 grep -q 'capture: ready' "$T/agent.err"

# switches: voluntary and involuntary context switches of all the agent's threads
switches() { cat /proc/"$AGENT"/task/*/status | awk '/^voluntary_ctxt/ { v += $2 } /^nonvoluntary_ctxt/ { n += $2 } END { print v + 0, n + 0 }'; }
faults() { awk '{ print $10 }' "/proc/$AGENT/stat"; } # minor page faults, all threads
cpu() { awk -v t="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / t }' "/proc/${1:-$AGENT}/stat"; }
# threads: "name=ticks" per thread name (logtap: the pipeline; logtap-nats: the NATS client
# library's reader, flusher and collector; logtap-resolver, -readback, -metrics), one line
threads() {
	for t in /proc/"$AGENT"/task/*; do
		echo "$(cat "$t/comm") $(cut -d')' -f2 "$t/stat" | awk '{ print $12 + $13 }')"
	done 2> /dev/null | awk '{ c[$1] += $2 } END { for (n in c) printf "%s=%d ", n, c[n] }'
}
metric() { curl -s "http://127.0.0.1:$MPORT/metrics" | awk -v m="$1" '$1 == m { print $2 }'; }
# Events received: the stream's message count with JetStream, else what a subscriber saw.
received() {
	if [ -n "${JETSTREAM:-}" ]; then
		"$T/natstool" "$URL" stream-dump LOGS - 2> /dev/null || echo 0
	else
		# the counter rewrites its file: an empty read is "not yet", not an error
		local n
		n=$(cut -d' ' -f1 "$T/count" 2> /dev/null)
		[[ $n =~ ^[0-9]+$ ]] && echo "$n" || echo 0
	fi
}

[ -n "${PERF:-}" ] && { perf record ${PERF_OPTS:--g} -o "$PERF" -p "$AGENT" > /dev/null 2>&1 & PERF_PID=$!; }
cpu0=$(cpu)
thr0=$(threads)
flt0=$(faults)
ncpu0=$(cpu "$NATS")
read -r vol0 inv0 < <(switches)
t0=$(date +%s.%N)
if [ -n "${WRITER:-}" ]; then
	$DOCKER exec "$CTR" /gen/writer /tmp/app.log "$RECORDS" "${RECORD_BYTES:-120}" > /dev/null
else
	$DOCKER exec "$CTR" python3 /gen/gen.py /tmp/app.log "$RECORDS" "${RECORD_BYTES:-0}" "${RATE:-0}"
fi
t_write=$(date +%s.%N)
# Done when every record arrived, or when nothing new arrived for 5 s.
last=-1
idle=0
while [ "$(received)" -lt "$RECORDS" ] && [ "$idle" -lt 50 ]; do
	now=$(received)
	if [ "$now" = "$last" ]; then idle=$((idle + 1)); else idle=0; fi
	last=$now
	sleep 0.1
done
t1=$(date +%s.%N)
cpu1=$(cpu)
thr1=$(threads)
flt1=$(faults)
ncpu1=$(cpu "$NATS")
read -r vol1 inv1 < <(switches)
[ -n "${PERF:-}" ] && { kill -INT "$PERF_PID"; wait "$PERF_PID" || true; }
drops=$(metric logtap_kernel_drops_total)
spills=$(metric logtap_ring_spills_total)
events=$(metric logtap_published_total)
spooled=$(metric logtap_spool_events)
spooled_total=$(metric logtap_spooled_total)
errors=$(metric logtap_publish_errors_total)
slow=$(metric logtap_readback_slow_reads_total)
rss=$(metric logtap_rss_bytes)
peak=$(metric logtap_rss_peak_bytes)
ring=$(metric logtap_ring_rss_bytes)
got=$(received)
bytes=$($DOCKER exec "$CTR" stat -c %s /tmp/app.log)
grep -E 'warn|error' "$T/agent.err" | tail -n 5 >&2 || true
# Core NATS drops messages for a subscriber that falls behind: then "received" undercounts
# what the agent published, which is no loss of the agent's.
grep -i 'slow consumer' "$T/nats.log" | tail -n 2 | sed 's/^/nats-server: /' >&2 || true
python3 - << PY
records, got = $RECORDS, $got
cpu = $cpu1 - $cpu0
wall = $t1 - $t0 - (5.0 if got < records else 0)
print("cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')")
print(f"mode: {'JetStream' if '${JETSTREAM:-}' else 'core NATS'}, {records} records "
      f"({'one line each, C writer' if '${WRITER:-}' else '10% Java traces with a cause'}), "
      f"{$bytes / records:.0f} bytes per record on average "
      f"({$bytes / 1e6:.0f} MB), writer took {$t_write - $t0:.2f} s")
print(f"agent CPU: {cpu:.2f} s ({cpu / records * 1e6:.2f} s per 1M records)")
def ticks(s):
    return {k: int(v) for k, v in (kv.split("=") for kv in s.split())}
t0, t1, hz = ticks("$thr0"), ticks("$thr1"), $(getconf CLK_TCK)
parts = sorted(((t1[n] - t0.get(n, 0)) / hz, n) for n in t1)[::-1]
print("agent CPU by thread: " + ", ".join(f"{n} {c:.2f} s ({c / records * 1e6:.2f} per 1M)"
                                           for c, n in parts if c > 0))
print(f"nats-server CPU: {$ncpu1 - $ncpu0:.2f} s ({($ncpu1 - $ncpu0) / records * 1e6:.2f} s per 1M records)")
print(f"events/s: {got / wall:,.0f} (wall {wall:.2f} s until the last event arrived)")
print(f"context switches of the agent's threads: {($vol1 - $vol0) / records * 1000:.1f} voluntary "
      f"and {($inv1 - $inv0) / records * 1000:.1f} involuntary per 1k records; "
      f"{($flt1 - $flt0) / records * 1000:.1f} page faults per 1k records")
print(f"kernel drops: ${drops:-?}; the hot ring filled ${spills:-?} times; "
      f"read-backs handed to the I/O thread: ${slow:-?}")
print(f"agent RSS without the ring buffer: {${rss:-0} / 1e6:.1f} MB, peak {${peak:-0} / 1e6:.1f} MB "
      f"(ring and maps {${ring:-0} / 1e6:.1f} MB)")
print(f"events received: {got} of {records} (agent published ${events:-?}, "
      f"publish errors ${errors:-?}, spooled on the way ${spooled_total:-?}, in the spool now ${spooled:-?})")
PY

# With PERF: the agent's samples by where they ran. Its own functions go to the pipeline
# stage (agent/STAGE/) whose file defines them, inlined helpers with their caller; libc,
# libnats and the kernel stand apart (with --call-graph dwarf, `perf report --children`
# shows which stage calls them).
[ -n "${PERF:-}" ] || exit 0
nm -l --defined-only "$LOGTAP" > "$T/syms" 2> /dev/null || true
perf report -i "$PERF" --no-children --sort dso,sym --stdio -F overhead,dso,sym -t $'\t' \
	2> /dev/null | python3 -c '
import collections, re, sys
where = {}
for l in open(sys.argv[1]):
    p = l.split()
    if len(p) >= 4 and "/agent/" in p[3]:
        where[p[2]] = p[3].split("/agent/")[1].split("/")[0]
stages, top = collections.Counter(), collections.defaultdict(collections.Counter)
for l in sys.stdin:
    p = [x.strip() for x in l.split("\t")]
    if len(p) < 3 or not p[0].endswith("%"):
        continue
    share, dso, sym = float(p[0][:-1]), p[1], re.sub(r"^\[.\] ", "", p[2])
    name = sym.split("@")[0]
    stage = where.get(name) if dso == "logtap" else None
    stage = stage or {"[kernel.kallsyms]": "kernel"}.get(dso) or dso.split(".so")[0]
    stages[stage] += share
    top[stage][name] += share
print("agent samples by stage (self time; top functions):")
for st, s in stages.most_common():
    if s >= 0.5:
        fs = ", ".join(f"{f} {v:.1f}" for f, v in top[st].most_common(4))
        print(f"  {s:5.1f}%  {st:10} {fs}")
' "$T/syms"
