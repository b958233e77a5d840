// SPDX-License-Identifier: Apache-2.0
/*
 * test_check_mode.c - `logtap check` takes the agent's options (flags, LOGTAP_*
 * variables and the shared config file) plus its own --no-probe, which the agent
 * does not take.
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

TEST(check_takes_agent_options)
{
	char *argv[] = {"logtap", "check", "--nats-url", "nats://127.0.0.1:4222", "--jetstream",
			"--nats-creds", "/x.creds", "--subject", "a.{host}", "--host", "--no-probe",
			NULL};
	struct lt_options o;

	CHECK(parse(&o, 11, argv) == 0);
	CHECK(o.mode == MODE_CHECK);
	CHECK_STR(o.mode_name, "check");
	CHECK_STR(o.nats.url, "nats://127.0.0.1:4222");
	CHECK_STR(o.nats.creds, "/x.creds");
	CHECK_STR(o.ship.subject, "a.{host}");
	CHECK(o.ship.jetstream && o.host && o.no_probe);
	CHECK(o.max_write == 1 << 20); /* the agent's defaults */
	options_free(&o);
}

TEST(agent_rejects_no_probe)
{
	char *argv[] = {"logtap", "agent", "--no-probe", NULL};
	struct lt_options o;

	CHECK(parse(&o, 3, argv) < 0);
	options_free(&o);
}

TEST(check_reads_the_agent_config_and_environment)
{
	char cfg[] = "/tmp/logtap-check-XXXXXX";
	int fd = mkstemp(cfg);
	FILE *f = fdopen(fd, "w");
	char *argv[] = {"logtap", "check", "--config", cfg, NULL};
	struct lt_options o;

	fprintf(f, "nats-url = nats://file:4222\nspool-dir = /var/spool/x\nduration = 3\n");
	fclose(f);
	setenv("LOGTAP_NATS_CREDS", "/env.creds", 1);
	CHECK(parse(&o, 4, argv) == 0);
	CHECK_STR(o.nats.url, "nats://file:4222");
	CHECK_STR(o.ship.spool_dir, "/var/spool/x");
	CHECK_STR(o.nats.creds, "/env.creds");
	CHECK(o.duration == 0); /* a capture option in the shared file is skipped */
	options_free(&o);
	unsetenv("LOGTAP_NATS_CREDS");
	unlink(cfg);
}

int main(void)
{
	RUN(check_takes_agent_options);
	RUN(agent_rejects_no_probe);
	RUN(check_reads_the_agent_config_and_environment);
	TEST_END();
}
