// SPDX-License-Identifier: Apache-2.0
/*
 * alert.c - the alert mode's loop: fetch a batch from the durable pull consumer(s),
 * hand each event to track, ack it, then let track re-post and amclient deliver.
 * One thread; cnats delivers fetched batches synchronously, the metrics server
 * (metrics/metrics.c with its own renderer) reads a snapshot of the counters.
 */
#include "alert.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "amclient.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/event_json.h"
#include "lib/log.h"
#include "metrics/metrics.h"
#include "rules.h"
#include "ship/natsopts.h"
#include "state.h"
#include "track.h"

#define ALERT_BATCH    64
#define ALERT_FETCH_MS 500
#define ALERT_SUBS_MAX 16

struct alert {
	const struct lt_options *o;
	struct natsopts *nopts;			/* owned */
	natsConnection *nc;			/* owned */
	jsCtx *js;				/* owned */
	natsSubscription *subs[ALERT_SUBS_MAX]; /* one pull consumer per filter subject */
	size_t nsubs;
	struct alert_rules rules;
	struct alert_state *state; /* owned */
	struct amclient *am;	   /* owned */
	struct tracker *track;	   /* owned */
	struct metrics_server *metrics;
};

/* What /metrics shows: written by the loop, read by the metrics thread (atomics). */
static struct {
	uint64_t read, invalid, retried, lag;
	struct track_stats ts;
	struct amclient_stats as;
} alert_ctr;

static volatile sig_atomic_t alert_stop;

static void alert_on_signal(int sig)
{
	alert_stop = sig;
}

#define CTR_SET(f, v) __atomic_store_n(&alert_ctr.f, (v), __ATOMIC_RELAXED)
#define CTR_GET(f)    __atomic_load_n(&alert_ctr.f, __ATOMIC_RELAXED)

static int alert_render(struct buf *b)
{
	static const struct metric_def defs[] = {
#define D(n, t, h, f) {"logtap_alert_" n, t, h, offsetof(__typeof__(alert_ctr), f)}
	    D("events_read_total", "counter", "Events read from the stream.", read),
	    D("events_invalid_total", "counter", "Messages that were not events.", invalid),
	    D("events_retried_total", "counter", "Events handed back (KV unreachable).", retried),
	    D("consumer_lag", "gauge", "Messages in the stream not yet delivered.", lag),
	    D("new_total", "counter", "LogtapNewException alerts fired.", ts.new_alerts),
	    D("surge_total", "counter", "LogtapExceptionSurge alerts fired.", ts.surge_alerts),
	    D("resolved_total", "counter", "Alerts resolved after quiet.", ts.resolved),
	    D("active", "gauge", "Alerts firing now.", ts.active),
	    D("fingerprints", "gauge", "Fingerprints tracked in memory.", ts.tracked),
	    D("posts_total", "counter", "Batches accepted by an Alertmanager.", as.posted),
	    D("post_failures_total", "counter", "Failed posts (retried).", as.failures),
	    D("posts_rejected_total", "counter", "Batches refused with a 4xx.", as.rejected),
	    D("posts_dropped_total", "counter", "Batches dropped from a full queue.", as.dropped),
	    D("queued_batches", "gauge", "Batches waiting for an Alertmanager.", as.queued),
#undef D
	};

	return metrics_render_table(b, defs, sizeof(defs) / sizeof(defs[0]), &alert_ctr);
}

static void alert_publish_counters(struct alert *a)
{
	struct track_stats ts;
	struct amclient_stats as;

	track_stats(a->track, &ts);
	amclient_stats(a->am, &as);
	CTR_SET(ts.new_alerts, ts.new_alerts);
	CTR_SET(ts.surge_alerts, ts.surge_alerts);
	CTR_SET(ts.resolved, ts.resolved);
	CTR_SET(ts.active, ts.active);
	CTR_SET(ts.tracked, ts.tracked);
	CTR_SET(as.posted, as.posted);
	CTR_SET(as.failures, as.failures);
	CTR_SET(as.rejected, as.rejected);
	CTR_SET(as.dropped, as.dropped);
	CTR_SET(as.queued, as.queued);
}

static void alert_nats_error(natsConnection *nc, natsSubscription *sub, natsStatus err, void *arg)
{
	log_warn("alert: NATS: %s", nats_GetLastError(NULL) ?: natsStatus_GetText(err));
}

static void alert_nats_state(natsConnection *nc, void *arg)
{
	log_info("alert: NATS %s", natsConnection_IsClosed(nc) ? "connection closed"
				   : natsConnection_IsReconnecting(nc)
				       ? "disconnected, reconnecting"
				       : "connected");
}

/* All of alert's NATS connection set-up (options, connect, JetStream context) in one
 * place: the lead's natsopts rework (struct nats_opts) only touches this function. */
static int alert_connect(struct alert *a, const struct lt_options *o)
{
	struct natsopts_cbs cbs = {alert_nats_error, alert_nats_state, alert_nats_state, NULL, a};
	int rc;

	a->nopts = natsopts_new(&o->nats, &cbs);
	if (!a->nopts)
		return -errno;
	rc = natsopts_connect(a->nopts, &a->nc);
	while (rc == 1 && !alert_stop && natsConnection_Status(a->nc) != NATS_CONN_STATUS_CONNECTED)
		nats_Sleep(200); /* not reachable yet: the library keeps trying */
	if (rc < 0)
		return rc;
	if (alert_stop)
		return -EINTR;
	return natsConnection_JetStream(&a->js, a->nc, NULL) == NATS_OK ? 0 : -ENOMEM;
}

/* A durable pull consumer on one filter subject; new durables start with new events. */
static int alert_subscribe_one(struct alert *a, const char *subject, const char *durable)
{
	jsSubOptions so;
	jsErrCode jerr = 0;
	natsStatus st;

	jsSubOptions_Init(&so);
	so.Stream = a->o->stream ? a->o->stream : "LOGS";
	so.Config.Durable = durable;
	so.Config.DeliverPolicy = js_DeliverNew;
	so.Config.AckPolicy = js_AckExplicit;
	so.Config.AckWait = 60 * (int64_t)NS_PER_SEC;
	so.Config.MaxAckPending = 4 * ALERT_BATCH;
	st = js_PullSubscribe(&a->subs[a->nsubs], a->js, subject, durable, NULL, &so, &jerr);
	if (st != NATS_OK) {
		log_error("alert: consumer %s on %s (stream %s): %s (JetStream error %d)", durable,
			  subject, so.Stream, nats_GetLastError(NULL), (int)jerr);
		return natsopts_errno(st) ?: -EIO;
	}
	a->nsubs++;
	log_info("alert: reading %s from stream %s as durable %s", subject, so.Stream, durable);
	return 0;
}

/* Filter subjects: the options', else every subject of the stream. */
static int alert_subscribe(struct alert *a)
{
	const char *stream = a->o->stream ? a->o->stream : "LOGS";
	const char *durable = a->o->durable ? a->o->durable : "logtap-alert";
	const char *const *subjects = (const char *const *)a->o->filter_subjects.v;
	size_t i, n = a->o->filter_subjects.n;
	jsStreamInfo *si = NULL;
	char name[256];
	int err = 0;

	if (!n) {
		if (js_GetStreamInfo(&si, a->js, stream, NULL, NULL) != NATS_OK) {
			log_error("alert: stream %s: %s", stream, nats_GetLastError(NULL));
			return -ENOENT;
		}
		subjects = si->Config->Subjects;
		n = (size_t)si->Config->SubjectsLen;
	}
	for (i = 0; !err && i < n && i < ALERT_SUBS_MAX; i++) {
		if (n > 1)
			snprintf(name, sizeof(name), "%s-%zu", durable, i);
		else
			snprintf(name, sizeof(name), "%s", durable);
		err = alert_subscribe_one(a, subjects[i], name);
	}
	jsStreamInfo_Destroy(si);
	return err;
}

/* One message: acked when handled (or not an event), handed back when the KV did not
 * answer, so no exception is lost to a NATS hiccup. */
static void alert_handle(struct alert *a, natsMsg *m)
{
	char host[256];
	struct event *e;
	int err = 0;

	e = event_json_parse(natsMsg_GetData(m), (size_t)natsMsg_GetDataLength(m), host,
			     sizeof(host));
	CTR_SET(read, CTR_GET(read) + 1);
	if (!e)
		CTR_SET(invalid, CTR_GET(invalid) + 1);
	else
		err = track_event(a->track, e, host, clock_real_ns());
	event_free(e);
	if (err == -EAGAIN) {
		CTR_SET(retried, CTR_GET(retried) + 1);
		natsMsg_NakWithDelay(m, 1000, NULL);
	} else {
		natsMsg_Ack(m, NULL);
	}
}

static void alert_fetch(struct alert *a, natsSubscription *sub, int timeout_ms)
{
	natsMsgList list = {0};
	jsMsgMetaData *md = NULL;
	natsStatus st;
	int i;

	st = natsSubscription_Fetch(&list, sub, ALERT_BATCH, timeout_ms, NULL);
	if (st != NATS_OK && st != NATS_TIMEOUT) {
		log_debug("alert: fetch: %s", natsStatus_GetText(st));
		nats_Sleep(timeout_ms); /* disconnected: the library reconnects meanwhile */
		return;
	}
	for (i = 0; i < list.Count; i++)
		alert_handle(a, list.Msgs[i]);
	if (list.Count && natsMsg_GetMetaData(&md, list.Msgs[list.Count - 1]) == NATS_OK) {
		CTR_SET(lag, md->NumPending);
		jsMsgMetaData_Destroy(md);
	} else if (st == NATS_TIMEOUT) {
		CTR_SET(lag, 0);
	}
	natsMsgList_Destroy(&list);
}

static void alert_loop(struct alert *a)
{
	size_t i;

	log_info("alert: ready (%zu consumer%s, %zu Alertmanager%s)", a->nsubs,
		 a->nsubs == 1 ? "" : "s", a->o->am_urls.n, a->o->am_urls.n == 1 ? "" : "s");
	while (!alert_stop) {
		for (i = 0; i < a->nsubs && !alert_stop; i++)
			alert_fetch(a, a->subs[i], ALERT_FETCH_MS / (int)a->nsubs);
		track_tick(a->track, clock_real_ns());
		amclient_run(a->am, clock_mono_ns());
		alert_publish_counters(a);
	}
	/* one last delivery attempt for what the last batch fired */
	amclient_run(a->am, clock_mono_ns());
	alert_publish_counters(a);
}

static int alert_setup(struct alert *a)
{
	const struct lt_options *o = a->o;
	struct track_opts to = {
	    .rules = &a->rules,
	    .link_template = o->link_template,
	    .repost_ns = (uint64_t)((o->repost_s > 0 ? o->repost_s : 60) * 1e9),
	    .resolve_ns = (uint64_t)((o->resolve_s > 0 ? o->resolve_s : 900) * 1e9),
	};
	int err;

	if (!o->nats.url || !o->am_urls.n) {
		log_error("alert: --nats-url and at least one --alertmanager-url are needed");
		return -EINVAL;
	}
	err = alert_rules_load(&a->rules, o->rules_file);
	if (err)
		return err;
	a->am =
	    amclient_new(o->am_urls.v, o->am_urls.n, o->alert_queue ? o->alert_queue : 1000, 5000);
	if (!a->am)
		return -errno;
	err = alert_connect(a, o);
	if (!err) {
		a->state = alert_state_new(a->js, o->kv_bucket ? o->kv_bucket : "logtap_alert",
					   o->kv_ttl > 0 ? o->kv_ttl : 30 * 86400.0);
		err = a->state ? 0 : -errno;
	}
	if (!err)
		err = alert_subscribe(a);
	if (!err && !(a->track = track_new(&to, a->state, a->am)))
		err = -ENOMEM;
	return err;
}

static void alert_teardown(struct alert *a)
{
	size_t i;

	metrics_server_stop(a->metrics);
	for (i = 0; i < a->nsubs; i++)
		natsSubscription_Destroy(a->subs[i]); /* durable: the consumer stays */
	track_free(a->track);
	alert_state_free(a->state);
	jsCtx_Destroy(a->js);
	if (a->nc)
		natsConnection_Close(a->nc);
	natsConnection_Destroy(a->nc);
	natsopts_free(a->nopts);
	amclient_free(a->am);
	alert_rules_free(&a->rules);
}

int alert_main(const struct lt_options *o)
{
	struct sigaction sa = {.sa_handler = alert_on_signal};
	struct alert a = {.o = o};
	int err;

	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	err = alert_setup(&a);
	if (!err && o->metrics_addr) {
		metrics_set_renderer(alert_render);
		a.metrics = metrics_server_start(o->metrics_addr);
	}
	if (!err)
		alert_loop(&a);
	else if (err != -EINTR)
		log_error("alert: not started: %s", strerror(-err));
	alert_teardown(&a);
	log_info("alert: stopped: %llu events read, %llu new, %llu surges",
		 (unsigned long long)CTR_GET(read), (unsigned long long)CTR_GET(ts.new_alerts),
		 (unsigned long long)CTR_GET(ts.surge_alerts));
	return err == -EINTR ? 0 : err;
}
