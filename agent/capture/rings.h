/* SPDX-License-Identifier: Apache-2.0 */
/*
 * rings.h - the two rings of a capture read as one: the hot ring, small enough to stay
 * in the CPU's cache, and the large ring the records go to while the agent does not
 * keep up (or is away). The kernel stamps every record with the ring epoch it was
 * written in: even epochs are the hot ring's, odd ones the large ring's. Epochs are
 * read in order, so each writer's records come out in the order it wrote them.
 */
#ifndef LOGTAP_RINGS_H
#define LOGTAP_RINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ring.h"

struct rings;

/* Where reading has got to in both rings: a checkpoint. */
struct rings_pos {
	uint64_t hot, big;
};

struct rings_stats {
	uint64_t spills;  /* times the hot ring was full and records went to the large one */
	uint64_t returns; /* times records went back to the hot ring */
	uint64_t barriers; /* waits for the programs to end (one per epoch left) */
};

/* Reads the rings behind hot_fd and big_fd (borrowed). epoch points at the kernel's
 * ring_epoch (the program's mapped .bss), barrier_fd and inner_fd are the map-in-map
 * whose update waits for running programs. Without use_hot the epoch stays odd (the
 * caller started it at 1) and only the large ring is read. Reading starts at the
 * kernel's consumer positions, in the oldest epoch found there. NULL with errno.
 * Draining an older version's rings after a handover: epoch NULL (its programs write no
 * more once the barrier has passed), and hot_fd -1 for a version without a hot ring. */
struct rings *rings_new(int hot_fd, int big_fd, volatile uint64_t *epoch, int barrier_fd,
			int inner_fd, bool use_hot);
void rings_free(struct rings *rs);
/* Reads every record that can be read in epoch order; moves records back to the hot
 * ring once the large one is nearly read. Records read, or fn's negative return. */
long rings_read(struct rings *rs, ring_sample_fn fn, void *ctx);
/* Waits up to timeout_ms for records (ring_wait, for both). */
void rings_wait(struct rings *rs, int timeout_ms);
struct rings_pos rings_read_pos(const struct rings *rs);
/* Lets the kernel reuse both rings up to pos (at most what was read). */
void rings_commit(struct rings *rs, struct rings_pos pos);
/* Lets the large ring go up to what was read (a nearly full ring; see cap_commit). */
void rings_commit_big(struct rings *rs);
/* Bytes held and size, both rings together, and of the large ring alone. */
uint64_t rings_held_bytes(const struct rings *rs);
uint64_t rings_capacity(const struct rings *rs);
uint64_t rings_big_held_bytes(const struct rings *rs);
uint64_t rings_big_capacity(const struct rings *rs);
/* Written but not read yet, both rings: bytes and records. */
uint64_t rings_unread_bytes(const struct rings *rs);
uint64_t rings_count_unread(const struct rings *rs);
void rings_stats(const struct rings *rs, struct rings_stats *out);

#endif
