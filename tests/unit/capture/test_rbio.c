// SPDX-License-Identifier: Apache-2.0
/*
 * test_rbio.c - read-back's blocking calls on the worker: a writer's file opened
 * through /proc and checked (inode, regular file, local filesystem), and reads that
 * the page cache cannot serve at once going to the worker with the right bytes.
 */
#include "capture/rbio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "test.h"

static uint32_t kdev(const struct stat *st)
{
	return major(st->st_dev) << 20 | minor(st->st_dev);
}

TEST(a_writers_file_is_opened_only_when_it_is_the_one_the_kernel_saw)
{
	struct rbio *io = rbio_new(1000000000ull);
	char path[] = "/tmp/lt-rbio-XXXXXX";
	int fd = mkstemp(path), p[2], rfd;
	uint32_t me = (uint32_t)getpid();
	struct stat st;

	CHECK(io && fd >= 0 && !fstat(fd, &st));
	rfd = rbio_open_checked(io, kdev(&st), st.st_ino, me, (uint32_t)fd);
	CHECK(rfd >= 0);
	close(rfd);
	CHECK(rbio_open_checked(io, kdev(&st), st.st_ino + 1, me, (uint32_t)fd) == -ESTALE);
	CHECK(rbio_open_checked(io, kdev(&st), st.st_ino, me, 9999) == -ENOENT);
	/* a pipe is not a regular file */
	CHECK(!pipe(p) && !fstat(p[0], &st));
	CHECK(rbio_open_checked(io, kdev(&st), st.st_ino, me, (uint32_t)p[0]) == -ESTALE);
	close(p[0]);
	close(p[1]);
	/* procfs is not a filesystem read-back trusts */
	close(fd);
	fd = open("/proc/self/status", O_RDONLY);
	CHECK(fd >= 0 && !fstat(fd, &st));
	CHECK(rbio_open_checked(io, kdev(&st), st.st_ino, me, (uint32_t)fd) == -EREMOTE);
	close(fd);
	unlink(path);
	rbio_free(io);
}

TEST(reads_the_page_cache_cannot_serve_at_once_go_to_the_worker)
{
	struct rbio *io = rbio_new(1000000000ull);
	char path[] = "/dev/shm/lt-rbio-XXXXXX", buf[64] = {0};
	int fd = mkstemp(path);

	if (fd < 0) {
		printf("SKIP: %s: no /dev/shm\n", __FILE__);
		rbio_free(io);
		return;
	}
	CHECK(write(fd, "0123456789", 10) == 10);
	/* tmpfs refuses RWF_NOWAIT: unless told it is memory, the worker reads it */
	CHECK(rbio_pread(io, fd, buf, 4, 3, false) == 4);
	CHECK(!memcmp(buf, "3456", 4));
	CHECK(rbio_slow_reads(io) == 1);
	CHECK(rbio_pread(io, fd, buf, 4, 6, true) == 4 && !memcmp(buf, "6789", 4));
	CHECK(rbio_slow_reads(io) == 1);
	CHECK(rbio_pread(io, fd, buf, 8, 8, false) == 2); /* the end of the file */
	CHECK(rbio_pread(io, fd, buf, RBIO_BUF + 1, 0, false) == -EINVAL);
	CHECK(rbio_stalls(io) == 0);
	close(fd);
	unlink(path);
	rbio_free(io);
}

int main(void)
{
	RUN(a_writers_file_is_opened_only_when_it_is_the_one_the_kernel_saw);
	RUN(reads_the_page_cache_cannot_serve_at_once_go_to_the_worker);
	TEST_END();
}
