// SPDX-License-Identifier: Apache-2.0
/*
 * bench_publish.c - the last two stages alone: N events encoded (encode_json) and
 * published (ship_event) into core NATS at URL, ship_tick every TICK events as the
 * agent's loop does after each ring drain. Prints the process's CPU-seconds per 1M
 * events (all threads, cnats' included) and its context switches. Built and run by
 * scripts/bench-publish.sh; asserts nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "cli/options.h"
#include "encode/encode.h"
#include "lib/buf.h"
#include "lib/event.h"
#include "metrics/metrics.h"
#include "ship/ship.h"

#define TICK 2000 /* events per ship_tick */

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static double cpu_s(const struct rusage *r)
{
	return (double)(r->ru_utime.tv_sec + r->ru_stime.tv_sec) +
	       (double)(r->ru_utime.tv_usec + r->ru_stime.tv_usec) / 1e6;
}

static void publish(struct ship *s, uint64_t n)
{
	static const char text[] = "2026-11-21 06:00:00.123 INFO [main] c.e.shop.OrderService - "
				   "order 4711 created for customer 815 cart=sku-4711,sku-4711";
	struct event *e = event_new();
	struct buf json = {0};
	uint64_t i;

	event_set_message(e, strdup(text), sizeof(text) - 1);
	for (i = 0; i < n; i++) {
		snprintf(e->event_id, sizeof(e->event_id), "bench-%llu", (unsigned long long)i);
		e->ts_ns = 1700000000000000000ull + i * 1000;
		buf_reset(&json);
		encode_json(&json, e, "bench-host");
		ship_event(s, e, json.p, json.len);
		if (i % TICK == TICK - 1)
			ship_tick(s, mono_ns());
	}
	event_free(e);
	buf_free(&json);
}

int main(int argc, char **argv)
{
	struct lt_options o = {0};
	struct rusage r0, r1;
	uint64_t n = argc > 2 ? strtoull(argv[2], NULL, 10) : 1000000;
	char dir[] = "/tmp/bench-publish.XXXXXX";
	struct ship *s;

	if (argc < 2 || !mkdtemp(dir)) {
		fprintf(stderr, "usage: bench_publish NATS_URL [EVENTS]\n");
		return 2;
	}
	o.nats.url = argv[1];
	o.ship.spool_dir = dir;
	o.ship.spool_max_bytes = 64u << 20;
	o.ship.subject = "logs.default.customer.{project}";
	s = ship_new(&o.ship, &o.nats, "bench-host");
	if (!s)
		return 1;
	getrusage(RUSAGE_SELF, &r0);
	publish(s, n);
	ship_close(s);
	getrusage(RUSAGE_SELF, &r1);
	printf("encode+publish: %llu events, %.3f CPU-s (%.2f s per 1M), %ld voluntary and %ld "
	       "involuntary context switches; published %llu, spooled %llu\n",
	       (unsigned long long)n, cpu_s(&r1) - cpu_s(&r0), (cpu_s(&r1) - cpu_s(&r0)) / n * 1e6,
	       r1.ru_nvcsw - r0.ru_nvcsw, r1.ru_nivcsw - r0.ru_nivcsw,
	       (unsigned long long)METRIC_GET(published),
	       (unsigned long long)METRIC_GET(spool_events));
	ship_free(s);
	return 0;
}
