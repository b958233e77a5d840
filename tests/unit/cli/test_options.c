// SPDX-License-Identifier: Apache-2.0
/*
 * test_options.c - flags, LOGTAP_* environment and config file, in that
 * order of precedence; validation of bad input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/options.h"
#include "test.h"

static int parse(struct lt_options *o, int argc, char **argv)
{
	FILE *devnull = freopen("/dev/null", "w", stderr);

	(void)devnull;
	optind = 1;
	return options_parse(o, argc, argv);
}

TEST(defaults)
{
	char *argv[] = { "logtap", "agent", NULL };
	struct lt_options o;

	CHECK(parse(&o, 2, argv) == 0);
	CHECK(o.mode == MODE_AGENT);
	CHECK(o.max_write == 1 << 20);
	CHECK(o.idle_ms == 1000);
	CHECK(!o.host && !o.nats.url);
	CHECK(!o.read_back); /* the kernel copies every write unless asked otherwise */
	options_free(&o);
}

TEST(read_back_is_asked_for)
{
	char *argv[] = { "logtap", "capture", "--read-back", NULL };
	struct lt_options o;

	setenv("LOGTAP_COPY_WRITES", "1", 1);
	CHECK(parse(&o, 3, argv) == 0);
	CHECK(o.read_back && o.copy_writes); /* both: copying wins (main.c) */
	options_free(&o);
	unsetenv("LOGTAP_COPY_WRITES");
}

TEST(flags_env_file_precedence)
{
	char cfg[] = "/tmp/logtap-opt-XXXXXX";
	int fd = mkstemp(cfg);
	FILE *f = fdopen(fd, "w");
	char cfgflag[64];
	char *argv[] = { "logtap", "capture", "--config", cfgflag, "--max-write", "2M", "--path",
			 "*.out", "--host", NULL };
	struct lt_options o;

	snprintf(cfgflag, sizeof(cfgflag), "%s", cfg);
	fprintf(f, "# comment\nmax-write = 4k\nidle-flush 2.5\nnats-url = nats://x:4222\n"
		   "path = *.a\npath = *.b\nduration = 7\n");
	fclose(f);
	setenv("LOGTAP_DURATION", "9", 1);
	setenv("LOGTAP_EXCLUDE", "*.x, *.y", 1);
	CHECK(parse(&o, 9, argv) == 0);
	CHECK(o.max_write == 2 << 20); /* flag beats file */
	CHECK(o.idle_ms == 2500);      /* file */
	CHECK(o.duration == 9);	       /* env beats file */
	CHECK(o.paths.n == 1 && !strcmp(o.paths.v[0], "*.out")); /* flag list replaces */
	CHECK(o.excludes.n == 2 && !strcmp(o.excludes.v[1], "*.y"));
	CHECK(o.host);
	CHECK(o.nats.url == NULL); /* an agent option in a shared file is skipped */
	options_free(&o);
	unsetenv("LOGTAP_DURATION");
	unsetenv("LOGTAP_EXCLUDE");
	unlink(cfg);
}

TEST(bad_input_is_rejected)
{
	char *a1[] = { "logtap", "capture", "--max-write", "lots", NULL };
	char *a2[] = { "logtap", "capture", "--bogus", NULL };
	char *a3[] = { "logtap", "nomode", NULL };
	char *a4[] = { "logtap", "capture", "-o", "xml", NULL };
	char *a5[] = { "logtap", "capture", "--label", "novalue", NULL };
	char *a6[] = { "logtap", "replay", NULL };
	char *a7[] = { "logtap", "capture", "--pid", "-3", NULL };
	char *a8[] = { "logtap", "agent", "--config", "/nonexistent/logtap.conf", NULL };
	char *a9[] = { "logtap", "capture", "--hook", "kprobe", NULL };
	char *a10[] = { "logtap", "capture", "--redact-mode", "md5", NULL };
	char *a11[] = { "logtap", "capture", "--redact-mode", "hash", NULL };
	char *ok[] = { "logtap", "agent", "--redact", "all", "--redact-mode", "hash",
		       "--redact-key-file", "/etc/k", NULL };
	struct lt_options o;

	CHECK(parse(&o, 4, a1) < 0);
	options_free(&o);
	CHECK(parse(&o, 3, a2) < 0);
	options_free(&o);
	CHECK(parse(&o, 2, a3) < 0);
	options_free(&o);
	CHECK(parse(&o, 4, a4) < 0);
	options_free(&o);
	CHECK(parse(&o, 4, a5) < 0);
	options_free(&o);
	CHECK(parse(&o, 2, a6) < 0);
	options_free(&o);
	CHECK(parse(&o, 4, a7) < 0);
	options_free(&o);
	CHECK(parse(&o, 4, a8) < 0);
	options_free(&o);
	CHECK(parse(&o, 4, a9) < 0);
	options_free(&o);
	CHECK(parse(&o, 4, a10) < 0);
	options_free(&o);
	CHECK(parse(&o, 4, a11) < 0); /* hash without a key file */
	options_free(&o);
	CHECK(parse(&o, 8, ok) == 0 && !strcmp(o.redact, "all") &&
	      !strcmp(o.redact_key_file, "/etc/k"));
	options_free(&o);
}

TEST(replay_takes_file_and_flags_in_any_order)
{
	char *argv[] = { "logtap", "replay", "rec.gz", "-o", "text", NULL };
	struct lt_options o;

	CHECK(parse(&o, 5, argv) == 0);
	CHECK_STR(o.replay_file, "rec.gz");
	CHECK_STR(o.output, "text");
	options_free(&o);
}

TEST(sizes)
{
	uint64_t v;

	CHECK(options_parse_size("64k", &v) == 0 && v == 65536);
	CHECK(options_parse_size("1MiB", &v) == 0 && v == 1 << 20);
	CHECK(options_parse_size("3G", &v) == 0 && v == 3ull << 30);
	CHECK(options_parse_size("12", &v) == 0 && v == 12);
	CHECK(options_parse_size("-1", &v) < 0);
	CHECK(options_parse_size("1T", &v) < 0);
	CHECK(options_parse_size("", &v) < 0);
}

int main(void)
{
	RUN(defaults);
	RUN(read_back_is_asked_for);
	RUN(flags_env_file_precedence);
	RUN(bad_input_is_rejected);
	RUN(replay_takes_file_and_flags_in_any_order);
	RUN(sizes);
	TEST_END();
}
