# SPDX-License-Identifier: Apache-2.0
# shellcheck shell=bash
# Helpers of tests/e2e/test_deploy.sh (sourced after lib.sh): the logtap image, a real
# nats-server with operator-mode creds and a subscriber, a privileged `docker run` that
# falls back where runc refuses --privileged, and the DaemonSet's pod spec as `docker run`.

DEPLOY_IMAGE=logtap:latest
METRICS_PORT=9465

# image_fresh: the image exists and no source it is built from is newer.
image_fresh() {
	local created
	created=$($DOCKER image inspect -f '{{.Created}}' "$DEPLOY_IMAGE" 2> /dev/null) || return 1
	created=$(date -d "$created" +%s) || return 1
	[ -z "$(cd "$ROOT" && find Dockerfile .dockerignore Makefile mk scripts bpf agent vmlinux \
		LICENSE -newermt "@$created" -print -quit 2> /dev/null)" ]
}

# deploy_image: `make image` unless the image is fresh; says how long it took.
deploy_image() {
	local t0=$SECONDS
	if image_fresh; then
		echo "image: $DEPLOY_IMAGE is newer than its sources, reused"
		return 0
	fi
	(cd "$ROOT" && make image) > "$LOGDIR/deploy-image.log" 2>&1 || {
		tail -n 30 "$LOGDIR/deploy-image.log" >&2
		return 1
	}
	echo "image: make image took $((SECONDS - t0)) s (log: $LOGDIR/deploy-image.log)"
}

# image_mb: the image's size in MB (10^6 bytes, as docker reports it).
image_mb() { echo $(($($DOCKER image inspect -f '{{.Size}}' "$DEPLOY_IMAGE") / 1000000)); }

# nats_tools DIR: natstool and an operator-mode setup (operator.conf, shipper.creds that
# may publish to logs.default.customer.>, admin.creds) in DIR. Sets NATSTOOL.
nats_tools() {
	NATSTOOL=$1/natstool
	cc -O2 -o "$NATSTOOL" "$ROOT/tests/nats/natstool.c" -lnats &&
		(cd "$ROOT/tests/nats/mkcreds" && GO111MODULE=off GOPATH=/usr/share/gocode \
			GOCACHE="$1/gocache" go build -o "$1/mkcreds" .) && "$1/mkcreds" "$1"
}

# nats_up DIR: nats-server on a free loopback port with DIR/operator.conf. Sets NATS_URL,
# NATS_PID.
nats_up() {
	local port
	port=$(free_port)
	{
		echo "listen: 127.0.0.1:$port"
		cat "$1/operator.conf"
	} > "$1/nats.conf"
	NATS_URL=nats://127.0.0.1:$port
	nats_serve "$1/nats.conf" "$1/nats.log" "$port"
}

# sub_up OUT ADMIN_CREDS: a subscriber on logs.> writing "subject<TAB>json" lines.
sub_up() { sub_spawn "$1" -c "$2" "$NATS_URL"; }

# The capability names by number, as docker spells them.
CAP_NAMES=(CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER FSETID KILL SETGID SETUID SETPCAP
	LINUX_IMMUTABLE NET_BIND_SERVICE NET_BROADCAST NET_ADMIN NET_RAW IPC_LOCK IPC_OWNER
	SYS_MODULE SYS_RAWIO SYS_CHROOT SYS_PTRACE SYS_PACCT SYS_ADMIN SYS_BOOT SYS_NICE
	SYS_RESOURCE SYS_TIME SYS_TTY_CONFIG MKNOD LEASE AUDIT_WRITE AUDIT_CONTROL SETFCAP
	MAC_OVERRIDE MAC_ADMIN SYSLOG WAKE_ALARM BLOCK_SUSPEND AUDIT_READ PERFMON BPF
	CHECKPOINT_RESTORE)

# missing_caps: the capabilities this process's bounding set lacks, one name a line.
missing_caps() {
	local bnd i
	bnd=$((16#$(awk '/^CapBnd:/ { print $2 }' /proc/self/status)))
	for ((i = 0; i <= $(cat /proc/sys/kernel/cap_last_cap) && i < ${#CAP_NAMES[@]}; i++)); do
		(((bnd >> i) & 1)) || echo "${CAP_NAMES[i]}"
	done
}

# What --privileged means, less what the host cannot grant: for runc's refusal only.
unprivileged_opts() {
	local c
	printf '%s\n' --cap-add ALL
	for c in $(missing_caps); do printf '%s\n' --cap-drop "$c"; done
	printf '%s\n' --security-opt seccomp=unconfined --security-opt apparmor=unconfined \
		--security-opt systempaths=unconfined
}

REFUSAL='unable to apply caps: operation not permitted'

# docker_run_privileged ARGS...: `docker run ARGS` (which hold --privileged and --name N).
# Where runc refuses --privileged because the host lacks capabilities, the same command
# again with --privileged replaced by unprivileged_opts, saying so.
docker_run_privileged() {
	local err=$T/run.err a name="" prev="" args=()
	$DOCKER run "$@" 2> "$err" && return 0
	if ! grep -q "$REFUSAL" "$err"; then
		cat "$err" >&2
		return 1
	fi
	for a in "$@"; do
		[ "$prev" = --name ] && name=$a
		prev=$a
		if [ "$a" = --privileged ]; then
			mapfile -t -O "${#args[@]}" args < <(unprivileged_opts)
		else
			args+=("$a")
		fi
	done
	ctr_rm "$name"
	echo "NOTE: runc refused --privileged (\"$REFUSAL\": this host lacks" \
		"$(missing_caps | tr '\n' ' ')); the same command again with --privileged" \
		"replaced by: $(unprivileged_opts | tr '\n' ' ')"
	$DOCKER run "${args[@]}"
}

# agent_ready NAME: the agent in container NAME attached its BPF programs.
agent_ready() { $DOCKER logs "$1" 2>&1 | grep -q 'capture: ready'; }

# got FILE MARK PYTHON-EXPR: EXPR holds for the received events that contain the string
# MARK (grep picks them first: the file may hold much else). EXPR sees `ev` (those events)
# and `by(prefix)` (the first whose message starts with prefix, or {}).
got() {
	grep -F -- "$2" "$1" | python3 -c '
import json, sys
ev = []
for l in sys.stdin:
    try:
        ev.append(json.loads(l.split("\t", 1)[1]))
    except (ValueError, IndexError):
        pass
def by(prefix):
    return next((e for e in ev if e.get("message", "").startswith(prefix)), {})
sys.exit(0 if eval("(" + sys.argv[1] + "\n)") else 1)
' "$3"
}

# show FILE MARK: the events holding MARK, for the log.
show() { got "$1" "$2" "[print(json.dumps(e, sort_keys=True)) for e in ev] or True"; }

# writer NAME MARK [docker options]: a compose-labelled test container that appends a line
# and a Python trace to /var/log/app.log and stays a little (metadata is looked up live).
writer() {
	local name=$1 mark=$2
	shift 2
	ctr_run "$name" --label com.docker.compose.project=shop \
		--label com.docker.compose.service=web "$@" -- sh -c "mkdir -p /var/log
		echo '$mark line' >> /var/log/app.log
		printf '%s\n' 'Traceback (most recent call last):' \
			'  File \"/app/main.py\", line 9, in <module>' '    main()' \
			'  File \"/app/main.py\", line 5, in main' \"    raise ValueError('$mark')\" \
			'ValueError: $mark' >> /var/log/app.log
		sleep 3" > /dev/null
}

# pod_to_docker YAML NODE NAME SECRETDIR NATS_URL OUT: the DaemonSet's pod spec as the
# argument list of `docker run` (one a line in OUT) and its probes (OUT.probes:
# "kind path port"). Fails on any field it cannot carry over faithfully.
pod_to_docker() {
	python3 "$ROOT/tests/e2e/pod_to_docker.py" "$@"
}
