/* SPDX-License-Identifier: GPL-2.0 OR Apache-2.0 */
/*
 * path.bpf.h - the path of a file seen for the first time, built from its dentry
 * chain across mounts up to the writer's root: the path as the application sees it,
 * with the magic of the file's filesystem (read-back opens only local filesystems).
 * Included by capture.bpf.c.
 */
#ifndef LOGTAP_PATH_BPF_H
#define LOGTAP_PATH_BPF_H

#include "state.bpf.h"

/* bpf_loop callback: appends one path component, or crosses one mount. */
static long path_step(__u32 i, void *arg)
{
	struct path_buf *pb = ((struct loop_arg *)arg)->buf;
	struct path_state *p = &pb->ps;
	struct dentry *d = p->d, *parent, *mnt_root;
	struct vfsmount *vmnt = p->vmnt;
	struct mount *mnt = p->mnt, *mnt_parent;
	__u32 off = p->off;
	long n;

	if (d == p->root_d && vmnt == p->root_mnt)
		return 1;
	mnt_root = BPF_CORE_READ(vmnt, mnt_root);
	parent = BPF_CORE_READ(d, d_parent);
	if (d == mnt_root || d == parent) {
		mnt_parent = BPF_CORE_READ(mnt, mnt_parent);
		if (mnt_parent == mnt)
			return 1;
		p->d = BPF_CORE_READ(mnt, mnt_mountpoint);
		p->mnt = mnt_parent;
		p->vmnt = &mnt_parent->mnt;
		return 0;
	}
	if (off > LT_PATH_MAX - 256)
		return 1;
	n = bpf_probe_read_kernel_str(&pb->path[off & (LT_PATH_MAX - 1)], 256,
				      BPF_CORE_READ(d, d_name.name));
	if (n <= 0)
		return 1;
	p->off = off + (__u32)n;
	p->d = parent;
	return 0;
}

/* Sends the path of a file seen for the first time, leaf component first,
 * components NUL-separated, walking dentries and mounts up to the task's root. */
static __always_inline void send_path(struct task_struct *task, struct file *f,
				      const struct lt_hdr *base, struct lt_stats *st)
{
	struct loop_arg arg = { .st = st };
	struct path_buf *pb;
	struct lt_file_key key = { .ino = base->ino, .dev = base->dev };
	struct vfsmount *vmnt;
	__u32 zero = 0, len, *n;

	pb = bpf_map_lookup_elem(&path_scratch, &zero);
	if (!pb)
		return;
	vmnt = BPF_CORE_READ(f, f_path.mnt);
	pb->ps.d = BPF_CORE_READ(f, f_path.dentry);
	pb->ps.vmnt = vmnt;
	pb->ps.mnt = container_of(vmnt, struct mount, mnt);
	pb->ps.root_d = BPF_CORE_READ(task, fs, root.dentry);
	pb->ps.root_mnt = BPF_CORE_READ(task, fs, root.mnt);
	pb->ps.off = 0;
	arg.buf = pb;
	bpf_loop(LT_PATH_DEPTH, path_step, &arg, 0);
	len = pb->ps.off;
	pb->hdr = *base;
	pb->hdr.type = LT_REC_PATH;
	pb->hdr.len = len;
	pb->hdr.fs_magic = (__u32)BPF_CORE_READ(f, f_inode, i_sb, s_magic);
	n = bpf_map_lookup_elem(&born, &key);
	pb->hdr.offset = n ? *n : 0;
	if (len > LT_PATH_MAX)
		return;
	if (ring_output(&pb->hdr, sizeof(pb->hdr) + len, RB_NOW)) {
		st->lost_paths++;
		return;
	}
	st->path_records++;
}

#endif
