// SPDX-License-Identifier: Apache-2.0
/*
 * check_nats.c - the shipping side of `logtap check`: credential and TLS files
 * one line each, one connect with the agent's own client options (natsopts),
 * the user JWT's publish permissions for the subject pattern, a probe event
 * published for real (JetStream: acknowledged by a stream) unless --no-probe.
 */
#include "check.h"

#include <errno.h>
#include <nats/nats.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ship/natsopts.h"
#include "natsperm.h"

#define CHECK_FILE_MAX	    (64 << 10)	 /* credential files are small */
#define CHECK_WAIT_MS	    3000	 /* acks, flushes and API requests */
#define CHECK_INFO_WAIT_MS  1000	 /* stream info, an extra */
#define CHECK_EXPIRY_WARN_S (7 * 86400)	 /* a user JWT expiring sooner is a warning */
#define CHECK_INBOX	    "_INBOX.*.*" /* where cnats awaits JetStream acks */

struct check_nats {
	struct check_run *r;
	json_t *claims;		/* the creds file's user JWT claims, or NULL; owned */
	char user[160];		/* who connects, for messages */
	bool files_ok;		/* every credential and TLS file passed */
	struct natsopts *nopts; /* owned */
	natsConnection *nc;	/* owned, NULL unless connected */
};

/* Reads a small file into *text (NUL-terminated, caller frees). 0 or -errno. */
static int slurp(const char *path, char **text)
{
	FILE *f = fopen(path, "re");
	size_t n;

	*text = NULL;
	if (!f)
		return -errno;
	*text = calloc(1, CHECK_FILE_MAX + 1);
	n = *text ? fread(*text, 1, CHECK_FILE_MAX + 1, f) : 0;
	fclose(f);
	if (!*text)
		return -ENOMEM;
	if (n > CHECK_FILE_MAX) {
		free(*text);
		*text = NULL;
		return -EFBIG;
	}
	(*text)[n] = '\0';
	return 0;
}

/* cnats' last error without its "(file.c:123): " prefix. */
static const char *lib_error(void)
{
	const char *t = nats_GetLastError(NULL), *p = t ? strstr(t, "): ") : NULL;

	return !t ? "?" : t[0] == '(' && p ? p + 3 : t;
}

/* A seed is well-formed when cnats can sign with it (after nats_Open). */
static bool seed_ok(const char *seed)
{
	unsigned char *sig = NULL;
	int len = 0;
	bool ok = nats_Sign(seed, "logtap-check", &sig, &len) == NATS_OK;

	free(sig);
	return ok;
}

static const char *claim_str(const json_t *j, const char *key)
{
	const char *s = json_string_value(json_object_get(j, key));

	return s ? s : "";
}

/* FAIL text for the claims of a user JWT, or NULL when they are usable. */
static const char *claims_problem(const json_t *c)
{
	const json_t *nats = json_object_get(c, "nats");
	json_int_t exp = json_integer_value(json_object_get(c, "exp"));
	json_int_t nbf = json_integer_value(json_object_get(c, "nbf"));

	if (strcmp(claim_str(nats, "type"), "user") || claim_str(c, "sub")[0] != 'U')
		return "the JWT is not a user JWT";
	if (exp && exp < (json_int_t)time(NULL))
		return "the user JWT has expired";
	if (nbf && nbf > (json_int_t)time(NULL))
		return "the user JWT is not valid yet";
	return NULL;
}

/* "does not expire" or "expires <date>": a warning within CHECK_EXPIRY_WARN_S. */
static enum check_status expiry(const json_t *claims, char *out, size_t cap)
{
	time_t exp = (time_t)json_integer_value(json_object_get(claims, "exp"));
	struct tm tm;

	if (!exp || !gmtime_r(&exp, &tm)) {
		snprintf(out, cap, "does not expire");
		return CHECK_OK;
	}
	strftime(out, cap, "expires %Y-%m-%dT%H:%M:%SZ", &tm);
	return exp - time(NULL) < CHECK_EXPIRY_WARN_S ? CHECK_WARN : CHECK_OK;
}

static void check_creds(struct check_nats *cn, const char *path)
{
	struct natsperm_creds c;
	const char *bad = NULL, *acc, *name;
	char *text, until[64];
	int err = slurp(path, &text);

	if (err || natsperm_parse_creds(text, &c)) {
		check_say(cn->r, CHECK_FAIL, "creds", "%s: %s", path,
			  strerror(err ? -err : ENOMEM));
		cn->files_ok = false;
		free(text);
		return;
	}
	explicit_bzero(text, strlen(text));
	free(text);
	if (!c.jwt || !c.seed)
		bad = !c.jwt ? "no NATS USER JWT section" : "no USER NKEY SEED section";
	else if (!(cn->claims = natsperm_claims(c.jwt)))
		bad = "the user JWT does not decode (base64url JSON claims)";
	else if (!seed_ok(c.seed))
		bad = "the nkey seed is not valid";
	else
		bad = claims_problem(cn->claims);
	natsperm_creds_free(&c);
	if (bad) {
		check_say(cn->r, CHECK_FAIL, "creds", "%s: %s", path, bad);
		cn->files_ok = false;
		return;
	}
	acc = claim_str(json_object_get(cn->claims, "nats"), "issuer_account");
	name = claim_str(cn->claims, "name");
	snprintf(cn->user, sizeof(cn->user), "user %.12s...", claim_str(cn->claims, "sub"));
	check_say(cn->r, expiry(cn->claims, until, sizeof(until)), "creds",
		  "%s: %s%s%s%s of account %.12s..., %s", path, cn->user, *name ? " (\"" : "", name,
		  *name ? "\")" : "", *acc ? acc : claim_str(cn->claims, "iss"), until);
}

/* An nkey file: the seed (SU...) and the public key (U...), as natsopts reads it. */
static void check_nkey(struct check_nats *cn, const char *path)
{
	char *text, *tok, *save = NULL, *seed = NULL, *pub = NULL;
	int err = slurp(path, &text);

	for (tok = err ? NULL : strtok_r(text, " \t\r\n", &save); tok;
	     tok = strtok_r(NULL, " \t\r\n", &save)) {
		if (!strncmp(tok, "SU", 2))
			seed = tok;
		else if (tok[0] == 'U')
			pub = tok;
	}
	if (err || !seed || !pub || !seed_ok(seed)) {
		check_say(cn->r, CHECK_FAIL, "nkey", "%s: %s", path,
			  err		  ? strerror(-err)
			  : !seed || !pub ? "needs the user seed (SU...) and public key (U...)"
					  : "the seed is not a valid nkey seed");
		cn->files_ok = false;
	} else {
		snprintf(cn->user, sizeof(cn->user), "nkey %.12s...", pub);
		check_say(cn->r, CHECK_OK, "nkey", "%s: %s", path, cn->user);
	}
	if (text)
		explicit_bzero(text, strlen(text));
	free(text);
}

/* Loads the TLS files into scratch options the way natsopts will: one line per role. */
static void check_tls(struct check_nats *cn)
{
	const struct lt_options *o = cn->r->o;
	natsOptions *no = NULL;
	natsStatus st;

	if (natsOptions_Create(&no) != NATS_OK)
		return;
	if (o->nats.tls_ca) {
		st = natsOptions_LoadCATrustedCertificates(no, o->nats.tls_ca);
		check_say(cn->r, st ? CHECK_FAIL : CHECK_OK, "tls-ca", "%s: %s", o->nats.tls_ca,
			  st ? lib_error() : "CA certificates load");
		cn->files_ok &= !st;
	}
	if (o->nats.tls_cert || o->nats.tls_key) {
		st = o->nats.tls_cert && o->nats.tls_key
			 ? natsOptions_LoadCertificatesChain(no, o->nats.tls_cert, o->nats.tls_key)
			 : NATS_INVALID_ARG;
		check_say(cn->r, st ? CHECK_FAIL : CHECK_OK, "tls-cert", "%s with key %s: %s",
			  o->nats.tls_cert ? o->nats.tls_cert : "(no --tls-cert)",
			  o->nats.tls_key ? o->nats.tls_key : "(no --tls-key)",
			  !o->nats.tls_cert || !o->nats.tls_key ? "both --tls-cert and --tls-key are needed"
			  : st			      ? lib_error()
						      : "certificate and matching key load");
		cn->files_ok &= !st;
	}
	natsOptions_Destroy(no);
}

static void quiet_error(natsConnection *nc, natsSubscription *sub, natsStatus err, void *arg)
{
	/* permission errors are read back with natsConnection_GetLastError */
}

/* The whole NATS set-up of the check in one place: the agent's client options (the
 * same servers, credentials, TLS and timeouts), and one attempt without the agent's
 * background retries. NATS_OK or the status of the failure (text: nats_GetLastError). */
static natsStatus check_connect(const struct lt_options *o, struct natsopts **nopts,
				natsConnection **nc)
{
	struct natsopts_cbs cbs = {.on_error = quiet_error};

	*nc = NULL;
	*nopts = natsopts_new(&o->nats, &cbs);
	if (!*nopts)
		return errno == ENOMEM ? NATS_NO_MEMORY : NATS_INVALID_ARG;
	return natsopts_connect_once(*nopts, nc);
}

static const char *connect_hint(const struct lt_options *o, natsStatus st)
{
	switch (st) {
	case NATS_NO_SERVER:
	case NATS_TIMEOUT:
	case NATS_IO_ERROR:
		return "no server reachable; is the URL right and nats-server running?";
	case NATS_CONNECTION_AUTH_FAILED:
	case NATS_NOT_PERMITTED:
		return o->nats.creds ? "authorization failed: this server does not accept the user "
				       "of --nats-creds (another account or operator?)"
				     : "authorization failed: the server rejects these credentials";
	case NATS_SSL_ERROR:
		return "TLS failed; does --tls-ca hold the CA that signed the server's "
		       "certificate?";
	case NATS_SECURE_CONNECTION_REQUIRED:
		return "the server requires TLS: use --tls-ca (and tls:// URLs)";
	case NATS_SECURE_CONNECTION_WANTED:
		return "TLS was asked for but the server does not offer it";
	default:
		return "cannot connect";
	}
}

static void nats_connect(struct check_nats *cn)
{
	const struct lt_options *o = cn->r->o;
	char url[256] = "", server[128] = "";
	natsStatus st = check_connect(o, &cn->nopts, &cn->nc);

	if (st != NATS_OK) {
		check_say(cn->r, CHECK_FAIL, "nats", "%s: %s (%s)", o->nats.url,
			  connect_hint(o, st), lib_error());
		natsConnection_Destroy(cn->nc);
		cn->nc = NULL;
		return;
	}
	natsConnection_GetConnectedUrl(cn->nc, url, sizeof(url));
	natsConnection_GetConnectedServerId(cn->nc, server, sizeof(server));
	if (!cn->user[0])
		snprintf(cn->user, sizeof(cn->user), "%s",
			 o->nats.user	 ? o->nats.user
			 : o->nats.token ? "token"
					 : "no credentials");
	check_say(cn->r, CHECK_OK, "nats", "connected to %s (server %.12s...) as %s", url, server,
		  cn->user);
}

/* What the user JWT itself says about publishing to the pattern (and, for JetStream,
 * receiving acks on an inbox). */
static void check_permissions(struct check_nats *cn)
{
	const json_t *nats = json_object_get(cn->claims, "nats");
	const json_t *pub = json_object_get(nats, "pub"), *sub = json_object_get(nats, "sub");
	const char *acc = claim_str(nats, "issuer_account");
	static const enum check_status st[] = {CHECK_OK, CHECK_WARN, CHECK_FAIL};
	static const char *const says[] = {"allows publishing to every subject of",
					   "allows only some subjects of", "may not publish to"};
	enum natsperm_verdict v;
	char why[512];

	if (!cn->claims || !cn->r->pattern[0])
		return;
	if (!json_object_size(pub) && *acc && strcmp(acc, claim_str(cn->claims, "iss"))) {
		check_say(cn->r, CHECK_SKIP, "permissions",
			  "the user JWT is signed by a signing key of its account and carries no "
			  "permissions (a scoped key's role may set them): the probe decides");
		return;
	}
	v = natsperm_check(pub, cn->r->pattern, why, sizeof(why));
	check_say(cn->r, st[v], "permissions", "the user JWT %s %s (%s)", says[v], cn->r->pattern,
		  why);
	if (!cn->r->o->ship.jetstream)
		return;
	v = natsperm_check(sub, CHECK_INBOX, why, sizeof(why));
	check_say(cn->r, v == NATSPERM_ALLOWED ? CHECK_OK : CHECK_FAIL, "permissions",
		  "JetStream acks: the user JWT %s subscribe to _INBOX.> (%s)",
		  v == NATSPERM_ALLOWED ? "may" : "may not", why);
}

/* True when the server refused publishing to subject on nc (natsopts parses the error). */
static bool refused(struct check_nats *cn, const char *subject, const char **text)
{
	*text = NULL;
	if (natsConnection_GetLastError(cn->nc, text) != NATS_NOT_PERMITTED)
		return false;
	natsopts_refuse(cn->nopts, *text);
	return natsopts_is_refused(cn->nopts, subject);
}

/* Core NATS: publish, then a flush round trip; a refusal arrives before the PONG. */
static void probe_core(struct check_nats *cn)
{
	struct check_run *r = cn->r;
	natsMsg *m = NULL;
	const char *text;
	natsStatus st;

	st = natsMsg_Create(&m, r->subject, NULL, r->probe.p, (int)r->probe.len);
	if (st == NATS_OK)
		st = natsMsgHeader_Set(m, "Nats-Msg-Id", r->probe_id);
	if (st == NATS_OK)
		st = natsConnection_PublishMsg(cn->nc, m);
	if (st == NATS_OK)
		st = natsConnection_FlushTimeout(cn->nc, CHECK_WAIT_MS);
	natsMsg_Destroy(m);
	if (refused(cn, r->subject, &text))
		check_say(r, CHECK_FAIL, "publish", "NATS refuses publishing to %s: %s", r->subject,
			  text);
	else if (st != NATS_OK)
		check_say(r, CHECK_FAIL, "publish", "probe to %s: %s", r->subject, lib_error());
	else
		check_say(r, CHECK_OK, "publish", "probe event %s published to %s", r->probe_id,
			  r->subject);
}

/* The stream that stored the probe: do its subjects take every subject of the pattern? */
static void stream_covers(struct check_nats *cn, jsCtx *js, const jsPubAck *pa)
{
	struct check_run *r = cn->r;
	const json_t *pub = json_object_get(json_object_get(cn->claims, "nats"), "pub");
	jsStreamInfo *si = NULL;
	char api[256], why[512];
	jsOptions quick;
	int i;

	jsOptions_Init(&quick);
	quick.Wait = CHECK_INFO_WAIT_MS; /* the agent's creds may lack the JetStream API */
	snprintf(api, sizeof(api), "$JS.API.STREAM.INFO.%s", pa->Stream);
	if ((cn->claims && natsperm_check(pub, api, why, sizeof(why)) == NATSPERM_DENIED) ||
	    js_GetStreamInfo(&si, js, pa->Stream, &quick, NULL) != NATS_OK) {
		check_say(r, CHECK_OK, "jetstream", "stream %s stored the probe (sequence %llu)",
			  pa->Stream, (unsigned long long)pa->Sequence);
		return;
	}
	for (i = 0; i < si->Config->SubjectsLen; i++) {
		if (natsperm_covers(si->Config->Subjects[i], r->pattern))
			break;
	}
	if (i < si->Config->SubjectsLen)
		check_say(r, CHECK_OK, "jetstream",
			  "stream %s (%s) stored the probe (sequence %llu) and takes all of %s",
			  pa->Stream, si->Config->Subjects[i], (unsigned long long)pa->Sequence,
			  r->pattern);
	else
		check_say(r, CHECK_WARN, "jetstream",
			  "stream %s stored the probe, but its subjects do not take all of %s",
			  pa->Stream, r->pattern);
	jsStreamInfo_Destroy(si);
}

/* JetStream: the probe is acknowledged by the stream that captures the subject. */
static void probe_js(struct check_nats *cn)
{
	struct check_run *r = cn->r;
	jsErrCode jerr = 0;
	jsPubAck *pa = NULL;
	jsPubOptions po;
	const char *text;
	jsCtx *js = NULL;
	jsOptions jo;
	natsStatus st;

	jsOptions_Init(&jo);
	jo.Wait = CHECK_WAIT_MS;
	jsPubOptions_Init(&po);
	po.MsgId = r->probe_id;
	po.MaxWait = CHECK_WAIT_MS;
	st = natsConnection_JetStream(&js, cn->nc, &jo);
	if (st == NATS_OK)
		st = js_Publish(&pa, js, r->subject, r->probe.p, (int)r->probe.len, &po, &jerr);
	if (refused(cn, r->subject, &text)) {
		check_say(r, CHECK_FAIL, "publish", "NATS refuses publishing to %s: %s", r->subject,
			  text);
		check_say(r, CHECK_SKIP, "jetstream", "not tried: publishing is refused");
	} else if (st == NATS_OK || st == NATS_NO_RESPONDERS) {
		check_say(r, CHECK_OK, "publish", "probe event %s published to %s", r->probe_id,
			  r->subject);
		if (pa)
			stream_covers(cn, js, pa);
		else
			check_say(r, CHECK_FAIL, "jetstream",
				  "no stream captures %s (no responders): add a stream whose "
				  "subjects take %s, or enable JetStream for the account",
				  r->subject, r->pattern);
	} else {
		check_say(r, CHECK_FAIL, "jetstream", "the probe to %s was not acknowledged: %s",
			  r->subject, lib_error());
	}
	jsPubAck_Destroy(pa);
	jsCtx_Destroy(js);
}

/* --no-probe: ask JetStream which stream captures the subject ($JS.API.STREAM.NAMES). */
static void lookup_stream(struct check_nats *cn)
{
	struct check_run *r = cn->r;
	char req[SUBJECT_MAX + 32];
	natsMsg *reply = NULL;
	json_t *root = NULL, *names;
	natsStatus st;

	snprintf(req, sizeof(req), "{\"subject\":\"%s\"}", r->subject);
	st = natsConnection_RequestString(&reply, cn->nc, "$JS.API.STREAM.NAMES", req,
					  CHECK_WAIT_MS);
	if (st == NATS_OK)
		root = json_loadb(natsMsg_GetData(reply), (size_t)natsMsg_GetDataLength(reply), 0,
				  NULL);
	names = json_object_get(root, "streams");
	if (st != NATS_OK)
		check_say(r, CHECK_FAIL, "jetstream", "cannot list the streams: %s%s", lib_error(),
			  st == NATS_NO_RESPONDERS ? " (JetStream is not enabled for the account)"
						   : "");
	else if (!json_array_size(names))
		check_say(r, CHECK_FAIL, "jetstream", "no stream captures %s", r->subject);
	else
		check_say(r, CHECK_OK, "jetstream", "stream %s captures %s",
			  json_string_value(json_array_get(names, 0)), r->subject);
	json_decref(root);
	natsMsg_Destroy(reply);
}

static void check_probe(struct check_nats *cn)
{
	const struct lt_options *o = cn->r->o;

	if (!cn->r->subject[0]) {
		check_say(cn->r, CHECK_SKIP, "publish", "not tried: the subject did not render");
	} else if (o->no_probe) {
		check_say(cn->r, CHECK_SKIP, "publish", "--no-probe: no probe event published");
		if (o->ship.jetstream)
			lookup_stream(cn);
	} else if (o->ship.jetstream) {
		probe_js(cn);
	} else {
		probe_core(cn);
	}
}

void check_nats(struct check_run *r)
{
	const struct lt_options *o = r->o;
	struct check_nats cn = {.r = r, .files_ok = true};

	if (!o->nats.url) {
		check_say(r, CHECK_SKIP, "nats",
			  "no --nats-url: the agent writes JSON lines to stdout");
		return;
	}
	if (nats_Open(-1) != NATS_OK) {
		check_say(r, CHECK_FAIL, "nats", "the NATS client library does not start: %s",
			  lib_error());
		return;
	}
	if (o->nats.creds)
		check_creds(&cn, o->nats.creds);
	else if (o->nats.nkey)
		check_nkey(&cn, o->nats.nkey);
	check_tls(&cn);
	if (cn.files_ok)
		nats_connect(&cn);
	else
		check_say(r, CHECK_SKIP, "nats",
			  "not tried: a credential or TLS file failed above");
	if (cn.nc) {
		check_permissions(&cn);
		check_probe(&cn);
		natsConnection_Close(cn.nc);
		natsConnection_Destroy(cn.nc);
	}
	natsopts_free(cn.nopts);
	json_decref(cn.claims);
}
