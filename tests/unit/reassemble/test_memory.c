// SPDX-License-Identifier: Apache-2.0
/*
 * test_memory.c - the memory reassembly holds for pending records is bounded: a
 * writer's record buffer shrinks once its record is out, and past max_memory the
 * largest pending records go out early as truncated events, nothing lost.
 */
#include <stdlib.h>
#include <string.h>

#include "metrics/metrics.h"
#include "reassemble/reassemble.h"
#include "test.h"

#define WRITERS 40

struct got {
	int events;	/* events emitted */
	int truncated;	/* of those, marked truncated */
	uint64_t bytes; /* their message bytes */
};

static void on_event(void *ctx, struct event *e)
{
	struct got *g = ctx;

	g->events++;
	g->truncated += e->truncated;
	g->bytes += e->message_len;
	event_free(e);
}

static struct ev_source srcs[WRITERS];
static void *slots[WRITERS];

/* One line of n bytes of 'x' from writer i (a record start: a timestamped log line). */
static void line(struct reasm *r, int i, size_t n, uint64_t ts)
{
	char *p = malloc(n + 1);
	struct line l = {.src = &srcs[i],
			 .state = &slots[i],
			 .ts_ns = ts,
			 .text = p,
			 .len = n,
			 .flags = LINE_SOW | LINE_EOW};

	memset(p, 'x', n);
	memcpy(p, "2024-01-01 12:00:00 ERROR ", 26);
	p[n] = '\0';
	reasm_line(r, &l);
	free(p);
}

static struct reasm *mk(struct got *g, size_t max_memory)
{
	struct reasm_opts o = {.idle_ns = 1000000000ull,
			       .max_age_ns = 10000000000ull,
			       .max_lines = 2000,
			       .max_bytes = 512 << 10,
			       .max_memory = max_memory};
	int i;

	memset(g, 0, sizeof(*g));
	for (i = 0; i < WRITERS; i++) {
		srcs[i] = (struct ev_source){.tgid = (uint32_t)i + 1, .file = "/var/log/app.log"};
		slots[i] = NULL;
	}
	return reasm_new(&o, on_event, g);
}

static void end_all(struct reasm *r)
{
	int i;

	for (i = 0; i < WRITERS; i++)
		reasm_writer_end(r, &slots[i]);
}

TEST(record_buffers_shrink_after_the_record)
{
	struct got g;
	struct reasm *r = mk(&g, 0);

	line(r, 0, 100 << 10, 1);
	CHECK(reasm_memory(r) >= 100 << 10);
	CHECK(METRIC_GET(record_memory_bytes) == reasm_memory(r));
	reasm_tick(r, 5000000000ull); /* idle: the record goes out */
	CHECK(g.events == 1);
	CHECK(reasm_memory(r) <= 4096);
	end_all(r);
	CHECK(reasm_memory(r) == 0);
	reasm_free(r);
}

TEST(budget_sends_the_largest_records_out_truncated)
{
	struct got g;
	struct reasm *r = mk(&g, 256 << 10);
	uint64_t flushes = METRIC_GET(stream_memory_flushes), written = 0;
	int i;

	for (i = 0; i < WRITERS; i++) {
		line(r, i, 60 << 10, 1);
		written += 60 << 10;
		CHECK(reasm_memory(r) <= 256 << 10);
	}
	CHECK(g.events > 0);
	CHECK(g.truncated == g.events);
	CHECK(METRIC_GET(stream_memory_flushes) - flushes == (uint64_t)g.events);
	reasm_flush(r);
	CHECK(g.events == WRITERS);
	CHECK(g.bytes == written);
	end_all(r);
	CHECK(reasm_memory(r) == 0);
	reasm_free(r);
}

int main(void)
{
	RUN(record_buffers_shrink_after_the_record);
	RUN(budget_sends_the_largest_records_out_truncated);
	TEST_END();
}
