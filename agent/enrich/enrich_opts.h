/* SPDX-License-Identifier: Apache-2.0 */
/*
 * enrich_opts.h - the settings of the enrich stage, shared by enrich.c (the main
 * thread side) and resolver.c (the runtime side) without either including the other.
 */
#ifndef LOGTAP_ENRICH_OPTS_H
#define LOGTAP_ENRICH_OPTS_H

#include <stdbool.h>
#include <stdint.h>

struct cg_container;

struct enrich_opts {
	const char *proc_root;	     /* "/proc" */
	const char *docker_socket;   /* NULL: default /var/run/docker.sock */
	const char *podman_socket;   /* NULL: default /run/podman/podman.sock */
	const char *containerd_root; /* NULL: default /run/containerd */
	const char *crio_root;	     /* NULL: default /run/containers/storage (CRI-O runroot) */
	uint64_t wait_ns;	     /* max time an event waits for metadata */
	bool host;		     /* host processes are in scope */
	/* Added with the metadata issue; zero values mean the defaults. */
	const char *storage_root; /* NULL: /var/lib/containers/storage (Podman, CRI-O graphroot) */
	const char *cgroup_root;  /* NULL: the cgroup2 mount from /proc/self/mountinfo; "": do
				   * not use cgroup v2 ids (tests, pure v1 hosts) */
	int api_timeout_ms;	  /* 0: 2000; per runtime API call, on the resolver thread */
	/* The container of a cgroup v2 id kept for the next agent (keep), and the one an
	 * earlier agent kept, for a writer whose cgroup is gone (recall): its container
	 * exited while no agent ran. NULL: none. Called on the main thread. */
	void (*keep)(void *ctx, uint64_t cgid, const struct cg_container *cg);
	bool (*recall)(void *ctx, uint64_t cgid, struct cg_container *out);
	void *kept_ctx;
};

#endif
