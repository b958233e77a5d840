// SPDX-License-Identifier: Apache-2.0
/*
 * bench_reassembly.c - records per CPU-second through streams -> reassemble ->
 * process -> encode, on 1M records generated in memory (one write per record,
 * 10% of them 24-line Java traces with causes). Built and run by
 * scripts/bench-reassembly.sh; prints figures, asserts nothing. With --redact
 * the redact stage (default kinds) runs before process, as in the agent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "encode/encode.h"
#include "lib/buf.h"
#include "process/process.h"
#include "reassemble/reassemble.h"
#include "redact/redact.h"
#include "streams/streams.h"

#define VARIANTS 64

struct bench {
	struct reasm *r;
	struct buf out;	 /* encoded JSON of the latest event */
	uint64_t events; /* events out */
	uint64_t traces; /* of which traces */
	uint64_t bytes;	 /* JSON bytes produced */
	bool encode;	 /* run encode_json */
	struct redact *redact; /* run the redact stage first, or NULL */
	struct buf red;	 /* redacted text of the latest event */
	uint64_t redacted; /* replacements made */
};

static struct redact *bench_redact; /* --redact */

static void on_event(void *ctx, struct event *e)
{
	struct bench *b = ctx;
	int n;

	if (b->redact &&
	    (n = redact_text(b->redact, e->message, e->message_len, &b->red, NULL)) > 0) {
		b->redacted += (uint64_t)n;
		free(e->message);
		e->message_len = b->red.len;
		e->message = buf_steal(&b->red);
	}
	process_event(e);
	if (b->encode) {
		buf_reset(&b->out);
		encode_json(&b->out, e, "bench-host");
		b->bytes += b->out.len;
	}
	b->events++;
	b->traces += e->kind == EV_KIND_TRACE;
	event_free(e);
}

static void on_line(void *ctx, const struct line *l)
{
	reasm_line(((struct bench *)ctx)->r, l);
}

static void on_writer_end(void *ctx, void **state)
{
	reasm_writer_end(((struct bench *)ctx)->r, state);
}

/* Line and trace payloads, VARIANTS of each, every one ending in '\n'. */
static char *lines[VARIANTS], *traces[VARIANTS];
static uint32_t line_len[VARIANTS], trace_len[VARIANTS];

static void make_payloads(void)
{
	struct buf b = {0};
	int i, j;

	for (i = 0; i < VARIANTS; i++) {
		buf_printf(&b,
			   "2024-05-06 07:08:%02d.%03d INFO  [http-nio-8080-exec-%d] "
			   "c.e.shop.OrderController - order %d processed in %d ms\n",
			   i % 60, i * 7 % 1000, i % 16, 100000 + i, 3 + i % 40);
		line_len[i] = (uint32_t)b.len;
		lines[i] = buf_steal(&b);
		buf_printf(&b,
			   "2024-05-06 07:08:%02d.%03d ERROR [http-nio-8080-exec-%d] "
			   "c.e.shop.OrderController - order %d failed\n"
			   "java.lang.IllegalStateException: payment for order %d rejected\n",
			   i % 60, i * 7 % 1000, i % 16, 100000 + i, 100000 + i);
		for (j = 0; j < 10; j++)
			buf_printf(
			    &b, "\tat com.example.shop.service.Layer%d.call%d(Layer%d.java:%d)\n",
			    j, i % 4, j, 40 + j);
		buf_printf(&b, "Caused by: java.sql.SQLException: connection %d refused\n", i);
		for (j = 0; j < 10; j++)
			buf_printf(&b, "\tat org.postgresql.core.Conn%d.exec(Conn%d.java:%d)\n", j,
				   j, 100 + j);
		buf_printf(&b, "\t... 7 common frames omitted\n"); /* 24 lines in all */
		trace_len[i] = (uint32_t)b.len;
		traces[i] = buf_steal(&b);
	}
}

static double cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A buffered writer (bufio, a 4 KB stdio buffer): records are cut into writes of exactly
 * wbuf bytes, so record starts fall inside writes and learned header shapes decide. */
static void write_buffered(struct streams *s, struct lt_hdr *h, const char *p, size_t wbuf,
			   struct buf *pend, bool last)
{
	size_t off = 0;

	buf_append(pend, p, h->len);
	while (pend->len - off >= wbuf || (last && off < pend->len)) {
		h->len = h->write_len = (uint32_t)(pend->len - off < wbuf ? pend->len - off : wbuf);
		streams_record(s, h, pend->p + off, "/var/log/bench.log");
		off += h->len;
		h->write_id += 1 << 8;
	}
	buf_consume(pend, off);
}

/* Runs n records, one write each (or wbuf-byte writes), through streams (or straight into
 * reasm). */
static double run(uint64_t n, bool use_streams, bool encode, struct bench *b, size_t wbuf)
{
	struct buf pend = {0};
	struct streams_opts so = {
	    .max_line = 1 << 20, .idle_ns = 1000000000ull, .evict_ns = 300000000000ull};
	struct streams_cbs cbs = {.line = on_line, .writer_end = on_writer_end, .ctx = b};
	struct reasm_opts ro = {.idle_ns = 1000000000ull,
				.max_age_ns = 5000000000ull,
				.max_lines = 1000,
				.max_bytes = 1 << 20};
	struct lt_hdr h = {.type = LT_REC_DATA,
			   .tgid = 42,
			   .pid = 42,
			   .dev = 1,
			   .ino = 1,
			   .stream = LT_STREAM_STDERR,
			   .flags = LT_F_FIRST | LT_F_LAST};
	struct streams *s;
	double t0;
	uint64_t i;

	memset(b, 0, sizeof(*b));
	b->encode = encode;
	b->redact = bench_redact;
	b->r = reasm_new(&ro, on_event, b);
	s = streams_new(&so, &cbs);
	memcpy(h.comm, "java", 5);
	t0 = cpu_seconds();
	for (i = 0; i < n; i++) {
		bool trace = i % 10 == 9;
		const char *p = trace ? traces[i / 10 % VARIANTS] : lines[i % VARIANTS];

		h.len = trace ? trace_len[i / 10 % VARIANTS] : line_len[i % VARIANTS];
		h.write_len = h.len;
		h.write_id = i << 8;
		h.ts_ns = 1700000000000000000ull + i * 1000;
		if (use_streams && wbuf) {
			write_buffered(s, &h, p, wbuf, &pend, i + 1 == n);
		} else if (use_streams) {
			streams_record(s, &h, p, "/var/log/bench.log");
		} else {
			/* one line per record start: reasm alone, lines pre-split by hand */
			static void *slot;
			struct ev_source src = {.tgid = 42, .file = ""};
			const char *q = p, *nl;

			for (; *q; q = nl + 1) {
				nl = strchr(q, '\n');
				struct line l = {.src = &src,
						 .state = &slot,
						 .ts_ns = h.ts_ns,
						 .text = q,
						 .len = (size_t)(nl - q),
						 .flags = (q == p ? LINE_SOW : 0) |
							  (nl[1] ? 0 : LINE_EOW)};
				reasm_line(b->r, &l);
			}
			if (i + 1 == n)
				reasm_writer_end(b->r, &slot);
		}
		if (i % 8192 == 0) {
			streams_tick(s, h.ts_ns);
			reasm_tick(b->r, h.ts_ns);
		}
	}
	streams_flush(s);
	reasm_flush(b->r);
	t0 = cpu_seconds() - t0;
	streams_free(s);
	reasm_free(b->r);
	buf_free(&b->out);
	buf_free(&b->red);
	buf_free(&pend);
	return t0;
}

int main(int argc, char **argv)
{
	uint64_t n = argc > 1 ? strtoull(argv[1], NULL, 10) : 1000000;
	struct redact_opts ro = {.kinds = REDACT_KINDS_DEFAULT, .mode = REDACT_MASK};
	struct bench b;
	double t;

	if (argc > 2 && !strcmp(argv[2], "--redact")) {
		bench_redact = redact_new(&ro);
		printf("redact: on (default kinds, mask)\n");
	}
	make_payloads();
	t = run(n, true, true, &b, 0);
	printf("streams->reassemble->process->encode: %llu records (%llu events, %llu traces, "
	       "%.1f MB JSON) in %.3f CPU-s: %.0f records per CPU-second\n",
	       (unsigned long long)n, (unsigned long long)b.events, (unsigned long long)b.traces,
	       (double)b.bytes / 1e6, t, (double)n / t);
	if (bench_redact)
		printf("redact: %llu replacements\n", (unsigned long long)b.redacted);
	t = run(n, true, false, &b, 0);
	printf("streams->reassemble->process:         %.3f CPU-s: %.0f records per CPU-second\n", t,
	       (double)n / t);
	t = run(n, false, false, &b, 0);
	printf("reassemble->process (lines given):    %.3f CPU-s: %.0f records per CPU-second\n", t,
	       (double)n / t);
	t = run(n, true, true, &b, 4096);
	printf("buffered writer, 4 KB writes (header shapes decide), with encode: %llu events, "
	       "%llu traces in %.3f CPU-s: %.0f records per CPU-second\n",
	       (unsigned long long)b.events, (unsigned long long)b.traces, t, (double)n / t);
	redact_free(bench_redact);
	return 0;
}
