/* SPDX-License-Identifier: Apache-2.0 */
/*
 * jspub.h - JetStream publishes with acks, all on the pipeline thread: each message
 * goes out with its Nats-Msg-Id and a reply subject of its own under one inbox; the
 * acks are read from a synchronous subscription in batches. No library thread, no
 * per-message hash table or JSON parse: an ack is matched by its reply subject.
 */
#ifndef LOGTAP_JSPUB_H
#define LOGTAP_JSPUB_H

#include <nats/nats.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct jspub;

/* What happened to a publish: stored (new or a duplicate the stream dropped), or not
 * acknowledged (an error answer, or no answer within the ack wait). */
enum jspub_outcome { JSPUB_STORED, JSPUB_DUPLICATE, JSPUB_FAILED };

/* Receives the outcome of each publish. For JSPUB_FAILED the message is handed back
 * (subject, id, data) to be spooled; reason is the server's words or "timeout". */
typedef void (*jspub_fn)(void *ctx, enum jspub_outcome out, const char *subject, const char *id,
			 const char *data, size_t len, const char *reason);

/* Subscribes to a fresh inbox on nc. max_inflight: publishes awaiting their ack at most;
 * ack_wait_ms: after this a publish counts as failed. NULL with errno. */
struct jspub *jspub_new(natsConnection *nc, size_t max_inflight, int ack_wait_ms, jspub_fn fn,
			void *ctx);
/* Publishes with Nats-Msg-Id id (none when empty). 0, -ENOBUFS when max_inflight acks
 * are still outstanding once the acks that arrived are read (it never waits), or -errno. */
int jspub_publish(struct jspub *j, const char *subject, const char *id, const char *data,
		  size_t len);
/* Reads the acks that arrived (waiting up to wait_ms for the first) and fails the
 * publishes whose ack wait is over. */
void jspub_poll(struct jspub *j, int wait_ms);
/* Whether publishes send their copy's encoded header block as bytes (natsraw.h): on
 * from the start when this libnats passed natsraw's check; off takes the public API, as
 * for a libnats that did not (for tests and comparisons). */
void jspub_set_raw(struct jspub *j, bool raw);
/* Publishes without an outcome yet. */
size_t jspub_inflight(const struct jspub *j);
/* Waits up to wait_ms for every outstanding ack, then hands back the rest as failed
 * ("shutdown"), and unsubscribes. Then frees. Accepts NULL. */
void jspub_free(struct jspub *j, int wait_ms);

#endif
