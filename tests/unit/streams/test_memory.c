// SPDX-License-Identifier: Apache-2.0
/*
 * test_memory.c - the memory streams hold for unfinished lines is bounded: a
 * writer's buffer shrinks once its long line is out, and past max_memory the
 * largest partial lines go out early as truncated lines, counted, no byte lost.
 */
#include <stdlib.h>
#include <string.h>

#include "metrics/metrics.h"
#include "streams/streams.h"
#include "test.h"

struct got {
	int lines;	/* lines received */
	int truncated;	/* of those, marked LINE_TRUNCATED */
	uint64_t bytes; /* their text bytes */
	size_t longest; /* longest line */
};

static void on_line(void *ctx, const struct line *l)
{
	struct got *g = ctx;

	g->lines++;
	g->bytes += l->len;
	if (l->flags & LINE_TRUNCATED)
		g->truncated++;
	if (l->len > g->longest)
		g->longest = l->len;
}

static struct streams *mk(struct got *g, size_t max_line, size_t max_memory)
{
	struct streams_opts o = {.max_line = max_line,
				 .idle_ns = 1000000000ull,
				 .evict_ns = 300000000000ull,
				 .max_memory = max_memory};
	struct streams_cbs cbs = {on_line, NULL, g};

	memset(g, 0, sizeof(*g));
	return streams_new(&o, &cbs);
}

/* One write of n bytes of 'x' (plus a newline when eol) by writer tgid to file ino. */
static void wr(struct streams *s, uint32_t tgid, uint64_t ino, size_t n, bool eol)
{
	static uint64_t id = 1;
	struct lt_hdr h = {.type = LT_REC_DATA,
			   .dev = 1,
			   .ino = ino,
			   .tgid = tgid,
			   .pid = tgid,
			   .ts_ns = 1,
			   .write_id = id++,
			   .flags = LT_F_FIRST | LT_F_LAST};
	char *p = malloc(n + 1);

	memset(p, 'x', n);
	p[n] = '\n';
	h.len = (uint32_t)(n + eol);
	h.write_len = h.len;
	CHECK(streams_record(s, &h, p, "/var/log/app.log") == 0);
	free(p);
}

TEST(buffer_shrinks_after_a_long_line)
{
	struct got g;
	struct streams *s = mk(&g, 512 << 10, 0);
	int i;

	for (i = 0; i < 25; i++)
		wr(s, 10, 7, 4096, false); /* 100 KiB of one line, written in pieces */
	CHECK(streams_memory(s) >= 100 << 10);
	CHECK(METRIC_GET(stream_memory_bytes) == streams_memory(s));
	wr(s, 10, 7, 10, true);
	CHECK(g.lines == 1);
	CHECK(g.longest == 25 * 4096 + 10);
	CHECK(g.truncated == 0);
	/* the line is out: the writer still exists but holds no large buffer */
	CHECK(streams_memory(s) <= 4096);
	wr(s, 10, 7, 100, false);
	CHECK(streams_memory(s) <= 4096);
	streams_flush(s);
	CHECK(streams_memory(s) == 0);
	CHECK(METRIC_GET(stream_memory_bytes) == 0);
	streams_free(s);
}

TEST(budget_sends_the_largest_partials_on_as_truncated)
{
	struct got g;
	struct streams *s = mk(&g, 128 << 10, 256 << 10);
	uint64_t flushes = METRIC_GET(stream_memory_flushes), written = 0;
	uint32_t w;

	/* 40 writers with 60 KiB unfinished lines would hold 2.5 MiB */
	for (w = 1; w <= 40; w++) {
		wr(s, w, w, 60 << 10, false);
		written += 60 << 10;
		CHECK(streams_memory(s) <= 256 << 10);
	}
	CHECK(g.lines > 0);
	CHECK(g.truncated == g.lines);
	CHECK(METRIC_GET(stream_memory_flushes) - flushes == (uint64_t)g.lines);
	/* every writer finishes its line: whatever was sent early comes as its own line */
	for (w = 1; w <= 40; w++) {
		wr(s, w, w, 5, true);
		written += 5;
	}
	CHECK(g.lines > 40);
	CHECK(g.bytes == written);
	CHECK(streams_memory(s) <= 40 * 4096);
	streams_free(s);
}

TEST(small_partials_under_the_budget_stay)
{
	struct got g;
	struct streams *s = mk(&g, 128 << 10, 1 << 20);
	uint32_t w;

	for (w = 1; w <= 1000; w++)
		wr(s, w, 1, 100, false);
	CHECK(g.lines == 0);
	CHECK(streams_memory(s) <= 1000 * 256);
	for (w = 1; w <= 1000; w++)
		wr(s, w, 1, 1, true);
	CHECK(g.lines == 1000);
	CHECK(g.truncated == 0);
	CHECK(g.longest == 101);
	streams_free(s);
}

TEST(raw_mode_buffers_shrink_too)
{
	struct got g;
	struct streams_opts o = {.max_line = 1 << 20,
				 .idle_ns = 1000000000ull,
				 .evict_ns = 300000000000ull,
				 .raw = true};
	struct streams_cbs cbs = {on_line, NULL, &g};
	struct streams *s;

	memset(&g, 0, sizeof(g));
	s = streams_new(&o, &cbs);
	wr(s, 3, 3, 200 << 10, true);
	CHECK(g.lines == 1);
	CHECK(g.longest == 200 << 10);
	CHECK(streams_memory(s) <= 4096);
	streams_free(s);
}

int main(void)
{
	RUN(buffer_shrinks_after_a_long_line);
	RUN(budget_sends_the_largest_partials_on_as_truncated);
	RUN(small_partials_under_the_budget_stay);
	RUN(raw_mode_buffers_shrink_too);
	TEST_END();
}
