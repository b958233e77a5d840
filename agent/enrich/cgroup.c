// SPDX-License-Identifier: Apache-2.0
/*
 * cgroup.c - cgroup path -> runtime + container id, for every driver and runtime
 * shape we know, plus the few /proc and cgroupfs reads that enrich uses to tie a
 * captured event (tgid, mount namespace, cgroup v2 id) to that path. No runtime
 * API here: everything is a local file read, cheap enough for a cache miss.
 */
#include "cgroup.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/str.h"

#define MAX_COMPS     32
#define FILEID_KERNFS 0xfe /* include/linux/exportfs.h: handle type of cgroup (kernfs) ids */

struct comp {
	const char *p; /* start, not NUL-terminated */
	size_t n;      /* length */
};

/* Systemd and cgroupfs names that carry a 64 hex digit id after a prefix. */
static const struct {
	const char *prefix;
	enum cg_runtime rt;
	const char *ns; /* containerd namespace */
} prefixed[] = {
    {"docker-", CG_RT_DOCKER, ""},
    {"cri-containerd-", CG_RT_CONTAINERD, "k8s.io"},
    {"crio-", CG_RT_CRIO, ""},
    {"libpod-", CG_RT_PODMAN, ""},
    {"nerdctl-", CG_RT_CONTAINERD, "default"},
};

/* The middle part of systemd-style cgroupsPath "slice:prefix:id" (seen literally in
 * /proc when the kubelet and the runtime disagree on the driver). */
static const struct {
	const char *prefix;
	enum cg_runtime rt;
	const char *ns;
} colon_form[] = {
    {"cri-containerd", CG_RT_CONTAINERD, "k8s.io"},
    {"crio", CG_RT_CRIO, ""},
    {"docker", CG_RT_DOCKER, ""},
};

const char *cgroup_runtime_name(enum cg_runtime rt)
{
	static const char *const names[CG_RT_COUNT] = {
	    NULL, "docker", "containerd", "cri-o", "podman", "kubernetes",
	};

	return (unsigned)rt < CG_RT_COUNT ? names[rt] : NULL;
}

static bool is_hex64(const char *s, size_t n)
{
	size_t i;

	if (n != 64)
		return false;
	for (i = 0; i < n; i++) {
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	}
	return true;
}

static bool comp_is(struct comp c, const char *s)
{
	return c.n == strlen(s) && !memcmp(c.p, s, c.n);
}

static bool comp_ends(struct comp c, const char *s)
{
	size_t n = strlen(s);

	return c.n >= n && !memcmp(c.p + c.n - n, s, n);
}

/* Splits a path into its components, leaving out "", "." and ".." (cgroup namespaces
 * show paths outside them as "/../.."). */
static size_t split_path(const char *path, struct comp *c, size_t max)
{
	size_t n = 0;
	const char *s = path, *e;

	while (*s && n < max) {
		e = strchr(s, '/');
		if (!e)
			e = s + strlen(s);
		if (e > s && !(e - s == 1 && s[0] == '.') && !(e - s == 2 && !memcmp(s, "..", 2)))
			c[n++] = (struct comp){s, (size_t)(e - s)};
		s = *e ? e + 1 : e;
	}
	return n;
}

static bool match_prefixed(struct comp c, struct cg_container *out)
{
	size_t i, pl, n = c.n;

	if (comp_ends(c, ".scope"))
		n -= 6;
	for (i = 0; i < sizeof(prefixed) / sizeof(prefixed[0]); i++) {
		pl = strlen(prefixed[i].prefix);
		if (n != pl + 64 || memcmp(c.p, prefixed[i].prefix, pl) || !is_hex64(c.p + pl, 64))
			continue;
		out->runtime = prefixed[i].rt;
		str_copy(out->id, sizeof(out->id), c.p + pl, 64);
		str_copy(out->ns, sizeof(out->ns), prefixed[i].ns, strlen(prefixed[i].ns));
		return true;
	}
	return false;
}

static bool match_colon(struct comp c, struct cg_container *out)
{
	const char *a = memchr(c.p, ':', c.n), *b;
	size_t i, pl;

	if (!a)
		return false;
	b = memchr(a + 1, ':', c.n - (size_t)(a + 1 - c.p));
	/* every runtime of this shape uses 64 hex digit ids: nothing else may reach a
	 * runtime's API or a path built from the id */
	if (!b || !is_hex64(b + 1, (size_t)(c.p + c.n - (b + 1))))
		return false;
	pl = (size_t)(b - (a + 1));
	for (i = 0; i < sizeof(colon_form) / sizeof(colon_form[0]); i++) {
		if (pl != strlen(colon_form[i].prefix) || memcmp(a + 1, colon_form[i].prefix, pl))
			continue;
		out->runtime = colon_form[i].rt;
		str_copy(out->id, sizeof(out->id), b + 1, (size_t)(c.p + c.n - (b + 1)));
		str_copy(out->ns, sizeof(out->ns), colon_form[i].ns, strlen(colon_form[i].ns));
		return true;
	}
	return false;
}

/* A bare 64 hex digit component: the parent says whose it is. */
static bool match_bare(const struct comp *c, size_t i, bool kube, struct cg_container *out)
{
	if (!is_hex64(c[i].p, c[i].n))
		return false;
	str_copy(out->id, sizeof(out->id), c[i].p, 64);
	if (i > 0 && comp_is(c[i - 1], "docker")) {
		out->runtime = CG_RT_DOCKER;
	} else if (kube) {
		out->runtime = CG_RT_KUBE;
	} else {
		out->runtime = CG_RT_CONTAINERD;
		out->maybe = true;
		if (i > 0)
			str_copy(out->ns, sizeof(out->ns), c[i - 1].p, c[i - 1].n);
	}
	return true;
}

/* "pod<uid>" (cgroupfs) or "kubepods-<qos>-pod<uid with _>.slice" (systemd). */
static bool pod_uid_at(const char *p, const char *end, struct cg_container *out)
{
	size_t len = 0, k;

	while (p + len < end && (strchr("0123456789abcdef-_", p[len]) && p[len]))
		len++;
	if (len < 32 || len > CG_UID_MAX)
		return false;
	str_copy(out->pod_uid, sizeof(out->pod_uid), p, len);
	for (k = 0; k < len; k++) {
		if (out->pod_uid[k] == '_')
			out->pod_uid[k] = '-';
	}
	return true;
}

static void find_pod_uid(const struct comp *c, size_t n, struct cg_container *out)
{
	const char *p, *end;
	size_t i;

	for (i = 0; i < n; i++) {
		end = c[i].p + c[i].n;
		for (p = c[i].p; (p = memmem(p, (size_t)(end - p), "pod", 3)); p += 3) {
			if ((p == c[i].p || p[-1] == '-') && pod_uid_at(p + 3, end, out))
				return;
		}
	}
}

/* The plain containerd shape "/<ns>/<id>": a guess that cgroup_confirm checks. */
static bool match_plain(const struct comp *c, size_t n, struct cg_container *out)
{
	if (n != 2 || c[0].n > CG_NS_MAX || c[1].n > CG_ID_MAX)
		return false;
	if (comp_ends(c[0], ".slice") || comp_ends(c[0], ".scope") || comp_ends(c[0], ".service"))
		return false;
	out->runtime = CG_RT_CONTAINERD;
	out->maybe = true;
	str_copy(out->ns, sizeof(out->ns), c[0].p, c[0].n);
	str_copy(out->id, sizeof(out->id), c[1].p, c[1].n);
	return true;
}

bool cgroup_parse_path(const char *path, struct cg_container *out)
{
	struct comp c[MAX_COMPS];
	size_t n = split_path(path, c, MAX_COMPS), i;
	bool kube = false, found = false;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < n; i++)
		kube |= memmem(c[i].p, c[i].n, "kubepods", 8) != NULL;
	/* Deepest first: nested cgroups inside a container ("libpod-<id>.scope/container")
	 * and docker-in-docker both name the innermost container last. */
	for (i = n; i-- > 0 && !found;) {
		found = match_prefixed(c[i], out) || match_colon(c[i], out) ||
			match_bare(c, i, kube, out);
	}
	if (!found && !kube && match_plain(c, n, out))
		i = 1;
	else if (!found)
		return false;
	else
		i++; /* the loop stepped past it */
	if (strlen(path) > UINT16_MAX)
		return false;
	out->scope_start = (uint16_t)(c[i].p - path);
	out->scope_end = (uint16_t)(c[i].p + c[i].n - path);
	if (kube) {
		find_pod_uid(c, n, out);
		if (out->runtime == CG_RT_CONTAINERD)
			str_copy(out->ns, sizeof(out->ns), "k8s.io", 6);
	}
	return true;
}

bool cgroup_parse_outer(const char *path, struct cg_container *out)
{
	struct cg_container c;
	char cut[1024];

	if (strlen(path) >= sizeof(cut) || !cgroup_parse_path(path, out))
		return false;
	memcpy(cut, path, strlen(path) + 1);
	while (out->scope_start > 0) {
		cut[out->scope_start] = '\0'; /* what holds the container found last */
		if (!cgroup_parse_path(cut, &c) || c.maybe)
			break;
		*out = c;
	}
	return true;
}

/* Next line of text: its cgroup path (after the second ':') into path. */
static const char *next_line(const char *s, char *path, size_t n, bool *v2)
{
	const char *e = strchr(s, '\n'), *a, *b;

	if (!e)
		e = s + strlen(s);
	a = memchr(s, ':', (size_t)(e - s));
	b = a ? memchr(a + 1, ':', (size_t)(e - a - 1)) : NULL;
	path[0] = '\0';
	*v2 = false;
	if (b && (size_t)(e - b - 1) < n) {
		str_copy(path, n, b + 1, (size_t)(e - b - 1));
		*v2 = a - s == 1 && s[0] == '0' && b == a + 1;
	}
	return *e ? e + 1 : e;
}

int cgroup_v2_line(const char *text, char *out, size_t n)
{
	char path[PATH_MAX];
	bool v2;

	while (*text) {
		text = next_line(text, path, sizeof(path), &v2);
		if (!v2)
			continue;
		if (strlen(path) >= n)
			return -ENAMETOOLONG;
		strcpy(out, path);
		return 0;
	}
	return -ENOENT;
}

bool cgroup_parse_proc(const char *text, struct cg_container *out)
{
	struct cg_container c, guess;
	char path[PATH_MAX];
	bool have_guess = false, v2;

	if (!cgroup_v2_line(text, path, sizeof(path)) && cgroup_parse_path(path, &c) && !c.maybe) {
		*out = c;
		return true;
	}
	while (*text) {
		text = next_line(text, path, sizeof(path), &v2);
		if (!path[0] || !cgroup_parse_path(path, &c))
			continue;
		if (!c.maybe) {
			*out = c;
			return true;
		}
		if (!have_guess)
			guess = c;
		have_guess = true;
	}
	if (have_guess)
		*out = guess;
	return have_guess;
}

bool cgroup_confirm(struct cg_container *c, const char *containerd_root)
{
	char path[PATH_MAX];
	struct stat st;

	if (c->runtime == CG_RT_NONE)
		return false;
	if (!c->maybe)
		return true;
	c->maybe = false;
	snprintf(path, sizeof(path), "%s/io.containerd.runtime.v2.task/%s/%s",
		 containerd_root ? containerd_root : "/run/containerd", c->ns, c->id);
	if (c->ns[0] && !stat(path, &st))
		return true;
	if (is_hex64(c->id, strlen(c->id))) {
		c->runtime = CG_RT_DOCKER;
		c->ns[0] = '\0';
		return true;
	}
	memset(c, 0, sizeof(*c));
	return false;
}

bool cgroup_in_scope(const char *writer, const char *owner)
{
	struct cg_container c;

	return cgroup_parse_path(writer, &c) && !strncmp(writer, owner, c.scope_end) &&
	       (owner[c.scope_end] == '\0' || owner[c.scope_end] == '/');
}

/* Reads a pid file: a decimal number, maybe with a newline. */
static int read_pid(const char *path, uint32_t *pid)
{
	char buf[32];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	unsigned long v;
	char *end;

	if (fd < 0)
		return -errno;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return -EPROTO;
	buf[n] = '\0';
	v = strtoul(buf, &end, 10);
	if (end == buf || v == 0 || v > UINT32_MAX)
		return -EPROTO;
	*pid = (uint32_t)v;
	return 0;
}

int cgroup_owner_pid(const struct cg_container *c, const char *containerd_root,
		     const char *crio_root, uint32_t *pid)
{
	const char *cd = containerd_root ? containerd_root : "/run/containerd";
	const char *crio = crio_root ? crio_root : "/run/containers/storage";
	const char *task = "io.containerd.runtime.v2.task";
	char path[4][PATH_MAX];
	size_t i, n = 0;

	/* ids and namespaces come from cgroup components: no '/', never "." or ".." */
	if (!c->id[0] || strchr(c->id, '/') || strchr(c->ns, '/'))
		return -EINVAL;
	if (c->runtime == CG_RT_DOCKER) {
		snprintf(path[n++], PATH_MAX, "/run/docker/containerd/daemon/%s/moby/%s/init.pid",
			 task, c->id);
		snprintf(path[n++], PATH_MAX, "%s/%s/moby/%s/init.pid", cd, task, c->id);
	} else if (c->runtime == CG_RT_CONTAINERD || c->runtime == CG_RT_KUBE) {
		snprintf(path[n++], PATH_MAX, "%s/%s/%s/%s/init.pid", cd, task,
			 c->ns[0] ? c->ns : "k8s.io", c->id);
	}
	if (c->runtime == CG_RT_CRIO || c->runtime == CG_RT_PODMAN || c->runtime == CG_RT_KUBE)
		snprintf(path[n++], PATH_MAX, "%s/overlay-containers/%s/userdata/pidfile", crio,
			 c->id);
	for (i = 0; i < n; i++) {
		if (!read_pid(path[i], pid))
			return 0;
	}
	return -ENOENT;
}

static int cgroup_read_file(const char *proc_root, uint32_t tgid, const char *name, char *buf,
			    size_t n)
{
	char path[PATH_MAX];
	ssize_t r;
	size_t len = 0;
	int fd, err = 0;

	snprintf(path, sizeof(path), "%s/%" PRIu32 "/%s", proc_root, tgid, name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (len + 1 < n) {
		r = read(fd, buf + len, n - 1 - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			err = -errno;
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	buf[len] = '\0';
	return err;
}

int cgroup_read_proc(const char *proc_root, uint32_t tgid, char *buf, size_t n)
{
	return cgroup_read_file(proc_root, tgid, "cgroup", buf, n);
}

int cgroup_mntns(const char *proc_root, uint32_t tgid, uint64_t *ino)
{
	char path[PATH_MAX], link[64];
	ssize_t r;

	snprintf(path, sizeof(path), "%s/%" PRIu32 "/ns/mnt", proc_root, tgid);
	r = readlink(path, link, sizeof(link) - 1);
	if (r < 0)
		return -errno;
	link[r] = '\0';
	if (sscanf(link, "mnt:[%" SCNu64 "]", ino) != 1)
		return -EINVAL;
	return 0;
}

int cgroup_start_time(const char *proc_root, uint32_t tgid, uint64_t *start)
{
	char stat[1024], *p;
	int err = cgroup_read_file(proc_root, tgid, "stat", stat, sizeof(stat)), i;

	if (err)
		return err;
	/* The name in parentheses may hold anything, ')' included: skip to the last one. */
	p = strrchr(stat, ')');
	for (i = 0; p && i < 20; i++)
		p = strchr(p + 1, ' ');
	if (!p || sscanf(p + 1, "%" SCNu64, start) != 1)
		return -EPROTO;
	return 0;
}

int cgroup_v2_mount(char *out, size_t n)
{
	char line[4096], mnt[PATH_MAX];
	FILE *f = fopen("/proc/self/mountinfo", "re");
	int err = -ENOENT;

	if (!f)
		return -errno;
	while (err == -ENOENT && fgets(line, sizeof(line), f)) {
		if (!strstr(line, " - cgroup2 ") ||
		    sscanf(line, "%*s %*s %*s %*s %4095s", mnt) != 1)
			continue;
		err = strlen(mnt) < n ? 0 : -ENAMETOOLONG;
		if (!err)
			strcpy(out, mnt);
	}
	fclose(f);
	return err;
}

int cgroup_path_inode(const char *mnt, const char *path, uint64_t *ino)
{
	char full[PATH_MAX];
	struct stat st;

	if ((size_t)snprintf(full, sizeof(full), "%s%s", mnt, path) >= sizeof(full))
		return -ENAMETOOLONG;
	if (stat(full, &st))
		return -errno;
	*ino = st.st_ino;
	return 0;
}

int cgroup_path_from_id(const char *mnt, uint64_t id, char *out, size_t n)
{
	union {
		struct file_handle fh;
		char bytes[sizeof(struct file_handle) + sizeof(uint64_t)];
	} h;
	struct file_handle *fh = &h.fh;
	char fdpath[64], full[PATH_MAX];
	size_t ml = strlen(mnt);
	int mfd, fd, err = 0;
	ssize_t r;

	fh->handle_bytes = sizeof(id);
	fh->handle_type = FILEID_KERNFS;
	memcpy(fh->f_handle, &id, sizeof(id));
	mfd = open(mnt, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (mfd < 0)
		return -errno;
	fd = open_by_handle_at(mfd, fh, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		err = -errno;
		goto close_mnt;
	}
	snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", fd);
	r = readlink(fdpath, full, sizeof(full) - 1);
	if (r < 0) {
		err = -errno;
		goto close_fd;
	}
	full[r] = '\0';
	if (strncmp(full, mnt, ml) || (full[ml] && full[ml] != '/'))
		err = -EXDEV;
	else if ((size_t)snprintf(out, n, "%s", full[ml] ? full + ml : "/") >= n)
		err = -ENAMETOOLONG;
close_fd:
	close(fd);
close_mnt:
	close(mfd);
	return err;
}
