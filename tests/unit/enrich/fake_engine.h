/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fake_engine.h - a fake Docker Engine API for the enrich tests (via world.h): a unix socket served
 * by a thread with recorded JSON, switchable body framings, a gate that holds answers back, and an
 * /events stream the test feeds. Test code, included once.
 */
#ifndef LOGTAP_FAKE_ENGINE_H
#define LOGTAP_FAKE_ENGINE_H

/* ---- a fake Docker Engine API ---- */

struct fake {
	char sock[128];
	int lfd, stop[2];
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	bool gate_closed; /* inspect answers wait while set */
	int events_fd;	  /* the open /events connection, or -1 */
	int mode;	  /* 0 Content-Length, 1 chunked in pieces, 2 until close */
	char *x_body;	  /* what /containers/X_ID/json answers */
};

static inline char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "r");
	char *p = NULL;
	long n;

	if (f && !fseek(f, 0, SEEK_END) && (n = ftell(f)) >= 0 && !fseek(f, 0, SEEK_SET)) {
		p = calloc(1, (size_t)n + 1);
		if (p && len)
			*len = fread(p, 1, (size_t)n, f);
		else if (p && fread(p, 1, (size_t)n, f) != (size_t)n)
			p[0] = '\0';
	}
	if (f)
		fclose(f);
	return p;
}

static inline void put(int fd, const char *s, size_t n)
{
	ssize_t w;

	while (n && (w = send(fd, s, n, MSG_NOSIGNAL)) > 0) {
		s += w;
		n -= (size_t)w;
	}
}

static inline void puts_fd(int fd, const char *s)
{
	put(fd, s, strlen(s));
}

static inline void answer(struct fake *f, int fd, int status, const char *body)
{
	char head[256];
	size_t n = strlen(body), i, step;

	if (f->mode == 0 || status != 200) {
		snprintf(head, sizeof(head),
			 "HTTP/1.1 %d X\r\nContent-Type: application/json\r\n"
			 "Content-Length: %zu\r\n\r\n",
			 status, n);
		puts_fd(fd, head);
		puts_fd(fd, body);
	} else if (f->mode == 1) {
		puts_fd(fd, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
		for (i = 0, step = 0; i < n; i += step) {
			step = n - i < 777 ? n - i : 777;
			snprintf(head, sizeof(head), "%zx\r\n", step);
			puts_fd(fd, head);
			put(fd, body + i, step);
			puts_fd(fd, "\r\n");
		}
		puts_fd(fd, "0\r\n\r\n");
	} else {
		puts_fd(fd, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
		puts_fd(fd, body);
	}
}

static inline void serve(struct fake *f, int fd)
{
	char req[2048], path[1024];
	ssize_t n = read(fd, req, sizeof(req) - 1);

	if (n <= 0 || sscanf((req[n] = '\0', req), "GET %1023s ", path) != 1) {
		close(fd);
		return;
	}
	if (!strncmp(path, "/events", 7)) {
		puts_fd(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
			    "Transfer-Encoding: chunked\r\n\r\n");
		pthread_mutex_lock(&f->lock);
		if (f->events_fd >= 0)
			close(f->events_fd);
		f->events_fd = fd;
		pthread_mutex_unlock(&f->lock);
		return;
	}
	pthread_mutex_lock(&f->lock);
	while (f->gate_closed)
		pthread_cond_wait(&f->cond, &f->lock);
	if (!strcmp(path, "/containers/" X_ID "/json"))
		answer(f, fd, 200, f->x_body);
	else
		answer(f, fd, 404, "{\"message\":\"No such container\"}");
	pthread_mutex_unlock(&f->lock);
	close(fd);
}

static inline void *fake_main(void *arg)
{
	struct fake *f = arg;
	struct pollfd p[2] = {{.fd = f->lfd, .events = POLLIN},
			      {.fd = f->stop[0], .events = POLLIN}};
	int fd;

	while (poll(p, 2, -1) > 0 && !p[1].revents) {
		fd = accept(f->lfd, NULL, NULL);
		if (fd >= 0)
			serve(f, fd);
	}
	return NULL;
}

static inline struct fake *fake_start(const char *dir)
{
	struct fake *f = calloc(1, sizeof(*f));
	struct sockaddr_un sa = {.sun_family = AF_UNIX};

	snprintf(f->sock, sizeof(f->sock), "%s/docker.sock", dir);
	strcpy(sa.sun_path, f->sock);
	f->lfd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	f->events_fd = -1;
	f->x_body = slurp("tests/data/docker/inspect-compose.json", NULL);
	pthread_mutex_init(&f->lock, NULL);
	pthread_cond_init(&f->cond, NULL);
	if (f->lfd < 0 || bind(f->lfd, (struct sockaddr *)&sa, sizeof(sa)) || listen(f->lfd, 16) ||
	    pipe(f->stop) || !f->x_body || pthread_create(&f->thread, NULL, fake_main, f)) {
		fprintf(stderr, "  fake docker: %s\n", strerror(errno));
		exit(1);
	}
	return f;
}

static inline void fake_gate(struct fake *f, bool closed)
{
	pthread_mutex_lock(&f->lock);
	f->gate_closed = closed;
	pthread_cond_broadcast(&f->cond);
	pthread_mutex_unlock(&f->lock);
}

/* Sends one event line on the open /events stream; false when none is open yet. */
static inline bool fake_event(struct fake *f, const char *action, const char *id, const char *name)
{
	char line[512], head[32];
	bool ok;

	snprintf(line, sizeof(line),
		 "{\"status\":\"%s\",\"id\":\"%s\",\"Type\":\"container\","
		 "\"Action\":\"%s\",\"Actor\":{\"ID\":\"%s\",\"Attributes\":{\"name\":\"%s\"}}}\n",
		 action, id, action, id, name);
	snprintf(head, sizeof(head), "%zx\r\n", strlen(line));
	pthread_mutex_lock(&f->lock);
	ok = f->events_fd >= 0;
	if (ok) {
		puts_fd(f->events_fd, head);
		puts_fd(f->events_fd, line);
		puts_fd(f->events_fd, "\r\n");
	}
	pthread_mutex_unlock(&f->lock);
	return ok;
}

static inline void fake_stop(struct fake *f)
{
	fake_gate(f, false);
	if (write(f->stop[1], "x", 1) != 1)
		perror("fake stop");
	pthread_join(f->thread, NULL);
	if (f->events_fd >= 0)
		close(f->events_fd);
	close(f->lfd);
	close(f->stop[0]);
	close(f->stop[1]);
	unlink(f->sock);
	free(f->x_body);
	free(f);
}

#endif
