/* SPDX-License-Identifier: Apache-2.0 */
/*
 * rules.h - alert's thresholds: which exceptions alert, how loud, and when a
 * fingerprint surges. One rule a line (project glob, level globs, count, window,
 * severity), the first match wins; and the sliding window that counts occurrences.
 */
#ifndef LOGTAP_ALERT_RULES_H
#define LOGTAP_ALERT_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ALERT_RULES_COUNT_MAX 100000 /* surge counts above this are refused */

struct alert_rule {
	char *project;	 /* fnmatch glob on the project, owned */
	char *levels;	 /* comma-separated fnmatch globs on the level name, owned */
	uint32_t count;	 /* surge when this many occur within window; 0 = no surge alert */
	double window_s; /* the surge window, seconds */
	char *severity;	 /* severity label; "none" = no alerts at all, owned */
};

struct alert_rules {
	size_t n;	      /* rules, in file order */
	struct alert_rule *v; /* owned */
};

/* Parses rules text: "PROJECT LEVELS COUNT WINDOW SEVERITY" per line, # comments,
 * WINDOW as 30s, 5m, 1h or seconds. On -EINVAL a message naming the line is in err
 * (cap bytes). -ENOMEM. The rules are replaced only on success. */
int alert_rules_parse(struct alert_rules *r, const char *text, char *err, size_t cap);
/* Reads and parses a file, or sets the default rule ("* * 100 5m warning") when path
 * is NULL. 0, -errno (logged). */
int alert_rules_load(struct alert_rules *r, const char *path);
/* The first rule matching project and level name, or NULL: no alerts for the event. */
const struct alert_rule *alert_rules_match(const struct alert_rules *r, const char *project,
					   const char *level);
/* Whether a rule lets anything alert (its severity is not "none"). */
bool alert_rule_alerts(const struct alert_rule *rule);
/* Frees the rules; the struct can be parsed into again. */
void alert_rules_free(struct alert_rules *r);

/* The last cap occurrence times of one fingerprint (a ring), enough to tell whether
 * cap of them fall in a window: a surge of cap is exact. The ring grows with the
 * occurrences (most fingerprints are rare), up to cap. */
struct alert_window {
	uint64_t *ts;  /* size times, ns, owned */
	uint32_t cap;  /* most times kept: the rule's count */
	uint32_t size; /* slots allocated */
	uint32_t n;    /* times stored */
	uint32_t next; /* slot of the next time */
};

/* 0 or -ENOMEM; a cap of 0 counts as 1. */
int alert_window_init(struct alert_window *w, uint32_t cap);
/* Adds an occurrence at ts_ns and returns how many of the stored ones (it included)
 * lie in (ts_ns - window_ns, ts_ns]; when the ring cannot grow, the oldest is replaced. */
uint32_t alert_window_add(struct alert_window *w, uint64_t ts_ns, uint64_t window_ns);
void alert_window_free(struct alert_window *w);

#endif
