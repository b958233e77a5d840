/* SPDX-License-Identifier: Apache-2.0 */
/*
 * lt_abi.h - the one header shared by bpf/capture.bpf.c and agent/capture/.
 * Everything that crosses the ring buffer or a map is defined here: fixed-width
 * types, no pointers; agent/capture/capture.c checks the sizes at compile time.
 */
#ifndef LOGTAP_LT_ABI_H
#define LOGTAP_LT_ABI_H

#ifndef __VMLINUX_H__
#include <linux/types.h> /* userspace; the BPF side has vmlinux.h */
#endif

#define LT_COMM_LEN 16
#define LT_CHUNK_MAX 16384	  /* bytes of payload per DATA record */
#define LT_PATH_MAX 4096	  /* bytes of path components per PATH record */
#define LT_PATH_DEPTH 40	  /* dentry levels walked to build a path */
#define LT_IOV_MAX 64		  /* iovecs looked at per writev/pwritev */
/* Version of what the kernel and the agent share (records, maps, knobs). A starting
 * agent adopts a pinned capture of its own version and hands over from another one.
 * LT_ABI_VERSION_BUMP (a build-time define) makes a build that differs only in it. */
#ifndef LT_ABI_VERSION_BUMP
#define LT_ABI_VERSION_BUMP 0
#endif
/* 2: the hot ring and its epochs; 3: kept paths; 4: spans of several writes, the
 * pending spans' task storage and its flush iterator (link_flush); 5: copied writes
 * joined in that storage (WRITES records); 6: that storage let go of when quiet */
#define LT_ABI_VERSION (6 + LT_ABI_VERSION_BUMP)
/* The oldest version whose ring records this build decodes (same struct lt_hdr): an
 * older ring met in an upgrade is counted as a gap instead. Raise it with the layout. */
#define LT_ABI_RECORDS_SINCE 1
#define LT_MAX_WRITE_DEFAULT (1u << 20) /* bytes captured per write unless --max-write */
#define LT_CPU_BITS 12	  /* low bits of write_id that name the CPU */
#define LT_SPAN_WRITES 32 /* writes joined into one SPAN record at most (a power of 2) */
#define LT_SPAN_BYTES (64u << 10) /* bytes of a span of several writes, at most */
#define LT_JOIN_BYTES 4096	  /* bytes of copied writes joined into one record, at most */
#define LT_JOIN_WRITE_MAX 1024 /* a copied write joins others only up to this size */

/* Record types on the ring buffer. */
enum lt_rec_type {
	LT_REC_DATA = 1, /* a chunk of one successful write */
	LT_REC_PATH = 2, /* first sight of a file: its path, leaf first */
	LT_REC_EXIT = 3, /* a process that wrote something has exited */
	LT_REC_SPAN = 4, /* writes to a file userspace reads back: offset = file position,
			  * write_len = bytes of all; len = 4 * writes, the payload then
			  * holding where each began (__u32 from offset, the first 0):
			  * LT_SPAN_WRITES at most; len = 0 is one write */
	LT_REC_WRITES = 5, /* copied writes of one thread through one file: write_len =
			    * bytes of all, len = 4 * writes + write_len, the payload
			    * holding where each began (__u32, the first 0), then the
			    * bytes; 2 to LT_SPAN_WRITES writes (one goes as DATA) */
};

/* Where a write went. */
enum lt_stream {
	LT_STREAM_FILE = 0,
	LT_STREAM_STDOUT = 1,
	LT_STREAM_STDERR = 2,
};

/* Verdicts in the files map, keyed by struct lt_file_key. */
enum lt_verdict {
	LT_VERDICT_PENDING = 1, /* path sent to userspace, no answer yet: copy */
	LT_VERDICT_CAPTURE = 2, /* a log file: copy */
	LT_VERDICT_IGNORE = 3,	/* not a log file: skip */
	LT_VERDICT_READ = 4,	/* a log file userspace holds open: send position and length,
				 * userspace reads the bytes from the page cache */
};

/* DATA record flags. */
#define LT_F_FIRST (1u << 0)	 /* first chunk of a write */
#define LT_F_LAST (1u << 1)	 /* last chunk of a write */
#define LT_F_TRUNCATED (1u << 2) /* bytes of this write were not copied */
/* Every record's flags carry, in their top 16 bits, the low bits of the ring epoch it
 * was written in (the kernel's; state.bpf.h): userspace reads the epochs in order. */
#define LT_F_EPOCH_SHIFT 16
#define LT_F_MASK 0xffffu

/* The hot ring: records go to a ring small enough to stay in the CPU's cache while the
 * agent keeps up, and to the large one (--ring-size) while it does not. Only with a
 * large ring of at least LT_HOT_RING_MIN_TOTAL. 2 MiB: a copied write costs less the
 * smaller the ring (scripts/bench-prog-ns.sh: 8 MiB 286-317 ns, 4 MiB 271-284, 2 MiB
 * 238-287, 1 MiB 252-261), and 2 MiB still holds about 60 ms of one writer appending
 * 120-byte lines as fast as it can (250k a second) before records go to the large ring,
 * which loses nothing. */
#define LT_HOT_RING_BYTES (2u << 20)
#define LT_HOT_RING_MIN_TOTAL (32u << 20)

struct lt_file_key {
	__u64 ino; /* inode number */
	__u32 dev; /* superblock s_dev (kernel encoding) */
	__u32 pad;
};

/* The kept_paths map: the path of each log file the agent knows, written by userspace
 * and read by the next agent, which may find records of the file in the ring without
 * a PATH record (the path went by before it started). Keyed by struct lt_file_key with
 * pad = the part's number; a path is split into parts of LT_KEPT_PART bytes, the last
 * one holding its terminating NUL. A part and its map entry fit 512 bytes. */
#define LT_KEPT_PART 432
#define LT_KEPT_PARTS_MAX 16 /* parts per path: longer ones are not kept */
#define LT_KEPT_ENTRIES 65536 /* parts in the map, allocated as used */
struct lt_path_part {
	char p[LT_KEPT_PART];
};

/* The kept_ctrs map: the container of a cgroup v2 id as an agent found it, for the next
 * agent, which may read records of a container that has exited meanwhile (its cgroup
 * gone, no process left to ask). Keyed by the cgroup id; an LRU. */
#define LT_KEPT_CTRS 4096
struct lt_kept_ctr {
	__u32 runtime; /* agent/enrich/cgroup.h's enum cg_runtime, never 0 */
	__u32 pad;
	char id[136];	   /* NUL-terminated, as are the others */
	char ns[72];	   /* containerd namespace, or "" */
	char pod_uid[48]; /* Kubernetes pod uid, or "" */
};

/* The cgroup_paths map: the path of each cgroup v2 made while the capture is pinned, as
 * the kernel names it at mkdir ("/docker/<id>", ".../cri-containerd-<id>.scope"): the
 * container of a cgroup that began and ended while no agent ran, which kept_ctrs cannot
 * know. Keyed by the cgroup id; an LRU. */
#define LT_CGROUP_PATHS 4096
#define LT_CGROUP_PATH 256
struct lt_cgroup_path {
	char path[LT_CGROUP_PATH]; /* NUL-terminated; a longer path is cut */
};

/* Header of every ring buffer record; payload follows for DATA and PATH. */
struct lt_hdr {
	__u32 type;	      /* enum lt_rec_type */
	__u32 len;	      /* payload bytes after the header */
	__u64 ts_ns;	      /* bpf_ktime_get_boot_ns() at capture */
	__u64 cgroup_id;      /* cgroup v2 id of the writer */
	__u64 ino;	      /* file inode (DATA, PATH) */
	__u64 write_id;	      /* per-CPU sequence << LT_CPU_BITS | cpu: unique per write */
	__u64 write_len;      /* bytes the syscall reported written (DATA) */
	__u64 offset;	      /* offset of this chunk inside the write (DATA), file
			       * position of the write (SPAN), or the file's count in
			       * the born map when its path was taken (PATH) */
	__u64 gap_bytes;      /* bytes lost on this CPU before this record */
	__u64 mntns;	      /* mount namespace inode of the writer */
	__u32 dev;	      /* file s_dev (DATA, PATH) */
	__u32 tgid;	      /* process id */
	__u32 pid;	      /* thread id */
	__u32 flags;	      /* LT_F_* (DATA) */
	__u16 stream;	      /* enum lt_stream (DATA) */
	__u16 fd;	      /* file descriptor written to (DATA) */
	union {
		__u32 truncs;	/* SPAN: invalidations of the file seen before the write */
		__u32 fs_magic; /* PATH: superblock magic of the file's filesystem */
	};
	char comm[LT_COMM_LEN]; /* thread name */
};

/* Filesystems whose reads cannot hang on a server or a FUSE daemon: only their files
 * may be read back (LT_VERDICT_READ). The kernel refuses READ for any other file and
 * userspace never opens one; network and FUSE files stay copied in the writer's syscall. */
static inline int lt_fs_local(__u32 magic)
{
	switch (magic) {
	case 0xEF53:	 /* ext2/3/4 */
	case 0x58465342: /* xfs */
	case 0x9123683E: /* btrfs */
	case 0x01021994: /* tmpfs */
	case 0x794c7630: /* overlayfs */
	case 0xF2F52010: /* f2fs */
	case 0x2fc12fc1: /* zfs */
	case 0x858458f6: /* ramfs */
		return 1;
	}
	return 0;
}

/* The span_threads map (bpf/span.bpf.h), keyed by stream (inode, device, tgid): the
 * thread that began a span on it last, and when, 0 once that span went out. Userspace
 * reads it to see whether a span waits for a writer gone quiet. */
struct lt_span_thread {
	__u32 tid;
	__u32 pad;
	__u64 since_ns; /* bpf_ktime_get_boot_ns() clock (a tick early at most) */
};

/* Per-CPU counters, summed by userspace for the summary and metrics. */
struct lt_stats {
	__u64 writes;	      /* captured writes */
	__u64 bytes;	      /* captured bytes (copied) */
	__u64 lost_records;   /* failed ring buffer reserves */
	__u64 lost_bytes;     /* payload bytes of those records */
	__u64 truncated_bytes; /* bytes beyond the per-write maximum */
	__u64 path_records;   /* PATH records sent */
	__u64 lost_paths;     /* PATH records that did not fit */
	__u64 span_writes;    /* writes joined to their thread's span (read back or copied) */
	__u64 span_allocs;    /* task storage made for a thread's span (span.bpf.h) */
	__u64 span_frees;     /* and let go (a quiet or exiting thread): the difference is held */
};

#endif /* LOGTAP_CAPTURE_H */
