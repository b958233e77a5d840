// SPDX-License-Identifier: Apache-2.0
/*
 * test_enrich.c - enrich against a fake Docker Engine API (a unix socket served by a
 * thread of this test with recorded JSON) and a fake /proc: metadata, ordering, pid
 * reuse, never blocking, expiry, cgroup ids. The runtimes' other faces: test_engines.c.
 * Waits are bounded loops (no timed assertions). Run from the repository root.
 */
#include "world.h"

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
	fake_proc(w.proc, 301, "0::/system.slice/docker-" Y_ID ".scope/docker-" X_ID ".scope\n",
		  NS_B);
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
	CHECK(docker_inspect("/nonexistent.sock",
			     "32204034B171D8BE79ECCDD901668DDFB73B31652BDC3B9A1"
			     "66120BCEA5B299D",
			     "docker", 100, &m) == -EINVAL);
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

static struct event *marked(struct event *e, uint64_t mark)
{
	e->mark = mark;
	return e;
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
	CHECK(enrich_held_mark(en) == UINT64_MAX);
	enrich_push(en, marked(ev(100, NS_A, 0, "one"), 7));
	enrich_push(en, marked(ev(200, NS_B, 0, "host"), 8));
	enrich_push(en, marked(ev(100, NS_A, 0, "two"), 5));
	CHECK(w.out.n == 1 && !strcmp(w.out.ev[0]->message, "host") && !w.out.ev[0]->meta);
	/* the waiting events' oldest capture poll, whatever their order (pinned rings) */
	CHECK(enrich_held_mark(en) == 5);
	fake_gate(w.fake, false);
	CHECK(wait_out(en, &w.out, 3));
	CHECK(enrich_held_mark(en) == UINT64_MAX);
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

/* Container X's cgroup under a fake cgroup2 root, and its process 100 in it: the
 * cgroup's id. */
static uint64_t x_in_its_cgroup(struct world *w)
{
	char path[512];
	struct stat st;

	snprintf(w->cgroot, sizeof(w->cgroot), "%s/cg", w->dir);
	w->o.cgroup_root = w->cgroot;
	snprintf(path, sizeof(path), "mkdir -p %s/docker/%s", w->cgroot, X_ID);
	CHECK(system(path) == 0);
	snprintf(path, sizeof(path), "%s/docker/%s", w->cgroot, X_ID);
	CHECK(stat(path, &st) == 0);
	fake_proc(w->proc, 100, "0::/docker/" X_ID "\n", NS_A);
	return st.st_ino;
}

/* A verified cgroup v2 id maps every process of the container, even one whose /proc
 * entry is gone. */
TEST(cgroup_id_cache)
{
	struct world w;
	struct enrich *en;
	uint64_t cgid;

	world_up(&w, 60000000000ull);
	cgid = x_in_its_cgroup(&w);
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, cgid, "a"));
	CHECK(wait_out(en, &w.out, 1));
	enrich_push(en, ev(4242, NS_A, cgid, "b")); /* no /proc/4242 */
	CHECK(w.out.n == 2 && w.out.ev[1]->meta == w.out.ev[0]->meta);
	enrich_free(en);
	world_down(&w);
}

/* What a pinned agent keeps for the next one (enrich_opts keep and recall). */
struct kept {
	uint64_t cgid;
	struct cg_container cg;
	int keeps;
};

static void keep_ctr(void *ctx, uint64_t cgid, const struct cg_container *cg)
{
	struct kept *k = ctx;

	k->cgid = cgid;
	k->cg = *cg;
	k->keeps++;
}

static bool recall_ctr(void *ctx, uint64_t cgid, struct cg_container *out)
{
	struct kept *k = ctx;

	if (!k->keeps || cgid != k->cgid)
		return false;
	*out = k->cg;
	return true;
}

/* A container that exited while no agent ran: its process and its cgroup are gone. The
 * next agent names it from the container an earlier one kept for the cgroup id, where it
 * would take its events for the host's. */
TEST(kept_container_of_a_gone_cgroup)
{
	struct world w;
	struct enrich *en;
	struct kept k = { 0 };
	struct event *late;
	char path[512];
	uint64_t cgid;

	world_up(&w, 60000000000ull);
	cgid = x_in_its_cgroup(&w);
	w.o.keep = keep_ctr;
	w.o.recall = recall_ctr;
	w.o.kept_ctx = &k;
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, cgid, "live"));
	CHECK(wait_out(en, &w.out, 1));
	CHECK(k.keeps == 1 && k.cgid == cgid && !strcmp(k.cg.id, X_ID));
	enrich_free(en);
	snprintf(path, sizeof(path), "rm -rf %s/100 %s/docker/%s", w.proc, w.cgroot, X_ID);
	CHECK(system(path) == 0);
	w.o.recall = NULL; /* as before: the host's */
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, cgid, "late, nothing kept"));
	CHECK(wait_out(en, &w.out, 2));
	late = by_msg(&w.out, "late, nothing kept");
	CHECK(late && !late->meta);
	enrich_free(en);
	w.o.recall = recall_ctr;
	en = enrich_new(&w.o, collect, &w.out);
	enrich_push(en, ev(100, NS_A, cgid, "late"));
	CHECK(wait_out(en, &w.out, 3));
	late = by_msg(&w.out, "late");
	CHECK(late && late->meta && !strcmp(late->meta->container_id, X_ID) &&
	      late->meta->container_name && !strcmp(late->meta->container_name, "enr-web"));
	CHECK(k.keeps == 1); /* a recalled container is not kept again */
	enrich_free(en);
	world_down(&w);
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
	RUN(flush_and_free);
	RUN(kept_container_of_a_gone_cgroup);
	RUN(cgroup_named_like_another_container);
	RUN(inspect_takes_hex_ids_only);
	TEST_END();
}
