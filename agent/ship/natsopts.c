// SPDX-License-Identifier: Apache-2.0
/*
 * natsopts.c - the cnats glue of ship: options built once at start, status codes
 * translated to errno values, permission errors parsed. The nkey seed stays here
 * (wiped on free) because cnats asks for a signature at every (re)connect.
 */
#include "natsopts.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "lib/log.h"
#include "metrics/health.h"

#define NATSOPTS_REFUSED_MAX 64 /* subjects remembered as refused by the server */
#define NATSOPTS_SUBJECT_MAX 1024
#define NATSOPTS_AUTH_RETRY_US (100 * 1000) /* before a refused connect is tried again */

struct natsopts {
	natsOptions *opts;	 /* owned */
	struct natsopts_cbs cbs; /* callbacks, for the background connect */
	pthread_mutex_t mu;	 /* guards refused (written by the error callback) */
	char refused[NATSOPTS_REFUSED_MAX][NATSOPTS_SUBJECT_MAX]; /* ring of refused subjects */
	int nrefused;						  /* entries used (atomic reads) */
	int refused_next;					  /* next ring slot */
	const char *urls; /* for messages; borrowed from the options */
	char *nkey_seed;  /* nkey auth: the seed, owned, wiped on free */
};

static natsStatus natsopts_sign(char **err_txt, unsigned char **sig, int *sig_len,
				const char *nonce, void *arg)
{
	struct natsopts *n = arg;

	return nats_Sign(n->nkey_seed, nonce, sig, sig_len);
}

/* An nkey file holds the seed (SU...) and the public key (U...), as printed by
 * `nk -gen user -pubout`: cnats cannot derive the public key from the seed. */
static int natsopts_nkey(struct natsopts *n, const char *path)
{
	char text[1024], pub[128] = "", *line, *save = NULL;
	FILE *f = fopen(path, "re");
	size_t len;
	int err;

	if (!f) {
		err = errno;
		log_error("nats: --nats-nkey %s: %s", path, strerror(err));
		return -err;
	}
	len = fread(text, 1, sizeof(text) - 1, f);
	fclose(f);
	text[len] = '\0';
	for (line = strtok_r(text, " \t\r\n", &save); line;
	     line = strtok_r(NULL, " \t\r\n", &save)) {
		if (!strncmp(line, "SU", 2) && !n->nkey_seed)
			n->nkey_seed = strdup(line);
		else if (line[0] == 'U' && strlen(line) < sizeof(pub))
			snprintf(pub, sizeof(pub), "%s", line);
	}
	explicit_bzero(text, sizeof(text));
	if (!n->nkey_seed || !pub[0]) {
		log_error("nats: --nats-nkey %s must hold the user seed (SU...) and public key "
			  "(U...), e.g. the output of `nk -gen user -pubout`",
			  path);
		return -EINVAL;
	}
	return natsOptions_SetNKey(n->opts, pub, natsopts_sign, n) == NATS_OK ? 0 : -EINVAL;
}

static int natsopts_servers(struct natsopts *n, const char *urls)
{
	const char *list[32];
	char *copy, *tok, *save = NULL;
	natsStatus st;
	int count = 0;

	copy = strdup(urls);
	if (!copy)
		return -ENOMEM;
	for (tok = strtok_r(copy, ", ", &save); tok && count < 32;
	     tok = strtok_r(NULL, ", ", &save))
		list[count++] = tok;
	st = count ? natsOptions_SetServers(n->opts, list, count) : NATS_INVALID_ARG;
	free(copy);
	if (st != NATS_OK) {
		log_error("nats: --nats-url \"%s\": %s", urls, nats_GetLastError(NULL));
		return -EINVAL;
	}
	return 0;
}

static int natsopts_auth(struct natsopts *n, const struct nats_opts *o)
{
	natsStatus st = NATS_OK;
	const char *what = "";

	if (o->creds) {
		what = "--nats-creds";
		st = natsOptions_SetUserCredentialsFromFiles(n->opts, o->creds, NULL);
	} else if (o->nkey) {
		return natsopts_nkey(n, o->nkey);
	} else if (o->user) {
		what = "--nats-user";
		st = natsOptions_SetUserInfo(n->opts, o->user, o->password);
	} else if (o->token) {
		what = "--nats-token";
		st = natsOptions_SetToken(n->opts, o->token);
	}
	if (st == NATS_OK && (o->tls_ca || o->tls_cert)) {
		what = "TLS";
		st = natsOptions_SetSecure(n->opts, true);
		if (st == NATS_OK && o->tls_ca)
			st = natsOptions_LoadCATrustedCertificates(n->opts, o->tls_ca);
		if (st == NATS_OK && o->tls_cert)
			st = natsOptions_LoadCertificatesChain(n->opts, o->tls_cert, o->tls_key);
	}
	if (st != NATS_OK) {
		log_error("nats: %s: %s", what, nats_GetLastError(NULL));
		return -EINVAL;
	}
	return 0;
}

int natsopts_errno(natsStatus st)
{
	switch (st) {
	case NATS_OK:
		return 0;
	case NATS_NO_MEMORY:
		return -ENOMEM;
	case NATS_INSUFFICIENT_BUFFER:
	case NATS_NOT_YET_CONNECTED:
	case NATS_CONNECTION_CLOSED:
	case NATS_CONNECTION_DISCONNECTED:
	case NATS_TIMEOUT:
	case NATS_STALE_CONNECTION:
		return -EAGAIN;
	case NATS_NOT_PERMITTED:
		return -EPERM;
	case NATS_MAX_PAYLOAD:
		return -EMSGSIZE;
	default:
		return -EIO;
	}
}

static bool natsopts_refused_subject(const char *text, char *out, size_t cap)
{
	const char *p = strstr(text ? text : "", "Publish to ");
	size_t n;

	if (!p)
		return false;
	p += strlen("Publish to ");
	p += *p == '"';
	n = strcspn(p, "\" '");
	if (n >= cap)
		n = cap - 1;
	memcpy(out, p, n);
	out[n] = '\0';
	return true;
}

bool natsopts_is_refused(struct natsopts *n, const char *subject)
{
	int i, count = __atomic_load_n(&n->nrefused, __ATOMIC_ACQUIRE);
	bool found = false;

	if (!count)
		return false;
	pthread_mutex_lock(&n->mu);
	for (i = 0; i < count && !found; i++)
		found = !strcmp(n->refused[i], subject);
	pthread_mutex_unlock(&n->mu);
	return found;
}

void natsopts_refuse(struct natsopts *n, const char *text)
{
	char subject[NATSOPTS_SUBJECT_MAX];

	if (!natsopts_refused_subject(text, subject, sizeof(subject))) {
		log_error("nats: the server refused an operation: %s", text ? text : "?");
		return;
	}
	if (natsopts_is_refused(n, subject))
		return;
	log_error("ship: NATS refuses publishing to \"%s\" (permissions violation): events for it "
		  "are counted in logtap_permission_errors_total and not sent; check the "
		  "subject template and the account's publish permissions",
		  subject);
	pthread_mutex_lock(&n->mu);
	snprintf(n->refused[n->refused_next], sizeof(n->refused[0]), "%s", subject);
	n->refused_next = (n->refused_next + 1) % NATSOPTS_REFUSED_MAX;
	if (n->nrefused < NATSOPTS_REFUSED_MAX)
		__atomic_store_n(&n->nrefused, n->nrefused + 1, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&n->mu);
}

#define NATSOPTS_IO_BUF (256 * 1024) /* client write buffer; cnats defaults to 32 KiB */

static natsStatus natsopts_policy(natsOptions *no, const struct natsopts_cbs *cbs)
{
	natsStatus st = natsOptions_SetName(no, "logtap");

	if (st == NATS_OK)
		st = natsOptions_SetMaxReconnect(no, -1);
	if (st == NATS_OK)
		st = natsOptions_SetReconnectWait(no, 500);
	if (st == NATS_OK)
		st = natsOptions_SetPingInterval(no, 5000);
	if (st == NATS_OK)
		st = natsOptions_SetTimeout(no, 2000);
	if (st == NATS_OK) /* fewer, larger socket writes from the pipeline thread */
		st = natsOptions_SetIOBufSize(no, NATSOPTS_IO_BUF);
	if (st == NATS_OK)
		st = natsOptions_SetErrorHandler(no, cbs->on_error, cbs->arg);
	if (st == NATS_OK)
		st = natsOptions_SetDisconnectedCB(no, cbs->on_disconnected, cbs->arg);
	if (st == NATS_OK)
		st = natsOptions_SetReconnectedCB(no, cbs->on_connected, cbs->arg);
	if (st == NATS_OK)
		st = natsOptions_SetClosedCB(no, cbs->on_closed, cbs->arg);
	return st;
}

/* The client library starts its threads (garbage collector, timers and callbacks on
 * its first use; reader, flusher and reconnect on a connect) from the calling thread,
 * and they inherit its scheduling policy. They are made SCHED_BATCH: a batch thread
 * that wakes never preempts the running one, it runs on a free CPU or from the next
 * tick on. As SCHED_OTHER, the reader woke for every few JetStream acks and took the
 * CPU from the pipeline thread each time: 0.5 context switches per event, the
 * largest part of the agent's CPU under JetStream. Acks, flushes and pings can wait
 * a tick. A caller that does not run SCHED_OTHER (set by the operator) is left as it
 * is. They also inherit its name, "logtap-nats" here, so that top -H, ps -L and the
 * benchmarks tell the library's CPU from the pipeline's. lib_begin switches (and says
 * in `sc` what it changed); lib_end switches back. */
struct lib_scope {
	bool batched;
	char name[16]; /* the caller's own; "" when it was not changed */
};

static void lib_begin(struct lib_scope *sc)
{
	struct sched_param p = { 0 };

	sc->batched = sched_getscheduler(0) == SCHED_OTHER &&
		      sched_setscheduler(0, SCHED_BATCH, &p) == 0;
	sc->name[0] = '\0';
	if (!prctl(PR_GET_NAME, sc->name) && prctl(PR_SET_NAME, "logtap-nats"))
		sc->name[0] = '\0';
}

static void lib_end(const struct lib_scope *sc)
{
	struct sched_param p = { 0 };

	if (sc->batched && sched_setscheduler(0, SCHED_OTHER, &p))
		log_warn("nats: cannot return to SCHED_OTHER: %s", strerror(errno));
	if (sc->name[0])
		prctl(PR_SET_NAME, sc->name);
}

struct natsopts *natsopts_new(const struct nats_opts *o, const struct natsopts_cbs *cbs)
{
	struct natsopts *n;
	struct lib_scope sc;
	int err;

	n = calloc(1, sizeof(*n));
	if (!n)
		return NULL;
	pthread_mutex_init(&n->mu, NULL);
	n->cbs = *cbs;
	n->urls = o->url;
	lib_begin(&sc);
	err = natsOptions_Create(&n->opts) == NATS_OK ? 0 : -ENOMEM;
	lib_end(&sc);
	if (!err)
		err = natsopts_servers(n, o->url);
	if (!err)
		err = natsopts_auth(n, o);
	if (!err && natsopts_policy(n->opts, cbs) != NATS_OK)
		err = -ENOMEM;
	if (err) {
		natsopts_free(n);
		errno = -err;
		return NULL;
	}
	return n;
}

/* Wrong credentials or TLS settings would make a background connect retry forever
 * in silence, so the first attempt is made here, and only "no server reachable"
 * turns into connecting in the background (events are spooled meanwhile). */
static natsStatus natsopts_try(struct natsopts *n, natsConnection **nc, bool retry)
{
	struct lib_scope sc;
	natsStatus st;

	lib_begin(&sc);
	st = natsOptions_SetRetryOnFailedConnect(n->opts, retry, retry ? n->cbs.on_connected : NULL,
						 retry ? n->cbs.arg : NULL);
	if (st == NATS_OK)
		st = natsConnection_Connect(nc, n->opts);
	lib_end(&sc);
	return st;
}

static bool auth_refused(natsStatus st)
{
	return st == NATS_CONNECTION_AUTH_FAILED || st == NATS_NOT_PERMITTED;
}

natsStatus natsopts_connect_once(struct natsopts *n, natsConnection **nc)
{
	natsStatus st = natsopts_try(n, nc, false);

	/* cnats 3.4.1 now and then sends CONNECT with a user JWT but without the nonce's
	 * signature (nats-server: "Signature missing"; about 1 connect in 40-80 here), and
	 * the server refuses it like wrong credentials. Refused credentials are tried once
	 * more before they count as wrong. */
	if (auth_refused(st)) {
		log_debug("nats: connecting to NATS (%s): %s; trying once more", n->urls,
			  nats_GetLastError(NULL));
		usleep(NATSOPTS_AUTH_RETRY_US);
		st = natsopts_try(n, nc, false);
	}
	return st;
}

int natsopts_connect(struct natsopts *n, natsConnection **nc)
{
	natsStatus st;

	*nc = NULL;
	st = natsopts_connect_once(n, nc);
	if (st == NATS_OK)
		return 0;
	if (auth_refused(st) || st == NATS_SSL_ERROR ||
	    st == NATS_SECURE_CONNECTION_WANTED || st == NATS_SECURE_CONNECTION_REQUIRED ||
	    st == NATS_INVALID_ARG || st == NATS_NO_MEMORY) {
		log_error("nats: connecting to NATS (%s): %s", n->urls, nats_GetLastError(NULL));
		health_nats_reason(nats_GetLastError(NULL));
		return st == NATS_NO_MEMORY ? -ENOMEM : -EACCES;
	}
	log_warn("nats: NATS (%s) is not reachable yet (%s); connecting in the background",
		 n->urls, nats_GetLastError(NULL));
	health_nats_reason(nats_GetLastError(NULL));
	st = natsopts_try(n, nc, true);
	if (st == NATS_OK)
		return 0;
	if (st == NATS_NOT_YET_CONNECTED)
		return 1;
	log_error("nats: connecting to NATS (%s): %s", n->urls, nats_GetLastError(NULL));
	return natsopts_errno(st) ? natsopts_errno(st) : -EIO;
}

void natsopts_free(struct natsopts *n)
{
	if (!n)
		return;
	natsOptions_Destroy(n->opts);
	pthread_mutex_destroy(&n->mu);
	if (n->nkey_seed) {
		explicit_bzero(n->nkey_seed, strlen(n->nkey_seed));
		free(n->nkey_seed);
	}
	free(n);
}
