// SPDX-License-Identifier: Apache-2.0
/*
 * test_server.c - the metrics HTTP server on a real loopback socket: a client
 * that drips its request (or never finishes it) neither blocks /healthz and
 * /metrics for others nor holds up metrics_server_stop; the server closes it.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "lib/buf.h"
#include "metrics/metrics.h"
#include "test.h"

static void watchdog(int sig)
{
	/* not a timing assertion: a test that hangs is a failure, not a stuck suite */
	static const char msg[] = "FAIL: test_server: hung (a client blocked the server)\n";

	(void)!write(STDOUT_FILENO, msg, sizeof(msg) - 1);
	_exit(1);
}

static int dial(int port)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd >= 0 && connect(fd, (struct sockaddr *)&a, sizeof(a))) {
		close(fd);
		return -1;
	}
	return fd;
}

static void say(int fd, const char *s)
{
	CHECK(send(fd, s, strlen(s), MSG_NOSIGNAL) == (ssize_t)strlen(s));
}

/* One whole request on a new connection; the reply until the server closes. */
static void get(int port, const char *path, struct buf *reply)
{
	char req[256], b[4096];
	ssize_t r;
	int fd = dial(port);

	CHECK(fd >= 0);
	buf_reset(reply);
	snprintf(req, sizeof(req), "GET %s HTTP/1.0\r\n\r\n", path);
	say(fd, req);
	while ((r = recv(fd, b, sizeof(b), 0)) > 0)
		buf_append(reply, b, (size_t)r);
	close(fd);
}

/* True while the server holds fd open without having answered. */
static bool still_waiting(int fd)
{
	char b;

	return recv(fd, &b, 1, MSG_DONTWAIT) < 0 && errno == EAGAIN;
}

TEST(a_dripping_client_blocks_nobody)
{
	struct metrics_server *s = metrics_server_start("127.0.0.1:0");
	struct buf reply = {0};
	const char *drip = "GET /healthz HTTP/1.0\r\n\r\n";
	char one[2] = {0};
	int port, slow, i;

	CHECK(s != NULL);
	if (!s)
		return;
	port = metrics_server_port(s);
	CHECK(port > 0);
	slow = dial(port);
	CHECK(slow >= 0);
	/* between every byte of the slow request, other clients are served in full */
	for (i = 0; i < 6; i++) {
		one[0] = drip[i];
		say(slow, one);
		get(port, i % 2 ? "/metrics" : "/healthz", &reply);
		CHECK(!strncmp(reply.p ? reply.p : "", "HTTP/1.0 ", 9));
		CHECK(still_waiting(slow));
	}
	CHECK(reply.p && strstr(reply.p, "logtap_captured_writes_total"));
	CHECK(reply.p && strstr(reply.p, "logtap_stream_memory_bytes"));
	get(port, "/nope", &reply);
	CHECK(reply.p && strstr(reply.p, "404 Not Found"));
	close(slow);
	buf_free(&reply);
	metrics_server_stop(s);
}

TEST(a_stuck_client_is_closed_by_the_server)
{
	struct metrics_server *s = metrics_server_start("127.0.0.1:0");
	char b[64];
	int fd;

	CHECK(s != NULL);
	if (!s)
		return;
	fd = dial(metrics_server_port(s));
	say(fd, "GET /heal");
	/* blocks until the server gives up on the request (its deadline) */
	CHECK(recv(fd, b, sizeof(b), 0) <= 0);
	close(fd);
	metrics_server_stop(s);
}

TEST(more_clients_than_slots_still_get_answers)
{
	struct metrics_server *s = metrics_server_start("127.0.0.1:0");
	struct buf reply = {0};
	int fds[METRICS_MAX_CLIENTS * 2], i, port;

	CHECK(s != NULL);
	if (!s)
		return;
	port = metrics_server_port(s);
	for (i = 0; i < METRICS_MAX_CLIENTS * 2; i++) {
		fds[i] = dial(port);
		say(fds[i], "G");
	}
	get(port, "/healthz", &reply);
	CHECK(!strncmp(reply.p ? reply.p : "", "HTTP/1.0 ", 9));
	for (i = 0; i < METRICS_MAX_CLIENTS * 2; i++)
		close(fds[i]);
	buf_free(&reply);
	metrics_server_stop(s);
}

TEST(stop_does_not_wait_for_open_clients)
{
	struct metrics_server *s = metrics_server_start("127.0.0.1:0");
	char b[64];
	int fds[4], i;

	CHECK(s != NULL);
	if (!s)
		return;
	for (i = 0; i < 4; i++) {
		fds[i] = dial(metrics_server_port(s));
		say(fds[i], "GET /metr");
	}
	CHECK(still_waiting(fds[0]));
	metrics_server_stop(s); /* returns with the clients still open */
	for (i = 0; i < 4; i++) {
		CHECK(recv(fds[i], b, sizeof(b), 0) <= 0); /* and they were closed */
		close(fds[i]);
	}
}

TEST(privileged_ports)
{
	CHECK(metrics_addr_privileged(":80"));
	CHECK(metrics_addr_privileged("[::1]:443"));
	CHECK(!metrics_addr_privileged("127.0.0.1:9090"));
	CHECK(!metrics_addr_privileged(":0"));
	CHECK(!metrics_addr_privileged(NULL));
}

int main(void)
{
	signal(SIGALRM, watchdog);
	alarm(60);
	RUN(a_dripping_client_blocks_nobody);
	RUN(a_stuck_client_is_closed_by_the_server);
	RUN(more_clients_than_slots_still_get_answers);
	RUN(stop_does_not_wait_for_open_clients);
	RUN(privileged_ports);
	TEST_END();
}
