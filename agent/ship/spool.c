// SPDX-License-Identifier: Apache-2.0
/*
 * spool.c - ship's disk queue. Records are batched in memory, each batch is
 * compressed into one CRC-checked frame appended to the newest segment file;
 * the reader walks frames of the oldest segment and deletes segments once read.
 * Segment files are never appended to after a restart, so a torn frame can only
 * be the tail of a file: the scan at open cuts it off and says so.
 */
#include "spool.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/buf.h"
#include "lib/log.h"
#include "metrics/metrics.h"
#include "lib/dirs.h"
#include "spoolseg.h"

#define SPOOL_BATCH_BYTES (256u * 1024) /* raw bytes per frame, unless one record is bigger */
#define SPOOL_REC_HDR	  8		/* u16 subject, u8 id, u8 zero, u32 data (lengths) */

/* One segment file, oldest first in spool.segs. */
struct spool_seg {
	uint64_t seq;	 /* number in the file name */
	uint64_t bytes;	 /* valid bytes in the file */
	uint64_t events; /* records in its frames */
	uint64_t done;	 /* records of it already delivered (or skipped by the cursor) */
};

struct spool {
	char *dir;		/* owned */
	int dirfd;		/* the spool directory */
	uint64_t max_bytes;	/* bound on the segment files */
	uint64_t seg_max;	/* rotate the write segment beyond this */
	uint64_t next_seq;	/* number of the next segment file */
	struct spool_seg *segs; /* nsegs segments, oldest first; owned */
	size_t nsegs;
	int wfd;		      /* newest segment open for appending, or -1 */
	struct buf batch;	      /* raw records not written yet */
	uint64_t batch_n;	      /* records in batch */
	uint64_t disk_bytes;	      /* sum of segs[].bytes */
	uint64_t count;		      /* records queued, memory and disk */
	int err;		      /* last write error, reported by spool_close */
	uint64_t evicted;	      /* events evicted since open */
	struct log_limit evict_limit; /* for the "spool is full" warning */

	/* reader: always on segs[0] */
	int rfd;	      /* segs[0] open for reading, or -1 */
	uint64_t roff;	      /* offset of the next frame to load */
	uint64_t frame_off;   /* offset of the frame in rbuf */
	struct buf rbuf;      /* the decompressed frame */
	size_t rpos;	      /* next record in rbuf */
	uint32_t rleft;	      /* records left in rbuf */
	uint32_t rdone;	      /* records of rbuf delivered */
	uint32_t rskip;	      /* records to skip in the next frame (restart cursor) */
	struct spool_rec cur; /* what spool_peek returned */
	size_t cur_size;      /* its bytes in rbuf */
	bool have_cur;
	bool cursor_dirty; /* reader moved since the cursor file was written */
	struct buf zbuf;   /* compressed bytes scratch */
};

static void spool_metrics(const struct spool *sp)
{
	METRIC_SET(spool_bytes, spool_bytes(sp));
	METRIC_SET(spool_events, sp->count);
}

static int spool_add_seg(struct spool *sp, uint64_t seq)
{
	struct spool_seg *s = realloc(sp->segs, (sp->nsegs + 1) * sizeof(*s));

	if (!s)
		return -ENOMEM;
	sp->segs = s;
	s[sp->nsegs++] = (struct spool_seg){.seq = seq};
	if (seq >= sp->next_seq)
		sp->next_seq = seq + 1;
	return 0;
}

static int seq_cmp(const void *a, const void *b)
{
	const struct spool_seg *x = a, *y = b;

	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Finds the segment files left by an earlier run, in order. */
static int spool_list(struct spool *sp)
{
	struct dirent *d;
	DIR *dir;
	int fd, err = 0;

	fd = openat(sp->dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	dir = fd < 0 ? NULL : fdopendir(fd);
	if (!dir) {
		if (fd >= 0)
			close(fd);
		return -errno;
	}
	while (!err && (d = readdir(dir))) {
		uint64_t seq;

		if (spoolseg_parse_name(d->d_name, &seq))
			err = spool_add_seg(sp, seq);
	}
	closedir(dir);
	if (sp->nsegs)
		qsort(sp->segs, sp->nsegs, sizeof(*sp->segs), seq_cmp);
	return err;
}

static void spool_read_cursor(struct spool *sp, uint64_t *seq, uint64_t *off, uint32_t *skip)
{
	char text[96] = "";
	int fd = openat(sp->dirfd, "cursor", O_RDONLY | O_CLOEXEC);

	*seq = UINT64_MAX;
	if (fd < 0)
		return;
	if (read(fd, text, sizeof(text) - 1) > 0 &&
	    sscanf(text, "%" SCNu64 " %" SCNu64 " %" SCNu32, seq, off, skip) != 3)
		*seq = UINT64_MAX;
	close(fd);
}

/* Scans one segment at open; drops it when it holds nothing usable. */
static int spool_load_seg(struct spool *sp, size_t i, uint64_t cseq, uint64_t coff, uint32_t cskip)
{
	struct spool_seg *seg = &sp->segs[i];
	char name[SPOOLSEG_NAME_MAX], what[PATH_MAX];
	uint64_t before;
	int fd, err;

	spoolseg_name(name, sizeof(name), seg->seq);
	fd = openat(sp->dirfd, name, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	snprintf(what, sizeof(what), "%s/%s", sp->dir, name);
	err = spoolseg_scan(fd, what, &sp->zbuf, seg->seq == cseq ? coff : 0, &seg->bytes,
			    &seg->events, &before);
	close(fd);
	if (err == -EBADMSG) {
		log_warn("ship: spool %s/%s: not a spool segment, removing it", sp->dir, name);
		seg->bytes = seg->events = 0;
	} else if (err) {
		return err;
	}
	if (seg->seq == cseq && before != UINT64_MAX) {
		sp->roff = coff;
		sp->rskip = cskip;
		seg->done = before + cskip < seg->events ? before + cskip : seg->events;
	}
	sp->disk_bytes += seg->bytes;
	sp->count += seg->events - seg->done;
	return 0;
}

static int spool_scan(struct spool *sp)
{
	uint64_t cseq, coff = 0;
	uint32_t cskip = 0;
	size_t i, kept = 0;
	char name[SPOOLSEG_NAME_MAX];
	int err;

	err = spool_list(sp);
	if (err)
		return err;
	spool_read_cursor(sp, &cseq, &coff, &cskip);
	for (i = 0; i < sp->nsegs; i++) {
		err = spool_load_seg(sp, i, kept == 0 ? cseq : UINT64_MAX, coff, cskip);
		if (err)
			return err;
		if (sp->segs[i].events > sp->segs[i].done) {
			sp->segs[kept++] = sp->segs[i];
			continue;
		}
		sp->disk_bytes -= sp->segs[i].bytes;
		spoolseg_name(name, sizeof(name), sp->segs[i].seq);
		unlinkat(sp->dirfd, name, 0);
		if (kept == 0) {
			sp->roff = SPOOLSEG_FILE_HDR;
			sp->rskip = 0;
		}
	}
	sp->nsegs = kept;
	return 0;
}

struct spool *spool_open(const char *dir, uint64_t max_bytes)
{
	struct spool *sp;
	int err;

	sp = calloc(1, sizeof(*sp));
	if (!sp)
		return NULL;
	sp->wfd = sp->rfd = sp->dirfd = -1;
	sp->roff = SPOOLSEG_FILE_HDR;
	sp->max_bytes = max_bytes < SPOOL_MIN_BYTES ? SPOOL_MIN_BYTES : max_bytes;
	sp->seg_max = sp->max_bytes / 8;
	if (sp->seg_max > (64u << 20))
		sp->seg_max = 64u << 20;
	sp->dir = strdup(dir);
	if (!sp->dir)
		goto fail;
	err = dirs_make(dir, 0700);
	if (err) {
		errno = -err;
		goto fail_log;
	}
	sp->dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (sp->dirfd < 0)
		goto fail_log;
	err = spool_scan(sp);
	if (err) {
		errno = -err;
		goto fail_log;
	}
	if (sp->count)
		log_info("ship: spool %s holds %" PRIu64 " events (%" PRIu64 " bytes) from an "
			 "earlier run; they are sent first",
			 dir, sp->count, sp->disk_bytes);
	spool_metrics(sp);
	return sp;
fail_log:
	err = errno;
	log_error("ship: spool directory %s: %s", dir, strerror(err));
	errno = err;
fail:
	err = errno;
	spool_close(sp);
	errno = err;
	return NULL;
}

/* Deletes segs[0] (read to the end or evicted) and resets the reader. */
static void spool_drop_first(struct spool *sp)
{
	char name[SPOOLSEG_NAME_MAX];

	if (sp->rfd >= 0)
		close(sp->rfd);
	sp->rfd = -1;
	if (sp->nsegs == 1 && sp->wfd >= 0) {
		close(sp->wfd);
		sp->wfd = -1;
	}
	spoolseg_name(name, sizeof(name), sp->segs[0].seq);
	if (unlinkat(sp->dirfd, name, 0) && errno != ENOENT)
		log_warn("ship: spool %s/%s: unlink: %m", sp->dir, name);
	sp->disk_bytes -= sp->segs[0].bytes;
	sp->count -= sp->segs[0].events - sp->segs[0].done;
	memmove(sp->segs, sp->segs + 1, (sp->nsegs - 1) * sizeof(*sp->segs));
	sp->nsegs--;
	sp->roff = SPOOLSEG_FILE_HDR;
	sp->rskip = sp->rleft = sp->rdone = 0;
	sp->have_cur = false;
	sp->cursor_dirty = true;
}

static void spool_evict(struct spool *sp)
{
	uint64_t lost = sp->segs[0].events - sp->segs[0].done;

	METRIC_ADD(spool_evicted, lost);
	sp->evicted += lost;
	if (log_allow(&sp->evict_limit, 10)) {
		log_warn("ship: spool %s is full (%" PRIu64 " bytes): evicted the %" PRIu64
			 " oldest events so far",
			 sp->dir, sp->max_bytes, sp->evicted);
	}
	spool_drop_first(sp);
}

static int spool_new_seg(struct spool *sp)
{
	int fd, err;

	if (sp->wfd >= 0) {
		fdatasync(sp->wfd);
		close(sp->wfd);
		sp->wfd = -1;
	}
	fd = spoolseg_create(sp->dirfd, sp->next_seq);
	if (fd < 0)
		return fd;
	err = spool_add_seg(sp, sp->next_seq);
	if (err) {
		char name[SPOOLSEG_NAME_MAX];

		close(fd);
		spoolseg_name(name, sizeof(name), sp->next_seq);
		unlinkat(sp->dirfd, name, 0);
		return err;
	}
	sp->wfd = fd;
	sp->segs[sp->nsegs - 1].bytes = SPOOLSEG_FILE_HDR;
	sp->disk_bytes += SPOOLSEG_FILE_HDR;
	return 0;
}

/* Appends the batch as one frame, evicting the oldest segments to make room. */
static int spool_write_batch(struct spool *sp)
{
	struct spool_seg *seg;
	uint64_t size;
	ssize_t n;
	int err;

	err = spoolseg_frame(&sp->batch, (uint32_t)sp->batch_n, &sp->zbuf);
	if (err)
		return err;
	size = sp->zbuf.len;
	while (sp->nsegs && sp->disk_bytes + size + SPOOLSEG_FILE_HDR > sp->max_bytes)
		spool_evict(sp);
	if (sp->wfd < 0 || sp->segs[sp->nsegs - 1].bytes + size > sp->seg_max) {
		err = spool_new_seg(sp);
		if (err)
			return err;
	}
	seg = &sp->segs[sp->nsegs - 1];
	n = write(sp->wfd, sp->zbuf.p, size);
	if (n != (ssize_t)size) {
		err = n < 0 ? -errno : -ENOSPC;
		if (ftruncate(sp->wfd, (off_t)seg->bytes))
			err = -errno;
		return err;
	}
	seg->bytes += size;
	seg->events += sp->batch_n;
	sp->disk_bytes += size;
	sp->batch.len = 0;
	sp->batch_n = 0;
	return 0;
}

int spool_append(struct spool *sp, const char *subject, const char *id, const char *data,
		 size_t len)
{
	size_t slen = strlen(subject), ilen = strlen(id), need;
	unsigned char h[SPOOL_REC_HDR];
	int err = 0;

	need = SPOOL_REC_HDR + slen + ilen + len + 3;
	if (slen > UINT16_MAX || ilen > UINT8_MAX || need > sp->max_bytes / 2 ||
	    need > SPOOLSEG_FRAME_MAX)
		return -E2BIG;
	if (sp->batch.len && sp->batch.len + need > SPOOL_BATCH_BYTES)
		err = spool_write_batch(sp);
	if (err)
		return sp->err = err;
	h[0] = (unsigned char)slen;
	h[1] = (unsigned char)(slen >> 8);
	h[2] = (unsigned char)ilen;
	h[3] = 0;
	spoolseg_put32(h + 4, (uint32_t)len);
	if (buf_reserve(&sp->batch, need))
		return -ENOMEM;
	buf_append(&sp->batch, h, sizeof(h));
	buf_append(&sp->batch, subject, slen + 1);
	buf_append(&sp->batch, id, ilen + 1);
	buf_append(&sp->batch, data, len);
	buf_putc(&sp->batch, '\0');
	sp->batch_n++;
	sp->count++;
	spool_metrics(sp);
	return 0;
}

static int spool_write_cursor(struct spool *sp)
{
	char text[96];
	bool loaded;
	int fd, n;

	if (!sp->cursor_dirty || sp->dirfd < 0)
		return 0;
	loaded = sp->rleft || sp->rdone;
	n = snprintf(text, sizeof(text), "%" PRIu64 " %" PRIu64 " %" PRIu32 "\n",
		     sp->nsegs ? sp->segs[0].seq : 0, loaded ? sp->frame_off : sp->roff,
		     loaded ? sp->rdone : sp->rskip);
	fd = openat(sp->dirfd, "cursor.tmp", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return -errno;
	if (write(fd, text, (size_t)n) != n) {
		close(fd);
		return -EIO;
	}
	close(fd);
	if (renameat(sp->dirfd, "cursor.tmp", sp->dirfd, "cursor"))
		return -errno;
	sp->cursor_dirty = false;
	return 0;
}

int spool_flush(struct spool *sp)
{
	int err = 0;

	if (sp->batch_n)
		err = spool_write_batch(sp);
	if (err)
		sp->err = err;
	spool_write_cursor(sp);
	spool_metrics(sp);
	return err;
}

/* Loads the next frame of segs[0]; 1 when that segment is read to its end, 2 when
 * it was damaged and dropped. */
static int spool_load_frame(struct spool *sp)
{
	uint64_t size;
	uint32_t nrec;
	char name[SPOOLSEG_NAME_MAX];
	int err;

	if (sp->rfd < 0) {
		spoolseg_name(name, sizeof(name), sp->segs[0].seq);
		sp->rfd = openat(sp->dirfd, name, O_RDONLY | O_CLOEXEC);
		if (sp->rfd < 0)
			return -errno;
	}
	if (sp->roff >= sp->segs[0].bytes)
		return 1;
	err = spoolseg_read(sp->rfd, sp->roff, &sp->zbuf, &sp->rbuf, &size, &nrec);
	if (err == -EBADMSG) {
		log_error("ship: spool %s: segment %" PRIu64 " damaged at byte %" PRIu64
			  ", dropping its rest",
			  sp->dir, sp->segs[0].seq, sp->roff);
		METRIC_ADD(spool_evicted, sp->segs[0].events - sp->segs[0].done);
		spool_drop_first(sp);
		return 2;
	}
	if (err)
		return err < 0 ? err : 1;
	sp->frame_off = sp->roff;
	sp->roff += size;
	sp->rpos = 0;
	sp->rleft = nrec;
	sp->rdone = 0;
	return 0;
}

/* Parses the record at rpos into cur. */
static int spool_parse(struct spool *sp)
{
	const unsigned char *h = (const unsigned char *)sp->rbuf.p + sp->rpos;
	size_t slen, ilen, dlen, size;

	if (sp->rbuf.len - sp->rpos < SPOOL_REC_HDR)
		return -EBADMSG;
	slen = (size_t)h[0] | (size_t)h[1] << 8;
	ilen = h[2];
	dlen = spoolseg_get32(h + 4);
	size = SPOOL_REC_HDR + slen + ilen + dlen + 3;
	if (size > sp->rbuf.len - sp->rpos)
		return -EBADMSG;
	sp->cur.subject = (const char *)h + SPOOL_REC_HDR;
	sp->cur.id = sp->cur.subject + slen + 1;
	sp->cur.data = sp->cur.id + ilen + 1;
	sp->cur.len = dlen;
	/* the CRCs guard against damage, not against a writer bug: check the terminators */
	if (sp->cur.id[-1] || sp->cur.data[-1] || sp->cur.data[dlen] ||
	    memchr(sp->cur.subject, '\0', slen) || memchr(sp->cur.id, '\0', ilen))
		return -EBADMSG;
	sp->cur_size = size;
	return 0;
}

int spool_peek(struct spool *sp, struct spool_rec *r)
{
	int err;

	while (!sp->have_cur) {
		if (sp->rleft && !sp->rskip) {
			err = spool_parse(sp);
			if (err) {
				sp->rleft = 0;
				continue;
			}
			sp->have_cur = true;
			break;
		}
		if (sp->rleft) { /* records delivered before a restart */
			if (spool_parse(sp)) {
				sp->rleft = sp->rskip = 0;
				continue;
			}
			sp->rpos += sp->cur_size;
			sp->rleft--;
			sp->rdone++;
			sp->rskip--;
			continue;
		}
		if (!sp->nsegs) {
			if (!sp->batch_n)
				return -ENOENT;
			err = spool_write_batch(sp);
			if (err)
				return sp->err = err;
			continue;
		}
		err = spool_load_frame(sp);
		if (err < 0)
			return err;
		if (err == 1) {
			if (sp->nsegs == 1 && sp->batch_n) {
				err = spool_write_batch(sp); /* into this segment or a new one */
				if (err)
					return sp->err = err;
				if (sp->roff < sp->segs[0].bytes)
					continue;
			}
			spool_drop_first(sp);
		}
	}
	*r = sp->cur;
	return 0;
}

void spool_pop(struct spool *sp)
{
	if (!sp->have_cur)
		return;
	sp->have_cur = false;
	sp->rpos += sp->cur_size;
	sp->rleft--;
	sp->rdone++;
	sp->segs[0].done++;
	sp->count--;
	sp->cursor_dirty = true;
	if (!(sp->count & 1023))
		spool_metrics(sp);
}

uint64_t spool_unwritten(const struct spool *sp)
{
	return sp->batch_n;
}

uint64_t spool_count(const struct spool *sp)
{
	return sp->count;
}

uint64_t spool_bytes(const struct spool *sp)
{
	return sp->disk_bytes + sp->batch.len;
}

int spool_close(struct spool *sp)
{
	int err;

	if (!sp)
		return 0;
	if (sp->dirfd >= 0)
		spool_flush(sp);
	err = sp->err;
	if (sp->wfd >= 0 && fdatasync(sp->wfd) && !err)
		err = -errno;
	if (sp->wfd >= 0)
		close(sp->wfd);
	if (sp->rfd >= 0)
		close(sp->rfd);
	if (sp->dirfd >= 0)
		close(sp->dirfd);
	METRIC_SET(spool_bytes, 0);
	METRIC_SET(spool_events, 0);
	buf_free(&sp->batch);
	buf_free(&sp->rbuf);
	buf_free(&sp->zbuf);
	free(sp->segs);
	free(sp->dir);
	free(sp);
	return err;
}
