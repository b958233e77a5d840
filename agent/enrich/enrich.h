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

#include "enrich_opts.h"
#include "lib/event.h"

/* Receives each event once its metadata is known or the wait is over; owns e then. */
typedef void (*enrich_emit_fn)(void *ctx, struct event *e);

/* Starts the resolver thread; opts strings must outlive en. NULL with errno on failure.
 * emit runs on the caller's thread only (from enrich_push, enrich_tick, enrich_flush). */
struct enrich *enrich_new(const struct enrich_opts *opts, enrich_emit_fn emit, void *ctx);
/* Takes ownership of e; emits it now or from a later enrich_tick. Never waits for a runtime:
 * at most a few /proc and cgroupfs reads the first time a writer is seen. */
void enrich_push(struct enrich *en, struct event *e);
/* The container name of src's writer (tgid, mntns, cgroup_id), copied into buf, when the
 * runtime has already told it: true then. Never waits; a container seen for the first
 * time is queued for lookup, so a later call may know it. */
bool enrich_writer_name(struct enrich *en, const struct ev_source *src, char *buf, size_t len);
/* Emits events whose metadata arrived or whose wait is over (now_ns: monotonic). */
void enrich_tick(struct enrich *en, uint64_t now_ns);
/* Emits everything still waiting (shutdown). */
void enrich_flush(struct enrich *en);
/* The smallest mark (event.mark) of the events waiting, UINT64_MAX if none. */
uint64_t enrich_held_mark(const struct enrich *en);
/* Stops the resolver thread, frees events still waiting without emitting them, and the
 * caches. Accepts NULL. */
void enrich_free(struct enrich *en);

#endif
