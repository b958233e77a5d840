// SPDX-License-Identifier: Apache-2.0
/*
 * enrich.c - attaches container metadata to events on the main thread without ever
 * waiting for a runtime: writers are mapped to containers from /proc and cgroupfs
 * once (cached by verified cgroup v2 id, else by tgid + mount namespace + cgroup id),
 * a container only when the writer is in that container's own cgroup (a process may
 * name a cgroup below its own like another container's),
 * the runtimes are asked by resolver.c's thread, and an event whose container is
 * still being looked up waits in a FIFO for at most wait_ns.
 */
#include "enrich.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cgroup.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "resolver.h"
#include "lib/hash.h"

#define BUCKETS		4096
#define SWEEP_NS	(10 * 1000000000ull)
#define GRACE_NS	(60 * 1000000000ull) /* a removed container's late events still match */
#define IDLE_NS		(600 * 1000000000ull) /* writers and containers silent this long are dropped */
#define CGROUP_TEXT_MAX 16384
#define RECHECK_NS                                                                                 \
	1000000000ull /* how often a writer slot checks that its pid is still its own              \
		       */

/* A cached answer: a verified cgroup id, or a writer (tgid, mount namespace, cgroup id),
 * -> its container or the host. A reused pid lands in another mount namespace or cgroup,
 * so it never matches the old writer's slot. */
struct slot {
	struct slot *next;
	uint64_t cgid;
	uint64_t mntns;	 /* 0 in the cgroup id table */
	uint32_t tgid;	 /* 0 in the cgroup id table */
	struct ctr *ctr; /* NULL: a host process */
	uint64_t used_ns;
	uint64_t start;	     /* writer slots: the process's start time, 0 when unknown */
	uint64_t checked_ns; /* writer slots: when start was last compared with /proc */
};

/* An event waiting for its container's metadata. */
struct pending {
	struct pending *next;
	struct event *e;      /* owned */
	struct ctr *ctr;      /* its container */
	uint64_t deadline_ns; /* goes out with what is known at this time */
};

struct enrich {
	struct enrich_opts opts;
	enrich_emit_fn emit;
	void *ctx;
	struct resolver *res;
	char cg2[PATH_MAX];	       /* cgroup2 mount point; "" when ids are not used */
	struct slot *by_cgid[BUCKETS]; /* verified cgroup v2 ids */
	struct slot *by_proc[BUCKETS]; /* writers */
	struct pending *head, **tail;  /* FIFO of waiting events */
	uint64_t held_mark;	       /* their smallest event.mark, UINT64_MAX if none */
	uint64_t sweep_ns;	       /* monotonic time of the latest sweep */
	uint64_t now_ns;	       /* the latest time enrich_now or enrich_tick saw */
};

static size_t slot_hash(uint64_t cgid, uint64_t mntns, uint32_t tgid)
{
	return hash_bucket(hash_add(hash_add(hash_mix64(cgid), mntns), tgid), BUCKETS - 1);
}

static struct slot *slot_find(struct slot **table, uint64_t cgid, uint64_t mntns, uint32_t tgid)
{
	struct slot *s = table[slot_hash(cgid, mntns, tgid)];

	while (s && !(s->cgid == cgid && s->mntns == mntns && s->tgid == tgid))
		s = s->next;
	return s;
}

/* NULL when out of memory: the writer is then looked up again next time. */
static struct slot *slot_add(struct slot **table, uint64_t cgid, uint64_t mntns, uint32_t tgid,
			     struct ctr *c, uint64_t now)
{
	struct slot *s = calloc(1, sizeof(*s)), **b = &table[slot_hash(cgid, mntns, tgid)];

	if (!s)
		return NULL;
	s->next = *b;
	s->cgid = cgid;
	s->mntns = mntns;
	s->tgid = tgid;
	s->ctr = c;
	s->used_ns = s->checked_ns = now;
	*b = s;
	return s;
}

static void slot_del(struct slot **table, struct slot *s)
{
	struct slot **pp = &table[slot_hash(s->cgid, s->mntns, s->tgid)];

	while (*pp && *pp != s)
		pp = &(*pp)->next;
	if (*pp)
		*pp = s->next;
	free(s);
}

/* True when the slot's pid now belongs to another process (its start time changed): a pid
 * reused within the same mount namespace and cgroup id (cgroup v1 hosts, where the id is
 * the root's, and namespace inodes that were freed and handed out again). */
static bool slot_stale(struct enrich *en, struct slot *s, uint64_t now)
{
	uint64_t start;

	if (!s->start || now - s->checked_ns < RECHECK_NS)
		return false;
	s->checked_ns = now;
	return !cgroup_start_time(en->opts.proc_root, s->tgid, &start) && start != s->start;
}

/* Drops slots of expired containers and slots idle since before `before`. */
static void slot_sweep(struct slot **table, uint64_t before)
{
	struct slot **pp, *s;
	size_t i;

	for (i = 0; i < BUCKETS; i++) {
		for (pp = &table[i]; (s = *pp);) {
			if ((s->ctr && s->ctr->expired) || s->used_ns < before) {
				*pp = s->next;
				free(s);
			} else {
				pp = &s->next;
			}
		}
	}
}

static void slot_free_all(struct slot **table)
{
	struct slot *s;
	size_t i;

	for (i = 0; i < BUCKETS; i++) {
		while ((s = table[i])) {
			table[i] = s->next;
			free(s);
		}
	}
}

/* True when the v2 line alone says where every process of e->cgroup_id lives: on a
 * pure v2 host, or when the v2 path is this very container's cgroup. On v1 hybrid
 * hosts the v2 root holds host and container processes alike. */
static bool v2_decides(struct enrich *en, const struct ev_source *e, const char *text,
		       const struct cg_container *cg, bool is_ctr)
{
	char v2[PATH_MAX];
	struct cg_container c2;
	const char *nl;
	uint64_t ino;

	if (!en->cg2[0] || !e->cgroup_id || cgroup_v2_line(text, v2, sizeof(v2)) ||
	    cgroup_path_inode(en->cg2, v2, &ino) || ino != e->cgroup_id)
		return false;
	nl = strchr(text, '\n');
	if (!strncmp(text, "0::", 3) && (!nl || !nl[1]))
		return true; /* pure cgroup v2 */
	return is_ctr && cgroup_parse_path(v2, &c2) &&
	       cgroup_confirm(&c2, en->opts.containerd_root) && !strcmp(c2.id, cg->id);
}

/* Whether a writer whose cgroup v2 path is path really is in container cg: the cgroup of
 * cg's init process, as the runtime's state names it, must be the path up to the
 * component naming cg, or below it. 1 yes, 0 no (a cgroup named like cg's, made below another
 * cgroup), -1 when no runtime state says (accepted: nothing there to pass for). */
static int owned(struct enrich *en, const char *path, const struct cg_container *cg)
{
	char text[CGROUP_TEXT_MAX], own[PATH_MAX];
	uint32_t pid;

	if (cgroup_owner_pid(cg, en->opts.containerd_root, en->opts.crio_root, &pid) ||
	    cgroup_read_proc(en->opts.proc_root, pid, text, sizeof(text)) ||
	    cgroup_v2_line(text, own, sizeof(own)))
		return -1;
	return cgroup_in_scope(path, own);
}

/* The container a writer in cgroup v2 path (cut in place) is in: the innermost one the
 * path names whose own cgroup it is in, walking out past every name it is not in. */
static bool ctr_of_path(struct enrich *en, char *path, struct cg_container *cg)
{
	int depth;

	for (depth = 0; depth < 8; depth++) {
		if (!cgroup_parse_path(path, cg) || !cgroup_confirm(cg, en->opts.containerd_root))
			return false;
		if (owned(en, path, cg))
			return true;
		log_debug("enrich: %s is not the cgroup of container %.12s", path, cg->id);
		path[cg->scope_start] = '\0';
	}
	return false;
}

/* The writer has gone (or its pid is someone else's now): its cgroup id still names
 * the cgroup, as long as the cgroup exists. */
static int locate_by_id(struct enrich *en, const struct ev_source *e, struct cg_container *cg,
			bool *verified)
{
	char path[PATH_MAX];
	int err;

	if (!en->cg2[0] || !e->cgroup_id)
		return -ESRCH;
	err = cgroup_path_from_id(en->cg2, e->cgroup_id, path, sizeof(path));
	if (err)
		return err;
	if (!ctr_of_path(en, path, cg))
		return -ESRCH;
	*verified = true;
	return 1;
}

/* Where e's writer lives. 1: a container (cg), 0: the host, or a negative errno when it
 * cannot be told. *verified: the answer holds for every process of e->cgroup_id. */
static int locate(struct enrich *en, const struct ev_source *e, struct cg_container *cg, bool *verified)
{
	char text[CGROUP_TEXT_MAX], v2[PATH_MAX];
	struct cg_container c2;
	uint64_t ns = 0;
	bool is_ctr;
	int err;

	*verified = false;
	err = cgroup_read_proc(en->opts.proc_root, e->tgid, text, sizeof(text));
	if (!err && e->mntns && (cgroup_mntns(en->opts.proc_root, e->tgid, &ns) || ns != e->mntns))
		err = -ESRCH;
	if (err)
		return locate_by_id(en, e, cg, verified);
	is_ctr = cgroup_parse_proc(text, cg) && cgroup_confirm(cg, en->opts.containerd_root);
	if (is_ctr && !cgroup_v2_line(text, v2, sizeof(v2)) && cgroup_parse_path(v2, &c2) &&
	    !strcmp(c2.id, cg->id))
		is_ctr = ctr_of_path(en, v2, cg);
	*verified = v2_decides(en, e, text, cg, is_ctr);
	return is_ctr;
}

/* The container of e's writer (NULL: host or unknown), from the caches or located now. */
static struct ctr *writer_ctr(struct enrich *en, const struct ev_source *e, uint64_t now)
{
	struct slot *s = e->cgroup_id ? slot_find(en->by_cgid, e->cgroup_id, 0, 0) : NULL;
	struct cg_container cg;
	struct ctr *c = NULL;
	bool verified;
	int where;

	if (!s) {
		s = slot_find(en->by_proc, e->cgroup_id, e->mntns, e->tgid);
		if (s && slot_stale(en, s, now)) {
			slot_del(en->by_proc, s);
			s = NULL;
		}
	}
	if (s) {
		s->used_ns = now;
		return s->ctr;
	}
	where = locate(en, e, &cg, &verified);
	if (where < 0 && e->cgroup_id && en->opts.recall &&
	    en->opts.recall(en->opts.kept_ctx, e->cgroup_id, &cg)) {
		log_debug("enrich: pid %u: container %.12s, as an earlier agent found it", e->tgid,
			  cg.id);
		where = 1; /* its cgroup is gone: the id stays this container's */
		verified = true;
	} else if (where == 1 && verified && en->opts.keep) {
		en->opts.keep(en->opts.kept_ctx, e->cgroup_id, &cg);
	}
	if (where < 0) {
		log_debug("enrich: pid %u: container unknown (%s)", e->tgid, strerror(-where));
		/* remember the miss: a gone writer (replay, short-lived processes) would
		 * otherwise cost several syscalls per event; a live one is retried once
		 * per RECHECK_NS as its start time never equals the sentinel */
		s = slot_add(en->by_proc, e->cgroup_id, e->mntns, e->tgid, NULL, now);
		if (s) {
			s->start = UINT64_MAX;
			s->checked_ns = now;
		}
		return NULL;
	}
	if (where == 1) {
		c = resolver_get(en->res, &cg, now);
		if (!c)
			return NULL;
	}
	if (verified) {
		slot_add(en->by_cgid, e->cgroup_id, 0, 0, c, now);
	} else {
		s = slot_add(en->by_proc, e->cgroup_id, e->mntns, e->tgid, c, now);
		if (s && cgroup_start_time(en->opts.proc_root, e->tgid, &s->start))
			s->start = 0;
	}
	return c;
}

struct enrich *enrich_new(const struct enrich_opts *opts, enrich_emit_fn emit, void *ctx)
{
	struct enrich *en = calloc(1, sizeof(*en));
	int err;

	if (!en)
		return NULL;
	en->opts = *opts;
	if (!en->opts.proc_root)
		en->opts.proc_root = "/proc";
	en->emit = emit;
	en->ctx = ctx;
	en->tail = &en->head;
	en->held_mark = UINT64_MAX;
	if (opts->cgroup_root)
		snprintf(en->cg2, sizeof(en->cg2), "%s", opts->cgroup_root);
	else if ((err = cgroup_v2_mount(en->cg2, sizeof(en->cg2))))
		log_info("enrich: no cgroup2 mount (%s); containers are told by /proc only",
			 strerror(-err));
	en->res = resolver_new(&en->opts);
	if (!en->res) {
		err = errno;
		free(en);
		errno = err;
		return NULL;
	}
	return en;
}

/* Monotonic time for an event's slot and wait, from the coarse clock: it reads no TSC
 * (25 ns a call in a VM, a fiftieth of the agent's time at one call per event) and runs
 * up to one tick (1 to 10 ms) behind, so a wait for metadata may end that much early.
 * Never before a time already used here or given to enrich_tick, so ages and
 * deadlines never go backwards. */
static uint64_t enrich_now(struct enrich *en)
{
	uint64_t now = clock_ns(CLOCK_MONOTONIC_COARSE);

	if (now > en->now_ns)
		en->now_ns = now;
	return en->now_ns;
}

static void emit_with(struct enrich *en, struct event *e, struct meta *m)
{
	meta_unref(e->meta);
	e->meta = m;
	en->emit(en->ctx, e);
}

void enrich_push(struct enrich *en, struct event *e)
{
	const struct ev_source src = {.tgid = e->tgid, .cgroup_id = e->cgroup_id, .mntns = e->mntns};
	uint64_t now = enrich_now(en);
	struct ctr *c = writer_ctr(en, &src, now);
	struct pending *p;
	struct meta *m;
	bool done;

	if (!c) {
		emit_with(en, e, NULL);
		return;
	}
	c->used_ns = now;
	m = resolver_meta(en->res, c, &done);
	/* Behind an earlier event of the same container: keep their order. */
	if (!c->waiting && (done || !en->opts.wait_ns)) {
		emit_with(en, e, m);
		return;
	}
	meta_unref(m);
	p = malloc(sizeof(*p));
	if (!p) {
		emit_with(en, e, resolver_meta(en->res, c, &done));
		return;
	}
	*p = (struct pending){NULL, e, c, now + en->opts.wait_ns};
	*en->tail = p;
	en->tail = &p->next;
	c->waiting++;
	if (e->mark < en->held_mark)
		en->held_mark = e->mark;
}

bool enrich_writer_name(struct enrich *en, const struct ev_source *src, char *buf, size_t len)
{
	struct ctr *c = writer_ctr(en, src, enrich_now(en));
	struct meta *m;
	bool done, named;

	if (!c)
		return false;
	m = resolver_meta(en->res, c, &done);
	named = m && m->container_name && len > strlen(m->container_name);
	if (named)
		strcpy(buf, m->container_name);
	meta_unref(m);
	return named;
}

/* Emits waiting events that are ready (all of them when force), keeping the others in
 * order. Later events of a container become ready no earlier than its earlier ones. */
static void drain(struct enrich *en, uint64_t now, bool force)
{
	struct pending **pp = &en->head, *p;
	struct meta *m;
	bool done;

	en->held_mark = UINT64_MAX; /* of the events kept */
	while ((p = *pp)) {
		m = resolver_meta(en->res, p->ctr, &done);
		if (!done && !force && now < p->deadline_ns) {
			meta_unref(m);
			if (p->e->mark < en->held_mark)
				en->held_mark = p->e->mark;
			pp = &p->next;
			continue;
		}
		*pp = p->next;
		p->ctr->waiting--;
		emit_with(en, p->e, m);
		free(p);
	}
	en->tail = pp;
}

/* Drops slots of expired containers and slots without events for IDLE_NS. */
static void sweep_slots(struct enrich *en)
{
	uint64_t before = en->sweep_ns > IDLE_NS ? en->sweep_ns - IDLE_NS : 0;

	slot_sweep(en->by_cgid, before);
	slot_sweep(en->by_proc, before);
}

static void drop_expired(void *ctx, struct ctr *list)
{
	(void)list; /* each is marked expired; one pass over the tables finds them all */
	sweep_slots(ctx);
}

void enrich_tick(struct enrich *en, uint64_t now_ns)
{
	if (now_ns > en->now_ns)
		en->now_ns = now_ns;
	if (en->head)
		drain(en, now_ns, false);
	if (now_ns < en->sweep_ns + SWEEP_NS)
		return;
	en->sweep_ns = now_ns;
	resolver_expire(en->res, now_ns, GRACE_NS, IDLE_NS, drop_expired, en);
	sweep_slots(en); /* host writers have no container to expire with them */
}

uint64_t enrich_held_mark(const struct enrich *en)
{
	return en->held_mark;
}

void enrich_flush(struct enrich *en)
{
	drain(en, 0, true);
}

void enrich_free(struct enrich *en)
{
	struct pending *p;

	if (!en)
		return;
	while ((p = en->head)) {
		en->head = p->next;
		event_free(p->e);
		free(p);
	}
	resolver_free(en->res);
	slot_free_all(en->by_cgid);
	slot_free_all(en->by_proc);
	free(en);
}
