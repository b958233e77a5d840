// SPDX-License-Identifier: Apache-2.0
/*
 * event_json.c - a JSON event back into a struct event with its container meta.
 * Untrusted input (anyone allowed to publish on the subjects): every field is
 * type-checked, strings are copied, nothing is assumed present.
 */
#include "event_json.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int event_json_time(const char *s, uint64_t *ns)
{
	struct tm tm = {0};
	const char *p;
	uint64_t frac = 0;
	int digits = 0;
	time_t t;

	p = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
	if (!p)
		return -EINVAL;
	if (*p == '.') {
		for (p++; *p >= '0' && *p <= '9'; p++) {
			if (digits++ < 9)
				frac = frac * 10 + (uint64_t)(*p - '0');
		}
	}
	for (; digits < 9; digits++)
		frac *= 10;
	if (*p != 'Z' || p[1])
		return -EINVAL;
	t = timegm(&tm);
	if (t < 0 || (uint64_t)t >= UINT64_MAX / 1000000000ull)
		return -EINVAL; /* before 1970, or past what ns in 64 bits hold (2554) */
	*ns = (uint64_t)t * 1000000000ull + frac;
	return 0;
}

/* A copy of the string field name, NULL when absent or not a string; *err set on ENOMEM. */
static char *dup_field(json_t *o, const char *name, int *err)
{
	const char *v = json_string_value(json_object_get(o, name));
	char *c;

	if (!v)
		return NULL;
	c = strdup(v);
	if (!c)
		*err = -ENOMEM;
	return c;
}

static int meta_from_json(struct event *e, json_t *o)
{
	static const char *const names[] = {
	    "container_id",	 "container_name",  "container_image",
	    "container_runtime", "compose_project", "compose_service",
	    "k8s_namespace",	 "k8s_pod",	    "k8s_container"};
	struct meta *m;
	char **fields[9];
	size_t i;
	int err = 0;
	bool any = false;

	for (i = 0; i < 9; i++)
		any |= json_is_string(json_object_get(o, names[i]));
	if (!any)
		return 0; /* host process: no meta, as in the agent */
	m = meta_new();
	if (!m)
		return -ENOMEM;
	fields[0] = &m->container_id;
	fields[1] = &m->container_name;
	fields[2] = &m->container_image;
	fields[3] = &m->container_runtime;
	fields[4] = &m->compose_project;
	fields[5] = &m->compose_service;
	fields[6] = &m->k8s_namespace;
	fields[7] = &m->k8s_pod;
	fields[8] = &m->k8s_container;
	for (i = 0; i < 9; i++)
		*fields[i] = dup_field(o, names[i], &err);
	e->meta = m;
	return err;
}

static enum ev_kind kind_from_name(const char *s)
{
	int k;

	for (k = 0; s && k < EV_KIND_COUNT; k++) {
		if (!strcmp(s, ev_kind_name((enum ev_kind)k)))
			return (enum ev_kind)k;
	}
	return EV_KIND_LINE;
}

static void scalars_from_json(struct event *e, json_t *o, char *host, size_t cap)
{
	const char *s;

	s = json_string_value(json_object_get(o, "timestamp"));
	if (s)
		event_json_time(s, &e->ts_ns);
	s = json_string_value(json_object_get(o, "level"));
	e->level = s ? ev_level_parse(s, strlen(s)) : LVL_UNKNOWN;
	e->kind = kind_from_name(json_string_value(json_object_get(o, "kind")));
	s = json_string_value(json_object_get(o, "stream"));
	e->stream = !s			   ? LT_STREAM_FILE
		    : !strcmp(s, "stdout") ? LT_STREAM_STDOUT
		    : !strcmp(s, "stderr") ? LT_STREAM_STDERR
					   : LT_STREAM_FILE;
	e->tgid = (uint32_t)json_integer_value(json_object_get(o, "pid"));
	e->pid = e->tgid;
	snprintf(e->comm, sizeof(e->comm), "%s",
		 json_string_value(json_object_get(o, "comm")) ?: "");
	e->truncated = json_is_true(json_object_get(o, "truncated"));
	e->binary = json_is_true(json_object_get(o, "binary"));
	e->gap_bytes = (uint64_t)json_integer_value(json_object_get(o, "gap_bytes"));
	snprintf(e->event_id, sizeof(e->event_id), "%s",
		 json_string_value(json_object_get(o, "event_id")) ?: "");
	snprintf(host, cap, "%s", json_string_value(json_object_get(o, "host")) ?: "");
}

struct event *event_json_parse(const char *text, size_t len, char *host, size_t cap)
{
	json_t *o = json_loadb(text, len, JSON_REJECT_DUPLICATES, NULL);
	struct event *e;
	int err = 0;

	if (!json_is_object(o)) {
		json_decref(o);
		errno = EINVAL;
		return NULL;
	}
	e = event_new();
	if (!e) {
		json_decref(o);
		return NULL;
	}
	scalars_from_json(e, o, host, cap);
	e->file = dup_field(o, "file", &err);
	e->message = dup_field(o, "message", &err);
	e->message_len = e->message ? strlen(e->message) : 0;
	e->exception_type = dup_field(o, "exception_type", &err);
	e->exception_message = dup_field(o, "exception_message", &err);
	e->exception_language = dup_field(o, "exception_language", &err);
	e->fingerprint = dup_field(o, "fingerprint", &err);
	e->exception_ref = dup_field(o, "exception_ref", &err);
	if (!err)
		err = meta_from_json(e, o);
	json_decref(o);
	if (err) {
		event_free(e);
		errno = -err;
		return NULL;
	}
	return e;
}
