// SPDX-License-Identifier: Apache-2.0
/*
 * test_privs.c - the capability drop after attach, for real in forked children
 * (it cannot be undone): what stays, the bounding set, no_new_privs, the BPF
 * probe deciding whether CAP_BPF and friends go. Needs root; passes as a no-op without.
 */
#include <errno.h>
#include <linux/capability.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/privs.h"
#include "test.h"

#define BIT(c) (1ull << (c))
#define KEPT   (BIT(CAP_SYS_PTRACE) | BIT(CAP_DAC_READ_SEARCH))
#ifndef CAP_BPF
#define CAP_BPF 39
#endif

static uint64_t eff_at_probe; /* the effective set while the probe ran */

static int probe_ok(void *ctx)
{
	eff_at_probe = privs_effective();
	return 0;
}

static int probe_eperm(void *ctx)
{
	eff_at_probe = privs_effective();
	return -EPERM;
}

/* Runs privs_drop(o) in a child; the child's checks: 0 when all held. */
static int in_child(const struct privs_opts *o, uint64_t want_eff)
{
	pid_t pid = fork();
	int st, bad = 0;

	if (pid == 0) {
		bad += privs_drop(o) != 0;
		bad += privs_effective() != want_eff;
		bad += prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1;
		bad += prctl(PR_CAPBSET_READ, CAP_SYS_ADMIN, 0, 0, 0) !=
		       !!(want_eff & BIT(CAP_SYS_ADMIN));
		bad += prctl(PR_CAPBSET_READ, CAP_SYS_PTRACE, 0, 0, 0) != 1;
		if (o->bpf_probe)
			bad += (eff_at_probe & BIT(CAP_BPF)) != 0; /* probed without it */
		_exit(bad);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

TEST(only_ptrace_and_dac_read_search_stay)
{
	struct privs_opts o = {0};

	if (geteuid())
		return;
	CHECK(in_child(&o, KEPT) == 0);
}

TEST(bpf_caps_go_when_maps_work_without_them)
{
	struct privs_opts o = {.bpf_probe = probe_ok};

	if (geteuid())
		return;
	CHECK(in_child(&o, KEPT) == 0);
}

TEST(bpf_caps_stay_when_the_kernel_wants_them)
{
	struct privs_opts o = {.bpf_probe = probe_eperm};
	uint64_t want = KEPT | BIT(CAP_BPF) | BIT(CAP_SYS_ADMIN) | BIT(38) /* perfmon */;

	if (geteuid())
		return;
	CHECK(in_child(&o, want) == 0);
}

TEST(net_bind_service_for_a_low_metrics_port)
{
	struct privs_opts o = {.net_bind = true};

	if (geteuid())
		return;
	CHECK(in_child(&o, KEPT | BIT(CAP_NET_BIND_SERVICE)) == 0);
}

TEST(names)
{
	char s[128];

	privs_names(KEPT, s, sizeof(s));
	CHECK_STR(s, "cap_dac_read_search,cap_sys_ptrace");
	privs_names(BIT(CAP_BPF) | BIT(63), s, sizeof(s));
	CHECK_STR(s, "cap_bpf,cap_63");
	privs_names(0, s, sizeof(s));
	CHECK_STR(s, "");
}

int main(void)
{
	if (geteuid())
		printf("test_privs: not root: the drop tests only run as root\n");
	RUN(only_ptrace_and_dac_read_search_stay);
	RUN(bpf_caps_go_when_maps_work_without_them);
	RUN(bpf_caps_stay_when_the_kernel_wants_them);
	RUN(net_bind_service_for_a_low_metrics_port);
	RUN(names);
	TEST_END();
}
