// SPDX-License-Identifier: Apache-2.0
/*
 * test_shapes.c - the learned record header shape of a writer (reassemble/shape):
 * shapes of lines, learning by vote, narrowing, re-learning; and in reassembly:
 * lines without the writer's header continue its record whatever they begin with,
 * a bad early start does not disable the one-record-per-write hint for good, the
 * --record-start override and ANSI escape sequences.
 */
#include <errno.h>
#include <stdarg.h>

#include "feeder.h"
#include "reassemble/shape.h"

static struct shape_key key(const char *s)
{
	struct shape_key k;

	shape_key_of(&k, s, strlen(s));
	return k;
}

static bool key_is(const char *line, const char *tokens)
{
	struct shape_key k = key(line);

	if (k.len == strlen(tokens) && !memcmp(k.tok, tokens, k.len))
		return true;
	fprintf(stderr, "  shape of \"%s\": \"%.*s\", want \"%s\"\n", line, k.len, k.tok, tokens);
	return false;
}

TEST(shape_of_lines)
{
	CHECK(key_is("2024-05-06 07:08:09.123 INFO x", "0-0-0 0:0:0.0 "));
	CHECK(key_is("\x1b[32m2024-05-06 07:08:09.123\x1b[0m INFO x", "0-0-0 0:0:0.0 "));
	CHECK(key_is("ERRO[0000] boom", "a[0] a"));
	CHECK(key_is("{\"level\":30,\"time\":1}", "{\"a\":0,\"a\":0}"));
	CHECK(key_is("\tat x", " a a"));
	CHECK(key_is("╭─ x", "u a"));
	CHECK(key(" a b c").anchors == 0 && key("[0-0]").anchors == 5);
}

TEST(learn_by_vote_and_narrow)
{
	struct shape sh = {0};
	struct shape_key k;

	/* free text (fewer than 2 anchors) never votes */
	k = key("after python 1");
	CHECK(!shape_vote_start(&sh, &k) && !shape_vote_start(&sh, &k) &&
	      !shape_vote_start(&sh, &k) && !shape_known(&sh));
	/* logrus on a terminal: the message after the short header falls away */
	k = key("ERRO[0000] boom");
	CHECK(!shape_vote_start(&sh, &k));
	k = key("INFO[0000] 42 items");
	CHECK(!shape_vote_start(&sh, &k));
	k = key("WARN[0001] disk");
	CHECK(shape_vote_start(&sh, &k) && shape_known(&sh));
	k = key("DEBU[0002] {\"x\": 1}");
	CHECK(shape_has(&sh, &k));
	k = key("goroutine 1 [running]:");
	CHECK(!shape_has(&sh, &k));
	k = key("[0000] x");
	CHECK(!shape_has(&sh, &k));
}

TEST(timestamp_headers_learn_in_two)
{
	struct shape sh = {0};
	struct shape_key k = key("2026-12-02T11:13:21.622Z info: start");

	CHECK(!shape_vote_start(&sh, &k));
	k = key("2026-12-02T11:13:21.628Z error: parse failed");
	CHECK(shape_vote_start(&sh, &k));
	k = key("TypeError: not JSON: a1");
	CHECK(!shape_has(&sh, &k));
}

TEST(relearn_when_the_header_changes)
{
	struct shape sh = {0};
	struct shape_key a = key("2024-05-06 07:08:09,100 INFO x"), b, old = a;
	int i;

	for (i = 0; i < 3; i++)
		shape_vote_start(&sh, &a);
	CHECK(shape_known(&sh) && shape_has(&sh, &a));
	b = key("[2024-05-06T07:08:09.100+00:00] app.INFO: x");
	/* the new header interleaved with the old one: no switch */
	for (i = 0; i < 20; i++) {
		CHECK(!shape_vote_start(&sh, &b));
		if (i % 4 == 3)
			shape_vote_start(&sh, &old);
	}
	CHECK(shape_has(&sh, &a) && !shape_has(&sh, &b));
	/* the old one gone: after SHAPE_SWITCH votes the new one is learned */
	for (i = 0; i < SHAPE_SWITCH - 1; i++)
		CHECK(!shape_vote_start(&sh, &b));
	CHECK(shape_vote_start(&sh, &b));
	CHECK(shape_has(&sh, &b) && !shape_has(&sh, &a) && sh.relearns == 1);
	shape_reset(&sh);
	CHECK(!shape_known(&sh));
}

#define H(t) "2024-05-06 07:08:09.1" t " "

/* A buffered writer (everything in one write): once the header is learned, what lacks it
 * continues the record, whatever its first byte; a start rule still names the trace. */
TEST(without_the_header_a_line_continues)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/app.log",
	    H("00") "INFO a - one\n" H("01") "INFO a - two\n" H(
		"02") "ERROR a - dump:\n"
		      "{\"k\": 1}\n[section]\n#1 item\nERROR 42 WARN\n2024 was a year\n" H(
			  "03") "ERROR a - failed\nTraceback (most recent call last):\n  File "
				"\"x.py\", line 1, in <module>\n"
				"ValueError: v\n" H("04") "INFO a - next\n",
	    NULL);
	CHECK(s.n == 5);
	if (s.n == 5) {
		CHECK(s.ev[2]->lines == 6 && s.ev[2]->kind == EV_KIND_LINE);
		CHECK(s.ev[3]->lines == 4 && s.ev[3]->kind == EV_KIND_TRACE);
		CHECK_STR(s.ev[3]->exception_type, "ValueError");
		CHECK(s.ev[4]->lines == 1);
	} else {
		dump(&s);
	}
	sink_free(&s);
}

/* Write boundaries stay hints: a write-aligned writer's line that begins a write starts a
 * record even without the header (print() next to logging on one stderr). */
TEST(write_start_still_starts)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/app.log", H("00") "INFO a - one\n", H("01") "INFO a - two\n",
	    H("02") "INFO a - three\n", "after python 1\n", H("03") "ERROR x\nnot a header\n",
	    "after python 2\n", NULL);
	CHECK(s.n == 6);
	if (s.n == 6)
		CHECK(s.ev[4]->lines == 2 && !strcmp(s.ev[5]->message, "after python 2"));
	else
		dump(&s);
	sink_free(&s);
}

/* A Go program logging through bufio: its panic, written by the runtime in writes of its
 * own, starts a record although it lacks the header and the writer is buffered. */
TEST(runtime_trace_after_buffered_records)
{
	struct sink s = {0};

	run(&s, NULL, "",
	    "time=2024-05-06T07:08:09Z level=info msg=one\n"
	    "time=2024-05-06T07:08:09Z level=info msg=two\ntime=2024-05-06T07:08:09Z level=warning",
	    " msg=three\nFROM orders\n", "panic: boom\n", "\n", "goroutine 1 [running]:\n",
	    "main.main()\n\t/app/main.go:9 +0x1d\n", NULL);
	CHECK(s.n == 4);
	if (s.n == 4) {
		CHECK(s.ev[2]->lines == 2);
		CHECK_STR(s.ev[3]->exception_type, "panic");
		CHECK(s.ev[3]->lines == 5 && s.ev[3]->kind == EV_KIND_TRACE);
	} else {
		dump(&s);
	}
	sink_free(&s);
}

/* One write per record, headers without a shape to learn (`INFO x`). A record cut among
 * the first ones (a start inside a write) used to mark the writer buffered for good;
 * now only the latest starts count, and later records inside one write stay whole. */
TEST(bad_early_sample_heals)
{
	struct sink s = {0};
	struct feeder f;
	char w[64];
	int i;

	feeder_init(&f, &s, NULL, "/var/log/app.log");
	feed_write(&f, "ERROR query failed\n<b>detail</b>\n", 33); /* cut: too early */
	for (i = 0; i < 20; i++) {
		snprintf(w, sizeof(w), "INFO step %d\n", i);
		feed_write(&f, w, strlen(w));
	}
	feed_write(&f, "ERROR query failed\n<b>detail</b>\n", 33);
	feed_write(&f, "INFO done\n", 10);
	feeder_done(&f);
	CHECK(s.n == 2 + 20 + 1 + 1);
	if (s.n == 24) {
		CHECK(s.ev[0]->lines == 1 && s.ev[1]->lines == 1); /* nothing learned yet */
		CHECK(s.ev[22]->lines == 2);			   /* healed */
	} else {
		dump(&s);
	}
	sink_free(&s);
}

static bool name_of(void *ctx, const struct ev_source *src, char *buf, size_t len)
{
	if (src->tgid != 9)
		return false;
	snprintf(buf, len, "%s", (const char *)ctx);
	return true;
}

/* --record-start GLOB=REGEX: REGEX alone decides for the writers GLOB names (path or
 * container name), the rules still name the trace; other writers are not affected. */
TEST(record_start_override)
{
	static char *const specs[] = {"*/custom.log=^@@ ", "shop-*=^>> "};
	struct reasm_opts o = feeder_opts;
	const char *text = "@@ rec 1\nplain\n2024-05-06 07:08:09 not a start\n"
			   "Traceback (most recent call last):\n  File \"a.py\", line 1, in f\n"
			   "ValueError: x\n@@ rec 2\n";
	struct sink s = {0};
	struct feeder f;

	o.record_starts = specs;
	o.n_record_starts = 2;
	o.writer_name = name_of;
	o.writer_name_ctx = "shop-web";
	run(&s, &o, "/srv/custom.log", text, NULL);
	CHECK(s.n == 2 && s.ev[0]->lines == 6 && s.ev[0]->kind == EV_KIND_TRACE);
	if (s.n == 2)
		CHECK_STR(s.ev[0]->exception_type, "ValueError");
	sink_free(&s);
	run(&s, &o, "/srv/other.log", text, NULL); /* no override: the rules */
	CHECK(s.n == 4);
	if (s.n != 4)
		dump(&s);
	sink_free(&s);
	feeder_init(&f, &s, &o, ""); /* by container name */
	f.src.tgid = 9;
	feed_write(&f, ">> one\nx\n>> two\n{\n}\n", 20);
	feeder_done(&f);
	CHECK(s.n == 2 && s.ev[1]->lines == 3);
	if (s.n != 2)
		dump(&s);
	sink_free(&s);
	/* a bad regex or spec fails reasm_new with EINVAL (and a message on stderr) */
	o.record_starts = (char *const[]){"*.log=(unclosed"};
	o.n_record_starts = 1;
	errno = 0;
	CHECK(reasm_new(&o, collect, &s) == NULL && errno == EINVAL);
	o.record_starts = (char *const[]){"no-equals-sign"};
	CHECK(reasm_new(&o, collect, &s) == NULL && errno == EINVAL);
}

/* ANSI escape sequences: ignored by the rules and shapes, stripped from messages unless
 * keep_ansi. */
TEST(ansi_sequences)
{
	static const char text[] =
	    "\x1b[32m2024-05-06 07:08:09.100\x1b[0m | \x1b[1mINFO\x1b[0m | start\n"
	    "\x1b[32m2024-05-06 07:08:09.101\x1b[0m | \x1b[31mERROR\x1b[0m | failed\n"
	    "\x1b[33m\x1b[1mTraceback (most recent call last):\x1b[0m\n"
	    "  File \"\x1b[32ma.py\x1b[0m\", line 1, in f\n"
	    "\x1b[31mValueError\x1b[0m: bad\n";
	struct reasm_opts o = feeder_opts;
	struct sink s = {0};

	run(&s, NULL, "/var/log/app.log", text, NULL);
	CHECK(s.n == 2);
	if (s.n == 2) {
		CHECK(!strchr(s.ev[0]->message, '\x1b') && !strchr(s.ev[1]->message, '\x1b'));
		CHECK_STR(s.ev[1]->exception_type, "ValueError");
		CHECK(s.ev[1]->level == LVL_ERROR && s.ev[0]->level == LVL_INFO);
		CHECK(strstr(s.ev[1]->message, "\nValueError: bad"));
	}
	sink_free(&s);
	o.keep_ansi = true;
	run(&s, &o, "/var/log/app.log", text, NULL);
	CHECK(s.n == 2);
	if (s.n == 2) {
		CHECK(strstr(s.ev[1]->message, "\x1b[31mValueError\x1b[0m: bad"));
		CHECK_STR(s.ev[1]->exception_type, "ValueError"); /* derived without them */
	}
	sink_free(&s);
}

int main(void)
{
	RUN(shape_of_lines);
	RUN(learn_by_vote_and_narrow);
	RUN(timestamp_headers_learn_in_two);
	RUN(relearn_when_the_header_changes);
	RUN(without_the_header_a_line_continues);
	RUN(write_start_still_starts);
	RUN(runtime_trace_after_buffered_records);
	RUN(bad_early_sample_heals);
	RUN(record_start_override);
	RUN(ansi_sequences);
	TEST_END();
}
