/* SPDX-License-Identifier: Apache-2.0 */
/*
 * amclient.h - alert's way out: JSON alert batches POSTed to Alertmanager's
 * /api/v2/alerts on every configured URL (an HA pair gets everything), with a
 * bounded queue per URL and retries with backoff while one is away.
 */
#ifndef LOGTAP_ALERT_AMCLIENT_H
#define LOGTAP_ALERT_AMCLIENT_H

#include <stddef.h>
#include <stdint.h>

/* Sends one HTTP/1.1 POST of body (application/json) to url (http://HOST[:PORT][/PREFIX])
 * plus path, all within timeout_ms. Returns the HTTP status code, or -EINVAL (bad URL),
 * -ETIMEDOUT, -ECONNREFUSED, -EPROTO (no status line) or another -errno. */
int amclient_post(const char *url, const char *path, const char *body, size_t len, int timeout_ms);

struct amclient_stats {
	uint64_t posted;   /* batches accepted (2xx), summed over URLs */
	uint64_t failures; /* attempts that failed (each retried) */
	uint64_t rejected; /* batches refused with a 4xx (not retried) */
	uint64_t dropped;  /* batches dropped from a full queue */
	uint64_t queued;   /* batches waiting now */
};

struct amclient;

/* urls (n >= 1) are copied; queue_max batches per URL. NULL with errno. */
struct amclient *amclient_new(char *const *urls, size_t n, size_t queue_max, int timeout_ms);
/* Queues a copy of body for every URL; a full queue drops its oldest. 0 or -ENOMEM. */
int amclient_push(struct amclient *c, const char *body, size_t len);
/* Posts what is due: per URL the queue in order until one attempt fails, which backs
 * that URL off (0.5 s doubling to 15 s). now_ns is monotonic. */
void amclient_run(struct amclient *c, uint64_t now_ns);
void amclient_stats(const struct amclient *c, struct amclient_stats *out);
/* Accepts NULL; queued batches are lost (logged when any). */
void amclient_free(struct amclient *c);

#endif
