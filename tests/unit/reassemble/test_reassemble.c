// SPDX-License-Identifier: Apache-2.0
/*
 * test_reassemble.c - reassembly rules on Java and Python output, buffered and aligned
 * split into lines the way streams does (SOW/EOW flags from write boundaries),
 * fed through reasm + process, and the events checked one by one. Traces from
 * the real runtimes in tests/traces/ are checked too (strace gives the writes).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "feeder.h"

#define JAVA_TRACE                                                                                 \
	"java.lang.IllegalStateException: boom\n"                                                  \
	"\tat com.example.Service.run(Service.java:42)\n"                                          \
	"\tat com.example.App.main(App.java:10)\n"                                                 \
	"\tSuppressed: java.io.IOException: close failed\n"                                        \
	"\t\tat com.example.Service.close(Service.java:50)\n"                                      \
	"\t\t... 1 more\n"                                                                         \
	"Caused by: java.sql.SQLException: connection refused\n"                                   \
	"\tat org.db.Driver.connect(Driver.java:99)\n"                                             \
	"\t... 2 common frames omitted\n"

TEST(java_logback_one_write)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/app.log", "2024-05-06 07:08:09.100 INFO  [main] c.e.App - start\n",
	    "2024-05-06 07:08:09.123 ERROR [main] c.e.App - failed\n" JAVA_TRACE,
	    "2024-05-06 07:08:09.200 INFO  [main] c.e.App - after\n", NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[0]->kind == EV_KIND_LINE && s.ev[0]->level == LVL_INFO);
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 10);
		CHECK(s.ev[1]->level == LVL_ERROR);
		CHECK_STR(s.ev[1]->exception_language, "java");
		CHECK_STR(s.ev[1]->exception_type, "java.lang.IllegalStateException");
		CHECK_STR(s.ev[1]->exception_message, "boom");
		CHECK(ends(s.ev[1], "\t... 2 common frames omitted"));
		CHECK(s.ev[1]->fingerprint && strlen(s.ev[1]->fingerprint) == 16);
		CHECK(starts(s.ev[2], "2024-05-06 07:08:09.200 INFO"));
	}
	sink_free(&s);
}

TEST(java_print_stack_trace_line_writes)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/app.log", "after java 1\n", "java.lang.RuntimeException: bad\n",
	    "\tat Trace.parse(Trace.java:21)\n", "\tat Trace.main(Trace.java:36)\n",
	    "Caused by: java.lang.IllegalStateException: missing\n",
	    "\tat Trace.load(Trace.java:14)\n", "\t... 1 more\n", "after java 2\n",
	    "Exception in thread \"main\" java.lang.RuntimeException: last\n",
	    "\tat Trace.main(Trace.java:41)\n", NULL);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[0]->kind == EV_KIND_LINE);
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 6);
		CHECK_STR(s.ev[1]->exception_type, "java.lang.RuntimeException");
		CHECK(s.ev[2]->kind == EV_KIND_LINE && starts(s.ev[2], "after java 2"));
		CHECK(s.ev[3]->kind == EV_KIND_TRACE && s.ev[3]->lines == 2);
		CHECK_STR(s.ev[3]->exception_type, "java.lang.RuntimeException");
		CHECK_STR(s.ev[3]->exception_message, "last");
	}
	sink_free(&s);
}

TEST(java_util_logging_two_lines)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/jul.log", "Nov 21, 2026 5:25:12 AM Trace main\nINFO: start java\n",
	    "Nov 21, 2026 5:25:13 AM Trace main\nSEVERE: parse failed\n" JAVA_TRACE "\n",
	    "Nov 21, 2026 5:25:14 AM Trace main\nWARNING: slow\n", NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[0]->kind == EV_KIND_LINE && s.ev[0]->lines == 2);
		CHECK(s.ev[0]->level == LVL_INFO);
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 11);
		CHECK(s.ev[1]->level == LVL_ERROR);
		CHECK_STR(s.ev[1]->exception_type, "java.lang.IllegalStateException");
		CHECK(s.ev[2]->level == LVL_WARNING);
	}
	sink_free(&s);
}

#define PY_CHAINED                                                                                 \
	"Traceback (most recent call last):\n"                                                     \
	"  File \"/app/trace.py\", line 20, in parse\n"                                            \
	"    load(key)\n"                                                                          \
	"KeyError: 'alpha'\n"                                                                      \
	"\n"                                                                                       \
	"The above exception was the direct cause of the following exception:\n"                   \
	"\n"                                                                                       \
	"Traceback (most recent call last):\n"                                                     \
	"  File \"/app/trace.py\", line 27, in <module>\n"                                         \
	"    parse(\"alpha\")\n"                                                                   \
	"    ~~~~~^^^^^^^^^\n"                                                                     \
	"ValueError: bad config alpha\n"

/* Splits text into one write per line, as Python's stderr does for tracebacks. */
static void run_line_writes(struct sink *s, const char *path, const char *const *texts)
{
	struct feeder f = {.src = {.tgid = 9, .pid = 9, .comm = "py", .file = path}};
	const char *p, *nl;

	f.r = reasm_new(&feeder_opts, collect, s);
	for (; *texts; texts++)
		for (p = *texts; *p; p = nl + 1) {
			nl = strchr(p, '\n');
			if (!nl) {
				feed_write(&f, p, strlen(p));
				break;
			}
			feed_write(&f, p, (size_t)(nl - p) + 1);
		}
	feeder_end(&f);
	reasm_free(f.r);
}

TEST(python_logging_and_uncaught)
{
	struct sink s = {0};
	const char *const t[] = {"after python 1\n", PY_CHAINED, "after python 2\n", PY_CHAINED,
				 NULL};

	run(&s, NULL, "/var/log/py.log", "2026-11-21 05:25:02,464 INFO trace: start\n",
	    "2026-11-21 05:25:02,465 ERROR trace: parse failed\n" PY_CHAINED,
	    "2026-11-21 05:25:02,466 WARNING trace: after\n", NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 13);
		CHECK_STR(s.ev[1]->exception_language, "python");
		CHECK_STR(s.ev[1]->exception_type, "ValueError");
		CHECK_STR(s.ev[1]->exception_message, "bad config alpha");
		CHECK(s.ev[2]->level == LVL_WARNING);
	}
	sink_free(&s);
	run_line_writes(&s, "/var/log/py.log", t);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 12);
		CHECK(starts(s.ev[2], "after python 2") && s.ev[2]->lines == 1);
		CHECK(s.ev[3]->kind == EV_KIND_TRACE &&
		      ends(s.ev[3], "ValueError: bad config alpha"));
		CHECK_STR(s.ev[1]->fingerprint, s.ev[3]->fingerprint);
	}
	sink_free(&s);
}

TEST(python_during_handling_and_group)
{
	struct sink s = {0};
	const char *const t[] = {
	    "Traceback (most recent call last):\n  File \"/app/t.py\", line 33, in <module>\n"
	    "    1 / 0\nZeroDivisionError: division by zero\n\n"
	    "During handling of the above exception, another exception occurred:\n\n"
	    "Traceback (most recent call last):\n  File \"/app/t.py\", line 35, in <module>\n"
	    "    {}[\"missing\"]\nKeyError: 'missing'\n",
	    "after\n",
	    "  + Exception Group Traceback (most recent call last):\n"
	    "  |   File \"/app/t.py\", line 41, in <module>\n"
	    "  |     raise ExceptionGroup(\"many\", [OSError(\"disk\")])\n"
	    "  | ExceptionGroup: many (1 sub-exception)\n"
	    "  +-+---------------- 1 ----------------\n"
	    "    | OSError: disk\n"
	    "    +------------------------------------\n",
	    "INFO next\n", NULL};

	run_line_writes(&s, "/var/log/py.log", t);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[0]->kind == EV_KIND_TRACE && s.ev[0]->lines == 11);
		CHECK_STR(s.ev[0]->exception_type, "KeyError");
		CHECK(s.ev[2]->kind == EV_KIND_TRACE && s.ev[2]->lines == 7);
		CHECK_STR(s.ev[2]->exception_type, "ExceptionGroup");
		CHECK_STR(s.ev[2]->exception_message, "many (1 sub-exception)");
		CHECK(starts(s.ev[3], "INFO next"));
	}
	sink_free(&s);
}

TEST(write_aligned_writer_keeps_message_lines)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/app.log", "2024-05-06 07:08:09.100 INFO  a - one\n",
	    "2024-05-06 07:08:09.101 INFO  a - two\n", "2024-05-06 07:08:09.102 INFO  a - three\n",
	    "2024-05-06 07:08:09.103 INFO  a - four\n",
	    "2024-05-06 07:08:09.104 ERROR a - query failed:\nSELECT * FROM t\n"
	    "java.sql.SQLException: syntax\n\tat org.db.Q.run(Q.java:1)\n",
	    "2024-05-06 07:08:09.105 INFO  a - five\n2024-05-06 07:08:09.106 INFO  a - six\n",
	    NULL);
	EXPECT_N(&s, 7);
	if (s.n == 7) {
		CHECK(s.ev[4]->kind == EV_KIND_TRACE && s.ev[4]->lines == 4);
		CHECK(starts(s.ev[5], "2024-05-06 07:08:09.105") && s.ev[5]->lines == 1);
	}
	sink_free(&s);
	/* a buffered writer (records share writes) never counts as aligned */
	run(&s, NULL, "/var/log/app.log", "2024 INFO a\n2024 INFO b\nnot a start\n",
	    "2024 INFO c\n", "2024 INFO d\n", "2024 INFO e\n", "2024 INFO f\nplain\n", NULL);
	EXPECT_N(&s, 8);
	sink_free(&s);
}

#define BUFFERED_TEXT                                                                              \
	"2024-05-06 07:08:09.100 INFO  [main] a - one\n"                                           \
	"2024-05-06 07:08:09.101 INFO  [main] a - two\n"                                           \
	"2024-05-06 07:08:09.123 ERROR [main] c.e.App - failed\n" JAVA_TRACE                       \
	"2024-05-06 07:08:09.200 WARN  [main] a - three\n"                                         \
	"2024-05-06 07:08:09.300 ERROR [main] c.e.App - failed again\n" JAVA_TRACE                 \
	"2024-05-06 07:08:09.400 INFO  [main] a - last\n"

/* A buffered appender: the same records whatever the write sizes. */
TEST(buffered_writer_any_write_size)
{
	static const size_t sizes[] = {7, 13, 37, 64, 100, 4096};
	const char *text = BUFFERED_TEXT;
	size_t i, k, len = strlen(text);
	int j;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		struct sink s = {0};
		struct feeder f = {.src = {.tgid = 3, .file = "/var/log/app.log"}};

		f.r = reasm_new(&feeder_opts, collect, &s);
		for (k = 0; k < len; k += sizes[i])
			feed_write(&f, text + k, len - k < sizes[i] ? len - k : sizes[i]);
		feeder_end(&f);
		reasm_free(f.r);
		EXPECT_N(&s, 6);
		for (j = 0; j < s.n && s.n == 6; j++)
			CHECK(s.ev[j]->kind == ((j == 2 || j == 4) ? EV_KIND_TRACE : EV_KIND_LINE));
		CHECK(s.n == 6 && s.ev[2]->lines == 10 && s.ev[4]->lines == 10);
		if (s.n != 6 || s.ev[2]->lines != 10)
			fprintf(stderr, "  write size %zu\n", sizes[i]);
		sink_free(&s);
	}
}

TEST(trace_then_line_in_one_write)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/app.log",
	    "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n"
	    "ValueError: x\nnext ordinary line\n",
	    NULL);
	EXPECT_N(&s, 2);
	if (s.n == 2) {
		CHECK(s.ev[0]->kind == EV_KIND_TRACE && s.ev[0]->lines == 3);
		CHECK(s.ev[1]->kind == EV_KIND_LINE && starts(s.ev[1], "next ordinary line"));
	}
	sink_free(&s);
}

TEST(caps_cut_without_loss)
{
	struct sink s = {0};
	struct reasm_opts o = feeder_opts;
	struct buf all = {0};
	int i;

	o.max_lines = 4;
	run(&s, &o, "/var/log/app.log", "2024-05-06 07:08:09.123 ERROR x - failed\n" JAVA_TRACE,
	    "tail line\n", NULL);
	EXPECT_N(&s, 4);
	for (i = 0; i < s.n && i < 3; i++) {
		CHECK(s.ev[i]->truncated);
		CHECK(s.ev[i]->kind == EV_KIND_TRACE || i == 0);
		buf_append(&all, s.ev[i]->message, s.ev[i]->message_len);
		buf_putc(&all, '\n');
	}
	CHECK_STR(all.p, "2024-05-06 07:08:09.123 ERROR x - failed\n" JAVA_TRACE);
	CHECK(s.n == 4 && !s.ev[3]->truncated && starts(s.ev[3], "tail line"));
	buf_free(&all);
	sink_free(&s);
	o = feeder_opts;
	o.max_bytes = 100;
	run(&s, &o, "/var/log/app.log", JAVA_TRACE, NULL);
	CHECK(s.n >= 3);
	for (i = 0; i < s.n; i++)
		CHECK(s.ev[i]->message_len <= 100 && s.ev[i]->truncated);
	sink_free(&s);
}

TEST(single_line_mode)
{
	struct sink s = {0};
	struct reasm_opts o = feeder_opts;

	o.single_line = true;
	run(&s, &o, "/var/log/app.log", JAVA_TRACE, NULL);
	EXPECT_N(&s, 9);
	CHECK(s.n && s.ev[0]->kind == EV_KIND_LINE && s.ev[0]->lines == 1);
	sink_free(&s);
}

TEST(tick_idle_and_age)
{
	struct sink s = {0};
	struct feeder f = {.src = {.tgid = 1, .file = "/var/log/a.log"}};

	f.r = reasm_new(&feeder_opts, collect, &s);
	feed_write(&f, "panic: boom\n", 12);
	reasm_tick(f.r, f.ts + 10);
	CHECK(s.n == 0);
	reasm_tick(f.r, f.ts + feeder_opts.idle_ns);
	CHECK(s.n == 1 && s.ev[0]->kind == EV_KIND_TRACE);
	feed_write(&f, "line one\n", 9);
	f.ts += feeder_opts.max_age_ns;
	feed_write(&f, "  indented more\n", 16);
	reasm_tick(f.r, f.ts + 1);
	CHECK(s.n == 2 && s.ev[1]->lines == 2);
	feed_write(&f, "pending at shutdown\n", 20);
	reasm_flush(f.r);
	CHECK(s.n == 3);
	feeder_end(&f);
	reasm_free(f.r);
	sink_free(&s);
}

TEST(json_lines)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/app.json",
	    "{\"level\":\"warn\",\"msg\":\"slow\"}\n{\"level\":50,\"msg\":\"failed\"}\n"
	    "{\"severity\":\"INFO\",\"message\":\"ok\"}\n{\"msg\":\"ERROR in handler\"}\n",
	    NULL);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[0]->level == LVL_WARNING && s.ev[0]->kind == EV_KIND_LINE);
		CHECK(s.ev[1]->level == LVL_ERROR);
		CHECK(s.ev[2]->level == LVL_INFO);
		CHECK(s.ev[3]->level == LVL_ERROR);
	}
	sink_free(&s);
}

TEST(writers_kept_apart)
{
	struct sink s = {0};
	struct feeder a = {.src = {.tgid = 1, .file = "/var/log/php.log"}};
	struct feeder b = {.src = {.tgid = 2, .file = "/var/log/php.log"}};
	struct reasm *r = reasm_new(&feeder_opts, collect, &s);

	a.r = b.r = r;
	feed_write(&a, "PHP Fatal error:  Uncaught Exception: a in /x.php:1\n", 52);
	feed_write(&b, "PHP Fatal error:  Uncaught Exception: b in /y.php:1\n", 52);
	feed_write(&a, "Stack trace:\n", 13);
	feed_write(&b, "Stack trace:\n", 13);
	feed_write(&a, "#0 {main}\n", 10);
	feed_write(&b, "#0 {main}\n", 10);
	feeder_end(&a);
	feeder_end(&b);
	reasm_free(r);
	EXPECT_N(&s, 2);
	CHECK(s.n == 2 && s.ev[0]->lines == 3 && s.ev[0]->tgid == 1);
	CHECK(s.n == 2 && s.ev[1]->lines == 3 && s.ev[1]->tgid == 2);
	sink_free(&s);
}

TEST(cut_line_gap_binary)
{
	struct sink s = {0};
	struct feeder f = {.src = {.tgid = 1, .file = "/var/log/a.log"}};
	struct line l = {.src = &f.src,
			 .state = &f.slot,
			 .text = "first part",
			 .len = 10,
			 .flags = LINE_CUT | LINE_SOW};

	f.r = reasm_new(&feeder_opts, collect, &s);
	reasm_line(f.r, &l);
	l.text = "Second part";
	l.len = 11;
	l.flags = LINE_EOW;
	reasm_line(f.r, &l);
	l.text = "after gap";
	l.len = 9;
	l.gap_bytes = 100;
	reasm_line(f.r, &l);
	l.gap_bytes = 0;
	l.text = "\x01\x02";
	l.len = 2;
	l.flags = LINE_BINARY;
	reasm_line(f.r, &l);
	feeder_end(&f);
	reasm_free(f.r);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[0]->lines == 1); /* the cut line is one line again */
		CHECK_STR(s.ev[0]->message, "first partSecond part");
		CHECK(s.ev[1]->gap_bytes == 100 && s.ev[1]->lines == 1);
		CHECK(s.ev[2]->binary);
	}
	sink_free(&s);
}

/* ---- traces from real runtimes (tests/traces/), writes recorded with strace ---- */

/* A pinned agent lets the ring go by the oldest capture poll still held here: the
 * pending records are kept in the order of their first line's mark, also when a record
 * begins with a line read in an earlier poll than one begun before it. */
static void mark_line(struct reasm *r, const struct ev_source *src, void **slot,
		      const char *text, uint64_t mark)
{
	struct line l = { .src = src, .state = slot, .ts_ns = 1, .text = text,
			  .len = strlen(text), .flags = LINE_SOW, .mark = mark };

	reasm_line(r, &l);
}

TEST(held_mark_is_the_oldest_pending_record)
{
	struct ev_source a = { .tgid = 1, .dev = 1, .ino = 1, .stream = LT_STREAM_FILE,
			       .file = "/a.log" },
			 b = { .tgid = 2, .dev = 1, .ino = 2, .stream = LT_STREAM_FILE,
			       .file = "/b.log" };
	struct sink k = { 0 };
	struct reasm *r = reasm_new(&feeder_opts, collect, &k);
	void *sa = NULL, *sb = NULL;

	CHECK(reasm_held_mark(r) == UINT64_MAX);
	mark_line(r, &a, &sa, "java.lang.IllegalStateException: a", 5);
	CHECK(reasm_held_mark(r) == 5);
	/* b's record begins with a line whose first byte an earlier poll read */
	mark_line(r, &b, &sb, "java.lang.IllegalStateException: b", 3);
	CHECK(reasm_held_mark(r) == 3);
	mark_line(r, &b, &sb, "\tat com.example.B.run(B.java:1)", 7);
	CHECK(reasm_held_mark(r) == 3 && k.n == 0);
	mark_line(r, &b, &sb, "2026-12-02 10:00:00.000 INFO [main] next record", 8);
	CHECK(k.n == 1 && k.ev[0]->mark == 3 && k.ev[0]->lines == 2);
	CHECK(reasm_held_mark(r) == 5); /* a's trace, then b's new record (8) */
	reasm_flush(r);
	CHECK(reasm_held_mark(r) == UINT64_MAX);
	CHECK(k.n == 3 && k.ev[1]->mark == 5 && k.ev[2]->mark == 8);
	reasm_writer_end(r, &sa);
	reasm_writer_end(r, &sb);
	reasm_free(r);
	sink_free(&k);
}

int main(void)
{
	RUN(java_logback_one_write);
	RUN(java_print_stack_trace_line_writes);
	RUN(java_util_logging_two_lines);
	RUN(python_logging_and_uncaught);
	RUN(python_during_handling_and_group);
	RUN(write_aligned_writer_keeps_message_lines);
	RUN(buffered_writer_any_write_size);
	RUN(trace_then_line_in_one_write);
	RUN(caps_cut_without_loss);
	RUN(single_line_mode);
	RUN(tick_idle_and_age);
	RUN(json_lines);
	RUN(writers_kept_apart);
	RUN(cut_line_gap_binary);
	RUN(held_mark_is_the_oldest_pending_record);
	TEST_END();
}
