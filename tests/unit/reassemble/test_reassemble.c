// SPDX-License-Identifier: Apache-2.0
/*
 * test_reassemble.c - reassembly of realistic records, per language: writes are
 * split into lines the way streams does (SOW/EOW flags from write boundaries),
 * fed through reasm + process, and the events checked one by one. Traces from
 * the real runtimes in tests/traces/ are checked too (strace gives the writes).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/buf.h"
#include "process/process.h"
#include "reassemble/reassemble.h"
#include "test.h"

#define MAX_EV 512

struct sink {
	struct event *ev[MAX_EV];
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

static struct reasm_opts opts_default = {
    .idle_ns = 1000000000ull,
    .max_age_ns = 10000000000ull,
    .max_lines = 1000,
    .max_bytes = 1 << 20,
};

/* A minimal streams: splits writes into lines with SOW/EOW flags. */
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

	if (n && s[n - 1] == '\r')
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

static void feeder_end(struct feeder *f)
{
	if (f->part.len)
		feed_line(f, f->part.p, f->part.len,
			  LINE_EOW | LINE_NOEOL | (f->part_sow ? LINE_SOW : 0));
	buf_free(&f->part);
	reasm_writer_end(f->r, &f->slot);
}

/* Runs writes (NULL-terminated) of one writer on path through a fresh reasm. */
static void run(struct sink *s, const struct reasm_opts *o, const char *path, ...)
{
	struct feeder f = {.src = {.tgid = 7, .pid = 7, .comm = "app", .file = path}};
	const char *w;
	va_list ap;

	f.r = reasm_new(o ? o : &opts_default, collect, s);
	va_start(ap, path);
	while ((w = va_arg(ap, const char *)))
		feed_write(&f, w, strlen(w));
	va_end(ap);
	feeder_end(&f);
	reasm_free(f.r);
}

static bool starts(const struct event *e, const char *prefix)
{
	return e && e->message && !strncmp(e->message, prefix, strlen(prefix));
}

static bool ends(const struct event *e, const char *suffix)
{
	size_t k = strlen(suffix);

	return e && e->message_len >= k && !strcmp(e->message + e->message_len - k, suffix);
}

static void dump(const struct sink *s)
{
	int i;

	for (i = 0; i < s->n; i++)
		fprintf(stderr, "  [%d] %s lines=%u type=%s lang=%s: %.60s\n", i,
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

	f.r = reasm_new(&opts_default, collect, s);
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

		f.r = reasm_new(&opts_default, collect, &s);
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
	struct reasm_opts o = opts_default;
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
	o = opts_default;
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
	struct reasm_opts o = opts_default;

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

	f.r = reasm_new(&opts_default, collect, &s);
	feed_write(&f, "panic: boom\n", 12);
	reasm_tick(f.r, f.ts + 10);
	CHECK(s.n == 0);
	reasm_tick(f.r, f.ts + opts_default.idle_ns);
	CHECK(s.n == 1 && s.ev[0]->kind == EV_KIND_TRACE);
	feed_write(&f, "line one\n", 9);
	f.ts += opts_default.max_age_ns;
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

TEST(php_error_log_and_fpm)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/php_errors.log", "[21-Nov-2026 05:25:21 UTC] start php\n",
	    "[21-Nov-2026 05:25:21 UTC] PHP Fatal error:  Uncaught InvalidArgumentException: "
	    "missing omega in /app/trace.php:14\nStack trace:\n#0 /app/trace.php(20): load()\n"
	    "#1 {main}\n\nNext RuntimeException: bad config omega in /app/trace.php:22\n"
	    "Stack trace:\n#0 /app/trace.php(37): parse()\n#1 {main}\n"
	    "  thrown in /app/trace.php on line 22\n",
	    "[21-Nov-2026 05:25:22 UTC] PHP Warning:  deprecated thing in /app/t.php on line 35\n",
	    "[21-Nov-2026 05:25:22 UTC] multi\nline message\n", NULL);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 10);
		CHECK(s.ev[1]->level == LVL_CRITICAL);
		CHECK_STR(s.ev[1]->exception_language, "php");
		CHECK_STR(s.ev[1]->exception_type, "RuntimeException");
		CHECK_STR(s.ev[1]->exception_message, "bad config omega");
		CHECK(s.ev[2]->kind == EV_KIND_LINE && s.ev[2]->level == LVL_WARNING);
		CHECK(s.ev[3]->lines == 2);
	}
	sink_free(&s);
	run(&s, NULL, "/var/log/php-fpm.log",
	    "[21-Nov-2026 05:25:21] NOTICE: fpm is running, pid 1\n",
	    "[21-Nov-2026 05:25:23] WARNING: [pool www] child 7 said into stderr: \"PHP message: "
	    "PHP Fatal error:  Uncaught Exception: boom in /app/index.php:3\"\n"
	    "[21-Nov-2026 05:25:23] WARNING: [pool www] child 7 said into stderr: \"Stack "
	    "trace:\"\n"
	    "[21-Nov-2026 05:25:23] WARNING: [pool www] child 7 said into stderr: \"#0 {main}\"\n"
	    "[21-Nov-2026 05:25:23] WARNING: [pool www] child 7 said into stderr: \"  thrown in "
	    "/app/index.php on line 3\"\n",
	    "[21-Nov-2026 05:25:24] NOTICE: child 7 exited\n", NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 4);
		CHECK_STR(s.ev[1]->exception_type, "Exception");
		CHECK_STR(s.ev[1]->exception_message, "boom");
	}
	sink_free(&s);
}

TEST(flow_system_log_and_dump)
{
	struct sink s = {0};

	run(&s, NULL, "/app/Data/Logs/System_Development.log",
	    "24-05-06 07:08:09 1234       INFO      Neos.Flow            Request handled\n",
	    "24-05-06 07:08:10 1234       CRITICAL  Neos.Flow            Uncaught exception "
	    "#1355480641 "
	    "in line 241: Could not resolve - See also: 20240506070810a1b2c3.txt\n",
	    "24-05-06 07:08:11 1234       DEBUG     Neos.Flow            Additional data:\n"
	    "array(\n  'key' => 'value',\n)\n\n\n",
	    "24-05-06 07:08:12 1234       WARNING   Neos.Neos            after\n", NULL);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[0]->level == LVL_INFO);
		CHECK(s.ev[1]->level == LVL_CRITICAL);
		CHECK_STR(s.ev[1]->exception_ref, "20240506070810a1b2c3");
		CHECK(s.ev[2]->lines == 4 && s.ev[2]->level == LVL_DEBUG);
		CHECK(s.ev[3]->level == LVL_WARNING);
	}
	sink_free(&s);
	run(&s, NULL, "/app/Data/Logs/Exceptions/20240506070810a1b2c3.txt",
	    "Exception #1355480641 in line 241 of /app/Packages/Framework/Neos.Flow/Classes/"
	    "Mvc/Controller/ActionController.php: Could not resolve\n\n"
	    "34 Neos\\Flow\\Mvc\\Controller\\ActionController_Original::callActionMethod()\n"
	    "33 Neos\\Flow\\Mvc\\Dispatcher_Original::dispatch()\n\nHTTP REQUEST:\nGET / "
	    "HTTP/1.1\n\n",
	    NULL);
	EXPECT_N(&s, 1);
	if (s.n == 1) {
		CHECK(s.ev[0]->kind == EV_KIND_DOCUMENT && s.ev[0]->lines == 7);
		CHECK_STR(s.ev[0]->exception_ref, "20240506070810a1b2c3");
		CHECK_STR(s.ev[0]->exception_language, "flow");
		CHECK_STR(s.ev[0]->exception_type, "Exception #1355480641");
		CHECK_STR(s.ev[0]->exception_message, "Could not resolve");
		CHECK(s.ev[0]->fingerprint != NULL);
	}
	sink_free(&s);
}

TEST(node_stack_cause_aggregate_uncaught)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/node.log", "start node\n",
	    "Error: bad config beta\n    at parse (/app/trace.js:17:9)\n"
	    "    ... 5 lines matching cause stack trace ...\n"
	    "    at node:internal/main/run_main_module:28:49 {\n"
	    "  [cause]: TypeError: missing beta\n      at load (/app/trace.js:10:8)\n}\n",
	    "after node 2\n",
	    "AggregateError: all failed\n    at Object.<anonymous> (/app/trace.js:34:15) {\n"
	    "  [errors]: [\n    RangeError: r1\n        at Object.<anonymous> (/app/t.js:1:2)\n"
	    "  ]\n}\n",
	    "/app/trace.js:17\n\t\tthrow new Error('bad config ' + key, { cause: e });\n\t\t^\n\n"
	    "Error: bad config omega\n    at parse (/app/trace.js:17:9)\n\nNode.js v20.20.2\n",
	    "later line\n",
	    "file:///app/x.mjs:3\nthrow new Error('esm');\n^\n\nError: esm\n"
	    "    at file:///app/x.mjs:3:7\n\nNode.js v20.20.2\n",
	    NULL);
	EXPECT_N(&s, 7);
	if (s.n == 7) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 7);
		CHECK_STR(s.ev[1]->exception_language, "node");
		CHECK_STR(s.ev[1]->exception_type, "Error");
		CHECK(s.ev[3]->kind == EV_KIND_TRACE && s.ev[3]->lines == 7);
		CHECK_STR(s.ev[3]->exception_type, "AggregateError");
		CHECK(s.ev[4]->kind == EV_KIND_TRACE && s.ev[4]->lines == 8);
		CHECK_STR(s.ev[4]->exception_message, "bad config omega");
		CHECK(starts(s.ev[5], "later line"));
		CHECK(s.ev[6]->kind == EV_KIND_TRACE && s.ev[6]->lines == 8);
		CHECK_STR(s.ev[6]->exception_message, "esm");
	}
	sink_free(&s);
}

TEST(go_panic_in_pieces)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/go.log", "2026/11/21 05:25:39 after go 1\n",
	    "panic: ", "assignment to entry in nil map", " [recovered]\n",
	    "\tpanic: bad config omega\n", "\n", "goroutine 1 [running]:\n", "main.parse.func1()\n",
	    "\t/app/trace.go:23 +0xbf\n", "panic({0x67a480, 0x7381d0})\n",
	    "\t/usr/lib/go/src/runtime/panic.go:884 +0x212\n", "main.main()\n",
	    "\t/app/trace.go:43 +0x1d0\n", "\n", "goroutine 6 [chan receive]:\n", "main.worker()\n",
	    "\t/app/trace.go:50 +0x10\n", "2026/11/21 05:25:40 next\n", NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 14);
		CHECK_STR(s.ev[1]->exception_language, "go");
		CHECK_STR(s.ev[1]->exception_type, "panic");
		CHECK_STR(s.ev[1]->exception_message, "assignment to entry in nil map");
	}
	sink_free(&s);
	run(&s, NULL, "/var/log/go.log",
	    "2026/11/21 05:25:39 http: panic serving 127.0.0.1:59366: boom\n"
	    "goroutine 11 [running]:\nnet/http.(*conn).serve.func1()\n"
	    "\t/usr/lib/go/src/net/http/server.go:1850 +0xbf\n"
	    "created by net/http.(*Server).Serve\n\t/usr/lib/go/src/net/http/server.go:3102 "
	    "+0x4db\n",
	    "2026/11/21 05:25:39 after\n",
	    "fatal error: all goroutines are asleep - deadlock!\n\n"
	    "goroutine 1 [select (no cases)]:\nmain.main()\n\t/app/main.go:5 +0x1d\n",
	    NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[0]->kind == EV_KIND_TRACE && s.ev[0]->lines == 6);
		CHECK_STR(s.ev[0]->exception_message, "boom");
		CHECK(s.ev[2]->kind == EV_KIND_TRACE && s.ev[2]->lines == 5);
		CHECK_STR(s.ev[2]->exception_type, "fatal error");
	}
	sink_free(&s);
}

TEST(ruby_logger_and_uncaught)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/ruby.log",
	    "I, [2026-11-21T05:25:38.819148 #10504]  INFO -- : start ruby\n",
	    "E, [2026-11-21T05:25:38.819251 #10504] ERROR -- : trace.rb:17:in `rescue in parse': "
	    "bad config alpha (ArgumentError)\n\tfrom trace.rb:14:in `parse'\n"
	    "trace.rb:11:in `load_key': missing alpha (KeyError)\n\tfrom trace.rb:15:in "
	    "`parse'\n\n",
	    "after ruby 1\n",
	    "E, [2026-11-21T05:25:38.819275 #10504] ERROR -- : ArgumentError (bad config beta):\n"
	    "  trace.rb:17:in `rescue in parse'\n  trace.rb:14:in `parse'\n",
	    "trace.rb:17:in 'Object#parse': bad config omega (ArgumentError)\n",
	    "\tfrom trace.rb:33:in '<main>'\n", NULL);
	EXPECT_N(&s, 5);
	if (s.n == 5) {
		CHECK(s.ev[0]->level == LVL_INFO);
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 4);
		CHECK(s.ev[1]->level == LVL_ERROR);
		CHECK_STR(s.ev[1]->exception_type, "ArgumentError");
		CHECK_STR(s.ev[1]->exception_message, "bad config alpha");
		CHECK(s.ev[3]->kind == EV_KIND_TRACE && s.ev[3]->lines == 3);
		CHECK_STR(s.ev[3]->exception_type, "ArgumentError");
		CHECK_STR(s.ev[3]->exception_message, "bad config beta");
		CHECK(s.ev[4]->kind == EV_KIND_TRACE && s.ev[4]->lines == 2);
		CHECK_STR(s.ev[4]->exception_language, "ruby");
	}
	sink_free(&s);
}

TEST(ruby_logger_exception_and_python_syntax_error)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/ruby.log",
	    "E, [2026-11-21T05:25:38.819251 #1] ERROR -- : boom (RuntimeError)\n"
	    "app.rb:11:in `load_key'\napp.rb:15:in `parse'\n",
	    "I, [2026-11-21T05:25:38.819252 #1]  INFO -- : next\n",
	    "  File \"/app/broken.py\", line 3\n", "    def f(:\n", "          ^\n",
	    "SyntaxError: invalid syntax\n", "after\n", NULL);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[0]->kind == EV_KIND_TRACE && s.ev[0]->lines == 3);
		CHECK_STR(s.ev[0]->exception_type, "RuntimeError");
		CHECK_STR(s.ev[0]->exception_message, "boom");
		CHECK(s.ev[2]->kind == EV_KIND_TRACE && s.ev[2]->lines == 4);
		CHECK_STR(s.ev[2]->exception_type, "SyntaxError");
	}
	sink_free(&s);
}

TEST(dotnet_inner_exceptions)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/dotnet.log", "info: starting\n",
	    "Unhandled exception. System.InvalidOperationException: outer failed\n"
	    " ---> System.ArgumentException: inner failed\n"
	    "   at App.Service.Load(String key) in /src/Service.cs:line 12\n"
	    "   --- End of inner exception stack trace ---\n"
	    "   at App.Service.Run() in /src/Service.cs:line 20\n"
	    "   at App.Program.Main(String[] args)\n",
	    "info: next\n", NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 6);
		CHECK_STR(s.ev[1]->exception_language, "dotnet");
		CHECK_STR(s.ev[1]->exception_type, "System.InvalidOperationException");
		CHECK_STR(s.ev[1]->exception_message, "outer failed");
	}
	sink_free(&s);
	run(&s, NULL, "/var/log/aspnet.log",
	    "fail: Microsoft.AspNetCore.Server.Kestrel[13]\n"
	    "      Connection id \"0HN\", Request id \"0HN:01\": An unhandled exception was "
	    "thrown.\n"
	    "      System.InvalidOperationException: boom\n"
	    "         at Program.<>c.<<Main>$>b__0_0() in /src/Program.cs:line 5\n"
	    "         at Microsoft.AspNetCore.Http.RequestDelegate.Invoke(HttpContext ctx)\n",
	    "info: Microsoft.Hosting.Lifetime[0]\n      Application is shutting down...\n", NULL);
	EXPECT_N(&s, 2);
	if (s.n == 2) {
		CHECK(s.ev[0]->kind == EV_KIND_TRACE && s.ev[0]->lines == 5);
		CHECK_STR(s.ev[0]->exception_language, "dotnet");
		CHECK_STR(s.ev[0]->exception_type, "System.InvalidOperationException");
		CHECK_STR(s.ev[0]->exception_message, "boom");
		CHECK(s.ev[0]->level == LVL_ERROR && s.ev[1]->kind == EV_KIND_LINE);
	}
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
	struct reasm *r = reasm_new(&opts_default, collect, &s);

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

	f.r = reasm_new(&opts_default, collect, &s);
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

#define TRACES_DIR "tests/traces"

static bool rt_skipped; /* the runtime test printed SKIP: no PASS line then */

/* RUN for tests that may skip. */
#define RUN_RT(name)                                                                               \
	do {                                                                                       \
		rt_skipped = false;                                                                \
		test_failed_checks = 0;                                                            \
		name();                                                                            \
		if (rt_skipped && !test_failed_checks)                                             \
			break;                                                                     \
		printf("%s: %s %s\n", test_failed_checks ? "FAIL" : "PASS", __FILE__, #name);      \
		if (test_failed_checks)                                                            \
			test_failed++;                                                             \
		else                                                                               \
			test_passed++;                                                             \
		fflush(stdout);                                                                    \
	} while (0)

struct expect {
	enum ev_kind kind;
	const char *text; /* a trace's exception_type, or a substring of a line */
};

struct run_out {
	struct sink s;
	struct feeder f[8];
	char *paths[8];
	int nf;
};

static int hexval(char c)
{
	return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Decodes the "\x41\x42" strings of one strace line (-xx) into out. */
static void strace_bytes(const char *p, struct buf *out)
{
	while ((p = strstr(p, "\"\\x"))) {
		for (p++; p[0] == '\\' && p[1] == 'x'; p += 4)
			buf_putc(out, (char)(hexval(p[2]) << 4 | hexval(p[3])));
	}
}

static struct feeder *writer_for(struct run_out *o, const char *path, size_t n)
{
	int i;

	for (i = 0; i < o->nf; i++)
		if (strlen(o->paths[i]) == n && !strncmp(o->paths[i], path, n))
			return &o->f[i];
	if (o->nf == 8)
		return NULL;
	o->paths[o->nf] = strndup(path, n);
	o->f[o->nf].src = (struct ev_source){.tgid = 100 + o->nf, .file = o->paths[o->nf]};
	o->f[o->nf].r = o->f[0].r;
	return &o->f[o->nf++];
}

/* Feeds the writes of a strace -f -y -xx log to reasm, one writer per file whose path
 * contains only. */
static void feed_strace(struct run_out *o, const char *log, const char *only)
{
	FILE *fp = fopen(log, "r");
	char *line = NULL, *w, *lt, *gt, *q;
	size_t cap = 0;
	struct buf data = {0}, path = {0};
	struct feeder *f;

	while (fp && getline(&line, &cap, fp) > 0) {
		if (!(w = strstr(line, "write")) || !(lt = strchr(w, '<')) ||
		    !(gt = strstr(lt, ">,")) || strstr(line, "resumed>"))
			continue;
		*gt = '\0';
		buf_reset(&path);
		for (q = lt + 1; q[0] == '\\' && q[1] == 'x'; q += 4) /* -xx escapes paths too */
			buf_putc(&path, (char)(hexval(q[2]) << 4 | hexval(q[3])));
		if (!path.len || !strstr(path.p, only))
			continue;
		f = writer_for(o, path.p, path.len);
		buf_reset(&data);
		strace_bytes(gt + 1, &data);
		if (f && data.len)
			feed_write(f, data.p, data.len);
	}
	free(line);
	buf_free(&data);
	buf_free(&path);
	if (fp)
		fclose(fp);
}

/* Runs cmd (in sh) under strace; 0, or -1 (SKIP printed) when a tool is missing. */
static int run_traced(struct run_out *o, const char *name, const char *need, const char *only,
		      const char *cmd)
{
	char log[] = "/tmp/logtap-strace.XXXXXX", sh[1024];
	int fd, i;

	snprintf(sh, sizeof(sh), "command -v strace >/dev/null && command -v %s >/dev/null", need);
	if (system(sh)) {
		printf("SKIP: %s %s: strace or %s missing\n", __FILE__, name, need);
		rt_skipped = true;
		return -1;
	}
	if (access(TRACES_DIR "/trace.py", R_OK)) {
		printf("SKIP: %s %s: run from the repository root\n", __FILE__, name);
		rt_skipped = true;
		return -1;
	}
	fd = mkstemp(log);
	if (fd < 0)
		return -1;
	close(fd);
	/* the program's stderr goes to a file of its own ($E) so that nothing else
	 * (wrappers, compilers) is mistaken for its output */
	snprintf(sh, sizeof(sh),
		 "E=%s.err strace -f -qq -y -xx -s 1048576 -e trace=write,writev -e signal=none "
		 "-o %s sh -c '%s' >/dev/null 2>&1; rm -f %s.err",
		 log, log, cmd, log);
	if (system(sh) == -1)
		return -1;
	memset(o, 0, sizeof(*o));
	o->f[0].r = reasm_new(&opts_default, collect, &o->s);
	feed_strace(o, log, only ? only : ".err");
	unlink(log);
	for (i = o->nf - 1; i >= 0; i--) {
		feeder_end(&o->f[i]);
		free(o->paths[i]);
	}
	if (!o->nf)
		feeder_end(&o->f[0]);
	reasm_free(o->f[0].r);
	return 0;
}

static void check_expect(const struct sink *s, const struct expect *x, int n)
{
	int i;

	EXPECT_N(s, n);
	for (i = 0; i < n && i < s->n; i++) {
		const struct event *e = s->ev[i];

		CHECK(e->kind == x[i].kind);
		if (x[i].kind == EV_KIND_LINE && !strstr(e->message, x[i].text)) {
			fprintf(stderr, "  event %d lacks \"%s\": %s\n", i, x[i].text, e->message);
			CHECK(!"line text");
		}
		if (x[i].kind != EV_KIND_LINE)
			CHECK_STR(e->exception_type, x[i].text);
		if (x[i].kind != EV_KIND_LINE)
			CHECK(e->fingerprint != NULL && e->level >= LVL_ERROR);
	}
}

#define EXPECT(o, ...)                                                                             \
	do {                                                                                       \
		const struct expect x_[] = {__VA_ARGS__};                                          \
		check_expect(&(o)->s, x_, (int)(sizeof(x_) / sizeof(x_[0])));                      \
		sink_free(&(o)->s);                                                                \
	} while (0)

#define L(t)                                                                                       \
	{                                                                                          \
		EV_KIND_LINE, t                                                                    \
	}
#define T(t)                                                                                       \
	{                                                                                          \
		EV_KIND_TRACE, t                                                                   \
	}

TEST(runtime_python)
{
	struct run_out o;

	if (run_traced(&o, "runtime_python", "python3", NULL,
		       "python3 " TRACES_DIR "/trace.py 2>$E"))
		return;
	EXPECT(&o, L("start python"), T("ValueError"), L("after python 1"), T("KeyError"),
	       L("after python 2"), T("ExceptionGroup"), L("after python 3"), T("ValueError"));
}

TEST(runtime_java)
{
	struct run_out o;

	if (run_traced(&o, "runtime_java", "javac", NULL,
		       "d=$(mktemp -d) && javac -d $d " TRACES_DIR "/Trace.java && "
		       "java -cp $d Trace 2>$E; rm -rf $d"))
		return;
	EXPECT(&o, L("INFO: start java"), T("java.lang.RuntimeException"), L("after java 1"),
	       T("java.lang.RuntimeException"), L("after java 2"), T("java.lang.RuntimeException"),
	       L("after java 3"), T("java.lang.RuntimeException"));
}

TEST(runtime_node)
{
	struct run_out o;

	if (run_traced(&o, "runtime_node", "node", NULL, "node " TRACES_DIR "/trace.js 2>$E"))
		return;
	EXPECT(&o, L("start node"), T("Error"), L("after node 1"), T("Error"), L("after node 2"),
	       T("AggregateError"), L("after node 3"), T("Error"));
}

TEST(runtime_php)
{
	struct run_out o;

	if (run_traced(&o, "runtime_php", "php", NULL, "php " TRACES_DIR "/trace.php 2>$E"))
		return;
	EXPECT(&o, L("start php"), T("RuntimeException"), L("after php 1"),
	       L("PHP Warning:  deprecated thing"), L("after php 2"), T("RuntimeException"));
	if (run_traced(&o, "runtime_php", "php", "logtap-php",
		       "f=$(mktemp /tmp/logtap-php.XXXXXX) && php " TRACES_DIR
		       "/trace.php $f; rm -f $f"))
		return;
	EXPECT(&o, L("start php"), T("RuntimeException"), L("after php 1"),
	       L("PHP Warning:  deprecated thing"), L("after php 2"), T("RuntimeException"));
}

TEST(runtime_ruby)
{
	struct run_out o;

	if (run_traced(&o, "runtime_ruby", "ruby", NULL, "ruby " TRACES_DIR "/trace.rb 2>$E"))
		return;
	EXPECT(&o, L("start ruby"), T("ArgumentError"), L("after ruby 1"), T("ArgumentError"),
	       L("after ruby 2"), T("ArgumentError"));
}

TEST(runtime_go)
{
	struct run_out o;

	if (run_traced(&o, "runtime_go", "go", NULL,
		       "d=$(mktemp -d) && HOME=${HOME:-$d} GOCACHE=${GOCACHE:-/tmp/logtap-gocache} "
		       "go build -o $d/trace " TRACES_DIR "/trace.go && $d/trace 2>$E; rm -rf $d"))
		return;
	EXPECT(&o, L("start go"), T("panic"), L("after go 1"), T("panic"));
}

TEST(runtime_flow)
{
	struct run_out o;
	const struct event *doc = NULL, *crit = NULL;
	int i, lines = 0;

	if (run_traced(&o, "runtime_flow", "php", "/Data/Logs/",
		       "d=$(mktemp -d) && php " TRACES_DIR "/flow_log.php $d; rm -rf $d"))
		return;
	EXPECT_N(&o.s, 6);
	for (i = 0; i < o.s.n; i++) {
		const struct event *e = o.s.ev[i];

		if (e->kind == EV_KIND_DOCUMENT)
			doc = e;
		else if (e->kind == EV_KIND_LINE && ++lines && e->level == LVL_CRITICAL)
			crit = e;
	}
	CHECK(doc && crit && lines == 5);
	if (doc && crit) {
		CHECK(doc->exception_ref && strlen(doc->exception_ref) == 20);
		CHECK_STR(doc->exception_ref, crit->exception_ref);
		CHECK_STR(doc->exception_type, "Exception #1355480641");
		CHECK(doc->lines >= 20 && doc->fingerprint);
		if (doc->lines < 20)
			fprintf(stderr, "  %u lines: %s\n", doc->lines, doc->message);
	}
	sink_free(&o.s);
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
	RUN(php_error_log_and_fpm);
	RUN(flow_system_log_and_dump);
	RUN(node_stack_cause_aggregate_uncaught);
	RUN(go_panic_in_pieces);
	RUN(ruby_logger_and_uncaught);
	RUN(ruby_logger_exception_and_python_syntax_error);
	RUN(dotnet_inner_exceptions);
	RUN(json_lines);
	RUN(writers_kept_apart);
	RUN(cut_line_gap_binary);
	RUN_RT(runtime_python);
	RUN_RT(runtime_java);
	RUN_RT(runtime_node);
	RUN_RT(runtime_php);
	RUN_RT(runtime_ruby);
	RUN_RT(runtime_go);
	RUN_RT(runtime_flow);
	TEST_END();
}
