// SPDX-License-Identifier: Apache-2.0
/*
 * check.c - `logtap check` (like `nginx -t`): runs every check in pipeline order
 * and prints one line each. This file holds the runner, the config line and the
 * subject template; check_nats.c and check_host.c hold the rest.
 */
#include "check.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "encode/encode.h"
#include "lib/clock.h"
#include "lib/log.h"

#define CHECK_PROJECT	      "logtap-check" /* project of the sample event (and the probe) */
#define CHECK_OTHER	      "other"	     /* every value of the second sample event */

void check_say(struct check_run *r, enum check_status st, const char *name, const char *fmt, ...)
{
	static const char *const words[] = {"ok  ", "warn", "skip", "FAIL"};
	va_list ap;

	printf("%s %s: ", words[st], name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
	if (st == CHECK_FAIL)
		r->failed++;
}

void check_parse_failed(void)
{
	printf("FAIL config: the options or the config file do not parse (the reason is above)\n");
	fflush(stdout);
}

static void check_config(struct check_run *r)
{
	if (r->o->config) /* options_parse names the file it read */
		check_say(r, CHECK_OK, "config", "%s and the options parse", r->o->config);
	else
		check_say(r, CHECK_OK, "config",
			  "no config file (%s is absent); the flags and LOGTAP_* variables parse",
			  OPTIONS_CONFIG_DEFAULT);
}

/* A sample event whose every metadata field is value; NULL on ENOMEM. */
static struct event *sample_event(const char *value, enum ev_level level, enum ev_kind kind)
{
	struct event *e = event_new();
	struct meta *m = meta_new();

	if (!e || !m) {
		event_free(e);
		meta_unref(m);
		return NULL;
	}
	e->meta = m;
	m->compose_project = strdup(value);
	m->compose_service = strdup(value);
	m->container_name = strdup(value);
	m->k8s_namespace = strdup(value);
	m->k8s_pod = strdup(value);
	m->k8s_container = strdup(value);
	m->container_runtime = strdup("logtap");
	e->ts_ns = clock_real_ns();
	e->level = level;
	e->kind = kind;
	e->tgid = e->pid = (uint32_t)getpid();
	snprintf(e->comm, sizeof(e->comm), "logtap");
	if (!m->compose_project || !m->compose_service || !m->container_name || !m->k8s_namespace ||
	    !m->k8s_pod || !m->k8s_container || !m->container_runtime) {
		event_free(e);
		return NULL;
	}
	return e;
}

/* Tokens where the two renderings differ come from placeholders: they become "*". */
static void subject_pattern(const char *a, const char *b, char *out, size_t cap)
{
	size_t n = 0, la, lb;

	for (;;) {
		la = strcspn(a, ".");
		lb = strcspn(b, ".");
		if (la == lb && !memcmp(a, b, la))
			n += (size_t)snprintf(out + n, cap - n, "%.*s", (int)la, a);
		else
			n += (size_t)snprintf(out + n, cap - n, "*");
		if (!a[la] || !b[lb] || n >= cap - 1)
			break;
		n += (size_t)snprintf(out + n, cap - n, ".");
		a += la + 1;
		b += lb + 1;
	}
}

/* The probe is a well-formed logtap event (kind line, level info, project logtap-check),
 * so that whatever reads the subject handles it like any other event. */
static int encode_probe(struct check_run *r, struct event *e)
{
	char msg[512];
	int n = snprintf(msg, sizeof(msg), "logtap check: publish probe from %s", r->host);

	free(e->meta->k8s_namespace);
	free(e->meta->k8s_pod);
	free(e->meta->k8s_container);
	e->meta->k8s_namespace = e->meta->k8s_pod = e->meta->k8s_container = NULL;
	meta_changed(e->meta);
	event_set_message(e, strndup(msg, (size_t)n), (size_t)n);
	if (!e->message)
		return -ENOMEM;
	snprintf(r->probe_id, sizeof(r->probe_id), "%s", e->event_id);
	return encode_json(&r->probe, e, r->host);
}

static void check_subject(struct check_run *r)
{
	const char *tpl = r->o->ship.subject; /* the default comes from options.c */
	struct event *a = sample_event(CHECK_PROJECT, LVL_INFO, EV_KIND_LINE);
	struct event *b = sample_event(CHECK_OTHER, LVL_ERROR, EV_KIND_TRACE);
	struct subject *t = subject_new(tpl);
	char other[SUBJECT_MAX];
	int err = -ENOMEM;

	if (t && a && b) {
		err = subject_render(t, a, r->host, r->subject, sizeof(r->subject));
		if (err >= 0)
			err = subject_render(t, b, r->host, other, sizeof(other));
		if (err >= 0)
			err = encode_probe(r, a);
	}
	if (!t) {
		check_say(r, CHECK_FAIL, "subject", "template \"%s\" is not valid (%s; see above)",
			  tpl, strerror(errno));
	} else if (err < 0) {
		check_say(r, CHECK_FAIL, "subject", "template \"%s\" does not render: %s", tpl,
			  strerror(-err));
	} else {
		subject_pattern(r->subject, other, r->pattern, sizeof(r->pattern));
		check_say(r, CHECK_OK, "subject",
			  "\"%s\" renders %s for a sample event; all subjects: %s", tpl, r->subject,
			  r->pattern);
	}
	if (err < 0)
		r->subject[0] = r->pattern[0] = '\0';
	subject_free(t);
	event_free(a);
	event_free(b);
}

int check_main(const struct lt_options *o)
{
	struct check_run r = {.o = o};
	struct utsname u;

	/* the check lines say what failed; library chatter only with --log-level */
	if (!o->log_level)
		log_setup(LOG_WARN, o->log_format && !strcmp(o->log_format, "json"));
	if (o->hostname)
		snprintf(r.host, sizeof(r.host), "%s", o->hostname);
	else if (!uname(&u))
		snprintf(r.host, sizeof(r.host), "%s", u.nodename);
	check_config(&r);
	check_subject(&r);
	check_nats(&r);
	check_bpf(&r);
	check_pins(&r);
	check_runtimes(&r);
	check_spool(&r);
	buf_free(&r.probe);
	if (r.failed)
		fprintf(stderr, "logtap check: %d check%s failed\n", r.failed,
			r.failed == 1 ? "" : "s");
	return r.failed ? 1 : 0;
}
