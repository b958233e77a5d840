// SPDX-License-Identifier: Apache-2.0
/*
 * resolver.c - the container table and the thread that fills it: runtime API calls
 * and state file reads happen here, never on the capture path. The thread also keeps
 * the Docker /events stream open to refresh names (rename), prefetch new containers
 * (start) and let removed ones go (die, destroy). A runtime that is not there is
 * reported once, when it is first needed, and once more when it comes back.
 */
#include "resolver.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "docker.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "oci.h"

#define EVENTS_RETRY_NS (10 * 1000000000ull)
#define POLL_MS		1000
#define API_RETRY_NS	(10 * 1000000000ull) /* an unreachable API is asked again after this */

enum rt_src { SRC_DOCKER, SRC_PODMAN, SRC_CONTAINERD, SRC_CRIO, SRC_COUNT };

#define NSTREAMS 2 /* Docker, Podman */

/* The /events stream of an Engine API: Docker's from the start, Podman's once its API
 * has answered (most hosts have no Podman service). */
struct stream {
	struct resolver *r;
	enum rt_src src;	  /* SRC_DOCKER or SRC_PODMAN */
	enum cg_runtime rt;	  /* runtime of the containers it reports */
	bool wanted;		  /* worth opening */
	struct docker_events *es; /* the open stream, or NULL */
	uint64_t retry_ns;	  /* next attempt to open it */
	const char *fallback;	  /* what happens while it is down, for the log */
};

struct resolver {
	struct enrich_opts o;	      /* borrowed strings */
	const char *where[SRC_COUNT]; /* socket or state directory of each source */
	pthread_mutex_t lock;	      /* guards the fields below up to the thread's own */
	pthread_t thread;
	bool started; /* the thread runs */
	int wake_fd;  /* eventfd: work queued or stop */
	bool stop;
	struct ctr *ctrs;	    /* every known container */
	struct ctr *qhead, **qtail; /* lookup queue */
	/* The thread's own: */
	struct stream streams[NSTREAMS]; /* /events of Docker and Podman */
	int state[SRC_COUNT];		 /* 0 unknown, 1 reachable, -1 reported unreachable */
	uint64_t retry_ns[SRC_COUNT];	 /* an unreachable API is asked again from then on */
};

static const char *const src_names[SRC_COUNT] = {"docker", "podman", "containerd", "cri-o"};

/* Logs a change of a source's reachability, once per change. */
static void src_status(struct resolver *r, enum rt_src s, bool down, int err, const char *fallback)
{
	if (down && r->state[s] >= 0) {
		log_info("enrich: %s: not reachable at %s (%s); %s", src_names[s], r->where[s],
			 strerror(-err), fallback);
		r->state[s] = -1;
	} else if (!down && r->state[s] < 0) {
		log_info("enrich: %s: reachable again at %s", src_names[s], r->where[s]);
		r->state[s] = 1;
	} else if (!down) {
		r->state[s] = 1;
	}
}

/* An API answer other than "no such container" or a bad reply means it is not there. */
static void api_status(struct resolver *r, enum rt_src s, int err, const char *fallback)
{
	src_status(r, s, err && err != -ESRCH && err != -EPROTO, err, fallback);
}

/* File-based sources are down when their state directory does not exist. */
static int dir_status(struct resolver *r, enum rt_src s)
{
	struct stat st;
	int err = stat(r->where[s], &st) ? -errno : 0;

	src_status(r, s, err != 0, err, "its containers get ids only");
	return err;
}

/* An API found down is not asked again for API_RETRY_NS: a socket that accepts but never
 * answers would otherwise cost its whole timeout for every container. */
static int api_inspect(struct resolver *r, enum rt_src s, const struct ctr *c, const char *rt,
		       const char *fallback, struct meta **m)
{
	uint64_t now = clock_mono_ns();
	int err;

	if (r->state[s] < 0 && now < r->retry_ns[s])
		return -EHOSTDOWN;
	err = docker_inspect(r->where[s], c->cg.id, rt, r->o.api_timeout_ms, m);
	api_status(r, s, err, fallback);
	if (r->state[s] < 0)
		r->retry_ns[s] = clock_mono_ns() + API_RETRY_NS;
	return err;
}

static int from_docker(struct resolver *r, const struct ctr *c, struct meta **m)
{
	return api_inspect(r, SRC_DOCKER, c, "docker", r->streams[0].fallback, m);
}

static int from_podman(struct resolver *r, const struct ctr *c, struct meta **m)
{
	int err = api_inspect(r, SRC_PODMAN, c, "podman", r->streams[1].fallback, m);

	if (!err)
		r->streams[1].wanted = true;
	else if (err != -ESRCH)
		err = oci_podman(r->o.storage_root, c->cg.id, m);
	return err;
}

static int from_containerd(struct resolver *r, const char *ns, const struct ctr *c, struct meta **m)
{
	if (dir_status(r, SRC_CONTAINERD))
		return -ENOENT;
	return oci_containerd(r->where[SRC_CONTAINERD], ns, c->cg.id, m);
}

static int from_crio(struct resolver *r, const struct ctr *c, struct meta **m)
{
	int err = oci_crio(r->where[SRC_CRIO], r->o.storage_root, c->cg.id, m);

	if (err == -ENOENT)
		dir_status(r, SRC_CRIO);
	return err;
}

/* Asks whoever knows this container; the cgroup path said which runtime it is. */
static int lookup(struct resolver *r, const struct ctr *c, struct meta **m)
{
	int err;

	switch (c->cg.runtime) {
	case CG_RT_DOCKER:
		return from_docker(r, c, m);
	case CG_RT_PODMAN:
		return from_podman(r, c, m);
	case CG_RT_CONTAINERD:
		return from_containerd(r, c->cg.ns, c, m);
	case CG_RT_CRIO:
		return from_crio(r, c, m);
	case CG_RT_KUBE: /* cgroupfs driver: try each Kubernetes runtime */
		err = oci_containerd(r->where[SRC_CONTAINERD], "k8s.io", c->cg.id, m);
		if (err == -ENOENT)
			err = oci_crio(r->where[SRC_CRIO], r->o.storage_root, c->cg.id, m);
		if (err == -ENOENT)
			err = docker_inspect(r->where[SRC_DOCKER], c->cg.id, "docker",
					     r->o.api_timeout_ms, m);
		return err;
	default:
		return -ENOENT;
	}
}

static void queue_locked(struct resolver *r, struct ctr *c)
{
	uint64_t one = 1;

	if (c->queued)
		return;
	c->queued = true;
	c->qnext = NULL;
	*r->qtail = c;
	r->qtail = &c->qnext;
	if (write(r->wake_fd, &one, sizeof(one)) < 0)
		log_debug("enrich: wake: %s", strerror(errno));
}

static struct ctr *queue_pop(struct resolver *r)
{
	struct ctr *c;

	pthread_mutex_lock(&r->lock);
	c = r->qhead;
	if (c) {
		r->qhead = c->qnext;
		if (!r->qhead)
			r->qtail = &r->qhead;
		c->queued = false;
		c->busy = true;
	}
	pthread_mutex_unlock(&r->lock);
	return c;
}

static void resolve_one(struct resolver *r, struct ctr *c)
{
	struct meta *m = NULL;
	int err = lookup(r, c, &m);

	if (err)
		log_debug("enrich: %s %.12s: no metadata (%s)", cgroup_runtime_name(c->cg.runtime),
			  c->cg.id, strerror(-err));
	pthread_mutex_lock(&r->lock);
	if (m) {
		meta_unref(c->meta);
		c->meta = m;
	}
	c->partial = err != 0;
	c->done = true;
	c->busy = false;
	pthread_mutex_unlock(&r->lock);
}

static struct ctr *find_locked(struct resolver *r, const char *id, const char *ns)
{
	struct ctr *c;

	for (c = r->ctrs; c; c = c->next) {
		if (!strcmp(c->cg.id, id) && (!ns || !strcmp(c->cg.ns, ns)))
			return c;
	}
	return NULL;
}

static struct ctr *ctr_new(const struct cg_container *cg, uint64_t now_ns)
{
	struct ctr *c = calloc(1, sizeof(*c));
	const char *rt = cg->runtime == CG_RT_KUBE ? NULL : cgroup_runtime_name(cg->runtime);

	if (!c)
		return NULL;
	c->cg = *cg;
	c->used_ns = now_ns;
	c->meta = meta_new();
	if (!c->meta || !(c->meta->container_id = strdup(cg->id)) ||
	    (rt && !(c->meta->container_runtime = strdup(rt)))) {
		meta_unref(c->meta);
		free(c);
		return NULL;
	}
	return c;
}

static void on_event(void *ctx, const struct docker_event *ev)
{
	struct stream *st = ctx;
	struct resolver *r = st->r;
	struct cg_container cg = {.runtime = st->rt};
	struct ctr *c;

	snprintf(cg.id, sizeof(cg.id), "%s", ev->id);
	log_debug("enrich: %s: %s %.12s %s", src_names[st->src], ev->action, ev->id, ev->name);
	pthread_mutex_lock(&r->lock);
	c = find_locked(r, cg.id, NULL);
	if (!c && !strcmp(ev->action, "start")) {
		c = ctr_new(&cg, clock_mono_ns()); /* prefetch: its first lines need not wait */
		if (c) {
			c->next = r->ctrs;
			r->ctrs = c;
		}
	}
	if (c && (!strcmp(ev->action, "start") || !strcmp(ev->action, "rename"))) {
		c->dead_ns = 0;
		queue_locked(r, c);
	} else if (c && !c->dead_ns) {
		c->dead_ns = clock_mono_ns();
	}
	pthread_mutex_unlock(&r->lock);
}

/* After an API comes (back): its containers that got ids only are asked again. */
static void requeue_partial(struct resolver *r, enum cg_runtime rt)
{
	struct ctr *c;

	pthread_mutex_lock(&r->lock);
	for (c = r->ctrs; c; c = c->next) {
		if (c->partial && c->cg.runtime == rt)
			queue_locked(r, c);
	}
	pthread_mutex_unlock(&r->lock);
}

static void events_ensure(struct stream *st)
{
	struct resolver *r = st->r;
	uint64_t now = clock_mono_ns();
	bool was_down = r->state[st->src] < 0;

	if (!st->wanted || st->es || now < st->retry_ns)
		return;
	st->es = docker_events_open(r->where[st->src], r->o.api_timeout_ms);
	api_status(r, st->src, st->es ? 0 : -errno, st->fallback);
	if (!st->es)
		st->retry_ns = now + EVENTS_RETRY_NS;
	else if (was_down)
		requeue_partial(r, st->rt);
}

static void events_read(struct stream *st)
{
	int err = docker_events_read(st->es, on_event, st);

	if (!err)
		return;
	log_info("enrich: %s: events stream ended (%s); reopening", src_names[st->src],
		 strerror(-err));
	docker_events_free(st->es);
	st->es = NULL;
	st->retry_ns = clock_mono_ns() + EVENTS_RETRY_NS / 10;
}

static bool stopping(struct resolver *r)
{
	bool stop;

	pthread_mutex_lock(&r->lock);
	stop = r->stop;
	pthread_mutex_unlock(&r->lock);
	return stop;
}

static void *resolver_main(void *arg)
{
	struct resolver *r = arg;
	struct pollfd p[1 + NSTREAMS];
	struct ctr *c;
	uint64_t n;
	int i;

	pthread_setname_np(pthread_self(), "logtap-resolver"); /* in top -H, ps -L, perf */
	while (!stopping(r)) {
		p[0] = (struct pollfd){.fd = r->wake_fd, .events = POLLIN};
		for (i = 0; i < NSTREAMS; i++) {
			events_ensure(&r->streams[i]);
			p[1 + i] = (struct pollfd){
			    .fd = r->streams[i].es ? docker_events_fd(r->streams[i].es) : -1,
			    .events = POLLIN};
		}
		if (poll(p, 1 + NSTREAMS, POLL_MS) > 0) {
			if ((p[0].revents & POLLIN) && read(r->wake_fd, &n, sizeof(n)) < 0)
				log_debug("enrich: wake: %s", strerror(errno));
			for (i = 0; i < NSTREAMS; i++) {
				if (p[1 + i].revents)
					events_read(&r->streams[i]);
			}
		}
		while (!stopping(r) && (c = queue_pop(r)))
			resolve_one(r, c);
	}
	return NULL;
}

static void set_defaults(struct resolver *r, const struct enrich_opts *o)
{
	r->o = *o;
	if (!r->o.api_timeout_ms)
		r->o.api_timeout_ms = 2000;
	r->where[SRC_DOCKER] = o->docker_socket ? o->docker_socket : "/var/run/docker.sock";
	r->where[SRC_PODMAN] = o->podman_socket ? o->podman_socket : "/run/podman/podman.sock";
	r->where[SRC_CONTAINERD] = o->containerd_root ? o->containerd_root : "/run/containerd";
	r->where[SRC_CRIO] = o->crio_root ? o->crio_root : "/run/containers/storage";
	r->streams[0] = (struct stream){
	    r, SRC_DOCKER, CG_RT_DOCKER, true, NULL, 0, "Docker containers get ids only"};
	r->streams[1] =
	    (struct stream){r,
			    SRC_PODMAN,
			    CG_RT_PODMAN,
			    false,
			    NULL,
			    0,
			    "names and images come from its containers.json, no labels"};
}

struct resolver *resolver_new(const struct enrich_opts *o)
{
	struct resolver *r = calloc(1, sizeof(*r));
	sigset_t all, old;
	int err;

	if (!r)
		return NULL;
	set_defaults(r, o);
	r->qtail = &r->qhead;
	pthread_mutex_init(&r->lock, NULL);
	r->wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (r->wake_fd < 0)
		goto fail;
	/* Signals belong to the main thread. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(&r->thread, NULL, resolver_main, r);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err) {
		errno = err;
		goto fail;
	}
	r->started = true;
	return r;
fail:
	err = errno;
	resolver_free(r);
	errno = err;
	return NULL;
}

static void ctr_free(struct ctr *c)
{
	meta_unref(c->meta);
	free(c);
}

void resolver_free(struct resolver *r)
{
	uint64_t one = 1;
	struct ctr *c;

	if (!r)
		return;
	if (r->started) {
		pthread_mutex_lock(&r->lock);
		r->stop = true;
		pthread_mutex_unlock(&r->lock);
		if (write(r->wake_fd, &one, sizeof(one)) < 0)
			log_debug("enrich: wake: %s", strerror(errno));
		pthread_join(r->thread, NULL);
	}
	while ((c = r->ctrs)) {
		r->ctrs = c->next;
		ctr_free(c);
	}
	docker_events_free(r->streams[0].es);
	docker_events_free(r->streams[1].es);
	if (r->wake_fd >= 0)
		close(r->wake_fd);
	pthread_mutex_destroy(&r->lock);
	free(r);
}

struct ctr *resolver_get(struct resolver *r, const struct cg_container *cg, uint64_t now_ns)
{
	struct ctr *c;

	pthread_mutex_lock(&r->lock);
	c = find_locked(r, cg->id, cg->runtime == CG_RT_CONTAINERD ? cg->ns : NULL);
	if (!c) {
		c = ctr_new(cg, now_ns);
		if (c) {
			c->next = r->ctrs;
			r->ctrs = c;
			queue_locked(r, c);
		}
	}
	pthread_mutex_unlock(&r->lock);
	return c;
}

struct meta *resolver_meta(struct resolver *r, struct ctr *c, bool *done)
{
	struct meta *m;

	pthread_mutex_lock(&r->lock);
	m = meta_ref(c->meta);
	*done = c->done;
	pthread_mutex_unlock(&r->lock);
	return m;
}

void resolver_expire(struct resolver *r, uint64_t now_ns, uint64_t grace_ns, uint64_t idle_ns,
		     void (*drop)(void *ctx, struct ctr *list), void *ctx)
{
	struct ctr **pp, *c, *gone = NULL;
	bool dead, idle;

	pthread_mutex_lock(&r->lock);
	for (pp = &r->ctrs; (c = *pp);) {
		dead =
		    c->dead_ns && now_ns - c->dead_ns > grace_ns && now_ns - c->used_ns > grace_ns;
		idle = now_ns - c->used_ns > idle_ns;
		if (c->queued || c->busy || c->waiting || !(dead || idle)) {
			pp = &c->next;
			continue;
		}
		*pp = c->next;
		c->expired = true;
		c->next = gone;
		gone = c;
	}
	pthread_mutex_unlock(&r->lock);
	if (gone)
		drop(ctx, gone);
	while ((c = gone)) {
		gone = c->next;
		ctr_free(c);
	}
}
