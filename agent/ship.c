// SPDX-License-Identifier: Apache-2.0
/*
 * ship.c - PLACEHOLDER until the ship issue lands: JSON lines on stdout.
 */
#include "ship.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "log.h"
#include "metrics.h"

struct ship {
	FILE *out;
};

struct ship *ship_new(const struct lt_options *o)
{
	struct ship *s;

	if (o->nats_url) {
		log_error("ship: NATS is not implemented yet");
		errno = ENOSYS;
		return NULL;
	}
	s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	s->out = stdout;
	return s;
}

int ship_event(struct ship *s, const struct event *e, const char *json, size_t len)
{
	if (fwrite(json, 1, len, s->out) != len || fputc('\n', s->out) == EOF)
		return -EIO;
	METRIC_ADD(published, 1);
	return 0;
}

void ship_tick(struct ship *s, uint64_t now_ns)
{
	fflush(s->out);
}

int ship_close(struct ship *s)
{
	return fflush(s->out) ? -errno : 0;
}

void ship_free(struct ship *s)
{
	free(s);
}
