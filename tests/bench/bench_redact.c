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

static char *recs[VARIANTS * 10], *plain[VARIANTS * 10]; /* mixed; bench-reassembly's */
static size_t rec_len[VARIANTS * 10], plain_len[VARIANTS * 10];

static void trace(struct buf *b, int i)
{
	int j;

	buf_printf(b,
		   "2024-05-06 07:08:%02d.%03d ERROR [http-nio-8080-exec-%d] "
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
}

/* As scripts/bench-reassembly.sh feeds the pipeline: 9 lines and 1 trace, no findings. */
static void make_plain(void)
{
	struct buf b = {0};
	int i, k;

	for (i = 0; i < VARIANTS * 10; i++) {
		k = i / 10;
		if (i % 10 == 9)
			trace(&b, k);
		else
			buf_printf(&b,
				   "2024-05-06 07:08:%02d.%03d INFO  [http-nio-8080-exec-%d] "
				   "c.e.shop.OrderController - order %d processed in %d ms",
				   k % 60, k * 7 % 1000, k % 16, 100000 + k, 3 + k % 40);
		plain_len[i] = b.len;
		plain[i] = buf_steal(&b);
	}
}

/* Per 10 records: 6 plain lines, 1 JSON line, 1 trace, 2 lines with findings. */
static void make_corpus(void)
{
	static const char *const secret[] = {
	    "user jane.doe@example.com paid with 4111 1111 1111 1111",
	    "POST /login {\"user\":\"bob\",\"password\":\"hunter2\"} 401",
	    "refund 17 to DE89 3704 0044 0532 0130 00 requested",
	    "GET /api?id=5 Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIi"
	    "OiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
	    "db connect postgres://app:s3cr3t@db-1.internal:5432/shop failed",
	};
	struct buf b = {0};
	int i, k, r;

	for (i = 0; i < VARIANTS; i++) {
		for (k = 0; k < 10; k++) {
			r = i * 10 + k;
			if (k < 6)
				buf_printf(
				    &b,
				    "2024-05-06 07:08:%02d.%03d INFO  [http-nio-8080-exec-%d] "
				    "c.e.shop.OrderController - order %d processed in %d ms",
				    i % 60, i * 7 % 1000, k, 100000 + i, 3 + i % 40);
			else if (k == 6)
				buf_printf(
				    &b,
				    "{\"time\":\"2024-05-06T07:08:09.123Z\",\"level\":\"info\","
				    "\"msg\":\"cart updated\",\"items\":%d,\"trace_id\":"
				    "\"4bf92f3577b34da6a3ce929d0e0e4736\"}",
				    i);
			else if (k == 7)
				trace(&b, i);
			else
				buf_append(&b, secret[(i + k) % 5], strlen(secret[(i + k) % 5]));
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

static void run(const char *name, const struct redact_opts *o, unsigned long n, char **rs,
		const size_t *lens)
{
	uint64_t counts[REDACT_KIND_COUNT] = {0}, bytes = 0, reps = 0;
	struct redact *r = redact_new(o);
	struct buf out = {0};
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

		x = redact_text(r, rs[k], lens[k], &out, counts);
		reps += x > 0 ? (uint64_t)x : 0;
		bytes += lens[k];
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
	struct redact_opts o = {.kinds = REDACT_KINDS_DEFAULT, .mode = REDACT_MASK};
	int fd = mkstemp(key);

	if (fd < 0 || write(fd, "bench-key-0123456789abcdef", 26) != 26)
		return 1;
	close(fd);
	make_corpus();
	make_plain();
	printf(
	    "corpus 1: 6 plain lines, 1 JSON line, 1 Java trace, 2 lines with findings per 10\n");
	run("default kinds, mask:", &o, n, recs, rec_len);
	o.kinds = REDACT_KINDS_ALL;
	run("all kinds, mask:", &o, n, recs, rec_len);
	o.kinds = REDACT_KINDS_DEFAULT;
	o.mode = REDACT_HASH;
	o.key_file = key;
	run("default kinds, hash:", &o, n, recs, rec_len);
	printf(
	    "corpus 2: scripts/bench-reassembly.sh's records (9 lines, 1 24-line trace per 10)\n");
	o.mode = REDACT_MASK;
	run("default kinds, mask:", &o, n, plain, plain_len);
	o.kinds = REDACT_KINDS_ALL;
	run("all kinds, mask:", &o, n, plain, plain_len);
	unlink(key);
	return 0;
}
