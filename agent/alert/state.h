/* SPDX-License-Identifier: Apache-2.0 */
/*
 * state.h - alert's first-seen memory in a NATS KV bucket: one key per
 * (project, fingerprint), created only if absent, so every `logtap alert`
 * instance and every restart agrees on which exceptions are new.
 */
#ifndef LOGTAP_ALERT_STATE_H
#define LOGTAP_ALERT_STATE_H

#include <nats/nats.h>
#include <stdint.h>

struct alert_state;

/* Binds the bucket, creating it (file storage, ttl_s per key; 0 = forever) when it
 * does not exist. js is borrowed and must outlive the state. NULL with errno (logged). */
struct alert_state *alert_state_new(jsCtx *js, const char *bucket, double ttl_s);
/* Records (project, fingerprint) as seen at ts_ns unless it is known. Returns 1 when
 * this call created it (the exception is new), 0 when it was known, -EAGAIN when NATS
 * did not answer, -errno else. *first_ns gets the first-seen time either way. */
int alert_state_first_seen(struct alert_state *s, const char *project, const char *fp,
			   uint64_t ts_ns, uint64_t *first_ns);
/* The KV key of (project, fingerprint): safe tokens joined by '.' (cap >= 2). */
void alert_state_key(char *out, size_t cap, const char *project, const char *fp);
/* Accepts NULL. */
void alert_state_free(struct alert_state *s);

#endif
