// SPDX-License-Identifier: Apache-2.0
/*
 * test_streams.c - line framing per writer: partial lines across writes,
 * CRLF, write boundaries, gaps, truncation, binary data, raw mode, paths.
 */
#include <stdlib.h>
#include <string.h>

#include "files/files.h"
#include "streams/streams.h"
#include "test.h"

#define MAXL 64

struct got {
	int n;
	char text[MAXL][256];
	uint32_t flags[MAXL];
	uint64_t gap[MAXL];
	uint32_t tgid[MAXL];
	char file[MAXL][64];
	int ends;
	int paths;
};

static void on_line(void *ctx, const struct line *l)
{
	struct got *g = ctx;

	if (g->n >= MAXL)
		return;
	snprintf(g->text[g->n], sizeof(g->text[0]), "%.*s", (int)l->len, l->text);
	g->flags[g->n] = l->flags;
	g->gap[g->n] = l->gap_bytes;
	g->tgid[g->n] = l->src->tgid;
	snprintf(g->file[g->n], sizeof(g->file[0]), "%s", l->src->file);
	g->n++;
}

static void on_end(void *ctx, void **state)
{
	((struct got *)ctx)->ends++;
}

/* The stage before streams, as main wires it: *.log files are captured. */
static char *log_glob[] = { "*.log" };
static const struct paths_opts log_rules = { log_glob, 1, NULL, 0, true };
static struct files *files;

static enum lt_verdict on_verdict(void *ctx, uint32_t dev, uint64_t ino, uint32_t tgid,
				  uint32_t fd, enum lt_verdict v)
{
	((struct got *)ctx)->paths++;
	return v;
}

static struct streams *mk(struct got *g, bool raw)
{
	struct streams_opts o = { .max_line = 32, .idle_ns = 1000, .evict_ns = 5000, .raw = raw };
	struct streams_cbs cbs = { on_line, on_end, g };

	memset(g, 0, sizeof(*g));
	files_free(files);
	files = files_new(&log_rules, &(struct files_cbs){ on_verdict, NULL, NULL, g });
	return streams_new(&o, &cbs);
}

/* Feeds a PATH record: components leaf first. */
static void path(struct streams *s, uint64_t ino, const char *leaf_first, size_t n)
{
	struct lt_hdr h = { .type = LT_REC_PATH, .dev = 1, .ino = ino, .len = (uint32_t)n };

	files_path_record(files, &h, leaf_first);
}

/* A record through files (DATA of an ignored file stops there) into streams. */
static void feed(struct streams *s, const struct lt_hdr *h, const char *payload)
{
	const char *p = NULL;
	int err;

	if (h->type == LT_REC_DATA && h->stream == LT_STREAM_FILE &&
	    !(p = files_data_path(files, h, &err)))
		return;
	streams_record(s, h, payload, p);
}

/* Feeds one whole write as one chunk. */
static void wr(struct streams *s, uint32_t tgid, uint64_t ino, const char *data, uint64_t ts)
{
	static uint64_t id = 1;
	struct lt_hdr h = { .type = LT_REC_DATA, .dev = 1, .ino = ino, .tgid = tgid, .pid = tgid,
			    .ts_ns = ts, .write_id = id++, .flags = LT_F_FIRST | LT_F_LAST };

	h.len = (uint32_t)strlen(data);
	h.write_len = h.len;
	feed(s, &h, data);
}

TEST(lines_split_and_partials_join)
{
	struct got g;
	struct streams *s = mk(&g, false);

	path(s, 7, "app.log\0log\0var", 16);
	wr(s, 10, 7, "one\ntwo\nthr", 1);
	wr(s, 10, 7, "ee\r\nfour\n", 2);
	streams_flush(s);
	CHECK(g.n == 4);
	CHECK_STR(g.text[0], "one");
	CHECK_STR(g.text[2], "three");
	CHECK_STR(g.text[3], "four");
	CHECK_STR(g.file[0], "/var/log/app.log");
	CHECK(g.flags[0] & LINE_SOW);
	CHECK(!(g.flags[0] & LINE_EOW));
	CHECK(g.flags[3] & LINE_EOW);
	CHECK(g.ends == 1);
	CHECK(g.paths == 1);
	streams_free(s);
}

TEST(writers_are_separate_streams)
{
	struct got g;
	struct streams *s = mk(&g, false);

	path(s, 7, "app.log", 8);
	wr(s, 10, 7, "from ten ", 1);
	wr(s, 11, 7, "from eleven\n", 2);
	wr(s, 10, 7, "continues\n", 3);
	streams_flush(s);
	CHECK(g.n == 2);
	CHECK_STR(g.text[0], "from eleven");
	CHECK(g.tgid[0] == 11);
	CHECK_STR(g.text[1], "from ten continues");
	streams_free(s);
}

TEST(ignored_files_give_nothing)
{
	struct got g;
	struct streams *s = mk(&g, false);

	path(s, 8, "data.txt", 9);
	wr(s, 10, 8, "secret\n", 1);
	streams_flush(s);
	CHECK(g.n == 0);
	streams_free(s);
}

TEST(idle_flush_and_exit)
{
	struct got g;
	struct streams *s = mk(&g, false);
	struct lt_hdr ex = { .type = LT_REC_EXIT, .tgid = 10 };

	path(s, 7, "app.log", 8);
	wr(s, 10, 7, "no newline", 100);
	streams_tick(s, 500);
	CHECK(g.n == 0);
	streams_tick(s, 1200);
	CHECK(g.n == 1 && (g.flags[0] & LINE_NOEOL));
	wr(s, 10, 7, "again", 1300);
	feed(s, &ex, NULL);
	CHECK(g.n == 2);
	CHECK_STR(g.text[1], "again");
	CHECK(g.ends == 1);
	streams_free(s);
}

TEST(long_lines_are_cut_not_dropped)
{
	struct got g;
	struct streams *s = mk(&g, false);

	path(s, 7, "app.log", 8);
	wr(s, 10, 7, "0123456789012345678901234567890123456789\n", 1);
	streams_flush(s);
	CHECK(g.n == 2);
	CHECK(strlen(g.text[0]) == 32 && (g.flags[0] & LINE_CUT));
	CHECK_STR(g.text[1], "23456789");
	streams_free(s);
}

TEST(gaps_and_lost_chunks_are_reported)
{
	struct got g;
	struct streams *s = mk(&g, false);
	struct lt_hdr h = { .type = LT_REC_DATA, .dev = 1, .ino = 7, .tgid = 10, .write_id = 99,
			    .write_len = 20, .flags = LT_F_FIRST, .len = 5 };

	path(s, 7, "app.log", 8);
	feed(s, &h, "abcde");
	/* the chunk at offset 5 was lost; the last one arrives */
	h.flags = LT_F_LAST;
	h.offset = 10;
	h.len = 10;
	feed(s, &h, "klmnopqrs\n");
	h = (struct lt_hdr){ .type = LT_REC_DATA, .dev = 1, .ino = 7, .tgid = 10, .write_id = 100,
			     .write_len = 4, .flags = LT_F_FIRST | LT_F_LAST, .len = 4,
			     .gap_bytes = 33 };
	feed(s, &h, "xyz\n");
	streams_flush(s);
	CHECK(g.n == 3);
	CHECK_STR(g.text[0], "abcde");
	CHECK(g.flags[0] & LINE_TRUNCATED);
	CHECK(g.gap[1] == 5);
	CHECK(g.gap[2] == 33);
	streams_free(s);
}

TEST(truncated_write_marks_its_last_line)
{
	struct got g;
	struct streams *s = mk(&g, false);
	struct lt_hdr h = { .type = LT_REC_DATA, .dev = 1, .ino = 7, .tgid = 10, .write_id = 5,
			    .write_len = 1000, .flags = LT_F_FIRST | LT_F_LAST | LT_F_TRUNCATED,
			    .len = 8 };

	path(s, 7, "app.log", 8);
	feed(s, &h, "abc\ndef\n");
	streams_flush(s);
	CHECK(g.n == 2);
	CHECK(!(g.flags[0] & LINE_TRUNCATED));
	CHECK(g.flags[1] & LINE_TRUNCATED);
	streams_free(s);
}

TEST(binary_is_flagged)
{
	struct got g;
	struct streams *s = mk(&g, false);
	struct lt_hdr h = { .type = LT_REC_DATA, .dev = 1, .ino = 7, .tgid = 10, .write_id = 5,
			    .write_len = 6, .flags = LT_F_FIRST | LT_F_LAST, .len = 6 };

	path(s, 7, "app.log", 8);
	feed(s, &h, "a\0b\0c\n");
	wr(s, 10, 7, "plain text\n", 2);
	streams_flush(s);
	CHECK(g.n == 2);
	CHECK(g.flags[0] & LINE_BINARY);
	CHECK(!(g.flags[1] & LINE_BINARY));
	streams_free(s);
}

TEST(raw_mode_keeps_writes_whole)
{
	struct got g;
	struct streams *s = mk(&g, true);

	path(s, 7, "app.log", 8);
	wr(s, 10, 7, "a\nb\n", 1);
	wr(s, 10, 7, "c", 2);
	streams_flush(s);
	CHECK(g.n == 2);
	CHECK_STR(g.text[0], "a\nb");
	CHECK_STR(g.text[1], "c");
	streams_free(s);
}

int main(void)
{
	RUN(lines_split_and_partials_join);
	RUN(writers_are_separate_streams);
	RUN(ignored_files_give_nothing);
	RUN(idle_flush_and_exit);
	RUN(long_lines_are_cut_not_dropped);
	RUN(gaps_and_lost_chunks_are_reported);
	RUN(truncated_write_marks_its_last_line);
	RUN(binary_is_flagged);
	RUN(raw_mode_keeps_writes_whole);
	TEST_END();
}
