// SPDX-License-Identifier: Apache-2.0
/*
 * metrics.c - the counters every stage bumps, and a tiny HTTP/1.0 server on its
 * own thread: Prometheus text on GET /metrics, liveness on /healthz and readiness
 * on /readyz (200 "ok" or 503 with the reason, health.c), 404 else. It only
 * reads atomics, one short-lived connection at a time with a bounded request
 * size and socket timeouts, so a slow scraper can never stall the pipeline.
 */
#include "metrics.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "health.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"

#define METRICS_REQ_MAX	     4096 /* bytes of request read at most */
#define METRICS_IO_TIMEOUT_S 2

struct metrics lt_metrics;
static int (*metrics_renderer)(struct buf *b); /* NULL: the agent's counters */

void metrics_set_renderer(int (*render)(struct buf *b))
{
	metrics_renderer = render;
}

struct metrics_server {
	int fd;		  /* listening socket */
	int stop[2];	  /* pipe: a byte on stop[1] ends the thread */
	pthread_t thread; /* serves one connection at a time */
};

static const struct {
	const char *name;
	const char *type;
	const char *help;
	size_t offset;
} metric_defs[] = {
#define M(n, t, h, f)                                                                              \
	{                                                                                          \
		"logtap_" n, t, h, offsetof(struct metrics, f)                                     \
	}
    M("captured_writes_total", "counter", "Write system calls captured.", writes),
    M("captured_bytes_total", "counter", "Bytes captured.", bytes),
    M("kernel_drops_total", "counter", "Ring buffer records lost in the kernel.", kernel_drops),
    M("kernel_drop_bytes_total", "counter", "Payload bytes of records lost in the kernel.",
      kernel_drop_bytes),
    M("truncated_bytes_total", "counter", "Bytes beyond the per-write capture maximum.",
      truncated_bytes),
    M("readback_bytes_total", "counter", "Captured bytes read back from the page cache.",
      readback_bytes),
    M("readback_missing_bytes_total", "counter",
      "Bytes of writes no longer in their file when read back (reported as gaps).",
      readback_missing_bytes),
    M("readback_files", "gauge", "Log files held open for read-back.", readback_files),
    M("readback_stalls_total", "counter",
      "Read-back opens and reads that missed their deadline (the file is copied from then on).",
      readback_stalls),
    M("readback_slow_reads_total", "counter",
      "Read-back reads not served from the page cache at once (done by the worker thread).",
      readback_slow_reads),
    M("truncated_events_total", "counter", "Events cut by a cap or max_payload.", truncated_events),
    M("published_total", "counter", "Events accepted by NATS (acknowledged with JetStream).",
      published),
    M("publish_errors_total", "counter", "Failed publishes (each retried or spooled).",
      publish_errors),
    M("permission_errors_total", "counter", "Publish permission violations.", permission_errors),
    M("spool_bytes", "gauge", "Bytes in the disk spool.", spool_bytes),
    M("spool_events", "gauge", "Events in the disk spool.", spool_events),
    M("spool_evicted_total", "counter", "Events evicted from a full spool.", spool_evicted),
    M("nats_connected", "gauge", "1 while connected to NATS.", nats_connected),
    M("path_records_total", "counter", "PATH records received (first sight of a file).",
      path_records),
    M("lost_paths_total", "counter", "PATH records lost in the kernel (asked for again).",
      lost_paths),
    M("unresolved_records_total", "counter",
      "Records of files whose path could not be learned (their writer was gone).",
      unresolved_records),
    M("unresolved_bytes_total", "counter", "Bytes of those records, not passed on.",
      unresolved_bytes),
    M("filtered_events_total", "counter", "Events dropped by the capture filters.",
      filtered_events),
    M("output_errors_total", "counter", "Events that could not be written to stdout.",
      output_errors),
#undef M
};

static char build_labels[256]; /* logtap_build_info's labels, set once at start */

void metrics_build_info(const char *version, const char *commit, const char *hook)
{
	snprintf(build_labels, sizeof(build_labels), "version=\"%s\",commit=\"%s\",hook=\"%s\"",
		 version, commit, hook);
}

static uint64_t metric_at(size_t offset)
{
	return __atomic_load_n((uint64_t *)((char *)&lt_metrics + offset), __ATOMIC_RELAXED);
}

/* Renders every counter as Prometheus text (format 0.0.4). 0 or -ENOMEM. */
static int metrics_render(struct buf *b)
{
	size_t i;
	int err = 0;

	for (i = 0; i < sizeof(metric_defs) / sizeof(metric_defs[0]); i++)
		err |= buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n%s %llu\n", metric_defs[i].name,
				  metric_defs[i].help, metric_defs[i].name, metric_defs[i].type,
				  metric_defs[i].name,
				  (unsigned long long)metric_at(metric_defs[i].offset));
	err |= buf_printf(b, "# HELP logtap_events_total Events emitted, by kind.\n"
			     "# TYPE logtap_events_total counter\n");
	for (i = 0; i < EV_KIND_COUNT; i++)
		err |= buf_printf(b, "logtap_events_total{kind=\"%s\"} %llu\n",
				  ev_kind_name((enum ev_kind)i),
				  (unsigned long long)METRIC_GET(events_kind[i]));
	err |= buf_printf(b, "# HELP logtap_events_level_total Events emitted, by level.\n"
			     "# TYPE logtap_events_level_total counter\n");
	for (i = 0; i < LVL_COUNT; i++)
		err |= buf_printf(b, "logtap_events_level_total{level=\"%s\"} %llu\n",
				  ev_level_name((enum ev_level)i),
				  (unsigned long long)METRIC_GET(events_level[i]));
	err |= buf_printf(b, "# HELP logtap_redacted_total Values replaced by the redact stage, "
			     "by kind.\n# TYPE logtap_redacted_total counter\n");
	for (i = 0; i < REDACT_KIND_COUNT; i++)
		err |= buf_printf(b, "logtap_redacted_total{kind=\"%s\"} %llu\n",
				  redact_kind_name((enum redact_kind)i),
				  (unsigned long long)METRIC_GET(redacted[i]));
	if (*build_labels)
		err |= buf_printf(b, "# HELP logtap_build_info The running build.\n"
				     "# TYPE logtap_build_info gauge\nlogtap_build_info{%s} 1\n",
				  build_labels);
	return err ? -ENOMEM : 0;
}

/* Reads the request head (bounded, with a timeout). Returns its length or -1. */
static ssize_t metrics_read(int fd, char *req, size_t cap)
{
	size_t n = 0;
	ssize_t r;

	while (n < cap - 1) {
		r = recv(fd, req + n, cap - 1 - n, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
		req[n] = '\0';
		if (strstr(req, "\r\n\r\n") || strstr(req, "\n\n"))
			return (ssize_t)n;
	}
	req[n] = '\0';
	return n && strchr(req, '\n') ? (ssize_t)n : -1;
}

static void metrics_reply(int fd, const char *status, const char *type, const char *body,
			  size_t len)
{
	struct buf b = {0};
	size_t off = 0;
	ssize_t w;

	if (buf_printf(&b,
		       "HTTP/1.0 %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
		       "Connection: close\r\n\r\n",
		       status, type, len) ||
	    buf_append(&b, body, len)) {
		buf_free(&b);
		return;
	}
	while (off < b.len) {
		w = send(fd, b.p + off, b.len - off, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	buf_free(&b);
}

/* A probe: 200 with "ok", or 503 with a one-line reason. */
static void metrics_probe(int fd, bool ready)
{
	char why[256];
	uint64_t now = clock_mono_ns();
	bool ok = ready ? health_ready(now, why, sizeof(why) - 1) : health_live(now, why, sizeof(why) - 1);

	strcat(why, "\n");
	metrics_reply(fd, ok ? "200 OK" : "503 Service Unavailable", "text/plain", why, strlen(why));
}

static void metrics_serve(int fd)
{
	struct timeval tv = {.tv_sec = METRICS_IO_TIMEOUT_S};
	char req[METRICS_REQ_MAX];
	struct buf body = {0};
	char path[256];

	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	if (metrics_read(fd, req, sizeof(req)) < 0 || sscanf(req, "GET %255s ", path) != 1) {
		metrics_reply(fd, "400 Bad Request", "text/plain", "bad request\n", 12);
		return;
	}
	if (!strcmp(path, "/metrics") &&
	    !(metrics_renderer ? metrics_renderer(&body) : metrics_render(&body)))
		metrics_reply(fd, "200 OK", "text/plain; version=0.0.4", body.p, body.len);
	else if (!strcmp(path, "/healthz") || !strcmp(path, "/readyz"))
		metrics_probe(fd, !strcmp(path, "/readyz"));
	else
		metrics_reply(fd, "404 Not Found", "text/plain", "not found\n", 10);
	buf_free(&body);
}

/* Reads what the client still sends (bounded) so that close() does not reset the
 * connection before the client has read the reply. */
static void metrics_linger(int fd)
{
	char sink[1024];
	size_t total = 0;
	ssize_t r;

	shutdown(fd, SHUT_WR);
	while (total < 65536 && (r = recv(fd, sink, sizeof(sink), 0)) > 0)
		total += (size_t)r;
}

static void *metrics_thread(void *arg)
{
	struct metrics_server *s = arg;
	struct pollfd p[2] = {{.fd = s->fd, .events = POLLIN},
			      {.fd = s->stop[0], .events = POLLIN}};
	int c;

	for (;;) {
		if (poll(p, 2, -1) < 0 && errno != EINTR)
			break;
		if (p[1].revents)
			break;
		if (!(p[0].revents & POLLIN))
			continue;
		c = accept4(s->fd, NULL, NULL, SOCK_CLOEXEC);
		if (c < 0)
			continue;
		metrics_serve(c);
		metrics_linger(c);
		close(c);
	}
	return NULL;
}

/* Binds "HOST:PORT" ("[v6]:PORT", ":PORT" for every address). Returns the fd or -errno. */
static int metrics_listen(const char *addr)
{
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_PASSIVE}, *ai;
	char host[256];
	const char *colon = strrchr(addr, ':');
	size_t hlen;
	int fd, one = 1, err;

	if (!colon || !colon[1])
		return -EINVAL;
	hlen = (size_t)(colon - addr);
	if (hlen >= 2 && addr[0] == '[' && addr[hlen - 1] == ']') {
		addr++;
		hlen -= 2;
	}
	if (hlen >= sizeof(host))
		return -EINVAL;
	memcpy(host, addr, hlen);
	host[hlen] = '\0';
	if (getaddrinfo(hlen ? host : NULL, colon + 1, &hints, &ai))
		return -EINVAL;
	fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	err = fd < 0 ? -errno : 0;
	if (!err)
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (!err && (bind(fd, ai->ai_addr, ai->ai_addrlen) || listen(fd, 16)))
		err = -errno;
	freeaddrinfo(ai);
	if (err && fd >= 0)
		close(fd);
	return err ? err : fd;
}

struct metrics_server *metrics_server_start(const char *addr)
{
	struct metrics_server *s;
	int err;

	s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	s->stop[0] = s->stop[1] = -1;
	s->fd = metrics_listen(addr);
	err = s->fd < 0 ? s->fd : 0;
	if (!err && pipe2(s->stop, O_CLOEXEC))
		err = -errno;
	if (!err)
		err = -pthread_create(&s->thread, NULL, metrics_thread, s);
	if (err) {
		log_error("metrics: cannot serve on %s: %s", addr, strerror(-err));
		if (s->fd >= 0)
			close(s->fd);
		if (s->stop[0] >= 0) {
			close(s->stop[0]);
			close(s->stop[1]);
		}
		free(s);
		errno = -err;
		return NULL;
	}
	log_info("metrics: serving http://%s/metrics, /healthz and /readyz", addr);
	return s;
}

void metrics_server_stop(struct metrics_server *s)
{
	if (!s)
		return;
	if (write(s->stop[1], "x", 1) == 1)
		pthread_join(s->thread, NULL);
	close(s->fd);
	close(s->stop[0]);
	close(s->stop[1]);
	free(s);
}
