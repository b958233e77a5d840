/* SPDX-License-Identifier: Apache-2.0 */
/*
 * filter.h - the capture filters that run once an event has its container metadata
 * (--container, --pod, --namespace, --label, --pid): the last step of enrich.
 */
#ifndef LOGTAP_FILTER_H
#define LOGTAP_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lib/event.h"
#include "lib/strlist.h"

/* The filters; everything is borrowed from the caller's options. */
struct filter_opts {
	const struct strlist *containers; /* NAME (exact) or ID (prefix) */
	const struct strlist *pods;	  /* Kubernetes pod names (exact) */
	const struct strlist *namespaces; /* Kubernetes namespaces (exact) */
	const struct strlist *labels;	  /* KEY=VALUE, or KEY alone: present */
	const uint32_t *pids;		  /* tgid or thread id */
	size_t npids;
};

/* True when e passes every filter of f. Values of one filter are OR'ed, different filters
 * AND'ed; an empty (or NULL) filter passes everything. Events without metadata pass only
 * the pid filter. */
bool filter_match(const struct filter_opts *f, const struct event *e);

#endif
