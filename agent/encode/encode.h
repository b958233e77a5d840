/* SPDX-License-Identifier: Apache-2.0 */
/*
 * encode.h - one JSON object per event (schema v1 in docs/events.md), or a
 * human line for `capture -o text`. Always valid UTF-8 JSON, whatever the bytes.
 */
#ifndef LOGTAP_ENCODE_H
#define LOGTAP_ENCODE_H

#include <stdbool.h>

#include "lib/buf.h"
#include "lib/event.h"

/* Appends the event as one JSON object (no newline). 0 or -ENOMEM. */
int encode_json(struct buf *out, const struct event *e, const char *host);
/* Appends a text rendering (with a newline); ANSI colors per level when color. */
int encode_text(struct buf *out, const struct event *e, bool color);

#endif
