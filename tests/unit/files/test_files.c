// SPDX-License-Identifier: Apache-2.0
/*
 * test_files.c - file identity: paths from the kernel's components, verdicts from
 * the path rules handed to the store callback with the writer that raised them, log
 * files' paths kept for the next agent (and known again from what it kept), and files
 * whose PATH record never came resolved through /proc.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "files/files.h"
#include "metrics/metrics.h"
#include "test.h"

struct stored {
	int n, forgot, ignores;
	uint32_t tgid, fd;
	uint64_t forgot_ino;
	enum lt_verdict v;
	int kept, kept_at_store; /* paths kept now, and when the last verdict was stored */
	int keep_max;		 /* 0: no bound, else -ENOSPC beyond it */
	char kept_path[256];
};

static enum lt_verdict store(void *ctx, uint32_t dev, uint64_t ino, uint32_t tgid, uint32_t fd,
			     enum lt_verdict v)
{
	struct stored *st = ctx;

	st->n++;
	st->tgid = tgid;
	st->fd = fd;
	st->v = v;
	st->ignores += v == LT_VERDICT_IGNORE;
	st->kept_at_store = st->kept;
	return v == LT_VERDICT_CAPTURE ? LT_VERDICT_READ : v; /* as read-back would */
}

static void forget(void *ctx, uint32_t dev, uint64_t ino)
{
	struct stored *st = ctx;

	st->forgot++;
	st->forgot_ino = ino;
	st->kept--; /* the kept path goes with the verdict (capture.c); may go below 0 for
		     * files never kept, which the tests that count do not have */
}

static int keep(void *ctx, uint32_t dev, uint64_t ino, const char *path)
{
	struct stored *st = ctx;

	if (st->keep_max && st->kept >= st->keep_max)
		return -ENOSPC;
	st->kept++;
	snprintf(st->kept_path, sizeof(st->kept_path), "%s", path);
	return 0;
}

#define CBS(st) (&(struct files_cbs){ store, forget, keep, (st) })

static const struct paths_opts defaults = { NULL, 0, NULL, 0, false };

TEST(path_record_decides_once_with_its_writer)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, CBS(&st));
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
	struct files *f = files_new(&defaults, CBS(&st));
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

/* A file logrotate writes first is its copy of a log (copytruncate's app.log.1): the
 * records in it were captured when the application wrote them. Rules that change later
 * (SIGHUP) do not make it a log either. */
TEST(logrotate_copies_are_no_logs)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, CBS(&st));
	struct lt_hdr h = { .type = LT_REC_PATH, .dev = 3, .ino = 9, .comm = "logrotate" };
	const char copy[] = "app.log.1\0log\0var", live[] = "app.log\0log\0var";

	h.len = sizeof(copy);
	files_path_record(f, &h, copy);
	CHECK(st.v == LT_VERDICT_IGNORE);
	files_rules_changed(f);
	CHECK(st.n == 1 && st.v == LT_VERDICT_IGNORE);
	h = (struct lt_hdr){ .type = LT_REC_PATH, .dev = 3, .ino = 10, .comm = "python3" };
	h.len = sizeof(live);
	files_path_record(f, &h, live);
	CHECK(st.v == LT_VERDICT_CAPTURE);
	files_free(f);
}

TEST(root_path)
{
	struct files *f = files_new(&defaults, NULL);
	struct lt_hdr h = { .type = LT_REC_PATH, .dev = 1, .ino = 9 };

	files_path_record(f, &h, "");
	CHECK_STR(files_path_of(f, 1, 9), "/");
	files_free(f);
}

/* A DATA record whose PATH was lost and whose writer is gone: never taken for a non-log
 * file (no IGNORE stored), counted, and the kernel asked for the path again. */
TEST(unknown_never_becomes_ignore)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, CBS(&st));
	struct lt_hdr d = { .type = LT_REC_DATA, .dev = 1, .ino = 12345, .tgid = 0x3ffffff0,
			    .len = 10 };
	uint64_t recs = METRIC_GET(unresolved_records), bytes = METRIC_GET(unresolved_bytes);
	int err;

	CHECK(files_data_path(f, &d, &err) == NULL && err == 0);
	CHECK(st.n == 0 && st.ignores == 0);
	CHECK(st.forgot == 1 && st.forgot_ino == 12345);
	CHECK(files_path_of(f, 1, 12345) == NULL);
	CHECK(METRIC_GET(unresolved_records) == recs + 1);
	CHECK(METRIC_GET(unresolved_bytes) == bytes + 10);
	files_free(f);
}

/* 200,000 temporary files do not push a log file out, and a log file pushed out by
 * too many log files takes its kernel verdict with it. */
TEST(churn_of_ignored_files_keeps_log_files)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, CBS(&st));
	struct lt_hdr h = { .type = LT_REC_PATH, .dev = 2 };
	char comps[64];
	uint64_t i;
	int n;

	h.ino = 1;
	h.len = sizeof("app.log\0log\0var");
	files_path_record(f, &h, "app.log\0log\0var");
	for (i = 0; i < 200000; i++) {
		n = snprintf(comps, sizeof(comps), "t%llu.tmp", (unsigned long long)i);
		h.ino = 1000 + i;
		h.len = (uint32_t)n + 1;
		files_path_record(f, &h, comps);
	}
	CHECK_STR(files_path_of(f, 2, 1), "/var/log/app.log");
	CHECK(st.forgot == 0);
	for (i = 0; i < 140000; i++) {
		n = snprintf(comps, sizeof(comps), "a%llu.log", (unsigned long long)i);
		h.ino = 1000000 + i;
		h.len = (uint32_t)n + 1;
		files_path_record(f, &h, comps);
	}
	CHECK(files_path_of(f, 2, 1) == NULL); /* the oldest log file went ... */
	CHECK(st.forgot > 0);		       /* ... and the kernel forgot it too */
	files_free(f);
}

TEST(lost_path_record_resolved_through_proc)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, CBS(&st));
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
	/* a writer still writing to its deleted (rotated away) log file: /proc says
	 * "PATH (deleted)", and the file is the log it was */
	unlink(path);
	d.ino = 78;
	CHECK_STR(files_data_path(f, &d, &err), path);
	CHECK(st.n == 2 && st.v == LT_VERDICT_CAPTURE);
	close(fd);
	rmdir(dir);
	files_free(f);
}

/* A log file's path is kept before its verdict is stored (once stored, the kernel sends
 * its writes without a path); a file that is not a log has none kept. */
TEST(log_paths_are_kept_before_their_verdict)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, CBS(&st));
	struct lt_hdr h = { .type = LT_REC_PATH, .dev = 3, .ino = 7 };
	const char log[] = "app.log\0log\0var", bin[] = "data.bin\0srv";

	h.len = sizeof(log);
	files_path_record(f, &h, log);
	CHECK(st.kept == 1 && st.kept_at_store == 1);
	CHECK_STR(st.kept_path, "/var/log/app.log");
	h.ino = 8;
	h.len = sizeof(bin);
	files_path_record(f, &h, bin);
	CHECK(st.kept == 1 && st.v == LT_VERDICT_IGNORE);
	files_free(f);
}

/* What an earlier agent kept resolves records whose writer is gone, with no verdict
 * stored again; a kept path that today's rules do not take is ignored, and told so. */
TEST(kept_paths_resolve_records_of_gone_writers)
{
	struct stored st = { 0 };
	struct files *f = files_new(&defaults, CBS(&st));
	struct lt_hdr d = { .type = LT_REC_DATA, .dev = 3, .ino = 7, .tgid = 0x3ffffff0,
			    .len = 10 };
	uint64_t recs = METRIC_GET(unresolved_records);
	int err;

	files_known(f, 3, 7, "/var/log/app.log");
	files_known(f, 3, 8, "/srv/data.bin");
	CHECK(st.n == 1 && st.v == LT_VERDICT_IGNORE); /* only the one that is no log */
	CHECK_STR(files_data_path(f, &d, &err), "/var/log/app.log");
	CHECK(err == 0 && METRIC_GET(unresolved_records) == recs);
	d.ino = 8;
	CHECK(files_data_path(f, &d, &err) == NULL && err == 0);
	/* a PATH record in the ring after it is newer: it wins */
	files_known(f, 3, 7, "/var/log/other.log");
	CHECK_STR(files_path_of(f, 3, 7), "/var/log/app.log");
	files_free(f);
}

/* When the kept paths are full, the oldest log file goes (verdict and kept path) to
 * make room for the new one. */
TEST(full_kept_paths_let_the_oldest_go)
{
	struct stored st = { .keep_max = 2 };
	struct files *f = files_new(&defaults, CBS(&st));
	struct lt_hdr h = { .type = LT_REC_PATH, .dev = 3 };
	const char *comps[] = { "a.log\0log", "b.log\0log", "c.log\0log" };
	int i;

	for (i = 0; i < 3; i++) {
		h.ino = 100 + (uint64_t)i;
		h.len = (uint32_t)strlen(comps[i]) + 5;
		files_path_record(f, &h, comps[i]);
	}
	CHECK(st.kept == 2 && st.forgot == 1 && st.forgot_ino == 100);
	CHECK(files_path_of(f, 3, 100) == NULL);
	CHECK_STR(files_path_of(f, 3, 102), "/log/c.log");
	CHECK_STR(st.kept_path, "/log/c.log");
	files_free(f);
}

int main(void)
{
	RUN(path_record_decides_once_with_its_writer);
	RUN(ignored_files_have_no_path_for_data);
	RUN(logrotate_copies_are_no_logs);
	RUN(root_path);
	RUN(unknown_never_becomes_ignore);
	RUN(churn_of_ignored_files_keeps_log_files);
	RUN(lost_path_record_resolved_through_proc);
	RUN(log_paths_are_kept_before_their_verdict);
	RUN(kept_paths_resolve_records_of_gone_writers);
	RUN(full_kept_paths_let_the_oldest_go);
	TEST_END();
}
