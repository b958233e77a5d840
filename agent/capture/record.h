/* SPDX-License-Identifier: Apache-2.0 */
/*
 * record.h - `capture --write FILE` and `replay FILE`: the raw capture
 * records (header + payload, realtime stamps), zlib-compressed, versioned.
 * Replay feeds them through the same pipeline as live capture.
 */
#ifndef LOGTAP_RECORD_H
#define LOGTAP_RECORD_H

#include "lt_abi.h"

struct recorder;

/* Creates or truncates path. NULL with errno on failure. */
struct recorder *recorder_open(const char *path);
/* Appends one record. 0 or -errno. */
int recorder_write(struct recorder *r, const struct lt_hdr *h, const void *payload);
/* Finishes the compressed stream and closes the file. 0 or -errno. Accepts NULL. */
int recorder_close(struct recorder *r);

typedef int (*replay_fn)(void *ctx, const struct lt_hdr *h, const void *payload);
/* Calls fn for every record of the file in order; stops at the first non-zero return
 * and returns it. -EINVAL (with a logged reason) for a file that is not a recording or
 * is of an unknown version; a truncated tail is reported and ends the replay. */
int replay_file(const char *path, replay_fn fn, void *ctx);

#endif
