// SPDX-License-Identifier: Apache-2.0
/*
 * log.c - one logger for every stage: stderr, plain text or JSON lines,
 * safe to call from the library threads (one write() per message).
 */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "escape.h"

static enum log_level log_min = LOG_INFO;
static bool log_json;

int log_level_from_name(const char *name)
{
	static const char *const names[] = { "debug", "info", "warn", "error" };
	int i;

	for (i = 0; i < 4; i++) {
		if (!strcmp(name, names[i]))
			return i;
	}
	return -1;
}

void log_setup(enum log_level min, bool json)
{
	log_min = min;
	log_json = json;
}

static const char *const level_names[] = { "debug", "info", "warn", "error" };

void log_msg(enum log_level level, const char *fmt, ...)
{
	char msg[2048], ts[64];
	struct buf b = { 0 };
	struct timespec now;
	struct tm tm;
	va_list ap;

	if (level < log_min)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	clock_gettime(CLOCK_REALTIME, &now);
	gmtime_r(&now.tv_sec, &tm);
	snprintf(ts, sizeof(ts), "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		 now.tv_nsec / 1000000);
	if (log_json) {
		buf_printf(&b, "{\"time\":\"%s\",\"level\":\"%s\",\"msg\":", ts, level_names[level]);
		escape_json(&b, msg, strlen(msg));
		buf_append(&b, "}\n", 2);
	} else {
		buf_printf(&b, "%s logtap %s: %s\n", ts, level_names[level], msg);
	}
	if (b.p && write(STDERR_FILENO, b.p, b.len) < 0) {
		/* nowhere left to report it */
	}
	buf_free(&b);
}

bool log_allow(struct log_limit *l, int interval_s)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (l->last_s && now.tv_sec - l->last_s < interval_s) {
		l->suppressed++;
		return false;
	}
	l->last_s = now.tv_sec;
	return true;
}
