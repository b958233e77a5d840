// SPDX-License-Identifier: Apache-2.0
/*
 * rings.c - the hot ring and the large ring read as one, in epoch order.
 *
 * The kernel writes to the hot ring while the epoch is even. When the hot ring is full
 * it makes the epoch odd (an atomic OR) and writes to the large ring; only userspace
 * makes an odd epoch even again, once it has read what waited in the hot ring and is
 * close to the end of the large one. Every record carries the low 16 bits of the epoch
 * it was written in. Reading takes epoch after epoch: the records of epoch k are in
 * the ring of k's parity, and epoch k is over when the kernel's epoch is past k, every
 * program run that might still write a record of k has ended (the barrier: updating a
 * map-in-map waits for them) and the ring holds no more records of k before a later
 * one.
 *
 * A writer's records come out in its order: its next write begins after its last one
 * has ended, so its epochs never go down, and in one ring records are read as they
 * were committed. A record committed behind one of a later epoch (its program began
 * before the epoch moved on and ended after another CPU wrote in the new one) is read
 * when reading reaches it; its writer's next record cannot be in an earlier epoch than
 * the one in front of it, so nothing of that writer is read ahead of it.
 */
#include "rings.h"

#include <errno.h>
#include <poll.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include "lib/log.h"
#include "lt_abi.h"

#define BARRIER_FALLBACK_US (100 * 1000) /* without the map-in-map: far above a program run */

struct rings {
	struct ring *hot, *big;	  /* hot NULL: an older version's single ring */
	volatile uint64_t *epoch; /* the kernel's ring_epoch, shared; NULL: frozen */
	int barrier_fd, inner_fd;
	bool use_hot;
	uint64_t cur;	 /* the epoch being read */
	uint64_t passed; /* the epoch after whose end the last barrier was */
	struct rings_stats st;
	struct log_limit lim_spill;
	bool warned;
};

static uint64_t load_epoch(const struct rings *rs)
{
	return __atomic_load_n(rs->epoch, __ATOMIC_ACQUIRE);
}

/* The 16 epoch bits a record was stamped with. */
static uint16_t stamp_of(const void *rec, size_t size)
{
	uint32_t flags;

	if (size < sizeof(struct lt_hdr))
		return 0;
	memcpy(&flags, (const char *)rec + offsetof(struct lt_hdr, flags), sizeof(flags));
	return (uint16_t)(flags >> LT_F_EPOCH_SHIFT);
}

/* The stamp of the ring's next record, in *s; false when it holds none. */
static bool head_stamp(struct ring *r, uint16_t *s)
{
	const void *rec;
	size_t size;

	if (!(rec = ring_peek(r, &size)))
		return false;
	*s = stamp_of(rec, size);
	return true;
}

/* The epoch of a record stamped s: the latest one at or below e with that stamp. */
static uint64_t epoch_at(uint64_t e, uint16_t s)
{
	return e - (uint16_t)((uint16_t)e - s);
}

/* Whether a record stamped s belongs to epoch cur or an earlier one. Stamps stay within
 * a few epochs of cur (the kernel moves an even epoch on once, userspace the rest). */
static bool not_after(uint16_t s, uint64_t cur)
{
	return (int16_t)(s - (uint16_t)cur) <= 0;
}

/* Both rings' producer positions: what a read may take. */
static void refresh(struct rings *rs)
{
	ring_refresh(rs->hot);
	ring_refresh(rs->big);
}

/* Waits until every program run that began before has ended. */
static void barrier(struct rings *rs)
{
	uint32_t zero = 0;

	if (rs->barrier_fd < 0)
		return;
	rs->st.barriers++;
	if (!bpf_map_update_elem(rs->barrier_fd, &zero, &rs->inner_fd, BPF_ANY))
		return;
	if (!rs->warned)
		log_warn("capture: the ring barrier failed (%s); waiting %d ms instead",
			 strerror(errno), BARRIER_FALLBACK_US / 1000);
	rs->warned = true;
	usleep(BARRIER_FALLBACK_US);
}

struct rings *rings_new(int hot_fd, int big_fd, volatile uint64_t *epoch, int barrier_fd,
			int inner_fd, bool use_hot)
{
	struct rings *rs = calloc(1, sizeof(*rs));
	bool hot_has, big_has;
	uint16_t hot_s = 0, big_s = 0;
	uint64_t e;
	int err;

	if (!rs)
		return NULL;
	rs->epoch = epoch;
	rs->barrier_fd = barrier_fd;
	rs->inner_fd = inner_fd;
	rs->use_hot = use_hot && epoch && hot_fd >= 0;
	rs->hot = hot_fd >= 0 ? ring_new(hot_fd) : NULL;
	rs->big = rs->hot || hot_fd < 0 ? ring_new(big_fd) : NULL;
	if (!rs->big) {
		err = errno;
		rings_free(rs);
		errno = err;
		return NULL;
	}
	/* Start in the oldest epoch a ring still holds (a pinned capture after a restart),
	 * once no record of an earlier one can still be on its way. Frozen rings have no
	 * epoch to go by: the stamps alone say which is older. */
	barrier(rs);
	if (!rs->hot)
		return rs;
	refresh(rs);
	hot_has = head_stamp(rs->hot, &hot_s);
	big_has = head_stamp(rs->big, &big_s);
	if (epoch)
		e = load_epoch(rs);
	else /* the later head's stamp, above any wrap */
		e = 0x10000u | (hot_has && (!big_has || !not_after(hot_s, big_s)) ? hot_s : big_s);
	rs->cur = hot_has ? epoch_at(e, hot_s) : e;
	if (big_has && epoch_at(e, big_s) < rs->cur)
		rs->cur = epoch_at(e, big_s);
	rs->passed = rs->cur - 1;
	return rs;
}

void rings_free(struct rings *rs)
{
	if (!rs)
		return;
	ring_free(rs->hot);
	ring_free(rs->big);
	free(rs);
}

/* Records go back to the hot ring once it has room (what it held is read and mostly
 * let go) and the large ring is nearly read: the kernel never changes an odd epoch, so
 * this store races with nothing. */
static void maybe_return(struct rings *rs)
{
	uint64_t hot = ring_capacity(rs->hot);

	if (!rs->use_hot || !(rs->cur & 1) || load_epoch(rs) != rs->cur ||
	    ring_held_bytes(rs->hot) > hot / 4 || ring_unread_bytes(rs->big) > hot / 8)
		return;
	__atomic_store_n(rs->epoch, rs->cur + 1, __ATOMIC_SEQ_CST);
	rs->st.returns++;
	log_debug("capture: records go to the hot ring again (epoch %llu)",
		  (unsigned long long)(rs->cur + 1));
}

long rings_read(struct rings *rs, ring_sample_fn fn, void *ctx)
{
	const void *rec;
	struct ring *r;
	size_t size;
	long n = 0;
	int err;

	if (!rs->hot)
		return ring_read(rs->big, fn, ctx);
	refresh(rs); /* a read ends where the writers were: the pipeline's ticks go on */
	for (;;) {
		r = rs->cur & 1 ? rs->big : rs->hot;
		while ((rec = ring_peek(r, &size)) && not_after(stamp_of(rec, size), rs->cur)) {
			ring_next(r, size);
			err = fn(ctx, (void *)rec, size);
			n++;
			if (err)
				return err < 0 ? err : n;
		}
		if (!rs->epoch) { /* frozen: on while either ring holds a later epoch */
			if (!ring_peek(rs->hot, &size) && !ring_peek(rs->big, &size))
				break;
			rs->cur++;
			continue;
		}
		if (load_epoch(rs) <= rs->cur)
			break; /* the current epoch: what is not here yet comes later */
		if (rs->passed != rs->cur) {
			/* the epoch has moved on: once its last programs have ended, read
			 * what they committed, then the next epoch */
			barrier(rs);
			refresh(rs);
			rs->passed = rs->cur;
			continue;
		}
		rs->cur++;
		if (rs->cur & 1) {
			rs->st.spills++;
			if (log_allow(&rs->lim_spill, 60))
				log_info("capture: the hot ring was full (the agent fell behind, or was "
					 "away): records go to the large ring until it has caught up");
		}
	}
	maybe_return(rs);
	return n;
}

void rings_wait(struct rings *rs, int timeout_ms)
{
	struct pollfd p[2] = { { .fd = ring_fd(rs->big), .events = POLLIN },
			       { .fd = rs->hot ? ring_fd(rs->hot) : -1, .events = POLLIN } };
	struct timespec ts = { timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000 };

	if (!rs->hot) {
		ring_wait(rs->big, timeout_ms);
		return;
	}
	if (ring_unread_bytes(rs->hot) || ring_unread_bytes(rs->big))
		return;
	/* the kernel calls a ring readable while consumer != producer */
	if (ring_committed_pos(rs->hot) == ring_read_pos(rs->hot) &&
	    ring_committed_pos(rs->big) == ring_read_pos(rs->big))
		poll(p, 2, timeout_ms);
	else
		nanosleep(&ts, NULL);
}

struct rings_pos rings_read_pos(const struct rings *rs)
{
	return (struct rings_pos){ rs->hot ? ring_read_pos(rs->hot) : 0, ring_read_pos(rs->big) };
}

void rings_commit(struct rings *rs, struct rings_pos pos)
{
	if (rs->hot)
		ring_commit(rs->hot, pos.hot);
	ring_commit(rs->big, pos.big);
}

void rings_commit_big(struct rings *rs)
{
	ring_commit(rs->big, ring_read_pos(rs->big));
}

uint64_t rings_held_bytes(const struct rings *rs)
{
	return (rs->hot ? ring_held_bytes(rs->hot) : 0) + ring_held_bytes(rs->big);
}

uint64_t rings_capacity(const struct rings *rs)
{
	return (rs->use_hot ? ring_capacity(rs->hot) : 0) + ring_capacity(rs->big);
}

uint64_t rings_big_held_bytes(const struct rings *rs)
{
	return ring_held_bytes(rs->big);
}

uint64_t rings_big_capacity(const struct rings *rs)
{
	return ring_capacity(rs->big);
}

uint64_t rings_unread_bytes(const struct rings *rs)
{
	return (rs->hot ? ring_unread_bytes(rs->hot) : 0) + ring_unread_bytes(rs->big);
}

uint64_t rings_count_unread(const struct rings *rs)
{
	return (rs->hot ? ring_count_unread(rs->hot) : 0) + ring_count_unread(rs->big);
}

void rings_stats(const struct rings *rs, struct rings_stats *out)
{
	*out = rs->st;
}
