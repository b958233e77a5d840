/* SPDX-License-Identifier: Apache-2.0 */
/*
 * resolver.h - enrich's second half: the table of known containers and the thread
 * that asks the runtimes about them (Docker/Podman API, containerd and CRI-O state)
 * and follows the Docker /events stream. enrich.c is its only user.
 */
#ifndef LOGTAP_RESOLVER_H
#define LOGTAP_RESOLVER_H

#include <stdbool.h>
#include <stdint.h>

#include "cgroup.h"
#include "enrich_opts.h"
#include "lib/event.h"

/* One container. Created by resolver_get (main thread) or by a Docker start event
 * (resolver thread); freed only by resolver_expire on the main thread. */
struct ctr {
	struct cg_container cg; /* what the cgroup path said; immutable */
	struct ctr *next;	/* the resolver's list; under its lock */
	struct ctr *qnext;	/* the lookup queue; under its lock */
	/* Under the resolver's lock: */
	struct meta *meta; /* best known metadata, one reference; never NULL */
	bool done;	   /* lookups finished: meta is as good as it gets for now */
	bool queued;	   /* in the lookup queue */
	bool busy;	   /* being looked up right now (the thread holds a pointer) */
	bool partial;	   /* the runtime did not answer: meta has the id only */
	uint64_t dead_ns;  /* monotonic time of die/destroy; 0 while it runs */
	/* Main thread only (set once by the creator before it is published): */
	uint64_t used_ns; /* monotonic time of its latest event */
	unsigned waiting; /* its events in enrich's pending queue */
	bool expired;	  /* chosen by resolver_expire: about to be freed */
};

struct resolver;

/* Starts the thread. The strings in o must outlive the resolver. NULL with errno. */
struct resolver *resolver_new(const struct enrich_opts *o);
/* Stops the thread and frees every container. Accepts NULL. */
void resolver_free(struct resolver *r);

/* The container for cg (matched by id and containerd namespace), created with a
 * meta of id and runtime and queued for lookup when new. NULL on ENOMEM. */
struct ctr *resolver_get(struct resolver *r, const struct cg_container *cg, uint64_t now_ns);

/* A new reference to c's current meta; *done says whether lookups are finished. */
struct meta *resolver_meta(struct resolver *r, struct ctr *c, bool *done);

/* Takes out of the table containers gone for more than grace_ns, or without events for
 * more than idle_ns, that nothing waits for; marks them expired, hands the list (linked by
 * next) to drop() so the caller forgets its pointers, then frees them. */
void resolver_expire(struct resolver *r, uint64_t now_ns, uint64_t grace_ns, uint64_t idle_ns,
		     void (*drop)(void *ctx, struct ctr *list), void *ctx);

#endif
