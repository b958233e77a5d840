/* SPDX-License-Identifier: Apache-2.0 */
/*
 * joined.h - writes the kernel joined into one record (bpf/span.bpf.h): where each
 * began, the id each gets, and copied writes (WRITES records) split back into the DATA
 * records they would have been alone. Used by capture.c and readback.c.
 */
#ifndef LOGTAP_JOINED_H
#define LOGTAP_JOINED_H

#include <stddef.h>
#include <stdint.h>
#include "capture.h"

/* Where each of the writes of a record of total bytes began, from its list of nlisted
 * __u32 offsets (0: one write) into starts (LT_SPAN_WRITES entries); returns how many
 * writes. A list that does not rise from 0 inside total is taken as one write. */
size_t joined_starts(const void *list, size_t nlisted, uint64_t total, uint32_t *starts);

/* The id of write i of a record whose id is id: the first keeps it. Not id + i: ids of
 * other CPUs' writes are that close (write ids are sequence << LT_CPU_BITS | CPU). */
uint64_t joined_write_id(uint64_t id, size_t i);

/* Hands each write of the WRITES record h (payload: the list, then the bytes) to fn as
 * one DATA record, the stream's gap on the first. Returns what fn returned; a record
 * whose lengths do not add up is one write of the bytes it holds. */
int joined_split(const struct lt_hdr *h, const char *payload, cap_record_fn fn, void *ctx);

#endif
