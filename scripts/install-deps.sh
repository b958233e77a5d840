#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian packages logtap needs: --build only what compiling needs (the image's
# build stage), --run what building and running need (`make run`), by default also every test
# tool (`make test`, CI). --check only reports (exit 1) whether something is missing.
# Usage: install-deps.sh [--build|--run] [--check]
set -eu

BUILD_PKGS="make gcc clang llvm libbpf-dev bpftool libelf-dev zlib1g-dev libjansson-dev
 libnats-dev pkg-config"
RUN_PKGS="ca-certificates"
TEST_PKGS="nats-server docker.io containerd podman busybox-static iproute2 openssl curl strace
 python3 openjdk-17-jdk-headless nodejs php-cli ruby golang-go
 golang-github-nats-io-jwt-dev golang-github-nats-io-nkeys-dev prometheus-alertmanager
 debootstrap docker-compose python3-yaml bindfs"
# Logging libraries for the reassembly tests (tests/e2e/test_libs.sh, issue 12); npm
# itself only where nodejs does not bring it (NodeSource builds do).
TEST_PKGS="$TEST_PKGS php-monolog python3-loguru python3-structlog python3-rich
 golang-github-sirupsen-logrus-dev golang-go.uber-zap-dev golang-golang-x-exp-dev rustc
 ruby-actionpack ruby-activesupport python3-pythonjsonlogger liblogback-java libslf4j-java"
# Real rotation for tests/e2e/test_rotation.sh (issue 12, item 4).
TEST_PKGS="$TEST_PKGS logrotate"
command -v npm > /dev/null 2>&1 || TEST_PKGS="$TEST_PKGS npm"

PKGS="$BUILD_PKGS $RUN_PKGS $TEST_PKGS"
check=""
for a in "$@"; do
	case $a in
	--build) PKGS=$BUILD_PKGS ;;
	--run) PKGS="$BUILD_PKGS $RUN_PKGS" ;;
	--check) check=1 ;;
	*)
		echo "usage: install-deps.sh [--build|--run] [--check]" >&2
		exit 2
		;;
	esac
done

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done

if [ -n "$check" ]; then
	[ -z "$missing" ] && exit 0
	echo "install-deps: missing:$missing" >&2
	exit 1
fi

[ -z "$missing" ] && { echo "install-deps: all packages present"; exit 0; }
if [ "$(id -u)" != 0 ]; then
	echo "install-deps: need root to install:$missing" >&2
	exit 1
fi
echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
