// SPDX-License-Identifier: Apache-2.0
/*
 * test_enrich.c - enrich against a fake Docker Engine API (a unix socket served by a
 * thread of this test with recorded JSON), a fake /proc, and OCI/Podman fixtures:
 * metadata, ordering, pid reuse, never blocking, /events, HTTP bodies.
 * Waits are bounded loops (no timed assertions). Run from the repository root.
 */
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

static void fake_proc(const char *root, unsigned pid, const char *cgroup, uint64_t mntns)
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

static void collect(void *ctx, struct event *e)
{
	struct out *o = ctx;

	if (o->n < 64)
		o->ev[o->n++] = e;
	else
		event_free(e);
}

static void out_free(struct out *o)
{
	while (o->n)
		event_free(o->ev[--o->n]);
}

static struct event *ev(unsigned tgid, uint64_t mntns, uint64_t cgid, const char *msg)
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
static bool wait_out(struct enrich *en, struct out *o, int n)
{
	int i;

	for (i = 0; i < 20000 && o->n < n; i++) {
		enrich_tick(en, clock_mono_ns());
		usleep(500);
	}
	return o->n >= n;
}

/* The collected event with this message, or NULL (containers may overtake each other). */
static struct event *by_msg(struct out *o, const char *msg)
{
	int i;

	for (i = 0; i < o->n; i++) {
		if (!strcmp(o->ev[i]->message, msg))
			return o->ev[i];
	}
	return NULL;
}

static const char *label(const struct meta *m, const char *key)
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

static void world_up(struct world *w, uint64_t wait_ns)
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

static void world_down(struct world *w)
{
	char cmd[128];

	out_free(&w->out);
	fake_stop(w->fake);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", w->dir);
	if (system(cmd))
		fprintf(stderr, "  cleanup of %s failed\n", w->dir);
}

/* ---- the cases ---- */

TEST(docker_compose_meta)
{
	struct world w;
	struct enrich *en;
	struct meta *m;

	world_up(&w, 60000000000ull);
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	en = enrich_new(&w.o, collect, &w.out);
	CHECK(en != NULL);
	enrich_push(en, ev(100, NS_A, 0, "hello"));
	CHECK(wait_out(en, &w.out, 1));
	m = w.out.n ? w.out.ev[0]->meta : NULL;
	CHECK(m != NULL);
	if (m) {
		CHECK_STR(m->container_id, X_ID);
		CHECK_STR(m->container_name, "enr-web");
		CHECK_STR(m->container_image, "logtap-test:latest");
		CHECK_STR(m->container_runtime, "docker");
		CHECK_STR(m->compose_project, "shop");
		CHECK_STR(m->compose_service, "web");
		CHECK_STR(label(m, "tier"), "front");
		CHECK(m->k8s_pod == NULL);
	}
	/* the next event of the same writer comes out at once, from the cache */
	enrich_push(en, ev(100, NS_A, 0, "again"));
	CHECK(w.out.n == 2 && w.out.ev[1]->meta == m);
	enrich_free(en);
	world_down(&w);
}

/* Writes a task bundle's init.pid under the fake containerd root (Docker's namespace). */
static void fake_task(const struct world *w, const char *id, unsigned pid)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "mkdir -p %s/io.containerd.runtime.v2.task/moby/%s", w->dir,
		 id);
	if (system(path))
		return;
	snprintf(path, sizeof(path), "%s/io.containerd.runtime.v2.task/moby/%s/init.pid", w->dir,
		 id);
	f = fopen(path, "w");
	if (f) {
		fprintf(f, "%u\n", pid);
		fclose(f);
	}
}

/* A process in container Y makes a cgroup below its own named like container X's and
 * moves in: its events never carry X's name, labels or project. A process in a cgroup
 * below X's own (systemd in a container) is still X's. */
TEST(cgroup_named_like_another_container)
{
	struct world w;
	struct enrich *en;
	struct event *e;

	world_up(&w, 60000000000ull);
	fake_task(&w, X_ID, 200);
	fake_task(&w, Y_ID, 300);
	fake_proc(w.proc, 200, "0::/system.slice/docker-" X_ID ".scope\n", NS_A);
	fake_proc(w.proc, 300, "0::/system.slice/docker-" Y_ID ".scope\n", NS_B);
	fake_proc(w.proc, 301,
		  "0::/system.slice/docker-" Y_ID ".scope/docker-" X_ID ".scope\n", NS_B);
	fake_proc(w.proc, 201, "0::/system.slice/docker-" X_ID ".scope/init.scope\n", NS_A);
	en = enrich_new(&w.o, collect, &w.out);
	CHECK(en != NULL);
	enrich_push(en, ev(301, NS_B, 0, "hostile"));
	enrich_push(en, ev(201, NS_A, 0, "nested"));
	CHECK(wait_out(en, &w.out, 2));
	e = by_msg(&w.out, "hostile");
	CHECK(e && e->meta && e->meta->container_id && !strcmp(e->meta->container_id, Y_ID));
	CHECK(e && e->meta && !e->meta->container_name && !e->meta->compose_project);
	e = by_msg(&w.out, "nested");
	CHECK(e && e->meta && e->meta->container_name);
	if (e && e->meta && e->meta->container_name)
		CHECK_STR(e->meta->container_name, "enr-web");
	enrich_free(en);
	world_down(&w);
}

/* Ids that are not 64 lower-case hex digits never reach the Engine API. */
TEST(inspect_takes_hex_ids_only)
{
	struct meta *m = NULL;

	CHECK(docker_inspect("/nonexistent.sock", "../../info?x=", "docker", 100, &m) == -EINVAL);
	CHECK(docker_inspect("/nonexistent.sock", "enr-web", "docker", 100, &m) == -EINVAL);
	CHECK(docker_inspect("/nonexistent.sock", "32204034B171D8BE79ECCDD901668DDFB73B31652BDC3B9A1"
			     "66120BCEA5B299D", "docker", 100, &m) == -EINVAL);
	CHECK(docker_inspect("/nonexistent.sock", X_ID, "docker", 100, &m) == -ENOENT);
	CHECK(m == NULL);
}

/* The runtime does not answer (gate closed): push returns, the wait ends, the event goes
 * out with the id from the cgroup path. */
TEST(never_blocks)
{
	struct world w;
	struct enrich *en;
	struct meta *m;

	world_up(&w, 1000);
	fake_gate(w.fake, true);
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "first"));
	enrich_tick(en, clock_mono_ns() + 1000000000ull);
	CHECK(w.out.n == 1);
	m = w.out.n ? w.out.ev[0]->meta : NULL;
	CHECK(m && m->container_id && !strcmp(m->container_id, X_ID));
	CHECK(m && m->container_runtime && !strcmp(m->container_runtime, "docker"));
	CHECK(m && m->container_name == NULL);
	fake_gate(w.fake, false);
	enrich_free(en);
	world_down(&w);
}

/* Events of a container wait in order; a host event meanwhile goes out at once. */
TEST(order_kept)
{
	struct world w;
	struct enrich *en;

	world_up(&w, 60000000000ull);
	fake_gate(w.fake, true);
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	fake_proc(w.proc, 200, "1:name=systemd:/user.slice/user-0.slice/session-1.scope\n0::/\n",
		  NS_B);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "one"));
	enrich_push(en, ev(200, NS_B, 0, "host"));
	enrich_push(en, ev(100, NS_A, 0, "two"));
	CHECK(w.out.n == 1 && !strcmp(w.out.ev[0]->message, "host") && !w.out.ev[0]->meta);
	fake_gate(w.fake, false);
	CHECK(wait_out(en, &w.out, 3));
	CHECK(w.out.n == 3 && !strcmp(w.out.ev[1]->message, "one"));
	CHECK(w.out.n == 3 && !strcmp(w.out.ev[2]->message, "two"));
	CHECK(w.out.n == 3 && w.out.ev[2]->meta && w.out.ev[2]->meta->compose_project);
	enrich_free(en);
	world_down(&w);
}

/* pid 100 is reused by a process of another container: old and new events each get
 * their own container, an event whose writer cannot be told gets none. */
TEST(pid_reuse)
{
	struct world w;
	struct enrich *en;

	world_up(&w, 60000000000ull);
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "x"));
	CHECK(wait_out(en, &w.out, 1));
	fake_proc(w.proc, 100, "0::/docker/" Y_ID "\n", NS_B);
	enrich_push(en, ev(100, NS_B, 0, "y"));
	CHECK(wait_out(en, &w.out, 2));
	enrich_push(en, ev(100, NS_A, 0, "x late"));
	enrich_push(en, ev(100, 4026532003ull, 0, "unknown"));
	CHECK(wait_out(en, &w.out, 4));
	CHECK(w.out.n == 4);
	if (w.out.n == 4) {
		CHECK_STR(w.out.ev[0]->meta->container_name, "enr-web");
		CHECK_STR(w.out.ev[1]->meta->container_id, Y_ID); /* 404: the id only */
		CHECK(w.out.ev[1]->meta->container_name == NULL);
		CHECK_STR(w.out.ev[2]->message, "x late");
		CHECK_STR(w.out.ev[2]->meta->container_name, "enr-web");
		CHECK(w.out.ev[3]->meta == NULL);
	}
	enrich_free(en);
	world_down(&w);
}

static void fake_stat(const char *root, unsigned pid, unsigned long long start)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%u/stat", root, pid);
	f = fopen(path, "w");
	if (f) {
		fprintf(f,
			"%u (sh) S 1 %u %u 0 -1 4194560 100 0 0 0 0 0 0 0 20 0 1 0 %llu 2768896 "
			"200 18446744073709551615\n",
			pid, pid, pid, start);
		fclose(f);
	}
}

/* A pid reused in a mount namespace whose inode was handed out again (same cgroup id on
 * a v1 host): the start time tells the processes apart. */
TEST(pid_reuse_same_ns)
{
	struct world w;
	struct enrich *en;

	world_up(&w, 60000000000ull);
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	fake_stat(w.proc, 100, 1000);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "x"));
	CHECK(wait_out(en, &w.out, 1));
	fake_proc(w.proc, 100, "0::/docker/" Y_ID "\n", NS_A);
	fake_stat(w.proc, 100, 2000);
	usleep(1100000); /* past the recheck interval of writer slots */
	enrich_push(en, ev(100, NS_A, 0, "y"));
	CHECK(wait_out(en, &w.out, 2));
	CHECK(w.out.n == 2 && w.out.ev[0]->meta && w.out.ev[1]->meta);
	if (w.out.n == 2 && w.out.ev[0]->meta && w.out.ev[1]->meta) {
		CHECK_STR(w.out.ev[0]->meta->container_id, X_ID);
		CHECK_STR(w.out.ev[1]->meta->container_id, Y_ID);
	}
	enrich_free(en);
	world_down(&w);
}

/* Containers and writers silent for long are forgotten (no stale pointers: ASan) and
 * looked up afresh when they write again. */
TEST(expiry)
{
	struct world w;
	struct enrich *en;

	world_up(&w, 60000000000ull);
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	fake_proc(w.proc, 200, "0::/system.slice/cron.service\n", NS_B);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "a"));
	enrich_push(en, ev(200, NS_B, 0, "host"));
	CHECK(wait_out(en, &w.out, 2));
	enrich_tick(en, clock_mono_ns() + 3600000000000ull);
	enrich_push(en, ev(100, NS_A, 0, "b"));
	CHECK(wait_out(en, &w.out, 3));
	CHECK(w.out.n == 3 && w.out.ev[2]->meta && w.out.ev[2]->meta != w.out.ev[0]->meta);
	CHECK(w.out.n == 3 && w.out.ev[2]->meta &&
	      !strcmp(w.out.ev[2]->meta->container_name, "enr-web"));
	enrich_free(en);
	world_down(&w);
}

/* A verified cgroup v2 id maps every process of the container, even one whose /proc
 * entry is gone. */
TEST(cgroup_id_cache)
{
	struct world w;
	struct enrich *en;
	char path[256];
	struct stat st;

	world_up(&w, 60000000000ull);
	snprintf(w.cgroot, sizeof(w.cgroot), "%s/cg", w.dir);
	w.o.cgroup_root = w.cgroot;
	snprintf(path, sizeof(path), "mkdir -p %s/docker/%s", w.cgroot, X_ID);
	CHECK(system(path) == 0);
	snprintf(path, sizeof(path), "%s/docker/%s", w.cgroot, X_ID);
	CHECK(stat(path, &st) == 0);
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, st.st_ino, "a"));
	CHECK(wait_out(en, &w.out, 1));
	enrich_push(en, ev(4242, NS_A, st.st_ino, "b")); /* no /proc/4242 */
	CHECK(w.out.n == 2 && w.out.ev[1]->meta == w.out.ev[0]->meta);
	enrich_free(en);
	world_down(&w);
}

/* /events: a rename refreshes the name of a known container. */
/* /events: a rename refreshes the name of a known container; the stream is Docker's, or
 * Podman's once its API has answered. */
static void rename_flow(const char *cgroup, bool podman, const char *runtime)
{
	struct world w;
	struct enrich *en;
	struct meta *m;
	char *p;
	int i;

	world_up(&w, 60000000000ull);
	if (podman) {
		w.o.podman_socket = w.o.docker_socket;
		w.o.docker_socket = "/nonexistent/docker.sock";
	}
	fake_proc(w.proc, 100, cgroup, NS_A);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "before"));
	CHECK(wait_out(en, &w.out, 1));
	m = w.out.n ? w.out.ev[0]->meta : NULL;
	CHECK(m && m->container_runtime && !strcmp(m->container_runtime, runtime));
	pthread_mutex_lock(&w.fake->lock);
	p = strstr(w.fake->x_body, "\"/enr-web\"");
	if (p)
		memcpy(p, "\"/enr-w3b\"", 10);
	pthread_mutex_unlock(&w.fake->lock);
	for (i = 0; i < 20000 && !fake_event(w.fake, "rename", X_ID, "enr-w3b"); i++)
		usleep(500);
	for (i = 0; i < 20000; i++) {
		out_free(&w.out);
		enrich_push(en, ev(100, NS_A, 0, "after"));
		if (w.out.n && !strcmp(w.out.ev[0]->meta->container_name, "enr-w3b"))
			break;
		usleep(500);
	}
	CHECK(w.out.n && !strcmp(w.out.ev[0]->meta->container_name, "enr-w3b"));
	enrich_free(en);
	world_down(&w);
}

TEST(events_rename)
{
	rename_flow("0::/docker/" X_ID "\n", false, "docker");
}

TEST(podman_events_rename)
{
	rename_flow("0::/libpod_parent/libpod-" X_ID "\n", true, "podman");
}

/* Docker not there: ids only, and one log line however many containers ask. */
TEST(runtime_unreachable)
{
	char logf[] = "/tmp/logtap-enrich-log-XXXXXX", line[512];
	int fd = mkstemp(logf), saved = dup(2), lines = 0;
	struct world w;
	struct enrich *en;
	FILE *f;

	world_up(&w, 60000000000ull);
	w.o.docker_socket = "/nonexistent/docker.sock";
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	fake_proc(w.proc, 101, "0::/docker/" Y_ID "\n", NS_A);
	fake_proc(w.proc, 102, "0::/system.slice/docker-" K_ID ".scope\n", NS_A);
	dup2(fd, 2);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "a"));
	enrich_push(en, ev(101, NS_A, 0, "b"));
	enrich_push(en, ev(102, NS_A, 0, "c"));
	CHECK(wait_out(en, &w.out, 3));
	enrich_free(en);
	dup2(saved, 2);
	close(saved);
	CHECK(w.out.n == 3 && by_msg(&w.out, "c") && by_msg(&w.out, "c")->meta &&
	      !strcmp(by_msg(&w.out, "c")->meta->container_id, K_ID));
	f = fdopen(fd, "r");
	rewind(f);
	while (fgets(line, sizeof(line), f))
		lines += strstr(line, "enrich: docker: not reachable") != NULL;
	fclose(f);
	unlink(logf);
	CHECK(lines == 1);
	world_down(&w);
}

/* A socket that accepts but never answers: one timeout, then the API is left alone for a
 * while instead of costing a timeout per container. */
TEST(hung_api)
{
	char logf[] = "/tmp/logtap-enrich-log-XXXXXX", line[512];
	int fd = mkstemp(logf), saved = dup(2), down = 0, skipped = 0;
	struct world w;
	struct enrich *en;
	FILE *f;

	world_up(&w, 60000000000ull);
	w.o.api_timeout_ms = 300;
	fake_gate(w.fake, true);
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	fake_proc(w.proc, 101, "0::/docker/" Y_ID "\n", NS_A);
	fake_proc(w.proc, 102, "0::/docker/" K_ID "\n", NS_A);
	dup2(fd, 2);
	log_setup(LOG_DEBUG, false);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "a"));
	CHECK(wait_out(en, &w.out, 1)); /* after the one timeout */
	enrich_push(en, ev(101, NS_A, 0, "b"));
	enrich_push(en, ev(102, NS_A, 0, "c"));
	CHECK(wait_out(en, &w.out, 3));
	enrich_free(en);
	log_setup(LOG_INFO, false);
	dup2(saved, 2);
	close(saved);
	f = fdopen(fd, "r");
	rewind(f);
	while (fgets(line, sizeof(line), f)) {
		down += strstr(line, "enrich: docker: not reachable") != NULL;
		skipped += strstr(line, "no metadata (Host is down)") != NULL;
	}
	fclose(f);
	unlink(logf);
	CHECK(down == 1);
	CHECK(skipped == 2);
	CHECK(w.out.n == 3 && by_msg(&w.out, "c") && by_msg(&w.out, "c")->meta &&
	      !by_msg(&w.out, "c")->meta->container_name);
	world_down(&w);
}

static void copy_fixture(const char *from, const char *dir, const char *to)
{
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), "mkdir -p '%s/%s' && cp '%s' '%s/%s/%s'", dir, to, from, dir, to,
		 strstr(from, "containers.json") ? "containers.json" : "config.json");
	if (system(cmd))
		fprintf(stderr, "  %s failed\n", cmd);
}

/* containerd under Kubernetes, plain containerd (ctr), CRI-O and Podman without its API. */
TEST(state_dir_runtimes)
{
	struct world w;
	struct enrich *en;
	struct meta *m;

	world_up(&w, 60000000000ull);
	copy_fixture("tests/data/oci/containerd-cri-config.json", w.dir,
		     "io.containerd.runtime.v2.task/k8s.io/" K_ID);
	copy_fixture("tests/data/oci/containerd-ctr-config.json", w.dir,
		     "io.containerd.runtime.v2.task/enrtest/enr-ctr");
	copy_fixture("tests/data/oci/crio-config.json", w.dir,
		     "overlay-containers/" Y_ID "/userdata");
	copy_fixture("tests/data/oci/crio-sandbox-config.json", w.dir,
		     "overlay-containers/" CRIO_SANDBOX "/userdata");
	copy_fixture("tests/data/oci/podman-containers.json", w.dir, "overlay-containers");
	fake_proc(w.proc, 100,
		  "0::/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-"
		  "pod7c2a9e10_5b3d_4f8e_a1c6_0d9b8e7f6a52.slice/cri-containerd-" K_ID ".scope\n",
		  NS_A);
	fake_proc(w.proc, 101, "4:memory:/enrtest/enr-ctr\n0::/enrtest/enr-ctr\n", NS_A);
	fake_proc(w.proc, 102,
		  "0::/kubepods/burstable/pod7c2a9e10-5b3d-4f8e-a1c6-0d9b8e7f6a52/crio-" Y_ID "\n",
		  NS_A);
	fake_proc(w.proc, 103, "0::/libpod_parent/libpod-" P_ID "\n", NS_A);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "k8s"));
	enrich_push(en, ev(101, NS_A, 0, "ctr"));
	enrich_push(en, ev(102, NS_A, 0, "crio"));
	enrich_push(en, ev(103, NS_A, 0, "podman"));
	CHECK(wait_out(en, &w.out, 4));
	CHECK(w.out.n == 4);
	if (w.out.n == 4) {
		m = by_msg(&w.out, "k8s")->meta;
		CHECK_STR(m->container_runtime, "containerd");
		CHECK_STR(m->k8s_namespace, "shop");
		CHECK_STR(m->k8s_pod, "web-7d9f8b6c5-x2kqp");
		CHECK_STR(m->k8s_container, "web");
		CHECK_STR(m->container_name, "web");
		CHECK_STR(m->container_image, "registry.example.com/shop/web:1.4.2");
		CHECK_STR(label(m, "io.kubernetes.pod.uid"),
			  "7c2a9e10-5b3d-4f8e-a1c6-0d9b8e7f6a52");
		m = by_msg(&w.out, "ctr")->meta;
		CHECK_STR(m->container_runtime, "containerd");
		CHECK_STR(m->container_id, "enr-ctr");
		CHECK_STR(m->container_name, "web"); /* ctr was given CRI annotations */
		CHECK_STR(m->compose_project, "cshop");
		CHECK_STR(m->k8s_pod, "shop-pod");
		m = by_msg(&w.out, "crio")->meta;
		CHECK_STR(m->container_runtime, "cri-o");
		CHECK_STR(m->k8s_namespace, "billing");
		CHECK_STR(m->k8s_pod, "queue-0");
		CHECK_STR(m->k8s_container, "worker");
		CHECK_STR(m->container_image, "registry.example.com/billing/worker:2.0");
		CHECK_STR(label(m, "app"), "billing-queue"); /* a pod label, from the sandbox */
		CHECK_STR(label(m, "io.kubernetes.container.name"), "worker");
		CHECK_STR(label(m, "io.kubernetes.pod.uid"),
			  "7c2a9e10-5b3d-4f8e-a1c6-0d9b8e7f6a52");
		m = by_msg(&w.out, "podman")->meta;
		CHECK_STR(m->container_runtime, "podman");
		CHECK_STR(m->container_name, "enr-pm");
		CHECK_STR(m->container_image, "localhost/logtap-test:latest");
	}
	enrich_free(en);
	world_down(&w);
}

/* Content-Length, chunked and close-delimited bodies give the same document. */
TEST(http_bodies)
{
	struct world w;
	struct buf b = {0};
	int mode;

	world_up(&w, 0);
	for (mode = 0; mode < 3; mode++) {
		w.fake->mode = mode;
		buf_reset(&b);
		CHECK(docker_get(w.fake->sock, "/containers/" X_ID "/json", 30000, &b) == 200);
		CHECK(b.len == strlen(w.fake->x_body) && !memcmp(b.p, w.fake->x_body, b.len));
	}
	buf_reset(&b);
	CHECK(docker_get(w.fake->sock, "/containers/nope/json", 30000, &b) == 404);
	CHECK(docker_get("/nonexistent/docker.sock", "/x", 1000, &b) == -ENOENT);
	buf_free(&b);
	world_down(&w);
}



TEST(parsers)
{
	struct docker_event e;
	struct meta *m = NULL;
	size_t len = 0;
	char *text = slurp("tests/data/docker/events-rename-remove.json", &len), *line, *save;
	int n = 0;

	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		n += docker_parse_event(line, strlen(line), &e);
	CHECK(n == 3); /* rename, die, destroy; kill is not wanted */
	CHECK_STR(e.action, "destroy");
	CHECK_STR(e.id, X_ID);
	free(text);
	CHECK(!docker_parse_event("{", 1, &e));
	CHECK(!docker_parse_event("[]", 2, &e));
	CHECK(docker_parse_inspect("{}", 2, "docker", &m) == -EPROTO);
	CHECK(docker_parse_inspect("nope", 4, "docker", &m) == -EPROTO);
	CHECK(oci_parse_config("[1]", 3, "x", "containerd", &m) == -EPROTO);
	CHECK(oci_parse_podman("[]", 2, "x", &m) == -ENOENT);
	CHECK(oci_parse_podman("{}", 2, "x", &m) == -EPROTO);
}

/* Flush emits what waits; free drops what is left; no leaks either way (ASan). */
TEST(flush_and_free)
{
	struct world w;
	struct enrich *en;

	world_up(&w, 60000000000ull);
	fake_gate(w.fake, true);
	fake_proc(w.proc, 100, "0::/docker/" X_ID "\n", NS_A);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, 0, "a"));
	enrich_push(en, ev(100, NS_A, 0, "b"));
	enrich_flush(en);
	CHECK(w.out.n == 2 && w.out.ev[0]->meta && !strcmp(w.out.ev[1]->message, "b"));
	enrich_push(en, ev(100, NS_A, 0, "c"));
	fake_gate(w.fake, false);
	enrich_free(en);
	enrich_free(NULL);
	world_down(&w);
}

int main(void)
{
	RUN(docker_compose_meta);
	RUN(never_blocks);
	RUN(order_kept);
	RUN(pid_reuse);
	RUN(pid_reuse_same_ns);
	RUN(cgroup_id_cache);
	RUN(expiry);
	RUN(events_rename);
	RUN(podman_events_rename);
	RUN(runtime_unreachable);
	RUN(hung_api);
	RUN(state_dir_runtimes);
	RUN(http_bodies);
	RUN(parsers);
	RUN(flush_and_free);
	RUN(cgroup_named_like_another_container);
	RUN(inspect_takes_hex_ids_only);
	TEST_END();
}
