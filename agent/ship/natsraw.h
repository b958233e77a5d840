/* SPDX-License-Identifier: Apache-2.0 */
/*
 * natsraw.h - publishing a message whose headers are already encoded, and freeing
 * messages on the calling thread, through two functions libnats exports but nats.h
 * does not declare (the ones it uses for what it receives). JetStream's Nats-Msg-Id
 * then costs one allocation per publish instead of a header hash table built, walked
 * and freed on the library's garbage collector thread. Used only after a check at
 * start that this libnats builds and reads such a message as expected; without it,
 * callers take the public API.
 */
#ifndef LOGTAP_NATSRAW_H
#define LOGTAP_NATSRAW_H

#include <nats/nats.h>
#include <stdbool.h>
#include <stddef.h>

/* "NATS/1.0\r\nNats-Msg-Id: " ID "\r\n\r\n" */
#define NATSRAW_ID_HDR_PRE	   "NATS/1.0\r\nNats-Msg-Id: "
#define NATSRAW_ID_HDR_PRE_LEN	   (sizeof(NATSRAW_ID_HDR_PRE) - 1)
#define NATSRAW_ID_HDR_END	   "\r\n\r\n"
#define NATSRAW_ID_HDR_LEN(id_len) (NATSRAW_ID_HDR_PRE_LEN + (id_len) + 4)

/* True when this libnats passed the check (done once, thread-safe); the first call
 * logs which path publishing takes. */
bool natsraw_ok(void);
/* Writes the Nats-Msg-Id header block for id (id_len bytes, no CR or LF) to out, which
 * has NATSRAW_ID_HDR_LEN(id_len) bytes; returns that length. */
size_t natsraw_id_header(char *out, const char *id, size_t id_len);
/* Publishes buf (hdr_len bytes of encoded headers, then the data) to subject with reply
 * (NULL: none). Only when natsraw_ok(). The cnats status. */
natsStatus natsraw_publish(natsConnection *nc, const char *subject, size_t subject_len,
			   const char *reply, size_t reply_len, const char *buf, size_t len,
			   size_t hdr_len);
/* Frees a message on this thread when natsraw_ok(), else natsMsg_Destroy. Accepts NULL. */
void natsraw_free(natsMsg *m);

#endif
