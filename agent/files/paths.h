/* SPDX-License-Identifier: Apache-2.0 */
/*
 * paths.h - decides once per file whether its path looks like a log:
 * the default rules, --path includes and --exclude globs (exclude wins).
 */
#ifndef LOGTAP_PATHS_H
#define LOGTAP_PATHS_H

#include <stdbool.h>
#include <stddef.h>

struct paths_opts {
	char *const *includes; /* --path globs */
	size_t nincludes;
	char *const *excludes; /* --exclude globs */
	size_t nexcludes;
	bool no_defaults;      /* only the includes count */
};

/* A glob without '/' matches the file name; with '/' the whole path ('*' crosses '/'). */
bool paths_glob_match(const char *glob, const char *path);
/* True when writes to path should be captured. */
bool paths_is_log(const struct paths_opts *o, const char *path);

#endif
