// SPDX-License-Identifier: Apache-2.0
/*
 * record_start.c - parses and compiles the --record-start GLOB=REGEX overrides
 * once, at reassemble start, and matches them: fnmatch on the writer's path or
 * container name when a writer appears, regexec on each of its lines after that.
 */
#include "record_start.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rs_entry {
	char *glob;    /* owned */
	regex_t re;    /* compiled REGEX */
	bool compiled; /* re must be freed */
};

struct record_start {
	size_t n;	    /* entries */
	struct rs_entry *e; /* n entries, owned */
};

static int entry_init(struct rs_entry *en, const char *spec)
{
	const char *eq = strchr(spec, '=');
	char msg[160];
	int rc;

	if (!eq || eq == spec || !eq[1]) {
		fprintf(stderr, "logtap: --record-start '%s': want GLOB=REGEX\n", spec);
		return -EINVAL;
	}
	en->glob = strndup(spec, (size_t)(eq - spec));
	if (!en->glob)
		return -ENOMEM;
	rc = regcomp(&en->re, eq + 1, REG_EXTENDED | REG_NOSUB);
	if (rc) {
		regerror(rc, &en->re, msg, sizeof(msg));
		fprintf(stderr, "logtap: --record-start '%s': bad regex: %s\n", spec, msg);
		return rc == REG_ESPACE ? -ENOMEM : -EINVAL;
	}
	en->compiled = true;
	return 0;
}

struct record_start *record_start_new(const char *const *specs, size_t n)
{
	struct record_start *rs = calloc(1, sizeof(*rs));
	size_t i;
	int err = 0;

	if (!rs)
		return NULL;
	rs->e = n ? calloc(n, sizeof(*rs->e)) : NULL;
	if (n && !rs->e) {
		free(rs);
		return NULL;
	}
	for (i = 0; i < n && !err; i++, rs->n++)
		err = entry_init(&rs->e[i], specs[i]);
	if (err) {
		record_start_free(rs);
		errno = -err;
		return NULL;
	}
	return rs;
}

void record_start_free(struct record_start *rs)
{
	size_t i;

	if (!rs)
		return;
	for (i = 0; i < rs->n; i++) {
		free(rs->e[i].glob);
		if (rs->e[i].compiled)
			regfree(&rs->e[i].re);
	}
	free(rs->e);
	free(rs);
}

bool record_start_empty(const struct record_start *rs)
{
	return !rs || !rs->n;
}

const regex_t *record_start_find(const struct record_start *rs, const char *path, const char *name)
{
	size_t i;

	for (i = 0; rs && i < rs->n; i++) {
		if ((path && path[0] && !fnmatch(rs->e[i].glob, path, 0)) ||
		    (name && name[0] && !fnmatch(rs->e[i].glob, name, 0)))
			return &rs->e[i].re;
	}
	return NULL;
}

bool record_start_match(const regex_t *re, const char *line)
{
	return regexec(re, line, 0, NULL, 0) == 0;
}
