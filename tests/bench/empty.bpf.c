// SPDX-License-Identifier: GPL-2.0 OR Apache-2.0
/*
 * empty.bpf.c - the benchmark's floor: an empty sys_exit program, to measure
 * what the syscall tracing slow path alone costs.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("tp_btf/sys_exit")
int BPF_PROG(empty_sys_exit, struct pt_regs *regs, long ret)
{
	return 0;
}

/* The GPL-2.0 side of "GPL-2.0 OR Apache-2.0" is what the kernel checks (see LICENSE). */
char LICENSE[] SEC("license") = "GPL";
