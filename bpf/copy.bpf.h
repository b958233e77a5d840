/* SPDX-License-Identifier: GPL-2.0 OR Apache-2.0 */
/*
 * copy.bpf.h - copying a write's bytes into the ring buffer: small writes straight
 * into a reserved record, larger ones and iovecs in 16 KiB chunks from a bpf_loop;
 * and the per-stream count of bytes lost on the way. Included by capture.bpf.c.
 */
#ifndef LOGTAP_COPY_BPF_H
#define LOGTAP_COPY_BPF_H

#include "state.bpf.h"

/* Records that bytes of a stream were lost; its next record carries the count. */
static __always_inline void gap_add(__u32 tgid, __u32 dev, __u64 ino, __u64 n)
{
	struct gap_key k = { .ino = ino, .dev = dev, .tgid = tgid };
	__u64 *v, one = 1;
	__u32 zero = 0;

	v = bpf_map_lookup_elem(&gaps, &k);
	if (v) {
		__sync_fetch_and_add(v, n);
		return;
	}
	if (bpf_map_update_elem(&gaps, &k, &n, BPF_NOEXIST) == 0) {
		v = bpf_map_lookup_elem(&gaps_pending, &zero);
		if (v)
			__sync_fetch_and_add(v, one);
	}
}

/* Whether some stream has lost bytes not reported yet. */
static __always_inline bool gaps_waiting(void)
{
	__u32 zero = 0;
	__u64 *n = bpf_map_lookup_elem(&gaps_pending, &zero);

	return !n || *n;
}

/* Takes the lost-bytes count of a stream, if any. */
static __always_inline __u64 gap_take(__u32 tgid, __u32 dev, __u64 ino)
{
	struct gap_key k = { .ino = ino, .dev = dev, .tgid = tgid };
	__u64 *pending, *v, n;
	__u32 zero = 0;

	pending = bpf_map_lookup_elem(&gaps_pending, &zero);
	if (!pending || !*pending)
		return 0;
	v = bpf_map_lookup_elem(&gaps, &k);
	if (!v)
		return 0;
	n = __sync_lock_test_and_set(v, 0);
	if (bpf_map_delete_elem(&gaps, &k) == 0)
		__sync_fetch_and_add(pending, -1);
	return n;
}

/* Steps to the next iovec when the current one is used up. Returns 1 when there
 * is none, 0 with bytes ready to copy, -1 for an empty segment (try again). */
static __always_inline int next_segment(struct copy_state *c)
{
	const struct iovec *iov = (const struct iovec *)c->iov;
	struct iovec v;
	__u32 seg = c->seg;

	if (c->left_in_seg)
		return 0;
	if (!iov || seg >= c->nseg || seg >= LT_IOV_MAX)
		return 1;
	if (bpf_probe_read_user(&v, sizeof(v), &iov[seg & (LT_IOV_MAX - 1)]))
		return 1;
	c->seg = seg + 1;
	c->base = (__u64)v.iov_base;
	c->left_in_seg = v.iov_len;
	return v.iov_len ? 0 : -1;
}

/* Sets the header of the chunk [done, done + n) of a write copied up to limit. */
static __always_inline void chunk_header(struct lt_hdr *h, __u64 done, __u64 n, __u64 limit)
{
	h->offset = done;
	h->len = n;
	h->flags = done == 0 ? LT_F_FIRST : 0;
	if (done + n >= limit)
		h->flags |= LT_F_LAST | (limit < h->write_len ? LT_F_TRUNCATED : 0);
}

#define BOUNCE_BYTES 128

/* Reads len user bytes at src (at most LT_JOIN_WRITE_MAX) into dst through a buffer on
 * the stack. A read from user memory into anything but the stack (task storage, a map)
 * pays the kernel's hardened-usercopy check of the destination (__check_object_size:
 * __virt_addr_valid and a page lookup, a fifth of a small write's time in the program);
 * into the stack it does not. From there each 128 bytes go on as 16 plain stores, no
 * helper call: dst must have room for len rounded up to 128 (the bytes past len are
 * scratch, never sent). */
static __always_inline long read_user_bounced(__u8 *dst, __u64 len, __u64 src)
{
	__u64 tmp[BOUNCE_BYTES / 8] = {};
	__u64 off, n;
	int i;

	for (off = 0; off < LT_JOIN_WRITE_MAX; off += BOUNCE_BYTES) {
		if (off >= len)
			break;
		n = len - off < BOUNCE_BYTES ? len - off : BOUNCE_BYTES;
		if (bpf_probe_read_user(tmp, n, (void *)(src + off)))
			return -1;
#pragma unroll
		for (i = 0; i < BOUNCE_BYTES / 8; i++)
			((__u64 *)(dst + off))[i] = tmp[i];
	}
	return 0;
}

/* Counts a chunk as copied or lost. A stream's gap rides on its first record only. */
static __always_inline void chunk_done(struct data_buf *b, struct lt_stats *st, __u64 n, bool ok)
{
	if (ok) {
		st->bytes += n;
	} else {
		b->cs.lost += n + b->hdr.gap_bytes; /* the gap it carried rides on the next */
		st->lost_records++;
		st->lost_bytes += n;
	}
	b->hdr.gap_bytes = 0;
}

/* Sends the chunk [done, done + n) of a write copied up to limit, whose bytes are at
 * b->cs.base: read into the per-CPU scratch behind its header, then one record of
 * exactly its size. A reserved record would save that copy, but its size must be a
 * constant: size classes left a third of the ring unused for typical lines, and the
 * ring's memory, not the copy, is what a write pays for (cache and TLB misses where
 * the producer moves on). n must be bounded for the verifier (<= LT_CHUNK_MAX). bounce:
 * a small chunk is read through the stack (read_user_bounced). */
static __always_inline void emit_chunk(struct data_buf *b, struct lt_stats *st, __u64 done,
				       __u64 n, __u64 limit, bool bounce)
{
	chunk_header(&b->hdr, done, n, limit);
	chunk_done(b, st, n,
		   !(bounce && n <= LT_JOIN_WRITE_MAX
			     ? read_user_bounced(b->data, n, b->cs.base)
			     : bpf_probe_read_user(b->data, n, (void *)b->cs.base)) &&
			   !ring_output(&b->hdr, sizeof(b->hdr) + n,
					b->hdr.write_id >> LT_CPU_BITS));
}

/* bpf_loop callback: copies one chunk of the write into the ring buffer. */
static long copy_chunk(__u32 i, void *arg)
{
	struct data_buf *b = ((struct loop_arg *)arg)->buf;
	struct lt_stats *st = ((struct loop_arg *)arg)->st;
	struct copy_state *c = &b->cs;
	__u64 n, done = c->done, limit = c->limit;
	int seg;

	if (done >= limit)
		return 1;
	seg = next_segment(c);
	if (seg < 0)
		return 0;
	if (seg > 0) {
		c->lost += limit - done;
		return 1;
	}
	n = limit - done;
	if (n > c->left_in_seg)
		n = c->left_in_seg;
	if (n > LT_CHUNK_MAX)
		n = LT_CHUNK_MAX;
	n &= LT_CHUNK_MAX * 2 - 1; /* a bound the verifier can see */
	if (n > LT_CHUNK_MAX || n == 0)
		return 1;
	emit_chunk(b, st, done, n, limit, false); /* no room on this stack for the bounce */
	c->done = done + n;
	c->base += n;
	c->left_in_seg -= n;
	return 0;
}

/* A write of up to 4 KiB in one buffer (most log records): one chunk, no loop. */
static __always_inline void copy_small(struct data_buf *b, struct lt_stats *st, __u64 n)
{
	n &= 8191; /* a bound the verifier can see (the caller's is n <= 4096) */
	emit_chunk(b, st, 0, n, n, true);
}

#endif
