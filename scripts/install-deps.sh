#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Installs every Debian package that building, running and testing logtap needs.
# --check only reports (exit 1) whether something is missing.
set -eu

BUILD_PKGS="make gcc clang llvm libbpf-dev bpftool libelf-dev zlib1g-dev libjansson-dev
 libnats-dev pkg-config"
RUN_PKGS="ca-certificates"
TEST_PKGS="nats-server docker.io containerd podman busybox-static iproute2 openssl curl strace
 python3 openjdk-17-jdk-headless nodejs php-cli ruby golang-go
 golang-github-nats-io-jwt-dev golang-github-nats-io-nkeys-dev"
# Logging libraries for the reassembly tests (tests/e2e/test_libs.sh, issue 12); npm
# itself only where nodejs does not bring it (NodeSource builds do).
TEST_PKGS="$TEST_PKGS php-monolog python3-loguru python3-structlog python3-rich
 golang-github-sirupsen-logrus-dev golang-go.uber-zap-dev golang-golang-x-exp-dev rustc
 ruby-actionpack ruby-activesupport python3-pythonjsonlogger liblogback-java libslf4j-java"
command -v npm > /dev/null 2>&1 || TEST_PKGS="$TEST_PKGS npm"

PKGS="$BUILD_PKGS $RUN_PKGS $TEST_PKGS"

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done

if [ "${1:-}" = "--check" ]; then
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
