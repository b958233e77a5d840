/* SPDX-License-Identifier: Apache-2.0 */
/*
 * tail.h - `logtap tail`: the agents' events from NATS, filtered, to the terminal
 * (the text of `logtap capture`) or as JSON lines; no root, any machine (docs/tail.md).
 */
#ifndef LOGTAP_TAIL_H
#define LOGTAP_TAIL_H

#include <stdbool.h>
#include <stddef.h>

#include "cli/options.h"
#include "lib/event.h"

/* Runs until SIGINT or SIGTERM, then prints the count on stderr. 0 or -errno (logged). */
int tail_main(const struct lt_options *o);
/* The subject to subscribe to from the subject template: {project} becomes the one
 * --project (as a safe token), every other token holding a placeholder becomes '*'.
 * 0, or -ENAMETOOLONG. */
int tail_subject(char *out, size_t cap, const char *tpl, const struct strlist *projects);
/* Whether an event from host passes every filter of o. */
bool tail_match(const struct lt_options *o, const struct event *e, const char *host);

#endif
