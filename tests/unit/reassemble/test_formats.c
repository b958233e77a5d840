// SPDX-License-Identifier: Apache-2.0
/*
 * test_formats.c - reassembly of the default formats of real logging libraries:
 * the writes of tests/traces/lib_* runs, captured with strace into
 * tests/data/formats/NAME.writes (capture.sh), go through reasm + process as they came
 * and re-cut into other write sizes; every record must be one event, of the right
 * kind, exception type and language.
 */
#include <errno.h>

#include "feeder.h"

#define FIXTURES "tests/data/formats/"
#define SEP	 '\x1e' /* precedes every write in a .writes file */

/* The bytes of a fixture (malloc'd, NUL-terminated), or NULL. */
static char *fixture(const char *name, size_t *len)
{
	char path[256];
	struct buf b = {0};
	char chunk[4096];
	size_t k;
	FILE *f;

	snprintf(path, sizeof(path), FIXTURES "%s.writes", name);
	f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "  cannot read %s\n", path);
		return NULL;
	}
	while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&b, chunk, k);
	fclose(f);
	*len = b.len;
	return buf_steal(&b);
}

/* Feeds fixture name as one writer of path: its writes as captured (chunk 0), or its
 * bytes re-cut into writes of chunk bytes (a buffered writer). */
static void run_fixture(struct sink *s, const struct reasm_opts *o, const char *name,
			const char *path, size_t chunk)
{
	struct feeder f;
	size_t len, i = 0, j;
	char *t = fixture(name, &len), *flat;

	CHECK(t != NULL);
	if (!t)
		return;
	feeder_init(&f, s, o, path);
	if (!chunk) {
		while (i < len) {
			for (j = i + 1; j < len && t[j] != SEP; j++)
				;
			if (j > i + 1)
				feed_write(&f, t + i + 1, j - i - 1);
			i = j;
		}
	} else {
		flat = malloc(len);
		for (i = j = 0; flat && i < len; i++)
			if (t[i] != SEP)
				flat[j++] = t[i];
		for (i = 0; flat && i < j; i += chunk)
			feed_write(&f, flat + i, j - i < chunk ? j - i : chunk);
		free(flat);
	}
	feeder_done(&f);
	free(t);
}

/* The events in short: `L` a line, `T:type/language` a trace, space-separated. */
static void summary(const struct sink *s, struct buf *out)
{
	const struct event *e;
	int i;

	buf_reset(out);
	for (i = 0; i < s->n; i++) {
		e = s->ev[i];
		if (i)
			buf_putc(out, ' ');
		if (e->kind == EV_KIND_LINE)
			buf_putc(out, 'L');
		else
			buf_printf(out, "T:%s/%s", e->exception_type ? e->exception_type : "-",
				   e->exception_language ? e->exception_language : "-");
	}
}

struct format_case {
	const char *fixture; /* tests/data/formats/<fixture>.writes */
	const char *path;    /* the writer's file */
	const char *want;    /* summary() of the events */
	size_t chunks[3];    /* write sizes to re-cut into besides the captured ones; 0 ends */
};

static void check_case(const struct format_case *c)
{
	struct buf got = {0};
	struct sink s = {0};
	size_t k;

	for (k = 0; k <= 3; k++) {
		if (k && (k > 3 || !c->chunks[k - 1]))
			break;
		run_fixture(&s, NULL, c->fixture, c->path, k ? c->chunks[k - 1] : 0);
		summary(&s, &got);
		if (!got.p || strcmp(got.p, c->want)) {
			fprintf(stderr, "  %s (writes of %zu): got\n    %s\n  want\n    %s\n",
				c->fixture, k ? c->chunks[k - 1] : (size_t)0, got.p ? got.p : "",
				c->want);
			dump(&s);
			CHECK(!"events as wanted");
		}
		sink_free(&s);
	}
	buf_free(&got);
}

#define CASE(fn, fx, p, w, ...)                                                                    \
	TEST(fn)                                                                                   \
	{                                                                                          \
		static const struct format_case c = {fx, p, w, {__VA_ARGS__}};                     \
		check_case(&c);                                                                    \
	}

CASE(monolog_symfony, "monolog_symfony", "/app/var/log/prod.log",
     "L L T:RuntimeException/php L T:InvalidArgumentException/php L", 4096, 100, 7)
CASE(monolog_laravel, "monolog_laravel", "/app/storage/logs/laravel.log",
     "L L T:RuntimeException/php L T:InvalidArgumentException/php L", 4096, 100, 7)
CASE(loguru_backtrace_color, "loguru_color", "/app/app.log",
     "L T:ValueError/python L L T:ZeroDivisionError/python L", 4096, 100, 7)
CASE(structlog_rich, "structlog_rich", "/app/app.log",
     "L T:ZeroDivisionError/python L T:KeyError/python L", 4096, 100, 0)
CASE(python_json_logger, "python_json_logger", "/app/app.log", "L T:KeyError/python L", 4096, 100,
     7)
CASE(logback_default, "logback_default", "", "L T:java.lang.IllegalStateException/java L", 4096,
     100, 7)
CASE(winston_errors_printf, "winston", "/app/winston.log",
     "L T:TypeError/node L T:TypeError/node L", 4096, 100, 7)
CASE(pino_json, "pino", "/app/pino.log", "L T:TypeError/node L", 4096, 100, 0)
CASE(bunyan_json, "bunyan", "/app/bunyan.log", "L T:TypeError/node L", 4096, 100, 0)
CASE(log4js_default_layout, "log4js", "/app/log4js.log", "L T:TypeError/node L", 4096, 100, 7)
CASE(logrus_debug_stack_bufio, "logrus", "/app/logrus.log",
     "L T:panic/go L L T:panic/go L L T:panic/go L", 512, 100, 7)
CASE(zap_development, "zap", "/app/zap.log", "L T:stack/go L", 4096, 100, 7)
CASE(slog_text, "slog", "/app/slog.log", "L L L", 4096, 100, 0)
CASE(rust_panic_backtrace, "rust_panic", "", "L T:panic/rust L T:panic/rust", 4096, 100, 7)
CASE(rust_panic_backtrace_1_63, "rust_panic_1_63", "", "L T:panic/rust L T:panic/rust", 4096, 100,
     7)
CASE(rails_tagged_request_log, "rails_tagged", "/app/log/production.log",
     "L L L L L T:NoMethodError/ruby L L L L T:NoMethodError/ruby", 4096, 100, 7)
/* Not captured (no .NET in Debian): the documented console format, see capture.sh. */
CASE(dotnet_console, "dotnet_console", "",
     "L L T:System.InvalidOperationException/dotnet L T:System.ArgumentException/dotnet L", 4096,
     100, 7)
CASE(dotnet_console_timestamps, "dotnet_console_ts", "",
     "L L T:System.InvalidOperationException/dotnet L T:System.ArgumentException/dotnet L", 4096,
     100, 7)

int main(void)
{
	RUN(monolog_symfony);
	RUN(monolog_laravel);
	RUN(loguru_backtrace_color);
	RUN(structlog_rich);
	RUN(python_json_logger);
	RUN(logback_default);
	RUN(winston_errors_printf);
	RUN(pino_json);
	RUN(bunyan_json);
	RUN(log4js_default_layout);
	RUN(logrus_debug_stack_bufio);
	RUN(zap_development);
	RUN(slog_text);
	RUN(rust_panic_backtrace);
	RUN(rust_panic_backtrace_1_63);
	RUN(rails_tagged_request_log);
	RUN(dotnet_console);
	RUN(dotnet_console_timestamps);
	TEST_END();
}
