// SPDX-License-Identifier: Apache-2.0
/*
 * amclient.c - a minimal HTTP/1.1 client (one POST per connection, plain http,
 * non-blocking socket under one deadline) and the per-URL retry queues in front
 * of it. Only the status line of the answer matters: Alertmanager says 200.
 */
#include "amclient.h"

#include <errno.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/sock.h"

#define BACKOFF_MIN_NS 500000000ull
#define BACKOFF_MAX_NS 15000000000ull

/* http://HOST[:PORT][/PREFIX] into host, port and prefix (no trailing '/'). */
static int parse_url(const char *url, char *host, size_t hcap, char *port, size_t pcap,
		     char *prefix, size_t xcap)
{
	const char *h = url + 7, *end, *slash;
	size_t n;

	if (strncmp(url, "http://", 7))
		return -EINVAL;
	slash = h + strcspn(h, "/");
	snprintf(prefix, xcap, "%s", slash);
	n = strlen(prefix);
	while (n && prefix[n - 1] == '/')
		prefix[--n] = '\0';
	if (*h == '[') {
		end = memchr(h, ']', (size_t)(slash - h));
		if (!end)
			return -EINVAL;
		snprintf(host, hcap, "%.*s", (int)(end - h - 1), h + 1);
		end++;
	} else {
		end = h + strcspn(h, ":/");
		snprintf(host, hcap, "%.*s", (int)(end - h), h);
	}
	if (*end == ':' && end + 1 < slash)
		snprintf(port, pcap, "%.*s", (int)(slash - end - 1), end + 1);
	else if (end == slash)
		snprintf(port, pcap, "80");
	else
		return -EINVAL;
	return *host ? 0 : -EINVAL;
}

/* Reads until the status line is complete; returns the status code or -errno. */
static int read_status(int fd, int64_t deadline_ms)
{
	char head[256];
	size_t n = 0;
	ssize_t r;
	int code, err;

	while (n < sizeof(head) - 1 && !memchr(head, '\n', n)) {
		r = recv(fd, head + n, sizeof(head) - 1 - n, 0);
		if (r > 0) {
			n += (size_t)r;
			continue;
		}
		if (r == 0 || (errno != EAGAIN && errno != EINTR))
			break;
		err = sock_wait(fd, POLLIN, deadline_ms);
		if (err)
			return err;
	}
	head[n] = '\0';
	if (sscanf(head, "HTTP/1.%*d %d", &code) != 1)
		return -EPROTO;
	return code;
}

int amclient_post(const char *url, const char *path, const char *body, size_t len, int timeout_ms)
{
	char host[256], port[16], prefix[512];
	int64_t deadline = sock_now_ms() + timeout_ms;
	struct buf req = {0};
	int fd, err;

	err = parse_url(url, host, sizeof(host), port, sizeof(port), prefix, sizeof(prefix));
	if (err)
		return err;
	if (buf_printf(&req,
		       "POST %s%s HTTP/1.1\r\nHost: %s:%s\r\nUser-Agent: logtap-alert\r\n"
		       "Content-Type: application/json\r\nContent-Length: %zu\r\n"
		       "Connection: close\r\n\r\n",
		       prefix, path, host, port, len) ||
	    buf_append(&req, body, len)) {
		buf_free(&req);
		return -ENOMEM;
	}
	fd = sock_dial_tcp(host, port, deadline);
	err = fd < 0 ? fd : sock_send_all(fd, req.p, req.len, deadline);
	if (!err)
		err = read_status(fd, deadline);
	if (fd >= 0)
		close(fd);
	buf_free(&req);
	return err;
}

/* One Alertmanager and the batches waiting for it (a ring, oldest at head). */
struct am_target {
	char *url;	     /* owned */
	char **bodies;	     /* queue_max slots, owned strings */
	size_t head, n;	     /* oldest slot, batches queued */
	uint64_t next_ns;    /* monotonic time of the next attempt */
	uint64_t backoff_ns; /* current retry delay; 0 while healthy */
	bool down_logged;    /* "unreachable" said once per outage */
};

struct amclient {
	struct am_target *t; /* n targets, owned */
	size_t n;
	size_t queue_max; /* slots per target */
	int timeout_ms;	  /* per attempt */
	struct amclient_stats st;
};

struct amclient *amclient_new(char *const *urls, size_t n, size_t queue_max, int timeout_ms)
{
	struct amclient *c = calloc(1, sizeof(*c));
	size_t i;

	if (!c)
		return NULL;
	c->t = calloc(n, sizeof(*c->t));
	c->n = n;
	c->queue_max = queue_max ? queue_max : 1;
	c->timeout_ms = timeout_ms;
	for (i = 0; c->t && i < n; i++) {
		c->t[i].url = strdup(urls[i]);
		c->t[i].bodies = calloc(c->queue_max, sizeof(char *));
		if (!c->t[i].url || !c->t[i].bodies)
			break;
	}
	if (!c->t || i < n) {
		amclient_free(c);
		errno = ENOMEM;
		return NULL;
	}
	return c;
}

static void target_pop(struct am_target *t, size_t max)
{
	free(t->bodies[t->head]);
	t->bodies[t->head] = NULL;
	t->head = (t->head + 1) % max;
	t->n--;
}

int amclient_push(struct amclient *c, const char *body, size_t len)
{
	struct am_target *t;
	size_t i;

	for (i = 0; i < c->n; i++) {
		t = &c->t[i];
		if (t->n == c->queue_max) {
			target_pop(t, c->queue_max);
			c->st.dropped++;
		}
		t->bodies[(t->head + t->n) % c->queue_max] = strndup(body, len);
		if (!t->bodies[(t->head + t->n) % c->queue_max])
			return -ENOMEM;
		t->n++;
	}
	return 0;
}

/* One attempt for the oldest batch of t: true when the queue may go on. */
static bool target_attempt(struct amclient *c, struct am_target *t, uint64_t now_ns)
{
	const char *body = t->bodies[t->head];
	int rc = amclient_post(t->url, "/api/v2/alerts", body, strlen(body), c->timeout_ms);

	if (rc >= 200 && rc < 300) {
		c->st.posted++;
		if (t->down_logged)
			log_info("alert: Alertmanager %s is back", t->url);
		t->backoff_ns = 0;
		t->down_logged = false;
		target_pop(t, c->queue_max);
		return true;
	}
	if (rc >= 400 && rc < 500 && rc != 429) {
		c->st.rejected++;
		log_warn("alert: Alertmanager %s refused a batch (HTTP %d); dropped", t->url, rc);
		target_pop(t, c->queue_max);
		return true;
	}
	c->st.failures++;
	t->backoff_ns = t->backoff_ns ? t->backoff_ns * 2 : BACKOFF_MIN_NS;
	if (t->backoff_ns > BACKOFF_MAX_NS)
		t->backoff_ns = BACKOFF_MAX_NS;
	t->next_ns = now_ns + t->backoff_ns;
	if (!t->down_logged)
		log_warn("alert: Alertmanager %s: %s; retrying with backoff (%zu queued)", t->url,
			 rc < 0 ? strerror(-rc) : "HTTP error", t->n);
	t->down_logged = true;
	return false;
}

void amclient_run(struct amclient *c, uint64_t now_ns)
{
	struct am_target *t;
	size_t i;

	for (i = 0; i < c->n; i++) {
		t = &c->t[i];
		while (t->n && now_ns >= t->next_ns && target_attempt(c, t, now_ns))
			;
	}
}

void amclient_stats(const struct amclient *c, struct amclient_stats *out)
{
	size_t i;

	*out = c->st;
	out->queued = 0;
	for (i = 0; i < c->n; i++)
		out->queued += c->t[i].n;
}

void amclient_free(struct amclient *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; c->t && i < c->n; i++) {
		if (c->t[i].n)
			log_warn("alert: %zu batches for %s not delivered", c->t[i].n, c->t[i].url);
		while (c->t[i].bodies && c->t[i].n)
			target_pop(&c->t[i], c->queue_max);
		free(c->t[i].bodies);
		free(c->t[i].url);
	}
	free(c->t);
	free(c);
}
