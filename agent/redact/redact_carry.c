// SPDX-License-Identifier: Apache-2.0
/*
 * redact_carry.c - secrets that span events: when reassembly puts the lines of a
 * PEM private key block into several events of one writer, the redact stage
 * remembers the writers inside an open block and redacts their next events up
 * to the END line. Bounded; owned by the thread that runs the stage.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "redact_int.h"

#define CARRY_MAX 64 /* writers inside an open block at once; the oldest is dropped */

struct redact_carry {
	uint64_t open[CARRY_MAX]; /* writers inside an open PEM block, oldest first */
	size_t n;		  /* entries in open */
};

struct redact_carry *redact_carry_new(void)
{
	return calloc(1, sizeof(struct redact_carry));
}

void redact_carry_free(struct redact_carry *c)
{
	free(c);
}

static void carry_set(struct redact_carry *c, size_t at, uint64_t writer, bool open)
{
	if (at < c->n && !open) {
		memmove(c->open + at, c->open + at + 1, (c->n - at - 1) * sizeof(c->open[0]));
		c->n--;
	} else if (at == c->n && open) {
		if (c->n == CARRY_MAX) {
			memmove(c->open, c->open + 1, (CARRY_MAX - 1) * sizeof(c->open[0]));
			c->n--;
		}
		c->open[c->n++] = writer;
	}
}

int redact_text_carry(const struct redact *r, struct redact_carry *c, uint64_t writer,
		      const char *text, size_t len, struct buf *out, uint64_t *counts)
{
	size_t at = 0;
	bool pem;
	int n;

	while (at < c->n && c->open[at] != writer)
		at++;
	pem = at < c->n;
	n = rd_scan(r, text, len, out, counts, &pem);
	if (n >= 0)
		carry_set(c, at, writer, pem);
	return n;
}
