// SPDX-License-Identifier: Apache-2.0
/*
 * rbio.c - read-back's blocking calls on a worker thread with a deadline.
 *
 * One request at a time: the draining thread posts it and waits on a condition with
 * a monotonic deadline. A request that misses it stays the worker's (its arguments
 * and buffer live here, not on the caller's stack); the worker throws its result away
 * (closing an opened descriptor) when it finally returns, and takes requests again.
 */
#include "rbio.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "lt_abi.h"

enum rbio_op { OP_OPEN, OP_OPEN_NS, OP_PREAD };

struct rbio {
	pthread_t th;
	bool started;	/* th runs: it starts with the first request, so that it is born
			 * after main dropped its capabilities (they are per thread) */
	pthread_mutex_t mu;
	pthread_cond_t req_cv;	/* the worker waits for a request */
	pthread_cond_t done_cv; /* the caller waits for its end */
	uint64_t deadline_ns;
	/* Under mu: */
	bool busy;	/* a request is posted and not finished */
	bool done;	/* it finished; result is valid */
	bool abandoned; /* its caller gave up: the worker discards the result */
	bool quit;	/* rbio_free was called */
	enum rbio_op op;
	uint32_t dev, tgid, fd;
	uint64_t ino, off;
	uint64_t mntns;		/* OP_OPEN_NS: the writer's mount namespace */
	char path[LT_PATH_MAX]; /* and the file's path in it */
	uint32_t ns_pid;	/* the last process found in a mount namespace (a hint) */
	int rfd;
	size_t n;
	long result; /* fd, bytes, or -errno */
	uint64_t stalls, slow_reads;
	char buf[RBIO_BUF]; /* pread target, the worker's while busy */
};

/* rfd when it is the file the kernel saw, (dev, ino), on a filesystem whose reads
 * cannot hang (close() of it cannot wait for a server or a FUSE daemon either); else
 * closes it. */
static long checked(int rfd, uint32_t dev, uint64_t ino)
{
	struct statfs sf;
	struct stat st;
	long err = 0;

	if (rfd < 0)
		return -errno;
	if (fstat(rfd, &st) || fstatfs(rfd, &sf))
		err = -errno;
	else if (!S_ISREG(st.st_mode) || st.st_ino != ino ||
		 st.st_dev != makedev(dev >> 20, dev & 0xfffff))
		err = -ESTALE;
	else if (!lt_fs_local((uint32_t)sf.f_type))
		err = -EREMOTE;
	if (err) {
		close(rfd);
		return err;
	}
	return rfd;
}

/* Opens /proc/tgid/fd/fd, checked: fd may have been closed and reused since the write. */
static long open_checked(uint32_t dev, uint64_t ino, uint32_t tgid, uint32_t fd)
{
	char link[64];

	snprintf(link, sizeof(link), "/proc/%u/fd/%u", tgid, fd);
	return checked(open(link, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK), dev, ino);
}

static bool in_mntns(uint32_t pid, uint64_t mntns)
{
	char link[48];
	struct stat st;

	snprintf(link, sizeof(link), "/proc/%u/ns/mnt", pid);
	return pid && !stat(link, &st) && st.st_ino == mntns;
}

/* A live process in mount namespace mntns: the hint when it still is one, else the
 * first found in /proc; 0 when none is left. */
static uint32_t pid_in_mntns(uint64_t mntns, uint32_t hint)
{
	struct dirent *e;
	uint32_t pid = 0, p;
	DIR *d;

	if (in_mntns(hint, mntns))
		return hint;
	d = opendir("/proc");
	while (d && !pid && (e = readdir(d))) {
		p = (uint32_t)strtoul(e->d_name, NULL, 10); /* 0 for ".", "self"... */
		if (in_mntns(p, mntns))
			pid = p;
	}
	if (d)
		closedir(d);
	return pid;
}

/* Opens path as a process of mount namespace mntns sees it (its root, its mounts;
 * symbolic links resolved inside that root), checked. For a file whose writer is gone. */
static long open_in_ns(struct rbio *io)
{
	struct open_how how = { .flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK,
				.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS };
	char root[48];
	int dfd, rfd;

	io->ns_pid = pid_in_mntns(io->mntns, io->ns_pid);
	if (!io->ns_pid)
		return -ENOENT;
	snprintf(root, sizeof(root), "/proc/%u/root", io->ns_pid);
	dfd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0)
		return -errno;
	rfd = (int)syscall(SYS_openat2, dfd, io->path, &how, sizeof(how));
	if (rfd < 0)
		rfd = -errno;
	close(dfd);
	if (rfd < 0)
		return rfd;
	return checked(rfd, io->dev, io->ino);
}

static long run(struct rbio *io)
{
	ssize_t k;

	if (io->op == OP_OPEN)
		return open_checked(io->dev, io->ino, io->tgid, io->fd);
	if (io->op == OP_OPEN_NS)
		return open_in_ns(io);
	do
		k = pread(io->rfd, io->buf, io->n, (off_t)io->off);
	while (k < 0 && errno == EINTR);
	return k < 0 ? -errno : k;
}

static void *worker(void *arg)
{
	struct rbio *io = arg;
	long res;

	pthread_setname_np(pthread_self(), "logtap-readback"); /* in top -H, ps -L, perf */
	pthread_mutex_lock(&io->mu);
	for (;;) {
		while (!io->quit && (!io->busy || io->done))
			pthread_cond_wait(&io->req_cv, &io->mu);
		if (io->quit && (!io->busy || io->done))
			break;
		pthread_mutex_unlock(&io->mu); /* the call may block: not under the lock */
		res = run(io);
		pthread_mutex_lock(&io->mu);
		if (io->abandoned) {
			if (io->op != OP_PREAD && res >= 0)
				close((int)res);
			io->abandoned = false;
			io->busy = false;
			if (io->quit)
				break; /* rbio_free left us to clean up */
			continue;
		}
		io->result = res;
		io->done = true;
		pthread_cond_signal(&io->done_cv);
	}
	pthread_mutex_unlock(&io->mu);
	return NULL;
}

struct rbio *rbio_new(uint64_t deadline_ns)
{
	struct rbio *io = calloc(1, sizeof(*io));
	pthread_condattr_t ca;

	if (!io)
		return NULL;
	io->deadline_ns = deadline_ns;
	pthread_mutex_init(&io->mu, NULL);
	pthread_cond_init(&io->req_cv, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&io->done_cv, &ca);
	pthread_condattr_destroy(&ca);
	return io;
}

static void destroy(struct rbio *io)
{
	pthread_cond_destroy(&io->req_cv);
	pthread_cond_destroy(&io->done_cv);
	pthread_mutex_destroy(&io->mu);
	free(io);
}

void rbio_free(struct rbio *io)
{
	bool stuck;

	if (!io)
		return;
	if (!io->started) {
		destroy(io);
		return;
	}
	pthread_mutex_lock(&io->mu);
	io->quit = true;
	stuck = io->busy && !io->done;
	pthread_cond_signal(&io->req_cv);
	pthread_mutex_unlock(&io->mu);
	if (stuck) {
		pthread_detach(io->th); /* it frees nothing: io is leaked to it, never reused */
		return;
	}
	pthread_join(io->th, NULL);
	destroy(io);
}

/* Posts the request set up in io (under mu) and waits for it until the deadline.
 * Called with mu held; returns with it held. */
static long call(struct rbio *io)
{
	struct timespec ts;
	int err = 0;

	if (!io->started) {
		err = pthread_create(&io->th, NULL, worker, io);
		if (err)
			return -err;
		io->started = true;
	}
	clock_gettime(CLOCK_MONOTONIC, &ts);
	ts.tv_sec += (time_t)(io->deadline_ns / 1000000000ull);
	ts.tv_nsec += (long)(io->deadline_ns % 1000000000ull);
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	io->busy = true;
	io->done = false;
	pthread_cond_signal(&io->req_cv);
	while (!io->done && err != ETIMEDOUT)
		err = pthread_cond_timedwait(&io->done_cv, &io->mu, &ts);
	if (!io->done) {
		io->abandoned = true; /* stays busy until the worker returns */
		io->stalls++;
		return -ETIMEDOUT;
	}
	io->busy = false;
	return io->result;
}

int rbio_open_checked(struct rbio *io, uint32_t dev, uint64_t ino, uint32_t tgid, uint32_t fd)
{
	long res = -EBUSY;

	pthread_mutex_lock(&io->mu);
	if (!io->busy) {
		io->op = OP_OPEN;
		io->dev = dev;
		io->ino = ino;
		io->tgid = tgid;
		io->fd = fd;
		res = call(io);
	}
	pthread_mutex_unlock(&io->mu);
	return (int)res;
}

int rbio_open_in_ns(struct rbio *io, uint32_t dev, uint64_t ino, uint64_t mntns, const char *path)
{
	long res = -EBUSY;

	if (!mntns || path[0] != '/' || strlen(path) >= sizeof(io->path))
		return -EINVAL;
	pthread_mutex_lock(&io->mu);
	if (!io->busy) {
		io->op = OP_OPEN_NS;
		io->dev = dev;
		io->ino = ino;
		io->mntns = mntns;
		strcpy(io->path, path);
		res = call(io);
	}
	pthread_mutex_unlock(&io->mu);
	return (int)res;
}

ssize_t rbio_pread(struct rbio *io, int fd, void *buf, size_t n, uint64_t off, bool memory_fs)
{
	struct iovec v = {buf, n};
	ssize_t k;
	long res = -EBUSY;

	if (n > RBIO_BUF)
		return -EINVAL;
	do
		k = memory_fs ? pread(fd, buf, n, (off_t)off)
			      : preadv2(fd, &v, 1, (off_t)off, RWF_NOWAIT);
	while (k < 0 && errno == EINTR);
	if (k >= 0 && ((size_t)k == n || memory_fs))
		return k; /* a short RWF_NOWAIT read may be pages not cached, not the end */
	if (k < 0 && errno != EAGAIN && errno != EOPNOTSUPP)
		return -errno;
	pthread_mutex_lock(&io->mu);
	if (!io->busy) {
		io->slow_reads++;
		io->op = OP_PREAD;
		io->rfd = fd;
		io->off = off;
		io->n = n;
		res = call(io);
		if (res > 0)
			memcpy(buf, io->buf, (size_t)res);
	}
	pthread_mutex_unlock(&io->mu);
	return res;
}

uint64_t rbio_stalls(const struct rbio *io)
{
	return __atomic_load_n(&io->stalls, __ATOMIC_RELAXED);
}

uint64_t rbio_slow_reads(const struct rbio *io)
{
	return __atomic_load_n(&io->slow_reads, __ATOMIC_RELAXED);
}
