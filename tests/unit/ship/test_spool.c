// SPDX-License-Identifier: Apache-2.0
/*
 * test_spool.c - the disk spool: order across memory and segments, restart
 * with and without a read cursor, eviction of the oldest when full, a torn
 * tail after a crash, and records too large to ever fit.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "metrics/metrics.h"
#include "ship/spool.h"
#include "test.h"

static char top[64], dir[80];

static void remove_top(void)
{
	char cmd[128];

	if (!top[0])
		return;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
	CHECK(system(cmd) == 0);
}

static void fresh_dir(void)
{
	remove_top();
	strcpy(top, "/tmp/logtap-spool.XXXXXX");
	CHECK(mkdtemp(top) != NULL);
	snprintf(dir, sizeof(dir), "%s/s", top); /* spool_open creates it */
}

static void rec_json(char *out, size_t cap, unsigned i)
{
	snprintf(out, cap, "{\"message\":\"event number %u\",\"n\":%u}", i, i);
}

static int append_n(struct spool *sp, unsigned from, unsigned n)
{
	char json[128], id[40];
	unsigned i;
	int err = 0;

	for (i = from; i < from + n && !err; i++) {
		rec_json(json, sizeof(json), i);
		snprintf(id, sizeof(id), "id%u", i);
		err = spool_append(sp, i % 2 ? "logs.a" : "logs.b", id, json, strlen(json));
	}
	return err;
}

/* Pops n records and checks they are from..from+n-1 in order. */
static unsigned expect_n(struct spool *sp, unsigned from, unsigned n)
{
	struct spool_rec r;
	char json[128], id[40];
	unsigned i, ok = 0;

	for (i = from; i < from + n; i++) {
		if (spool_peek(sp, &r))
			break;
		rec_json(json, sizeof(json), i);
		snprintf(id, sizeof(id), "id%u", i);
		if (r.len == strlen(json) && !memcmp(r.data, json, r.len) && !strcmp(r.id, id) &&
		    !strcmp(r.subject, i % 2 ? "logs.a" : "logs.b"))
			ok++;
		else
			fprintf(stderr, "  record %u: got %.*s\n", i, (int)r.len, r.data);
		spool_pop(sp);
	}
	return ok;
}

static int count_segments(void)
{
	struct dirent *d;
	DIR *dd = opendir(dir);
	int n = 0;

	while (dd && (d = readdir(dd)))
		n += strstr(d->d_name, ".spool") != NULL;
	if (dd)
		closedir(dd);
	return n;
}

TEST(order_memory_and_disk)
{
	struct spool_rec r;
	struct spool *sp;

	fresh_dir();
	sp = spool_open(dir, 64u << 20);
	CHECK(sp);
	CHECK(spool_peek(sp, &r) == -ENOENT);
	CHECK(append_n(sp, 0, 10) == 0);
	CHECK(spool_count(sp) == 10);
	CHECK(expect_n(sp, 0, 4) == 4);
	CHECK(append_n(sp, 10, 20000) == 0); /* several frames */
	CHECK(spool_count(sp) == 20006);
	CHECK(expect_n(sp, 4, 20006) == 20006);
	CHECK(spool_count(sp) == 0);
	CHECK(spool_peek(sp, &r) == -ENOENT);
	CHECK(count_segments() == 0);
	CHECK(spool_close(sp) == 0);
}

TEST(restart_keeps_order_and_cursor)
{
	struct spool *sp;

	fresh_dir();
	sp = spool_open(dir, 64u << 20);
	CHECK(append_n(sp, 0, 30000) == 0);
	CHECK(spool_close(sp) == 0);
	sp = spool_open(dir, 64u << 20);
	CHECK(sp && spool_count(sp) == 30000);
	CHECK(expect_n(sp, 0, 12345) == 12345); /* stops inside a frame */
	CHECK(spool_close(sp) == 0);
	sp = spool_open(dir, 64u << 20);
	CHECK(sp && spool_count(sp) == 30000 - 12345);
	CHECK(append_n(sp, 30000, 5) == 0);
	CHECK(expect_n(sp, 12345, 30000 - 12345 + 5) == 30000 - 12345 + 5);
	CHECK(spool_count(sp) == 0);
	CHECK(spool_close(sp) == 0);
	sp = spool_open(dir, 64u << 20);
	CHECK(sp && spool_count(sp) == 0);
	CHECK(spool_close(sp) == 0);
}

/* Incompressible records so that the bytes bound is reached quickly. */
static int append_random(struct spool *sp, unsigned i, size_t len)
{
	char data[8192], id[32];
	size_t k;

	for (k = 0; k < len; k++)
		data[k] = (char)('!' + rand() % 90);
	snprintf(data, 16, "%010u|", i);
	snprintf(id, sizeof(id), "%u", i);
	return spool_append(sp, "logs.x", id, data, len);
}

TEST(full_spool_evicts_oldest)
{
	uint64_t evicted0 = METRIC_GET(spool_evicted);
	struct spool_rec r;
	struct spool *sp;
	unsigned i, first, prev, ok = 1;

	fresh_dir();
	sp = spool_open(dir, 1); /* raised to SPOOL_MIN_BYTES */
	CHECK(sp);
	srand(7);
	for (i = 0; i < 1000; i++) /* about 4 MiB */
		CHECK(append_random(sp, i, 4000) == 0);
	CHECK(spool_flush(sp) == 0);
	CHECK(spool_bytes(sp) <= SPOOL_MIN_BYTES);
	CHECK(METRIC_GET(spool_evicted) - evicted0 + spool_count(sp) == 1000);
	CHECK(METRIC_GET(spool_evicted) > evicted0);
	CHECK(spool_peek(sp, &r) == 0);
	first = prev = (unsigned)atoi(r.data);
	CHECK(first == METRIC_GET(spool_evicted) - evicted0); /* oldest went first */
	spool_pop(sp);
	while (!spool_peek(sp, &r)) {
		ok &= (unsigned)atoi(r.data) == prev + 1;
		prev = (unsigned)atoi(r.data);
		spool_pop(sp);
	}
	CHECK(ok && prev == 999);
	CHECK(spool_close(sp) == 0);
}

static char *first_segment(char *path, size_t cap)
{
	struct dirent *d;
	DIR *dd = opendir(dir);

	path[0] = '\0';
	while (dd && (d = readdir(dd))) {
		if (strstr(d->d_name, ".spool"))
			snprintf(path, cap, "%s/%s", dir, d->d_name);
	}
	if (dd)
		closedir(dd);
	return path;
}

TEST(torn_tail_is_cut)
{
	char path[512];
	struct stat st;
	struct spool *sp;
	uint64_t per_frame;
	int fd;

	fresh_dir();
	sp = spool_open(dir, 64u << 20);
	CHECK(append_n(sp, 0, 100) == 0);
	CHECK(spool_flush(sp) == 0);
	CHECK(append_n(sp, 100, 100) == 0);
	CHECK(spool_close(sp) == 0);
	first_segment(path, sizeof(path));
	CHECK(stat(path, &st) == 0);
	per_frame = (uint64_t)st.st_size;
	CHECK(truncate(path, st.st_size - 7) == 0); /* the second frame is torn */
	sp = spool_open(dir, 64u << 20);
	CHECK(sp && spool_count(sp) == 100);
	CHECK(expect_n(sp, 0, 100) == 100);
	CHECK(spool_close(sp) == 0);

	fresh_dir();
	sp = spool_open(dir, 64u << 20);
	CHECK(append_n(sp, 0, 100) == 0);
	CHECK(spool_close(sp) == 0);
	first_segment(path, sizeof(path));
	fd = open(path, O_WRONLY | O_APPEND);
	CHECK(fd >= 0 && write(fd, "LTF1garbage after a crash", 25) == 25);
	close(fd);
	sp = spool_open(dir, 64u << 20);
	CHECK(sp && spool_count(sp) == 100);
	CHECK(expect_n(sp, 0, 100) == 100);
	CHECK(spool_close(sp) == 0);
	CHECK(per_frame > 0);
}

TEST(not_a_segment_is_removed)
{
	char path[512];
	struct spool *sp;
	int fd;

	fresh_dir();
	sp = spool_open(dir, 64u << 20);
	CHECK(spool_close(sp) == 0);
	snprintf(path, sizeof(path), "%s/00000000000000000001.spool", dir);
	fd = open(path, O_WRONLY | O_CREAT, 0600);
	CHECK(fd >= 0 && write(fd, "hello", 5) == 5);
	close(fd);
	sp = spool_open(dir, 64u << 20);
	CHECK(sp && spool_count(sp) == 0);
	CHECK(count_segments() == 0);
	CHECK(append_n(sp, 0, 3) == 0);
	CHECK(expect_n(sp, 0, 3) == 3);
	CHECK(spool_close(sp) == 0);
}

TEST(too_big_and_bad_dir)
{
	static char big[SPOOL_MIN_BYTES];
	struct spool *sp;

	fresh_dir();
	sp = spool_open(dir, SPOOL_MIN_BYTES);
	CHECK(spool_append(sp, "s", "", big, sizeof(big)) == -E2BIG);
	CHECK(spool_count(sp) == 0);
	CHECK(spool_close(sp) == 0);
	errno = 0;
	CHECK(spool_open("/proc/version/spool", 1 << 20) == NULL && errno != 0);
	CHECK(spool_close(NULL) == 0);
}

int main(void)
{
	RUN(order_memory_and_disk);
	RUN(restart_keeps_order_and_cursor);
	RUN(full_spool_evicts_oldest);
	RUN(torn_tail_is_cut);
	RUN(not_a_segment_is_removed);
	RUN(too_big_and_bad_dir);
	remove_top();
	TEST_END();
}
