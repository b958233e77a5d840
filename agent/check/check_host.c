// SPDX-License-Identifier: Apache-2.0
/*
 * check_host.c - the host side of `logtap check`: the capture programs load,
 * attach and detach once (nothing stays attached), what is pinned under bpffs and
 * whether an agent owns it, each container runtime the enrich stage would ask
 * answers, and the spool directory can be written.
 */
#include "check.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "capture/capture.h"
#include "enrich/docker.h"

#define CHECK_API_TIMEOUT_MS 2000

static int no_records(void *ctx, const struct lt_hdr *h, const void *payload)
{
	return 0;
}

void check_bpf(struct check_run *r)
{
	const struct lt_options *o = r->o;
	struct cap_opts co = {
	    .host = o->host,
	    .stdio = o->stdio,
	    .max_write = o->max_write,
	    .copy_writes = o->copy_writes || !o->read_back,
	    .precise_time = o->precise_time,
	    .ring_bytes = o->ring_bytes,
	    .hook = o->hook,
	};
	struct capture *c = capture_open(&co, no_records, NULL);
	char hook[16];

	if (!c) {
		check_say(r, CHECK_FAIL, "bpf",
			  "cannot load and attach the capture programs: %s (root, or CAP_BPF, "
			  "CAP_PERFMON and CAP_SYS_RESOURCE, and a kernel with BTF are needed)",
			  strerror(errno));
		return;
	}
	snprintf(hook, sizeof(hook), "%s", capture_hook(c));
	capture_close(c);
	check_say(r, CHECK_OK, "bpf",
		  "capture programs loaded and attached (hook %s), detached again", hook);
}

void check_pins(struct check_run *r)
{
	const char *root = r->o->bpf_pin_dir;
	struct cap_pin_report pr;

	if (!root || !*root || !strcmp(root, "none")) {
		check_say(
		    r, CHECK_SKIP, "pins",
		    "--bpf-pin-dir none: the agent does not pin; writes made while it is down "
		    "are not captured");
		return;
	}
	capture_pin_report(root, &pr);
	if (!pr.on_bpffs)
		check_say(r, CHECK_WARN, "pins",
			  "nothing pinned: %s is not on a bpffs; the agent mounts one at start, "
			  "which outlives it only on the host (mount -t bpf bpf /sys/fs/bpf there)",
			  root);
	else if (!pr.folders)
		check_say(r, CHECK_OK, "pins", "nothing pinned under %s yet", root);
	else if (pr.owned)
		check_say(r, CHECK_OK, "pins", "%s holds %s; an agent owns it now", root, pr.names);
	else if (pr.folders > 1)
		check_say(
		    r, CHECK_WARN, "pins",
		    "%s holds %s and no agent runs: an unfinished handover between two versions "
		    "(an agent was stopped while it drained the older one's ring); the next agent "
		    "of the newer version resumes it, and the records wait until then",
		    root, pr.names);
	else
		check_say(
		    r, CHECK_OK, "pins",
		    "%s holds %s and no agent runs: the kernel keeps capturing into it for the "
		    "next agent (logtap agent --unpin removes it)",
		    root, pr.names);
}

/* The Engine API's version, or "" (the body is not needed to know it answers). */
static void api_version(const char *sock, char *out, size_t cap)
{
	struct buf body = {0};
	json_t *root = NULL;
	const char *v;

	out[0] = '\0';
	if (docker_get(sock, "/version", CHECK_API_TIMEOUT_MS, &body) == 200)
		root = json_loadb(body.p, body.len, 0, NULL);
	v = json_string_value(json_object_get(root, "Version"));
	if (v)
		snprintf(out, cap, " (version %s)", v);
	json_decref(root);
	buf_free(&body);
}

/* A Docker-compatible API socket (Docker, Podman): GET /_ping answers 200 "OK". */
static void check_api(struct check_run *r, const char *name, const char *set, const char *dflt)
{
	const char *sock = set ? set : dflt;
	struct buf body = {0};
	char version[80];
	int st;

	if (access(sock, F_OK) && errno == ENOENT && !set) {
		check_say(r, CHECK_SKIP, name, "no socket at %s (not used on this host)", sock);
		return;
	}
	st = docker_get(sock, "/_ping", CHECK_API_TIMEOUT_MS, &body);
	if (st == 200) {
		api_version(sock, version, sizeof(version));
		check_say(r, CHECK_OK, name, "%s answers%s", sock, version);
	} else if (st > 0) {
		check_say(r, CHECK_FAIL, name, "%s answers GET /_ping with HTTP %d", sock, st);
	} else {
		check_say(r, CHECK_FAIL, name, "%s%s: %s", sock,
			  set ? "" : " exists but does not answer", strerror(-st));
	}
	buf_free(&body);
}

/* A runtime state directory read by the enrich stage (OCI bundles, containers.json). */
static void check_dir(struct check_run *r, const char *name, const char *set, const char *dflt)
{
	const char *dir = set ? set : dflt;
	struct dirent *d;
	int entries = 0;
	DIR *dp = opendir(dir);

	if (!dp && errno == ENOENT && !set) {
		check_say(r, CHECK_SKIP, name, "no %s (not used on this host)", dir);
		return;
	}
	if (!dp) {
		check_say(r, CHECK_FAIL, name, "%s: %s", dir, strerror(errno));
		return;
	}
	while ((d = readdir(dp)))
		entries += d->d_name[0] != '.';
	closedir(dp);
	check_say(r, CHECK_OK, name, "%s is readable (%d entr%s)", dir, entries,
		  entries == 1 ? "y" : "ies");
}

void check_runtimes(struct check_run *r)
{
	const struct lt_options *o = r->o;

	check_api(r, "docker", o->docker_socket, "/var/run/docker.sock");
	check_api(r, "podman", o->podman_socket, "/run/podman/podman.sock");
	check_dir(r, "containerd", o->containerd_root, "/run/containerd");
	check_dir(r, "cri-o", o->crio_root, "/run/containers/storage");
	check_dir(r, "storage", o->storage_root, "/var/lib/containers/storage");
}

/* Creates, writes and removes one file in dir. 0 or -errno. */
static int try_write(const char *dir)
{
	char path[4096];
	int fd, err = 0;

	snprintf(path, sizeof(path), "%s/.logtap-check-XXXXXX", dir);
	fd = mkstemp(path);
	if (fd < 0)
		return -errno;
	if (write(fd, "check\n", 6) != 6 || fsync(fd))
		err = -errno;
	close(fd);
	unlink(path);
	return err;
}

/* The nearest existing ancestor of path (into out), for a directory still to create. */
static void existing_parent(const char *path, char *out, size_t cap)
{
	char tmp[4096];

	snprintf(out, cap, "%s", path);
	while (strcmp(out, "/") && strcmp(out, ".") && access(out, F_OK)) {
		snprintf(tmp, sizeof(tmp), "%s", out);
		snprintf(out, cap, "%s", dirname(tmp));
	}
}

static void spool_space(const char *dir, const struct lt_options *o, struct check_run *r)
{
	struct statvfs vfs;
	double free_mib;

	if (statvfs(dir, &vfs)) {
		check_say(r, CHECK_OK, "spool", "%s is writable", dir);
		return;
	}
	free_mib = (double)vfs.f_bavail * (double)vfs.f_frsize / 1048576.0;
	check_say(r, free_mib * 1048576.0 < (double)o->ship.spool_max_bytes ? CHECK_WARN : CHECK_OK,
		  "spool", "%s is writable; %.0f MiB free for a limit of %.0f MiB", dir, free_mib,
		  (double)o->ship.spool_max_bytes / 1048576.0);
}

void check_spool(struct check_run *r)
{
	const struct lt_options *o = r->o;
	const char *dir = o->ship.spool_dir; /* the default comes from options.c */
	char parent[4096];
	struct stat st;
	int err;

	if (!o->nats.url) {
		check_say(r, CHECK_SKIP, "spool", "no --nats-url: events go to stdout, no spool");
		return;
	}
	if (!stat(dir, &st)) {
		err = S_ISDIR(st.st_mode) ? try_write(dir) : -ENOTDIR;
		if (err)
			check_say(r, CHECK_FAIL, "spool", "%s: %s", dir, strerror(-err));
		else
			spool_space(dir, o, r);
		return;
	}
	existing_parent(dir, parent, sizeof(parent));
	if (access(parent, W_OK | X_OK))
		check_say(r, CHECK_FAIL, "spool",
			  "%s does not exist and cannot be created in %s: %s", dir, parent,
			  strerror(errno));
	else
		check_say(r, CHECK_OK, "spool", "%s does not exist yet; it can be created in %s",
			  dir, parent);
}
