/* SPDX-License-Identifier: GPL-2.0 OR Apache-2.0 */
/*
 * state.bpf.h - what the kernel side keeps: the knobs userspace sets before load,
 * the maps (ring buffer, verdicts, truncations, gaps, writers, per-CPU scratch and
 * memory) and the small accessors every part uses. Included once, by capture.bpf.c.
 */
#ifndef LOGTAP_STATE_BPF_H
#define LOGTAP_STATE_BPF_H

#define S_IFMT 00170000
#define S_IFREG 0100000
#define S_IFCHR 0020000
#define S_IFIFO 0010000
#define O_CREAT 0100
#define O_TRUNC 01000
#define O_TMPFILE_BIT 020000000 /* __O_TMPFILE */
#define FMODE_CREATED 0x100000	/* include/linux/fs.h: this open created the file */
#define O_APPEND 02000
#define PROT_WRITE 0x2
#define MAP_SHARED 0x1 /* MAP_SHARED_VALIDATE (0x3) has it too */

/* Knobs set by userspace before load. */
const volatile __u64 host_mntns = 0;	/* mount namespace of the host's pid 1 */
const volatile bool targ_host = false;	/* capture host processes too */
const volatile bool targ_stdio = false; /* capture fd 1/2 pipes and ttys */
const volatile bool targ_pids = false;	/* only the tgids in the pids map */
const volatile __u64 max_write = LT_MAX_WRITE_DEFAULT; /* bytes copied per write */
const volatile __u64 wakeup_bytes = 1 << 20; /* wake userspace past this backlog */
const volatile __u64 hot_wakeup_bytes = 1 << 20; /* the same for the hot ring */
const volatile bool precise_time = false; /* read the clock for every write */
const volatile bool targ_readback = false; /* userspace reads files back (no --copy-writes) */
const volatile __u64 my_gen = 0;	/* this instance captures while the active map holds it */

/* The agent never captures itself; a pinned program outlives its agent, so the agent
 * that adopts it writes its own process id here. */
volatile __u32 self_tgid = 0;

/* Bumped whenever a task's mount namespace may have changed (setns, unshare) or a
 * task's stack may be reused (any task exit): per-CPU memories of "this syscall
 * register block belongs to a host task" older than this are not trusted. */
volatile __u64 scope_gen = 0;

/* Which ring records go to: the hot ring while even, rb while odd (ring_output). The
 * kernel makes it odd when the hot ring is full, userspace even again once it has read
 * what waited in the hot ring and has caught up with rb. Userspace starts it at 1 when
 * there is no hot ring. Pinned with the rest, so a restarted agent goes on from it. */
volatile __u64 ring_epoch = 0;

/* Bumped by userspace after every verdict change: per-CPU verdict memories older
 * than this are looked up again. */
volatile __u64 verdict_gen = 0;

/* The generation that captures now: shared by every pinned instance (userspace pins it
 * next to their folders), so that an upgrade switches from the old program to the new
 * one with one map update: no write is captured by neither (the old program runs first),
 * only one racing the update may be by both. Its layout never changes. Unpinned
 * sessions have their own, 0 like their my_gen. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} active SEC(".maps");

static __always_inline bool is_active(void)
{
	__u32 zero = 0;
	__u64 *g = bpf_map_lookup_elem(&active, &zero);

	return g && *g == my_gen;
}

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 << 20); /* resized by userspace */
} rb SEC(".maps");

/* The hot ring (LT_HOT_RING_BYTES; one page when there is none). A write into a large
 * ring lands on memory last touched a whole ring ago, out of the caches: a ring that
 * fits in them costs a copied write much less (docs/capture.md, Overhead). */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, LT_HOT_RING_BYTES); /* resized by userspace */
} rb_hot SEC(".maps");

/* Never used by the programs: updating it makes the kernel wait until every program
 * run that began before has ended (map-in-map updates do), which is how userspace knows
 * that no record of an epoch it has left is still on its way. */
struct barrier_inner {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} barrier_inner SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 1);
	__type(key, __u32);
	__array(values, struct barrier_inner);
} barrier SEC(".maps") = {
	.values = { [0] = &barrier_inner },
};

/* Per-file verdicts of files that count or are being decided: pending, capture, read.
 * Userspace writes capture/read after seeing the path. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, struct lt_file_key);
	__type(value, __u32);
} files SEC(".maps");

/* Files that are not logs, in an LRU of their own: a container churning through
 * temporary files evicts only other non-log verdicts, never a log file's. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 131072);
	__type(key, struct lt_file_key);
	__type(value, __u8);
} ignored SEC(".maps");

/* Invalidations of files userspace reads back: truncations (O_TRUNC opens, ftruncate),
 * writes that are not appends (pwrite by any process, a write(v) ending before the end
 * of the file), fallocate, sendfile/splice/copy_file_range into the file and shared
 * writable mappings. A span written before one may no longer be in the file, or its
 * place may hold another writer's bytes, so userspace reads a span only while this
 * count is unchanged. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH); /* no eviction: a lost count would hide one */
	__uint(max_entries, 16384);	 /* userspace deletes entries of closed files */
	__type(key, struct lt_file_key);
	__type(value, __u32);
} truncs SEC(".maps");

/* Read-back files that a process mapped shared and writable: their bytes can change
 * with no syscall at all, so they are never read back again (their verdict READ counts
 * as CAPTURE). An LRU: forgetting one lets userspace read it again, at worst. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 4096);
	__type(key, struct lt_file_key);
	__type(value, __u8);
} noread SEC(".maps");

/* Files created while we watch (an open that made a new inode), counted per device +
 * inode: a new file may get the inode number of a deleted one. Its creation drops the
 * verdicts of that number, and a PATH record carries the count at its time, so that
 * userspace does not store a verdict it decided from an older file's path
 * (capture.c). An LRU: a forgotten count reads 0, which at worst has a path sent again. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, struct lt_file_key);
	__type(value, __u32);
} born SEC(".maps");

/* Paths of log files, kept by the agent for the next one (lt_abi.h); no program
 * touches it, it lives with the pinned capture. Allocated per part as used. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(max_entries, LT_KEPT_ENTRIES);
	__type(key, struct lt_file_key);
	__type(value, struct lt_path_part);
} kept_paths SEC(".maps");

/* Containers of cgroup ids, kept by the agent for the next one (lt_abi.h); no program
 * touches it either. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, LT_KEPT_CTRS);
	__type(key, __u64);
	__type(value, struct lt_kept_ctr);
} kept_ctrs SEC(".maps");

/* Paths of cgroups by id, from the cgroup_mkdir programs (lt_abi.h). */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, LT_CGROUP_PATHS);
	__type(key, __u64);
	__type(value, struct lt_cgroup_path);
} cgroup_paths SEC(".maps");

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

/* Wakes userspace when the backlog of a ring has passed its wakeup size, looking at it
 * every 64th record of a CPU (seq); otherwise userspace finds the records at its next
 * poll timeout. Waking per record would cost an irq_work each, and the query a shared
 * cache line. seq RB_NOW wakes at once (paths, exits). */
#define RB_NOW (~0ull)
static __always_inline __u64 rb_flags(bool hot, __u64 seq)
{
	if (seq == RB_NOW)
		return BPF_RB_FORCE_WAKEUP;
	if (seq & 63)
		return BPF_RB_NO_WAKEUP;
	if (hot)
		return bpf_ringbuf_query(&rb_hot, BPF_RB_AVAIL_DATA) >= hot_wakeup_bytes
			       ? BPF_RB_FORCE_WAKEUP
			       : BPF_RB_NO_WAKEUP;
	return bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA) >= wakeup_bytes ? BPF_RB_FORCE_WAKEUP
									  : BPF_RB_NO_WAKEUP;
}

static __always_inline void stamp(struct lt_hdr *h, __u64 epoch)
{
	h->flags = (h->flags & LT_F_MASK) | (__u32)(epoch & LT_F_MASK) << LT_F_EPOCH_SHIFT;
}

/* The hot ring is full: from now on records go to rb (the epoch becomes odd, if
 * userspace did not make it so). Returns the epoch to stamp. An OR, not a compare and
 * swap: making the epoch odd is always allowed, at worst one spill too many. */
static __always_inline __u64 spill(void)
{
	return __sync_fetch_and_or(&ring_epoch, 1) | 1;
}

/* Sends h and what follows it (size bytes in all) to the ring of the epoch, stamped
 * with it. 0, or the error of rb (a drop). seq paces wakeups (rb_flags). */
static __always_inline long ring_output(struct lt_hdr *h, __u64 size, __u64 seq)
{
	__u64 e = ring_epoch;

	if (!(e & 1)) {
		stamp(h, e);
		if (!bpf_ringbuf_output(&rb_hot, h, size, rb_flags(true, seq)))
			return 0;
		e = spill();
	}
	stamp(h, e);
	return bpf_ringbuf_output(&rb, h, size, rb_flags(false, seq));
}

/* A record of size bytes (a constant) reserved in the ring of the epoch, or NULL (a
 * drop); *epoch says which ring (its parity), for the stamp and the wakeup. */
static __always_inline void *ring_reserve(__u64 *epoch, __u64 size)
{
	__u64 e = ring_epoch;
	void *r;

	if (!(e & 1)) {
		r = bpf_ringbuf_reserve(&rb_hot, size, 0);
		if (r) {
			*epoch = e;
			return r;
		}
		e = spill();
	}
	*epoch = e;
	return bpf_ringbuf_reserve(&rb, size, 0);
}

/* The same with a size known only at run time, as a dynptr: 0, or the error of rb (a
 * drop). d must be discarded even then. */
static __always_inline long ring_reserve_dynptr(__u64 *epoch, __u64 size, struct bpf_dynptr *d)
{
	__u64 e = ring_epoch;

	if (!(e & 1)) {
		if (!bpf_ringbuf_reserve_dynptr(&rb_hot, size, 0, d)) {
			*epoch = e;
			return 0;
		}
		bpf_ringbuf_discard_dynptr(d, BPF_RB_NO_WAKEUP);
		e = spill();
	}
	*epoch = e;
	return bpf_ringbuf_reserve_dynptr(&rb, size, 0, d);
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

#endif
