#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End-to-end `logtap check` against a real nats-server on random 127.0.0.1 ports
# (operator mode with JetStream, and a TLS server with a throw-away CA): a good setup
# passes with every line ok or skip, and each broken part gets its own FAIL line:
# wrong creds, an unreachable server, a subject the user JWT may not publish to, a
# missing stream, a bad TLS CA, a missing runtime socket, a bad config file. The BPF
# check really loads and attaches, and leaves no program behind.
source "$(dirname "$0")/lib.sh"
set -u

source "$ROOT/tests/e2e/lib_nats.sh"
nats_e2e_begin check nats-server go openssl cc python3 bpftool
if [ ! -x "$LOGTAP" ] || ! "$LOGTAP" check --help > /dev/null 2>&1; then
	skip "check: $LOGTAP has no check mode yet"
	exit 0
fi

nats_tools check

# nats_start NAME PORT CONF-EXTRA: a nats-server on 127.0.0.1:PORT.
nats_start() {
	printf 'listen: 127.0.0.1:%s\n%s\n' "$2" "$3" > "$tmp/$1.conf"
	nats_serve "$tmp/$1.conf" "$tmp/$1.log" "$2"
	local rc=$?
	PIDS+=("$NATS_PID")
	return $rc
}

# run_check NAME ARGS...: `logtap check ARGS` into $tmp/NAME.out (stderr NAME.err), exit
# status in RC; the output goes to the test log too.
run_check() {
	local name=$1
	shift
	"$LOGTAP" check --spool-dir "$tmp/spool" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"
	RC=$?
	echo "$RC" > "$tmp/$name.rc"
	echo "--- logtap check $* (exit $RC)"
	sed 's/^/    /' "$tmp/$name.out"
}

# status NAME CHECK: the status word(s) of the CHECK lines of run NAME ("ok", "FAIL"...).
status() { awk -v c="$2:" '$2 == c { print $1 }' "$tmp/$1.out" | tr '\n' ' ' | sed 's/ $//'; }
# has NAME STATUS CHECK TEXT: run NAME has a CHECK line with STATUS that contains TEXT.
has() { awk -v s="$2" -v c="$3:" '$1 == s && $2 == c' "$tmp/$1.out" | grep -qF -- "$4"; }
# fails_with NAME CHECK TEXT: run NAME exited 1 with a FAIL line for CHECK containing TEXT.
fails_with() { [ "$(cat "$tmp/$1.rc")" = 1 ] && has "$1" FAIL "$2" "$3"; }

PORT=$(free_port)
URL=nats://127.0.0.1:$PORT
if ! nats_start op "$PORT" "jetstream { store_dir: \"$tmp/js\" }
$(cat "$tmp/operator.conf")"; then
	fail "check: the operator-mode nats-server did not start"
	exit 1
fi
if ! stream_add "$tmp/op.log" -c "$tmp/admin.creds" "$URL"; then
	fail "check: the admin user could not add the stream LOGS"
	exit 1
fi
docker_up > /dev/null 2>&1 && DOCKER_OK=1 || DOCKER_OK=

# --- a good setup, and the BPF programs it loads ----------------------------------
# Programs named like logtap's that no process holds (pinned or leaked): a check must
# never add one. Holders are found in /proc/*/fdinfo (prog_id of prog and link fds).
orphans() {
	python3 - << 'PY'
import glob, json, re, subprocess
progs = json.loads(subprocess.run(["bpftool", "-j", "prog", "show"], capture_output=True,
                                  text=True).stdout or "[]")
held = set()
for f in glob.glob("/proc/[0-9]*/fdinfo/*"):
    try:
        held.update(int(m) for m in re.findall(r"^prog_id:\s*(\d+)", open(f).read(), re.M))
    except OSError:
        pass
names = {"sys_exit_btf", "sys_exit_raw", "process_exit_btf", "process_exit_raw",
         "cgroup_mkdir_btf", "cgroup_mkdir_raw"}
print(" ".join(str(p["id"]) for p in progs if p.get("name") in names and p["id"] not in held))
PY
}
# next_prog_id: the id the kernel gives the next BPF program. A two-instruction socket
# filter is loaded, its id read and the program closed. Ids only grow, so the distance
# between two probes counts the programs loaded in between, even ones already freed (the
# check holds its programs for milliseconds; the largest id still loaded tells nothing
# once they are gone, which is how CI saw "0 -> 0").
next_prog_id() {
	python3 - << 'PY'
import ctypes, os, platform, struct
nr = {"x86_64": 321, "aarch64": 280}[platform.machine()]
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
def bpf(cmd, attr):
    buf = ctypes.create_string_buffer(attr, 128)
    r = libc.syscall(ctypes.c_long(nr), ctypes.c_int(cmd), buf, ctypes.c_uint(128))
    if r < 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
    return r
insns = ctypes.create_string_buffer(struct.pack("<BBhiBBhi", 0xb7, 0, 0, 0, 0x95, 0, 0, 0))
lic = ctypes.create_string_buffer(b"GPL")
fd = bpf(5, struct.pack("<IIQQ", 1, 2, ctypes.addressof(insns), ctypes.addressof(lic)))
info = ctypes.create_string_buffer(8)
bpf(15, struct.pack("<IIQ", fd, 8, ctypes.addressof(info)))
os.close(fd)
print(struct.unpack("<II", info.raw)[1])
PY
}
orphans_before=$(orphans)
id_before=$(next_prog_id)
run_check good --nats-url "$URL" --nats-creds "$tmp/publisher.creds" --jetstream
id_after=$(next_prog_id)
# a program another test is just closing may show up for a moment; a leak stays
no_new_orphans() { orphans_after=$(orphans); [ "$orphans_after" = "$orphans_before" ]; }
wait_until 10 no_new_orphans
check "check good setup: exit 0 and no FAIL line" test "$RC" = 0 -a -z "$(status good FAIL)"
bad=""
for c in config subject creds nats publish jetstream bpf spool; do
	[ "$(status good "$c")" = ok ] || bad="$bad $c"
done
[ "$(status good permissions)" = "ok ok" ] || bad="$bad permissions"
check "check good setup: ok lines for config, subject, creds, nats, permissions (publish and \
acks), publish, jetstream, bpf, spool${bad:+ (not ok:$bad)}" \
	test -z "$bad" -a -z "$(grep -vE '^(ok  |skip) ' "$tmp/good.out")"
check "check good setup: the creds line names the user and its expiry" \
	has good ok creds '("publisher") of account A'
check "check good setup: the user JWT's allow list covers the subject pattern" \
	has good ok permissions "every subject of logs.default.customer.* (allow logs.default.customer.>)"
# the capture loads at least its sys_exit and process_exit programs
loaded() { [ $((id_after - id_before - 1)) -ge 2 ] && has good ok bpf 'attached (hook'; }
check "check bpf: the capture programs were loaded and attached (the kernel gave out \
$((id_after - id_before - 1)) program ids while it ran: $id_before -> $id_after)" \
	loaded
check "check bpf: no logtap program is left behind (unheld before: '$orphans_before', \
after: '$orphans_after')" \
	test "$orphans_after" = "$orphans_before"
probe_id=$(awk '$2 == "publish:" { print $5 }' "$tmp/good.out")
"$NATSTOOL" -c "$tmp/admin.creds" "$URL" stream-dump LOGS "$tmp/stream.got" > /dev/null 2>&1
check "check probe: one well-formed logtap event ($probe_id) stored on the logtap-check subject" \
	python3 - "$tmp/stream.got" "$probe_id" << 'PY'
import json, sys
hits = []
for l in open(sys.argv[1], encoding="utf-8"):
    subject, _, body = l.rstrip("\n").partition("\t")
    e = json.loads(body)
    if e.get("event_id") == sys.argv[2]:
        hits.append((subject, e))
ok = len(hits) == 1 and hits[0][0] == "logs.default.customer.logtap-check"
e = hits[0][1] if hits else {}
ok = ok and e.get("source_type") == "logtap" and e.get("level") == "info" \
    and e.get("message", "").startswith("logtap check: publish probe from ")
sys.exit(0 if ok else 1)
PY
if [ -n "$DOCKER_OK" ]; then
	check "check docker: the running dockerd answers" has good ok docker "answers"
else
	skip "check docker: dockerd does not run here"
fi

# Scoped signing key (no permissions in the JWT): the probe decides, core NATS.
run_check scoped --nats-url "$URL" --nats-creds "$tmp/shipper.creds"
check "check scoped creds: permissions skip (a signing key's role), the probe is published" \
	test "$RC" = 0 -a "$(status scoped permissions)" = skip -a "$(status scoped publish)" = ok

# --- pins: nothing pinned yet, an agent owning its pins, pins kept after it stopped ----
PINS=/sys/fs/bpf/logtap-check-e2e
extra_cleanup() { "$LOGTAP" agent --unpin --bpf-pin-dir "$PINS" > /dev/null 2>&1; }
mountpoint -q /sys/fs/bpf || mount -t bpf bpf /sys/fs/bpf
extra_cleanup
run_check pins0 --bpf-pin-dir "$PINS"
check "check pins: nothing pinned under a fresh --bpf-pin-dir" \
	has pins0 ok pins "nothing pinned under $PINS yet"
"$LOGTAP" agent --bpf-pin-dir "$PINS" --no-default-paths --path '/nonexistent/*.log' \
	--metrics-addr "127.0.0.1:$(free_port)" > /dev/null 2> "$tmp/pinagent.err" &
PINAGENT=$!
PIDS+=("$PINAGENT")
if wait_until 30 grep -q 'capture: ready' "$tmp/pinagent.err"; then
	run_check pins1 --bpf-pin-dir "$PINS"
	check "check pins: a running agent owns its pinned capture" \
		has pins1 ok pins "an agent owns it now"
	kill -TERM "$PINAGENT"
	wait "$PINAGENT"
	run_check pins2 --bpf-pin-dir "$PINS"
	check "check pins: after the agent stopped, the kernel keeps capturing for the next one" \
		has pins2 ok pins "no agent runs"
else
	fail "check pins: the agent with --bpf-pin-dir $PINS did not start: $(tail -2 "$tmp/pinagent.err")"
fi
extra_cleanup

# --- one FAIL line per broken part ---------------------------------------------------
run_check stranger --nats-url "$URL" --nats-creds "$tmp/stranger.creds"
check "check wrong creds: exit 1, FAIL nats: authorization failed" \
	fails_with stranger nats 'authorization failed' 

DEAD=$(free_port)
run_check unreachable --nats-url "nats://127.0.0.1:$DEAD" --nats-creds "$tmp/publisher.creds"
check "check unreachable server: exit 1, FAIL nats: no server reachable" \
	fails_with unreachable nats 'no server reachable' 

run_check limited --nats-url "$URL" --nats-creds "$tmp/limited.creds"
check "check refused subject: FAIL permissions from the user JWT (allow logs.other.>)" \
	fails_with limited permissions "may not publish to logs.default.customer.* (allow logs.other.>)"
check "check refused subject: FAIL publish, the server refuses the probe" \
	fails_with limited publish 'NATS refuses publishing to logs.default.customer.logtap-check' 

run_check nostream --nats-url "$URL" --nats-creds "$tmp/admin.creds" --jetstream \
	--subject 'logs.nostream.{project}'
check "check missing stream: exit 1, FAIL jetstream: no stream captures the subject" \
	fails_with nostream jetstream 'no stream captures logs.nostream.logtap-check'
check "check missing stream: the publish itself is ok" test "$(status nostream publish)" = ok
run_check nostream-look --nats-url "$URL" --nats-creds "$tmp/admin.creds" --jetstream \
	--subject 'logs.nostream.{project}' --no-probe
check "check missing stream, --no-probe: FAIL jetstream from the stream list" \
	fails_with nostream-look jetstream 'no stream captures logs.nostream.logtap-check'
check "check --no-probe: the publish line is a skip" test "$(status nostream-look publish)" = skip

# --- TLS: a server certificate from one CA, logtap given another ---------------------
tls_certs() {
	local d=$tmp/tls
	mkdir -p "$d"
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=logtap-check-ca \
		-keyout "$d/ca.key" -out "$d/ca.pem" &&
		openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=other-ca \
			-keyout "$d/other.key" -out "$d/other.pem" &&
		openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout "$d/server.key" \
			-out "$d/server.csr" &&
		printf 'subjectAltName=IP:127.0.0.1\n' > "$d/san.ext" &&
		openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" \
			-CAcreateserial -days 2 -extfile "$d/san.ext" -out "$d/server.pem" &&
		echo "not a certificate" > "$d/garbage.pem"
} > "$tmp/openssl.log" 2>&1

TPORT=$(free_port)
D=$tmp/tls
if tls_certs &&
	nats_start tls "$TPORT" "tls { cert_file: \"$D/server.pem\", key_file: \"$D/server.key\" }"; then
	run_check tls-good --nats-url "tls://127.0.0.1:$TPORT" --tls-ca "$D/ca.pem"
	check "check TLS with the right CA: tls-ca and nats ok, exit 0" \
		test "$RC" = 0 -a "$(status tls-good tls-ca)" = ok -a "$(status tls-good nats)" = ok
	run_check tls-bad --nats-url "tls://127.0.0.1:$TPORT" --tls-ca "$D/other.pem"
	check "check bad TLS CA: exit 1, FAIL nats: TLS failed" fails_with tls-bad nats 'TLS failed'
	check "check bad TLS CA: the CA file itself loads" test "$(status tls-bad tls-ca)" = ok
	run_check tls-garbage --nats-url "tls://127.0.0.1:$TPORT" --tls-ca "$D/garbage.pem"
	check "check unreadable TLS CA file: FAIL tls-ca, nats not tried" \
		test "$RC" = 1 -a "$(status tls-garbage tls-ca)" = FAIL \
		-a "$(status tls-garbage nats)" = skip
	run_check tls-halfpair --nats-url "tls://127.0.0.1:$TPORT" --tls-ca "$D/ca.pem" \
		--tls-cert "$D/server.pem" --tls-key "$D/other.key"
	check "check client certificate with a key of another certificate: FAIL tls-cert" \
		test "$RC" = 1 -a "$(status tls-halfpair tls-cert)" = FAIL
else
	fail "check TLS: certificates or the TLS nats-server failed (see $tmp/openssl.log)"
fi

# --- runtimes, files, config and usage ----------------------------------------------
run_check runtimes --docker-socket "$tmp/missing.sock" --podman-socket "$tmp/nothing.sock" \
	--crio-root "$tmp/no-crio"
check "check runtimes: configured but missing socket and directory are FAIL lines, exit 1" \
	test "$RC" = 1 -a "$(status runtimes docker)" = FAIL -a "$(status runtimes podman)" = FAIL \
	-a "$(status runtimes cri-o)" = FAIL
if [ ! -e /run/podman/podman.sock ]; then
	check "check runtimes: Podman absent and not configured is a skip line" \
		test "$(status good podman)" = skip
fi

printf 'not a creds file\n' > "$tmp/bad.creds"
run_check badcreds --nats-url "$URL" --nats-creds "$tmp/bad.creds"
check "check malformed creds file: FAIL creds: no JWT section" \
	fails_with badcreds creds 'no NATS USER JWT section'
check "check malformed creds file: nats is not tried" test "$(status badcreds nats)" = skip

run_check expired --nats-url "$URL" --nats-creds "$tmp/expired.creds"
check "check expired user JWT: FAIL creds: expired" fails_with expired creds 'has expired'

touch "$tmp/spool-file"
run_check spoolfile --nats-url "$URL" --nats-creds "$tmp/publisher.creds" \
	--spool-dir "$tmp/spool-file"
check "check spool: a spool path that is a file is a FAIL line" \
	fails_with spoolfile spool "Not a directory"

printf 'nats-url = %s\nnats-creds = %s\n' "$URL" "$tmp/publisher.creds" > "$tmp/good.conf"
run_check conf --config "$tmp/good.conf"
check "check config file: named in the ok line" has conf ok config "$tmp/good.conf"
check "check config file: its NATS settings are used, exit 0" \
	test "$RC" = 0 -a "$(status conf nats)" = ok
printf 'nats-url = %s\nno-such-option = 1\n' "$URL" > "$tmp/bad.conf"
run_check badconf --config "$tmp/bad.conf"
check "check bad config file: exit 2, FAIL config, the file and line on stderr" \
	test "$RC" = 2 -a "$(status badconf config)" = FAIL \
	-a -n "$(grep -F "$tmp/bad.conf:2" "$tmp/badconf.err")"
run_check usage --no-such-flag
check "check usage error: exit 2" test "$RC" = 2
exit 0
