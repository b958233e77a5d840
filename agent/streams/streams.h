/* SPDX-License-Identifier: Apache-2.0 */
/*
 * streams.h - turns captured write chunks into lines, one byte stream per
 * writer (process + file): partial lines across writes, CRLF, binary data,
 * gaps. Sits between files (records with their path in) and reassemble (lines out).
 */
#ifndef LOGTAP_STREAMS_H
#define LOGTAP_STREAMS_H

#include <stdbool.h>
#include <stdint.h>

#include "lib/event.h"
#include "lt_abi.h"

struct streams_opts {
	size_t max_line;      /* bytes per line before it is cut (LINE_CUT) */
	uint64_t idle_ns;     /* a partial line is flushed after this idle time */
	uint64_t evict_ns;    /* a writer silent this long is forgotten */
	bool raw;	      /* one line per write: no framing on newlines */
	size_t max_memory;    /* partial line buffers of all writers together; past it the
			       * largest go out as truncated lines (0: no limit) */
};

struct streams_cbs {
	/* A line; borrowed for the duration of the call. */
	void (*line)(void *ctx, const struct line *l);
	/* A writer is going away: whatever the line consumer stored in *state must be
	 * flushed and freed (reasm_writer_end). */
	void (*writer_end)(void *ctx, void **state);
	void *ctx;
};

/* NULL with errno on failure. Both structs are copied. */
struct streams *streams_new(const struct streams_opts *opts, const struct streams_cbs *cbs);
/* Feeds one capture record (header with realtime ts, payload of h->len bytes): DATA and
 * EXIT records, others are ignored. path names a DATA record's file for a new writer
 * (files_data_path; NULL for stdout/stderr). 0 or -errno. */
int streams_record(struct streams *s, const struct lt_hdr *h, const void *payload,
		   const char *path);
/* Flushes partial lines idle longer than idle_ns and forgets silent writers. */
void streams_tick(struct streams *s, uint64_t now_ns);
/* Flushes every partial line and ends every writer (shutdown). */
void streams_flush(struct streams *s);
/* The capture poll (a number that never goes back) of the records fed from now on:
 * lines carry the mark of the poll that read their first byte (line.mark). */
void streams_set_mark(struct streams *s, uint64_t mark);
/* The mark of the oldest partial line held, or UINT64_MAX when there is none. */
uint64_t streams_held_mark(const struct streams *s);
/* Bytes allocated for partial lines now (what max_memory bounds). */
size_t streams_memory(const struct streams *s);
void streams_free(struct streams *s);

#endif
