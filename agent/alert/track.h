/* SPDX-License-Identifier: Apache-2.0 */
/*
 * track.h - alert's decisions: each event with a fingerprint is counted per
 * (project, fingerprint); the first one ever seen (KV) fires LogtapNewException,
 * passing a rule's count in its window fires LogtapExceptionSurge. Active alerts
 * are re-posted with a moving endsAt and resolved after a quiet time.
 */
#ifndef LOGTAP_ALERT_TRACK_H
#define LOGTAP_ALERT_TRACK_H

#include <stdint.h>

#include "amclient.h"
#include "lib/event.h"
#include "rules.h"
#include "state.h"

struct track_opts {
	const struct alert_rules *rules; /* borrowed, outlive the tracker */
	const char *link_template;	 /* {project} {fingerprint} {type} {host}, or NULL */
	uint64_t repost_ns;		 /* re-post active alerts this often */
	uint64_t resolve_ns;		 /* resolve after this long without an occurrence */
};

struct track_stats {
	uint64_t new_alerts;   /* LogtapNewException fired */
	uint64_t surge_alerts; /* LogtapExceptionSurge fired */
	uint64_t resolved;     /* alerts resolved after quiet */
	uint64_t tracked;      /* fingerprints in memory now */
	uint64_t active;       /* alerts firing now */
};

struct tracker;

/* state and am are borrowed. NULL with errno. */
struct tracker *track_new(const struct track_opts *o, struct alert_state *state,
			  struct amclient *am);
/* Handles one event from host at realtime now_ns: 0 (handled or ignored), or -EAGAIN
 * when the first-seen state could not be read (redeliver the event later). */
int track_event(struct tracker *t, const struct event *e, const char *host, uint64_t now_ns);
/* Re-posts due alerts, resolves quiet ones and forgets idle fingerprints. */
void track_tick(struct tracker *t, uint64_t now_ns);
void track_stats(const struct tracker *t, struct track_stats *out);
/* Renders the link template for one fingerprint into out (values URL-encoded). */
void track_link(char *out, size_t cap, const char *tpl, const char *project, const char *fp,
		const char *type, const char *host);
/* Accepts NULL. */
void track_free(struct tracker *t);

#endif
