/* SPDX-License-Identifier: Apache-2.0 */
/*
 * natsopts.h - ship's cnats glue: client options from struct nats_opts (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subjects the server refused (permissions violations).
 */
#ifndef LOGTAP_NATSOPTS_H
#define LOGTAP_NATSOPTS_H

#include <nats/nats.h>
#include <stdbool.h>
#include <stddef.h>

/* Where and how to connect; strings are borrowed (NULL: not set). */
struct nats_opts {
	char *url;	/* comma-separated servers; NULL = no NATS (JSON lines on stdout) */
	char *creds;	/* .creds file: user JWT + seed */
	char *nkey;	/* nkey file: seed and public key */
	char *user;
	char *password;
	char *token;
	char *tls_ca;	/* CA certificate(s) that verify the server */
	char *tls_cert; /* client certificate and key for mutual TLS */
	char *tls_key;
};

/* Connection callbacks; they run on the library's threads with arg. */
struct natsopts_cbs {
	natsErrHandler on_error;	    /* async errors (permissions violations...) */
	natsConnectionHandler on_connected; /* a (late) first connect and every reconnect */
	natsConnectionHandler on_disconnected;
	natsConnectionHandler on_closed; /* the last callback of a connection */
	void *arg;
};

struct natsopts;

/* Builds the options; problems with files or URLs are logged. NULL with errno. */
struct natsopts *natsopts_new(const struct nats_opts *o, const struct natsopts_cbs *cbs);
/* Connects: 0 when connected, 1 when no server is reachable yet and the library keeps
 * trying in the background (on_connected tells), -EACCES (logged) when the server refused
 * the credentials or TLS failed (the library would retry in silence: the caller retries
 * with a new connection instead), -ENOMEM or another -errno for bad options. */
int natsopts_connect(struct natsopts *n, natsConnection **nc);
/* One connect attempt, no background retries (refused credentials are tried twice, see
 * natsopts.c). The cnats status. */
natsStatus natsopts_connect_once(struct natsopts *n, natsConnection **nc);
/* Translates a cnats status: 0, -EAGAIN (not connected, buffers full, timeout), -EPERM,
 * -EMSGSIZE, -ENOMEM or -EIO. */
int natsopts_errno(natsStatus st);
/* Remembers the subject of a "Permissions Violation for Publish to "<subject>"" error
 * (logged once per subject); from the error callback. */
void natsopts_refuse(struct natsopts *n, const char *text);
/* True when the server refused publishing to subject; from any thread. */
bool natsopts_is_refused(struct natsopts *n, const char *subject);
/* Frees; call after the connection is destroyed (its nkey signer points here).
 * Accepts NULL. */
void natsopts_free(struct natsopts *n);

#endif
