/* SPDX-License-Identifier: Apache-2.0 */
/*
 * event_json.h - the way back from encode_json: an event (schema v1, docs/events.md)
 * read from a NATS message into a struct event, for the consumers of the stream
 * (alert, tail) so that they use the same rules (project, text output) as the agent.
 */
#ifndef LOGTAP_EVENT_JSON_H
#define LOGTAP_EVENT_JSON_H

#include <stddef.h>
#include <stdint.h>

#include "lib/event.h"

/* Parses one event. The event owns everything it points to (free with event_free);
 * its host field goes to host (cap bytes, "" when absent). NULL with errno EINVAL
 * (not a JSON object) or ENOMEM. Unknown fields are ignored, missing ones stay empty. */
struct event *event_json_parse(const char *text, size_t len, char *host, size_t cap);
/* Parses an RFC 3339 UTC time ("2026-01-02T03:04:05.123456789Z") into ns since the
 * epoch. 0 or -EINVAL. */
int event_json_time(const char *s, uint64_t *ns);

#endif
