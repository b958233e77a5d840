// SPDX-License-Identifier: Apache-2.0
/*
 * test_ship.c - ship against a real nats-server on a loopback port (SKIP when
 * nats-server is not installed): core publish, start while NATS is down, an
 * outage with JetStream (every event stored exactly once), a restart with a
 * non-empty spool, max_payload cuts, a subject the server refuses, wrong
 * credentials, the metrics HTTP server, and JetStream publishes handed back byte for
 * byte (jspub's byte ring full, wrapped, and large copies beside it), and bursts that
 * fill the window, with and without room to wait for acks.
 */
#include <errno.h>
#include <fcntl.h>
#include <nats/nats.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "encode/encode.h"
#include "lib/buf.h"
#include "metrics/metrics.h"
#include "cli/options.h"
#include "metrics/health.h"
#include "ship/jspub.h"
#include "ship/natsraw.h"
#include "ship/ship.h"
#include "test.h"

static char top[64];   /* temporary directory of this run */
static int port;       /* the server's client port */
static pid_t server;   /* nats-server, or 0 */
static char conf[128]; /* config file for the next server start */

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* A loopback port nobody listens on, below the ephemeral range (so no outgoing
 * connection takes it before the server binds it) and not handed out before here. */
static int free_port(void)
{
	static int last = 20000;
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	int fd, p;

	if (last == 20000)
		last += (int)(getpid() % 6000);
	for (p = last + 1; p < 32000; p++) {
		a.sin_port = htons((uint16_t)p);
		fd = socket(AF_INET, SOCK_STREAM, 0);
		if (fd >= 0 && !bind(fd, (struct sockaddr *)&a, sizeof(a))) {
			close(fd);
			return last = p;
		}
		if (fd >= 0)
			close(fd);
	}
	return 0;
}

static bool port_open(void)
{
	struct sockaddr_in a = {.sin_family = AF_INET,
				.sin_port = htons((uint16_t)port),
				.sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	bool ok = fd >= 0 && !connect(fd, (struct sockaddr *)&a, sizeof(a));

	if (fd >= 0)
		close(fd);
	return ok;
}

/* Writes the server config (extra: more config lines) used by server_start. */
static void server_conf(const char *extra)
{
	FILE *f;

	snprintf(conf, sizeof(conf), "%s/nats.conf", top);
	f = fopen(conf, "w");
	fprintf(f, "listen: 127.0.0.1:%d\njetstream { store_dir: \"%s/js\" }\n%s\n", port, top,
		extra ? extra : "");
	fclose(f);
}

static bool server_start(void)
{
	char log[128];
	int i, fd;

	snprintf(log, sizeof(log), "%s/nats.log", top);
	server = fork();
	if (server == 0) {
		fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
		dup2(fd, 1);
		dup2(fd, 2);
		execlp("nats-server", "nats-server", "-c", conf, (char *)NULL);
		_exit(127);
	}
	for (i = 0; i < 200 && server > 0; i++) { /* 10 s at most */
		if (port_open())
			return true;
		if (waitpid(server, NULL, WNOHANG) == server)
			break;
		usleep(50000);
	}
	fprintf(stderr, "  nats-server did not start; see %s\n", log);
	server = 0;
	return false;
}

static void server_kill(void)
{
	if (server > 0) {
		kill(server, SIGKILL);
		waitpid(server, NULL, 0);
	}
	server = 0;
}

#define DEFAULT_SUBJECT "logs.default.customer.{project}"

static void options(struct lt_options *o, const char *spool, bool js)
{
	static char url[64], dir[128];

	snprintf(url, sizeof(url), "nats://127.0.0.1:%d", port);
	snprintf(dir, sizeof(dir), "%s/%s", top, spool);
	memset(o, 0, sizeof(*o));
	o->nats.url = url;
	o->ship.spool_dir = dir;
	o->ship.spool_max_bytes = 64u << 20;
	o->ship.subject = DEFAULT_SUBJECT;
	o->hostname = "testhost";
	o->ship.jetstream = js;
}

/* ship_new with the stage's own structs, as main passes them. */
#define SHIP_NEW(o) ship_new(&(o)->ship, &(o)->nats, (o)->hostname)

/* ship_event for an event with message "<prefix> <i>" (and an id "<prefix>-<i>"). */
static int ship_n(struct ship *s, const char *prefix, int from, int n, size_t pad)
{
	struct buf json = {0};
	struct event *e;
	char *msg;
	int i, err = 0;

	for (i = from; i < from + n && !err; i++) {
		e = event_new();
		msg = calloc(1, 64 + pad);
		snprintf(msg, 64, "%s %d ", prefix, i);
		memset(msg + strlen(msg), 'x', pad);
		event_set_message(e, msg, strlen(msg));
		snprintf(e->event_id, sizeof(e->event_id), "%s-%d", prefix, i);
		json.len = 0;
		encode_json(&json, e, "testhost");
		err = ship_event(s, e, json.p, json.len);
		event_free(e);
	}
	buf_free(&json);
	return err;
}

/* Ticks s until cond holds or 15 s pass. */
#define PUMP(s, cond)                                                                              \
	do {                                                                                       \
		int pump_i;                                                                        \
		for (pump_i = 0; pump_i < 750 && !(cond); pump_i++) {                              \
			ship_tick((s), now_ns());                                                  \
			usleep(20000);                                                             \
		}                                                                                  \
	} while (0)

static natsConnection *client(void)
{
	natsConnection *nc = NULL;
	char url[64];

	snprintf(url, sizeof(url), "nats://127.0.0.1:%d", port);
	if (natsConnection_ConnectTo(&nc, url) != NATS_OK)
		return NULL;
	return nc;
}

/* Receives up to n messages; counts those in order "<prefix> i" for i = 0.. */
static int receive(natsSubscription *sub, const char *prefix, int n, const char *want_subject)
{
	char want[64];
	natsMsg *m;
	int got = 0;

	while (got < n && natsSubscription_NextMsg(&m, sub, 3000) == NATS_OK) {
		snprintf(want, sizeof(want), "\"message\":\"%s %d ", prefix, got);
		if (strstr(natsMsg_GetData(m), want) &&
		    (!want_subject || !strcmp(natsMsg_GetSubject(m), want_subject)))
			got++;
		else
			fprintf(stderr, "  unexpected %s: %.80s\n", natsMsg_GetSubject(m),
				natsMsg_GetData(m));
		natsMsg_Destroy(m);
	}
	return got;
}

TEST(core_publish_in_order)
{
	natsSubscription *sub = NULL;
	natsConnection *nc;
	struct lt_options o;
	struct ship *s;

	server_conf(NULL);
	CHECK(server_start());
	nc = client();
	CHECK(nc && natsConnection_SubscribeSync(&sub, nc, "logs.>") == NATS_OK);
	natsConnection_Flush(nc);
	options(&o, "spool-core", false);
	s = SHIP_NEW(&o);
	CHECK(s);
	if (s) {
		CHECK(ship_n(s, "core", 0, 2000, 10) == 0);
		ship_tick(s, now_ns());
		CHECK(ship_close(s) == 0);
		CHECK(receive(sub, "core", 2000, "logs.default.customer.host") == 2000);
	}
	ship_free(s);
	natsSubscription_Destroy(sub);
	natsConnection_Destroy(nc);
	server_kill();
}

/* Ships one event of meta m (NULL: the host) at level l; the subject is rendered or
 * taken from the last one rendered, which must never be another container's. */
static int ship_one(struct ship *s, struct meta *m, enum ev_level l, int i)
{
	struct buf json = {0};
	struct event *e = event_new();
	char *msg = malloc(32);
	int err;

	snprintf(msg, 32, "subj %d ", i);
	event_set_message(e, msg, strlen(msg));
	e->meta = meta_ref(m);
	e->level = l;
	encode_json(&json, e, "testhost");
	err = ship_event(s, e, json.p, json.len);
	event_free(e);
	buf_free(&json);
	return err;
}

static struct meta *project(const char *name)
{
	struct meta *m = meta_new();

	m->compose_project = strdup(name);
	return m;
}

TEST(subjects_follow_container_and_level)
{
	static const char *const want[] = {
	    "logs.shop.info",  "logs.shop.info",  "logs.shop.error",
	    "logs.blog.error", "logs.shop.error", "logs.host.error",
	    "logs.shop.error", "logs.shop_x.error", "logs.shop_x.error",
	};
	natsSubscription *sub = NULL;
	struct meta *shop = project("shop"), *blog = project("blog"), *other;
	natsMsg *m = NULL;
	natsConnection *nc;
	struct lt_options o;
	struct ship *s;
	char text[32];
	int i;

	server_conf(NULL);
	CHECK(server_start());
	nc = client();
	CHECK(nc && natsConnection_SubscribeSync(&sub, nc, "logs.>") == NATS_OK);
	natsConnection_Flush(nc);
	options(&o, "spool-subjects", false);
	o.ship.subject = "logs.{project}.{level}";
	s = SHIP_NEW(&o);
	CHECK(s);
	if (s) {
		CHECK(ship_one(s, shop, LVL_INFO, 0) == 0);
		CHECK(ship_one(s, shop, LVL_INFO, 1) == 0);
		CHECK(ship_one(s, shop, LVL_ERROR, 2) == 0);
		CHECK(ship_one(s, blog, LVL_ERROR, 3) == 0);
		CHECK(ship_one(s, shop, LVL_ERROR, 4) == 0);
		CHECK(ship_one(s, NULL, LVL_ERROR, 5) == 0);
		CHECK(ship_one(s, shop, LVL_ERROR, 6) == 0);
		/* the last subject's meta is dropped; a new meta may take its address */
		meta_unref(shop);
		shop = NULL;
		other = project("shop.x");
		CHECK(ship_one(s, other, LVL_ERROR, 7) == 0);
		CHECK(ship_one(s, other, LVL_ERROR, 8) == 0);
		meta_unref(other);
		ship_tick(s, now_ns());
		CHECK(ship_close(s) == 0);
		for (i = 0; i < 9 && natsSubscription_NextMsg(&m, sub, 3000) == NATS_OK; i++) {
			snprintf(text, sizeof(text), "\"subj %d ", i);
			CHECK(strstr(natsMsg_GetData(m), text) != NULL);
			CHECK_STR(natsMsg_GetSubject(m), want[i]);
			natsMsg_Destroy(m);
		}
		CHECK(i == 9);
	}
	ship_free(s);
	meta_unref(shop);
	meta_unref(blog);
	natsSubscription_Destroy(sub);
	natsConnection_Destroy(nc);
	server_kill();
}

TEST(start_while_down_then_restart_with_spool)
{
	natsSubscription *sub = NULL;
	natsConnection *nc;
	struct lt_options o;
	struct ship *s;

	options(&o, "spool-down", false);
	s = SHIP_NEW(&o); /* no server yet */
	CHECK(s);
	if (!s)
		return;
	CHECK(ship_n(s, "down", 0, 300, 0) == 0);
	CHECK(METRIC_GET(spool_events) == 300);
	CHECK(ship_close(s) == 0); /* agent stops with a full spool */
	ship_free(s);

	s = SHIP_NEW(&o); /* agent restarts, NATS still down */
	CHECK(s && ship_n(s, "down", 300, 200, 0) == 0);
	CHECK(METRIC_GET(spool_events) == 500);
	server_conf(NULL);
	CHECK(server_start());
	nc = client();
	CHECK(nc && natsConnection_SubscribeSync(&sub, nc, "logs.>") == NATS_OK);
	natsConnection_Flush(nc);
	PUMP(s, METRIC_GET(spool_events) == 0 && METRIC_GET(nats_connected));
	CHECK(ship_n(s, "down", 500, 100, 0) == 0);
	CHECK(ship_close(s) == 0);
	CHECK(receive(sub, "down", 600, NULL) == 600);
	ship_free(s);
	natsSubscription_Destroy(sub);
	natsConnection_Destroy(nc);
	server_kill();
}

static int64_t stream_msgs(void)
{
	natsConnection *nc = client();
	jsStreamInfo *si = NULL;
	jsCtx *js = NULL;
	int64_t n = -1;

	if (nc && natsConnection_JetStream(&js, nc, NULL) == NATS_OK &&
	    js_GetStreamInfo(&si, js, "LOGS", NULL, NULL) == NATS_OK)
		n = (int64_t)si->State.Msgs;
	jsStreamInfo_Destroy(si);
	jsCtx_Destroy(js);
	natsConnection_Destroy(nc);
	return n;
}

static bool stream_add(void)
{
	const char *subjects[] = {"logs.>"};
	natsConnection *nc = client();
	jsStreamConfig cfg;
	jsCtx *js = NULL;
	bool ok;

	jsStreamConfig_Init(&cfg);
	cfg.Name = "LOGS";
	cfg.Subjects = subjects;
	cfg.SubjectsLen = 1;
	cfg.Storage = js_FileStorage;
	ok = nc && natsConnection_JetStream(&js, nc, NULL) == NATS_OK &&
	     js_AddStream(NULL, js, &cfg, NULL, NULL) == NATS_OK;
	jsCtx_Destroy(js);
	natsConnection_Destroy(nc);
	return ok;
}

/* --- jspub: what comes back is what was published ---------------------------------- */

#define JP_N 3000 /* publishes; every third to a subject without a stream */

struct jp_seen {
	int stored, failed, duplicate, wrong;
	unsigned char outcome[JP_N]; /* 0 none, 1 stored, 2 failed, 3 more than one */
};

/* The never-acknowledged ones (i % 3 == 2) are 4-8 KiB: their 6 MB in all overfill the
 * 4 MiB ring long before the first of them is handed back (ack wait 1 s). */
static size_t jp_len(int i)
{
	if (i % 500 == 7)
		return (size_t)(1200 * 1024 + i); /* over a quarter of the ring: its own copy */
	if (i % 3 == 2)
		return (size_t)(4096 + (i * 7919) % 4096);
	return (size_t)(1 + (i * 7919) % 4000);
}

static void jp_fill(char *d, int i, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		d[k] = (char)('!' + (i * 31 + (int)k) % 90);
}

static void jp_subject(char *subj, size_t cap, int i)
{
	snprintf(subj, cap, i % 3 == 2 ? "nowhere.%d" : "logs.jp.%d", i);
}

static void jp_outcome(void *ctx, enum jspub_outcome out, const char *subject, const char *id,
		       const char *data, size_t len, const char *reason)
{
	struct jp_seen *seen = ctx;
	char want[64], *d;
	int i;

	(void)reason;
	if (sscanf(id, "jp-%*c-%d", &i) != 1 || i < 0 || i >= JP_N) {
		seen->wrong++;
		return;
	}
	if (out == JSPUB_DUPLICATE) { /* only the resends at the end */
		seen->duplicate++;
		return;
	}
	seen->outcome[i] = seen->outcome[i] ? 3 : out == JSPUB_FAILED ? 2 : 1;
	if (out != JSPUB_FAILED) {
		seen->stored++;
		return;
	}
	seen->failed++;
	jp_subject(want, sizeof(want), i);
	d = malloc(jp_len(i));
	if (d)
		jp_fill(d, i, jp_len(i));
	if (!d || strcmp(subject, want) || len != jp_len(i) || memcmp(data, d, len))
		seen->wrong++;
	free(d);
}

/* Every publish comes back once, a failed one with its exact bytes; the stream stores
 * the others once and drops a resend with the same Nats-Msg-Id as a duplicate. raw:
 * header blocks sent as bytes (natsraw.h), else through the public API. */
static void hands_back_exact_bytes(bool raw)
{
	static struct jp_seen seen;
	char subj[64], id[32], *d = malloc(2 << 20);
	natsConnection *nc;
	struct jspub *j;
	int i, err, full = 0, want_failed = 0;
	int64_t before;

	memset(&seen, 0, sizeof(seen));
	server_conf("max_payload: 4194304");
	CHECK(d && server_start() && stream_add());
	before = stream_msgs(); /* the stream may hold an earlier test's events */
	nc = client();
	j = nc ? jspub_new(nc, 4096, 1000, jp_outcome, &seen) : NULL;
	CHECK(j);
	if (j)
		jspub_set_raw(j, raw);
	for (i = 0; j && d && i < JP_N; i++) {
		jp_subject(subj, sizeof(subj), i);
		snprintf(id, sizeof(id), "jp-%c-%d", raw ? 'r' : 'p', i);
		jp_fill(d, i, jp_len(i));
		while ((err = jspub_publish(j, subj, id, d, jp_len(i))) == -ENOBUFS) {
			full++; /* the ring holds unacked copies: they come back after 1 s */
			jspub_poll(j, 50);
		}
		CHECK(err == 0);
		want_failed += i % 3 == 2;
	}
	for (i = 0; j && d && i < 30; i += 3) { /* stored ones again: duplicates */
		jp_subject(subj, sizeof(subj), i);
		snprintf(id, sizeof(id), "jp-%c-%d", raw ? 'r' : 'p', i);
		jp_fill(d, i, jp_len(i));
		CHECK(jspub_publish(j, subj, id, d, jp_len(i)) == 0);
	}
	jspub_free(j, 3000);
	printf("  jspub (%s): %d stored, %d handed back, %d duplicates, %d times full, %d wrong\n",
	       raw ? "header bytes" : "public API", seen.stored, seen.failed, seen.duplicate,
	       full, seen.wrong);
	CHECK(full > 0); /* the ring did fill and wrap */
	CHECK(seen.wrong == 0);
	CHECK(seen.duplicate == 10);
	CHECK(seen.failed == want_failed);
	CHECK(seen.stored == JP_N - want_failed);
	for (i = 0; i < JP_N; i++)
		if (seen.outcome[i] != (i % 3 == 2 ? 2 : 1)) {
			printf("  jspub: publish %d had outcome %d\n", i, seen.outcome[i]);
			CHECK(0);
			break;
		}
	CHECK(stream_msgs() - before == JP_N - want_failed);
	natsConnection_Destroy(nc);
	free(d);
	server_kill();
}

TEST(jspub_hands_back_exact_bytes)
{
	CHECK(natsraw_ok()); /* this machine's libnats: the agent's path */
	hands_back_exact_bytes(true);
}

TEST(jspub_public_api_hands_back_exact_bytes)
{
	hands_back_exact_bytes(false);
}

/* --- a full JetStream window: wait for acks (the agent's ring has room), or spool ---- */

static bool may_wait_yes(void *ctx)
{
	(void)ctx;
	return true;
}

/* n events of 30 KiB: 4 MiB of unacknowledged copies fill jspub's byte ring after about
 * 140 publishes, often faster than the server stores them. Either way every event is
 * stored once and the spool ends empty. */
static void full_window(const char *prefix, bool wait)
{
	struct lt_options o;
	struct ship *s;
	uint64_t waits0 = METRIC_GET(publish_waits), spooled;
	int64_t before;
	const int n = 1000;

	server_conf(NULL);
	CHECK(server_start() && stream_add());
	before = stream_msgs();
	options(&o, wait ? "spool-wait" : "spool-nowait", true);
	s = SHIP_NEW(&o);
	CHECK(s);
	if (!s)
		return;
	if (wait)
		ship_set_may_wait(s, may_wait_yes, NULL);
	CHECK(ship_n(s, prefix, 0, n, 30 * 1024) == 0);
	spooled = METRIC_GET(spool_events); /* right after: what did not wait */
	printf("  %s: %llu naps for acks, %llu events in the spool after the burst\n", prefix,
	       (unsigned long long)(METRIC_GET(publish_waits) - waits0),
	       (unsigned long long)spooled);
	/* Whether the window fills depends on how fast this server stores: the counts are
	 * printed, not asserted. Without may_wait ship never naps. */
	if (!wait)
		CHECK(METRIC_GET(publish_waits) == waits0);
	PUMP(s, METRIC_GET(spool_events) == 0 && stream_msgs() - before == n);
	CHECK(stream_msgs() - before == n); /* each one stored once (Nats-Msg-Id) */
	CHECK(METRIC_GET(spool_events) == 0);
	ship_close(s);
	ship_free(s);
	server_kill();
}

TEST(jetstream_burst_may_wait_for_acks)
{
	full_window("jw", true);
}

TEST(jetstream_burst_without_room_never_naps)
{
	full_window("jn", false);
}

TEST(jetstream_outage_exactly_once)
{
	struct lt_options o;
	struct ship *s;
	int i;

	server_conf(NULL);
	CHECK(server_start() && stream_add());
	options(&o, "spool-js", true);
	s = SHIP_NEW(&o);
	CHECK(s);
	if (!s)
		return;
	CHECK(ship_n(s, "js", 0, 3000, 100) == 0);
	server_kill(); /* with acks still in flight */
	for (i = 0; i < 10; i++) {
		CHECK(ship_n(s, "js", 3000 + i * 100, 100, 100) == 0);
		ship_tick(s, now_ns());
		usleep(100000);
	}
	CHECK(server_start());
	PUMP(s, METRIC_GET(spool_events) == 0 && stream_msgs() == 4000);
	CHECK(ship_n(s, "js", 0, 50, 100) == 0); /* the same ids again: deduplicated */
	CHECK(ship_close(s) == 0);
	CHECK(stream_msgs() == 4000);
	ship_free(s);
	server_kill();
}

TEST(max_payload_cuts_and_marks)
{
	natsSubscription *sub = NULL;
	natsConnection *nc;
	struct lt_options o;
	struct ship *s;
	natsMsg *m = NULL;
	uint64_t cut0 = METRIC_GET(truncated_events);

	server_conf("max_payload: 4096");
	CHECK(server_start());
	nc = client();
	CHECK(nc && natsConnection_SubscribeSync(&sub, nc, "logs.>") == NATS_OK);
	natsConnection_Flush(nc);
	options(&o, "spool-max", false);
	s = SHIP_NEW(&o);
	CHECK(s && ship_n(s, "big", 0, 1, 10000) == 0);
	CHECK(ship_close(s) == 0);
	CHECK(natsSubscription_NextMsg(&m, sub, 3000) == NATS_OK);
	if (m) {
		CHECK(natsMsg_GetDataLength(m) <= 4096 && natsMsg_GetDataLength(m) > 3000);
		CHECK(strstr(natsMsg_GetData(m), "\"truncated\":true") != NULL);
		CHECK(strstr(natsMsg_GetData(m), "\"message\":\"big 0 xxx") != NULL);
	}
	CHECK(METRIC_GET(truncated_events) == cut0 + 1);
	natsMsg_Destroy(m);
	ship_free(s);
	natsSubscription_Destroy(sub);
	natsConnection_Destroy(nc);
	server_kill();
}

TEST(refused_subject_counted)
{
	natsSubscription *sub = NULL;
	natsConnection *nc = NULL;
	struct lt_options o;
	struct ship *s;
	uint64_t perm0 = METRIC_GET(permission_errors);
	char url[64];

	server_conf("authorization { users = [ { user: ship, password: secret, permissions: {"
		    " publish: \"logs.default.customer.>\" } }, { user: reader, password: r } ] }");
	CHECK(server_start());
	snprintf(url, sizeof(url), "nats://reader:r@127.0.0.1:%d", port);
	CHECK(natsConnection_ConnectTo(&nc, url) == NATS_OK);
	CHECK(nc && natsConnection_SubscribeSync(&sub, nc, ">") == NATS_OK);
	natsConnection_Flush(nc);
	options(&o, "spool-perm", false);
	o.nats.user = "ship";
	o.nats.password = "secret";
	o.ship.subject = "logs.other.{project}";
	s = SHIP_NEW(&o);
	CHECK(s && ship_n(s, "perm", 0, 5, 0) == 0);
	PUMP(s, METRIC_GET(permission_errors) > perm0);
	CHECK(METRIC_GET(permission_errors) > perm0);
	CHECK(ship_n(s, "perm", 5, 1, 0) == -EPERM); /* known refused: counted, not sent */
	ship_close(s);
	ship_free(s);
	o.ship.subject = DEFAULT_SUBJECT; /* the default subject is allowed */
	s = SHIP_NEW(&o);
	CHECK(s && ship_n(s, "ok", 0, 3, 0) == 0);
	CHECK(ship_close(s) == 0);
	CHECK(receive(sub, "ok", 3, "logs.default.customer.host") == 3);
	ship_free(s);
	natsSubscription_Destroy(sub);
	natsConnection_Destroy(nc);
	server_kill();
}

/* Wrong credentials at start: the agent keeps running, events go to the spool, the
 * reason is what /readyz shows, and a new connection is tried every 5 s. */
TEST(bad_credentials_spool_and_say_why)
{
	struct lt_options o;
	struct ship *s;
	char why[256];

	server_conf("authorization { user: ship, password: secret }");
	CHECK(server_start());
	options(&o, "spool-auth", false);
	o.nats.user = "ship";
	o.nats.password = "wrong";
	s = SHIP_NEW(&o);
	CHECK(s != NULL);
	if (!s)
		return;
	CHECK(ship_n(s, "auth", 0, 10, 0) == 0);
	ship_tick(s, now_ns());
	CHECK(METRIC_GET(spool_events) == 10 && !METRIC_GET(nats_connected));
	health_attached(true);
	health_drained(now_ns());
	CHECK(health_ready(now_ns(), why, sizeof(why))); /* the spool has room */
	CHECK(strstr(why, "uthorization") != NULL);
	CHECK(ship_close(s) == 0);
	ship_free(s);
	server_kill();
}

/* A server that comes back with other credentials makes the client give up on the
 * connection (same authentication error twice); ship opens a new one later. */
TEST(new_connection_after_the_client_gave_up)
{
	natsSubscription *sub = NULL;
	natsConnection *nc = NULL;
	struct lt_options o;
	struct ship *s;
	char url[64];
	int i;

	server_conf("authorization { users = [ { user: ship, password: secret }, "
		    "{ user: reader, password: r } ] }");
	CHECK(server_start());
	options(&o, "spool-revive", false);
	o.nats.user = "ship";
	o.nats.password = "secret";
	s = SHIP_NEW(&o);
	CHECK(s);
	if (!s)
		return;
	server_kill();
	server_conf("authorization { user: ship, password: changed }");
	CHECK(server_start());
	for (i = 0; i < 30; i++) { /* 3 s: reconnects at 0.5 s fail twice, the client gives up */
		ship_tick(s, now_ns());
		usleep(100000);
	}
	CHECK(ship_n(s, "revive", 0, 20, 0) == 0);
	CHECK(METRIC_GET(spool_events) == 20);
	server_kill();
	server_conf("authorization { users = [ { user: ship, password: secret }, "
		    "{ user: reader, password: r } ] }");
	CHECK(server_start());
	snprintf(url, sizeof(url), "nats://reader:r@127.0.0.1:%d", port);
	CHECK(natsConnection_ConnectTo(&nc, url) == NATS_OK);
	CHECK(nc && natsConnection_SubscribeSync(&sub, nc, "logs.>") == NATS_OK);
	natsConnection_Flush(nc);
	PUMP(s, METRIC_GET(spool_events) == 0 && METRIC_GET(nats_connected));
	CHECK(ship_close(s) == 0);
	CHECK(receive(sub, "revive", 20, NULL) == 20);
	ship_free(s);
	natsSubscription_Destroy(sub);
	natsConnection_Destroy(nc);
	server_kill();
}

/* One HTTP exchange with the metrics server; the reply goes to out. */
static void http(int p, const char *req, char *out, size_t cap)
{
	struct sockaddr_in a = {.sin_family = AF_INET,
				.sin_port = htons((uint16_t)p),
				.sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	size_t n = 0;
	ssize_t r;

	out[0] = '\0';
	if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) ||
	    write(fd, req, strlen(req)) != (ssize_t)strlen(req)) {
		if (fd >= 0)
			close(fd);
		return;
	}
	while (n < cap - 1 && (r = read(fd, out + n, cap - 1 - n)) > 0)
		n += (size_t)r;
	out[n] = '\0';
	close(fd);
}

TEST(metrics_http)
{
	static char big[8192], out[16384];
	struct metrics_server *m;
	char addr[64];
	int p = free_port();

	snprintf(addr, sizeof(addr), "127.0.0.1:%d", p);
	m = metrics_server_start(addr);
	CHECK(m);
	METRIC_ADD(events_kind[EV_KIND_TRACE], 3);
	METRIC_ADD(redacted[REDACT_EMAIL], 2);
	http(p, "GET /metrics HTTP/1.0\r\n\r\n", out, sizeof(out));
	CHECK(strstr(out, "HTTP/1.0 200 OK") == out);
	CHECK(strstr(out, "\nlogtap_events_total{kind=\"trace\"} 3\n") != NULL);
	CHECK(strstr(out, "\nlogtap_redacted_total{kind=\"email\"} 2\n") != NULL);
	CHECK(strstr(out, "\nlogtap_redacted_total{kind=\"ip\"} 0\n") != NULL);
	CHECK(strstr(out, "# TYPE logtap_published_total counter\n") != NULL);
	CHECK(strstr(out, "\nlogtap_nats_connected 0\n") != NULL);
	CHECK(strstr(out, "logtap_kernel_drops_total ") != NULL);
	http(p, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", out, sizeof(out));
	CHECK(strstr(out, "HTTP/1.0 200 OK") == out && strstr(out, "\r\n\r\nok\n"));
	http(p, "GET /nope HTTP/1.0\r\n\r\n", out, sizeof(out));
	CHECK(strstr(out, "HTTP/1.0 404") == out);
	memset(big, 'A', sizeof(big) - 1);
	http(p, big, out, sizeof(out)); /* no end of head within the bound */
	CHECK(strstr(out, "HTTP/1.0 400") == out);
	metrics_server_stop(m);
	CHECK(metrics_server_start("256.0.0.1:x") == NULL);
	metrics_server_stop(NULL);
}

int main(void)
{
	char cmd[128];

	RUN(metrics_http);
	if (system("command -v nats-server > /dev/null 2>&1")) {
		printf("SKIP: test_ship: nats-server is not installed\n");
		TEST_END();
	}
	strcpy(top, "/tmp/logtap-ship.XXXXXX");
	if (!mkdtemp(top))
		return 1;
	port = free_port();
	RUN(core_publish_in_order);
	RUN(start_while_down_then_restart_with_spool);
	RUN(jetstream_outage_exactly_once);
	RUN(jspub_hands_back_exact_bytes);
	RUN(jspub_public_api_hands_back_exact_bytes);
	RUN(jetstream_burst_may_wait_for_acks);
	RUN(jetstream_burst_without_room_never_naps);
	RUN(max_payload_cuts_and_marks);
	RUN(subjects_follow_container_and_level);
	RUN(refused_subject_counted);
	RUN(bad_credentials_spool_and_say_why);
	RUN(new_connection_after_the_client_gave_up);
	server_kill();
	nats_CloseAndWait(2000);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
	if (system(cmd))
		return 1;
	TEST_END();
}
