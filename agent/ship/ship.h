/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ship.h - the last stage: NATS core or JetStream publish with a disk spool
 * while NATS is away; JSON lines on stdout when no NATS server is configured.
 */
#ifndef LOGTAP_SHIP_H
#define LOGTAP_SHIP_H

#include <stddef.h>
#include <stdint.h>

#include <stdbool.h>

#include "lib/event.h"
#include "natsopts.h"

/* What ship does with events; strings are borrowed. The defaults live in cli/options.c. */
struct ship_opts {
	char *subject;		  /* template, e.g. logs.default.customer.{project} */
	bool jetstream;		  /* JetStream publish with acks and Nats-Msg-Id */
	char *spool_dir;	  /* disk spool while NATS is away; created with its parents */
	uint64_t spool_max_bytes; /* oldest segments evicted beyond this */
};

/* Connects to no->url (or prepares stdout when it is NULL); host fills the subject's
 * {host}. NULL with errno and a logged reason on failure. */
struct ship *ship_new(const struct ship_opts *so, const struct nats_opts *no, const char *host);
/* Publishes one encoded event (json is borrowed); the subject comes from the template
 * and e's metadata. 0, or a negative errno when the event could neither be sent nor
 * spooled (counted). */
int ship_event(struct ship *s, const struct event *e, const char *json, size_t len);
/* How far delivery got: events passed to ship_event so far, and those not yet safe:
 * publishes without an acknowledgement (in flight or waiting for a resend, spool
 * replays included) and spooled events not yet written to a segment. Acks come in publish order, so when fewer are outstanding than events
 * were handed after some point, every event before it is acknowledged or spooled. */
void ship_progress(struct ship *s, uint64_t *handed, uint64_t *outstanding);
/* Whether the pipeline may wait for JetStream acks when their window is full (the
 * kernel ring has room to take the writers meanwhile). Without it, never: the spool. */
void ship_set_may_wait(struct ship *s, bool (*may_wait)(void *ctx), void *ctx);
/* Periodic work: flush, spool replay, reconnect bookkeeping (now_ns: monotonic). */
void ship_tick(struct ship *s, uint64_t now_ns);
/* Flushes in-flight publishes and spools what could not be sent. 0 or -errno. */
int ship_close(struct ship *s);
/* Accepts NULL; call ship_close first. */
void ship_free(struct ship *s);

#endif
