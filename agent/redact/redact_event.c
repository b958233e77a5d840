// SPDX-License-Identifier: Apache-2.0
/*
 * redact_event.c - the redact stage applied to an event: its message is scanned with
 * the writer's carry (a PEM block split over events), replaced when anything was found,
 * and its line count follows the new text.
 */
#include <stdio.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/event.h"
#include "lib/hash.h"
#include "redact.h"

/* A stable id of the stream an event came from (pid, stream and path). */
static uint64_t writer_id(const struct event *e)
{
	const char *file = e->file ? e->file : "";

	return hash_bytes(hash_add(hash_mix64(e->tgid), e->stream), file, strlen(file));
}

/* Replaces personal data and secrets in the message before process derives the
 * exception fields and the fingerprint from it. A message that cannot be scanned
 * (no memory) is replaced by a marker rather than shipped unredacted. */
int redact_event(const struct redact *r, struct redact_carry *c, struct event *e,
		 struct buf *scratch, uint64_t counts[REDACT_KIND_COUNT])
{
	size_t len, i;
	char *msg;
	int n;

	n = redact_text_carry(r, c, writer_id(e), e->message, e->message_len, scratch, counts);
	if (n == 0)
		return 0;
	if (n < 0) {
		buf_reset(scratch);
		buf_printf(scratch, "<redaction failed: %s>", strerror(-n));
	}
	e->redacted = n > 0 ? (uint32_t)n : 0;
	e->lines = 1;
	for (i = 0; i < scratch->len; i++)
		e->lines += scratch->p[i] == '\n'; /* a PEM block takes its lines along */
	len = scratch->len;
	msg = buf_steal(scratch);
	if (msg)
		event_set_message(e, msg, len);
	return n;
}
