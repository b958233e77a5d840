/* SPDX-License-Identifier: Apache-2.0 */
/*
 * strlist.h - a list of owned strings: the values of a repeatable option
 * (--path, --container, --label...), in the order given.
 */
#ifndef LOGTAP_STRLIST_H
#define LOGTAP_STRLIST_H

#include <stddef.h>

struct strlist {
	size_t n;	/* entries */
	char **v;	/* n strings, owned */
};

/* Appends a copy of v. 0 or -ENOMEM (the list is unchanged then). */
int strlist_add(struct strlist *l, const char *v);
/* Frees every entry and leaves an empty list. */
void strlist_free(struct strlist *l);

#endif
