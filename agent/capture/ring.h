/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ring.h - reads the kernel's BPF ring buffer through its mappings, like libbpf's
 * ring_buffer, with one difference: reading and releasing are separate. Records
 * are read at once, but the consumer position the kernel sees moves only when
 * ring_commit says everything before a point is safe (shipped and acknowledged), so
 * a pinned ring still holds what a killed agent had read but not yet delivered.
 */
#ifndef LOGTAP_RING_H
#define LOGTAP_RING_H

#include <stddef.h>
#include <stdint.h>

struct ring;

/* Receives each record: borrowed for the call. Non-zero stops the read. */
typedef int (*ring_sample_fn)(void *ctx, void *data, size_t size);

/* Maps the ring buffer map behind fd (borrowed; the caller keeps it open). Reading
 * starts at the kernel's consumer position. NULL with errno on failure. */
struct ring *ring_new(int fd);
/* Unmaps. Accepts NULL. */
void ring_free(struct ring *r);
/* Reads every complete record written before the call (ring_refresh, then ring_peek and
 * ring_next). Records read, or what fn returned when it stopped the read (negative). */
long ring_read(struct ring *r, ring_sample_fn fn, void *ctx);
/* Takes the producer position: ring_peek goes no further until the next refresh. */
void ring_refresh(struct ring *r);
/* The next complete record after the read position and before the producer position
 * of the last ring_refresh, without reading it (discarded ones are stepped over), or
 * NULL; *size is its length. Valid until ring_next. */
const void *ring_peek(struct ring *r, size_t *size);
/* Reads the record ring_peek gave (of that size): the read position moves past it. */
void ring_next(struct ring *r, size_t size);
/* The map's fd (borrowed). */
int ring_fd(const struct ring *r);
/* The consumer position the kernel sees. */
uint64_t ring_committed_pos(const struct ring *r);
/* Waits up to timeout_ms for records, or sleeps that long when read but uncommitted
 * records make the ring look readable all the time. */
void ring_wait(struct ring *r, int timeout_ms);
/* The position after the last record read. */
uint64_t ring_read_pos(const struct ring *r);
/* Lets the kernel reuse everything before pos (at most the read position). */
void ring_commit(struct ring *r, uint64_t pos);
/* Bytes the kernel holds: from the committed position to its producer position. */
uint64_t ring_held_bytes(const struct ring *r);
/* The ring's data size. */
uint64_t ring_capacity(const struct ring *r);
/* Bytes written but not read yet. */
uint64_t ring_unread_bytes(const struct ring *r);
/* Records between the consumer and producer positions, counted without reading them. */
uint64_t ring_count_unread(const struct ring *r);

#endif
