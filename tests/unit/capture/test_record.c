// SPDX-License-Identifier: Apache-2.0
/*
 * test_record.c - recordings (`capture --write FILE`): created owner-only (0600)
 * whatever the umask, also over an existing file, and replayed record by record.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "capture/record.h"
#include "test.h"

struct seen {
	int n;
	char text[64];
};

static int on_rec(void *ctx, const struct lt_hdr *h, const void *payload)
{
	struct seen *s = ctx;

	s->n++;
	snprintf(s->text, sizeof(s->text), "%.*s", (int)h->len, (const char *)payload);
	return 0;
}

static mode_t mode_of(const char *path)
{
	struct stat st;

	return stat(path, &st) ? (mode_t)-1 : st.st_mode & 07777;
}

TEST(recordings_are_owner_only_and_replay)
{
	char dir[] = "/tmp/logtap-record.XXXXXX", path[64];
	struct lt_hdr h = {.type = LT_REC_DATA, .len = 5, .tgid = 1};
	struct recorder *r;
	struct seen s = {0};
	mode_t old = umask(022);

	CHECK(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/rec", dir);
	r = recorder_open(path);
	CHECK(r != NULL);
	CHECK(mode_of(path) == 0600);
	CHECK(r && recorder_write(r, &h, "hello") == 0);
	CHECK(recorder_close(r) == 0);
	CHECK(replay_file(path, on_rec, &s) == 0);
	CHECK(s.n == 1);
	CHECK_STR(s.text, "hello");
	/* an existing world-readable file loses its other bits */
	CHECK(chmod(path, 0644) == 0);
	r = recorder_open(path);
	CHECK(mode_of(path) == 0600);
	CHECK(recorder_close(r) == 0);
	unlink(path);
	rmdir(dir);
	umask(old);
}

int main(void)
{
	RUN(recordings_are_owner_only_and_replay);
	TEST_END();
}
