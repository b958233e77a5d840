// SPDX-License-Identifier: Apache-2.0
/*
 * test_files.c - file identity: paths from the kernel's components, verdicts from
 * the path rules handed to the store callback with the writer that raised them, and
 * files whose PATH record never came resolved through /proc.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "files/files.h"
#include "test.h"

struct stored {
	int n;
	uint32_t tgid, fd;
	enum lt_verdict v;
};

static enum lt_verdict store(void *ctx, uint32_t dev, uint64_t ino, uint32_t tgid, uint32_t fd,
			     enum lt_verdict v)
{
	struct stored *st = ctx;

	st->n++;
	st->tgid = tgid;
	st->fd = fd;
	st->v = v;
	return v == LT_VERDICT_CAPTURE ? LT_VERDICT_READ : v; /* as read-back would */
}

static const struct paths_opts defaults = { NULL, 0, NULL, 0, false };

TEST(path_record_decides_once_with_its_writer)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, store, &st);
	struct lt_hdr h = { .type = LT_REC_PATH, .dev = 3, .ino = 7, .tgid = 42, .fd = 5 };
	struct lt_hdr d = { .type = LT_REC_DATA, .dev = 3, .ino = 7, .tgid = 43, .fd = 9 };
	const char comps[] = "app.log\0log\0var";
	int err;

	h.len = sizeof(comps);
	files_path_record(f, &h, comps);
	CHECK(st.n == 1 && st.tgid == 42 && st.fd == 5 && st.v == LT_VERDICT_CAPTURE);
	CHECK_STR(files_data_path(f, &d, &err), "/var/log/app.log");
	CHECK(err == 0 && st.n == 1); /* known: no second verdict */
	files_free(f);
}

TEST(ignored_files_have_no_path_for_data)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, store, &st);
	struct lt_hdr h = { .type = LT_REC_PATH, .dev = 3, .ino = 8 };
	const char comps[] = "data.bin\0srv";
	int err;

	h.len = sizeof(comps);
	files_path_record(f, &h, comps);
	CHECK(st.v == LT_VERDICT_IGNORE);
	h.type = LT_REC_DATA;
	CHECK(files_data_path(f, &h, &err) == NULL && err == 0);
	CHECK_STR(files_path_of(f, 3, 8), "/srv/data.bin");
	files_free(f);
}

TEST(root_path_and_unknown_files)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, NULL, NULL);
	struct lt_hdr h = { .type = LT_REC_PATH, .dev = 1, .ino = 9 };
	struct lt_hdr d = { .type = LT_REC_DATA, .dev = 1, .ino = 12345, .tgid = 0x3ffffff0 };
	int err;

	files_path_record(f, &h, "");
	CHECK_STR(files_path_of(f, 1, 9), "/");
	/* no PATH record: resolved through /proc, which fails for this fake pid */
	files_data_path(f, &d, &err);
	CHECK(files_path_of(f, 1, 12345) != NULL);
	CHECK(st.n == 0);
	files_free(f);
}

TEST(lost_path_record_resolved_through_proc)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, store, &st);
	char dir[] = "/tmp/logtap-files.XXXXXX", path[64];
	struct lt_hdr d = { .type = LT_REC_DATA, .dev = 1, .ino = 77 };
	int fd, err;

	CHECK(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/x.log", dir);
	fd = open(path, O_CREAT | O_WRONLY, 0600);
	CHECK(fd >= 0);
	d.tgid = (uint32_t)getpid();
	d.fd = (uint16_t)fd;
	CHECK_STR(files_data_path(f, &d, &err), path);
	CHECK(st.n == 1 && st.v == LT_VERDICT_CAPTURE && st.fd == (uint32_t)fd);
	close(fd);
	unlink(path);
	rmdir(dir);
	files_free(f);
}

int main(void)
{
	RUN(path_record_decides_once_with_its_writer);
	RUN(ignored_files_have_no_path_for_data);
	RUN(root_path_and_unknown_files);
	RUN(lost_path_record_resolved_through_proc);
	TEST_END();
}
