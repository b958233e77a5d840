/* SPDX-License-Identifier: Apache-2.0 */
/*
 * shape.h - the record header shape of one writer, learned from its first records:
 * the first bytes of a line as character classes (digit runs, letter runs, blanks,
 * punctuation). Reassemble asks it whether a line begins with the writer's header;
 * a line that does not is a continuation. Per writer, no allocation, no regex.
 */
#ifndef LOGTAP_SHAPE_H
#define LOGTAP_SHAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SHAPE_BYTES  24 /* bytes of a line (ANSI sequences not counted) that make its shape */
#define SHAPE_LEARN  3	/* votes a header shape needs before it decides */
#define SHAPE_STRONG 6	/* anchors of a shape that 2 votes are enough for (timestamps) */
#define SHAPE_SWITCH 8	/* votes a new shape needs, with no line of the old one between */

/* A line's shape: one token per run: '0' digits, 'a' letters, ' ' blanks, 'u' bytes
 * above 0x7f, any other byte as itself. Anchors are the tokens other than 'a', ' ', 'u':
 * what makes a header (timestamps, brackets, `{"`) and not free text. */
struct shape_key {
	char tok[SHAPE_BYTES]; /* tokens, not NUL-terminated */
	uint8_t len;	       /* tokens in tok */
	uint8_t anchors;       /* of which anchors */
};

/* A majority vote over shapes: a key and its lead (Boyer-Moore). */
struct shape_vote {
	struct shape_key key; /* the common prefix of the shapes that voted for it */
	uint8_t hits;	      /* lead over the shapes that voted against (saturating) */
};

/* What one writer has learned. Zeroed memory is a valid, empty learner. */
struct shape {
	struct shape_vote learned; /* the header shape once learned.key.len != 0 */
	struct shape_vote cand;	   /* the vote in progress (learning, or a new shape) */
	uint32_t relearns;	   /* times a new shape replaced the learned one */
};

/* Fills k with the shape of s[0..n) (ANSI escape sequences skipped). */
void shape_key_of(struct shape_key *k, const char *s, size_t n);
/* Has the writer a learned header shape? */
static inline bool shape_known(const struct shape *sh)
{
	return sh->learned.key.len != 0;
}
/* Does a line of shape k begin with the learned header shape? False when none is known. */
bool shape_has(const struct shape *sh, const struct shape_key *k);
/* A line that begins a record (by the rules, or by the learned shape) votes with its shape.
 * Lines with fewer than 2 anchors do not vote: free text is no header. Returns true when
 * the vote changed the learned shape (learned for the first time, or re-learned). */
bool shape_vote_start(struct shape *sh, const struct shape_key *k);
/* Forgets everything (the writer's file was truncated or replaced). */
void shape_reset(struct shape *sh);

#endif
