/* SPDX-License-Identifier: Apache-2.0 */
/*
 * privs.h - least privilege once the BPF programs are attached: every capability
 * but the few the running agent still uses is dropped (effective, permitted,
 * inheritable, ambient and bounding sets) and no_new_privs is set. Called by main.
 */
#ifndef LOGTAP_PRIVS_H
#define LOGTAP_PRIVS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct privs_opts {
	bool net_bind; /* keep CAP_NET_BIND_SERVICE: metrics on a port below 1024 */
	/* Tries an operation on an already open BPF map, run with CAP_BPF, CAP_PERFMON
	 * and CAP_SYS_ADMIN off: 0 when it works (they are dropped), else the kernel
	 * still wants them for map updates (kernels before 6.5 with unprivileged BPF
	 * disabled) and they stay. NULL: dropped without asking. */
	int (*bpf_probe)(void *ctx);
	void *ctx;
};

/* Drops what the agent no longer needs; what stays is CAP_SYS_PTRACE and
 * CAP_DAC_READ_SEARCH (read-back and enrichment read other users' /proc entries and
 * log files) plus what opts asks for. Applies to the calling thread and the threads
 * it starts later: call it before any other thread exists. 0 or -errno (logged). */
int privs_drop(const struct privs_opts *opts);
/* The effective capability set of this thread as a bit mask (bit n: capability n). */
uint64_t privs_effective(void);
/* Writes "cap_sys_ptrace,cap_dac_read_search"-style names of mask into out. */
void privs_names(uint64_t mask, char *out, size_t size);

#endif
