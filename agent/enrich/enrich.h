/* SPDX-License-Identifier: Apache-2.0 */
/*
 * enrich.h - attaches container metadata (Docker, containerd/CRI, CRI-O,
 * Podman; compose and Kubernetes fields) to events. Lookups run off the
 * capture path: an unresolved event waits at most wait_ns, then goes out.
 */
#ifndef LOGTAP_ENRICH_H
#define LOGTAP_ENRICH_H

#include <stdbool.h>
#include <stdint.h>

#include "cli/options.h"
#include "lib/event.h"

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
};

/* Receives each event once its metadata is known or the wait is over; owns e then. */
typedef void (*enrich_emit_fn)(void *ctx, struct event *e);

/* Starts the resolver thread; opts strings must outlive en. NULL with errno on failure.
 * emit runs on the caller's thread only (from enrich_push, enrich_tick, enrich_flush). */
struct enrich *enrich_new(const struct enrich_opts *opts, enrich_emit_fn emit, void *ctx);
/* Takes ownership of e; emits it now or from a later enrich_tick. Never waits for a runtime:
 * at most a few /proc and cgroupfs reads the first time a writer is seen. */
void enrich_push(struct enrich *en, struct event *e);
/* Emits events whose metadata arrived or whose wait is over (now_ns: monotonic). */
void enrich_tick(struct enrich *en, uint64_t now_ns);
/* Emits everything still waiting (shutdown). */
void enrich_flush(struct enrich *en);
/* Stops the resolver thread, frees events still waiting without emitting them, and the
 * caches. Accepts NULL. */
void enrich_free(struct enrich *en);

/* True when the event passes the capture filters of o: --container NAME|ID (exact name or
 * id prefix), --pod, --namespace (exact), --label KEY=VALUE (KEY alone: present), --pid
 * (tgid or thread id). Values of one flag are OR'ed, different flags AND'ed; true when no
 * such filter is set. Events without metadata pass only --pid. */
bool enrich_filter_match(const struct lt_options *o, const struct event *e);

#endif
