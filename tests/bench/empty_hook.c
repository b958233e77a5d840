// SPDX-License-Identifier: Apache-2.0
/*
 * empty_hook.c - attaches tests/bench/empty.bpf.c and waits for SIGTERM;
 * prints "ready" once attached.
 */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "empty.skel.h"

static volatile sig_atomic_t done;

static void on_term(int sig)
{
	done = 1;
}

int main(void)
{
	struct empty_bpf *skel = empty_bpf__open_and_load();

	if (!skel || empty_bpf__attach(skel)) {
		fprintf(stderr, "empty_hook: cannot load/attach\n");
		return 1;
	}
	signal(SIGTERM, on_term);
	signal(SIGINT, on_term);
	fprintf(stderr, "ready\n");
	while (!done)
		pause();
	empty_bpf__destroy(skel);
	return 0;
}
