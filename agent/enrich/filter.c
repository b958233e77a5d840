// SPDX-License-Identifier: Apache-2.0
/*
 * filter.c - capture filters on enriched events. Runs once per event after enrich,
 * so it only compares strings the event already carries; --pid values arrive parsed.
 */
#include "filter.h"

#include <string.h>

static bool any(const struct strlist *l, bool (*match)(const char *v, const struct event *e),
		const struct event *e)
{
	size_t i;

	if (!l || !l->n)
		return true;
	for (i = 0; i < l->n; i++) {
		if (match(l->v[i], e))
			return true;
	}
	return false;
}

static bool match_container(const char *v, const struct event *e)
{
	const struct meta *m = e->meta;

	return m && ((m->container_name && !strcmp(m->container_name, v)) ||
		     (m->container_id && *v && !strncmp(m->container_id, v, strlen(v))));
}

static bool match_pod(const char *v, const struct event *e)
{
	return e->meta && e->meta->k8s_pod && !strcmp(e->meta->k8s_pod, v);
}

static bool match_namespace(const char *v, const struct event *e)
{
	return e->meta && e->meta->k8s_namespace && !strcmp(e->meta->k8s_namespace, v);
}

static bool match_label(const char *v, const struct event *e)
{
	const char *eq = strchr(v, '=');
	size_t i, klen = eq ? (size_t)(eq - v) : strlen(v);

	for (i = 0; e->meta && i < e->meta->nlabels; i++) {
		if (strlen(e->meta->label_keys[i]) == klen &&
		    !strncmp(e->meta->label_keys[i], v, klen) &&
		    (!eq || !strcmp(e->meta->label_values[i], eq + 1)))
			return true;
	}
	return false;
}

static bool match_pid(const struct filter_opts *f, const struct event *e)
{
	size_t i;

	if (!f->npids)
		return true;
	for (i = 0; i < f->npids; i++) {
		if (f->pids[i] == e->tgid || f->pids[i] == e->pid)
			return true;
	}
	return false;
}

bool filter_match(const struct filter_opts *f, const struct event *e)
{
	return any(f->containers, match_container, e) && any(f->pods, match_pod, e) &&
	       any(f->namespaces, match_namespace, e) && any(f->labels, match_label, e) &&
	       match_pid(f, e);
}
