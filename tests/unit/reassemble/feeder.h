/* SPDX-License-Identifier: Apache-2.0 */
/*
 * feeder.h - the reassemble unit tests' minimal streams: splits writes into lines
 * with SOW/EOW flags (as streams does), feeds them through reasm + process and
 * collects the events. Included by tests/unit/reassemble/test_*.c only.
 */
#ifndef LOGTAP_TEST_FEEDER_H
#define LOGTAP_TEST_FEEDER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "process/process.h"
#include "reassemble/reassemble.h"
#include "test.h"

#define MAX_EV 512

struct sink {
	struct event *ev[MAX_EV]; /* owned */
	int n;
};

static void collect(void *ctx, struct event *e)
{
	struct sink *s = ctx;
	size_t i, nl = 0;

	process_event(e);
	for (i = 0; i < e->message_len; i++)
		nl += e->message[i] == '\n';
	CHECK(e->lines == nl + 1); /* every event: lines agrees with its text */
	CHECK(e->message_len == strlen(e->message) || e->binary);
	if (s->n < MAX_EV)
		s->ev[s->n++] = e;
	else
		event_free(e);
}

static void sink_free(struct sink *s)
{
	int i;

	for (i = 0; i < s->n; i++)
		event_free(s->ev[i]);
	s->n = 0;
}

static const struct reasm_opts feeder_opts = {
    .idle_ns = 1000000000ull,
    .max_age_ns = 10000000000ull,
    .max_lines = 1000,
    .max_bytes = 1 << 20,
};

struct feeder {
	struct reasm *r;
	struct ev_source src;
	void *slot;
	struct buf part; /* a line begun by an earlier write */
	bool part_sow;
	uint64_t ts;
};

static void feed_line(struct feeder *f, const char *s, size_t n, uint32_t flags)
{
	struct line l = {
	    .src = &f->src, .state = &f->slot, .ts_ns = f->ts, .text = s, .len = n, .flags = flags};

	if (n && s[n - 1] == '\r') /* CRLF: the CR belongs to the line end, as in streams */
		l.len--;
	reasm_line(f->r, &l);
}

static void feed_write(struct feeder *f, const char *w, size_t len)
{
	size_t pos = 0, k;
	const char *nl;
	uint32_t flags;

	f->ts += 1000;
	while (pos < len && (nl = memchr(w + pos, '\n', len - pos))) {
		k = (size_t)(nl - w) - pos;
		flags = (nl + 1 == w + len) ? LINE_EOW : 0;
		if (f->part.len) {
			buf_append(&f->part, w + pos, k);
			feed_line(f, f->part.p, f->part.len, flags | (f->part_sow ? LINE_SOW : 0));
			buf_reset(&f->part);
		} else {
			feed_line(f, w + pos, k, flags | (pos == 0 ? LINE_SOW : 0));
		}
		pos += k + 1;
	}
	if (pos < len) {
		if (!f->part.len)
			f->part_sow = pos == 0;
		buf_append(&f->part, w + pos, len - pos);
	}
}

/* A feeder with its own reasm (opts NULL: feeder_opts) for one writer of path. */
static inline void feeder_init(struct feeder *f, struct sink *s, const struct reasm_opts *o,
			const char *path)
{
	memset(f, 0, sizeof(*f));
	f->src = (struct ev_source){.tgid = 7, .pid = 7, .comm = "app", .file = path};
	f->r = reasm_new(o ? o : &feeder_opts, collect, s);
	CHECK(f->r != NULL);
}

static void feeder_end(struct feeder *f)
{
	if (f->part.len)
		feed_line(f, f->part.p, f->part.len,
			  LINE_EOW | LINE_NOEOL | (f->part_sow ? LINE_SOW : 0));
	buf_free(&f->part);
	reasm_writer_end(f->r, &f->slot);
}

/* feeder_end, then frees the reasm of feeder_init. */
static inline void feeder_done(struct feeder *f)
{
	feeder_end(f);
	reasm_free(f->r);
}

/* Runs writes (NULL-terminated) of one writer on path through a fresh reasm. */
static inline void run(struct sink *s, const struct reasm_opts *o, const char *path, ...)
{
	struct feeder f;
	const char *w;
	va_list ap;

	feeder_init(&f, s, o, path);
	va_start(ap, path);
	while ((w = va_arg(ap, const char *)))
		feed_write(&f, w, strlen(w));
	va_end(ap);
	feeder_done(&f);
}

static inline bool starts(const struct event *e, const char *prefix)
{
	return e && e->message && !strncmp(e->message, prefix, strlen(prefix));
}

static inline bool ends(const struct event *e, const char *suffix)
{
	size_t k = strlen(suffix);

	return e && e->message_len >= k && !strcmp(e->message + e->message_len - k, suffix);
}

/* Prints the events (on a failed check). */
static inline void dump(const struct sink *s)
{
	int i;

	for (i = 0; i < s->n; i++)
		fprintf(stderr, "  [%d] %s lines=%u type=%s lang=%s: %.70s\n", i,
			ev_kind_name(s->ev[i]->kind), s->ev[i]->lines,
			s->ev[i]->exception_type ? s->ev[i]->exception_type : "-",
			s->ev[i]->exception_language ? s->ev[i]->exception_language : "-",
			s->ev[i]->message);
}

#define EXPECT_N(s, k)                                                                             \
	do {                                                                                       \
		CHECK((s)->n == (k));                                                              \
		if ((s)->n != (k))                                                                 \
			dump(s);                                                                   \
	} while (0)

#endif
