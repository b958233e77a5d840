// SPDX-License-Identifier: Apache-2.0
/*
 * test_health.c - what /healthz and /readyz answer from the facts the stages report:
 * a stalled main loop, a detached program, a ring not drained, NATS away with and
 * without room in the spool.
 */
#include <string.h>

#include "metrics/health.h"
#include "metrics/metrics.h"
#include "test.h"

#define S 1000000000ull

TEST(liveness_follows_the_main_loop)
{
	char why[256];

	CHECK(health_live(100 * S, why, sizeof(why))); /* before the first turn */
	health_loop(100 * S);
	CHECK(health_live(105 * S, why, sizeof(why)));
	CHECK(!health_live(111 * S, why, sizeof(why)));
	CHECK(strstr(why, "main loop stalled for 11.0 s") != NULL);
}

TEST(readiness_needs_attach_and_drain)
{
	char why[256];

	health_attached(false);
	CHECK(!health_ready(10 * S, why, sizeof(why)));
	CHECK(strstr(why, "not attached") != NULL);
	health_attached(true);
	CHECK(!health_ready(10 * S, why, sizeof(why))); /* never drained */
	health_drained(10 * S);
	CHECK(health_ready(12 * S, why, sizeof(why)));
	CHECK(!strcmp(why, "ok"));
	CHECK(!health_ready(16 * S, why, sizeof(why)));
	CHECK(strstr(why, "not drained for 6.0 s") != NULL);
}

TEST(nats_away_is_ready_until_the_spool_is_full)
{
	char why[256];

	health_attached(true);
	health_drained(20 * S);
	health_nats_configured(1000);
	METRIC_SET(nats_connected, 0);
	health_nats_reason("Authorization Violation");
	METRIC_SET(spool_bytes, 999);
	CHECK(health_ready(20 * S, why, sizeof(why)));
	CHECK(strstr(why, "Authorization Violation") != NULL);
	METRIC_SET(spool_bytes, 1000);
	CHECK(!health_ready(20 * S, why, sizeof(why)));
	CHECK(strstr(why, "spool is full") != NULL);
	METRIC_SET(nats_connected, 1);
	health_nats_reason("");
	CHECK(health_ready(20 * S, why, sizeof(why)) && !strcmp(why, "ok"));
}

int main(void)
{
	RUN(liveness_follows_the_main_loop);
	RUN(readiness_needs_attach_and_drain);
	RUN(nats_away_is_ready_until_the_spool_is_full);
	TEST_END();
}
