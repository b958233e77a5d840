// SPDX-License-Identifier: Apache-2.0
/*
 * state.c - first-seen keys in a NATS KV bucket (cnats kvStore). kvStore_Create
 * is a compare-and-set on "no such key", which is what makes two instances that
 * see the same new exception at once post it once.
 */
#include "state.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/log.h"
#include "ship/natsopts.h"
#include "ship/subject.h"

struct alert_state {
	kvStore *kv; /* owned */
};

void alert_state_key(char *out, size_t cap, const char *project, const char *fp)
{
	char p[SUBJECT_TOKEN_MAX + 1], f[SUBJECT_TOKEN_MAX + 1];

	subject_token(p, sizeof(p), project);
	subject_token(f, sizeof(f), fp);
	snprintf(out, cap, "%s.%s", p, f);
}

struct alert_state *alert_state_new(jsCtx *js, const char *bucket, double ttl_s)
{
	struct alert_state *s = calloc(1, sizeof(*s));
	natsStatus st;
	kvConfig cfg;

	if (!s)
		return NULL;
	st = js_KeyValue(&s->kv, js, bucket);
	if (st == NATS_NOT_FOUND) {
		kvConfig_Init(&cfg);
		cfg.Bucket = bucket;
		cfg.Description = "logtap alert: first-seen exception fingerprints";
		cfg.History = 1;
		cfg.TTL = (int64_t)(ttl_s * 1e9);
		cfg.StorageType = js_FileStorage;
		st = js_CreateKeyValue(&s->kv, js, &cfg);
		if (st != NATS_OK) /* another instance may have won the race */
			st = js_KeyValue(&s->kv, js, bucket);
		if (st == NATS_OK)
			log_info("alert: created KV bucket %s (ttl %.0fs)", bucket, ttl_s);
	}
	if (st != NATS_OK) {
		log_error("alert: KV bucket %s: %s (needs JetStream and the $JS.API.STREAM.*.KV_%s "
			  "and $KV.%s.> permissions)",
			  bucket, nats_GetLastError(NULL), bucket, bucket);
		free(s);
		errno = -natsopts_errno(st) ?: EIO;
		return NULL;
	}
	return s;
}

/* The first-seen time stored under key; 0 or -errno. */
static int state_read(struct alert_state *s, const char *key, uint64_t *first_ns)
{
	kvEntry *e = NULL;
	natsStatus st = kvStore_Get(&e, s->kv, key);
	const char *v;

	if (st != NATS_OK)
		return st == NATS_NOT_FOUND ? -ENOENT : natsopts_errno(st) ?: -EIO;
	v = kvEntry_ValueString(e);
	*first_ns = v ? strtoull(v, NULL, 10) : 0;
	kvEntry_Destroy(e);
	return 0;
}

int alert_state_first_seen(struct alert_state *s, const char *project, const char *fp,
			   uint64_t ts_ns, uint64_t *first_ns)
{
	char key[2 * SUBJECT_TOKEN_MAX + 8], val[24];
	natsStatus st;
	int err;

	alert_state_key(key, sizeof(key), project, fp);
	snprintf(val, sizeof(val), "%" PRIu64, ts_ns);
	st = kvStore_CreateString(NULL, s->kv, key, val);
	if (st == NATS_OK) {
		*first_ns = ts_ns;
		return 1;
	}
	/* "wrong last sequence": the key exists; anything else is NATS trouble */
	err = state_read(s, key, first_ns);
	if (err == -ENOENT)
		err = -EAGAIN; /* neither created nor there: retry the event later */
	if (err)
		log_debug("alert: KV %s: %s", key, nats_GetLastError(NULL));
	return err ? err : 0;
}

void alert_state_free(struct alert_state *s)
{
	if (!s)
		return;
	kvStore_Destroy(s->kv);
	free(s);
}
