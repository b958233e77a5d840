/* SPDX-License-Identifier: Apache-2.0 */
/*
 * readback.h - reads captured writes back from the page cache. For a log file it
 * holds open, the kernel sends only where a write(v) went (a SPAN record: file
 * position and length) instead of copying the bytes in the writer's syscall;
 * this module reads those bytes with pread and turns each span into DATA records.
 * Files are opened through /proc/PID/fd/FD of a writer (or, for a writer gone since,
 * through the file's path in its mount namespace) and checked against the
 * device and inode the kernel reported; only local filesystems qualify, as the kernel's
 * PATH records say (readback_note_fs), and calls that can block run on a worker with a
 * deadline (rbio.h), never on the draining thread. A writer
 * going back over its own bytes (a file rewritten in place) sends the file back to
 * copying for good. Used by capture.c only.
 */
#ifndef LOGTAP_READBACK_H
#define LOGTAP_READBACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "capture.h"

struct readback;

/* Counters, added to the kernel's in capture_stats(). */
struct readback_stats {
	uint64_t bytes;		  /* bytes read back */
	uint64_t short_bytes;	  /* bytes of spans no longer in the file (truncated, or
				   * the file could not be opened): reported as gaps */
	uint64_t truncated_bytes; /* bytes beyond the per-write maximum */
	uint64_t files_open;	  /* files held open now */
	uint64_t stalls;	  /* opens and reads that missed their deadline */
	uint64_t slow_reads;	  /* reads not served from the page cache at once */
};

/* What readback needs from the kernel side (capture.c). */
struct readback_cbs {
	/* how often the kernel has seen (dev, ino) truncated (the truncs map) */
	uint32_t (*truncs)(void *ctx, uint32_t dev, uint64_t ino);
	/* the kernel is to copy the file's writes again */
	void (*release)(void *ctx, uint32_t dev, uint64_t ino);
	/* the file is closed: its spans are no longer read */
	void (*closed)(void *ctx, uint32_t dev, uint64_t ino);
	/* the file's path (as its writers see it) into out: 0, or -errno when unknown. For
	 * spans whose writer is gone. NULL: none known */
	int (*path)(void *ctx, uint32_t dev, uint64_t ino, char *out, size_t cap);
	void *ctx;
};

/* max_write caps the bytes read per write, like the kernel's copy; at most max_open
 * files are held open. */
struct readback *readback_new(uint64_t max_write, size_t max_open, const struct readback_cbs *cbs);
/* Closes every file and frees. Accepts NULL. */
void readback_free(struct readback *r);

/* Remembers the filesystem of a device from a PATH record (its superblock magic):
 * files are opened only on a device whose latest magic says local (lt_fs_local). */
void readback_note_fs(struct readback *r, uint32_t dev, uint32_t magic);

/* Opens the file that process tgid has at fd and checks that it is (dev, ino), the
 * kernel's encoding of the device. True when the file is held open (already or now);
 * false when it cannot be, after which readback_retry_due() paces further attempts. */
bool readback_open(struct readback *r, uint32_t dev, uint64_t ino, uint32_t tgid,
		   uint32_t fd, uint64_t now_ns);
/* True when a file whose bytes the kernel still copies should be tried again. */
bool readback_retry_due(struct readback *r, uint32_t dev, uint64_t ino, uint64_t now_ns);

/* Starts a drain of the ring: read-ahead from an earlier drain is not used again. */
void readback_batch(struct readback *r);
/* Reads the span h (LT_REC_SPAN, its payload listing where its writes began) back and
 * hands each write to fn as DATA records, ending with a gap marker for bytes that were
 * no longer there: the file is shorter, or was truncated after the write. Returns what
 * fn returned. */
int readback_span(struct readback *r, const struct lt_hdr *h, const void *payload,
		  cap_record_fn fn, void *ctx, uint64_t now_ns);

/* Gives up files without spans for idle_ns: release is called first, so the kernel
 * copies their writes again, and each is closed a drain later (then closed). */
void readback_sweep(struct readback *r, uint64_t now_ns, uint64_t idle_ns);
void readback_stats(const struct readback *r, struct readback_stats *out);

#endif
