// SPDX-License-Identifier: GPL-2.0 OR Apache-2.0
/*
 * capture.bpf.c - the kernel side of logtap: one sys_exit program sees every
 * successful write/writev/pwrite64/pwritev/pwritev2, keeps only container
 * processes writing to log files (or stdio when asked), and copies the bytes
 * into the ring buffer in chunks. Losses are counted, never silent.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

#include "capture.h"
#include "syscalls.h"

#define S_IFMT 00170000
#define S_IFREG 0100000
#define S_IFCHR 0020000
#define S_IFIFO 0010000
#define O_TRUNC 01000

/* Knobs set by userspace before load. */
const volatile __u64 host_mntns = 0;	/* mount namespace of the host's pid 1 */
const volatile bool targ_host = false;	/* capture host processes too */
const volatile bool targ_stdio = false; /* capture fd 1/2 pipes and ttys */
const volatile bool targ_pids = false;	/* only the tgids in the pids map */
const volatile __u32 self_tgid = 0;	/* never capture ourselves */
const volatile __u64 max_write = 1 << 20; /* bytes copied per write */
const volatile __u64 wakeup_bytes = 1 << 20; /* wake userspace past this backlog */
const volatile bool precise_time = false; /* read the clock for every write */

/* Bumped whenever a task's mount namespace may have changed (setns, unshare) or a
 * task's stack may be reused (any task exit): per-CPU memories of "this syscall
 * register block belongs to a host task" older than this are not trusted. */
volatile __u64 scope_gen = 0;

/* Bumped by userspace after every verdict change: per-CPU verdict memories older
 * than this are looked up again. */
volatile __u64 verdict_gen = 0;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 << 20); /* resized by userspace */
} rb SEC(".maps");

/* Per-file verdicts: userspace writes capture/ignore after seeing the path. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, struct lt_file_key);
	__type(value, __u32);
} files SEC(".maps");

/* Truncations of files userspace reads back (O_TRUNC opens and ftruncate by any
 * process): a span written before one may no longer be in the file, or its place may
 * hold newer bytes, so userspace reads a span only while this count is unchanged. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH); /* no eviction: a lost count would hide one */
	__uint(max_entries, 16384);	 /* userspace deletes entries of closed files */
	__type(key, struct lt_file_key);
	__type(value, __u32);
} truncs SEC(".maps");

/* Bytes lost per stream (tgid + file), reported in the stream's next record. */
struct gap_key {
	__u64 ino;
	__u32 dev;
	__u32 tgid;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16384);
	__type(key, struct gap_key);
	__type(value, __u64);
} gaps SEC(".maps");

/* Number of entries in gaps not yet reported: lets writes skip the lookup. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} gaps_pending SEC(".maps");

/* Processes that wrote something: their exit is reported so streams can flush. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, __u32);
	__type(value, __u8);
} writers SEC(".maps");

/* --pid filter. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u8);
} pids SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct lt_stats);
} stats SEC(".maps");

/* State of one write being copied. It lives in a per-CPU map value, not on the
 * stack: the verifier does not track map contents, so the bpf_loop callback
 * converges after one pass instead of once per distinct offset. */
struct copy_state {
	__u64 iov;	   /* user address of the iovec array, 0 for write/pwrite64 */
	__u64 base;	   /* user address being copied */
	__u64 left_in_seg; /* bytes left in the current segment */
	__u64 done;	   /* bytes of the write handled so far */
	__u64 limit;	   /* min(ret, max_write) */
	__u64 lost;	   /* bytes that could not be copied */
	__u32 seg;	   /* next iovec index */
	__u32 nseg;	   /* iovecs in the call */
};

struct data_buf {
	struct copy_state cs;
	struct lt_hdr hdr; /* record = hdr + data, sent together */
	__u8 data[LT_CHUNK_MAX];
};

/* State of a path walk; per-CPU for the same reason as copy_state. */
struct path_state {
	struct dentry *d;	/* current dentry */
	struct vfsmount *vmnt;	/* its mount */
	struct mount *mnt;
	struct dentry *root_d;	/* the task's root */
	struct vfsmount *root_mnt;
	__u32 off;		/* bytes written to path */
	__u32 pad;
};

struct path_buf {
	struct path_state ps;
	struct lt_hdr hdr;
	char path[LT_PATH_MAX + 256]; /* slack so a name read at any offset fits */
};

/* What the bpf_loop callbacks get: pointers only, constant across iterations. */
struct loop_arg {
	void *buf;	     /* struct data_buf or struct path_buf */
	struct lt_stats *st;
};

/* Per-CPU memory of the last write: a writer appending to one log file (the common
 * case) skips the verdict and writer hash lookups. */
struct cpu_state {
	__u64 seq;	       /* writes seen on this CPU: write ids */
	__u64 last_file;       /* struct file of the last captured write (CAPTURE verdict) */
	__u64 last_inode;      /* its inode: a reused struct file must match both */
	struct lt_file_key last_key;
	__u64 last_gen;	       /* verdict_gen when last_verdict was looked up */
	__u32 last_verdict;    /* LT_VERDICT_CAPTURE or LT_VERDICT_READ */
	__u32 last_truncs;     /* the file's truncation count (LT_VERDICT_READ) */
	__u32 pad2;
	__u64 tick;	       /* jiffies at the last clock read */
	__u64 tick_ns;	       /* and the clock then */
	__u64 host_regs;       /* address of the syscall registers of the last host task
				* seen here: constant for a task, unique among live ones */
	__u64 host_gen;	       /* scope_gen then */
	__u32 last_tgid;       /* writer already noted in the writers map */
	__u32 hdr_pid;	       /* thread whose comm and cgroup the scratch header holds */
	__u32 pad;
	__u64 hdr_mm;	       /* and its address space: an exec changes it (and the comm) */
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct data_buf);
} data_scratch SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct path_buf);
} path_scratch SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct cpu_state);
} cpu_states SEC(".maps");

/* Wakes userspace when the backlog has passed wakeup_bytes, looking at it every 64th
 * record of a CPU; otherwise userspace finds the records at its next poll timeout.
 * Waking per record would cost an irq_work each, and the query a shared cache line. */
static __always_inline __u64 rb_flags(__u64 seq)
{
	if (seq & 63)
		return BPF_RB_NO_WAKEUP;
	return bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA) >= wakeup_bytes ? BPF_RB_FORCE_WAKEUP
									  : BPF_RB_NO_WAKEUP;
}

static __always_inline struct lt_stats *stats_get(void)
{
	__u32 zero = 0;

	return bpf_map_lookup_elem(&stats, &zero);
}

/* Casts a pointer read from kernel memory back to a BTF-typed pointer, so its fields
 * are read with direct loads instead of one helper call each. */
extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym __weak;

/* A kernel field: a direct load through a BTF pointer in the tp_btf program, a CO-RE
 * probe read in the raw_tp one (kernels without bpf_rdonly_cast, 6.1 and older). */
#define KREAD(direct, ptr, field) ((direct) ? (ptr)->field : BPF_CORE_READ(ptr, field))

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

/* Records that bytes of a stream were lost; its next record carries the count. */
static __always_inline void gap_add(__u32 tgid, __u32 dev, __u64 ino, __u64 n)
{
	struct gap_key k = { .ino = ino, .dev = dev, .tgid = tgid };
	__u64 *v, one = 1;
	__u32 zero = 0;

	v = bpf_map_lookup_elem(&gaps, &k);
	if (v) {
		__sync_fetch_and_add(v, n);
		return;
	}
	if (bpf_map_update_elem(&gaps, &k, &n, BPF_NOEXIST) == 0) {
		v = bpf_map_lookup_elem(&gaps_pending, &zero);
		if (v)
			__sync_fetch_and_add(v, one);
	}
}

/* Takes the lost-bytes count of a stream, if any. */
static __always_inline __u64 gap_take(__u32 tgid, __u32 dev, __u64 ino)
{
	struct gap_key k = { .ino = ino, .dev = dev, .tgid = tgid };
	__u64 *pending, *v, n;
	__u32 zero = 0;

	pending = bpf_map_lookup_elem(&gaps_pending, &zero);
	if (!pending || !*pending)
		return 0;
	v = bpf_map_lookup_elem(&gaps, &k);
	if (!v)
		return 0;
	n = __sync_lock_test_and_set(v, 0);
	if (bpf_map_delete_elem(&gaps, &k) == 0)
		__sync_fetch_and_add(pending, -1);
	return n;
}

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
	struct vfsmount *vmnt;
	__u32 zero = 0, len;

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
	if (len > LT_PATH_MAX)
		return;
	if (bpf_ringbuf_output(&rb, &pb->hdr, sizeof(pb->hdr) + len, BPF_RB_FORCE_WAKEUP)) {
		st->lost_paths++;
		return;
	}
	st->path_records++;
}

/* Steps to the next iovec when the current one is used up. Returns 1 when there
 * is none, 0 with bytes ready to copy, -1 for an empty segment (try again). */
static __always_inline int next_segment(struct copy_state *c)
{
	const struct iovec *iov = (const struct iovec *)c->iov;
	struct iovec v;
	__u32 seg = c->seg;

	if (c->left_in_seg)
		return 0;
	if (!iov || seg >= c->nseg || seg >= LT_IOV_MAX)
		return 1;
	if (bpf_probe_read_user(&v, sizeof(v), &iov[seg & (LT_IOV_MAX - 1)]))
		return 1;
	c->seg = seg + 1;
	c->base = (__u64)v.iov_base;
	c->left_in_seg = v.iov_len;
	return v.iov_len ? 0 : -1;
}

/* Sets the header of the chunk [done, done + n) of a write copied up to limit. */
static __always_inline void chunk_header(struct lt_hdr *h, __u64 done, __u64 n, __u64 limit)
{
	h->offset = done;
	h->len = n;
	h->flags = done == 0 ? LT_F_FIRST : 0;
	if (done + n >= limit)
		h->flags |= LT_F_LAST | (limit < h->write_len ? LT_F_TRUNCATED : 0);
}

/* Counts a chunk as copied or lost. A stream's gap rides on its first record only. */
static __always_inline void chunk_done(struct data_buf *b, struct lt_stats *st, __u64 n, bool ok)
{
	if (ok) {
		st->bytes += n;
	} else {
		b->cs.lost += n + b->hdr.gap_bytes; /* the gap it carried rides on the next */
		st->lost_records++;
		st->lost_bytes += n;
	}
	b->hdr.gap_bytes = 0;
}

/* bpf_loop callback: copies one chunk of the write into the ring buffer. */
static long copy_chunk(__u32 i, void *arg)
{
	struct data_buf *b = ((struct loop_arg *)arg)->buf;
	struct lt_stats *st = ((struct loop_arg *)arg)->st;
	struct copy_state *c = &b->cs;
	__u64 n, done = c->done, limit = c->limit;
	int seg;

	if (done >= limit)
		return 1;
	seg = next_segment(c);
	if (seg < 0)
		return 0;
	if (seg > 0) {
		c->lost += limit - done;
		return 1;
	}
	n = limit - done;
	if (n > c->left_in_seg)
		n = c->left_in_seg;
	if (n > LT_CHUNK_MAX)
		n = LT_CHUNK_MAX;
	n &= LT_CHUNK_MAX * 2 - 1; /* a bound the verifier can see */
	if (n > LT_CHUNK_MAX || n == 0)
		return 1;
	chunk_header(&b->hdr, done, n, limit);
	chunk_done(b, st, n,
		   !bpf_probe_read_user(b->data, n, (void *)c->base) &&
			   !bpf_ringbuf_output(&rb, &b->hdr, sizeof(b->hdr) + n,
					       rb_flags(b->hdr.write_id >> 12)));
	c->done = done + n;
	c->base += n;
	c->left_in_seg -= n;
	return 0;
}

/* Reserves a record with room for sz payload bytes and reads the write straight into
 * it: no scratch copy. sz is a constant after inlining, as reserve requires. */
static __always_inline int emit_sized(struct data_buf *b, __u64 n, const __u32 sz)
{
	struct lt_hdr *r;

	if (n >= sz)
		return -1;
	r = bpf_ringbuf_reserve(&rb, sizeof(*r) + sz, 0);
	if (!r)
		return -1;
	__builtin_memcpy(r, &b->hdr, sizeof(*r));
	if (bpf_probe_read_user_str((void *)(r + 1), n + 1, (void *)b->cs.base) != n + 1 &&
	    bpf_probe_read_user((void *)(r + 1), n, (void *)b->cs.base)) {
		bpf_ringbuf_discard(r, BPF_RB_NO_WAKEUP);
		return -1;
	}
	bpf_ringbuf_submit(r, rb_flags(b->hdr.write_id >> 12));
	return 0;
}

/* A write of up to 4 KiB in one buffer (most log records): one record sized to the
 * next power of two. */
static __always_inline void copy_small(struct data_buf *b, struct lt_stats *st, __u64 n)
{
	int err;

	chunk_header(&b->hdr, 0, n, n);
	if (n < 256)
		err = emit_sized(b, n, 256);
	else if (n < 1024)
		err = emit_sized(b, n, 1024);
	else
		err = emit_sized(b, n, 4097);
	chunk_done(b, st, n, !err);
}

#define VERDICT_UNSEEN 0 /* a file seen for the first time: its path goes out */

static __always_inline void file_key(struct inode *ino, struct lt_file_key *key, bool direct)
{
	struct super_block *sb = KREAD(direct, ino, i_sb);

	key->ino = KREAD(direct, ino, i_ino);
	key->dev = KREAD(direct, sb, s_dev);
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
			if (*verdict == LT_VERDICT_CAPTURE || *verdict == LT_VERDICT_READ) {
				v = bpf_map_lookup_elem(&truncs, key);
				cs->last_truncs = v ? *v : 0;
				cs->last_file = (__u64)f;
				cs->last_inode = (__u64)ino;
				cs->last_key = *key;
				cs->last_verdict = *verdict;
				cs->last_gen = gen;
			}
			return LT_STREAM_FILE;
		}
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
	h->write_id = (cs->seq++ << 12) | (bpf_get_smp_processor_id() & 0xfff);
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

/* A write(v) to a file userspace holds open: only its position and length go out,
 * and userspace reads the bytes from the page cache. False when it did not fit. */
static __always_inline bool send_span(const struct lt_hdr *h, struct file *f, long ret,
				      __u32 truncs, bool direct)
{
	struct lt_hdr *r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);

	if (!r)
		return false;
	__builtin_memcpy(r, h, sizeof(*r));
	r->type = LT_REC_SPAN;
	r->len = 0;
	r->offset = KREAD(direct, f, f_pos) - ret; /* write(v) advanced it by ret */
	r->flags = LT_F_FIRST | LT_F_LAST;
	r->truncs = truncs;
	bpf_ringbuf_submit(r, rb_flags(h->write_id >> 12));
	return true;
}

/* A file was truncated (O_TRUNC open or ftruncate, by any process): when userspace
 * reads it back, count it, and make every CPU look its verdict up again. */
static __always_inline void note_truncation(struct task_struct *task, __u32 fd, bool direct)
{
	struct lt_file_key key = {};
	struct file *f = fd_file(task, fd, direct);
	struct inode *ino;
	__u32 *v, one = 1;

	if (!f)
		return;
	ino = KREAD(direct, f, f_inode);
	if ((KREAD(direct, ino, i_mode) & S_IFMT) != S_IFREG)
		return;
	file_key(ino, &key, direct);
	v = bpf_map_lookup_elem(&files, &key);
	if (!v || *v != LT_VERDICT_READ)
		return;
	v = bpf_map_lookup_elem(&truncs, &key);
	if (v)
		__sync_fetch_and_add(v, 1);
	else if (bpf_map_update_elem(&truncs, &key, &one, BPF_NOEXIST))
		return;
	__sync_fetch_and_add(&verdict_gen, 1);
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

static __always_inline int handle_write(struct pt_regs *regs, struct task_struct *task,
					__u64 mntns, long nr, long ret, bool direct)
{
	__u64 pid_tgid, limit;
	struct lt_file_key key = {};
	struct loop_arg arg = {};
	struct cpu_state *cs;
	struct data_buf *b;
	struct lt_stats *st;
	__u32 tgid, zero = 0, fd, verdict;
	struct file *f;
	int stream;

	/* the task's own fields are direct loads; the helper is a call */
	pid_tgid = direct ? (__u64)task->tgid << 32 | (__u32)task->pid : bpf_get_current_pid_tgid();
	tgid = pid_tgid >> 32;
	if (tgid == self_tgid || (targ_pids && !bpf_map_lookup_elem(&pids, &tgid)))
		return 0;
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
	fill_header(&b->hdr, task, pid_tgid, mntns, &key, stream, fd, ret, cs);
	if (verdict == VERDICT_UNSEEN)
		send_path(task, f, &b->hdr, st);
	note_writer(tgid, cs);
	b->hdr.gap_bytes = gap_take(tgid, key.dev, key.ino);
	if (verdict == LT_VERDICT_READ && (nr == LT_NR_WRITE || nr == LT_NR_WRITEV) &&
	    !file_shared(f, direct)) {
		st->writes++;
		if (!send_span(&b->hdr, f, ret, cs->last_truncs, direct)) {
			st->lost_records++;
			st->lost_bytes += ret;
			gap_add(tgid, key.dev, key.ino, ret + b->hdr.gap_bytes);
		}
		return 0;
	}
	limit = (__u64)ret < max_write ? (__u64)ret : max_write;
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
	st->writes++;
	arg.buf = b;
	arg.st = st;
	if (!b->cs.iov && limit <= 4096)
		copy_small(b, st, limit); /* the common case: no loop, no scratch copy */
	else
		bpf_loop(limit / LT_CHUNK_MAX + LT_IOV_MAX + 1, copy_chunk, &arg, 0);
	if ((__u64)ret > limit)
		st->truncated_bytes += ret - limit;
	if (b->cs.lost)
		gap_add(tgid, key.dev, key.ino, b->cs.lost);
	return 0;
}

static __always_inline bool is_write_nr(long nr)
{
	return nr == LT_NR_WRITE || nr == LT_NR_WRITEV || nr == LT_NR_PWRITE64 ||
	       nr == LT_NR_PWRITEV || nr == LT_NR_PWRITEV2;
}

/* The fd of a call that may have truncated a file, or -1. */
static __always_inline long truncated_fd(struct pt_regs *regs, long nr, long ret, bool direct)
{
	if (nr == LT_NR_FTRUNCATE)
		return ret == 0 ? (long)(__u32)SYSCALL_ARG(1, regs, direct) : -1;
	if (nr == LT_NR_OPENAT)
		return SYSCALL_ARG(3, regs, direct) & O_TRUNC ? ret : -1;
	if (nr == LT_NR_OPEN)
		return SYSCALL_ARG(2, regs, direct) & O_TRUNC ? ret : -1;
	return nr == LT_NR_CREAT ? ret : -1;
}

static __always_inline int on_sys_exit(struct pt_regs *regs, long nr, long ret, bool direct)
{
	struct task_struct *task;
	struct cpu_state *cs;
	__u64 mntns, gen;
	__u32 zero = 0;
	long fd;

	if (is_write_nr(nr)) {
		if (ret == 0)
			return 0;
		/* scope first: it is all that host processes pay when only containers count.
		 * The same host task again on this CPU skips even the helper call and the
		 * namespace loads (measured: x1.04 of an empty hook with them, x0.98 without) */
		cs = NULL;
		if (!targ_pids && !targ_host) {
			cs = bpf_map_lookup_elem(&cpu_states, &zero);
			if (!cs || (cs->host_regs == (__u64)regs && cs->host_gen == scope_gen))
				return 0;
		}
		gen = scope_gen;
		task = bpf_get_current_task_btf();
		mntns = task->nsproxy->mnt_ns->ns.inum;
		if (cs && mntns == host_mntns) {
			cs->host_regs = (__u64)regs; /* task_pt_regs(): one per live task */
			cs->host_gen = gen;
			return 0;
		}
		return handle_write(regs, task, mntns, nr, ret, direct);
	}
	if ((nr == LT_NR_SETNS || nr == LT_NR_UNSHARE) && ret == 0) {
		__sync_fetch_and_add(&scope_gen, 1);
		return 0;
	}
	fd = truncated_fd(regs, nr, ret, direct);
	if (fd >= 0)
		note_truncation(bpf_get_current_task_btf(), (__u32)fd, direct);
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

/* A process that wrote something exits: tell userspace to flush its streams. */
static __always_inline int handle_exit(struct task_struct *p)
{
	struct lt_hdr h = {};
	__u32 tgid = BPF_CORE_READ(p, tgid);

	__sync_fetch_and_add(&scope_gen, 1); /* its stack, and so its registers' address, may
					      * be another task's soon */

	if (BPF_CORE_READ(p, pid) != tgid || !bpf_map_lookup_elem(&writers, &tgid))
		return 0;
	bpf_map_delete_elem(&writers, &tgid);
	h.type = LT_REC_EXIT;
	h.ts_ns = bpf_ktime_get_boot_ns();
	h.tgid = tgid;
	h.pid = tgid;
	bpf_probe_read_kernel_str(h.comm, sizeof(h.comm), &p->comm);
	bpf_ringbuf_output(&rb, &h, sizeof(h), BPF_RB_FORCE_WAKEUP);
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(process_exit_btf, struct task_struct *p)
{
	return handle_exit(p);
}

SEC("raw_tp/sched_process_exit")
int BPF_PROG(process_exit_raw, struct task_struct *p)
{
	return handle_exit(p);
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
