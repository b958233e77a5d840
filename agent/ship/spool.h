/* SPDX-License-Identifier: Apache-2.0 */
/*
 * spool.h - ship's disk queue while NATS is away: events (subject, event id,
 * JSON) in zlib-compressed batches inside numbered segment files, bounded in
 * bytes (oldest segment evicted first, counted), read back in order, kept
 * across agent restarts. A torn tail from a crash is detected and skipped.
 */
#ifndef LOGTAP_SPOOL_H
#define LOGTAP_SPOOL_H

#include <stddef.h>
#include <stdint.h>

/* Smallest spool bound accepted; smaller values are raised to it. */
#define SPOOL_MIN_BYTES (1u << 20)

struct spool;

/* One spooled event, borrowed from the spool until the next spool_* call. */
struct spool_rec {
	const char *subject; /* NUL-terminated */
	const char *id;	     /* event id, NUL-terminated, may be "" */
	const char *data;    /* the JSON, len bytes (NUL-terminated too) */
	size_t len;
};

/* Opens (creating the directory if needed) and scans what an earlier run left.
 * max_bytes bounds the segment files. NULL with errno and a logged reason. */
struct spool *spool_open(const char *dir, uint64_t max_bytes);
/* Queues one event (copied). Batches are written when large enough or on spool_flush.
 * 0 or -errno (-E2BIG for a record that can never fit). */
int spool_append(struct spool *sp, const char *subject, const char *id, const char *data,
		 size_t len);
/* Writes the batch in memory (if any) to disk and records the read position. 0 or -errno. */
int spool_flush(struct spool *sp);
/* The oldest event: 0, -ENOENT when the spool is empty, -errno on I/O trouble. */
int spool_peek(struct spool *sp, struct spool_rec *r);
/* Drops the event spool_peek returned (it was delivered). */
void spool_pop(struct spool *sp);
/* Events of the batch not yet written to a segment (lost if the process dies now). */
uint64_t spool_unwritten(const struct spool *sp);
/* Events queued (memory and disk). */
uint64_t spool_count(const struct spool *sp);
/* Bytes on disk plus the batch in memory. */
uint64_t spool_bytes(const struct spool *sp);
/* Flushes, syncs and frees. Accepts NULL. 0 or -errno from the last write. */
int spool_close(struct spool *sp);

#endif
