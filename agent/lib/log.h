/* SPDX-License-Identifier: Apache-2.0 */
/*
 * log.h - the agent's own diagnostics, to stderr, plain or JSON lines.
 * Messages start with the stage ("ship: ..."); nothing per event above debug.
 */
#ifndef LOGTAP_LOG_H
#define LOGTAP_LOG_H

#include <stdbool.h>

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };

/* debug, info, warn or error -> enum log_level; -1 for anything else. */
int log_level_from_name(const char *name);
void log_setup(enum log_level min, bool json);
void log_msg(enum log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)

/* Rate limit for repeated conditions: true at most once per interval_s per limiter;
 * *suppressed counts the calls that returned false since the last true. */
struct log_limit {
	long long last_s;	 /* monotonic second of the last allowed message */
	unsigned long suppressed; /* calls refused since then */
};
bool log_allow(struct log_limit *l, int interval_s);

#endif
