#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, container metadata: real dockerd (compose labels, a container removed
# while capture runs, one replaced under the same name), the --label filter, Podman
# (API service and its containers.json), containerd through ctr, and an unreachable
# Docker socket. Every container runs with --network none.
set -u
source "$(dirname "$0")/lib.sh"

e2e_prepare "enrich e2e" docker

T=$(tmpdir)
NAMES="lt-enr-web lt-enr-other lt-enr-f1 lt-enr-f2 lt-enr-down"
CTR_NS=logtap-e2e
STARTED_CONTAINERD=""
PODMAN_SVC=""
cleanup() {
	[ -n "${LOGTAP_PID:-}" ] && kill "$LOGTAP_PID" 2> /dev/null
	ctr_rm $NAMES
	if command -v podman > /dev/null; then podman rm -f lt-enr-pm lt-enr-pm2 > /dev/null 2>&1; fi
	[ -n "$PODMAN_SVC" ] && kill "$PODMAN_SVC" 2> /dev/null
	if command -v ctr > /dev/null; then
		ctr -n $CTR_NS task kill -s KILL lt-enr-ctr > /dev/null 2>&1
		ctr -n $CTR_NS task rm -f lt-enr-ctr > /dev/null 2>&1
		ctr -n $CTR_NS container rm lt-enr-ctr > /dev/null 2>&1
	fi
	[ -n "$STARTED_CONTAINERD" ] && kill "$STARTED_CONTAINERD" 2> /dev/null
	[ -n "${KEEP:-}" ] && echo "kept $T" || rm -rf "$T"
}
trap cleanup EXIT
ctr_rm $NAMES

ctr_answers() { ctr version > /dev/null 2>&1; }
is_true() { test "$(query "$1" "$2")" = True; }

# writer CMD: a shell that logs one line to /var/log/app.log and stays a little, so that
# the metadata lookup happens while the container exists.
writer() { echo "mkdir -p /var/log; echo '$1' >> /var/log/app.log; sleep 2"; }

# ---- Docker: compose labels, removal while capturing, same name replaced, host ----
mkdir -p "$T/host"
capture_start "$T/s1.json" --host --meta-wait 5 || { fail "enrich e2e: capture starts"; exit 1; }
COMPOSE="--label com.docker.compose.project=shop --label com.docker.compose.service=web"
# shellcheck disable=SC2086
ctr_run lt-enr-web $COMPOSE -- sh -c "$(writer 'web gen 1')" > /dev/null
$DOCKER wait lt-enr-web > /dev/null
ID1=$(ctr_id lt-enr-web)
ctr_rm lt-enr-web
# shellcheck disable=SC2086
ctr_run lt-enr-web $COMPOSE -- sh -c "$(writer 'web gen 2')" > /dev/null
ctr_run lt-enr-other -- sh -c "mkdir -p /var/log; sh -c \"echo 'short lived' >> /var/log/app.log\"
	$(writer 'other line')" > /dev/null
echo "host line" >> "$T/host/host.log"
$DOCKER wait lt-enr-web lt-enr-other > /dev/null
ID2=$(ctr_id lt-enr-web)
ctr_rm lt-enr-web lt-enr-other
capture_stop

check "docker: compose project, service, name, image and runtime" is_true "$T/s1.json" \
	'(by("web gen 1").get("compose_project"), by("web gen 1").get("compose_service"),
	  by("web gen 1").get("container_name"), by("web gen 1").get("container_image"),
	  by("web gen 1").get("container_runtime")) ==
	 ("shop", "web", "lt-enr-web", "logtap-test:latest", "docker")'
check "docker: the removed container's line carries its full id" \
	is_true "$T/s1.json" 'by("web gen 1").get("container_id") == "'"$ID1"'"'
check "docker: a container replaced under the same name gets the new id" \
	is_true "$T/s1.json" \
	'by("web gen 2").get("container_id") == "'"$ID2"'" and "'"$ID1"'" != "'"$ID2"'" and
	 by("web gen 2").get("container_name") == "lt-enr-web"'
check "docker: no compose fields without compose labels" is_true "$T/s1.json" \
	'by("other line").get("container_name") == "lt-enr-other" and
	 "compose_project" not in by("other line")'
check "docker: a writer that exited before the lookup still gets its container" \
	is_true "$T/s1.json" 'by("short lived").get("container_name") == "lt-enr-other"'
check "host processes get host fields only" is_true "$T/s1.json" \
	'by("host line").get("host") and not any(k.startswith(("container_", "compose_", "k8s_"))
	 for k in by("host line"))'
check "enrich logs nothing above info for reachable Docker" \
	test "$(grep -cE 'logtap (warn|error): enrich:' "$T/s1.json.err")" = 0

# ---- the --label filter uses the metadata ----
capture_start "$T/s2.json" --meta-wait 5 --label com.docker.compose.project=shop ||
	{ fail "enrich e2e: filtered capture starts"; exit 1; }
# shellcheck disable=SC2086
ctr_run lt-enr-f1 $COMPOSE -- sh -c "$(writer 'filter shop')" > /dev/null
ctr_run lt-enr-f2 -- sh -c "$(writer 'filter none')" > /dev/null
$DOCKER wait lt-enr-f1 lt-enr-f2 > /dev/null
capture_stop
check "--label keeps the labelled container and drops the other" is_true "$T/s2.json" \
	'by("filter shop") != {} and by("filter none") == {}'

# ---- Docker not reachable: ids only, one log line ----
capture_start "$T/s3.json" --meta-wait 1 --docker-socket "$T/no-docker.sock" ||
	{ fail "enrich e2e: capture without Docker starts"; exit 1; }
ctr_run lt-enr-down -- sh -c "$(writer 'down one'); echo 'down two' >> /var/log/app.log" \
	> /dev/null
$DOCKER wait lt-enr-down > /dev/null
ID3=$(ctr_id lt-enr-down)
capture_stop
check "docker unreachable: events still carry the id from the cgroup path" is_true \
	"$T/s3.json" 'by("down two").get("container_id") == "'"$ID3"'" and
	 "container_name" not in by("down two")'
check "docker unreachable: said once in the log" \
	test "$(grep -c 'enrich: docker: not reachable' "$T/s3.json.err")" = 1

# ---- Podman: through its API service, then from containers.json ----
if ! command -v podman > /dev/null; then
	skip "enrich e2e podman: podman is not installed"
elif ! podman image exists localhost/$TEST_IMAGE &&
	! ($DOCKER save $TEST_IMAGE | podman load > /dev/null 2>&1); then
	fail "enrich e2e podman: could not import the test image"
else
	podman system service --time=0 "unix://$T/podman.sock" > "$T/podman.log" 2>&1 &
	PODMAN_SVC=$!
	wait_until 10 test -S "$T/podman.sock"
	PODMAN_RUN="podman run --network none --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 \
		-v /usr:/usr:ro --label com.docker.compose.project=pshop"
	capture_start "$T/s4.json" --meta-wait 5 --podman-socket "$T/podman.sock" ||
		{ fail "enrich e2e: capture with podman starts"; exit 1; }
	$PODMAN_RUN --name lt-enr-pm localhost/$TEST_IMAGE sh -c "$(writer 'podman api')"
	capture_stop
	kill "$PODMAN_SVC" 2> /dev/null
	PODMAN_SVC=""
	capture_start "$T/s5.json" --meta-wait 5 --podman-socket "$T/no-podman.sock" ||
		{ fail "enrich e2e: capture without podman API starts"; exit 1; }
	$PODMAN_RUN --name lt-enr-pm2 localhost/$TEST_IMAGE sh -c "$(writer 'podman file')"
	capture_stop
	check "podman API: name, image, runtime and compose label" is_true "$T/s4.json" \
		'(by("podman api").get("container_name"), by("podman api").get("container_image"),
		  by("podman api").get("container_runtime"), by("podman api").get("compose_project"))
		 == ("lt-enr-pm", "localhost/'"$TEST_IMAGE"'", "podman", "pshop")'
	check "podman without its API: name and image from containers.json" is_true "$T/s5.json" \
		'(by("podman file").get("container_name"), by("podman file").get("container_runtime"))
		 == ("lt-enr-pm2", "podman")'
fi

# ---- containerd through ctr, labels and CRI-style annotations ----
if ! command -v ctr > /dev/null || ! command -v containerd > /dev/null; then
	skip "enrich e2e containerd: ctr/containerd are not installed"
else
	if ! ctr version > /dev/null 2>&1; then
		containerd > "$T/containerd.log" 2>&1 &
		STARTED_CONTAINERD=$!
		wait_until 10 ctr_answers
	fi
	ctr -n $CTR_NS image ls -q | grep -qx "docker.io/library/$TEST_IMAGE" ||
		$DOCKER save $TEST_IMAGE | ctr -n $CTR_NS image import - > /dev/null 2>&1
	capture_start "$T/s6.json" --meta-wait 5 || { fail "enrich e2e: capture starts"; exit 1; }
	ctr -n $CTR_NS run --rm --mount type=bind,src=/usr,dst=/usr,options=rbind:ro \
		--label com.docker.compose.project=cshop \
		--annotation io.kubernetes.cri.sandbox-namespace=shopns \
		--annotation io.kubernetes.cri.sandbox-name=shop-pod-1 \
		--annotation io.kubernetes.cri.container-name=app \
		docker.io/library/$TEST_IMAGE lt-enr-ctr sh -c "$(writer 'ctr line')" > /dev/null
	capture_stop
	check "containerd: runtime, id and the namespace/pod/container annotations" is_true \
		"$T/s6.json" '(by("ctr line").get("container_runtime"), by("ctr line").get("container_id"),
		 by("ctr line").get("k8s_namespace"), by("ctr line").get("k8s_pod"),
		 by("ctr line").get("k8s_container")) ==
		 ("containerd", "lt-enr-ctr", "shopns", "shop-pod-1", "app")'
	check "containerd: labels given to ctr" is_true "$T/s6.json" \
		'by("ctr line").get("compose_project") == "cshop"'
fi
