/* SPDX-License-Identifier: Apache-2.0 */
/*
 * record_start.h - the --record-start GLOB=REGEX overrides of reassembly: for a
 * writer whose file path or container name matches GLOB, a line matching REGEX
 * starts a record and any other line continues it. POSIX regex, run only for
 * writers with an override; everyone else keeps the rules and learned shapes.
 */
#ifndef LOGTAP_RECORD_START_H
#define LOGTAP_RECORD_START_H

#include <regex.h>
#include <stdbool.h>
#include <stddef.h>

/* Compiles specs[0..n) ("GLOB=REGEX", POSIX extended). NULL with errno on failure: EINVAL
 * after a message on stderr naming the bad spec, ENOMEM. n == 0 gives an empty set. */
struct record_start *record_start_new(const char *const *specs, size_t n);
/* Accepts NULL. */
void record_start_free(struct record_start *rs);
/* True when the set has no overrides (nothing to look up). Accepts NULL. */
bool record_start_empty(const struct record_start *rs);
/* The regex of the first override whose GLOB matches path or name (either may be NULL or
 * ""), or NULL. Borrowed from rs. */
const regex_t *record_start_find(const struct record_start *rs, const char *path, const char *name);
/* Does the line (NUL-terminated) start a record under re? */
bool record_start_match(const regex_t *re, const char *line);

#endif
