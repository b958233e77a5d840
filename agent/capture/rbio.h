/* SPDX-License-Identifier: Apache-2.0 */
/*
 * rbio.h - the calls of read-back that can block (opening a writer's file through
 * /proc, fstat, fstatfs, a pread that misses the page cache) kept off the thread that
 * drains the ring: they run on one worker thread and the caller waits for each at
 * most a deadline. A call that misses it is abandoned (its result is thrown away when
 * it returns) and, while the worker is stuck, every call that needs it fails at once:
 * one hung file costs capture one deadline, never the node. Used by readback.c only.
 */
#ifndef LOGTAP_RBIO_H
#define LOGTAP_RBIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define RBIO_BUF 65536 /* largest pread handed to the worker */

struct rbio;

/* Starts the worker; deadline_ns bounds every wait. NULL with errno. */
struct rbio *rbio_new(uint64_t deadline_ns);
/* Stops the worker; a stuck one is left to free its state when its call returns.
 * Accepts NULL. */
void rbio_free(struct rbio *io);

/* Opens the file that process tgid has at fd, read-only, and checks that it is the
 * regular file (dev, ino) (the kernel's dev encoding) on a local filesystem (lt_fs_local).
 * The new descriptor, or -errno: -ETIMEDOUT (missed the deadline, abandoned), -EBUSY
 * (the worker is stuck), -ESTALE (another file), -EREMOTE (not a local filesystem). */
int rbio_open_checked(struct rbio *io, uint32_t dev, uint64_t ino, uint32_t tgid, uint32_t fd);
/* The same for a file whose writer is gone: opens path as a live process of mount
 * namespace mntns (inode of /proc/PID/ns/mnt) sees it, symbolic links resolved inside
 * its root, with the same checks. Also -ENOENT when no process of mntns is left,
 * -EINVAL for a relative or too long path. */
int rbio_open_in_ns(struct rbio *io, uint32_t dev, uint64_t ino, uint64_t mntns, const char *path);

/* Reads up to n (<= RBIO_BUF) bytes at off into buf: first without waiting for I/O on
 * the calling thread (RWF_NOWAIT; plain pread when memory_fs, a filesystem whose reads
 * never wait for a device), else on the worker. Bytes read, or -errno as above. */
ssize_t rbio_pread(struct rbio *io, int fd, void *buf, size_t n, uint64_t off, bool memory_fs);

/* Calls that missed the deadline, and reads that had to go to the worker. */
uint64_t rbio_stalls(const struct rbio *io);
uint64_t rbio_slow_reads(const struct rbio *io);

#endif
