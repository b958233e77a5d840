/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cgroup.h - the first step of enrich: which runtime and container a process
 * belongs to, from its cgroup paths (v1 and v2, cgroupfs and systemd drivers),
 * and the kernel facts (mount namespace, cgroup v2 inode) that tie an event to it.
 */
#ifndef LOGTAP_CGROUP_H
#define LOGTAP_CGROUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum cg_runtime {
	CG_RT_NONE = 0,	  /* not a container: a host process */
	CG_RT_DOCKER,	  /* docker (also --cgroup-parent guesses) */
	CG_RT_CONTAINERD, /* containerd: CRI under Kubernetes or a plain namespace (ctr, nerdctl) */
	CG_RT_CRIO,	  /* CRI-O */
	CG_RT_PODMAN,	  /* podman (libpod) */
	CG_RT_KUBE,	  /* a Kubernetes container under the cgroupfs driver: the path does not
			   * name the runtime, the runtime state does */
	CG_RT_COUNT
};

#define CG_ID_MAX  128 /* containerd ids are free-form names; docker ids are 64 hex digits */
#define CG_NS_MAX  64
#define CG_UID_MAX 40

/* What a cgroup path says about its container. */
struct cg_container {
	enum cg_runtime runtime;
	bool maybe;		      /* a plain containerd /<ns>/<id> shape: only a guess until the
				       * runtime state confirms it (cgroup_confirm) */
	char id[CG_ID_MAX + 1];	      /* container id, NUL-terminated */
	char ns[CG_NS_MAX + 1];	      /* containerd namespace ("k8s.io" under kubepods), or "" */
	char pod_uid[CG_UID_MAX + 1]; /* Kubernetes pod uid from the pod slice, or "" */
	/* cgroup_parse_path: where the component that named the container starts and ends
	 * in the path: path[0, scope_end) is the container's own cgroup, as far as the
	 * path can tell (a process may have made it below its own: cgroup_same_scope). */
	uint16_t scope_start, scope_end;
};

/* "docker", "containerd", "cri-o", "podman", "kubernetes"; NULL for CG_RT_NONE. */
const char *cgroup_runtime_name(enum cg_runtime rt);

/* Parses one cgroup path ("/docker/<id>", ".../cri-containerd-<id>.scope", ...).
 * True when it names a container (out filled); false for host paths. */
bool cgroup_parse_path(const char *path, struct cg_container *out);

/* The outermost container a cgroup path names, for a cgroup no longer there to be checked
 * against its container's own (cgroup_in_scope): a container may make cgroups below its
 * own named like another's, never above it. True when one is named (out filled). */
bool cgroup_parse_outer(const char *path, struct cg_container *out);

/* Parses the text of /proc/<pid>/cgroup (NUL-terminated): the v2 line ("0::") first, then
 * the v1 lines; a definite container beats a plain containerd guess. True when found. */
bool cgroup_parse_proc(const char *text, struct cg_container *out);

/* Copies the path of the "0::" line of /proc/<pid>/cgroup text into out. 0, -ENOENT when
 * there is none, -ENAMETOOLONG. */
int cgroup_v2_line(const char *text, char *out, size_t n);

/* Whether a writer in cgroup path writer is in the container that path names: owner, the
 * cgroup of that container's init process, is the writer's cgroup up to the component
 * naming the container, or below it. A process that made a cgroup named like another
 * container's below its own fails this against that container's init process. */
bool cgroup_in_scope(const char *writer, const char *owner);

/* The pid of the container's init process, from the runtime's state on disk (Docker
 * and containerd task bundles: init.pid; CRI-O and Podman: userdata/pidfile). 0, or
 * -ENOENT when no runtime state names it, or -errno. */
int cgroup_owner_pid(const struct cg_container *c, const char *containerd_root,
		     const char *crio_root, uint32_t *pid);

/* Confirms or drops a plain containerd guess: it stands when
 * <containerd_root>/io.containerd.runtime.v2.task/<ns>/<id> exists. A guess that fails but
 * whose id is 64 hex digits stays a container (docker with a custom --cgroup-parent).
 * Returns the final answer: true when c is a container. */
bool cgroup_confirm(struct cg_container *c, const char *containerd_root);

/* Reads <proc_root>/<tgid>/cgroup into buf (n bytes, NUL-terminated). 0 or -errno. */
int cgroup_read_proc(const char *proc_root, uint32_t tgid, char *buf, size_t n);

/* The mount namespace inode of <proc_root>/<tgid> (from the ns/mnt link). 0 or -errno. */
int cgroup_mntns(const char *proc_root, uint32_t tgid, uint64_t *ino);

/* The start time of <proc_root>/<tgid> (field 22 of its stat, clock ticks since boot):
 * with the tgid, it names one process for good. 0 or -errno (-EPROTO: unreadable stat). */
int cgroup_start_time(const char *proc_root, uint32_t tgid, uint64_t *start);

/* The cgroup2 mount point from /proc/self/mountinfo into out. 0, -ENOENT or -errno. */
int cgroup_v2_mount(char *out, size_t n);

/* The inode (= cgroup v2 id) of <mnt><path>. 0 or -errno. */
int cgroup_path_inode(const char *mnt, const char *path, uint64_t *ino);

/* The path (relative to mnt, starting with '/') of the cgroup v2 with this id, through
 * open_by_handle_at (needs CAP_DAC_READ_SEARCH): works after the writer has exited.
 * 0 or -errno. */
int cgroup_path_from_id(const char *mnt, uint64_t id, char *out, size_t n);

#endif
