// SPDX-License-Identifier: Apache-2.0
/*
 * server.c - the HTTP/1.0 server of /metrics, /healthz and /readyz on its own
 * thread: one poll loop over non-blocking sockets, a bounded number of clients,
 * each closed 2 s after it was accepted whatever it sent, so a slow or stuck
 * client neither blocks the other probes nor delays shutdown. Answers: metrics.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "metrics.h"

#define SERVER_REQ_MAX	   4096		      /* bytes of request head read at most */
#define SERVER_DEADLINE_NS (2000 * NS_PER_MS) /* a connection's whole life */
#define SERVER_DRAIN_MAX   65536	      /* bytes read after the reply at most */
#define SERVER_PAUSE_NS	   (100 * NS_PER_MS)  /* no accepting for this long when out of fds */

enum client_state {
	CL_READ,   /* reading the request head */
	CL_WRITE,  /* sending the reply */
	CL_LINGER, /* reply sent and write side shut: reading until the client closes */
};

struct client {
	int fd; /* -1: a free slot */
	enum client_state state;
	uint64_t deadline;	  /* monotonic ns: closed then, whatever its state */
	char req[SERVER_REQ_MAX]; /* the request head so far, NUL-terminated */
	size_t len;		  /* bytes in req, or drained while lingering */
	struct buf out;		  /* the reply */
	size_t off;		  /* bytes of out sent */
};

struct metrics_server {
	int fd;					    /* listening socket, non-blocking */
	int stop[2];				    /* pipe: a byte on stop[1] ends the thread */
	pthread_t thread;			    /* runs server_loop */
	struct client cl[METRICS_MAX_CLIENTS];	    /* connections being served */
	struct pollfd pfd[METRICS_MAX_CLIENTS + 2]; /* stop, listen, then clients */
	uint64_t accept_after; /* monotonic ns: the listening socket rests until then */
	bool told_pause;       /* the first rest was logged */
};

static void client_close(struct client *c)
{
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	buf_free(&c->out);
}

static void client_send(struct client *c)
{
	ssize_t w;

	while (c->off < c->out.len) {
		w = send(c->fd, c->out.p + c->off, c->out.len - c->off,
			 MSG_NOSIGNAL | MSG_DONTWAIT);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return;
		if (w <= 0) {
			client_close(c);
			return;
		}
		c->off += (size_t)w;
	}
	/* the client reads the reply before we close: a close with unread request bytes
	 * would reset the connection and lose the reply */
	shutdown(c->fd, SHUT_WR);
	c->state = CL_LINGER;
	c->len = 0;
}

/* The head is in (or the client stopped sending, or the head is too long). */
static void client_answer(struct client *c)
{
	if (metrics_respond(c->req, &c->out)) {
		client_close(c);
		return;
	}
	c->state = CL_WRITE;
	c->off = 0;
	client_send(c);
}

static void client_read(struct client *c)
{
	char sink[1024];
	ssize_t r;

	if (c->state == CL_LINGER) {
		r = recv(c->fd, sink, sizeof(sink), MSG_DONTWAIT);
		if ((r < 0 && errno != EAGAIN && errno != EINTR) || r == 0 ||
		    (r > 0 && (c->len += (size_t)r) > SERVER_DRAIN_MAX))
			client_close(c);
		return;
	}
	r = recv(c->fd, c->req + c->len, sizeof(c->req) - 1 - c->len, MSG_DONTWAIT);
	if (r < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	if (r <= 0) {
		/* a client that half-closed after a request line still gets its answer */
		if (r == 0 && memchr(c->req, '\n', c->len))
			client_answer(c);
		else
			client_close(c);
		return;
	}
	c->len += (size_t)r;
	c->req[c->len] = '\0';
	if (strstr(c->req, "\r\n\r\n") || strstr(c->req, "\n\n") || c->len == sizeof(c->req) - 1)
		client_answer(c);
}

/* A free slot, or the one of the oldest connection, closed to make room. */
static struct client *client_slot(struct metrics_server *s)
{
	struct client *old = &s->cl[0];
	size_t i;

	for (i = 0; i < METRICS_MAX_CLIENTS; i++) {
		if (s->cl[i].fd < 0)
			return &s->cl[i];
		if (s->cl[i].deadline < old->deadline)
			old = &s->cl[i];
	}
	client_close(old);
	return old;
}

/* Out of descriptors or memory, the pending connection stays in the backlog and the
 * listening socket stays readable: polling it again at once would spin. It rests a
 * while instead (the clients' deadlines free descriptors meanwhile). */
static void server_rest(struct metrics_server *s, uint64_t now, int err)
{
	s->accept_after = now + SERVER_PAUSE_NS;
	if (!s->told_pause)
		log_warn("metrics: accept: %s; not accepting for %llu ms at a time while it lasts",
			 strerror(err), (unsigned long long)(SERVER_PAUSE_NS / NS_PER_MS));
	s->told_pause = true;
}

static void server_accept(struct metrics_server *s, uint64_t now)
{
	struct client *c;
	int fd;

	for (;;) {
		fd = accept4(s->fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
		if (fd < 0 && (errno == EMFILE || errno == ENFILE || errno == ENOBUFS ||
			       errno == ENOMEM))
			server_rest(s, now, errno);
		if (fd < 0)
			return;
		c = client_slot(s);
		c->fd = fd;
		c->state = CL_READ;
		c->deadline = now + SERVER_DEADLINE_NS;
		c->len = 0;
		c->req[0] = '\0';
	}
}

/* Fills the poll set; returns how many entries and sets *timeout_ms to the nearest
 * client deadline (-1 without clients). */
static nfds_t server_pollset(struct metrics_server *s, uint64_t now, int *timeout_ms)
{
	nfds_t n = 2;
	uint64_t next = UINT64_MAX;
	size_t i;

	s->pfd[0] = (struct pollfd){.fd = s->stop[0], .events = POLLIN};
	s->pfd[1] = (struct pollfd){.fd = now < s->accept_after ? -1 : s->fd, .events = POLLIN};
	if (now < s->accept_after)
		next = s->accept_after;
	for (i = 0; i < METRICS_MAX_CLIENTS; i++) {
		struct client *c = &s->cl[i];

		/* a closed slot keeps its place with fd -1, which poll skips */
		s->pfd[n++] =
		    (struct pollfd){.fd = c->fd, .events = c->state == CL_WRITE ? POLLOUT : POLLIN};
		if (c->fd >= 0 && c->deadline < next)
			next = c->deadline;
	}
	if (next == UINT64_MAX)
		*timeout_ms = -1;
	else
		*timeout_ms = next <= now ? 0 : (int)((next - now + NS_PER_MS - 1) / NS_PER_MS);
	return n;
}

static void *server_loop(void *arg)
{
	struct metrics_server *s = arg;
	uint64_t now = clock_mono_ns();
	int timeout;
	nfds_t n;
	size_t i;

	pthread_setname_np(pthread_self(), "logtap-metrics"); /* in top -H, ps -L, perf */
	for (;;) {
		n = server_pollset(s, now, &timeout);
		if (poll(s->pfd, n, timeout) < 0 && errno != EINTR)
			break;
		if (s->pfd[0].revents)
			break;
		now = clock_mono_ns();
		for (i = 0; i < METRICS_MAX_CLIENTS; i++) {
			struct client *c = &s->cl[i];

			if (c->fd >= 0 && s->pfd[i + 2].revents && c->state == CL_WRITE)
				client_send(c);
			else if (c->fd >= 0 && s->pfd[i + 2].revents)
				client_read(c);
			if (c->fd >= 0 && now >= c->deadline)
				client_close(c);
		}
		if (s->pfd[1].revents & POLLIN)
			server_accept(s, now);
	}
	for (i = 0; i < METRICS_MAX_CLIENTS; i++)
		client_close(&s->cl[i]);
	return NULL;
}

/* Binds "HOST:PORT" ("[v6]:PORT", ":PORT" for every address). Returns the fd or -errno. */
static int server_listen(const char *addr)
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
	fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	err = fd < 0 ? -errno : 0;
	if (!err)
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (!err && (bind(fd, ai->ai_addr, ai->ai_addrlen) || listen(fd, 64)))
		err = -errno;
	freeaddrinfo(ai);
	if (err && fd >= 0)
		close(fd);
	return err ? err : fd;
}

bool metrics_addr_privileged(const char *addr)
{
	const char *colon = addr ? strrchr(addr, ':') : NULL;
	long port = colon ? strtol(colon + 1, NULL, 10) : 0;

	return port > 0 && port < 1024;
}

static void server_free(struct metrics_server *s)
{
	if (s->fd >= 0)
		close(s->fd);
	if (s->stop[0] >= 0) {
		close(s->stop[0]);
		close(s->stop[1]);
	}
	free(s);
}

struct metrics_server *metrics_server_start(const char *addr)
{
	struct metrics_server *s;
	size_t i;
	int err;

	s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	for (i = 0; i < METRICS_MAX_CLIENTS; i++)
		s->cl[i].fd = -1;
	s->stop[0] = s->stop[1] = -1;
	s->fd = server_listen(addr);
	err = s->fd < 0 ? s->fd : 0;
	if (!err && pipe2(s->stop, O_CLOEXEC))
		err = -errno;
	if (!err)
		err = -pthread_create(&s->thread, NULL, server_loop, s);
	if (err) {
		log_error("metrics: cannot serve on %s: %s", addr, strerror(-err));
		server_free(s);
		errno = -err;
		return NULL;
	}
	log_info("metrics: serving http://%s/metrics, /healthz and /readyz", addr);
	return s;
}

int metrics_server_port(const struct metrics_server *s)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (getsockname(s->fd, (struct sockaddr *)&ss, &len))
		return -errno;
	if (ss.ss_family == AF_INET6)
		return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
	return ntohs(((struct sockaddr_in *)&ss)->sin_port);
}

void metrics_server_stop(struct metrics_server *s)
{
	if (!s)
		return;
	if (write(s->stop[1], "x", 1) == 1)
		pthread_join(s->thread, NULL);
	server_free(s);
}
