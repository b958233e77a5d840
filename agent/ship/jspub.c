// SPDX-License-Identifier: Apache-2.0
/*
 * jspub.c - JetStream publishes with acks on the pipeline thread. Publish number n
 * goes out with reply subject "<inbox>.<n>" and waits in slot n % cap of a ring until
 * its ack names it; acks come from a synchronous subscription on "<inbox>.*", read in
 * batches, so no library thread runs a callback per message and nothing is hashed.
 * A publish without an ack after ack_wait_ms, or with an error answer, is handed back.
 * What is handed back is kept in a byte ring (subject, id and data of each publish in
 * order, let go as the oldest are settled), not in the client's message: a message
 * kept for as long as its ack takes made malloc the agent's largest cost (a fifth of
 * its CPU, most of it consolidating a fragmented heap), one freed at once is reused.
 * The copy holds the encoded Nats-Msg-Id header in front of the data, so that the
 * message is built from it in one piece (natsraw.h) when this libnats allows.
 */
#include "jspub.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/clock.h"
#include "lib/digits.h"
#include "natsopts.h"
#include "natsraw.h"

#define JSPUB_POLL_EVERY 256 /* publishes between two looks at the acks */
#define JSPUB_PENDING	 (1 << 20) /* acks the subscription may hold unread */
#define JSPUB_KEEP_BYTES (4u << 20) /* the byte ring; a publish over 1/4 of it is malloc'd */

struct jp_slot {
	uint64_t n;	  /* publish number; 0: free */
	uint64_t sent_ms; /* monotonic ms of the publish */
	uint64_t at;	  /* ring position of its copy ("subject\0id\0" header block, data) */
	char *own;	  /* or its own copy, for a large one */
	uint32_t subject_len, id_len, hdr_len, len; /* hdr_len: 0 on the public path */
};

struct jspub {
	natsConnection *nc;    /* not owned */
	natsSubscription *sub; /* on "<inbox>.*", owned */
	char prefix[96];       /* "<inbox>." */
	size_t prefix_len;
	struct jp_slot *slot; /* cap slots */
	size_t cap;
	char *keep;	    /* the byte ring, JSPUB_KEEP_BYTES */
	uint64_t keep_head; /* ring position of the next copy (grows; % size to index) */
	uint64_t keep_tail; /* of the oldest copy still needed */
	uint64_t next;	 /* number of the next publish (from 1) */
	uint64_t oldest; /* no publish below it is outstanding */
	size_t inflight; /* publishes without an outcome */
	int ack_wait_ms;
	bool raw; /* publish the copy's header block as bytes (natsraw.h) */
	jspub_fn fn;
	void *ctx;
};

/* Milliseconds for the ack wait (seconds long): the coarse clock, a few ms fine, is an
 * eighth of the cost of the precise one, read once per publish. */
static uint64_t now_ms(void)
{
	return clock_ns(CLOCK_MONOTONIC_COARSE) / NS_PER_MS;
}

struct jspub *jspub_new(natsConnection *nc, size_t max_inflight, int ack_wait_ms, jspub_fn fn,
			void *ctx)
{
	struct jspub *j = calloc(1, sizeof(*j));
	natsInbox *inbox = NULL;
	char subj[128];
	natsStatus st = NATS_NO_MEMORY;

	if (j) {
		j->slot = calloc(max_inflight, sizeof(*j->slot));
		j->keep = malloc(JSPUB_KEEP_BYTES);
	}
	if (j && j->slot && j->keep)
		st = natsInbox_Create(&inbox);
	if (st == NATS_OK) {
		j->prefix_len = (size_t)snprintf(j->prefix, sizeof(j->prefix), "%s.", inbox);
		snprintf(subj, sizeof(subj), "%s*", j->prefix);
		st = natsConnection_SubscribeSync(&j->sub, nc, subj);
	}
	natsInbox_Destroy(inbox);
	if (st == NATS_OK)
		st = natsSubscription_SetPendingLimits(j->sub, JSPUB_PENDING, -1);
	if (st != NATS_OK) {
		errno = natsopts_errno(st) ? -natsopts_errno(st) : ENOMEM;
		if (j) {
			natsSubscription_Destroy(j->sub);
			free(j->slot);
			free(j->keep);
		}
		free(j);
		return NULL;
	}
	j->nc = nc;
	j->cap = max_inflight;
	j->next = j->oldest = 1;
	j->ack_wait_ms = ack_wait_ms;
	j->raw = natsraw_ok();
	j->fn = fn;
	j->ctx = ctx;
	return j;
}

/* The copy of slot s: "subject\0id\0", the header block, the data. */
static const char *jp_copy(const struct jspub *j, const struct jp_slot *s)
{
	return s->own ? s->own : j->keep + s->at % JSPUB_KEEP_BYTES;
}

/* Where the header block (then the data) of copy c of slot s begins. */
static const char *jp_hdr(const struct jp_slot *s, const char *c)
{
	return c + s->subject_len + 1 + s->id_len + 1;
}

/* Ends slot s with outcome out; a failed publish is handed back first. */
static void jp_resolve(struct jspub *j, struct jp_slot *s, enum jspub_outcome out,
		       const char *reason)
{
	const char *c = jp_copy(j, s);

	j->fn(j->ctx, out, c, c + s->subject_len + 1, jp_hdr(s, c) + s->hdr_len, s->len, reason);
	free(s->own);
	s->own = NULL;
	s->n = 0;
	j->inflight--;
}

/* True when the ack's body has "duplicate" set to true; nats-server writes it as
 * `"duplicate": true`, a JSON encoder without the space. */
static bool ack_duplicate(const char *body, size_t len)
{
	const char *d = memmem(body, len, "\"duplicate\"", 11), *end = body + len;

	if (!d)
		return false;
	for (d += 11; d < end && (*d == ' ' || *d == ':'); d++)
		;
	return end - d >= 4 && !memcmp(d, "true", 4);
}

/* The outcome an ack's body says: an API error, a duplicate, or stored. */
static enum jspub_outcome ack_outcome(const char *body, size_t len, char *why, size_t cap)
{
	const char *d;

	if (!len) {
		snprintf(why, cap, "an empty answer");
		return JSPUB_FAILED;
	}
	if (memmem(body, len, "\"error\"", 7)) {
		d = memmem(body, len, "\"description\":\"", 15);
		snprintf(why, cap, "%.*s", d ? (int)strcspn(d + 15, "\"") : (int)len,
			 d ? d + 15 : body);
		return JSPUB_FAILED;
	}
	return ack_duplicate(body, len) ? JSPUB_DUPLICATE : JSPUB_STORED;
}

static void jp_ack(struct jspub *j, natsMsg *m)
{
	const char *subj = natsMsg_GetSubject(m);
	struct jp_slot *s;
	enum jspub_outcome out;
	char why[160];
	uint64_t n;

	if (strncmp(subj, j->prefix, j->prefix_len))
		return;
	n = strtoull(subj + j->prefix_len, NULL, 10);
	s = &j->slot[n % j->cap];
	if (!n || s->n != n)
		return; /* a late ack of a publish already handed back */
	out = ack_outcome(natsMsg_GetData(m), (size_t)natsMsg_GetDataLength(m), why, sizeof(why));
	jp_resolve(j, s, out, why);
}

/* Hands back, oldest first, the publishes sent before `before_ms` (all with UINT64_MAX)
 * and moves `oldest` past every slot that is done, and the byte ring's tail to the
 * oldest copy still needed. */
static void jp_expire(struct jspub *j, uint64_t before_ms, const char *reason)
{
	struct jp_slot *s;
	uint64_t k;

	for (; j->oldest < j->next; j->oldest++) {
		s = &j->slot[j->oldest % j->cap];
		if (s->n != j->oldest)
			continue; /* already acked */
		if (s->sent_ms >= before_ms)
			break;
		jp_resolve(j, s, JSPUB_FAILED, reason);
	}
	for (k = j->oldest; k < j->next; k++) { /* copies before the oldest one's go */
		s = &j->slot[k % j->cap];
		if (s->n == k && !s->own) {
			j->keep_tail = s->at;
			return;
		}
	}
	j->keep_tail = j->keep_head;
}

void jspub_poll(struct jspub *j, int wait_ms)
{
	natsMsg *m = NULL;
	natsStatus st;
	uint64_t now;

	for (;;) {
		st = natsSubscription_NextMsg(&m, j->sub, wait_ms);
		if (st != NATS_OK && st != NATS_NO_RESPONDERS && st != NATS_SLOW_CONSUMER)
			break;
		wait_ms = 0;
		if (st == NATS_OK)
			jp_ack(j, m);
		natsraw_free(m);
		m = NULL;
	}
	now = now_ms();
	jp_expire(j, now > (uint64_t)j->ack_wait_ms ? now - (uint64_t)j->ack_wait_ms : 0,
		  "no ack in time (is there a stream for the subject?)");
}

/* Room in the byte ring for a copy of n bytes, in one piece: its position, or
 * UINT64_MAX when the ring is too full (a piece that would wrap starts over at 0). */
static uint64_t jp_room(struct jspub *j, size_t n)
{
	uint64_t at = j->keep_head, off = at % JSPUB_KEEP_BYTES;

	if (off + n > JSPUB_KEEP_BYTES)
		at += JSPUB_KEEP_BYTES - off;
	if (at + n - j->keep_tail > JSPUB_KEEP_BYTES)
		return UINT64_MAX;
	return at;
}

/* Keeps a copy of a publish in slot s until its outcome is known, with the encoded
 * header block when raw. An id with a line break cannot be one header line: it takes the
 * public path, which sends what it was given as before. */
static int jp_keep(struct jspub *j, struct jp_slot *s, const char *subject, const char *id,
		   const char *data, size_t len)
{
	size_t sl = strlen(subject), il = strlen(id), hl, n;
	char *c;

	hl = j->raw && il && !strpbrk(id, "\r\n") ? NATSRAW_ID_HDR_LEN(il) : 0;
	n = sl + 1 + il + 1 + hl + len;

	s->own = NULL;
	if (n > JSPUB_KEEP_BYTES / 4) {
		c = s->own = malloc(n);
		if (!c)
			return -ENOMEM;
	} else {
		s->at = jp_room(j, n);
		if (s->at == UINT64_MAX) {
			jspub_poll(j, 0);
			s->at = jp_room(j, n);
		}
		if (s->at == UINT64_MAX)
			return -ENOBUFS;
		j->keep_head = s->at + n;
		c = j->keep + s->at % JSPUB_KEEP_BYTES;
	}
	memcpy(c, subject, sl + 1);
	memcpy(c + sl + 1, id, il + 1);
	if (hl)
		natsraw_id_header(c + sl + 1 + il + 1, id, il);
	memcpy(c + sl + 1 + il + 1 + hl, data, len);
	s->subject_len = (uint32_t)sl;
	s->id_len = (uint32_t)il;
	s->hdr_len = (uint32_t)hl;
	s->len = (uint32_t)len;
	return 0;
}

/* "<inbox>.<n>", the reply subject the ack of publish n comes back on; without printf,
 * which was a fiftieth of the agent's time at one call per publish. Its length. */
static size_t jp_reply(const struct jspub *j, char out[128], uint64_t n)
{
	size_t len;

	memcpy(out, j->prefix, j->prefix_len); /* at most 95 bytes, and 20 digits */
	len = j->prefix_len + dec64(out + j->prefix_len, n);
	out[len] = '\0';
	return len;
}

/* Sends the copy of slot s: from its bytes when it has a header block, else through
 * the public API (a header table per message, freed on the library's thread). */
static natsStatus jp_send(struct jspub *j, const struct jp_slot *s, const char *reply,
			  size_t reply_len)
{
	const char *c = jp_copy(j, s), *id = c + s->subject_len + 1, *h = jp_hdr(s, c);
	natsMsg *m = NULL;
	natsStatus st;

	if (s->hdr_len)
		return natsraw_publish(j->nc, c, s->subject_len, reply, reply_len, h,
				       s->hdr_len + s->len, s->hdr_len);
	st = natsMsg_Create(&m, c, reply, h, (int)s->len);
	if (st == NATS_OK && *id)
		st = natsMsgHeader_Set(m, "Nats-Msg-Id", id);
	if (st == NATS_OK)
		st = natsConnection_PublishMsg(j->nc, m);
	natsMsg_Destroy(m); /* the client has its bytes now */
	return st;
}

int jspub_publish(struct jspub *j, const char *subject, const char *id, const char *data,
		  size_t len)
{
	char reply[128];
	struct jp_slot *s;
	uint64_t head = j->keep_head;
	size_t reply_len;
	natsStatus st;
	int err;

	if (j->next - j->oldest >= j->cap || j->next % JSPUB_POLL_EVERY == 0)
		jspub_poll(j, 0);
	if (j->next - j->oldest >= j->cap)
		return -ENOBUFS;
	s = &j->slot[j->next % j->cap];
	err = jp_keep(j, s, subject, id ? id : "", data, len);
	if (err)
		return err;
	reply_len = jp_reply(j, reply, j->next);
	st = jp_send(j, s, reply, reply_len);
	if (st != NATS_OK) {
		free(s->own);
		s->own = NULL;
		j->keep_head = head; /* its copy was the newest: taken back */
		return natsopts_errno(st) ? natsopts_errno(st) : -EIO;
	}
	s->n = j->next++;
	s->sent_ms = now_ms();
	j->inflight++;
	return 0;
}

void jspub_set_raw(struct jspub *j, bool raw)
{
	j->raw = raw && natsraw_ok();
}

size_t jspub_inflight(const struct jspub *j)
{
	return j ? j->inflight : 0;
}

void jspub_free(struct jspub *j, int wait_ms)
{
	uint64_t until = now_ms() + (uint64_t)(wait_ms > 0 ? wait_ms : 0), now;

	if (!j)
		return;
	while (j->inflight && (now = now_ms()) < until)
		jspub_poll(j, until - now < 50 ? (int)(until - now) : 50);
	if (j->inflight)
		jspub_poll(j, 0);
	jp_expire(j, UINT64_MAX, "shutdown");
	natsSubscription_Unsubscribe(j->sub);
	natsSubscription_Destroy(j->sub);
	free(j->slot);
	free(j->keep);
	free(j);
}
