#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Regenerates vmlinux/<arch>/vmlinux.h from the running kernel's BTF.
# The checked-in header is what the build uses; run this on a new architecture.
set -eu
arch=$(uname -m)
dir=$(dirname "$0")/../vmlinux/$arch
mkdir -p "$dir"
bpftool btf dump file /sys/kernel/btf/vmlinux format c > "$dir/vmlinux.h.tmp"
mv "$dir/vmlinux.h.tmp" "$dir/vmlinux.h"
echo "wrote $dir/vmlinux.h"
