// SPDX-License-Identifier: Apache-2.0
/*
 * bench_redact.c - the cost of the redact stage alone: ns per record and MB/s on
 * a generated corpus (plain log lines, 24-line Java traces, JSON lines, and lines
 * carrying e-mails, cards, IBANs, passwords, tokens and JWTs), for the default
 * kinds, all kinds, and hash mode. Built by `make bench-tools`; prints figures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "redact/redact.h"

#define VARIANTS 64

static char *recs[VARIANTS * 10];
static size_t rec_len[VARIANTS * 10];

static char *trace(struct buf *b, int i)
{
	int j;

	buf_printf(b, "2024-05-06 07:08:%02d.%03d ERROR [http-nio-8080-exec-%d] "
		      "c.e.shop.OrderController - order %d failed\n"
		      "java.lang.IllegalStateException: payment for order %d rejected\n",
		   i % 60, i * 7 % 1000, i % 16, 100000 + i, 100000 + i);
	for (j = 0; j < 10; j++)
		buf_printf(b, "\tat com.example.shop.service.Layer%d.call%d(Layer%d.java:%d)\n", j,
			   i % 4, j, 40 + j);
	buf_printf(b, "Caused by: java.sql.SQLException: connection %d refused\n", i);
	for (j = 0; j < 10; j++)
		buf_printf(b, "\tat org.postgresql.core.Conn%d.exec(Conn%d.java:%d)\n", j, j,
			   100 + j);
	buf_printf(b, "\t... 7 common frames omitted");
	return buf_steal(b);
}

/* Per 10 records: 6 plain lines, 1 JSON line, 1 trace, 2 lines with findings. */
static void make_corpus(void)
{
	static const char *const secret[] = {
		"user jane.doe%d@example.com paid with 4111 1111 1111 1111",
		"POST /login {\"user\":\"bob%d\",\"password\":\"hunter2\"} 401",
		"refund %d to DE89 3704 0044 0532 0130 00 requested",
		"GET /api?id=%d Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIi"
		"OiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
		"db connect postgres://app:s3cr3t@db-%d.internal:5432/shop failed",
	};
	struct buf b = { 0 };
	int i, k, r;

	for (i = 0; i < VARIANTS; i++) {
		for (k = 0; k < 10; k++) {
			r = i * 10 + k;
			if (k < 6)
				buf_printf(&b, "2024-05-06 07:08:%02d.%03d INFO  [http-nio-8080-exec-%d] "
					       "c.e.shop.OrderController - order %d processed in %d ms",
					   i % 60, i * 7 % 1000, k, 100000 + i, 3 + i % 40);
			else if (k == 6)
				buf_printf(&b, "{\"time\":\"2024-05-06T07:08:09.123Z\",\"level\":\"info\","
					       "\"msg\":\"cart updated\",\"items\":%d,\"trace_id\":"
					       "\"4bf92f3577b34da6a3ce929d0e0e4736\"}", i);
			else if (k == 7)
				trace(&b, i);
			else
				buf_printf(&b, secret[(i + k) % 5], i);
			rec_len[r] = b.len;
			recs[r] = buf_steal(&b);
		}
	}
}

static double cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void run(const char *name, const struct redact_opts *o, unsigned long n)
{
	uint64_t counts[REDACT_KIND_COUNT] = { 0 }, bytes = 0, reps = 0;
	struct redact *r = redact_new(o);
	struct buf out = { 0 };
	unsigned long i;
	double t;
	int x;

	if (!r) {
		perror("redact_new");
		exit(1);
	}
	t = cpu_seconds();
	for (i = 0; i < n; i++) {
		size_t k = i % (VARIANTS * 10);

		x = redact_text(r, recs[k], rec_len[k], &out, counts);
		reps += x > 0 ? (uint64_t)x : 0;
		bytes += rec_len[k];
	}
	t = cpu_seconds() - t;
	printf("%-22s %lu records, %.1f MB, %llu replacements: %.0f ns per record, %.0f MB/s\n",
	       name, n, (double)bytes / 1e6, (unsigned long long)reps, t * 1e9 / (double)n,
	       (double)bytes / 1e6 / t);
	buf_free(&out);
	redact_free(r);
}

int main(int argc, char **argv)
{
	unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 10) : 2000000;
	char key[] = "/tmp/bench_redact_key.XXXXXX";
	struct redact_opts o = { .kinds = REDACT_KINDS_DEFAULT, .mode = REDACT_MASK };
	int fd = mkstemp(key);

	if (fd < 0 || write(fd, "bench-key-0123456789abcdef", 26) != 26)
		return 1;
	close(fd);
	make_corpus();
	run("default kinds, mask:", &o, n);
	o.kinds = REDACT_KINDS_ALL;
	run("all kinds, mask:", &o, n);
	o.kinds = REDACT_KINDS_DEFAULT;
	o.mode = REDACT_HASH;
	o.key_file = key;
	run("default kinds, hash:", &o, n);
	unlink(key);
	return 0;
}
