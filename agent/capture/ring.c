// SPDX-License-Identifier: Apache-2.0
/*
 * ring.c - the BPF ring buffer read through its three mappings: the consumer page
 * (ours to write), the producer page and the data pages (mapped twice in a row by
 * the kernel, so a record that wraps reads as one piece). The record header layout
 * is the kernel's (kernel/bpf/ringbuf.c): a length word with BUSY and DISCARD bits.
 */
#include "ring.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>

#define RB_BUSY (1u << 31)
#define RB_DISCARD (1u << 30)
#define RB_HDR 8

struct ring {
	int fd;			/* the map, borrowed */
	size_t page;
	uint64_t mask;		/* data size - 1 */
	unsigned long *cons;	/* consumer position (RW page) */
	unsigned long *prod;	/* producer position, then the data (RO) */
	const char *data;
	uint64_t read_pos;	/* after the last record read */
	uint64_t fetched;	/* prefetched up to here */
	uint64_t prod_seen;	/* the producer position at the last ring_refresh */
};

struct ring *ring_new(int fd)
{
	struct bpf_map_info info = { 0 };
	uint32_t len = sizeof(info);
	struct ring *r;
	int err;

	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		return NULL;
	r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	r->fd = fd;
	r->page = (size_t)sysconf(_SC_PAGESIZE);
	r->mask = info.max_entries - 1;
	r->cons = mmap(NULL, r->page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (r->cons == MAP_FAILED)
		goto err_free;
	r->prod = mmap(NULL, r->page + 2 * (size_t)info.max_entries, PROT_READ, MAP_SHARED, fd,
		       (off_t)r->page);
	if (r->prod == MAP_FAILED)
		goto err_cons;
	r->data = (const char *)r->prod + r->page;
	r->read_pos = __atomic_load_n(r->cons, __ATOMIC_ACQUIRE);
	return r;
err_cons:
	err = errno;
	munmap(r->cons, r->page);
	errno = err;
err_free:
	err = errno;
	free(r);
	errno = err;
	return NULL;
}

void ring_free(struct ring *r)
{
	if (!r)
		return;
	munmap(r->prod, r->page + 2 * (size_t)(r->mask + 1));
	munmap(r->cons, r->page);
	free(r);
}

/* Records are read right after another CPU wrote them, so each cache line of one is a
 * miss that stalls the line splitter (memchr took a tenth of the agent's time). Asking
 * for the lines of the next RING_AHEAD bytes while the current record goes through the
 * pipeline overlaps those misses with work. */
#define RING_AHEAD 1024
#define RING_LINE 64

static void prefetch_ahead(struct ring *r, uint64_t prod)
{
	uint64_t to = r->read_pos + RING_AHEAD;

	if (to > prod)
		to = prod;
	if (r->fetched < r->read_pos)
		r->fetched = r->read_pos & ~(uint64_t)(RING_LINE - 1);
	for (; r->fetched < to; r->fetched += RING_LINE)
		__builtin_prefetch(r->data + (r->fetched & r->mask));
}

static uint64_t rec_size(uint32_t len)
{
	return ((uint64_t)(len & ~(RB_BUSY | RB_DISCARD)) + RB_HDR + 7) & ~7ull;
}

/* The producer's line changes with every record another CPU writes: it is loaded once
 * per read, not per record, and a read ends there even when the writers go on. */
void ring_refresh(struct ring *r)
{
	r->prod_seen = __atomic_load_n(r->prod, __ATOMIC_ACQUIRE);
}

const void *ring_peek(struct ring *r, size_t *size)
{
	while (r->read_pos < r->prod_seen) {
		const uint32_t *hdr = (const uint32_t *)(r->data + (r->read_pos & r->mask));
		uint32_t len = __atomic_load_n(hdr, __ATOMIC_ACQUIRE);

		if (len & RB_BUSY)
			return NULL; /* reserved, not submitted yet: records after it wait too */
		if (len & RB_DISCARD) {
			r->read_pos += rec_size(len);
			continue;
		}
		*size = len;
		return hdr + 2;
	}
	return NULL;
}

void ring_next(struct ring *r, size_t size)
{
	r->read_pos += rec_size((uint32_t)size);
	prefetch_ahead(r, r->prod_seen);
}

long ring_read(struct ring *r, ring_sample_fn fn, void *ctx)
{
	const void *rec;
	size_t size;
	long n = 0;
	int err;

	ring_refresh(r);
	while ((rec = ring_peek(r, &size))) {
		ring_next(r, size);
		err = fn(ctx, (void *)rec, size);
		n++;
		if (err)
			return err < 0 ? err : n;
	}
	return n;
}

int ring_fd(const struct ring *r)
{
	return r->fd;
}

uint64_t ring_committed_pos(const struct ring *r)
{
	return __atomic_load_n(r->cons, __ATOMIC_ACQUIRE);
}

void ring_wait(struct ring *r, int timeout_ms)
{
	struct pollfd p = { .fd = r->fd, .events = POLLIN };
	struct timespec ts = { timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000 };

	if (ring_unread_bytes(r))
		return;
	/* the kernel calls the ring readable while consumer != producer */
	if (__atomic_load_n(r->cons, __ATOMIC_ACQUIRE) == r->read_pos)
		poll(&p, 1, timeout_ms);
	else
		nanosleep(&ts, NULL);
}

uint64_t ring_read_pos(const struct ring *r)
{
	return r->read_pos;
}

void ring_commit(struct ring *r, uint64_t pos)
{
	uint64_t cur = __atomic_load_n(r->cons, __ATOMIC_ACQUIRE);

	if (pos > r->read_pos)
		pos = r->read_pos;
	if (pos > cur)
		__atomic_store_n(r->cons, (unsigned long)pos, __ATOMIC_RELEASE);
}

uint64_t ring_held_bytes(const struct ring *r)
{
	return __atomic_load_n(r->prod, __ATOMIC_ACQUIRE) -
	       __atomic_load_n(r->cons, __ATOMIC_ACQUIRE);
}

uint64_t ring_capacity(const struct ring *r)
{
	return r->mask + 1;
}

uint64_t ring_unread_bytes(const struct ring *r)
{
	return __atomic_load_n(r->prod, __ATOMIC_ACQUIRE) - r->read_pos;
}

uint64_t ring_count_unread(const struct ring *r)
{
	uint64_t pos = r->read_pos, prod = __atomic_load_n(r->prod, __ATOMIC_ACQUIRE), n = 0;

	while (pos < prod) {
		uint32_t len = __atomic_load_n((const uint32_t *)(r->data + (pos & r->mask)),
					       __ATOMIC_ACQUIRE);

		if (len & RB_BUSY)
			break;
		pos += rec_size(len);
		n += !(len & RB_DISCARD);
	}
	return n;
}
