// SPDX-License-Identifier: Apache-2.0
/*
 * ship.c - the last stage: JSON lines on stdout, or NATS (core publish or
 * JetStream with acks and Nats-Msg-Id) with the disk spool behind it. While
 * NATS is away, the client is full or a backlog is being replayed, events go
 * to the spool so that order is kept and nothing is dropped unannounced.
 * JetStream acks are read on the pipeline thread (jspub.c). cnats connection
 * callbacks run on the library's threads: they only touch atomics, the closed
 * flag under mu and the table of refused subjects in natsopts.
 */
#include "ship.h"

#include <errno.h>
#include <inttypes.h>
#include <nats/nats.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "encode/encode.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "metrics/health.h"
#include "metrics/metrics.h"
#include "jspub.h"
#include "natsopts.h"
#include "spool.h"
#include "subject.h"

#define SHIP_MAX_INFLIGHT    16384	   /* JetStream publishes awaiting their ack */
#define SHIP_ACK_WAIT_MS     5000	   /* an ack later than this is "unknown": resend */
#define SHIP_CLOSE_WAIT_MS   5000	   /* bound on waiting for acks at shutdown */
#define SHIP_FLUSH_NS	     1000000000ull /* core: flush round trip and spool batch period */
#define SHIP_REVIVE_NS	     5000000000ull /* new connection attempts when the client gave up */
#define SHIP_BACKOFF_NS	     1000000000ull /* after a failure, publish via the spool for this long */
#define SHIP_REPLAY_MAX	     50000	   /* spooled events sent per tick at most */
#define SHIP_REPLAY_STEP     8	       /* spooled events sent before each new one in a backlog */
#define SHIP_FULL_WAIT_MS    200	   /* JetStream window full: wait this long without an ack */
#define SHIP_FULL_NAP_NS     1000000	   /* and look at the acks this often meanwhile */
#define SHIP_JS_HDR_ROOM     128       /* header bytes (Nats-Msg-Id) counted in max_payload */
#define SHIP_DEFAULT_PAYLOAD (1 << 20) /* NATS default until the server says otherwise */

/* The last subject rendered: the next event of the same container, level and kind has
 * it too. */
struct last_subject {
	struct meta *meta; /* a reference, so the address is not reused meanwhile */
	enum ev_level level;
	enum ev_kind kind;
	bool valid;
	char text[SUBJECT_MAX];
};

struct ship {
	FILE *out;		 /* stdout mode: where JSON lines go; NULL in NATS mode */
	struct subject *subject; /* compiled template, owned */
	char host[256];		 /* host field and {host} */
	struct spool *spool;	 /* owned, NATS mode only */
	struct natsopts *nopts;	 /* owned; outlives nc (the nkey signer lives there) */
	natsConnection *nc;	 /* owned */
	struct jspub *jp;	 /* owned, JetStream mode only (NULL between connections) */
	bool (*may_wait)(void *ctx); /* a full window may wait for acks (ship_set_may_wait) */
	void *may_wait_ctx;
	int64_t max_payload;	 /* server limit (atomic: set from callbacks) */
	uint64_t now_ns;	 /* monotonic time of the last tick */
	uint64_t backoff_until;	 /* no direct publish before this (pipeline thread) */
	uint64_t last_flush;	 /* last core flush / spool batch write */
	uint64_t revive_at;	 /* next attempt at a new connection after the client gave up */
	bool jetstream;		 /* JetStream mode */
	pthread_mutex_t mu;	 /* guards closed (library threads) */
	struct buf fit;		 /* re-encoded event cut to max_payload */
	bool up;		 /* connected at the last look (each tick); false at once on a
				  * disconnect (atomic: set from callbacks) */
	bool closing;		 /* ship_close is closing the connection */
	bool closed;		 /* the closed callback ran (under mu) */
	uint64_t handed;	 /* events passed to ship_event (pipeline thread) */
	struct last_subject last_subject; /* pipeline thread */
	pthread_cond_t cond;	 /* signals closed */
	struct log_limit lim_send, lim_spool, lim_ack, lim_err, lim_fit;
};

static void ship_on_error(natsConnection *nc, natsSubscription *sub, natsStatus err, void *arg)
{
	struct ship *s = arg;
	const char *text = NULL;

	natsConnection_GetLastError(nc, &text);
	if (err == NATS_NOT_PERMITTED) {
		METRIC_ADD(permission_errors, 1);
		natsopts_refuse(s->nopts, text);
		return;
	}
	if (log_allow(&s->lim_err, 10))
		log_warn("ship: NATS error: %s (%s)", natsStatus_GetText(err), text ? text : "");
}

static void ship_on_connected(natsConnection *nc, void *arg)
{
	struct ship *s = arg;
	char url[256] = "";

	__atomic_store_n(&s->max_payload, natsConnection_GetMaxPayload(nc), __ATOMIC_RELAXED);
	METRIC_SET(nats_connected, 1);
	health_nats_reason("");
	natsConnection_GetConnectedUrl(nc, url, sizeof(url));
	log_info("ship: connected to NATS at %s (max_payload %" PRId64 ")", url,
		 natsConnection_GetMaxPayload(nc));
}

static void ship_on_disconnected(natsConnection *nc, void *arg)
{
	struct ship *s = arg;

	__atomic_store_n(&s->up, false, __ATOMIC_RELAXED);
	METRIC_SET(nats_connected, 0);
	health_nats_reason("disconnected");
	if (!__atomic_load_n(&s->closing, __ATOMIC_RELAXED))
		log_warn("ship: disconnected from NATS; events go to the spool until it is back");
}

/* The last connection callback: ship_close waits for it before s may be freed. */
static void ship_on_closed(natsConnection *nc, void *arg)
{
	struct ship *s = arg;
	const char *why = NULL;

	METRIC_SET(nats_connected, 0);
	natsConnection_GetLastError(nc, &why);
	health_nats_reason(why ? why : "connection closed");
	if (!__atomic_load_n(&s->closing, __ATOMIC_RELAXED))
		log_error("ship: the NATS client gave up on the connection (%s); events go to the "
			  "spool and a new connection is tried every 5 s",
			  why ? why : "?");
	pthread_mutex_lock(&s->mu);
	s->closed = true;
	pthread_cond_broadcast(&s->cond);
	pthread_mutex_unlock(&s->mu);
}

/* One publish: 0, -ENOBUFS when too many JetStream acks are pending, -errno. */
static int ship_publish(struct ship *s, const char *subject, const char *id, const char *data,
			size_t len)
{
	natsStatus st;

	if (s->jetstream)
		return s->jp ? jspub_publish(s->jp, subject, id, data, len)
			     : -EAGAIN;
	st = natsConnection_Publish(s->nc, subject, data, (int)len);
	if (st == NATS_OK)
		METRIC_ADD(published, 1);
	return natsopts_errno(st);
}

static int ship_to_spool(struct ship *s, const char *subject, const char *id, const char *data,
			 size_t len)
{
	int err = spool_append(s->spool, subject, id ? id : "", data, len);

	if (!err)
		METRIC_ADD(spooled, 1);
	if (err) {
		METRIC_ADD(publish_errors, 1);
		if (log_allow(&s->lim_spool, 10))
			log_error("ship: cannot spool an event for %s: %s; it is lost (counted in "
				  "logtap_publish_errors_total)",
				  subject, strerror(-err));
	}
	return err;
}

/* The outcome of a JetStream publish (jspub.c, on this thread). A failed one goes to
 * the spool with its Nats-Msg-Id, and new events follow it there for a while so that
 * they stay behind it; if the stream did store the first copy, the resend is dropped
 * there as a duplicate. */
static void ship_on_outcome(void *ctx, enum jspub_outcome out, const char *subject, const char *id,
			    const char *data, size_t len, const char *reason)
{
	struct ship *s = ctx;

	if (out == JSPUB_STORED)
		METRIC_ADD(published, 1);
	if (out == JSPUB_DUPLICATE)
		METRIC_ADD(duplicates, 1);
	if (out != JSPUB_FAILED || natsopts_is_refused(s->nopts, subject))
		return;
	METRIC_ADD(publish_errors, 1);
	if (log_allow(&s->lim_ack, 10))
		log_warn("ship: JetStream publish to %s not acknowledged: %s; resending with the "
			 "same Nats-Msg-Id",
			 subject, reason);
	s->backoff_until = s->now_ns + SHIP_BACKOFF_NS;
	ship_to_spool(s, subject, id, data, len);
}

/* The connection's state, asked once per tick: asking per event takes the client's
 * lock each time (4% of the agent's CPU). A disconnect between two looks is seen at
 * once through its callback; a publish meanwhile fails into the spool or waits in the
 * client's reconnect buffer. */
static void ship_look(struct ship *s)
{
	__atomic_store_n(&s->up,
			 s->nc && natsConnection_Status(s->nc) == NATS_CONN_STATUS_CONNECTED,
			 __ATOMIC_RELAXED);
}

static bool ship_ready(struct ship *s)
{
	return s->now_ns >= s->backoff_until && __atomic_load_n(&s->up, __ATOMIC_RELAXED);
}

static void ship_replay(struct ship *s, int max);

/* A JetStream publish while the window of unacknowledged ones is full: waits for acks
 * as long as they keep coming (a stream slower than the writers for a moment), so that
 * the kernel ring takes the burst. Once may_wait says no (the ring is half full), or
 * without an ack for SHIP_FULL_WAIT_MS, the event goes to the spool and the ones after
 * it follow it there. The spool's compression and second reading cost several times a
 * publish: a burst spooled made the stream slower still. */
static int ship_publish_waiting(struct ship *s, const char *subject, const char *id,
				const char *data, size_t len)
{
	uint64_t last_ack = clock_mono_ns(), now;
	size_t before;
	int err;

	for (;;) {
		if (!s->may_wait || !s->may_wait(s->may_wait_ctx))
			return -ENOBUFS; /* the ring is filling: the spool takes it */
		/* a sleep, not a wait on the subscription: that woke this thread for each ack */
		before = jspub_inflight(s->jp);
		nanosleep(&(struct timespec){ .tv_nsec = SHIP_FULL_NAP_NS }, NULL);
		jspub_poll(s->jp, 0);
		err = ship_publish(s, subject, id, data, len);
		if (err != -ENOBUFS)
			return err;
		now = clock_mono_ns();
		if (jspub_inflight(s->jp) < before)
			last_ack = now;
		else if (now - last_ack >= SHIP_FULL_WAIT_MS * NS_PER_MS)
			return err;
		METRIC_ADD(publish_waits, 1);
	}
}

/* Direct publish when nothing is queued ahead of it, else the spool. While a backlog
 * drains, each new event first moves a few spooled ones, so replay keeps pace with
 * the input and not only with ticks. */
static int ship_send(struct ship *s, const char *subject, const char *id, const char *data,
		     size_t len)
{
	int err;

	if (spool_count(s->spool) && ship_ready(s))
		ship_replay(s, SHIP_REPLAY_STEP);
	if (spool_count(s->spool) || !ship_ready(s))
		return ship_to_spool(s, subject, id, data, len);
	err = ship_publish(s, subject, id, data, len);
	if (err == -ENOBUFS && s->jp)
		err = ship_publish_waiting(s, subject, id, data, len);
	if (!err)
		return 0;
	if (err != -ENOBUFS) {
		METRIC_ADD(publish_errors, 1);
		s->backoff_until = s->now_ns + SHIP_BACKOFF_NS;
		if (log_allow(&s->lim_send, 10))
			log_warn("ship: publish to %s failed: %s; spooling", subject,
				 strerror(-err));
	}
	return ship_to_spool(s, subject, id, data, len);
}

static size_t ship_limit(struct ship *s)
{
	int64_t max = __atomic_load_n(&s->max_payload, __ATOMIC_RELAXED);

	if (max <= 0)
		max = SHIP_DEFAULT_PAYLOAD;
	if (s->jetstream)
		max -= SHIP_JS_HDR_ROOM;
	return max > 1024 ? (size_t)max : 1024;
}

/* Re-encodes e with its message cut so that the JSON fits limit; NULL when it cannot. */
static const char *ship_fit(struct ship *s, const struct event *e, size_t limit, size_t *len)
{
	struct event cut = *e;
	size_t over = *len - limit, keep;
	int round;

	keep = e->message_len > over + 64 ? e->message_len - over - 64 : 0;
	for (round = 0; round < 6; round++) {
		if (round == 5) { /* the message alone was not enough */
			keep = 0;
			cut.exception_message = NULL;
		}
		while (keep && ((unsigned char)e->message[keep] & 0xc0) == 0x80)
			keep--; /* never split a UTF-8 sequence */
		cut.message_len = keep;
		cut.truncated = true;
		s->fit.len = 0;
		if (encode_json(&s->fit, &cut, s->host))
			return NULL;
		if (s->fit.len <= limit) {
			METRIC_ADD(truncated_events, 1);
			*len = s->fit.len;
			return s->fit.p;
		}
		over = s->fit.len - limit;
		keep = keep > 2 * over + 64 ? keep - 2 * over - 64 : 0;
	}
	return NULL;
}

/* The subject of e: every placeholder comes from the container's meta, the level, the
 * kind or the host, so consecutive events of one container mostly share it. NULL when
 * it does not fit. */
static const char *ship_subject(struct ship *s, const struct event *e)
{
	struct last_subject *l = &s->last_subject;

	if (l->valid && l->meta == e->meta && l->level == e->level && l->kind == e->kind)
		return l->text;
	meta_unref(l->meta);
	l->meta = meta_ref(e->meta);
	l->level = e->level;
	l->kind = e->kind;
	l->valid = subject_render(s->subject, e, s->host, l->text, sizeof(l->text)) >= 0;
	return l->valid ? l->text : NULL;
}

int ship_event(struct ship *s, const struct event *e, const char *json, size_t len)
{
	const char *subject;
	size_t limit;

	s->handed++;
	if (s->out) {
		if (fwrite(json, 1, len, s->out) != len || fputc('\n', s->out) == EOF)
			return -EIO;
		METRIC_ADD(published, 1);
		return 0;
	}
	if (!(subject = ship_subject(s, e))) {
		METRIC_ADD(publish_errors, 1);
		return -ENAMETOOLONG;
	}
	if (natsopts_is_refused(s->nopts, subject)) {
		METRIC_ADD(permission_errors, 1);
		return -EPERM;
	}
	limit = ship_limit(s);
	if (len > limit) {
		json = ship_fit(s, e, limit, &len);
		if (!json) {
			METRIC_ADD(publish_errors, 1);
			if (log_allow(&s->lim_fit, 10))
				log_error("ship: an event for %s cannot be cut below max_payload "
					  "(%zu bytes); dropped",
					  subject, limit);
			return -EMSGSIZE;
		}
	}
	return ship_send(s, subject, e->event_id, json, len);
}

void ship_set_may_wait(struct ship *s, bool (*may_wait)(void *ctx), void *ctx)
{
	s->may_wait = may_wait;
	s->may_wait_ctx = ctx;
}

void ship_progress(struct ship *s, uint64_t *handed, uint64_t *outstanding)
{
	*handed = s->handed;
	*outstanding = s->out ? 0 : jspub_inflight(s->jp) + spool_unwritten(s->spool);
}

/* Sends spooled events in order while NATS takes them. */
static void ship_replay(struct ship *s, int max)
{
	struct spool_rec r;
	int n, err;

	for (n = 0; n < max && ship_ready(s); n++) {
		if (jspub_inflight(s->jp) >= SHIP_MAX_INFLIGHT)
			break;
		err = spool_peek(s->spool, &r);
		if (err) {
			if (err != -ENOENT && log_allow(&s->lim_spool, 10))
				log_error("ship: reading the spool: %s", strerror(-err));
			break;
		}
		if (natsopts_is_refused(s->nopts, r.subject)) {
			METRIC_ADD(permission_errors, 1);
			spool_pop(s->spool);
			continue;
		}
		if (r.len > ship_limit(s)) {
			METRIC_ADD(publish_errors, 1);
			log_error("ship: a spooled event for %s is larger than max_payload now; "
				  "dropped",
				  r.subject);
			spool_pop(s->spool);
			continue;
		}
		err = ship_publish(s, r.subject, r.id, r.data, r.len);
		if (err == -ENOBUFS)
			break;
		if (err) {
			METRIC_ADD(publish_errors, 1);
			s->backoff_until = s->now_ns + SHIP_BACKOFF_NS;
			break;
		}
		spool_pop(s->spool);
	}
}

static void ship_revive(struct ship *s);

void ship_tick(struct ship *s, uint64_t now_ns)
{
	natsStatus st;

	if (s->out) {
		fflush(s->out);
		return;
	}
	s->now_ns = now_ns;
	ship_look(s);
	if (s->jp)
		jspub_poll(s->jp, 0);
	ship_replay(s, SHIP_REPLAY_MAX);
	if (now_ns - s->last_flush < SHIP_FLUSH_NS)
		return;
	s->last_flush = now_ns;
	spool_flush(s->spool);
	METRIC_SET(nats_connected, __atomic_load_n(&s->up, __ATOMIC_RELAXED) ? 1 : 0);
	ship_revive(s);
	ship_look(s);
	if (!s->jetstream && __atomic_load_n(&s->up, __ATOMIC_RELAXED)) {
		st = natsConnection_FlushTimeout(s->nc, 100);
		if (st != NATS_OK && log_allow(&s->lim_send, 10))
			log_warn("ship: NATS flush: %s", natsStatus_GetText(st));
	}
}

static int ship_js_start(struct ship *s)
{
	s->jp = jspub_new(s->nc, SHIP_MAX_INFLIGHT, SHIP_ACK_WAIT_MS, ship_on_outcome, s);
	if (!s->jp) {
		log_error("ship: JetStream acks: cannot subscribe to an inbox: %s",
			  strerror(errno));
		return -errno;
	}
	return 0;
}

static int ship_connect(struct ship *s)
{
	int err = natsopts_connect(s->nopts, &s->nc);

	if (err < 0)
		return err;
	if (err == 0)
		ship_on_connected(s->nc, s);
	else
		log_warn("ship: events go to the spool until NATS is reachable");
	return s->jetstream ? ship_js_start(s) : 0;
}

static int ship_setup(struct ship *s, const struct ship_opts *so, const struct nats_opts *no)
{
	int err;
	const struct natsopts_cbs cbs = {
	    .on_error = ship_on_error,
	    .on_connected = ship_on_connected,
	    .on_disconnected = ship_on_disconnected,
	    .on_closed = ship_on_closed,
	    .arg = s,
	};

	s->subject = subject_new(so->subject);
	if (!s->subject)
		return -errno;
	s->spool = spool_open(so->spool_dir, so->spool_max_bytes);
	if (!s->spool)
		return -errno;
	s->nopts = natsopts_new(no, &cbs);
	if (!s->nopts)
		return -errno;
	s->jetstream = so->jetstream;
	health_nats_configured(so->spool_max_bytes);
	err = ship_connect(s);
	if (err == -EACCES) {
		/* Wrong credentials or TLS: events are spooled and a new connection is tried
		 * every 5 s (a rotated creds file is read again), /readyz says why. Exiting
		 * would lose every write until a restart fixes nothing. */
		log_error("ship: events go to the spool; a new NATS connection is tried every "
			  "%llu s (logtap check tests the settings)",
			  SHIP_REVIVE_NS / 1000000000ull);
		s->revive_at = s->now_ns + SHIP_REVIVE_NS;
		err = 0;
	}
	ship_look(s);
	return err;
}

struct ship *ship_new(const struct ship_opts *so, const struct nats_opts *no, const char *host)
{
	struct ship *s;
	int err = 0;

	s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	pthread_mutex_init(&s->mu, NULL);
	pthread_cond_init(&s->cond, NULL);
	snprintf(s->host, sizeof(s->host), "%s", host);
	s->now_ns = s->last_flush = clock_mono_ns();
	if (!no->url || !*no->url)
		s->out = stdout;
	else
		err = ship_setup(s, so, no);
	if (err) {
		ship_free(s);
		errno = -err;
		return NULL;
	}
	return s;
}

/* The client closes a connection on its own after errors it does not survive (the
 * same authentication error twice, an unknown -ERR): start over with a new one. */
static void ship_revive(struct ship *s)
{
	bool dead;

	pthread_mutex_lock(&s->mu);
	dead = s->closed || !s->nc;
	pthread_mutex_unlock(&s->mu);
	if (!dead || s->closing || s->now_ns < s->revive_at)
		return;
	s->revive_at = s->now_ns + SHIP_REVIVE_NS;
	jspub_free(s->jp, 0); /* what was not acknowledged goes to the spool */
	s->jp = NULL;
	natsConnection_Destroy(s->nc);
	s->nc = NULL;
	pthread_mutex_lock(&s->mu);
	s->closed = false;
	pthread_mutex_unlock(&s->mu);
	log_info("ship: opening a new NATS connection");
	if (ship_connect(s) < 0)
		log_warn("ship: no new NATS connection yet; trying again in %llu s",
			 SHIP_REVIVE_NS / 1000000000ull);
}

/* Closes the connection and waits (bounded) until no callback can still run. */
static void ship_disconnect(struct ship *s)
{
	struct timespec until;

	if (!s->nc || s->closing)
		return;
	__atomic_store_n(&s->closing, true, __ATOMIC_RELAXED);
	natsConnection_Close(s->nc);
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += 5;
	pthread_mutex_lock(&s->mu);
	while (!s->closed && pthread_cond_timedwait(&s->cond, &s->mu, &until) != ETIMEDOUT)
		;
	pthread_mutex_unlock(&s->mu);
}

int ship_close(struct ship *s)
{
	bool up;
	int err;

	if (s->out)
		return fflush(s->out) ? -errno : 0;

	s->now_ns = clock_mono_ns();
	ship_look(s);
	if (s->jp)
		jspub_poll(s->jp, 0);
	ship_replay(s, SHIP_REPLAY_MAX);
	up = natsConnection_Status(s->nc) == NATS_CONN_STATUS_CONNECTED;
	if (s->jp) { /* acks that do not come in time: spooled, resent after a restart */
		jspub_free(s->jp, up ? SHIP_CLOSE_WAIT_MS : 0);
		s->jp = NULL;
	} else if (up) {
		natsConnection_FlushTimeout(s->nc, SHIP_CLOSE_WAIT_MS);
	}
	ship_disconnect(s);
	err = spool_flush(s->spool);
	if (spool_count(s->spool))
		log_info("ship: %" PRIu64 " events stay in the spool for the next start",
			 spool_count(s->spool));
	return err;
}

void ship_free(struct ship *s)
{
	if (!s)
		return;
	ship_disconnect(s);
	jspub_free(s->jp, 0);
	natsConnection_Destroy(s->nc);
	natsopts_free(s->nopts);
	spool_close(s->spool);
	subject_free(s->subject);
	meta_unref(s->last_subject.meta);
	buf_free(&s->fit);
	pthread_mutex_destroy(&s->mu);
	pthread_cond_destroy(&s->cond);
	free(s);
}
