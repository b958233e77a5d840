/* SPDX-License-Identifier: Apache-2.0 */
/*
 * subject.h - the NATS subject of an event, from a template such as
 * "logs.default.customer.{project}". Placeholder values come from container
 * metadata and are sanitized so they can never add, split or widen a token.
 */
#ifndef LOGTAP_SUBJECT_H
#define LOGTAP_SUBJECT_H

#include <stddef.h>

#include "lib/event.h"

/* Longest value one placeholder expands to; longer values are cut. */
#define SUBJECT_TOKEN_MAX 128
/* Room for a rendered subject, NUL included. */
#define SUBJECT_MAX 1024

struct subject;

/* Compiles a template; placeholders: {project} {service} {container} {namespace} {pod}
 * {host} {level} {kind}. NULL with errno EINVAL (reason logged) or ENOMEM. */
struct subject *subject_new(const char *tpl);
/* Accepts NULL. */
void subject_free(struct subject *t);
/* Writes the subject of e (host: the node name) into out (cap bytes, NUL-terminated).
 * Returns the length, or -ENAMETOOLONG when it does not fit. */
int subject_render(const struct subject *t, const struct event *e, const char *host, char *out,
		   size_t cap);
/* Writes s as one safe subject token into dst (cap > 1 bytes): bytes other than ASCII
 * letters, digits, '-' and '_' become '_', at most SUBJECT_TOKEN_MAX bytes; NULL or
 * empty becomes "unknown". Returns the length written. */
size_t subject_token(char *dst, size_t cap, const char *s);
/* The project of an event: compose project, else Kubernetes namespace, else container
 * name, else container id, else "host" (borrowed from m or static). */
const char *subject_project(const struct meta *m);

#endif
