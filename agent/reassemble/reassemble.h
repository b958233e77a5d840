/* SPDX-License-Identifier: Apache-2.0 */
/*
 * reassemble.h - joins the lines of one writer into events: multi-line
 * exception traces and records become one event each, with per-language rules.
 * Sits between streams (lines in) and process/enrich (events out).
 */
#ifndef LOGTAP_REASSEMBLE_H
#define LOGTAP_REASSEMBLE_H

#include <stdint.h>

#include "lib/event.h"

struct reasm_opts {
	uint64_t idle_ns;    /* flush a writer's pending record after this idle time */
	uint64_t max_age_ns; /* flush a pending record at this age in any case */
	uint32_t max_lines;  /* lines per event; the rest continues as a new event */
	size_t max_bytes;    /* bytes per event; ditto */
	bool single_line;    /* one event per line, no rules (used by --raw) */
	bool keep_ansi;	     /* keep ANSI escape sequences in messages (--keep-ansi) */
	/* --record-start GLOB=REGEX overrides: n_record_starts strings, compiled by reasm_new */
	char *const *record_starts;
	size_t n_record_starts;
	/* Copies the container name of a writer into buf for the GLOBs of record_starts; false
	 * when not (yet) known. NULL: GLOBs see file paths only. Runs on the reassemble thread. */
	bool (*writer_name)(void *ctx, const struct ev_source *src, char *buf, size_t len);
	void *writer_name_ctx;
	size_t max_memory;   /* pending records of all writers together; past it the
			      * largest go out at once, marked truncated (0: no limit) */
};

/* Receives each finished event; ownership of e passes to the callee. */
typedef void (*reasm_emit_fn)(void *ctx, struct event *e);

/* NULL with errno on failure (EINVAL: a bad record_starts entry, said on stderr). opts is
 * copied; the record_starts strings are compiled and need not outlive the call. */
struct reasm *reasm_new(const struct reasm_opts *opts, reasm_emit_fn emit, void *ctx);
/* Feeds one line; may emit zero or more events. The line is borrowed. */
void reasm_line(struct reasm *r, const struct line *l);
/* The writer whose slot this is has gone (exit, close, eviction): emits its pending
 * record and frees what *state holds, leaving *state NULL. */
void reasm_writer_end(struct reasm *r, void **state);
/* Emits records idle for idle_ns or older than max_age_ns, by the clock now_ns
 * (realtime ns; replay passes recorded time). */
void reasm_tick(struct reasm *r, uint64_t now_ns);
/* Emits everything pending (shutdown). */
void reasm_flush(struct reasm *r);
/* Bytes allocated for pending records now (what max_memory bounds). */
size_t reasm_memory(const struct reasm *r);
/* The mark (line.mark) of the oldest pending record's first line, UINT64_MAX if none. */
uint64_t reasm_held_mark(const struct reasm *r);
/* Accepts NULL. Pending records are dropped: call reasm_flush first. */
void reasm_free(struct reasm *r);

#endif
