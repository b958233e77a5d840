// SPDX-License-Identifier: Apache-2.0
/*
 * privs.c - drops the capabilities the agent no longer needs once capture is
 * attached, with the raw capget/capset/prctl system calls (no libcap): the
 * bounding set first (that needs CAP_SETPCAP), then ambient, inheritable,
 * permitted and effective sets, then PR_SET_NO_NEW_PRIVS.
 */
#include "privs.h"

#include <dirent.h>
#include <errno.h>
#include <linux/capability.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "lib/log.h"

#ifndef CAP_PERFMON
#define CAP_PERFMON 38
#endif
#ifndef CAP_BPF
#define CAP_BPF 39
#endif
#ifndef PR_CAP_AMBIENT
#define PR_CAP_AMBIENT		 47
#define PR_CAP_AMBIENT_CLEAR_ALL 4
#endif

#define BIT(c)	  (1ull << (c))
#define PRIVS_BPF (BIT(CAP_BPF) | BIT(CAP_PERFMON) | BIT(CAP_SYS_ADMIN))

/* The three sets of this thread, 64 bits each (two 32-bit words in the ABI). */
struct capsets {
	uint64_t eff, perm, inh;
};

static int caps_get(struct capsets *cs)
{
	struct __user_cap_header_struct h = {.version = _LINUX_CAPABILITY_VERSION_3};
	struct __user_cap_data_struct d[2];

	if (syscall(SYS_capget, &h, d))
		return -errno;
	cs->eff = d[0].effective | (uint64_t)d[1].effective << 32;
	cs->perm = d[0].permitted | (uint64_t)d[1].permitted << 32;
	cs->inh = d[0].inheritable | (uint64_t)d[1].inheritable << 32;
	return 0;
}

static int caps_set(const struct capsets *cs)
{
	struct __user_cap_header_struct h = {.version = _LINUX_CAPABILITY_VERSION_3};
	struct __user_cap_data_struct d[2] = {
	    {(uint32_t)cs->eff, (uint32_t)cs->perm, (uint32_t)cs->inh},
	    {(uint32_t)(cs->eff >> 32), (uint32_t)(cs->perm >> 32), (uint32_t)(cs->inh >> 32)},
	};

	return syscall(SYS_capset, &h, d) ? -errno : 0;
}

uint64_t privs_effective(void)
{
	struct capsets cs;

	return caps_get(&cs) ? 0 : cs.eff;
}

/* Every capability the kernel knows outside keep leaves the bounding set, so that
 * not even an exec of a set-user-ID-root file could bring it back. */
static int drop_bounding(uint64_t keep)
{
	int cap;

	for (cap = 0; cap < 64; cap++) {
		if (keep & BIT(cap))
			continue;
		if (prctl(PR_CAPBSET_READ, cap, 0, 0, 0) < 0)
			break; /* past the last capability of this kernel */
		if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) && errno != EINVAL)
			return -errno;
	}
	return 0;
}

/* With the BPF capabilities off in the effective set only (they stay permitted), asks
 * the probe whether open maps still work; true when they can go. */
static bool bpf_caps_unneeded(const struct privs_opts *o, struct capsets cs)
{
	int err;

	if (!o->bpf_probe)
		return true;
	cs.eff &= ~PRIVS_BPF;
	if (caps_set(&cs))
		return false;
	err = o->bpf_probe(o->ctx);
	if (err)
		log_info("privs: a BPF map operation fails without CAP_BPF on this kernel (%s); "
			 "CAP_BPF, CAP_PERFMON and CAP_SYS_ADMIN stay",
			 strerror(-err));
	return !err;
}

static int threads(void)
{
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;
	int n = 0;

	while (d && (e = readdir(d)))
		n += e->d_name[0] != '.';
	if (d)
		closedir(d);
	return n;
}

int privs_drop(const struct privs_opts *o)
{
	uint64_t keep = BIT(CAP_SYS_PTRACE) | BIT(CAP_DAC_READ_SEARCH);
	struct capsets cs;
	char names[512];
	int err, n;

	if (o->net_bind)
		keep |= BIT(CAP_NET_BIND_SERVICE);
	err = caps_get(&cs);
	if (err)
		goto fail;
	keep &= cs.perm;
	/* CAP_SETPCAP stays until the bounding set is done */
	cs = (struct capsets){.perm = cs.perm & (keep | PRIVS_BPF | BIT(CAP_SETPCAP))};
	cs.eff = cs.perm;
	err = caps_set(&cs);
	if (err)
		goto fail;
	if (!bpf_caps_unneeded(o, cs))
		keep |= cs.perm & PRIVS_BPF;
	cs.eff = cs.perm;
	err = caps_set(&cs);
	if (!err && (cs.perm & BIT(CAP_SETPCAP)))
		err = drop_bounding(keep);
	if (err)
		goto fail;
	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) && errno != EINVAL) {
		err = -errno;
		goto fail;
	}
	cs = (struct capsets){.eff = keep, .perm = keep};
	err = caps_set(&cs);
	if (!err && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		err = -errno;
	if (err)
		goto fail;
	privs_names(keep, names, sizeof(names));
	log_info("privs: capabilities dropped; kept %s; no_new_privs set", *names ? names : "none");
	n = threads();
	if (n > 1)
		log_warn("privs: %d threads were started before the drop and keep their "
			 "capabilities",
			 n - 1);
	return 0;
fail:
	log_error("privs: cannot drop capabilities: %s", strerror(-err));
	return err;
}

static const char *const cap_names[] = {
    "chown",
    "dac_override",
    "dac_read_search",
    "fowner",
    "fsetid",
    "kill",
    "setgid",
    "setuid",
    "setpcap",
    "linux_immutable",
    "net_bind_service",
    "net_broadcast",
    "net_admin",
    "net_raw",
    "ipc_lock",
    "ipc_owner",
    "sys_module",
    "sys_rawio",
    "sys_chroot",
    "sys_ptrace",
    "sys_pacct",
    "sys_admin",
    "sys_boot",
    "sys_nice",
    "sys_resource",
    "sys_time",
    "sys_tty_config",
    "mknod",
    "lease",
    "audit_write",
    "audit_control",
    "setfcap",
    "mac_override",
    "mac_admin",
    "syslog",
    "wake_alarm",
    "block_suspend",
    "audit_read",
    "perfmon",
    "bpf",
    "checkpoint_restore",
};

void privs_names(uint64_t mask, char *out, size_t size)
{
	size_t len = 0, ncap = sizeof(cap_names) / sizeof(cap_names[0]);
	unsigned int cap;
	int w;

	if (size)
		*out = '\0';
	for (cap = 0; cap < 64 && len < size; cap++) {
		if (!(mask & BIT(cap)))
			continue;
		if (cap < ncap)
			w = snprintf(out + len, size - len, "%scap_%s", len ? "," : "",
				     cap_names[cap]);
		else
			w = snprintf(out + len, size - len, "%scap_%u", len ? "," : "", cap);
		if (w < 0)
			return;
		len += (size_t)w;
	}
}
