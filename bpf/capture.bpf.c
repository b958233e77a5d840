// SPDX-License-Identifier: GPL-2.0 OR Apache-2.0
/*
 * capture.bpf.c - the kernel side of logtap: one sys_exit program sees every
 * successful write/writev/pwrite64/pwritev/pwritev2, keeps only container
 * processes writing to log files (or stdio when asked), and sends the bytes themselves
 * (copy.bpf.h), or with --read-back where the write went in a file userspace reads back.
 * It drops the verdicts of an inode number when a file is created with it, counts
 * invalidations of read-back files (truncations, overwrites) and refuses read-back for
 * files on network or FUSE filesystems. Losses are counted, never silent.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

#include "lt_abi.h"
#include "syscalls.h"

#include "state.bpf.h"
#include "path.bpf.h"
#include "copy.bpf.h"
#include "span.bpf.h"

/* The struct file behind fd in the current task, or NULL. In the tp_btf program the
 * slot fds[fd] is read with a direct load: a variable index into a BTF pointer is not
 * allowed, so the slot's address is cast to struct kiocb, whose first member is a
 * struct file pointer. The raw_tp program reads it with one probe read. */
static __always_inline struct file *fd_file(struct task_struct *task, __u32 fd, bool direct)
{
	struct files_struct *files = KREAD(direct, task, files);
	struct fdtable *fdt = KREAD(direct, files, fdt);
	struct file **fds;
	struct file *f = NULL;

	if (!fdt || fd >= KREAD(direct, fdt, max_fds))
		return NULL;
	fds = KREAD(direct, fdt, fd);
	if (direct)
		return ((struct kiocb *)bpf_rdonly_cast(&fds[fd],
							 bpf_core_type_id_kernel(struct kiocb)))->ki_filp;
	if (bpf_probe_read_kernel(&f, sizeof(f), &fds[fd]))
		return NULL;
	return f;
}

#define VERDICT_UNSEEN 0 /* a file seen for the first time: its path goes out */

static __always_inline void file_key(struct inode *ino, struct lt_file_key *key, bool direct)
{
	struct super_block *sb = KREAD(direct, ino, i_sb);

	key->ino = KREAD(direct, ino, i_ino);
	key->dev = KREAD(direct, sb, s_dev);
}

/* Whether the bytes of a file may be read back by userspace instead of copied: only on
 * a local filesystem (a read on NFS or FUSE could hang the agent) and only while no
 * process has it mapped shared and writable. Holds even if userspace stored READ. */
static __always_inline bool read_allowed(struct inode *ino, const struct lt_file_key *key,
					 bool direct)
{
	struct super_block *sb = KREAD(direct, ino, i_sb);

	return lt_fs_local((__u32)KREAD(direct, sb, s_magic)) && !bpf_map_lookup_elem(&noread, key);
}

/* Decides whether a write to f counts: returns the stream, or -1 to skip. *verdict is
 * the file's verdict, VERDICT_UNSEEN, or LT_VERDICT_PENDING for stdio. */
static __always_inline int classify(struct file *f, __u32 fd, struct lt_file_key *key,
				    __u32 *verdict, struct cpu_state *cs, bool direct)
{
	struct inode *ino = KREAD(direct, f, f_inode);
	__u32 mode = KREAD(direct, ino, i_mode) & S_IFMT;
	__u32 *v, pending = LT_VERDICT_PENDING;
	__u64 gen;

	*verdict = LT_VERDICT_PENDING;
	if (mode == S_IFREG) {
		if (cs->last_file == (__u64)f && cs->last_inode == (__u64)ino &&
		    cs->last_gen == verdict_gen) {
			*key = cs->last_key;
			*verdict = cs->last_verdict;
			return LT_STREAM_FILE;
		}
		file_key(ino, key, direct);
		gen = verdict_gen; /* read before the lookup: a change after it is seen next time */
		v = bpf_map_lookup_elem(&files, key);
		if (v) {
			*verdict = *v;
			if (*verdict == LT_VERDICT_IGNORE)
				return -1;
			if (*verdict == LT_VERDICT_READ && !read_allowed(ino, key, direct))
				*verdict = LT_VERDICT_CAPTURE;
			if (*verdict == LT_VERDICT_CAPTURE || *verdict == LT_VERDICT_READ) {
				v = *verdict == LT_VERDICT_READ ? bpf_map_lookup_elem(&truncs, key)
								: NULL;
				cs->last_truncs = v ? *v : 0; /* spans only */
				cs->last_file = (__u64)f;
				cs->last_inode = (__u64)ino;
				cs->last_key = *key;
				cs->last_verdict = *verdict;
				cs->last_gen = gen;
			}
			return LT_STREAM_FILE;
		}
		if (bpf_map_lookup_elem(&ignored, key))
			return -1;
		if (bpf_map_update_elem(&files, key, &pending, BPF_NOEXIST) == 0)
			*verdict = VERDICT_UNSEEN;
		return LT_STREAM_FILE;
	}
	if (targ_stdio && (fd == 1 || fd == 2) && (mode == S_IFIFO || mode == S_IFCHR))
		return fd == 1 ? LT_STREAM_STDOUT : LT_STREAM_STDERR;
	return -1;
}

/* The time of a write. Reading the clock costs about 50 ns on a VM (the TSC read is
 * serializing), a sixth of a captured write, so by default it is read once per tick
 * (jiffy) per CPU and writes in the same tick share it: at most one tick (1 to 10 ms)
 * early. precise_time reads it for every write. */
static __always_inline __u64 write_time(struct cpu_state *cs)
{
	__u64 j;

	if (precise_time)
		return bpf_ktime_get_boot_ns();
	j = bpf_jiffies64();
	if (j != cs->tick) {
		cs->tick = j;
		cs->tick_ns = bpf_ktime_get_boot_ns();
	}
	return cs->tick_ns;
}

static __always_inline void fill_header(struct lt_hdr *h, struct task_struct *task,
					__u64 pid_tgid, __u64 mntns,
					const struct lt_file_key *key, int stream, __u32 fd,
					long ret, struct cpu_state *cs)
{
	h->type = LT_REC_DATA;
	h->ts_ns = write_time(cs);
	h->ino = key->ino;
	h->dev = key->dev;
	h->tgid = pid_tgid >> 32;
	h->pid = (__u32)pid_tgid;
	h->mntns = mntns;
	h->stream = stream;
	h->fd = fd;
	h->write_len = ret;
	h->write_id = (cs->seq++ << LT_CPU_BITS) |
		      (bpf_get_smp_processor_id() & ((1u << LT_CPU_BITS) - 1));
	/* The per-CPU scratch header still holds the comm and cgroup of the thread that
	 * wrote last on this CPU: refresh them only for another thread or after an exec.
	 * (A thread renaming itself with prctl keeps its old name until then.) */
	if (cs->hdr_pid != h->pid || cs->hdr_mm != (__u64)task->mm) {
		h->cgroup_id = bpf_get_current_cgroup_id();
		bpf_probe_read_kernel(h->comm, sizeof(h->comm), task->comm);
		cs->hdr_pid = h->pid;
		cs->hdr_mm = (__u64)task->mm;
	}
}

/* Kernels before 6.13 count file references in f_count (1 = one holder). */
struct file___fcount {
	atomic_long_t f_count;
} __attribute__((preserve_access_index));

/* Whether the open file description has another holder than the writer's fd: a
 * dup, or an fd inherited by forked workers (nginx, Apache). Writers sharing one
 * description move its position under each other, so their writes are copied. */
static __always_inline bool file_shared(struct file *f, bool direct)
{
	if (bpf_core_field_exists(f->f_ref))
		return KREAD(direct, f, f_ref.refcnt.counter) != 0; /* 0: one reference */
	return BPF_CORE_READ((struct file___fcount *)f, f_count.counter) > 1;
}

/* A write(v) to a file userspace holds open, alone (the raw_tp program, or no span
 * could be kept): only its position and length go out, and userspace reads the bytes
 * from the page cache. False when it did not fit. */
static __always_inline bool send_span(const struct lt_hdr *h)
{
	__u64 epoch;
	struct lt_hdr *r = ring_reserve(&epoch, sizeof(*r));

	if (!r)
		return false;
	__builtin_memcpy(r, h, sizeof(*r));
	r->type = LT_REC_SPAN;
	r->len = 0;
	r->flags = LT_F_FIRST | LT_F_LAST;
	stamp(r, epoch);
	bpf_ringbuf_submit(r, rb_flags(!(epoch & 1), h->write_id >> LT_CPU_BITS));
	return true;
}

/* Spans of a read-back file sent before now may no longer hold their writers' bytes:
 * bump its count so that userspace reads none of them (they become counted gaps), and
 * make every CPU look the count up again. */
static __always_inline void invalidate(const struct lt_file_key *key)
{
	__u32 *v, one = 1;

	v = bpf_map_lookup_elem(&truncs, key);
	if (v)
		__sync_fetch_and_add(v, 1);
	else if (bpf_map_update_elem(&truncs, key, &one, BPF_NOEXIST))
		return;
	__sync_fetch_and_add(&verdict_gen, 1);
}

/* The file behind fd was changed other than by a tracked append (truncated, written
 * where it was told, mapped shared and writable), by any process: when userspace
 * reads it back, invalidate its spans; a mapped one is never read back again. */
static __always_inline void note_change(struct task_struct *task, __u32 fd, bool mapped,
					bool direct)
{
	struct lt_file_key key = {};
	struct file *f = fd_file(task, fd, direct);
	struct inode *ino;
	__u32 *v;
	__u8 one = 1;

	if (!f)
		return;
	ino = KREAD(direct, f, f_inode);
	if ((KREAD(direct, ino, i_mode) & S_IFMT) != S_IFREG)
		return;
	file_key(ino, &key, direct);
	v = bpf_map_lookup_elem(&files, &key);
	if (!v || *v != LT_VERDICT_READ)
		return;
	if (mapped)
		bpf_map_update_elem(&noread, &key, &one, BPF_ANY);
	invalidate(&key);
}

/* Whether a write to a read-back file may have replaced bytes of earlier spans: a
 * pwrite goes where it is told; a write(v) through a description without O_APPEND
 * that ended before the end of the file went back over older bytes. (Two writers
 * racing may make an append look like that: a gap then, never another's bytes.) */
static __always_inline bool overwrites(struct file *f, long nr, bool direct)
{
	struct inode *ino;

	if (nr != LT_NR_WRITE && nr != LT_NR_WRITEV)
		return true;
	if (KREAD(direct, f, f_flags) & O_APPEND)
		return false;
	ino = KREAD(direct, f, f_inode);
	return KREAD(direct, f, f_pos) < KREAD(direct, ino, i_size);
}

static __always_inline void note_writer(__u32 tgid, struct cpu_state *cs)
{
	__u8 one = 1;

	if (cs->last_tgid == tgid)
		return;
	if (!bpf_map_lookup_elem(&writers, &tgid))
		bpf_map_update_elem(&writers, &tgid, &one, BPF_ANY);
	cs->last_tgid = tgid;
}

/* A syscall argument: direct loads where regs is trusted (tp_btf), CO-RE probe reads
 * otherwise (raw_tp). direct is a constant after inlining, so each program keeps one. */
#define SYSCALL_ARG(n, regs, direct)                                                      \
	((direct) ? (__u64)LT_SYSCALL_ARG##n##_DIRECT(regs)                                \
		  : (__u64)PT_REGS_PARM##n##_CORE_SYSCALL(regs))

/* Copies the bytes of a write (up to max_write) into the ring buffer; what could not
 * be copied is left in b->cs.lost. */
static __always_inline void copy_write(struct data_buf *b, struct lt_stats *st,
				       struct pt_regs *regs, long nr, long ret, bool direct)
{
	struct loop_arg arg = { .buf = b, .st = st };
	__u64 limit = (__u64)ret < max_write ? (__u64)ret : max_write;

	b->cs.limit = limit;
	b->cs.done = 0;
	b->cs.lost = 0;
	b->cs.seg = 0;
	if (nr == LT_NR_WRITE || nr == LT_NR_PWRITE64) {
		b->cs.iov = 0;
		b->cs.nseg = 0;
		b->cs.base = SYSCALL_ARG(2, regs, direct);
		b->cs.left_in_seg = limit;
	} else {
		b->cs.iov = SYSCALL_ARG(2, regs, direct);
		b->cs.nseg = (__u32)SYSCALL_ARG(3, regs, direct);
		b->cs.base = 0;
		b->cs.left_in_seg = 0;
	}
	if (!b->cs.iov && limit <= 4096)
		copy_small(b, st, limit); /* the common case: no loop, no scratch copy */
	else
		bpf_loop(limit / LT_CHUNK_MAX + LT_IOV_MAX + 1, copy_chunk, &arg, 0);
	if ((__u64)ret > limit)
		st->truncated_bytes += ret - limit;
}

static __always_inline bool is_pwrite_nr(long nr)
{
	return nr == LT_NR_PWRITE64 || nr == LT_NR_PWRITEV || nr == LT_NR_PWRITEV2;
}

/* A write whose bytes are not captured (a host process, one outside --pid) can still
 * overwrite a read-back file: a pwrite does, a write(v) is taken to append (documented). */
static __always_inline int foreign_write(struct pt_regs *regs, long nr, bool direct)
{
	if (targ_readback && is_pwrite_nr(nr)) /* only then the helper call */
		note_change(bpf_get_current_task_btf(), (__u32)SYSCALL_ARG(1, regs, direct), false,
			    direct);
	return 0;
}

static __always_inline int handle_write(struct pt_regs *regs, struct task_struct *task,
					__u64 mntns, long nr, long ret, bool direct)
{
	struct lt_file_key key = {};
	struct cpu_state *cs;
	__u64 pid_tgid;
	struct data_buf *b;
	struct lt_stats *st;
	__u32 tgid, zero = 0, fd, verdict;
	struct file *f;
	bool over, span, join;
	int stream;

	/* the task's own fields are direct loads; the helper is a call */
	pid_tgid = direct ? (__u64)task->tgid << 32 | (__u32)task->pid : bpf_get_current_pid_tgid();
	tgid = pid_tgid >> 32;
	if (tgid == self_tgid || (targ_pids && !bpf_map_lookup_elem(&pids, &tgid)))
		return foreign_write(regs, nr, direct);
	fd = (__u32)SYSCALL_ARG(1, regs, direct);
	f = fd_file(task, fd, direct);
	if (!f)
		return 0;
	cs = bpf_map_lookup_elem(&cpu_states, &zero);
	if (!cs)
		return 0;
	stream = classify(f, fd, &key, &verdict, cs, direct);
	if (stream < 0)
		return 0;
	st = stats_get();
	b = bpf_map_lookup_elem(&data_scratch, &zero);
	if (!st || !b)
		return 0;
	over = verdict == LT_VERDICT_READ && overwrites(f, nr, direct);
	span = verdict == LT_VERDICT_READ && !over && !file_shared(f, direct);
	/* a small copied write of one buffer to a file whose path went out */
	join = direct && !span && !over && verdict != VERDICT_UNSEEN &&
	       (nr == LT_NR_WRITE || nr == LT_NR_PWRITE64) && ret <= LT_JOIN_WRITE_MAX &&
	       (__u64)ret <= max_write;
	/* the common write: it continues the thread's span (span.bpf.h) */
	if (direct && (span || join) && !gaps_waiting() &&
	    (span ? pend_extend(task, f, KREAD(direct, f, f_pos) - ret, ret, mntns,
				cs->last_truncs, write_time(cs))
		  : join_extend(task, f, fd, SYSCALL_ARG(2, regs, direct), ret, mntns,
				write_time(cs)))) {
		st->writes++;
		st->span_writes++;
		return 0;
	}
	fill_header(&b->hdr, task, pid_tgid, mntns, &key, stream, fd, ret, cs);
	if (direct && !span && !join) { /* spans before the thread's next record: */
		pend_flush_own(task, st); /* its own, */
		if (pends_live > 0)
			pend_order(&b->hdr, st, false); /* another thread's on the stream */
	}
	if (verdict == VERDICT_UNSEEN)
		send_path(task, f, &b->hdr, st);
	note_writer(tgid, cs);
	b->hdr.gap_bytes = gap_take(tgid, key.dev, key.ino);
	st->writes++;
	if (over) {
		invalidate(&key); /* and its own bytes are copied */
	} else if (span) {
		b->hdr.type = LT_REC_SPAN;
		b->hdr.offset = KREAD(direct, f, f_pos) - ret; /* write(v) advanced it by ret */
		b->hdr.truncs = cs->last_truncs;
		if ((direct && pend_start(task, f, &b->hdr, 0, st)) || send_span(&b->hdr))
			return 0;
		st->lost_records++;
		st->lost_bytes += ret;
		gap_add(tgid, key.dev, key.ino, ret + b->hdr.gap_bytes);
		return 0;
	}
	if (join && pend_start(task, f, &b->hdr, SYSCALL_ARG(2, regs, direct), st))
		return 0;
	copy_write(b, st, regs, nr, ret, direct);
	if (b->cs.lost)
		gap_add(tgid, key.dev, key.ino, b->cs.lost);
	return 0;
}

static __always_inline bool is_write_nr(long nr)
{
	return nr == LT_NR_WRITE || nr == LT_NR_WRITEV || nr == LT_NR_PWRITE64 ||
	       nr == LT_NR_PWRITEV || nr == LT_NR_PWRITEV2;
}

/* The fd of a call that may have truncated or rewritten a file, or -1. */
static __always_inline long changed_fd(struct pt_regs *regs, long nr, long ret, bool direct)
{
	if (nr == LT_NR_FALLOCATE)
		return ret == 0 ? (long)(__u32)SYSCALL_ARG(1, regs, direct) : -1;
	if (nr == LT_NR_SENDFILE)
		return ret > 0 ? (long)(__u32)SYSCALL_ARG(1, regs, direct) : -1;
	if (nr == LT_NR_SPLICE || nr == LT_NR_COPY_FILE_RANGE)
		return ret > 0 ? (long)(__u32)SYSCALL_ARG(3, regs, direct) : -1;
	if (nr == LT_NR_FTRUNCATE)
		return ret == 0 ? (long)(__u32)SYSCALL_ARG(1, regs, direct) : -1;
	if (nr == LT_NR_OPENAT)
		return SYSCALL_ARG(3, regs, direct) & O_TRUNC ? ret : -1;
	if (nr == LT_NR_OPEN)
		return SYSCALL_ARG(2, regs, direct) & O_TRUNC ? ret : -1;
	if (nr == LT_NR_OPENAT2) {
		__u64 flags = 0; /* struct open_how starts with the flags */

		bpf_probe_read_user(&flags, sizeof(flags), (void *)SYSCALL_ARG(3, regs, direct));
		return flags & O_TRUNC ? ret : -1;
	}
	return nr == LT_NR_CREAT ? ret : -1;
}

/* The fd of an open that may have created a file, or -1. */
static __always_inline long created_fd(struct pt_regs *regs, long nr, long ret, bool direct)
{
	const __u64 made = O_CREAT | O_TMPFILE_BIT;

	if (nr == LT_NR_CREAT)
		return ret;
	if (nr == LT_NR_OPENAT)
		return SYSCALL_ARG(3, regs, direct) & made ? ret : -1;
	if (nr == LT_NR_OPEN)
		return SYSCALL_ARG(2, regs, direct) & made ? ret : -1;
	if (nr == LT_NR_OPENAT2) {
		__u64 flags = 0; /* struct open_how starts with the flags */

		bpf_probe_read_user(&flags, sizeof(flags), (void *)SYSCALL_ARG(3, regs, direct));
		return flags & made ? ret : -1;
	}
	return -1;
}

/* A file this open created, by any process: a new inode, which may have the number of
 * a deleted file. That number's verdicts (log, ignored, mapped) were the old file's:
 * they are dropped, so the new file's first write brings its own path. born is counted
 * first, so userspace, which stores a verdict and then looks at born, sees either the
 * new count or the maps cleared after its store. */
static __always_inline void note_created(struct task_struct *task, __u32 fd, bool direct)
{
	struct lt_file_key key = {};
	struct file *f = fd_file(task, fd, direct);
	struct inode *ino;
	__u32 *n, one = 1;

	if (!f || !(KREAD(direct, f, f_mode) & FMODE_CREATED))
		return;
	ino = KREAD(direct, f, f_inode);
	if ((KREAD(direct, ino, i_mode) & S_IFMT) != S_IFREG)
		return;
	file_key(ino, &key, direct);
	n = bpf_map_lookup_elem(&born, &key);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&born, &key, &one, BPF_ANY);
	bpf_map_delete_elem(&ignored, &key);
	bpf_map_delete_elem(&noread, &key);
	if (bpf_map_delete_elem(&files, &key) == 0)
		__sync_fetch_and_add(&verdict_gen, 1); /* CPUs that remember it look again */
}

static __always_inline int on_sys_exit(struct pt_regs *regs, long nr, long ret, bool direct)
{
	struct task_struct *task;
	struct cpu_state *cs;
	__u64 mntns, gen;
	__u32 zero = 0;
	long fd;

	if (!is_active()) /* an older instance during an upgrade, or a newer one before it */
		return 0;
	if (is_write_nr(nr)) {
		if (ret == 0)
			return 0;
		/* scope first: it is all that host processes pay when only containers count.
		 * The same host task again on this CPU skips even the helper call and the
		 * namespace loads (measured: x1.04 of an empty hook with them, x0.98 without) */
		cs = NULL;
		if (!targ_pids && !targ_host) {
			cs = bpf_map_lookup_elem(&cpu_states, &zero);
			if (!cs)
				return 0;
			if (cs->host_regs == (__u64)regs && cs->host_gen == scope_gen)
				return foreign_write(regs, nr, direct);
		}
		gen = scope_gen;
		task = bpf_get_current_task_btf();
		mntns = task->nsproxy->mnt_ns->ns.inum;
		if (cs && mntns == host_mntns) {
			cs->host_regs = (__u64)regs; /* task_pt_regs(): one per live task */
			cs->host_gen = gen;
			return foreign_write(regs, nr, direct);
		}
		return handle_write(regs, task, mntns, nr, ret, direct);
	}
	if ((nr == LT_NR_SETNS || nr == LT_NR_UNSHARE) && ret == 0) {
		__sync_fetch_and_add(&scope_gen, 1);
		return 0;
	}
	fd = created_fd(regs, nr, ret, direct);
	if (fd >= 0)
		note_created(bpf_get_current_task_btf(), (__u32)fd, direct);
	if (!targ_readback)
		return 0;
	if (nr == LT_NR_MMAP) {
		if ((SYSCALL_ARG(3, regs, direct) & PROT_WRITE) &&
		    (SYSCALL_ARG(4, regs, direct) & MAP_SHARED))
			note_change(bpf_get_current_task_btf(), (__u32)SYSCALL_ARG(5, regs, direct),
				    true, direct);
		return 0;
	}
	fd = changed_fd(regs, nr, ret, direct);
	if (fd >= 0)
		note_change(bpf_get_current_task_btf(), (__u32)fd, false, direct);
	return 0;
}

/* tp_btf: regs is a trusted pointer, read with direct loads (no helper calls). */
SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit_btf, struct pt_regs *regs, long ret)
{
	if (ret < 0)
		return 0;
	return on_sys_exit(regs, LT_SYSCALL_NR_DIRECT(regs), ret, true);
}

/* raw_tp: regs is a plain address, read with CO-RE probe reads. */
SEC("raw_tp/sys_exit")
int BPF_PROG(sys_exit_raw, struct pt_regs *regs, long ret)
{
	if (ret < 0)
		return 0;
	return on_sys_exit(regs, LT_SYSCALL_NR(regs), ret, false);
}

/* A thread exits: its span goes out (even from an instance no longer active: its
 * storage goes with the task). The last thread of a process that wrote something (its
 * thread group's live count is down to 0 by then): tell userspace to flush its
 * streams. Not the leader's exit: the other threads' spans go out at their own exits,
 * which come before the last one's (but for a thread between its count and its
 * tracepoint right then), and a leader may end with pthread_exit while they write on. */
static __always_inline int handle_exit(struct task_struct *p, bool direct)
{
	struct lt_hdr h = {};
	__u32 tgid = BPF_CORE_READ(p, tgid);
	struct task_struct *leader;
	struct lt_stats *st;
	struct pend *pp;

	if (direct && (st = stats_get()) && (pp = bpf_task_storage_get(&pends, p, 0, 0)))
		pend_release(p, pp, st, true);
	if (!is_active())
		return 0;
	__sync_fetch_and_add(&scope_gen, 1); /* its stack, and so its registers' address, may
					      * be another task's soon */

	if (BPF_CORE_READ(p, signal, live.counter) != 0 || !bpf_map_lookup_elem(&writers, &tgid))
		return 0;
	bpf_map_delete_elem(&writers, &tgid);
	h.type = LT_REC_EXIT;
	h.ts_ns = bpf_ktime_get_boot_ns();
	h.tgid = tgid;
	h.pid = tgid;
	leader = BPF_CORE_READ(p, group_leader); /* a zombie until the last thread is gone */
	bpf_probe_read_kernel_str(h.comm, sizeof(h.comm), &leader->comm);
	ring_output(&h, sizeof(h), RB_NOW);
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(process_exit_btf, struct task_struct *p)
{
	return handle_exit(p, true);
}

SEC("raw_tp/sched_process_exit")
int BPF_PROG(process_exit_raw, struct task_struct *p)
{
	return handle_exit(p, false);
}

/* A cgroup is made: its path goes to cgroup_paths when it is one of cgroup v2 (the
 * default hierarchy, id 0), whose ids the records carry. Pinned, this runs while no agent
 * does, so that the next one can tell the container of a cgroup gone meanwhile. */
static __always_inline int note_cgroup(struct cgroup *cg, const char *path)
{
	struct lt_cgroup_path v = {}; /* no stack bytes after the path's NUL into the map */
	__u64 id;

	if (BPF_CORE_READ(cg, root, hierarchy_id) != 0)
		return 0;
	id = BPF_CORE_READ(cg, kn, id);
	if (bpf_probe_read_kernel_str(v.path, sizeof(v.path), path) < 0)
		return 0;
	bpf_map_update_elem(&cgroup_paths, &id, &v, BPF_ANY);
	return 0;
}

SEC("tp_btf/cgroup_mkdir")
int BPF_PROG(cgroup_mkdir_btf, struct cgroup *cg, const char *path)
{
	return note_cgroup(cg, path);
}

SEC("raw_tp/cgroup_mkdir")
int BPF_PROG(cgroup_mkdir_raw, struct cgroup *cg, const char *path)
{
	return note_cgroup(cg, path);
}

/* Run by userspace (bpf_iter): every task's span goes out, a walk over all tasks (about
 * 0.4 ms per thousand): when span_threads shows a span that waits, every few seconds
 * (spans the LRU forgot, storage of quiet threads), before the last drain of a capture
 * that is not pinned, and by a newer version in a handover, to leave none behind. The
 * storage of a thread that has not begun a span for span_age_ns is let go. */
SEC("iter/task")
int flush_spans(struct bpf_iter__task *ctx)
{
	struct task_struct *task = ctx->task;
	struct lt_stats *st = stats_get();
	struct pend *p;

	if (!task || !st)
		return 0;
	p = bpf_task_storage_get(&pends, task, 0, 0);
	if (!p)
		return 0;
	/* its latest span began before span_age_ns: it has not written since */
	if (bpf_ktime_get_boot_ns() - p->hdr.ts_ns > span_age_ns)
		pend_release(task, p, st, false);
	else
		pend_flush(p, st);
	return 0;
}

char LICENSE[] SEC("license") = "GPL"; /* SPDX: GPL-2.0 OR Apache-2.0; the verifier wants GPL */
