/* SPDX-License-Identifier: Apache-2.0 */
/*
 * natsperm.h - what `logtap check` reads out of NATS credentials without a server:
 * the sections of a .creds file, the claims of its user JWT, and whether the
 * JWT's publish permissions (allow/deny subjects with * and >) cover a subject pattern.
 */
#ifndef LOGTAP_NATSPERM_H
#define LOGTAP_NATSPERM_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* The two sections of a .creds file; strings owned by the struct. */
struct natsperm_creds {
	char *jwt;  /* "-----BEGIN NATS USER JWT-----" section, or NULL */
	char *seed; /* "-----BEGIN USER NKEY SEED-----" section, or NULL (wiped on free) */
};

/* Splits the text of a .creds file into its sections (either may stay NULL).
 * 0 or -ENOMEM. */
int natsperm_parse_creds(const char *text, struct natsperm_creds *out);
/* Frees the sections (the seed is wiped first). Accepts an empty struct. */
void natsperm_creds_free(struct natsperm_creds *c);

/* The claims (the middle, base64url part) of a JWT as JSON; the signature is not
 * verified (the server does that). NULL with errno EINVAL when it is not a JWT. */
json_t *natsperm_claims(const char *jwt);

/* True when every subject that matches pattern also matches filter (both may hold
 * the wildcards * and >): filter "a.>" covers "a.b.*", "a.*" does not cover "a.>". */
bool natsperm_covers(const char *filter, const char *pattern);
/* True when some subject matches both a and b. */
bool natsperm_intersects(const char *a, const char *b);

enum natsperm_verdict {
	NATSPERM_ALLOWED, /* every subject of the pattern may be used */
	NATSPERM_PARTIAL, /* some may, some may not */
	NATSPERM_DENIED,  /* none may */
};

/* Applies one direction of a user JWT's permissions ("pub" or "sub" object of the
 * "nats" claims, may be NULL = no restriction) to pattern, as nats-server does: an
 * empty allow list allows everything, deny wins over allow. why (cap bytes) names the
 * deciding entry or the allow list. */
enum natsperm_verdict natsperm_check(const json_t *perm, const char *pattern, char *why,
				     size_t cap);

#endif
