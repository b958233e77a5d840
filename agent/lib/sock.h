/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sock.h - non-blocking stream sockets under one deadline, for the small HTTP clients
 * (enrich's Engine API client on a unix socket, alert's Alertmanager client on TCP):
 * dial, wait, send everything. Deadlines are monotonic milliseconds (sock_now_ms).
 */
#ifndef LOGTAP_SOCK_H
#define LOGTAP_SOCK_H

#include <stddef.h>
#include <stdint.h>

/* Monotonic milliseconds, the clock of every deadline here. */
int64_t sock_now_ms(void);
/* Milliseconds left until deadline_ms, 0 when it has passed. */
int sock_left_ms(int64_t deadline_ms);
/* Waits for events (POLLIN, POLLOUT) on fd until deadline_ms: 0 when they came (or a
 * signal interrupted the wait), -ETIMEDOUT or -errno. */
int sock_wait(int fd, short events, int64_t deadline_ms);
/* A non-blocking, close-on-exec socket connected to HOST:PORT (TCP, IPv4 or IPv6), or
 * -errno (-EHOSTUNREACH when the name does not resolve). */
int sock_dial_tcp(const char *host, const char *port, int64_t deadline_ms);
/* A non-blocking, close-on-exec socket connected to the unix socket at path, or -errno. */
int sock_dial_unix(const char *path);
/* Sends all n bytes (no SIGPIPE). 0, -ETIMEDOUT or -errno. */
int sock_send_all(int fd, const void *p, size_t n, int64_t deadline_ms);

#endif
