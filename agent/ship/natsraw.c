// SPDX-License-Identifier: Apache-2.0
/*
 * natsraw.c - see natsraw.h. libnats builds a received message with natsMsg_create
 * from its raw bytes ("headers, then data") and marks the headers as not yet parsed;
 * publishing such a message copies the header bytes as they are. natsMsg_free frees one
 * at once; natsMsg_Destroy hands every message to the library's collector thread, whose
 * wake-ups and cross-thread frees cost more than the freeing itself. Both functions have
 * had these signatures since headers came (2.2) through 3.13; the check below still
 * round-trips one message before any is published this way.
 */
#include "natsraw.h"

#include <pthread.h>
#include <string.h>

#include "lib/log.h"

/* libnats' own (src/msg.h); exported by libnats.so, not declared by nats.h. */
natsStatus natsMsg_create(natsMsg **newMsg, const char *subject, int subjLen, const char *reply,
			  int replyLen, const char *buf, int bufLen, int hdrLen);
void natsMsg_free(void *object);

static pthread_once_t check_once = PTHREAD_ONCE_INIT;
static bool raw_ok;

size_t natsraw_id_header(char *out, const char *id, size_t id_len)
{
	memcpy(out, NATSRAW_ID_HDR_PRE, NATSRAW_ID_HDR_PRE_LEN);
	memcpy(out + NATSRAW_ID_HDR_PRE_LEN, id, id_len);
	memcpy(out + NATSRAW_ID_HDR_PRE_LEN + id_len, NATSRAW_ID_HDR_END, 4);
	return NATSRAW_ID_HDR_LEN(id_len);
}

/* Builds a message from raw bytes and reads it back through the public API. */
static bool round_trip(void)
{
	static const char id[] = "logtap-check-1", data[] = "{\"a\":1}";
	char buf[NATSRAW_ID_HDR_LEN(sizeof(id) - 1) + sizeof(data) - 1];
	size_t hl = natsraw_id_header(buf, id, sizeof(id) - 1);
	const char *v = NULL;
	natsMsg *m = NULL;
	bool ok;

	memcpy(buf + hl, data, sizeof(data) - 1);
	if (natsMsg_create(&m, "logs.check", 10, "_INBOX.x.7", 10, buf, (int)sizeof(buf),
			   (int)hl) != NATS_OK ||
	    !m)
		return false;
	ok = !strcmp(natsMsg_GetSubject(m), "logs.check") && natsMsg_GetReply(m) &&
	     !strcmp(natsMsg_GetReply(m), "_INBOX.x.7") &&
	     natsMsg_GetDataLength(m) == (int)sizeof(data) - 1 &&
	     !memcmp(natsMsg_GetData(m), data, sizeof(data) - 1) &&
	     natsMsgHeader_Get(m, "Nats-Msg-Id", &v) == NATS_OK && v && !strcmp(v, id);
	natsMsg_free(m);
	return ok;
}

static void check(void)
{
	int v = (int)nats_GetVersionNumber();

	/* Version 4 may change what these internal functions take: not guessed at. */
	raw_ok = v >= 0x030000 && v < 0x040000 && round_trip();
	if (raw_ok)
		log_debug("ship: libnats %s: JetStream publishes carry their header block as "
			  "bytes",
			  nats_GetVersion());
	else
		log_info("ship: libnats %s: publishing with headers through its public API "
			 "(slower; this version is not known to build messages from raw bytes)",
			 nats_GetVersion());
}

bool natsraw_ok(void)
{
	pthread_once(&check_once, check);
	return raw_ok;
}

natsStatus natsraw_publish(natsConnection *nc, const char *subject, size_t subject_len,
			   const char *reply, size_t reply_len, const char *buf, size_t len,
			   size_t hdr_len)
{
	natsMsg *m = NULL;
	natsStatus st;

	st = natsMsg_create(&m, subject, (int)subject_len, reply, reply ? (int)reply_len : 0, buf,
			    (int)len, (int)hdr_len);
	if (st != NATS_OK)
		return st;
	st = natsConnection_PublishMsg(nc, m);
	natsMsg_free(m); /* the client has its bytes now */
	return st;
}

void natsraw_free(natsMsg *m)
{
	if (natsraw_ok())
		natsMsg_free(m);
	else
		natsMsg_Destroy(m);
}
