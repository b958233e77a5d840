// SPDX-License-Identifier: Apache-2.0
/*
 * readback.c - log files held open and read back from the page cache.
 *
 * A file is in one of three states: OPEN (spans are read from fd), RELEASED (idle:
 * the kernel has been told to copy again, and fd closes after the next drain), or
 * NOFD (not open: the kernel copies, and a copied write retries at most once a
 * second). A file rewritten in place is marked never: it is released and then stays
 * NOFD without retries. Files without any write for NOFD_IDLE_NS are forgotten and
 * stay copied.
 * Small spans are served from a per-file read-ahead block that is valid for one
 * drain of the ring: an appending writer costs one pread per block, not per write.
 * Blocks of files not read lately are freed at the next sweep (once a second).
 * Only files on a local filesystem are opened, as the kernel's PATH records say
 * (readback_note_fs): never a network or FUSE file. The calls that can still block run
 * on rbio's worker with a deadline; a file whose open or read misses it is copied for
 * good and the bytes of that span become a counted gap.
 */
#include "readback.h"
#include "joined.h"
#include "lib/hash.h"
#include "rbio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statfs.h>
#include <unistd.h>

#define NBUCKETS 1024
#define AHEAD_BYTES RBIO_BUF		      /* read-ahead block per file (64 KiB) */
#define CHUNK_BYTES 65536		      /* bytes per DATA record of a large span */
#define RETRY_NS (1000ull * 1000 * 1000)      /* between attempts to open a file */
#define NOFD_IDLE_NS (300ull * 1000 * 1000 * 1000) /* forget unopenable files */
#define IO_DEADLINE_NS (200ull * 1000 * 1000)	      /* per open or read on the worker */
#define FS_SLOTS 256				      /* filesystems remembered by device */
#define MAGIC_TMPFS 0x01021994
#define MAGIC_RAMFS 0x858458f6

enum rb_state {
	RB_OPEN,     /* read back */
	RB_RELEASED, /* idle: copied again, closing */
	RB_NOFD,     /* copied; a copied write may open it again (unless never) */
};

struct rb_file {
	struct rb_file *next;	/* hash chain */
	uint64_t ino;
	uint32_t dev;
	enum rb_state state;
	int fd;
	uint64_t last_ns;	/* last span, copied write or attempt */
	uint64_t retry_ns;	/* NOFD: next attempt */
	uint64_t path_retry_ns; /* next attempt through the kept path (it may scan /proc) */
	uint64_t released_batch; /* RELEASED: drain in which it was released */
	uint64_t last_end;	/* end of the last span of last_tgid */
	uint32_t last_tgid;
	uint32_t last_truncs;	/* truncs of that span */
	bool never;		/* copied for good: rewritten in place, not local, or hung */
	bool memory_fs;		/* on tmpfs or ramfs: reads never wait for a device */
	char *ahead;		/* read-ahead block, AHEAD_BYTES */
	uint64_t ahead_off;	/* file offset of ahead[0] */
	size_t ahead_len;
	uint64_t ahead_batch;	/* drain that read it */
	uint32_t ahead_truncs;	/* the file's truncation count just after reading it */
};

struct readback {
	struct rb_file *tab[NBUCKETS];
	struct readback_cbs cbs;
	uint64_t max_write;
	uint64_t batch;
	size_t nopen, max_open;
	char *chunk; /* CHUNK_BYTES, for spans larger than a read-ahead block */
	struct readback_stats st;
	struct rbio *io; /* the worker for calls that can block */
	struct {
		uint32_t dev, magic; /* dev 0: empty */
	} fs[FS_SLOTS];	 /* superblock magic by device, from PATH records */
};

static size_t bucket(uint32_t dev, uint64_t ino)
{
	return hash_bucket(hash_file(dev, ino), NBUCKETS - 1);
}

static struct rb_file **find_slot(struct readback *r, uint32_t dev, uint64_t ino)
{
	struct rb_file **p = &r->tab[bucket(dev, ino)];

	while (*p && ((*p)->dev != dev || (*p)->ino != ino))
		p = &(*p)->next;
	return p;
}

static void ahead_drop(struct rb_file *f)
{
	free(f->ahead);
	f->ahead = NULL;
	f->ahead_len = 0;
}

static void file_close(struct readback *r, struct rb_file *f)
{
	if (f->fd >= 0) {
		close(f->fd);
		f->fd = -1;
		r->nopen--;
	}
	ahead_drop(f);
}

struct readback *readback_new(uint64_t max_write, size_t max_open, const struct readback_cbs *cbs)
{
	struct readback *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->chunk = malloc(CHUNK_BYTES);
	r->io = rbio_new(IO_DEADLINE_NS);
	if (!r->chunk || !r->io) {
		free(r->chunk);
		rbio_free(r->io);
		free(r);
		return NULL;
	}
	r->max_write = max_write;
	r->max_open = max_open;
	r->cbs = *cbs;
	r->batch = 1;
	return r;
}

void readback_free(struct readback *r)
{
	struct rb_file *f, *n;
	size_t i;

	if (!r)
		return;
	for (i = 0; i < NBUCKETS; i++) {
		for (f = r->tab[i]; f; f = n) {
			n = f->next;
			file_close(r, f);
			free(f);
		}
	}
	rbio_free(r->io);
	free(r->chunk);
	free(r);
}

void readback_note_fs(struct readback *r, uint32_t dev, uint32_t magic)
{
	size_t i = hash_bucket(hash_file(dev, 0), FS_SLOTS - 1);

	r->fs[i].dev = dev;
	r->fs[i].magic = magic;
}

/* The magic of dev's filesystem from its latest PATH record, or 0 when unknown. */
static uint32_t fs_magic(const struct readback *r, uint32_t dev)
{
	size_t i = hash_bucket(hash_file(dev, 0), FS_SLOTS - 1);

	return r->fs[i].dev == dev ? r->fs[i].magic : 0;
}

/* A span of a file whose PATH record an earlier agent got (this one adopted the pinned
 * capture): the kernel sends spans only for local filesystems, so the writer's fd is
 * asked which one. True when the magic is known now. */
static bool span_magic(struct readback *r, uint32_t dev, uint32_t tgid, uint32_t fd)
{
	char link[64];
	struct statfs sf;

	if (!tgid)
		return false;
	snprintf(link, sizeof(link), "/proc/%u/fd/%u", tgid, fd);
	if (statfs(link, &sf) || !lt_fs_local((uint32_t)sf.f_type))
		return false;
	readback_note_fs(r, dev, (uint32_t)sf.f_type);
	return true;
}

/* Opens (dev, ino) through its writer's fd; for a span whose writer is gone (mntns
 * set), through the file's path as another process of the writer's mount namespace
 * sees it: the writer of a backlog left by an earlier agent may have exited since
 * (a recycled worker, a cron job), and its bytes are still in the file. */
static int open_file(struct readback *r, uint32_t dev, uint64_t ino, uint32_t tgid, uint32_t fd,
		     uint64_t mntns)
{
	char path[LT_PATH_MAX];
	int rfd = rbio_open_checked(r->io, dev, ino, tgid, fd);

	if ((rfd != -ENOENT && rfd != -ESTALE) || !mntns || !r->cbs.path ||
	    r->cbs.path(r->cbs.ctx, dev, ino, path, sizeof(path)))
		return rfd;
	return rbio_open_in_ns(r->io, dev, ino, mntns, path);
}

/* The entry of (dev, ino), held open (OPEN) after this call, or NULL when it cannot be
 * (then NOFD, and retried no sooner than RETRY_NS unless never). span: the span it is
 * opened for (the kernel vouched for its filesystem; its writer's mount namespace), or
 * NULL. */
static struct rb_file *file_open(struct readback *r, uint32_t dev, uint64_t ino, uint32_t tgid,
				 uint32_t fd, const struct lt_hdr *span, uint64_t now_ns)
{
	struct rb_file **slot = find_slot(r, dev, ino), *f = *slot;
	uint32_t magic = fs_magic(r, dev);
	uint64_t mntns = span ? span->mntns : 0;
	int rfd = -1;

	/* the path is tried once per RETRY_NS per file: a backlog of a namespace with no
	 * process left must not scan /proc for each of its spans */
	if (f && now_ns < f->path_retry_ns)
		mntns = 0;
	if (!magic && span && span_magic(r, dev, tgid, fd))
		magic = fs_magic(r, dev);

	if (f && f->never)
		return NULL;
	if (f && f->fd >= 0) {
		f->state = RB_OPEN;
		f->last_ns = now_ns;
		return f;
	}
	/* A span's file with no magic known (its writer gone, no PATH record since this
	 * agent started) is tried too: the kernel sends spans only for local files, and
	 * the open checks the filesystem again. */
	if ((lt_fs_local(magic) || (!magic && mntns)) && r->nopen < r->max_open)
		rfd = open_file(r, dev, ino, tgid, fd, mntns);
	if (!f) {
		f = calloc(1, sizeof(*f));
		if (!f) {
			if (rfd >= 0)
				close(rfd);
			return NULL;
		}
		f->dev = dev;
		f->ino = ino;
		*slot = f;
	}
	f->fd = rfd < 0 ? -1 : rfd;
	f->last_ns = now_ns;
	if (rfd < 0 && mntns)
		f->path_retry_ns = now_ns + RETRY_NS;
	/* a file elsewhere than on a local filesystem, or whose open hung: copied for good */
	f->never = (magic && !lt_fs_local(magic)) || rfd == -ETIMEDOUT || rfd == -EREMOTE;
	f->memory_fs = magic == MAGIC_TMPFS || magic == MAGIC_RAMFS;
	if (rfd < 0) {
		f->state = RB_NOFD;
		f->retry_ns = now_ns + RETRY_NS;
		return NULL;
	}
	f->state = RB_OPEN;
	r->nopen++;
	return f;
}

bool readback_open(struct readback *r, uint32_t dev, uint64_t ino, uint32_t tgid,
		   uint32_t fd, uint64_t now_ns)
{
	return file_open(r, dev, ino, tgid, fd, NULL, now_ns) != NULL;
}

bool readback_retry_due(struct readback *r, uint32_t dev, uint64_t ino, uint64_t now_ns)
{
	struct rb_file *f = *find_slot(r, dev, ino);

	if (!f || f->state == RB_OPEN || f->never)
		return false;
	f->last_ns = now_ns;
	return f->state == RB_RELEASED || now_ns >= f->retry_ns;
}

void readback_batch(struct readback *r)
{
	r->batch++;
}

/* Bytes [off, off + n) of f as they were when written, from the read-ahead block when
 * it holds them. NULL when the file no longer has them all, or has been truncated
 * since the write (truncs, the count the kernel sent with the span, changed): the
 * place may hold newer bytes then. The count is read after the bytes. */
static const char *read_range(struct readback *r, struct rb_file *f, uint64_t off, size_t n,
			      uint32_t truncs, int *io_err)
{
	char *buf = r->chunk;
	size_t cap = n;
	uint32_t now;
	ssize_t k;

	if (f->ahead && f->ahead_batch == r->batch && off >= f->ahead_off &&
	    off + n <= f->ahead_off + f->ahead_len)
		return f->ahead_truncs == truncs ? f->ahead + (off - f->ahead_off) : NULL;
	if (n <= AHEAD_BYTES) {
		if (!f->ahead)
			f->ahead = malloc(AHEAD_BYTES);
		if (f->ahead) {
			buf = f->ahead;
			cap = AHEAD_BYTES;
		}
	}
	k = rbio_pread(r->io, f->fd, buf, cap, off, f->memory_fs);
	if (k < 0) {
		*io_err = (int)k;
		k = 0;
	}
	now = r->cbs.truncs(r->cbs.ctx, f->dev, f->ino);
	if (buf == f->ahead) {
		f->ahead_off = off;
		f->ahead_len = (size_t)k;
		f->ahead_batch = r->batch;
		f->ahead_truncs = now;
	}
	return (size_t)k >= n && now == truncs ? buf : NULL;
}

/* Reads the write [start, start + len) of the span h (held open as f, or NULL) and hands
 * it to fn as DATA records of write id, ending with a gap marker for bytes that were no
 * longer there. Returns what fn returned. */
static int read_write(struct readback *r, struct rb_file *f, const struct lt_hdr *h,
		      uint64_t start, uint64_t len, uint64_t id, cap_record_fn fn, void *ctx)
{
	uint64_t limit = len < r->max_write ? len : r->max_write;
	uint32_t cut = limit < len ? LT_F_TRUNCATED : 0;
	uint64_t done = 0;
	struct lt_hdr d = *h;
	const char *p;
	int io_err = 0;
	size_t n;
	int err;

	d.type = LT_REC_DATA;
	d.truncs = 0;
	d.len = 0;
	d.write_id = id;
	d.write_len = len;
	if (start)
		d.gap_bytes = 0; /* the stream's earlier gap rides on the span's first write */
	while (f && done < limit) {
		n = limit - done < CHUNK_BYTES ? (size_t)(limit - done) : CHUNK_BYTES;
		p = read_range(r, f, h->offset + start + done, n, h->truncs, &io_err);
		if (!p)
			break;
		d.offset = done;
		d.len = (uint32_t)n;
		d.flags = done == 0 ? LT_F_FIRST : 0;
		if (done + n >= limit)
			d.flags |= LT_F_LAST | cut;
		err = fn(ctx, &d, p);
		d.gap_bytes = 0;
		r->st.bytes += n;
		done += n;
		if (err)
			return err;
	}
	r->st.truncated_bytes += len - limit;
	if (done >= limit)
		return 0;
	if ((io_err == -ETIMEDOUT || io_err == -EBUSY) && f && f->state == RB_OPEN) {
		/* the read missed its deadline (copied for good), or the worker is stuck on
		 * another file's (copied until it is tried again): its spans already sent
		 * become gaps */
		r->cbs.release(r->cbs.ctx, f->dev, f->ino);
		f->state = RB_RELEASED;
		f->released_batch = r->batch;
		f->never = io_err == -ETIMEDOUT;
	}
	/* The rest is gone (the file was truncated, changed or could not be opened, or
	 * its read hung): a gap. */
	r->st.short_bytes += limit - done;
	d.offset = done;
	d.len = 0;
	d.flags = (done == 0 ? LT_F_FIRST : 0) | LT_F_LAST | cut;
	d.gap_bytes += limit - done;
	return fn(ctx, &d, "");
}

int readback_span(struct readback *r, const struct lt_hdr *h, const void *payload,
		  cap_record_fn fn, void *ctx, uint64_t now_ns)
{
	struct rb_file *f = *find_slot(r, h->dev, h->ino);
	uint32_t starts[LT_SPAN_WRITES];
	size_t n = joined_starts(payload, h->len / sizeof(uint32_t), h->write_len, starts), i;
	uint64_t end;
	int err;

	if (!f || f->fd < 0) /* closed while the write was on its way (or before this agent
			      * started): its writer may still have the file open */
		f = file_open(r, h->dev, h->ino, h->tgid, h->fd, h, now_ns);
	if (f && f->state == RB_OPEN && h->tgid == f->last_tgid && h->truncs == f->last_truncs &&
	    h->offset < f->last_end) {
		/* A writer went back over its own bytes: a file rewritten in place. Its
		 * spans read late would show the newer bytes, so it is copied from now on
		 * (this span is read as it is now). */
		r->cbs.release(r->cbs.ctx, f->dev, f->ino);
		f->state = RB_RELEASED;
		f->released_batch = r->batch;
		f->never = true;
	}
	if (f) {
		f->last_ns = now_ns;
		f->last_tgid = h->tgid;
		f->last_truncs = h->truncs;
		f->last_end = h->offset + h->write_len;
	}
	/* each write keeps its bounds and an id of its own (reassembly looks at both; event
	 * ids derive from it) */
	for (i = 0; i < n; i++) {
		end = i + 1 < n ? starts[i + 1] : h->write_len;
		err = read_write(r, f, h, starts[i], end - starts[i],
				 joined_write_id(h->write_id, i), fn, ctx);
		if (err)
			return err;
	}
	return 0;
}

void readback_sweep(struct readback *r, uint64_t now_ns, uint64_t idle_ns)
{
	struct rb_file **p, *f;
	size_t i;

	for (i = 0; i < NBUCKETS; i++) {
		for (p = &r->tab[i]; (f = *p);) {
			if (f->ahead && f->ahead_batch + 1 < r->batch)
				ahead_drop(f); /* not read in the last two drains */
			if (f->state == RB_OPEN && now_ns - f->last_ns >= idle_ns) {
				/* the kernel copies from now on; spans already sent are read
				 * before the file closes, at a sweep after the next drain */
				r->cbs.release(r->cbs.ctx, f->dev, f->ino);
				f->state = RB_RELEASED;
				f->released_batch = r->batch;
			} else if (f->state == RB_RELEASED && r->batch > f->released_batch + 1) {
				/* closed; a copied write of it opens it again */
				file_close(r, f);
				r->cbs.closed(r->cbs.ctx, f->dev, f->ino);
				f->state = RB_NOFD;
				f->retry_ns = 0;
				f->last_ns = now_ns;
			} else if (f->state == RB_NOFD && now_ns - f->last_ns >= NOFD_IDLE_NS) {
				*p = f->next;
				free(f);
				continue;
			}
			p = &f->next;
		}
	}
}

void readback_stats(const struct readback *r, struct readback_stats *out)
{
	*out = r->st;
	out->files_open = r->nopen;
	out->stalls = rbio_stalls(r->io);
	out->slow_reads = rbio_slow_reads(r->io);
}
