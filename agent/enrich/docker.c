// SPDX-License-Identifier: Apache-2.0
/*
 * docker.c - a minimal HTTP/1.1 client for the Docker and Podman Engine APIs on a
 * unix socket (Content-Length, chunked and read-until-close bodies, a deadline on
 * every call), inspect -> struct meta with jansson, and the /events stream.
 * Runs on enrich's resolver thread only: calls block up to their timeout.
 */
#include "docker.h"

#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "lib/sock.h"

#define HTTP_HEAD_MAX	65536
#define EVENTS_LINE_MAX (1 << 20)

enum http_state {
	HS_HEAD,
	HS_LENGTH,
	HS_CHUNK_SIZE,
	HS_CHUNK_DATA,
	HS_CHUNK_END,
	HS_CLOSE,
	HS_DONE
};

/* An HTTP response being parsed, fed as bytes arrive. */
struct http_resp {
	enum http_state state;
	int status;	  /* HTTP status once the head is in */
	size_t left;	  /* bytes left of the body (HS_LENGTH) or chunk (HS_CHUNK_DATA) */
	struct buf in;	  /* received bytes not parsed yet; owned */
	struct buf *body; /* the decoded body; borrowed */
};

struct docker_events {
	int fd;		      /* the stream's socket; owned */
	struct http_resp res; /* its response parser */
	struct buf body;      /* decoded body: JSON lines, consumed as they complete */
};

static int http_head(struct http_resp *r)
{
	char *end = memmem(r->in.p, r->in.len, "\r\n\r\n", 4), *line, *save;

	if (!end)
		return r->in.len > HTTP_HEAD_MAX ? -EPROTO : 0;
	*end = '\0';
	if (sscanf(r->in.p, "HTTP/1.%*d %d", &r->status) != 1)
		return -EPROTO;
	r->state = HS_CLOSE;
	for (line = strtok_r(r->in.p, "\r\n", &save); line; line = strtok_r(NULL, "\r\n", &save)) {
		if (!strncasecmp(line, "content-length:", 15)) {
			r->left = strtoull(line + 15, NULL, 10);
			r->state = HS_LENGTH;
		} else if (!strncasecmp(line, "transfer-encoding:", 18) &&
			   strcasestr(line, "chunked")) {
			r->state = HS_CHUNK_SIZE;
		}
	}
	if (r->status == 204 || r->status == 304 || (r->state == HS_LENGTH && !r->left))
		r->state = HS_DONE;
	buf_consume(&r->in, (size_t)(end + 4 - r->in.p));
	return 1;
}

static int http_take(struct http_resp *r, enum http_state next)
{
	size_t n = r->left < r->in.len ? r->left : r->in.len;

	if (buf_append(r->body, r->in.p, n))
		return -ENOMEM;
	buf_consume(&r->in, n);
	r->left -= n;
	if (r->left)
		return 0;
	r->state = next;
	return 1;
}

static int http_chunk_size(struct http_resp *r)
{
	char *eol = memmem(r->in.p, r->in.len, "\r\n", 2), *end;

	if (!eol)
		return r->in.len > 256 ? -EPROTO : 0;
	r->left = strtoull(r->in.p, &end, 16);
	if (end == r->in.p)
		return -EPROTO;
	buf_consume(&r->in, (size_t)(eol + 2 - r->in.p));
	/* Trailers after the last chunk are not used by the Engine API: ignored. */
	r->state = r->left ? HS_CHUNK_DATA : HS_DONE;
	return 1;
}

/* Parses what r->in holds. 1 when the response is complete, 0 when more is needed. */
static int http_step(struct http_resp *r)
{
	int rc = 1;

	while (rc > 0) {
		switch (r->state) {
		case HS_HEAD:
			rc = http_head(r);
			break;
		case HS_LENGTH:
			rc = http_take(r, HS_DONE);
			break;
		case HS_CHUNK_SIZE:
			rc = http_chunk_size(r);
			break;
		case HS_CHUNK_DATA:
			rc = http_take(r, HS_CHUNK_END);
			break;
		case HS_CHUNK_END:
			if (r->in.len < 2)
				return 0;
			if (memcmp(r->in.p, "\r\n", 2))
				return -EPROTO;
			buf_consume(&r->in, 2);
			r->state = HS_CHUNK_SIZE;
			break;
		case HS_CLOSE:
			rc = buf_append(r->body, r->in.p, r->in.len) ? -ENOMEM : 0;
			buf_reset(&r->in);
			break;
		case HS_DONE:
			return 1;
		}
	}
	return rc;
}

/* Connects and sends a GET. The socket (non-blocking) or a negative errno. */
static int http_send(const char *sock, const char *path, int64_t deadline)
{
	char req[1024];
	int fd, len, err;

	len = snprintf(
	    req, sizeof(req),
	    "GET %s HTTP/1.1\r\nHost: docker\r\nUser-Agent: logtap\r\nConnection: close\r\n\r\n",
	    path);
	if (len >= (int)sizeof(req))
		return -ENAMETOOLONG;
	fd = sock_dial_unix(sock);
	if (fd < 0)
		return fd;
	err = sock_send_all(fd, req, (size_t)len, deadline);
	if (err) {
		close(fd);
		return err;
	}
	return fd;
}

/* Reads into r until stop() says so, EOF or the deadline. 0 or a negative errno. */
static int http_recv(int fd, struct http_resp *r, int64_t deadline, bool head_only)
{
	char chunk[16384];
	ssize_t n;
	int rc = 0;

	while (head_only ? r->state == HS_HEAD : rc == 0) {
		rc = sock_wait(fd, POLLIN, deadline);
		if (rc)
			return rc;
		n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && (errno == EAGAIN || errno == EINTR))
			continue;
		if (n < 0)
			return -errno;
		if (n == 0)
			return r->state == HS_CLOSE ? 0 : -EPROTO;
		if (buf_append(&r->in, chunk, (size_t)n))
			return -ENOMEM;
		rc = http_step(r);
		if (rc < 0)
			return rc;
	}
	return 0;
}

int docker_get(const char *sock, const char *path, int timeout_ms, struct buf *body)
{
	int64_t deadline = sock_now_ms() + timeout_ms;
	struct http_resp r = {.state = HS_HEAD, .body = body};
	int fd, rc;

	fd = http_send(sock, path, deadline);
	if (fd < 0)
		return fd;
	rc = http_recv(fd, &r, deadline, false);
	close(fd);
	buf_free(&r.in);
	return rc ? rc : r.status;
}

int docker_http_parse(const char *resp, size_t len, struct buf *body)
{
	struct http_resp r = {.state = HS_HEAD, .body = body};
	int rc = buf_append(&r.in, resp, len) ? -ENOMEM : http_step(&r);

	buf_free(&r.in);
	if (rc < 0)
		return rc;
	return r.state == HS_DONE || r.state == HS_CLOSE ? r.status : -EPROTO;
}

static int set_str(char **dst, const char *s)
{
	if (!s || !*s)
		return 0;
	free(*dst);
	*dst = strdup(s);
	return *dst ? 0 : -ENOMEM;
}

int docker_label_field(struct meta *m, const char *key, const char *value)
{
	static const struct {
		const char *key;
		size_t off;
	} fields[] = {
	    {"com.docker.compose.project", offsetof(struct meta, compose_project)},
	    {"com.docker.compose.service", offsetof(struct meta, compose_service)},
	    {"io.kubernetes.pod.namespace", offsetof(struct meta, k8s_namespace)},
	    {"io.kubernetes.pod.name", offsetof(struct meta, k8s_pod)},
	    {"io.kubernetes.container.name", offsetof(struct meta, k8s_container)},
	};
	size_t i;

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		if (!strcmp(key, fields[i].key))
			return set_str((char **)((char *)m + fields[i].off), value);
	}
	return 0;
}

static int inspect_fill(struct meta *m, json_t *root)
{
	json_t *config = json_object_get(root, "Config"), *labels, *v;
	const char *name = json_string_value(json_object_get(root, "Name")), *key;
	int err;

	err = set_str(&m->container_id, json_string_value(json_object_get(root, "Id")));
	if (!err && name)
		err = set_str(&m->container_name, name[0] == '/' ? name + 1 : name);
	if (!err)
		err = set_str(&m->container_image,
			      json_string_value(json_object_get(config, "Image")));
	labels = json_object_get(config, "Labels");
	json_object_foreach(labels, key, v)
	{
		if (err || !json_is_string(v))
			continue;
		err = meta_add_label(m, key, json_string_value(v));
		if (!err)
			err = docker_label_field(m, key, json_string_value(v));
	}
	return err;
}

int docker_parse_inspect(const char *json, size_t len, const char *runtime, struct meta **out)
{
	json_t *root = json_loadb(json, len, 0, NULL);
	struct meta *m;
	int err;

	if (!json_is_object(root)) {
		json_decref(root);
		return -EPROTO;
	}
	m = meta_new();
	err = m ? set_str(&m->container_runtime, runtime) : -ENOMEM;
	if (!err)
		err = inspect_fill(m, root);
	json_decref(root);
	if (!err && !m->container_id)
		err = -EPROTO;
	if (err) {
		meta_unref(m);
		return err;
	}
	*out = m;
	return 0;
}

int docker_inspect(const char *sock, const char *id, const char *runtime, int timeout_ms,
		   struct meta **out)
{
	struct buf body = {0};
	char path[256];
	int rc;

	/* An id is 64 lower-case hex digits: nothing else (a name, a prefix, a path or a
	 * query string made up by whoever named a cgroup) goes into the URL. */
	if (strlen(id) != 64 || strspn(id, "0123456789abcdef") != 64)
		return -EINVAL;
	snprintf(path, sizeof(path), "/containers/%s/json", id);
	rc = docker_get(sock, path, timeout_ms, &body);
	if (rc == 200)
		rc = docker_parse_inspect(body.p, body.len, runtime, out);
	else if (rc == 404)
		rc = -ESRCH;
	else if (rc > 0)
		rc = -EPROTO;
	buf_free(&body);
	if (rc == 0 && (!(*out)->container_id || strcmp((*out)->container_id, id))) {
		meta_unref(*out); /* the daemon answered for another container */
		*out = NULL;
		rc = -ESRCH;
	}
	return rc;
}

bool docker_parse_event(const char *line, size_t len, struct docker_event *ev)
{
	static const char *const wanted[] = {"start", "die", "destroy", "rename"};
	json_t *root = json_loadb(line, len, 0, NULL), *actor;
	const char *action, *id, *name;
	bool ok = false;
	size_t i;

	actor = json_object_get(root, "Actor");
	action = json_string_value(json_object_get(root, "Action"));
	id = json_string_value(json_object_get(actor, "ID"));
	name = json_string_value(json_object_get(json_object_get(actor, "Attributes"), "name"));
	for (i = 0; action && id && i < sizeof(wanted) / sizeof(wanted[0]); i++)
		ok |= !strcmp(action, wanted[i]);
	ok = ok && strlen(id) < sizeof(ev->id) &&
	     !strcmp(json_string_value(json_object_get(root, "Type")) ?: "container", "container");
	if (ok) {
		snprintf(ev->action, sizeof(ev->action), "%s", action);
		snprintf(ev->id, sizeof(ev->id), "%s", id);
		snprintf(ev->name, sizeof(ev->name), "%s", name ? name : "");
	}
	json_decref(root);
	return ok;
}

struct docker_events *docker_events_open(const char *sock, int timeout_ms)
{
	static const char path[] = "/events?filters=%7B%22type%22%3A%5B%22container%22%5D%7D";
	int64_t deadline = sock_now_ms() + timeout_ms;
	struct docker_events *es = calloc(1, sizeof(*es));
	int rc;

	if (!es)
		return NULL;
	es->res.state = HS_HEAD;
	es->res.body = &es->body;
	es->fd = http_send(sock, path, deadline);
	rc = es->fd < 0 ? es->fd : http_recv(es->fd, &es->res, deadline, true);
	if (!rc && es->res.status != 200)
		rc = -EPROTO;
	if (rc) {
		docker_events_free(es);
		errno = -rc;
		return NULL;
	}
	return es;
}

int docker_events_fd(const struct docker_events *es)
{
	return es->fd;
}

int docker_events_read(struct docker_events *es, docker_event_fn fn, void *ctx)
{
	char chunk[16384], *nl;
	struct docker_event ev;
	ssize_t n;
	int rc = 0, err = 0;

	for (;;) {
		n = read(es->fd, chunk, sizeof(chunk));
		err = n < 0 ? errno : 0;
		if (n < 0 && err == EINTR)
			continue;
		if (n <= 0)
			break;
		if (buf_append(&es->res.in, chunk, (size_t)n))
			return -ENOMEM;
		rc = http_step(&es->res);
		if (rc < 0)
			return rc;
	}
	while (es->body.len && (nl = memchr(es->body.p, '\n', es->body.len))) {
		if (docker_parse_event(es->body.p, (size_t)(nl - es->body.p), &ev))
			fn(ctx, &ev);
		buf_consume(&es->body, (size_t)(nl + 1 - es->body.p));
	}
	if (es->body.len > EVENTS_LINE_MAX)
		return -EPROTO;
	if (n == 0 || rc == 1)
		return -EPIPE;
	return n < 0 && err != EAGAIN ? -err : 0;
}

void docker_events_free(struct docker_events *es)
{
	if (!es)
		return;
	if (es->fd >= 0)
		close(es->fd);
	buf_free(&es->res.in);
	buf_free(&es->body);
	free(es);
}
