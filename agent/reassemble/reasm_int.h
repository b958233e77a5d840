/* SPDX-License-Identifier: Apache-2.0 */
/*
 * reasm_int.h - reassemble's insides shared by its two files: the per-writer state, the
 * line as the deciders see it, and decide.c's functions (where a record starts), which
 * reassemble.c calls while it builds the records.
 */
#ifndef LOGTAP_REASM_INT_H
#define LOGTAP_REASM_INT_H

#include <regex.h>
#include <stdbool.h>
#include <stdint.h>

#include "lib/buf.h"
#include "lib/event.h"
#include "rules.h"
#include "shape.h"

/* One writer: lives in the writer's slot from its first line to reasm_writer_end. */
struct wstate {
	struct wstate *prev, *next;   /* every live writer of the reasm, for reasm_free */
	struct wstate *pprev, *pnext; /* writers with a pending record, for tick and flush,
				       * in first_mark order; NULL when nothing is pending */
	struct ev_source src;	      /* writer at the first line of the pending record */
	char *path;		      /* owned copy of the writer's path; src.file points here */
	char *doc_ref;		      /* Flow dump id when the file is one dump; owned */
	struct buf text;	      /* the pending record, lines joined by '\n' */
	size_t charged;		      /* text.cap as counted in reasm.mem */
	uint64_t first_ts;	      /* realtime ns of the record's first line */
	uint64_t first_origin;	      /* where its first byte was written (event id) */
	uint64_t first_mark;	      /* the capture poll that read its first byte */
	uint64_t last_ts;	      /* realtime ns of the latest line */
	uint64_t gap_bytes;	      /* bytes lost before the record */
	uint32_t lines;		      /* lines in text; 0 = nothing pending */
	uint32_t blanks;	      /* blank lines held back: kept only if the record goes on */
	uint8_t state;		      /* enum rules_state */
	uint8_t lang;		      /* enum rules_lang */
	bool lang_strong;	      /* lang came from a frame, not a header guess */
	bool trace;		      /* a rule saw an exception */
	bool truncated;		      /* cut by a cap, or bytes were not captured */
	bool binary;		      /* a line looked binary */
	bool cut_line;		      /* the last line was cut: the next line is its rest */
	uint32_t starts;	      /* records begun (saturating) */
	uint16_t sow_hist;	      /* latest 16 starts, newest in bit 0: 1 = began a write */
	uint8_t start_class;	      /* first-byte class of the latest record start */
	uint8_t name_tries;	      /* starts left to find an override by container name */
	const regex_t *start_re;      /* --record-start override, or NULL */
	struct shape shape;	      /* the learned record header shape */
};

/* A line as the deciders see it: the text without ANSI sequences (NUL-terminated), its
 * rules view and, computed when first needed, its shape. */
struct seen {
	const char *t;
	size_t n;
	bool sow; /* the line began a write (whatever the writer) */
	struct rules_view v;
	struct shape_key k;
	bool keyed; /* k is filled */
};

/* Takes what a matching rule says about state, language and trace. */
void decide_apply(struct wstate *w, const struct rule *ru);
/* The class of a line's first byte: '0' for digits, 'a' for letters, else the byte. */
uint8_t decide_first_class(const struct rules_view *v);
/* Whether the writer has recently begun a record inside a write (several per write). */
bool decide_buffered(const struct wstate *w);
/* sn's shape key, computed the first time it is asked for. */
const struct shape_key *decide_seen_key(struct seen *sn);
/* Whether a record start (sow: at a write start) votes for the writer's header shape. */
bool decide_votes(const struct wstate *w, bool sow);
/* What line sn does to w's pending record (ACT_*): ru is the rule that matched in w's
 * state (NULL: none), hint that the line began a write of a write-aligned writer. */
unsigned decide_action(struct wstate *w, struct seen *sn, const struct rule *ru, bool hint);

#endif
