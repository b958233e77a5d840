// SPDX-License-Identifier: Apache-2.0
/*
 * metrics.c - PLACEHOLDER until the ship issue lands: counters only.
 */
#include "metrics.h"

#include <errno.h>
#include <stddef.h>

struct metrics lt_metrics;

struct metrics_server *metrics_server_start(const char *addr)
{
	errno = ENOSYS;
	return NULL;
}

void metrics_server_stop(struct metrics_server *s)
{
}
