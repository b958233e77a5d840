// SPDX-License-Identifier: Apache-2.0
/*
 * test_origin.c - stable event ids: a line's origin (its write and the offset of its
 * first byte) is the same when the same records are read again by a fresh pipeline (an
 * agent after a restart), even when the second reading starts at another write or
 * chunk; and event_set_origin turns it into the same event_id.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/event.h"
#include "streams/streams.h"
#include "test.h"

#define MAXL 16

struct got {
	int n;
	char text[MAXL][64];
	uint64_t origin[MAXL];
	uint64_t mark[MAXL];
};

static void on_line(void *ctx, const struct line *l)
{
	struct got *g = ctx;

	if (g->n >= MAXL)
		return;
	snprintf(g->text[g->n], sizeof(g->text[0]), "%.*s", (int)l->len, l->text);
	g->mark[g->n] = l->mark;
	g->origin[g->n++] = l->origin;
}

static struct streams *mk(struct got *g)
{
	struct streams_opts o = { .max_line = 1024, .idle_ns = 1000, .evict_ns = 5000 };
	struct streams_cbs cbs = { on_line, NULL, g };

	memset(g, 0, sizeof(*g));
	return streams_new(&o, &cbs);
}

/* One chunk of write wid: offset off, first/last as flagged. */
static void chunk(struct streams *s, uint64_t wid, uint64_t off, uint64_t wlen, const char *p,
		  uint32_t flags)
{
	struct lt_hdr h = { .type = LT_REC_DATA, .tgid = 7, .pid = 7, .dev = 1, .ino = 9,
			    .stream = LT_STREAM_STDOUT, .write_id = wid, .write_len = wlen,
			    .offset = off, .len = (uint32_t)strlen(p), .flags = flags };

	streams_record(s, &h, p, NULL);
}

TEST(same_records_same_origins)
{
	struct got a, b;
	struct streams *s1 = mk(&a), *s2;

	chunk(s1, 100, 0, 12, "one\ntwo\nthr", LT_F_FIRST);
	chunk(s1, 100, 11, 12, "\n", LT_F_LAST); /* "thr" ends in the next chunk */
	chunk(s1, 101, 0, 5, "four\n", LT_F_FIRST | LT_F_LAST);
	streams_flush(s1);
	s2 = mk(&b);
	chunk(s2, 100, 0, 12, "one\ntwo\nthr", LT_F_FIRST);
	chunk(s2, 100, 11, 12, "\n", LT_F_LAST);
	chunk(s2, 101, 0, 5, "four\n", LT_F_FIRST | LT_F_LAST);
	streams_flush(s2);
	CHECK(a.n == 4 && b.n == 4);
	for (int i = 0; i < a.n && i < b.n; i++) {
		CHECK_STR(a.text[i], b.text[i]);
		CHECK(a.origin[i] && a.origin[i] == b.origin[i]);
	}
	for (int i = 1; i < a.n; i++)
		CHECK(a.origin[i] != a.origin[i - 1]);
	streams_free(s1);
	streams_free(s2);
}

/* A restarted agent may begin reading at the second write: its line keeps its origin. */
TEST(reading_from_a_later_write_keeps_its_origin)
{
	struct got a, b;
	struct streams *s1 = mk(&a), *s2;

	chunk(s1, 200, 0, 4, "aaa\n", LT_F_FIRST | LT_F_LAST);
	chunk(s1, 201, 0, 4, "bbb\n", LT_F_FIRST | LT_F_LAST);
	s2 = mk(&b);
	chunk(s2, 201, 0, 4, "bbb\n", LT_F_FIRST | LT_F_LAST);
	CHECK(a.n == 2 && b.n == 1);
	CHECK(a.origin[1] == b.origin[0]);
	/* the same bytes in another write (another instance's id) are another line */
	chunk(s2, 201 ^ 0x5a5a000, 0, 4, "bbb\n", LT_F_FIRST | LT_F_LAST);
	CHECK(b.n == 2 && b.origin[1] != b.origin[0]);
	streams_free(s1);
	streams_free(s2);
}

TEST(event_ids_follow_the_origin)
{
	struct ev_source src = { .tgid = 7, .dev = 1, .ino = 9, .stream = LT_STREAM_FILE };
	struct event *e1 = event_new(), *e2 = event_new(), *e3 = event_new(), *e4 = event_new();
	char random_id[EV_ID_LEN + 1];

	CHECK(e1 && e2 && e3 && e4);
	strcpy(random_id, e4->event_id);
	event_set_origin(e1, &src, 12345);
	event_set_origin(e2, &src, 12345);
	event_set_origin(e3, &src, 12347);
	event_set_origin(e4, &src, 0); /* unknown: the random id stays */
	CHECK_STR(e1->event_id, e2->event_id);
	CHECK(strcmp(e1->event_id, e3->event_id) != 0);
	CHECK(strlen(e1->event_id) == EV_ID_LEN);
	CHECK_STR(e4->event_id, random_id);
	src.tgid = 8; /* another writer at the same place: another id */
	event_set_origin(e2, &src, 12345);
	CHECK(strcmp(e1->event_id, e2->event_id) != 0);
	event_free(e1);
	event_free(e2);
	event_free(e3);
	event_free(e4);
}

/* event_new_from gives what event_new and event_set_origin give, and with no origin a
 * random id of its own. */
TEST(event_new_from_is_new_then_origin)
{
	struct ev_source src = { .tgid = 7, .dev = 1, .ino = 9, .stream = LT_STREAM_FILE };
	struct event *a = event_new(), *b = event_new_from(&src, 12345);
	struct event *c = event_new_from(&src, 0), *d = event_new_from(&src, 0);

	CHECK(a && b && c && d);
	event_set_origin(a, &src, 12345);
	CHECK_STR(a->event_id, b->event_id);
	CHECK(strlen(c->event_id) == EV_ID_LEN && strlen(d->event_id) == EV_ID_LEN);
	CHECK(strcmp(c->event_id, d->event_id) != 0);
	CHECK(strcmp(c->event_id, b->event_id) != 0);
	CHECK(!b->message && !b->file && !b->meta && b->lines == 0);
	event_free(a);
	event_free(b);
	event_free(c);
	event_free(d);
}

/* A line carries the mark (capture poll) that read its first byte; the oldest partial
 * line still held is what a pinned agent may not let go of yet. */
TEST(marks_follow_the_poll_of_the_first_byte)
{
	struct got a;
	struct streams *s = mk(&a);

	CHECK(streams_held_mark(s) == UINT64_MAX);
	streams_set_mark(s, 1);
	chunk(s, 300, 0, 8, "one\ntw", LT_F_FIRST);
	CHECK(a.n == 1 && a.mark[0] == 1);
	CHECK(streams_held_mark(s) == 1); /* "tw" */
	streams_set_mark(s, 2);
	chunk(s, 300, 6, 8, "o\n", LT_F_LAST);
	CHECK(a.n == 2 && a.mark[1] == 1); /* "two" began in poll 1 */
	CHECK(streams_held_mark(s) == UINT64_MAX);
	streams_set_mark(s, 3);
	chunk(s, 301, 0, 9, "four\nfiv", LT_F_FIRST);
	CHECK(a.n == 3 && a.mark[2] == 3 && streams_held_mark(s) == 3);
	streams_flush(s);
	CHECK(a.n == 4 && a.mark[3] == 3 && streams_held_mark(s) == UINT64_MAX);
	streams_free(s);
}

int main(void)
{
	RUN(same_records_same_origins);
	RUN(reading_from_a_later_write_keeps_its_origin);
	RUN(event_ids_follow_the_origin);
	RUN(event_new_from_is_new_then_origin);
	RUN(marks_follow_the_poll_of_the_first_byte);
	TEST_END();
}
