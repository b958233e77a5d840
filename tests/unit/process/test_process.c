// SPDX-License-Identifier: Apache-2.0
/*
 * test_process.c - the derived fields of events: levels from record prefixes and
 * JSON fields, exception type/message per language, and fingerprints that stay
 * the same across occurrences and differ between code paths.
 */
#include <stdlib.h>
#include <string.h>

#include "process/process.h"
#include "test.h"

static struct event *mk(enum ev_kind kind, const char *lang, const char *text)
{
	struct event *e = event_new();
	size_t n = strlen(text);

	e->kind = kind;
	e->message = strdup(text);
	e->message_len = n;
	e->lines = 1;
	for (size_t i = 0; i < n; i++)
		e->lines += text[i] == '\n';
	if (lang)
		e->exception_language = strdup(lang);
	process_event(e);
	return e;
}

static enum ev_level level_of(const char *text)
{
	struct event *e = mk(EV_KIND_LINE, NULL, text);
	enum ev_level l = e->level;

	event_free(e);
	return l;
}

TEST(levels_from_records)
{
	CHECK(level_of("2024-05-06 07:08:09.123 ERROR [main] c.e.App - failed") == LVL_ERROR);
	CHECK(level_of("2024-05-06 07:08:09,123 WARN  o.a.Foo: slow") == LVL_WARNING);
	CHECK(level_of("24-05-06 07:08:09 1234       CRITICAL  Neos.Flow   boom") == LVL_CRITICAL);
	CHECK(level_of("24-05-06 07:08:09 1234       NOTICE    Neos.Flow   hi") == LVL_NOTICE);
	CHECK(level_of("ERROR:root:something broke") == LVL_ERROR);
	CHECK(level_of("E, [2026-11-21T05:25:38.819251 #1] ERROR -- : boom") == LVL_ERROR);
	CHECK(level_of("W, [2026-11-21T05:25:38.819251 #1]  WARN -- : hmm") == LVL_WARNING);
	CHECK(level_of("[21-Nov-2026 05:25:21 UTC] PHP Warning:  deprecated in /a.php") ==
	      LVL_WARNING);
	CHECK(level_of("PHP Fatal error:  Uncaught Exception: x") == LVL_CRITICAL);
	CHECK(level_of("PHP Notice:  Undefined index: a") == LVL_NOTICE);
	CHECK(level_of("Nov 21, 2026 5:25:12 AM Trace main\nSEVERE: parse failed") == LVL_ERROR);
	CHECK(level_of("Nov 21, 2026 5:25:12 AM Trace main\nINFO: started") == LVL_INFO);
	CHECK(level_of("time=2024 level=error msg=\"db down\"") == LVL_ERROR);
	CHECK(level_of("2024/05/06 [error] 12#0: upstream timed out") == LVL_ERROR);
	CHECK(level_of("an error happened somewhere") == LVL_UNKNOWN);
	CHECK(level_of("Error: lower case is not a level word") == LVL_UNKNOWN);
	CHECK(level_of("plain message") == LVL_UNKNOWN);
	CHECK(level_of("fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      boom") == LVL_ERROR);
	CHECK(level_of("warn: Microsoft.AspNetCore.DataProtection[35]") == LVL_WARNING);
}

TEST(levels_from_json)
{
	CHECK(level_of("{\"level\":\"warn\",\"msg\":\"slow\"}") == LVL_WARNING);
	CHECK(level_of("{\"level\": 50, \"msg\": \"failed\"}") == LVL_ERROR);
	CHECK(level_of("{\"level\":30}") == LVL_INFO);
	CHECK(level_of("{\"level\":60}") == LVL_CRITICAL);
	CHECK(level_of("{\"severity\":\"ERROR\",\"message\":\"x\"}") == LVL_ERROR);
	CHECK(level_of("{\"levelname\":\"DEBUG\"}") == LVL_DEBUG);
	CHECK(level_of("{\"log.level\":\"info\"}") == LVL_INFO);
	CHECK(level_of("{\"msg\":\"FATAL: out of memory\"}") == LVL_CRITICAL);
	CHECK(level_of("{\"msg\":\"nothing\"}") == LVL_UNKNOWN);
	CHECK(level_of("{\"level\":\"") == LVL_UNKNOWN);
}

struct exc_case {
	const char *lang;
	const char *text;
	const char *type;
	const char *msg;
};

static const struct exc_case exc_cases[] = {
    {"java",
     "Exception in thread \"main\" java.lang.IllegalStateException: boom\n"
     "\tat a.B.c(B.java:1)",
     "java.lang.IllegalStateException", "boom"},
    {"java", "2024 ERROR x - failed\norg.Foo$Bar\n\tat a.B.c(B.java:1)", "org.Foo$Bar", ""},
    {"dotnet",
     "Unhandled exception. System.Exception: outer ---> System.IO.IOException: in\n"
     "   at A.B()",
     "System.Exception", "outer"},
    {"python",
     "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n"
     "requests.exceptions.HTTPError: 500 Server Error",
     "requests.exceptions.HTTPError", "500 Server Error"},
    {"python",
     "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n"
     "KeyboardInterrupt",
     "KeyboardInterrupt", ""},
    {"php",
     "PHP Fatal error:  Uncaught Neos\\Flow\\Exception: nope in /a/B.php:12\n"
     "Stack trace:\n#0 {main}\n  thrown in /a/B.php on line 12",
     "Neos\\Flow\\Exception", "nope"},
    {"php",
     "[21-Nov-2026 05:25:21 UTC] failed: PDOException: SQLSTATE[HY000] gone in "
     "/a/Db.php:3\nStack trace:\n#0 {main}",
     "PDOException", "SQLSTATE[HY000] gone"},
    {"node",
     "TypeError: Cannot read properties of undefined (reading 'x')\n"
     "    at f (/app/a.js:1:2)",
     "TypeError", "Cannot read properties of undefined (reading 'x')"},
    {"go", "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:",
     "runtime error", "index out of range [5] with length 3"},
    {"go", "2026/11/21 05:25:39 http: panic serving 127.0.0.1:5: boom\ngoroutine 1 [running]:",
     "panic", "boom"},
    {"ruby", "app.rb:3:in `<main>': undefined method `x' for nil:NilClass (NoMethodError)",
     "NoMethodError", "undefined method `x' for nil:NilClass"},
    {"ruby",
     "E, [2026 #1] ERROR -- : ActiveRecord::RecordNotFound (Couldn't find User):\n"
     "  app/models/user.rb:3:in `find'",
     "ActiveRecord::RecordNotFound", "Couldn't find User"},
    {"ruby", "E, [2026 #1] ERROR -- : (X)\napp.rb:1:in `a'", "X", ""},
    {"ruby", "E, [2026 #1] ERROR -- : boom (RuntimeError)\napp.rb:1:in `a'", "RuntimeError",
     "boom"},
    {"flow", "Uncaught exception #1476107295 in line 170 of /a/B.php: gone\n\n1 X::y()",
     "Uncaught exception #1476107295", "gone"},
};

TEST(exception_fields)
{
	size_t i;

	for (i = 0; i < sizeof(exc_cases) / sizeof(exc_cases[0]); i++) {
		struct event *e = mk(EV_KIND_TRACE, exc_cases[i].lang, exc_cases[i].text);

		CHECK_STR(e->exception_type, exc_cases[i].type);
		CHECK_STR(e->exception_message, exc_cases[i].msg);
		CHECK(e->level == LVL_ERROR || e->level == LVL_CRITICAL);
		event_free(e);
	}
}

static char *fp_of(const char *lang, const char *text)
{
	struct event *e = mk(EV_KIND_TRACE, lang, text);
	char *fp = e->fingerprint ? strdup(e->fingerprint) : strdup("");

	event_free(e);
	return fp;
}

TEST(fingerprints)
{
	char *a = fp_of("java", "2024-05-06 ERROR id=42 - failed for user 17\n"
				"java.lang.IllegalStateException: order 1234 missing\n"
				"\tat com.x.Orders.load(Orders.java:42)\n"
				"\tat com.x.App$$Lambda$14/0x0000000800c0b000.run(Unknown Source)");
	char *b = fp_of("java", "2024-06-07 ERROR id=43 - failed for user 99\n"
				"java.lang.IllegalStateException: order 999 missing\n"
				"\tat com.x.Orders.load(Orders.java:57)\n"
				"\tat com.x.App$$Lambda$15/0x0000000800c0c440.run(Unknown Source)");
	char *c = fp_of("java", "java.lang.IllegalStateException: order 1 missing\n"
				"\tat com.x.Payments.charge(Payments.java:42)");
	char *d = fp_of("java", "java.lang.IllegalArgumentException: order 1 missing\n"
				"\tat com.x.Orders.load(Orders.java:42)");
	char *g1 = fp_of("go", "panic: boom 1\n\ngoroutine 7 [running]:\nmain.f(0xc000012345)\n"
			       "\t/app/m.go:12 +0x1d\n\ngoroutine 9 [chan receive]:\nmain.w()\n");
	char *g2 = fp_of("go", "panic: boom 2\n\ngoroutine 1 [running]:\nmain.f(0xc000099999)\n"
			       "\t/app/m.go:14 +0x2f\n\ngoroutine 3 [select]:\nmain.other()\n");
	/* frames longer than the 256 bytes that count, digits at every offset, 0X, UTF-8 */
	char *l = fp_of("java", "java.lang.RuntimeException: x\n"
				"\tat com.example.caf\xc3\xa9.Layer0123456789abcdefghijklmnopqrstuvwxyz"
				"ABCDEFGHIJKLMNOPQRSTUVWXYZ.Handler$1a2b3c4d5e6f7g8h9i0j.call0X7fFfAB"
				"(Handler.java:1)\n"
				"\tat org.very.long.pkg.name.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
				"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
				"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"
				"ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd9.run(X.java:7)\n"
				"\tat x.Y.z(Y.java:99999)");

	CHECK(strlen(a) == 16);
	CHECK_STR(a, b);
	CHECK(strcmp(a, c) != 0);
	CHECK(strcmp(a, d) != 0);
	CHECK(strlen(g1) == 16);
	CHECK_STR(g1, g2);
	/* Fingerprints group occurrences across agent versions: the value itself must not
	 * change when the hashing is made faster. */
	CHECK_STR(a, "bc5ee68475540bce");
	CHECK_STR(g1, "57e20443c84a8793");
	CHECK_STR(l, "12225256e8dbe3ab");
	free(a);
	free(b);
	free(c);
	free(d);
	free(g1);
	free(g2);
	free(l);
}

TEST(flow_see_also_and_kept_fields)
{
	struct event *e =
	    mk(EV_KIND_LINE, NULL,
	       "24-05-06 07:08:10 1 CRITICAL Neos.Flow Exception #1 in line 2 of /a.php: x"
	       " - See also: 20240506070810a1b2c3.txt");
	struct event *f = event_new();

	CHECK_STR(e->exception_ref, "20240506070810a1b2c3");
	CHECK(e->level == LVL_CRITICAL && !e->fingerprint);
	f->kind = EV_KIND_TRACE;
	f->message = strdup("panic: x");
	f->message_len = 8;
	f->level = LVL_WARNING;
	f->exception_type = strdup("Mine");
	CHECK(process_event(f) == 0);
	CHECK(f->level == LVL_WARNING);
	CHECK_STR(f->exception_type, "Mine");
	event_free(e);
	event_free(f);
}

int main(void)
{
	RUN(levels_from_records);
	RUN(levels_from_json);
	RUN(exception_fields);
	RUN(fingerprints);
	RUN(flow_see_also_and_kept_fields);
	TEST_END();
}
