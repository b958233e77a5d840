// SPDX-License-Identifier: Apache-2.0
/*
 * test_joined.c - copied writes the kernel joined into one WRITES record come back as
 * the DATA records they would have been alone; a record whose list or lengths are wrong
 * gives one write of its own bytes, never bytes from outside it.
 */
#include "test.h"
#include "capture/joined.h"

#include <stdint.h>
#include <stdlib.h>

struct got {
	int n;
	struct lt_hdr h[LT_SPAN_WRITES + 1];
	char bytes[LT_SPAN_WRITES + 1][64];
};

static int on_rec(void *ctx, const struct lt_hdr *h, const void *payload)
{
	struct got *g = ctx;

	if (g->n <= LT_SPAN_WRITES) {
		g->h[g->n] = *h;
		snprintf(g->bytes[g->n], sizeof(g->bytes[0]), "%.*s", (int)h->len,
			 (const char *)payload);
	}
	g->n++;
	return 0;
}

/* A WRITES record of the writes ws (n of them), as the kernel lays it out. */
static size_t make(char *rec, const char **ws, size_t n)
{
	struct lt_hdr h = { .type = LT_REC_WRITES, .write_id = 0x5000 | 3, .gap_bytes = 7,
			    .tgid = 10, .pid = 11, .ino = 12, .dev = 13, .fd = 3 };
	uint32_t at = 0;
	size_t i, list = n * sizeof(uint32_t);

	for (i = 0; i < n; i++) {
		memcpy(rec + sizeof(h) + i * sizeof(uint32_t), &at, sizeof(at));
		memcpy(rec + sizeof(h) + list + at, ws[i], strlen(ws[i]));
		at += (uint32_t)strlen(ws[i]);
	}
	h.write_len = at;
	h.len = (uint32_t)(list + at);
	memcpy(rec, &h, sizeof(h));
	return sizeof(h) + h.len;
}

TEST(joined_writes_come_back_as_their_data_records)
{
	const char *ws[] = { "first\n", "second line\n", "no newline", "x" };
	char rec[512];
	struct lt_hdr h;
	struct got g = { 0 };
	int i;

	make(rec, ws, 4);
	memcpy(&h, rec, sizeof(h));
	CHECK(joined_split(&h, rec + sizeof(h), on_rec, &g) == 0);
	CHECK(g.n == 4);
	for (i = 0; i < 4 && i < g.n; i++) {
		CHECK_STR(g.bytes[i], ws[i]);
		CHECK(g.h[i].type == LT_REC_DATA);
		CHECK(g.h[i].len == strlen(ws[i]) && g.h[i].write_len == strlen(ws[i]));
		CHECK(g.h[i].offset == 0);
		CHECK(g.h[i].flags == (LT_F_FIRST | LT_F_LAST));
		CHECK(g.h[i].gap_bytes == (i ? 0u : 7u)); /* the gap rides on the first */
		CHECK(g.h[i].tgid == 10 && g.h[i].pid == 11 && g.h[i].ino == 12 && g.h[i].fd == 3);
		CHECK(g.h[i].write_id == joined_write_id(h.write_id, (size_t)i));
	}
	CHECK(g.h[0].write_id == h.write_id);
	/* ids of the next CPU's record of the same sequence do not meet these */
	for (i = 1; i < 4; i++) {
		CHECK(g.h[i].write_id != h.write_id + (uint64_t)i);
		CHECK(g.h[i].write_id != joined_write_id(h.write_id + 1, (size_t)i));
	}
}

TEST(a_wrong_list_gives_one_write_of_the_records_bytes)
{
	const char *ws[] = { "aaaa", "bbbb", "cccc" };
	char rec[512];
	struct lt_hdr h;
	struct got g = { 0 };
	uint32_t bad = 12; /* the end of the bytes: no write begins there */

	make(rec, ws, 3);
	memcpy(rec + sizeof(h) + 2 * sizeof(uint32_t), &bad, sizeof(bad));
	memcpy(&h, rec, sizeof(h));
	CHECK(joined_split(&h, rec + sizeof(h), on_rec, &g) == 0);
	CHECK(g.n == 1);
	CHECK_STR(g.bytes[0], "aaaabbbbcccc");

	/* starts that do not rise */
	make(rec, ws, 3);
	bad = 4;
	memcpy(rec + sizeof(h) + 2 * sizeof(uint32_t), &bad, sizeof(bad));
	memset(&g, 0, sizeof(g));
	CHECK(joined_split(&h, rec + sizeof(h), on_rec, &g) == 0);
	CHECK(g.n == 1);
	CHECK_STR(g.bytes[0], "aaaabbbbcccc");

	/* lengths that do not add up: the payload is one write, inside the record */
	make(rec, ws, 3);
	memcpy(&h, rec, sizeof(h));
	h.write_len = h.len + 1;
	memset(&g, 0, sizeof(g));
	CHECK(joined_split(&h, rec + sizeof(h), on_rec, &g) == 0);
	CHECK(g.n == 1 && g.h[0].len == h.len);

	/* more writes listed than a record holds */
	make(rec, ws, 3);
	memcpy(&h, rec, sizeof(h));
	h.len += (LT_SPAN_WRITES + 1) * sizeof(uint32_t); /* as if the list were that long */
	h.write_len = 12;
	memset(&g, 0, sizeof(g));
	char big[1024] = { 0 };
	memcpy(big + (LT_SPAN_WRITES + 1) * sizeof(uint32_t) + 3 * sizeof(uint32_t),
	       rec + sizeof(h) + 3 * sizeof(uint32_t), 12);
	CHECK(joined_split(&h, big, on_rec, &g) == 0);
	CHECK(g.n == 1 && g.h[0].len == 12);
}

static int stop_at_second(void *ctx, const struct lt_hdr *h, const void *payload)
{
	(void)h;
	(void)payload;
	return ++*(int *)ctx == 2 ? -5 : 0;
}

TEST(an_error_of_the_pipeline_stops_the_split)
{
	const char *ws[] = { "a", "b", "c" };
	char rec[256];
	struct lt_hdr h;
	int calls = 0;

	make(rec, ws, 3);
	memcpy(&h, rec, sizeof(h));
	CHECK(joined_split(&h, rec + sizeof(h), stop_at_second, &calls) == -5);
	CHECK(calls == 2);
}

int main(void)
{
	RUN(joined_writes_come_back_as_their_data_records);
	RUN(a_wrong_list_gives_one_write_of_the_records_bytes);
	RUN(an_error_of_the_pipeline_stops_the_split);
	TEST_END();
}
