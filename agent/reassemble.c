// SPDX-License-Identifier: Apache-2.0
/*
 * reassemble.c - PLACEHOLDER until the rule engine lands: one event per line.
 */
#include "reassemble.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct reasm {
	struct reasm_opts opts;
	reasm_emit_fn emit;
	void *ctx;
};

struct reasm *reasm_new(const struct reasm_opts *opts, reasm_emit_fn emit, void *ctx)
{
	struct reasm *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->opts = *opts;
	r->emit = emit;
	r->ctx = ctx;
	return r;
}

void reasm_line(struct reasm *r, const struct line *l)
{
	struct event *e = event_new();
	char *msg;

	if (!e)
		return;
	msg = malloc(l->len + 1);
	if (!msg || event_set_source(e, l->src)) {
		free(msg);
		event_free(e);
		return;
	}
	memcpy(msg, l->text, l->len);
	msg[l->len] = '\0';
	event_set_message(e, msg, l->len);
	e->ts_ns = l->ts_ns;
	e->lines = 1;
	e->binary = l->flags & LINE_BINARY;
	e->truncated = l->flags & (LINE_TRUNCATED | LINE_CUT);
	e->gap_bytes = l->gap_bytes;
	r->emit(r->ctx, e);
}

void reasm_writer_end(struct reasm *r, void **state)
{
	*state = NULL;
}

void reasm_tick(struct reasm *r, uint64_t now_ns)
{
}

void reasm_flush(struct reasm *r)
{
}

void reasm_free(struct reasm *r)
{
	free(r);
}
