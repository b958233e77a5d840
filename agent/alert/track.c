// SPDX-License-Identifier: Apache-2.0
/*
 * track.c - per (project, fingerprint) counters and the two alerts of each, as
 * Alertmanager v2 JSON. Windows run on event time (a replayed backlog surges as
 * it happened); alert lifetimes run on the wall clock (Alertmanager's view).
 */
#include "track.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/hash.h"
#include "lib/log.h"
#include "ship/subject.h"

#define TRACK_BUCKETS 4096
#define TRACE_LINES   12
#define TRACE_BYTES   1500
#define SUMMARY_BYTES 300
#define NS	      1000000000ull

enum track_kind { TK_NEW, TK_SURGE, TK_COUNT };

static const char *const alert_names[TK_COUNT] = {"LogtapNewException", "LogtapExceptionSurge"};

struct track_alert {
	bool active;	     /* posted and not resolved */
	uint64_t starts_ns;  /* startsAt */
	uint64_t trigger_ns; /* last time its condition held */
};

/* One fingerprint in one project; descriptive fields come from its first event here. */
struct track {
	struct track *next;					    /* hash chain */
	char *project, *fp;					    /* the key, owned */
	char *type, *summary, *trace, *language, *container, *host; /* owned, may be NULL */
	const struct alert_rule *rule; /* the rule of its first event */
	struct alert_window win;       /* occurrence times for the surge rule */
	uint32_t in_window;	       /* occurrences in the window at the last event */
	uint64_t first_ns;	       /* first seen anywhere (KV) */
	uint64_t last_ns;	       /* wall clock of the last occurrence */
	struct track_alert alerts[TK_COUNT];
};

struct tracker {
	struct track_opts o;
	struct alert_state *state; /* borrowed */
	struct amclient *am;	   /* borrowed */
	struct track *buckets[TRACK_BUCKETS];
	uint64_t next_repost_ns;
	struct track_stats st;
};

static uint32_t track_hash(const char *project, const char *fp)
{
	uint64_t h = hash_bytes(0, project, strlen(project) + 1); /* its NUL separates */

	return (uint32_t)(hash_bytes(h, fp, strlen(fp)) % TRACK_BUCKETS);
}

static void track_item_free(struct track *k)
{
	free(k->project);
	free(k->fp);
	free(k->type);
	free(k->summary);
	free(k->trace);
	free(k->language);
	free(k->container);
	free(k->host);
	alert_window_free(&k->win);
	free(k);
}

struct tracker *track_new(const struct track_opts *o, struct alert_state *state,
			  struct amclient *am)
{
	struct tracker *t = calloc(1, sizeof(*t));

	if (!t)
		return NULL;
	t->o = *o;
	t->state = state;
	t->am = am;
	return t;
}

void track_free(struct tracker *t)
{
	struct track *k, *next;
	size_t i;

	if (!t)
		return;
	for (i = 0; i < TRACK_BUCKETS; i++) {
		for (k = t->buckets[i]; k; k = next) {
			next = k->next;
			track_item_free(k);
		}
	}
	free(t);
}

void track_stats(const struct tracker *t, struct track_stats *out)
{
	*out = t->st;
}

/* The first lines of a trace, bounded: enough to recognise it in Slack. */
static char *trace_head(const char *msg)
{
	const char *p = msg;
	size_t n;
	int lines = 0;

	if (!msg)
		return NULL;
	while (*p && lines < TRACE_LINES && (size_t)(p - msg) < TRACE_BYTES) {
		p += strcspn(p, "\n");
		p += *p == '\n';
		lines++;
	}
	n = (size_t)(p - msg);
	if (n > TRACE_BYTES)
		n = TRACE_BYTES;
	while (n && msg[n - 1] == '\n')
		n--;
	return strndup(msg, n);
}

/* "Type: message", or the first line of the message when there is no type. */
static char *summary_of(const struct event *e)
{
	char *s = NULL;
	const char *msg = e->message ? e->message : "";

	if (e->exception_type && e->exception_message && *e->exception_message) {
		if (asprintf(&s, "%s: %.*s", e->exception_type, SUMMARY_BYTES,
			     e->exception_message) < 0)
			s = NULL;
	} else if (e->exception_type) {
		s = strdup(e->exception_type);
	} else {
		s = strndup(msg, strcspn(msg, "\n") < SUMMARY_BYTES ? strcspn(msg, "\n")
								    : SUMMARY_BYTES);
	}
	return s;
}

static char *dup_or_null(const char *s)
{
	return s && *s ? strdup(s) : NULL;
}

static struct track *track_create(const struct event *e, const char *project, const char *host,
				  const struct alert_rule *rule)
{
	struct track *k = calloc(1, sizeof(*k));
	const struct meta *m = e->meta;

	if (!k)
		return NULL;
	k->project = strdup(project);
	k->fp = strdup(e->fingerprint);
	k->type = dup_or_null(e->exception_type);
	k->summary = summary_of(e);
	k->trace = trace_head(e->message);
	k->language = dup_or_null(e->exception_language);
	k->container =
	    dup_or_null(m ? (m->container_name ? m->container_name : m->container_id) : NULL);
	k->host = dup_or_null(host);
	k->rule = rule;
	if (!k->project || !k->fp || !k->summary || !k->trace ||
	    alert_window_init(&k->win, rule->count ? rule->count : 1)) {
		track_item_free(k);
		return NULL;
	}
	return k;
}

static struct track *track_find(struct tracker *t, const char *project, const char *fp, uint32_t h)
{
	struct track *k;

	for (k = t->buckets[h]; k; k = k->next) {
		if (!strcmp(k->fp, fp) && !strcmp(k->project, project))
			return k;
	}
	return NULL;
}

static void url_encode(char **o, char *end, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";

	for (; s && *s && *o + 3 < end; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr("-_.~", c)) {
			*(*o)++ = (char)c;
		} else {
			*(*o)++ = '%';
			*(*o)++ = hex[c >> 4];
			*(*o)++ = hex[c & 15];
		}
	}
}

void track_link(char *out, size_t cap, const char *tpl, const char *project, const char *fp,
		const char *type, const char *host)
{
	static const char *const names[] = {"{project}", "{fingerprint}", "{type}", "{host}"};
	const char *vals[] = {project, fp, type, host};
	char *o = out, *end = out + cap - 1;
	size_t i;

	while (*tpl && o < end) {
		for (i = 0; i < 4; i++) {
			if (!strncmp(tpl, names[i], strlen(names[i])))
				break;
		}
		if (i < 4) {
			url_encode(&o, end, vals[i]);
			tpl += strlen(names[i]);
		} else {
			*o++ = *tpl++;
		}
	}
	*o = '\0';
}

static void rfc3339(char out[32], uint64_t ns)
{
	time_t sec = (time_t)(ns / NS);
	struct tm tm;

	gmtime_r(&sec, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void set_str(json_t *o, const char *key, const char *v)
{
	if (v && *v)
		json_object_set_new(o, key, json_string(v));
}

static json_t *alert_labels(const struct track *k, enum track_kind kind)
{
	json_t *l = json_object();

	set_str(l, "alertname", alert_names[kind]);
	set_str(l, "project", k->project);
	set_str(l, "fingerprint", k->fp);
	set_str(l, "exception_type", k->type);
	set_str(l, "language", k->language);
	set_str(l, "container", k->container);
	set_str(l, "host", k->host);
	set_str(l, "severity", k->rule->severity);
	return l;
}

static json_t *alert_annotations(const struct tracker *t, const struct track *k, const char *link)
{
	json_t *a = json_object();
	char first[32], count[16];

	rfc3339(first, k->first_ns);
	snprintf(count, sizeof(count), "%u", k->in_window);
	set_str(a, "summary", k->summary);
	set_str(a, "trace", k->trace);
	set_str(a, "first_seen", first);
	set_str(a, "count_in_window", count);
	set_str(a, "link", link);
	return a;
}

/* One alert object; endsAt is now when resolved, else a few re-posts ahead so that
 * Alertmanager resolves it by itself if logtap alert goes away. */
static json_t *alert_json(const struct tracker *t, const struct track *k, enum track_kind kind,
			  uint64_t now_ns, bool resolved)
{
	char starts[32], ends[32], link[1024] = "";
	json_t *a;

	if (t->o.link_template)
		track_link(link, sizeof(link), t->o.link_template, k->project, k->fp, k->type,
			   k->host);
	rfc3339(starts, k->alerts[kind].starts_ns);
	rfc3339(ends, resolved ? now_ns : now_ns + 4 * t->o.repost_ns);
	a = json_object();
	json_object_set_new(a, "labels", alert_labels(k, kind));
	json_object_set_new(a, "annotations", alert_annotations(t, k, link));
	set_str(a, "startsAt", starts);
	set_str(a, "endsAt", ends);
	set_str(a, "generatorURL", link);
	return a;
}

/* Queues a JSON array for every Alertmanager; the array is consumed. */
static void post_array(struct tracker *t, json_t *arr)
{
	char *body;

	if (json_array_size(arr)) {
		body = json_dumps(arr, JSON_COMPACT);
		if (!body || amclient_push(t->am, body, strlen(body)))
			log_error("alert: out of memory queueing %zu alerts", json_array_size(arr));
		free(body);
	}
	json_decref(arr);
}

static void fire(struct tracker *t, struct track *k, enum track_kind kind, uint64_t now_ns)
{
	json_t *arr = json_array();

	k->alerts[kind].active = true;
	k->alerts[kind].starts_ns = now_ns;
	k->alerts[kind].trigger_ns = now_ns;
	if (kind == TK_NEW)
		t->st.new_alerts++;
	else
		t->st.surge_alerts++;
	t->st.active++;
	log_info("alert: %s %s in %s (%s)", alert_names[kind], k->fp, k->project,
		 k->summary ? k->summary : "");
	json_array_append_new(arr, alert_json(t, k, kind, now_ns, false));
	post_array(t, arr);
}

/* The track of an event's (project, fingerprint), created on its first occurrence here
 * after asking the KV whether it is new anywhere. NULL with *err (or 0: ignored). */
static struct track *track_get(struct tracker *t, const struct event *e, const char *host,
			       uint64_t now_ns, int *err)
{
	const char *project = subject_project(e->meta);
	const struct alert_rule *rule =
	    alert_rules_match(t->o.rules, project, ev_level_name(e->level));
	uint32_t h = track_hash(project, e->fingerprint);
	struct track *k = track_find(t, project, e->fingerprint, h);
	uint64_t first = 0;
	int rc;

	*err = 0;
	if (k || !alert_rule_alerts(rule))
		return k;
	rc = alert_state_first_seen(t->state, project, e->fingerprint, e->ts_ns ? e->ts_ns : now_ns,
				    &first);
	if (rc < 0) {
		*err = rc;
		return NULL;
	}
	k = track_create(e, project, host, rule);
	if (!k) {
		*err = -ENOMEM;
		return NULL;
	}
	k->first_ns = first;
	k->next = t->buckets[h];
	t->buckets[h] = k;
	t->st.tracked++;
	if (rc == 1)
		fire(t, k, TK_NEW, now_ns);
	return k;
}

int track_event(struct tracker *t, const struct event *e, const char *host, uint64_t now_ns)
{
	const struct alert_rule *rule;
	struct track *k;
	int err;

	if (!e->fingerprint || !*e->fingerprint)
		return 0;
	k = track_get(t, e, host, now_ns, &err);
	if (!k)
		return err == -ENOMEM ? 0 : err; /* out of memory: skip, do not loop */
	rule = k->rule;
	k->last_ns = now_ns;
	k->in_window = alert_window_add(&k->win, e->ts_ns ? e->ts_ns : now_ns,
					(uint64_t)(rule->window_s * 1e9));
	if (k->alerts[TK_NEW].active)
		k->alerts[TK_NEW].trigger_ns = now_ns;
	if (rule->count && k->in_window >= rule->count) {
		if (!k->alerts[TK_SURGE].active)
			fire(t, k, TK_SURGE, now_ns);
		k->alerts[TK_SURGE].trigger_ns = now_ns;
	}
	return 0;
}

/* Adds k's active alerts to arr: re-posted, or resolved after the quiet time. */
static void track_due(struct tracker *t, struct track *k, json_t *arr, uint64_t now_ns)
{
	bool resolved;
	int i;

	for (i = 0; i < TK_COUNT; i++) {
		if (!k->alerts[i].active)
			continue;
		resolved = now_ns >= k->alerts[i].trigger_ns + t->o.resolve_ns;
		json_array_append_new(arr, alert_json(t, k, (enum track_kind)i, now_ns, resolved));
		if (resolved) {
			k->alerts[i].active = false;
			t->st.active--;
			t->st.resolved++;
		}
	}
}

/* Idle: no active alert and nothing in its window or quiet time any more. */
static bool track_idle(const struct tracker *t, const struct track *k, uint64_t now_ns)
{
	uint64_t keep = (uint64_t)(k->rule->window_s * 1e9);

	if (keep < t->o.resolve_ns)
		keep = t->o.resolve_ns;
	return !k->alerts[TK_NEW].active && !k->alerts[TK_SURGE].active &&
	       now_ns > k->last_ns + keep;
}

void track_tick(struct tracker *t, uint64_t now_ns)
{
	struct track **pk, *k;
	json_t *arr;
	size_t i;

	if (now_ns < t->next_repost_ns)
		return;
	t->next_repost_ns = now_ns + t->o.repost_ns;
	arr = json_array();
	for (i = 0; i < TRACK_BUCKETS; i++) {
		for (pk = &t->buckets[i]; (k = *pk);) {
			track_due(t, k, arr, now_ns);
			if (!track_idle(t, k, now_ns)) {
				pk = &k->next;
				continue;
			}
			*pk = k->next;
			track_item_free(k);
			t->st.tracked--;
		}
	}
	post_array(t, arr);
}
