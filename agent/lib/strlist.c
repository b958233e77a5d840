// SPDX-License-Identifier: Apache-2.0
/*
 * strlist.c - the owned string lists behind repeatable options.
 */
#include "strlist.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int strlist_add(struct strlist *l, const char *v)
{
	char **n = realloc(l->v, (l->n + 1) * sizeof(*n));
	char *copy;

	if (!n)
		return -ENOMEM;
	l->v = n;
	copy = strdup(v);
	if (!copy)
		return -ENOMEM;
	l->v[l->n++] = copy;
	return 0;
}

void strlist_free(struct strlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
