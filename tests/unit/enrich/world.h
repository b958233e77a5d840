/* SPDX-License-Identifier: Apache-2.0 */
/*
 * world.h - the scratch world of the enrich tests: a temp dir with a fake /proc, the
 * fake Docker Engine API of fake_engine.h, enrich options pointing there, and the
 * collected output. Test code, shared by test_enrich.c and test_engines.c.
 */
#ifndef LOGTAP_TEST_WORLD_H
#define LOGTAP_TEST_WORLD_H

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "enrich/docker.h"
#include "enrich/enrich.h"
#include "enrich/oci.h"
#include "enrich/resolver.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "test.h"

#define X_ID	     "32204034b171d8be79eccdd901668ddfb73b31652bdc3b9a166120bcea5b299d"
#define Y_ID	     "9d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e"
#define K_ID	     "3f1c8e2a9b7d4c6e5f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a"
#define P_ID	     "52829491251fd71d6a30e1c4a9c40fc03df66d23fd5fcf9a697f78547fd1faf3"
#define CRIO_SANDBOX "5e1f0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7"
#define NS_A	     4026532001ull
#define NS_B	     4026532002ull

#include "fake_engine.h"

/* ---- a fake /proc and the collected output ---- */

static inline void fake_proc(const char *root, unsigned pid, const char *cgroup, uint64_t mntns)
{
	char path[512], link[64];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%u", root, pid);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/%u/ns", root, pid);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/%u/ns/mnt", root, pid);
	unlink(path);
	snprintf(link, sizeof(link), "mnt:[%llu]", (unsigned long long)mntns);
	if (symlink(link, path))
		perror("symlink");
	snprintf(path, sizeof(path), "%s/%u/cgroup", root, pid);
	f = fopen(path, "w");
	if (f) {
		fputs(cgroup, f);
		fclose(f);
	}
}

struct out {
	struct event *ev[64];
	int n;
};

static inline void collect(void *ctx, struct event *e)
{
	struct out *o = ctx;

	if (o->n < 64)
		o->ev[o->n++] = e;
	else
		event_free(e);
}

static inline void out_free(struct out *o)
{
	while (o->n)
		event_free(o->ev[--o->n]);
}

static inline struct event *ev(unsigned tgid, uint64_t mntns, uint64_t cgid, const char *msg)
{
	struct event *e = event_new();

	e->tgid = e->pid = tgid;
	e->mntns = mntns;
	e->cgroup_id = cgid;
	e->message = strdup(msg);
	e->message_len = strlen(msg);
	return e;
}

/* Ticks until o holds n events; false after a generous bound (a hang, not a timing). */
static inline bool wait_out(struct enrich *en, struct out *o, int n)
{
	int i;

	for (i = 0; i < 20000 && o->n < n; i++) {
		enrich_tick(en, clock_mono_ns());
		usleep(500);
	}
	return o->n >= n;
}

/* The collected event with this message, or NULL (containers may overtake each other). */
static inline struct event *by_msg(struct out *o, const char *msg)
{
	int i;

	for (i = 0; i < o->n; i++) {
		if (!strcmp(o->ev[i]->message, msg))
			return o->ev[i];
	}
	return NULL;
}

static inline const char *label(const struct meta *m, const char *key)
{
	size_t i;

	for (i = 0; m && i < m->nlabels; i++) {
		if (!strcmp(m->label_keys[i], key))
			return m->label_values[i];
	}
	return NULL;
}

/* A scratch world: temp dir with proc/, a fake docker and enrich options pointing there. */
struct world {
	char dir[64], proc[96], cgroot[96];
	struct fake *fake;
	struct enrich_opts o;
	struct out out;
};

static inline void world_up(struct world *w, uint64_t wait_ns)
{
	memset(w, 0, sizeof(*w));
	strcpy(w->dir, "/tmp/logtap-enrich-XXXXXX");
	if (!mkdtemp(w->dir))
		exit(1);
	snprintf(w->proc, sizeof(w->proc), "%s/proc", w->dir);
	mkdir(w->proc, 0700);
	w->fake = fake_start(w->dir);
	w->o = (struct enrich_opts){
	    .proc_root = w->proc,
	    .docker_socket = w->fake->sock,
	    .podman_socket = "/nonexistent/podman.sock",
	    .containerd_root = w->dir,
	    .crio_root = w->dir,
	    .storage_root = w->dir,
	    .cgroup_root = "",
	    .wait_ns = wait_ns,
	    .api_timeout_ms = 30000,
	};
}

static inline void world_down(struct world *w)
{
	char cmd[128];

	out_free(&w->out);
	fake_stop(w->fake);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", w->dir);
	if (system(cmd))
		fprintf(stderr, "  cleanup of %s failed\n", w->dir);
}

#endif
