// SPDX-License-Identifier: Apache-2.0
/*
 * enrich.c - PLACEHOLDER until the metadata issue lands: the container id
 * from /proc/<pid>/cgroup, synchronously, no runtime lookups.
 */
#include "enrich.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct enrich {
	struct enrich_opts opts;
	enrich_emit_fn emit;
	void *ctx;
};

struct enrich *enrich_new(const struct enrich_opts *opts, enrich_emit_fn emit, void *ctx)
{
	struct enrich *en = calloc(1, sizeof(*en));

	if (!en)
		return NULL;
	en->opts = *opts;
	en->emit = emit;
	en->ctx = ctx;
	return en;
}

/* First run of 64 hex digits in s, copied to id (65 bytes). */
static bool find_id(const char *s, char *id)
{
	size_t n = 0;

	for (; *s; s++) {
		n = isxdigit((unsigned char)*s) ? n + 1 : 0;
		if (n == 64 && !isxdigit((unsigned char)s[1])) {
			memcpy(id, s - 63, 64);
			id[64] = '\0';
			return true;
		}
	}
	return false;
}

void enrich_push(struct enrich *en, struct event *e)
{
	char path[64], line[512], id[65];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%u/cgroup", e->tgid);
	f = fopen(path, "r");
	while (f && fgets(line, sizeof(line), f)) {
		if (find_id(line, id)) {
			e->meta = meta_new();
			if (e->meta)
				e->meta->container_id = strdup(id);
			break;
		}
	}
	if (f)
		fclose(f);
	en->emit(en->ctx, e);
}

void enrich_tick(struct enrich *en, uint64_t now_ns)
{
}

void enrich_flush(struct enrich *en)
{
}

void enrich_free(struct enrich *en)
{
	free(en);
}

bool enrich_filter_match(const struct lt_options *o, const struct event *e)
{
	const char *id = e->meta ? e->meta->container_id : NULL;
	size_t i;

	if (!o->containers.n)
		return true;
	for (i = 0; i < o->containers.n; i++) {
		if (id && !strncmp(id, o->containers.v[i], strlen(o->containers.v[i])))
			return true;
	}
	return false;
}
