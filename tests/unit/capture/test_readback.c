// SPDX-License-Identifier: Apache-2.0
/*
 * test_readback.c - spans read back from a real file through /proc/self/fd: the
 * DATA records they become, read-ahead, the per-write maximum, and the gaps for a
 * file that is shorter or was truncated since the write.
 */
#include "capture/readback.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test.h"

struct got {
	struct lt_hdr h[64];
	char data[64][256];
	int n;
};

static uint32_t truncs_now; /* what the "kernel" reports */

static uint32_t fake_truncs(void *ctx, uint32_t dev, uint64_t ino)
{
	(void)ctx;
	(void)dev;
	(void)ino;
	return truncs_now;
}

static int released, closed;
static void on_release(void *ctx, uint32_t dev, uint64_t ino)
{
	(void)ctx, (void)dev, (void)ino;
	released++;
}
static void on_closed(void *ctx, uint32_t dev, uint64_t ino)
{
	(void)ctx, (void)dev, (void)ino;
	closed++;
}

static const char *known_path; /* the path the "kernel side" kept, for every file */

static int kept_path(void *ctx, uint32_t dev, uint64_t ino, char *out, size_t cap)
{
	(void)ctx, (void)dev, (void)ino;
	if (!known_path || strlen(known_path) >= cap)
		return -ENOENT;
	strcpy(out, known_path);
	return 0;
}

static const struct readback_cbs cbs = { fake_truncs, on_release, on_closed, kept_path, NULL };

static struct readback *rb_new(uint64_t max_write)
{
	released = closed = 0;
	return readback_new(max_write, 64, &cbs);
}

static int collect(void *ctx, const struct lt_hdr *h, const void *payload)
{
	struct got *g = ctx;

	if (g->n < 64) {
		g->h[g->n] = *h;
		memcpy(g->data[g->n], payload, h->len < 255 ? h->len : 255);
		g->data[g->n][h->len < 255 ? h->len : 255] = '\0';
		g->n++;
	}
	return 0;
}

struct file {
	int fd;
	uint32_t dev; /* kernel encoding */
	uint64_t ino;
	char path[64];
};

static void file_make(struct file *f, const char *content)
{
	struct stat st;

	strcpy(f->path, "/tmp/lt-readback-XXXXXX");
	f->fd = mkstemp(f->path);
	CHECK(f->fd >= 0);
	CHECK(write(f->fd, content, strlen(content)) == (ssize_t)strlen(content));
	fstat(f->fd, &st);
	f->dev = major(st.st_dev) << 20 | minor(st.st_dev);
	f->ino = st.st_ino;
}

static void file_drop(struct file *f)
{
	close(f->fd);
	unlink(f->path);
}

/* Opens f for read-back as the kernel would after a write of this process to it,
 * its PATH record (with the filesystem's magic) first. */
static void note_fs(struct readback *r, const struct file *f)
{
	struct statfs sf;

	CHECK(!fstatfs(f->fd, &sf));
	readback_note_fs(r, f->dev, (uint32_t)sf.f_type);
}

static bool hold(struct readback *r, const struct file *f, uint64_t now_ns)
{
	note_fs(r, f);
	return readback_open(r, f->dev, f->ino, (uint32_t)getpid(), (uint32_t)f->fd, now_ns);
}

/* A file with content, held open by r, at the start of a drain. */
static void file_held(struct readback *r, struct file *f, const char *content)
{
	file_make(f, content);
	CHECK(hold(r, f, 1));
	readback_batch(r);
}

static struct lt_hdr span(const struct file *f, uint64_t off, uint64_t len)
{
	struct lt_hdr h = { .type = LT_REC_SPAN, .dev = f->dev, .ino = f->ino, .offset = off,
			    .write_len = len, .tgid = (uint32_t)getpid(), .fd = (uint16_t)f->fd,
			    .flags = LT_F_FIRST | LT_F_LAST, .truncs = truncs_now };
	return h;
}

TEST(spans_become_data_records)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	struct got g = { 0 };
	struct lt_hdr h;
	struct readback_stats st;

	truncs_now = 0;
	file_held(r, &f, "first line\nsecond line\n");
	h = span(&f, 0, 11);
	h.gap_bytes = 7;
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	h = span(&f, 11, 12);
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	CHECK(g.n == 2);
	CHECK(g.h[0].type == LT_REC_DATA && g.h[0].len == 11 && g.h[0].offset == 0);
	CHECK(g.h[0].flags == (LT_F_FIRST | LT_F_LAST) && g.h[0].gap_bytes == 7);
	CHECK_STR(g.data[0], "first line\n");
	CHECK_STR(g.data[1], "second line\n");
	readback_stats(r, &st);
	CHECK(st.bytes == 23 && st.short_bytes == 0 && st.files_open == 1);
	readback_free(r);
	file_drop(&f);
}

/* A span of several writes (the kernel joined them, bpf/span.bpf.h) comes out as those
 * writes: each with its own bounds, length and id, the gap on the first only. */
TEST(a_span_of_several_writes_comes_out_as_those_writes)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	struct got g = { 0 };
	const uint32_t starts[3] = { 0, 4, 8 };
	struct lt_hdr h;
	int i;

	truncs_now = 0;
	file_held(r, &f, "skip|one\ntwo\nthree\n");
	h = span(&f, 5, 14);
	h.len = sizeof(starts);
	h.gap_bytes = 3;
	h.write_id = 77;
	CHECK(readback_span(r, &h, starts, collect, &g, 2) == 0);
	CHECK(g.n == 3);
	CHECK_STR(g.data[0], "one\n");
	CHECK_STR(g.data[1], "two\n");
	CHECK_STR(g.data[2], "three\n");
	for (i = 0; i < 3; i++) {
		CHECK(g.h[i].type == LT_REC_DATA && g.h[i].offset == 0);
		CHECK(g.h[i].flags == (LT_F_FIRST | LT_F_LAST));
		CHECK(g.h[i].write_len == g.h[i].len);
	}
	CHECK(g.h[0].write_id == 77 && g.h[1].write_id != 77 && g.h[2].write_id != 77 &&
	      g.h[1].write_id != g.h[2].write_id);
	CHECK(g.h[0].gap_bytes == 3 && g.h[1].gap_bytes == 0 && g.h[2].gap_bytes == 0);

	/* the same span read again (a restarted agent) gives the same ids; a span whose
	 * write id is the next one (another CPU's, same sequence) gives none of them */
	{
		uint64_t ids[3] = { g.h[0].write_id, g.h[1].write_id, g.h[2].write_id };
		int j;

		g.n = 0;
		readback_batch(r);
		CHECK(readback_span(r, &h, starts, collect, &g, 2) == 0);
		CHECK(g.n == 3);
		for (i = 0; i < 3; i++)
			CHECK(g.h[i].write_id == ids[i]);
		g.n = 0;
		h.write_id = 78;
		CHECK(readback_span(r, &h, starts, collect, &g, 2) == 0);
		CHECK(g.n == 3);
		for (i = 0; i < 3; i++)
			for (j = 0; j < 3; j++)
				CHECK(g.h[i].write_id != ids[j]);
		h.write_id = 77;
	}

	/* a list that does not rise from 0 inside the span is one write */
	{
		const uint32_t bad[3] = { 0, 8, 4 };

		g.n = 0;
		CHECK(readback_span(r, &h, bad, collect, &g, 2) == 0);
		CHECK(g.n == 1 && g.h[0].len == 14 && g.h[0].write_id == 77);
		CHECK_STR(g.data[0], "one\ntwo\nthree\n");
	}
	readback_free(r);
	file_drop(&f);
}

/* A span whose file lost its end: the writes still there come out, each missing one is
 * a gap of its own length. */
TEST(the_writes_of_a_span_past_the_end_of_the_file_are_gaps)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	struct got g = { 0 };
	const uint32_t starts[3] = { 0, 4, 10 };
	struct lt_hdr h;
	struct readback_stats st;

	truncs_now = 0;
	file_held(r, &f, "one\ntwo");
	h = span(&f, 0, 16);
	h.len = sizeof(starts);
	CHECK(readback_span(r, &h, starts, collect, &g, 2) == 0);
	CHECK(g.n == 3);
	CHECK_STR(g.data[0], "one\n");
	CHECK(g.h[1].len == 0 && g.h[1].gap_bytes == 6 && g.h[1].flags & LT_F_LAST);
	CHECK(g.h[2].len == 0 && g.h[2].gap_bytes == 6 && g.h[2].flags & LT_F_LAST);
	readback_stats(r, &st);
	CHECK(st.short_bytes == 12 && st.bytes == 4);
	readback_free(r);
	file_drop(&f);
}

TEST(a_file_of_another_inode_is_not_opened)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;

	file_make(&f, "x\n");
	note_fs(r, &f); /* its filesystem is known */
	CHECK(!readback_open(r, f.dev, f.ino + 1, (uint32_t)getpid(), (uint32_t)f.fd, 1));
	CHECK(!readback_retry_due(r, f.dev, f.ino + 1, 2)); /* paced: once a second */
	CHECK(readback_retry_due(r, f.dev, f.ino + 1, 2000000000ull));
	CHECK(!readback_open(r, f.dev, f.ino, (uint32_t)getpid(), 9999, 1)); /* no such fd */
	readback_free(r);
	file_drop(&f);
}

TEST(bytes_no_longer_in_the_file_are_a_gap)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	struct got g = { 0 };
	struct lt_hdr h;
	struct readback_stats st;

	truncs_now = 0;
	file_held(r, &f, "short\n");
	h = span(&f, 0, 20); /* the file was cut below the write's end */
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	CHECK(g.n == 1 && g.h[0].len == 0 && g.h[0].gap_bytes == 20);
	CHECK(g.h[0].flags == (LT_F_FIRST | LT_F_LAST));
	readback_stats(r, &st);
	CHECK(st.short_bytes == 20 && st.bytes == 0);
	readback_free(r);
	file_drop(&f);
}

TEST(a_truncation_after_the_write_is_a_gap_not_newer_bytes)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	struct got g = { 0 };
	struct lt_hdr h;

	truncs_now = 3;
	file_held(r, &f, "newer bytes in the old place\n");
	h = span(&f, 0, 10);
	h.truncs = 2; /* written before the third truncation */
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	CHECK(g.n == 1 && g.h[0].len == 0 && g.h[0].gap_bytes == 10);
	h.truncs = 3; /* served from the same read-ahead block: valid */
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	CHECK(g.n == 2 && g.h[1].len == 10);
	CHECK_STR(g.data[1], "newer byte");
	readback_free(r);
	file_drop(&f);
}

TEST(read_ahead_is_good_for_one_drain_only)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	struct got g = { 0 };
	struct lt_hdr h;

	truncs_now = 0;
	file_held(r, &f, "aaaa\n");
	h = span(&f, 0, 5);
	readback_span(r, &h, NULL, collect, &g, 2);
	CHECK(pwrite(f.fd, "cccc\n", 5, 0) == 5); /* rewritten in place */
	readback_span(r, &h, NULL, collect, &g, 2); /* same drain: the block read before */
	readback_batch(r);
	readback_span(r, &h, NULL, collect, &g, 2); /* next drain: read again */
	CHECK(pwrite(f.fd, "bbbb\n", 5, 5) == 5); /* appended after the block was read */
	h = span(&f, 5, 5);
	readback_span(r, &h, NULL, collect, &g, 2); /* beyond the block: read again */
	CHECK(g.n == 4);
	CHECK_STR(g.data[0], "aaaa\n");
	CHECK_STR(g.data[1], "aaaa\n");
	CHECK_STR(g.data[2], "cccc\n");
	CHECK_STR(g.data[3], "bbbb\n");
	readback_free(r);
	file_drop(&f);
}

TEST(large_spans_come_in_chunks_up_to_the_maximum)
{
	struct readback *r = rb_new(100000);
	char *big = malloc(200001);
	struct file f;
	struct got g = { 0 };
	struct lt_hdr h;
	struct readback_stats st;
	uint64_t sum = 0;
	int i;

	truncs_now = 0;
	memset(big, 'z', 200000);
	big[200000] = '\0';
	file_held(r, &f, big);
	h = span(&f, 0, 200000);
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	CHECK(g.n == 2);
	for (i = 0; i < g.n; i++) {
		CHECK(g.h[i].offset == sum && g.h[i].write_len == 200000);
		sum += g.h[i].len;
	}
	CHECK(sum == 100000);
	CHECK(g.h[0].flags == LT_F_FIRST);
	CHECK(g.h[1].flags == (LT_F_LAST | LT_F_TRUNCATED));
	readback_stats(r, &st);
	CHECK(st.truncated_bytes == 100000);
	readback_free(r);
	file_drop(&f);
	free(big);
}

TEST(idle_files_are_released_then_closed_a_drain_later)
{
	struct readback *r = rb_new(1 << 20);
	struct readback_stats st;
	struct file f;

	file_make(&f, "x\n");
	CHECK(hold(r, &f, 1000));
	readback_sweep(r, 2000, 5000);
	CHECK(released == 0 && closed == 0);
	readback_sweep(r, 7000, 5000);
	CHECK(released == 1 && closed == 0);
	CHECK(readback_retry_due(r, f.dev, f.ino, 7001)); /* written again: take it back */
	readback_batch(r);
	readback_batch(r);
	readback_sweep(r, 8000, 5000);
	CHECK(closed == 1);
	readback_stats(r, &st);
	CHECK(st.files_open == 0);
	CHECK(readback_retry_due(r, f.dev, f.ino, 8001)); /* a copied write reopens it */
	CHECK(hold(r, &f, 8002));
	readback_free(r);
	file_drop(&f);
}

TEST(a_file_rewritten_in_place_goes_back_to_copying_for_good)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	struct got g = { 0 };
	struct lt_hdr h;

	truncs_now = 0;
	file_held(r, &f, "status: ok\n");
	h = span(&f, 0, 11);
	readback_span(r, &h, NULL, collect, &g, 2);
	CHECK(released == 0);
	h.tgid = (uint32_t)getpid() + 1; /* another writer at the same place: not a rewrite */
	readback_span(r, &h, NULL, collect, &g, 2);
	CHECK(released == 0);
	h.tgid = (uint32_t)getpid();
	readback_span(r, &h, NULL, collect, &g, 2);
	readback_span(r, &h, NULL, collect, &g, 2); /* the same writer went back */
	CHECK(released == 1);
	CHECK(g.n == 4 && g.h[3].len == 11); /* the span itself is still read */
	readback_batch(r);
	readback_batch(r);
	readback_sweep(r, 3, 1000);
	CHECK(closed == 1);
	CHECK(!readback_retry_due(r, f.dev, f.ino, 5000000000ull));
	CHECK(!hold(r, &f, 6));
	readback_free(r);
	file_drop(&f);
}

TEST(hostile_spans_are_gaps)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	struct got g = { 0 };
	struct lt_hdr h;

	truncs_now = 0;
	file_held(r, &f, "some bytes\n");
	h = span(&f, UINT64_MAX - 5, 100); /* offset wraps: pread refuses it */
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	h = span(&f, 0, UINT64_MAX); /* cut at max_write, the file has 11 bytes */
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	h = span(&f, 0, 5);
	h.dev++; /* a file never opened, and no writer to open it from */
	h.fd = 9999;
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	CHECK(g.n == 3);
	CHECK(g.h[0].len == 0 && g.h[0].gap_bytes == 100);
	CHECK(g.h[1].len == 0 && g.h[1].gap_bytes == 1 << 20 &&
	      g.h[1].flags == (LT_F_FIRST | LT_F_LAST | LT_F_TRUNCATED));
	CHECK(g.h[2].len == 0 && g.h[2].gap_bytes == 5);
	readback_free(r);
	file_drop(&f);
}

TEST(only_files_on_a_local_filesystem_are_opened)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	uint32_t me = (uint32_t)getpid();

	file_make(&f, "x\n");
	/* no PATH record yet: the filesystem is unknown, the file is not opened */
	CHECK(!readback_open(r, f.dev, f.ino, me, (uint32_t)f.fd, 1));
	CHECK(readback_retry_due(r, f.dev, f.ino, 2000000000ull));
	/* the kernel says FUSE: never opened, never tried again */
	readback_note_fs(r, f.dev, 0x65735546);
	CHECK(!readback_open(r, f.dev, f.ino, me, (uint32_t)f.fd, 3000000000ull));
	CHECK(!readback_retry_due(r, f.dev, f.ino, 900000000000ull));
	readback_free(r);
	file_drop(&f);
}

/* An agent that adopted a pinned capture gets spans of files it never saw a PATH record
 * of: the kernel sends spans only for local filesystems, so the writer's fd is asked which
 * one and the file is read back; one whose writer has closed it is a counted gap. */
TEST(spans_from_before_this_agent_reopen_their_file)
{
	struct readback *r = rb_new(1 << 20);
	struct file f;
	struct got g = { 0 };
	struct lt_hdr h;
	struct readback_stats st;

	truncs_now = 0;
	file_make(&f, "queued while no agent ran\n");
	h = span(&f, 0, 26);
	CHECK(readback_span(r, &h, NULL, collect, &g, 1) == 0);
	CHECK(g.n == 1 && g.h[0].len == 26 && g.h[0].gap_bytes == 0);
	CHECK_STR(g.data[0], "queued while no agent ran\n");
	h = span(&f, 0, 26);
	h.ino = f.ino + 1; /* its writer's fd is another file now: a gap */
	h.fd = 9999;
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	CHECK(g.n == 2 && g.h[1].len == 0 && g.h[1].gap_bytes == 26);
	readback_stats(r, &st);
	CHECK(st.bytes == 26 && st.short_bytes == 26);
	readback_free(r);
	file_drop(&f);
}

/* A process id that no process has now: a child that exited and was reaped. */
static uint32_t gone_pid(void)
{
	pid_t p = fork();

	if (p == 0)
		_exit(0);
	waitpid(p, NULL, 0);
	return (uint32_t)p;
}

static uint64_t own_mntns(void)
{
	struct stat st;

	return stat("/proc/self/ns/mnt", &st) ? 0 : st.st_ino;
}

/* A backlog span whose writer exited while no agent ran: read through the file's kept
 * path as a live process of the writer's mount namespace sees it. Never another file's
 * bytes: a file now at that path with another inode is a gap, as is a namespace with no
 * process left or a path nobody kept. */
TEST(spans_of_a_gone_writer_are_read_through_the_kept_path)
{
	struct readback *r = rb_new(1 << 20);
	struct file f, other;
	struct got g = { 0 };
	struct lt_hdr h;
	struct readback_stats st;
	char moved[80];

	truncs_now = 0;
	file_make(&f, "written by a worker that exited\n");
	known_path = f.path;
	h = span(&f, 0, 32);
	h.tgid = gone_pid();
	h.fd = 3;
	h.mntns = own_mntns();
	CHECK(h.mntns != 0);
	CHECK(readback_span(r, &h, NULL, collect, &g, 1) == 0);
	CHECK(g.n == 1 && g.h[0].len == 32 && g.h[0].gap_bytes == 0);
	CHECK_STR(g.data[0], "written by a worker that exited\n");
	readback_free(r);

	/* the file was renamed away and another took its path: not read */
	r = rb_new(1 << 20);
	snprintf(moved, sizeof(moved), "%s.1", f.path);
	CHECK(!rename(f.path, moved));
	file_make(&other, "a newer file at the same path!!!\n");
	CHECK(!rename(other.path, f.path));
	h.mntns = own_mntns();
	CHECK(readback_span(r, &h, NULL, collect, &g, 2) == 0);
	CHECK(g.n == 2 && g.h[1].len == 0 && g.h[1].gap_bytes == 32);
	readback_free(r);
	unlink(f.path);
	CHECK(!rename(moved, f.path));

	/* no process of that mount namespace left, or no kept path: gaps */
	r = rb_new(1 << 20);
	h.mntns = 1; /* no namespace has inode 1 */
	CHECK(readback_span(r, &h, NULL, collect, &g, 3) == 0);
	CHECK(g.n == 3 && g.h[2].len == 0 && g.h[2].gap_bytes == 32);
	h.mntns = own_mntns();
	known_path = NULL;
	CHECK(readback_span(r, &h, NULL, collect, &g, 4000000000ull) == 0); /* after RETRY_NS */
	CHECK(g.n == 4 && g.h[3].len == 0 && g.h[3].gap_bytes == 32);
	/* a failed try waits RETRY_NS: within it, not even a known path is tried */
	known_path = f.path;
	CHECK(readback_span(r, &h, NULL, collect, &g, 4500000000ull) == 0);
	CHECK(g.n == 5 && g.h[4].len == 0 && g.h[4].gap_bytes == 32);
	CHECK(readback_span(r, &h, NULL, collect, &g, 6000000000ull) == 0);
	CHECK(g.n == 6 && g.h[5].len == 32 && g.h[5].gap_bytes == 0);
	readback_stats(r, &st);
	CHECK(st.bytes == 32 && st.short_bytes == 96);
	readback_free(r);
	close(other.fd);
	file_drop(&f);
}

int main(void)
{
	RUN(spans_become_data_records);
	RUN(a_span_of_several_writes_comes_out_as_those_writes);
	RUN(the_writes_of_a_span_past_the_end_of_the_file_are_gaps);
	RUN(a_file_of_another_inode_is_not_opened);
	RUN(bytes_no_longer_in_the_file_are_a_gap);
	RUN(a_truncation_after_the_write_is_a_gap_not_newer_bytes);
	RUN(read_ahead_is_good_for_one_drain_only);
	RUN(large_spans_come_in_chunks_up_to_the_maximum);
	RUN(idle_files_are_released_then_closed_a_drain_later);
	RUN(a_file_rewritten_in_place_goes_back_to_copying_for_good);
	RUN(hostile_spans_are_gaps);
	RUN(only_files_on_a_local_filesystem_are_opened);
	RUN(spans_from_before_this_agent_reopen_their_file);
	RUN(spans_of_a_gone_writer_are_read_through_the_kept_path);
	TEST_END();
}
