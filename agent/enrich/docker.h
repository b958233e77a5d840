/* SPDX-License-Identifier: Apache-2.0 */
/*
 * docker.h - the Docker Engine API (also Podman's compatible API) over a unix
 * socket, for enrich's resolver thread: container inspect -> struct meta, and
 * the /events stream that says when containers start, die, go or are renamed.
 */
#ifndef LOGTAP_DOCKER_H
#define LOGTAP_DOCKER_H

#include <stdbool.h>
#include <stddef.h>

#include "lib/buf.h"
#include "lib/event.h"

/* GET path on the API socket, at most timeout_ms in all. The body (Content-Length,
 * chunked or until close) lands in body. Returns the HTTP status or a negative errno
 * (-ETIMEDOUT, -ECONNREFUSED, -ENOENT for a missing socket, -EPROTO for a bad reply). */
int docker_get(const char *sock, const char *path, int timeout_ms, struct buf *body);

/* Parses a whole HTTP response held in memory (tests and fuzzing): the body lands in
 * body. The HTTP status, or -EPROTO for a malformed or incomplete response. */
int docker_http_parse(const char *resp, size_t len, struct buf *body);

/* /containers/<id>/json -> a new meta (one reference, to the caller) with runtime set to
 * runtime. id must be 64 lower-case hex digits (-EINVAL otherwise) and the answer must be
 * about that very id. 0, -ESRCH when the runtime does not know the id, or a negative errno (the
 * errno of connect(), e.g. -ENOENT or -ECONNREFUSED, when the socket is not reachable). */
int docker_inspect(const char *sock, const char *id, const char *runtime, int timeout_ms,
		   struct meta **out);

/* The parser behind docker_inspect, for tests: json is an inspect body. 0, -EPROTO or
 * -ENOMEM. */
int docker_parse_inspect(const char *json, size_t len, const char *runtime, struct meta **out);

/* Sets the compose and Kubernetes fields of m from one label (no-op for other keys).
 * 0 or -ENOMEM. Shared with the OCI annotations of oci.c. */
int docker_label_field(struct meta *m, const char *key, const char *value);

/* One container event from the stream. */
struct docker_event {
	char action[16]; /* "start", "die", "destroy" or "rename" */
	char id[129];	 /* container id */
	char name[256];	 /* container name after the event, or "" */
};

typedef void (*docker_event_fn)(void *ctx, const struct docker_event *ev);

struct docker_events;

/* Opens GET /events (container events only) and reads the response head, at most
 * timeout_ms. NULL with errno set on failure. */
struct docker_events *docker_events_open(const char *sock, int timeout_ms);
/* The socket to poll for POLLIN. */
int docker_events_fd(const struct docker_events *es);
/* Reads what the socket has (never blocks) and calls fn for each start/die/destroy/rename.
 * 0 while the stream is open, -EPIPE when the daemon closed it, or a negative errno. */
int docker_events_read(struct docker_events *es, docker_event_fn fn, void *ctx);
/* The parser behind docker_events_read, for tests: one JSON line. True when it is one of
 * the four container events (ev filled). */
bool docker_parse_event(const char *line, size_t len, struct docker_event *ev);
/* Closes the stream. Accepts NULL. */
void docker_events_free(struct docker_events *es);

#endif
