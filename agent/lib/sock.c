// SPDX-License-Identifier: Apache-2.0
/*
 * sock.c - non-blocking stream sockets under one deadline: the dial, wait and send
 * loops shared by the HTTP clients of enrich (docker.c) and alert (amclient.c).
 */
#include "sock.h"

#include <errno.h>
#include <netdb.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "clock.h"

int64_t sock_now_ms(void)
{
	return (int64_t)(clock_mono_ns() / NS_PER_MS);
}

int sock_left_ms(int64_t deadline_ms)
{
	int64_t left = deadline_ms - sock_now_ms();

	return left > 0 ? (int)left : 0;
}

int sock_wait(int fd, short events, int64_t deadline_ms)
{
	struct pollfd p = {.fd = fd, .events = events};
	int r = poll(&p, 1, sock_left_ms(deadline_ms)); /* past it: ready now, or not */

	if (r < 0)
		return errno == EINTR ? 0 : -errno;
	return r ? 0 : -ETIMEDOUT;
}

int sock_dial_tcp(const char *host, const char *port, int64_t deadline_ms)
{
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *ai;
	int fd, err = 0, soerr = 0;
	socklen_t len = sizeof(soerr);

	if (getaddrinfo(host, port, &hints, &ai))
		return -EHOSTUNREACH;
	fd = socket(ai->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		err = -errno;
	else if (connect(fd, ai->ai_addr, ai->ai_addrlen) && errno != EINPROGRESS)
		err = -errno;
	freeaddrinfo(ai);
	if (!err)
		err = sock_wait(fd, POLLOUT, deadline_ms);
	if (!err && getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &len) == 0 && soerr)
		err = -soerr;
	if (err && fd >= 0)
		close(fd);
	return err ? err : fd;
}

int sock_dial_unix(const char *path)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	int fd, err;

	if (strlen(path) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	strcpy(sa.sun_path, path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0)
		return -errno;
	if (!connect(fd, (struct sockaddr *)&sa, sizeof(sa)))
		return fd;
	err = -errno;
	close(fd);
	return err;
}

int sock_send_all(int fd, const void *p, size_t n, int64_t deadline_ms)
{
	const char *c = p;
	ssize_t w;
	int err;

	while (n) {
		w = send(fd, c, n, MSG_NOSIGNAL);
		if (w > 0) {
			c += w;
			n -= (size_t)w;
			continue;
		}
		if (w < 0 && errno != EAGAIN && errno != EINTR)
			return -errno;
		err = sock_wait(fd, POLLOUT, deadline_ms);
		if (err)
			return err;
	}
	return 0;
}
