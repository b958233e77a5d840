// SPDX-License-Identifier: Apache-2.0
/*
 * health.c - liveness and readiness from facts the stages report. Times and flags
 * are atomics; the NATS reason is a short string behind a mutex (written on the
 * library's threads, read by the metrics thread).
 */
#include "health.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "metrics.h"

static uint64_t loop_ns, drain_ns, attached, nats_on, spool_max;
static pthread_mutex_t reason_mu = PTHREAD_MUTEX_INITIALIZER;
static char reason[160];

#define SET(v, x) __atomic_store_n(&(v), (x), __ATOMIC_RELAXED)
#define GET(v) __atomic_load_n(&(v), __ATOMIC_RELAXED)

void health_loop(uint64_t now_ns)
{
	SET(loop_ns, now_ns);
}

void health_drained(uint64_t now_ns)
{
	SET(drain_ns, now_ns);
}

void health_attached(bool on)
{
	SET(attached, on);
}

void health_nats_configured(uint64_t spool_max_bytes)
{
	SET(spool_max, spool_max_bytes);
	SET(nats_on, 1);
}

void health_nats_reason(const char *r)
{
	pthread_mutex_lock(&reason_mu);
	snprintf(reason, sizeof(reason), "%s", r ? r : "");
	pthread_mutex_unlock(&reason_mu);
}

static double secs(uint64_t ns)
{
	return (double)ns / 1e9;
}

bool health_live(uint64_t now_ns, char *why, size_t size)
{
	uint64_t t = GET(loop_ns);

	if (!t || now_ns - t <= HEALTH_LOOP_MAX_NS)
		return snprintf(why, size, "ok"), true;
	snprintf(why, size, "main loop stalled for %.1f s", secs(now_ns - t));
	return false;
}

/* NATS: connected, or not but every event still fits in the spool. */
static bool nats_ready(char *why, size_t size)
{
	uint64_t used = METRIC_GET(spool_bytes), max = GET(spool_max);
	char r[sizeof(reason)];

	snprintf(why, size, "ok");
	if (!GET(nats_on) || METRIC_GET(nats_connected))
		return true;
	pthread_mutex_lock(&reason_mu);
	snprintf(r, sizeof(r), "%s", *reason ? reason : "not connected");
	pthread_mutex_unlock(&reason_mu);
	if (used < max) {
		snprintf(why, size, "ok; nats: %s, events go to the spool (%llu of %llu bytes)", r,
			 (unsigned long long)used, (unsigned long long)max);
		return true;
	}
	snprintf(why, size, "nats: %s and the spool is full (%llu of %llu bytes)", r,
		 (unsigned long long)used, (unsigned long long)max);
	return false;
}

bool health_ready(uint64_t now_ns, char *why, size_t size)
{
	uint64_t d = GET(drain_ns);

	if (!GET(attached)) {
		snprintf(why, size, "capture: BPF program not attached");
		return false;
	}
	if (!d || now_ns - d > HEALTH_DRAIN_MAX_NS) {
		snprintf(why, size, "capture: ring buffer not drained for %.1f s",
			 d ? secs(now_ns - d) : 0.0);
		return false;
	}
	return nats_ready(why, size);
}
