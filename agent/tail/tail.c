// SPDX-License-Identifier: Apache-2.0
/*
 * tail.c - follows the stream the agents fill: a core subscription, or with --since
 * a JetStream ordered consumer that starts at a time and then keeps following.
 * The subject narrows by project where the template allows; every filter is also
 * applied to the event itself (the same project rule as the subject, subject.c).
 */
#include "tail.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "encode/encode.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/event_json.h"
#include "lib/log.h"
#include "ship/natsopts.h"
#include "ship/subject.h"

#define TAIL_DEFAULT_SUBJECT "logs.default.customer.{project}"

struct tail {
	const struct lt_options *o;
	struct natsopts *nopts; /* owned */
	natsConnection *nc;	/* owned */
	jsCtx *js;		/* owned, with --since */
	natsSubscription *sub;	/* owned */
	struct buf out;		/* one rendered event */
	bool text, color;	/* -o text; ANSI colors on a terminal */
	unsigned long long read, shown;
};

static volatile sig_atomic_t tail_stop;

static void tail_on_signal(int sig)
{
	tail_stop = sig;
}

int tail_subject(char *out, size_t cap, const char *tpl, const struct strlist *projects)
{
	const char *p = tpl ? tpl : TAIL_DEFAULT_SUBJECT;
	char tok[SUBJECT_TOKEN_MAX + 1];
	size_t n = 0, len, tlen;

	while (*p) {
		len = strcspn(p, ".");
		if (projects->n == 1 && len == 9 && !strncmp(p, "{project}", 9))
			subject_token(tok, sizeof(tok), projects->v[0]);
		else if (memchr(p, '{', len))
			snprintf(tok, sizeof(tok), "*");
		else if (len < sizeof(tok))
			snprintf(tok, sizeof(tok), "%.*s", (int)len, p);
		else
			return -ENAMETOOLONG;
		tlen = strlen(tok);
		if (n + tlen + 2 > cap)
			return -ENAMETOOLONG;
		memcpy(out + n, tok, tlen);
		n += tlen;
		p += len;
		if (*p == '.')
			out[n++] = *p++;
	}
	out[n] = '\0';
	return 0;
}

static bool in_list(const struct strlist *l, const char *v)
{
	size_t i;

	if (!l->n)
		return true;
	for (i = 0; v && i < l->n; i++) {
		if (!strcmp(l->v[i], v))
			return true;
	}
	return false;
}

/* --container NAME|ID: the name, or an id prefix of at least 4 characters. */
static bool container_match(const struct strlist *l, const struct meta *m)
{
	size_t i, n;

	if (!l->n)
		return true;
	for (i = 0; m && i < l->n; i++) {
		n = strlen(l->v[i]);
		if ((m->container_name && !strcmp(m->container_name, l->v[i])) ||
		    (m->container_id && n >= 4 && !strncmp(m->container_id, l->v[i], n)))
			return true;
	}
	return false;
}

bool tail_match(const struct lt_options *o, const struct event *e, const char *host)
{
	return in_list(&o->projects, subject_project(e->meta)) && in_list(&o->tail_hosts, host) &&
	       in_list(&o->levels, ev_level_name(e->level)) &&
	       in_list(&o->kinds, ev_kind_name(e->kind)) &&
	       in_list(&o->fingerprints, e->fingerprint) &&
	       container_match(&o->containers, e->meta) &&
	       (!o->grep || (e->message && strstr(e->message, o->grep)));
}

static void tail_nats_error(natsConnection *nc, natsSubscription *sub, natsStatus err, void *arg)
{
	log_warn("tail: NATS: %s", nats_GetLastError(NULL) ?: natsStatus_GetText(err));
}

/* All of tail's NATS connection set-up in one place (see alert_connect): the user's
 * own credentials; no background retry, a terminal session fails fast. */
static int tail_connect(struct tail *t, const struct lt_options *o)
{
	struct natsopts_cbs cbs = {tail_nats_error, NULL, NULL, NULL, t};
	int rc;

	if (!o->nats.url) {
		log_error("tail: --nats-url is needed");
		return -EINVAL;
	}
	t->nopts = natsopts_new(&o->nats, &cbs);
	if (!t->nopts)
		return -errno;
	rc = natsopts_connect(t->nopts, &t->nc);
	if (rc == 1) {
		log_error("tail: NATS (%s) is not reachable", o->nats.url);
		return -EHOSTUNREACH;
	}
	if (!rc && o->since > 0 && natsConnection_JetStream(&t->js, t->nc, NULL) != NATS_OK)
		rc = -ENOMEM;
	return rc;
}

/* --since: an ordered consumer from that time on, which then follows new events. */
static int tail_subscribe(struct tail *t, const char *subject)
{
	jsSubOptions so;
	jsErrCode jerr = 0;
	natsStatus st;

	if (!t->js) {
		st = natsConnection_SubscribeSync(&t->sub, t->nc, subject);
	} else {
		jsSubOptions_Init(&so);
		so.Stream = t->o->stream;
		so.Ordered = true;
		so.Config.DeliverPolicy = js_DeliverByStartTime;
		so.Config.OptStartTime = (int64_t)clock_real_ns() - (int64_t)(t->o->since * 1e9);
		st = js_SubscribeSync(&t->sub, t->js, subject, NULL, &so, &jerr);
	}
	if (st == NATS_OK)
		st = natsSubscription_SetPendingLimits(t->sub, -1, -1);
	if (st == NATS_OK)
		st = natsConnection_Flush(t->nc);
	if (st != NATS_OK) {
		log_error("tail: subscribing to %s: %s%s", subject, nats_GetLastError(NULL),
			  t->js ? " (--since needs a JetStream stream holding the subject and the "
				  "$JS.API.CONSUMER.* permissions)"
				: "");
		return natsopts_errno(st) ?: -EIO;
	}
	log_info("tail: ready, following %s%s", subject, t->js ? " (replaying --since first)" : "");
	return 0;
}

static void tail_show(struct tail *t, natsMsg *m)
{
	const char *data = natsMsg_GetData(m);
	size_t len = (size_t)natsMsg_GetDataLength(m);
	struct event *e;
	char host[256];

	t->read++;
	e = event_json_parse(data, len, host, sizeof(host));
	if (!e || !tail_match(t->o, e, host)) {
		event_free(e);
		return;
	}
	buf_reset(&t->out);
	if (t->text ? encode_text(&t->out, e, t->color)
		    : (buf_append(&t->out, data, len) || buf_putc(&t->out, '\n'))) {
		event_free(e);
		return;
	}
	if (fwrite(t->out.p, 1, t->out.len, stdout) == t->out.len)
		t->shown++;
	event_free(e);
}

static void tail_loop(struct tail *t)
{
	natsMsg *m;
	natsStatus st;

	while (!tail_stop) {
		st = natsSubscription_NextMsg(&m, t->sub, 200);
		if (st == NATS_TIMEOUT) {
			fflush(stdout);
			continue;
		}
		if (st != NATS_OK) {
			log_warn("tail: %s", natsStatus_GetText(st));
			if (natsConnection_IsClosed(t->nc))
				break;
			nats_Sleep(200);
			continue;
		}
		tail_show(t, m);
		natsMsg_Destroy(m);
		if (!natsSubscription_QueuedMsgs(t->sub, &(uint64_t){0}))
			fflush(stdout);
	}
	fflush(stdout);
}

int tail_main(const struct lt_options *o)
{
	struct sigaction sa = {.sa_handler = tail_on_signal};
	const char *nocolor = getenv("NO_COLOR");
	struct tail t = {.o = o};
	char subject[SUBJECT_MAX];
	int err;

	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	t.text = o->output ? !strcmp(o->output, "text") : isatty(STDOUT_FILENO);
	t.color = t.text && isatty(STDOUT_FILENO) && !(nocolor && *nocolor);
	err = tail_subject(subject, sizeof(subject), o->ship.subject, &o->projects);
	if (err)
		log_error("tail: the subject template is too long");
	if (!err)
		err = tail_connect(&t, o);
	if (!err)
		err = tail_subscribe(&t, subject);
	if (!err)
		tail_loop(&t);
	if (t.sub && t.js)
		natsSubscription_Unsubscribe(t.sub); /* deletes the ordered consumer */
	natsSubscription_Destroy(t.sub);
	jsCtx_Destroy(t.js);
	if (t.nc)
		natsConnection_Close(t.nc);
	natsConnection_Destroy(t.nc);
	natsopts_free(t.nopts);
	buf_free(&t.out);
	fprintf(stderr, "logtap: tail: %llu events shown (%llu read)\n", t.shown, t.read);
	return err;
}
