// SPDX-License-Identifier: Apache-2.0
/*
 * test_engines.c - enrich against the runtimes' other faces: Docker's and Podman's
 * /events streams, an unreachable or hung Engine API, containerd/CRI-O/Podman state
 * directories (fixtures), HTTP body framings and the JSON parsers.
 * Waits are bounded loops (no timed assertions). Run from the repository root.
 */
#include "world.h"

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

int main(void)
{
	RUN(events_rename);
	RUN(podman_events_rename);
	RUN(runtime_unreachable);
	RUN(hung_api);
	RUN(state_dir_runtimes);
	RUN(http_bodies);
	RUN(parsers);
	TEST_END();
}
