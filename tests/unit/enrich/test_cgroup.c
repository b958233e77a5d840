// SPDX-License-Identifier: Apache-2.0
/*
 * test_cgroup.c - cgroup path shapes -> runtime + container id, from fixtures that
 * copy real /proc/<pid>/cgroup layouts (tests/data/cgroup), plus the /proc and
 * cgroupfs helpers enrich uses. Run from the repository root.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "enrich/cgroup.h"
#include "test.h"

#define DATA "tests/data/cgroup/"
#define ID1  "3f1c8e2a9b7d4c6e5f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a"
#define PUID "7c2a9e10-5b3d-4f8e-a1c6-0d9b8e7f6a52"

static const struct shape {
	const char *file;
	enum cg_runtime rt; /* CG_RT_NONE: not a container */
	const char *id;
	const char *ns;
	const char *pod_uid;
	bool maybe;
} shapes[] = {
    /* recorded on the build machine (cgroup v1 hybrid, cgroupfs driver) */
    {"docker-cgroupfs-v1-hybrid.txt", CG_RT_DOCKER,
     "08fed3d65d509e1c004235a46b18d9240561a4b7f96937114a5974db4b61ed33", "", "", false},
    {"podman-cgroupfs-v1-hybrid.txt", CG_RT_PODMAN,
     "52829491251fd71d6a30e1c4a9c40fc03df66d23fd5fcf9a697f78547fd1faf3", "", "", false},
    {"containerd-ns-v1-hybrid.txt", CG_RT_CONTAINERD, "enr-ctr", "enrtest", "", true},
    {"host-v1-hybrid.txt", CG_RT_CONTAINERD, "f7ef6b2df8095f8a11e6cb7db5d189c8", "process_api", "",
     true},
    /* layouts of other drivers and runtimes */
    {"docker-cgroupfs-v1.txt", CG_RT_DOCKER, ID1, "", "", false},
    {"docker-systemd-v1-hybrid.txt", CG_RT_DOCKER, ID1, "", "", false},
    {"docker-systemd-v2.txt", CG_RT_DOCKER, ID1, "", "", false},
    {"docker-in-docker-v2.txt", CG_RT_DOCKER, ID1, "", "", false},
    {"docker-cgroup-parent-v2.txt", CG_RT_CONTAINERD, ID1, "actions_job", "", true},
    {"k8s-cgroupfs-burstable-v1.txt", CG_RT_KUBE, ID1, "", PUID, false},
    {"k8s-cgroupfs-guaranteed-v1.txt", CG_RT_KUBE, ID1, "", PUID, false},
    {"k8s-cgroupfs-besteffort-v2.txt", CG_RT_KUBE, ID1, "", PUID, false},
    {"k8s-containerd-systemd-v1.txt", CG_RT_CONTAINERD, ID1, "k8s.io", PUID, false},
    {"k8s-containerd-systemd-v2.txt", CG_RT_CONTAINERD, ID1, "k8s.io", PUID, false},
    {"k8s-containerd-kind-v2.txt", CG_RT_CONTAINERD, ID1, "k8s.io", PUID, false},
    {"k8s-containerd-cgroupns-v2.txt", CG_RT_CONTAINERD, ID1, "k8s.io", PUID, false},
    {"k8s-containerd-colon-v1.txt", CG_RT_CONTAINERD, ID1, "k8s.io", PUID, false},
    {"k8s-docker-systemd-v1.txt", CG_RT_DOCKER, ID1, "", PUID, false},
    {"crio-systemd-v2.txt", CG_RT_CRIO, ID1, "", PUID, false},
    {"crio-systemd-v1.txt", CG_RT_CRIO, ID1, "", PUID, false},
    {"crio-cgroupfs-v1.txt", CG_RT_CRIO, ID1, "", PUID, false},
    {"crio-conmon-v2.txt", CG_RT_NONE, NULL, NULL, NULL, false},
    {"podman-systemd-v2.txt", CG_RT_PODMAN, ID1, "", "", false},
    {"podman-rootless-v2.txt", CG_RT_PODMAN, ID1, "", "", false},
    {"podman-conmon-v1-hybrid.txt", CG_RT_NONE, NULL, NULL, NULL, false},
    {"nerdctl-systemd-v2.txt", CG_RT_CONTAINERD, ID1, "default", "", false},
    {"containerd-ns-v2.txt", CG_RT_CONTAINERD, "web-1", "default", "", true},
    {"host-systemd-v2.txt", CG_RT_NONE, NULL, NULL, NULL, false},
    {"host-session-v2.txt", CG_RT_NONE, NULL, NULL, NULL, false},
    {"host-systemd-v1.txt", CG_RT_NONE, NULL, NULL, NULL, false},
};

static char *slurp(const char *path)
{
	static char buf[16384];
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

TEST(every_shape)
{
	struct cg_container c;
	char path[256], *text;
	size_t i;
	bool found;

	for (i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++) {
		snprintf(path, sizeof(path), DATA "%s", shapes[i].file);
		text = slurp(path);
		CHECK(text != NULL);
		if (!text)
			continue;
		found = cgroup_parse_proc(text, &c);
		if (found != (shapes[i].rt != CG_RT_NONE))
			fprintf(stderr, "  shape %s\n", shapes[i].file);
		CHECK(found == (shapes[i].rt != CG_RT_NONE));
		if (!found || shapes[i].rt == CG_RT_NONE)
			continue;
		if (c.runtime != shapes[i].rt || strcmp(c.id, shapes[i].id))
			fprintf(stderr, "  shape %s: runtime %d id %s\n", shapes[i].file, c.runtime,
				c.id);
		CHECK(c.runtime == shapes[i].rt);
		CHECK_STR(c.id, shapes[i].id);
		CHECK_STR(c.ns, shapes[i].ns);
		CHECK_STR(c.pod_uid, shapes[i].pod_uid);
		CHECK(c.maybe == shapes[i].maybe);
	}
}

TEST(v2_line)
{
	char out[256];

	CHECK(cgroup_v2_line("1:name=systemd:/a\n0::/docker/x\n", out, sizeof(out)) == 0);
	CHECK_STR(out, "/docker/x");
	CHECK(cgroup_v2_line("1:name=systemd:/a\n", out, sizeof(out)) == -ENOENT);
	CHECK(cgroup_v2_line("0::/abcdef\n", out, 4) == -ENAMETOOLONG);
	CHECK(cgroup_v2_line("", out, sizeof(out)) == -ENOENT);
}

TEST(odd_paths)
{
	struct cg_container c;

	CHECK(!cgroup_parse_path("/", &c));
	CHECK(!cgroup_parse_path("", &c));
	CHECK(!cgroup_parse_path("/docker", &c));
	CHECK(!cgroup_parse_path("/system.slice/docker-123.scope", &c));
	CHECK(!cgroup_parse_path("/a/b/c", &c));
	CHECK(!cgroup_parse_path("/kubepods/burstable/pod" PUID, &c));
	/* upper case hex is not a docker id */
	CHECK(!cgroup_parse_path("/system.slice/docker-3F1C8E2A9B7D4C6E5F0A1B2C3D4E5F60718293A4B5C6"
				 "D7E8F90A1B2C3D4E5F6A.scope",
				 &c));
	CHECK(cgroup_parse_path("/docker/" ID1 "/init", &c) && c.runtime == CG_RT_DOCKER);
	CHECK(!cgroup_parse_proc("garbage without colons\n\n::\n", &c));
	CHECK(cgroup_parse_path("/x.slice:crio:" ID1, &c) && c.runtime == CG_RT_CRIO);
	CHECK(!cgroup_parse_path("/x.slice:unknown:" ID1, &c) || c.maybe);
}

/* A containerd root with one task bundle: confirms its guess and drops the others. */
TEST(confirm)
{
	char root[] = "/tmp/logtap-cg-XXXXXX", path[256];
	struct cg_container c;

	CHECK(mkdtemp(root) != NULL);
	snprintf(path, sizeof(path), "%s/io.containerd.runtime.v2.task", root);
	CHECK(mkdir(path, 0700) == 0);
	snprintf(path, sizeof(path), "%s/io.containerd.runtime.v2.task/default", root);
	CHECK(mkdir(path, 0700) == 0);
	snprintf(path, sizeof(path), "%s/io.containerd.runtime.v2.task/default/web-1", root);
	CHECK(mkdir(path, 0700) == 0);

	CHECK(cgroup_parse_path("/default/web-1", &c) && c.maybe);
	CHECK(cgroup_confirm(&c, root) && c.runtime == CG_RT_CONTAINERD && !c.maybe);
	CHECK(cgroup_parse_path("/default/web-2", &c));
	CHECK(!cgroup_confirm(&c, root) && c.runtime == CG_RT_NONE);
	CHECK(cgroup_parse_path("/process_api/f7ef6b2df8095f8a11e6cb7db5d189c8", &c));
	CHECK(!cgroup_confirm(&c, root));
	CHECK(cgroup_parse_path("/actions_job/" ID1, &c));
	CHECK(cgroup_confirm(&c, root) && c.runtime == CG_RT_DOCKER && !strcmp(c.id, ID1));
	CHECK(cgroup_parse_path("/docker/" ID1, &c));
	CHECK(cgroup_confirm(&c, root) && c.runtime == CG_RT_DOCKER);

	snprintf(path, sizeof(path), "rm -rf '%s'", root);
	CHECK(system(path) == 0);
}

#define ID2 "aaaa8e2a9b7d4c6e5f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6b"

/* A process that can make cgroups below its own names one like another container's:
 * the path names the other container, but not as that container's own cgroup. */
TEST(hostile_shapes)
{
	static const char *const victim[] = {
	    "/system.slice/docker-" ID2 ".scope",
	    "/docker/" ID2,
	    "/kubepods.slice/kubepods-pod" PUID ".slice/cri-containerd-" ID2 ".scope",
	    "/machine.slice/libpod-" ID2 ".scope",
	    "/x.slice:docker:" ID2,
	};
	static const char *const attacker[] = {
	    "/system.slice/docker-" ID1 ".scope/docker-" ID2 ".scope",
	    "/docker/" ID1 "/docker/" ID2,
	    "/system.slice/docker-" ID1 ".scope/kubepods.slice/kubepods-pod" PUID
	    ".slice/cri-containerd-" ID2 ".scope",
	    "/system.slice/docker-" ID1 ".scope/machine.slice/libpod-" ID2 ".scope",
	    "/system.slice/docker-" ID1 ".scope/x.slice:docker:" ID2,
	};
	struct cg_container c;
	char cut[512];
	size_t i;

	for (i = 0; i < sizeof(victim) / sizeof(victim[0]); i++) {
		/* the path alone names the victim ... */
		CHECK(cgroup_parse_path(attacker[i], &c) && !strcmp(c.id, ID2));
		/* ... but not as the victim's own cgroup */
		CHECK(!cgroup_in_scope(attacker[i], victim[i]));
		CHECK(cgroup_in_scope(victim[i], victim[i]));
		/* cut before the false name, the path names the attacker's container */
		snprintf(cut, sizeof(cut), "%.*s", (int)c.scope_start, attacker[i]);
		CHECK(cgroup_parse_path(cut, &c) && !strcmp(c.id, ID1));
	}
	/* with no container left to check against, the outermost name is the one taken */
	for (i = 0; i < sizeof(victim) / sizeof(victim[0]); i++) {
		CHECK(cgroup_parse_outer(attacker[i], &c) && !strcmp(c.id, ID1));
		CHECK(cgroup_parse_outer(victim[i], &c) && !strcmp(c.id, ID2));
	}
	/* a victim in a pod: the pod's uid comes along */
	CHECK(cgroup_parse_outer(victim[2], &c) && c.runtime == CG_RT_CONTAINERD &&
	      !strcmp(c.pod_uid, PUID) && !strcmp(c.ns, "k8s.io"));
	CHECK(cgroup_parse_outer("/docker/" ID2 "/app/worker", &c) && !strcmp(c.id, ID2));
	CHECK(!cgroup_parse_outer("/system.slice/cron.service", &c));
	CHECK(!cgroup_parse_outer("/", &c));
	/* a process in a cgroup below its container's own is still in that container, and
	 * so is one whose init moved below it (systemd in a container) */
	CHECK(cgroup_in_scope(victim[0], "/system.slice/docker-" ID2 ".scope/init.scope"));
	/* an attacker whose own init moved into the false name is still the attacker */
	CHECK(cgroup_in_scope("/system.slice/docker-" ID1 ".scope", attacker[0]));
	CHECK(cgroup_in_scope("/system.slice/docker-" ID2 ".scope/init.scope", victim[0]));
	CHECK(cgroup_in_scope("/docker/" ID2 "/app/worker", victim[1]));
	/* the same id under another runtime's name is another container */
	CHECK(!cgroup_in_scope("/system.slice/crio-" ID2 ".scope",
			       "/system.slice/docker-" ID2 ".scope"));
	CHECK(!cgroup_in_scope("/system.slice/init.scope", "/system.slice/init.scope"));
}

/* Only 64 lower-case hex digit ids are taken from the shapes that name a runtime. */
TEST(non_hex_ids_are_refused)
{
	struct cg_container c;

	CHECK(!cgroup_parse_path("/x.slice:docker:../../containers/x/json?", &c) || c.maybe);
	CHECK(!cgroup_parse_path("/x.slice:cri-containerd:web-1", &c) || c.maybe);
	CHECK(!cgroup_parse_path("/x.slice:crio:" ID1 "0", &c) || c.maybe);
	CHECK(!cgroup_parse_path("/system.slice/docker-" ID1 "x.scope", &c));
	CHECK(!cgroup_parse_path("/system.slice/docker-g" ID1 ".scope", &c));
	CHECK(!cgroup_parse_path("/docker/" ID1 "%2f..", &c) || c.maybe);
	CHECK(cgroup_parse_path("/x.slice:docker:" ID1, &c) && c.runtime == CG_RT_DOCKER);
}

/* The init process of a container, from a task bundle under a fake containerd root. */
TEST(owner_pid)
{
	char root[] = "/tmp/logtap-own-XXXXXX", path[512];
	struct cg_container c;
	uint32_t pid = 0;
	FILE *f;

	CHECK(mkdtemp(root) != NULL);
	snprintf(path, sizeof(path), "mkdir -p %s/io.containerd.runtime.v2.task/moby/" ID1, root);
	CHECK(system(path) == 0);
	snprintf(path, sizeof(path), "%s/io.containerd.runtime.v2.task/moby/" ID1 "/init.pid",
		 root);
	f = fopen(path, "w");
	CHECK(f != NULL);
	fputs("4242", f);
	fclose(f);
	CHECK(cgroup_parse_path("/system.slice/docker-" ID1 ".scope", &c));
	CHECK(cgroup_owner_pid(&c, root, root, &pid) == 0 && pid == 4242);
	CHECK(cgroup_parse_path("/system.slice/docker-" ID2 ".scope", &c));
	CHECK(cgroup_owner_pid(&c, root, root, &pid) == -ENOENT);
	snprintf(path, sizeof(path), "rm -rf '%s'", root);
	CHECK(system(path) == 0);
}

/* A fake /proc: <root>/42/cgroup and <root>/42/ns/mnt -> "mnt:[4026532999]". */
TEST(fake_proc)
{
	char root[] = "/tmp/logtap-proc-XXXXXX", path[256], buf[512];
	uint64_t ino = 0;
	FILE *f;

	CHECK(mkdtemp(root) != NULL);
	snprintf(path, sizeof(path), "%s/42", root);
	CHECK(mkdir(path, 0700) == 0);
	snprintf(path, sizeof(path), "%s/42/ns", root);
	CHECK(mkdir(path, 0700) == 0);
	snprintf(path, sizeof(path), "%s/42/ns/mnt", root);
	CHECK(symlink("mnt:[4026532999]", path) == 0);
	snprintf(path, sizeof(path), "%s/42/cgroup", root);
	f = fopen(path, "w");
	CHECK(f != NULL);
	if (f) {
		fputs("0::/docker/" ID1 "\n", f);
		fclose(f);
	}
	CHECK(cgroup_read_proc(root, 42, buf, sizeof(buf)) == 0);
	CHECK_STR(buf, "0::/docker/" ID1 "\n");
	CHECK(cgroup_read_proc(root, 43, buf, sizeof(buf)) == -ENOENT);
	CHECK(cgroup_read_proc(root, 42, buf, 8) == 0 && strlen(buf) == 7);
	CHECK(cgroup_mntns(root, 42, &ino) == 0 && ino == 4026532999ull);
	CHECK(cgroup_mntns(root, 43, &ino) == -ENOENT);
	snprintf(path, sizeof(path), "%s/42/stat", root);
	f = fopen(path, "w");
	CHECK(f != NULL);
	if (f) { /* a comm with ") (" in it must not shift the fields */
		fputs("42 (a) (b c) S 1 42 42 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 987654 1 2 3\n",
		      f);
		fclose(f);
	}
	CHECK(cgroup_start_time(root, 42, &ino) == 0 && ino == 987654);
	CHECK(cgroup_start_time(root, 43, &ino) == -ENOENT);
	CHECK(cgroup_start_time("/proc", (uint32_t)getpid(), &ino) == 0 && ino > 0);
	snprintf(path, sizeof(path), "rm -rf '%s'", root);
	CHECK(system(path) == 0);
}

/* The real cgroup2 mount: our own cgroup's inode maps back to its path by id. */
TEST(real_cgroup2)
{
	char mnt[256], text[4096], v2[1024], back[1024];
	uint64_t ino;
	int err;

	if (cgroup_v2_mount(mnt, sizeof(mnt)) ||
	    cgroup_read_proc("/proc", (uint32_t)getpid(), text, sizeof(text)) ||
	    cgroup_v2_line(text, v2, sizeof(v2))) {
		printf("SKIP: real_cgroup2: no cgroup2 mount or no v2 line here\n");
		return;
	}
	CHECK(cgroup_path_inode(mnt, v2, &ino) == 0);
	err = cgroup_path_from_id(mnt, ino, back, sizeof(back));
	if (err == -EPERM || err == -EOPNOTSUPP) {
		printf("SKIP: real_cgroup2 by id: open_by_handle_at: %s\n", strerror(-err));
		return;
	}
	CHECK(err == 0);
	CHECK_STR(back, v2);
	CHECK(cgroup_path_from_id(mnt, 0x7fffffffffffull, back, sizeof(back)) < 0);
}

TEST(names)
{
	CHECK_STR(cgroup_runtime_name(CG_RT_DOCKER), "docker");
	CHECK_STR(cgroup_runtime_name(CG_RT_CRIO), "cri-o");
	CHECK(cgroup_runtime_name(CG_RT_NONE) == NULL);
	CHECK(cgroup_runtime_name(CG_RT_COUNT) == NULL);
}

int main(void)
{
	RUN(every_shape);
	RUN(v2_line);
	RUN(odd_paths);
	RUN(confirm);
	RUN(fake_proc);
	RUN(real_cgroup2);
	RUN(names);
	RUN(hostile_shapes);
	RUN(non_hex_ids_are_refused);
	RUN(owner_pid);
	TEST_END();
}
