#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, the production install: `make image`, then the image started exactly as
# docs/deploy.md's `docker run` line, as deploy/kubernetes/daemonset.yaml's pod spec and as
# deploy/compose/docker-compose.yml, each shipping a compose-labelled container's line
# and trace to a real nats-server with operator-mode creds, enriched, with the node name.
set -u
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib_deploy.sh"

for tool in nats-server go cc python3 curl docker-compose; do
	if ! command -v "$tool" > /dev/null; then
		skip "deploy: $tool is not installed (scripts/install-deps.sh installs it)"
		exit 0
	fi
done
python3 -c 'import yaml' 2> /dev/null || {
	skip "deploy: python3-yaml is not installed (scripts/install-deps.sh installs it)"
	exit 0
}
if ! is_root; then
	skip "deploy: needs root (BPF, dockerd, /etc/logtap)"
	exit 0
fi
if ! docker_up || ! image_up; then
	fail "deploy: dockerd or the test image is unavailable (see $LOGDIR/dockerd.log)"
	exit 1
fi

T=$(tmpdir)
COMPOSE_PROJECT=logtap-e2e
COMPOSE_DIR=$ROOT/deploy/compose
NAMES="logtap logtap-ds lt-dep-run lt-dep-out lt-dep-ds lt-dep-co lt-dep-co2"
ETC_MADE="" CREDS_MADE="" SPOOL_MADE=""
MARK="# written by tests/e2e/test_deploy.sh"
# The agents pin their capture in the host's /sys/fs/bpf/logtap (the manifests mount it):
# each section starts without what the one before left.
unpin_host() { "$LOGTAP" agent --unpin --bpf-pin-dir /sys/fs/bpf/logtap > /dev/null 2>&1; }
cleanup() {
	(cd "$COMPOSE_DIR" && docker-compose -p $COMPOSE_PROJECT down -t 5) > /dev/null 2>&1
	ctr_rm $NAMES
	unpin_host
	[ -n "${SUB_PID:-}" ] && kill "$SUB_PID" 2> /dev/null
	[ -n "${NATS_PID:-}" ] && kill "$NATS_PID" 2> /dev/null
	[ -n "$CREDS_MADE" ] && rm -f /etc/logtap/agent.creds
	[ -n "$ETC_MADE" ] && rmdir /etc/logtap 2> /dev/null
	[ -n "$SPOOL_MADE" ] && rm -rf /var/lib/logtap
	if [ -n "${KEEP:-}" ]; then echo "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT
if $DOCKER container inspect logtap > /dev/null 2>&1; then
	fail "deploy: a container named logtap exists already; the test will not remove it"
	exit 1
fi
ctr_rm $NAMES

# --- make install / uninstall into a DESTDIR --------------------------------------------
inst=$T/inst
INSTALLED="usr/bin/logtap usr/share/man/man8/logtap.8 usr/lib/systemd/system/logtap.service
	usr/share/bash-completion/completions/logtap etc/logtap/logtap.conf.example"
all_there() { local f; for f in $INSTALLED; do [ -f "$inst/$f" ] || return 1; done; }
if (cd "$ROOT" && make install DESTDIR="$inst" PREFIX=/usr) > "$T/install.log" 2>&1 && all_there
then
	check "deploy install: binary, man page, unit naming /usr/bin/logtap, config, completion" \
		grep -qx 'ExecStart=/usr/bin/logtap agent --config /etc/logtap/logtap.conf' \
		"$inst/usr/lib/systemd/system/logtap.service"
	complete_ag() {
		bash -c 'source "$1"; PATH=$2:$PATH; COMP_WORDS=(logtap ag); COMP_CWORD=1
			_logtap logtap; echo "${COMPREPLY[*]}"' _ \
			"$inst/usr/share/bash-completion/completions/logtap" "$inst/usr/bin"
	}
	check "deploy install: the bash completion completes 'logtap ag' to agent" \
		test "$(complete_ag)" = agent
	(cd "$ROOT" && make uninstall DESTDIR="$inst" PREFIX=/usr) >> "$T/install.log" 2>&1
	check "deploy uninstall: every installed file is gone" \
		test -z "$(find "$inst" -type f)"
else
	fail "deploy install: make install (see $T/install.log) or a file is missing"
	cat "$T/install.log"
fi

# --- the image ------------------------------------------------------------------------
if ! deploy_image; then
	fail "deploy image: make image failed (see $LOGDIR/deploy-image.log)"
	exit 1
fi
mb=$(image_mb)
check "deploy image: $DEPLOY_IMAGE is $mb MB, under 100 MB" test "$mb" -lt 100
check "deploy image: entrypoint logtap, command agent" test \
	"$($DOCKER image inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' \
		"$DEPLOY_IMAGE")" = '["logtap"] ["agent"]'

# --- NATS, and the creds where the docker run line and compose file expect them --------
if ! nats_tools "$T" > "$T/tools.log" 2>&1; then
	fail "deploy: building natstool or mkcreds (see $T/tools.log)"
	exit 1
fi
if ! nats_up "$T" || ! sub_up "$T/got" "$T/admin.creds"; then
	fail "deploy: nats-server or the subscriber did not start (see $T/nats.log)"
	exit 1
fi
echo "nats-server: $NATS_URL, operator mode; the agent's user may publish to" \
	"logs.default.customer.>"
if [ -e /etc/logtap/agent.creds ] && ! grep -qF "$MARK" /etc/logtap/agent.creds; then
	fail "deploy: /etc/logtap/agent.creds exists and is not this test's; not overwriting it"
	exit 1
fi
[ -d /etc/logtap ] || { mkdir -p /etc/logtap && ETC_MADE=1; }
[ -d /var/lib/logtap ] || SPOOL_MADE=1
{ cat "$T/shipper.creds" && echo "$MARK"; } > /etc/logtap/agent.creds && CREDS_MADE=1
chmod 600 /etc/logtap/agent.creds
mkdir -p "$T/secret" && cp /etc/logtap/agent.creds "$T/secret/agent.creds"

port_free() { ! port_open $METRICS_PORT; }
# arrived MARK NODE NAME: MARK's line and trace arrived from container NAME, enriched.
arrived() {
	got "$T/got" "$1" "by('$1 line').get('host') == '$2' and
		by('$1 line').get('container_name') == '$3' and
		by('$1 line').get('container_image') == 'logtap-test:latest' and
		(by('$1 line').get('compose_project'), by('$1 line').get('compose_service')) ==
		('shop', 'web') and any(e.get('kind') == 'trace' and
		e.get('exception_type') == 'ValueError' and
		e.get('message', '').endswith('ValueError: $1') and e.get('host') == '$2' and
		e.get('container_name') == '$3' for e in ev)"
}
# stops NAME: SIGTERM (docker stop) and the agent exits 0 within the grace period.
stops() {
	$DOCKER stop -t 30 "$1" > /dev/null &&
		test "$($DOCKER inspect -f '{{.State.ExitCode}}' "$1")" = 0
}
metrics_get() { curl -s -o "$T/http.body" -w '%{http_code}' "http://127.0.0.1:$METRICS_PORT$1"; }

# --- 1. the docker run line of docs/deploy.md, exactly --------------------------------
wait_until 30 port_free || fail "deploy run: port $METRICS_PORT is taken"
echo "+ docker run -d --name logtap --privileged --pid host --network host" \
	"-v /var/run/docker.sock:/var/run/docker.sock:ro -v /var/lib/logtap:/var/lib/logtap" \
	"-v /sys/fs/bpf:/sys/fs/bpf -v /etc/logtap:/etc/logtap:ro -e LOGTAP_NATS_URL=$NATS_URL" \
	"-e LOGTAP_NATS_CREDS=/etc/logtap/agent.creds -e LOGTAP_HOSTNAME=node-7 logtap:latest"
if docker_run_privileged -d --name logtap --privileged --pid host --network host \
	-v /var/run/docker.sock:/var/run/docker.sock:ro -v /var/lib/logtap:/var/lib/logtap \
	-v /sys/fs/bpf:/sys/fs/bpf -v /etc/logtap:/etc/logtap:ro -e LOGTAP_NATS_URL="$NATS_URL" \
	-e LOGTAP_NATS_CREDS=/etc/logtap/agent.creds -e LOGTAP_HOSTNAME=node-7 logtap:latest &&
	wait_until 60 agent_ready logtap; then
	writer lt-dep-run deployrun
	name="deploy run: a container's line and trace arrive in NATS with name, image,"
	check "$name compose project/service and host node-7" \
		wait_until 30 arrived deployrun node-7 lt-dep-run
	show "$T/got" deployrun
	# Every event of a container carries its id; one without came from a host process.
	host_events=$(grep -vc '"container_id"' "$T/got")
	name="deploy run: no host process's writes are shipped (containers only by default)"
	first=$(grep -v -m1 '"container_id"' "$T/got" | cut -c1-300)
	[ "$host_events" = 0 ] || name="$name: $host_events were, the first: $first"
	check "$name" test "$host_events" = 0
	check "deploy run: /healthz on :$METRICS_PORT answers ok (LOGTAP_METRICS_ADDR of the image)" \
		test "$(metrics_get /healthz)" = 200
	check "deploy run: SIGTERM (docker stop) and the agent exits 0 within 30 s" stops logtap
else
	fail "deploy run: the agent did not start (docker logs logtap below)"
	$DOCKER logs logtap 2>&1 | tail -n 20
fi
$DOCKER logs logtap > "$LOGDIR/deploy-run-agent.log" 2>&1
ctr_rm logtap lt-dep-run
unpin_host

# --- 1b. the same without NATS: JSON lines on stdout, its own output not captured again --
# Docker's json-file driver writes the agent's stdout to a file on the host: were dockerd
# taken for a container, every event would come back as a new one, without end (the log
# size is capped here so that such a loop cannot fill the disk before it is seen).
wait_until 30 port_free || fail "deploy stdout: port $METRICS_PORT is taken"
out_count() { $DOCKER logs logtap 2> /dev/null | grep -cF "$1"; }
looped() { [ "$(out_count '"comm":"dockerd"')" -gt 0 ]; }
ready_or_looped() { agent_ready logtap || looped; }
out_has() { [ "$(out_count '"message":"deployout line"')" -gt 0 ]; }
if docker_run_privileged -d --name logtap --privileged --pid host --network host \
	--log-opt max-size=5m --log-opt max-file=1 \
	-v /var/run/docker.sock:/var/run/docker.sock:ro -e LOGTAP_HOSTNAME=node-7 logtap:latest &&
	wait_until 60 ready_or_looped; then
	writer lt-dep-out deployout
	wait_until 30 out_has
	check "deploy stdout: without NATS the event is a JSON line on docker logs" out_has
	n=$(out_count '"comm":"dockerd"')
	check "deploy stdout: dockerd's writes of the agent's own output are not captured ($n were)" \
		test "$n" = 0
	n=$(out_count '\"log\":')
	check "deploy stdout: no event came back as a new one ($n nested JSON log lines)" \
		test "$n" = 0
else
	fail "deploy stdout: the agent did not start"
fi
ctr_rm logtap lt-dep-out
unpin_host

# --- 2. the DaemonSet's pod spec as docker run ----------------------------------------
NODE=k8s-node-3
wait_until 30 port_free || fail "deploy daemonset: port $METRICS_PORT is taken"
[ -d /var/lib/logtap ] || SPOOL_MADE=1
if pod_to_docker "$ROOT/deploy/kubernetes/daemonset.yaml" $NODE logtap-ds "$T/secret" \
	"$NATS_URL" "$T/ds.args"; then
	mapfile -t ds_args < "$T/ds.args"
	echo "+ docker run ${ds_args[*]}"
	if docker_run_privileged "${ds_args[@]}" && wait_until 60 agent_ready logtap-ds; then
		writer lt-dep-ds deployds
		check "deploy daemonset: events arrive enriched with host = spec.nodeName ($NODE)" \
			wait_until 30 arrived deployds $NODE lt-dep-ds
		while read -r kind path port; do
			code=$(curl -s -o "$T/probe.body" -w '%{http_code}' "http://127.0.0.1:$port$path")
			check "deploy daemonset: $kind GET $path on :$port answers 200 ($(head -c 60 \
				"$T/probe.body"))" test "$code" = 200
		done < "$T/ds.args.probes"
		check "deploy daemonset: SIGTERM and the agent exits 0 within the grace period" \
			stops logtap-ds
	else
		fail "deploy daemonset: the agent did not start"
		$DOCKER logs logtap-ds 2>&1 | tail -n 20
	fi
	$DOCKER logs logtap-ds > "$LOGDIR/deploy-ds-agent.log" 2>&1
else
	fail "deploy daemonset: the pod spec cannot be turned into docker run"
fi
ctr_rm logtap-ds lt-dep-ds
unpin_host

# --- 3. docker-compose ----------------------------------------------------------------
# compose_up ENV...: `docker-compose up -d` of deploy/compose with ENV; where runc refuses
# privileged, again with an override file carrying unprivileged_opts, saying so. Compose
# v1 cannot express systempaths=unconfined (the docker CLI, not the API, knows it), so
# /proc stays masked there.
compose_up() {
	(cd "$COMPOSE_DIR" && env "$@" docker-compose -p $COMPOSE_PROJECT up -d) \
		> "$T/compose.out" 2>&1 && return 0
	grep -q "$REFUSAL" "$T/compose.out" || { cat "$T/compose.out"; return 1; }
	{
		printf 'services:\n  logtap:\n    privileged: false\n    cap_add: [ALL]\n'
		printf '    cap_drop: [%s]\n' "$(missing_caps | paste -sd, -)"
		printf '    security_opt: [seccomp=unconfined, apparmor=unconfined]\n'
	} > "$T/override.yml"
	echo "NOTE: runc refused privileged: true (\"$REFUSAL\"); docker-compose again with" \
		"an override file (/proc masking stays on: compose v1 cannot turn it off):" \
		"$(tr '\n' ' ' < "$T/override.yml")"
	(cd "$COMPOSE_DIR" && env "$@" docker-compose -p $COMPOSE_PROJECT -f docker-compose.yml \
		-f "$T/override.yml" up -d) > "$T/compose.out" 2>&1 || { cat "$T/compose.out"; return 1; }
}
compose_ctr() { (cd "$COMPOSE_DIR" && docker-compose -p $COMPOSE_PROJECT ps -q logtap); }
compose_ready() { agent_ready "$(compose_ctr)"; }

wait_until 30 port_free || fail "deploy compose: port $METRICS_PORT is taken"
[ -d /var/lib/logtap ] || SPOOL_MADE=1
if compose_up LOGTAP_NATS_URL="$NATS_URL" LOGTAP_HOSTNAME=compose-node &&
	wait_until 60 compose_ready; then
	writer lt-dep-co deployco
	check "deploy compose: events arrive enriched with host = LOGTAP_HOSTNAME (compose-node)" \
		wait_until 30 arrived deployco compose-node lt-dep-co
	$DOCKER logs "$(compose_ctr)" > "$LOGDIR/deploy-compose-agent.log" 2>&1
	(cd "$COMPOSE_DIR" && docker-compose -p $COMPOSE_PROJECT down -t 30) > /dev/null 2>&1
	unpin_host
	wait_until 30 port_free
	if compose_up LOGTAP_NATS_URL="$NATS_URL" && wait_until 60 compose_ready; then
		writer lt-dep-co2 deployco2
		check "deploy compose: without LOGTAP_HOSTNAME, host is the host's name ($(hostname))" \
			wait_until 30 arrived deployco2 "$(hostname)" lt-dep-co2
	else
		fail "deploy compose: the agent did not start without LOGTAP_HOSTNAME"
	fi
else
	fail "deploy compose: the agent did not start"
	$DOCKER logs "$(compose_ctr)" 2>&1 | tail -n 20
fi
exit 0
