// SPDX-License-Identifier: Apache-2.0
/*
 * natsperm.c - offline reading of NATS credentials for `logtap check`: .creds
 * sections, base64url JWT claims, and subject-set arithmetic for permissions
 * (covers = subset, intersects = overlap), the way nats-server applies them.
 */
#include "natsperm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NATSPERM_TOKENS_MAX 64 /* subject tokens looked at; longer subjects never match */

/* ---- .creds sections ---- */

static char *section_value(const char *text, const char *marker)
{
	const char *p = strstr(text, marker), *end;

	if (!p)
		return NULL;
	p = strchr(p, '\n');
	if (!p)
		return NULL;
	p += strspn(p, " \t\r\n");
	end = p + strcspn(p, " \t\r\n");
	if (end == p || *p == '-')
		return NULL;
	return strndup(p, (size_t)(end - p));
}

int natsperm_parse_creds(const char *text, struct natsperm_creds *out)
{
	memset(out, 0, sizeof(*out));
	if (strstr(text, "BEGIN NATS USER JWT")) {
		out->jwt = section_value(text, "BEGIN NATS USER JWT");
		if (!out->jwt && errno == ENOMEM)
			return -ENOMEM;
	}
	if (strstr(text, "BEGIN USER NKEY SEED")) {
		out->seed = section_value(text, "BEGIN USER NKEY SEED");
		if (!out->seed && errno == ENOMEM) {
			natsperm_creds_free(out);
			return -ENOMEM;
		}
	}
	return 0;
}

void natsperm_creds_free(struct natsperm_creds *c)
{
	free(c->jwt);
	if (c->seed) {
		explicit_bzero(c->seed, strlen(c->seed));
		free(c->seed);
	}
	c->jwt = NULL;
	c->seed = NULL;
}

/* ---- JWT claims ---- */

static int b64url_value(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '-' || c == '+')
		return 62;
	if (c == '_' || c == '/')
		return 63;
	return -1;
}

/* Decodes n base64url characters (no padding needed) into out (n * 3 / 4 + 1 bytes).
 * The length written, or -EINVAL. */
static long b64url_decode(const char *s, size_t n, unsigned char *out)
{
	unsigned acc = 0;
	int bits = 0, v;
	long len = 0;
	size_t i;

	for (i = 0; i < n && s[i] != '='; i++) {
		v = b64url_value(s[i]);
		if (v < 0)
			return -EINVAL;
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[len++] = (unsigned char)(acc >> bits);
		}
	}
	return len;
}

json_t *natsperm_claims(const char *jwt)
{
	const char *p = strchr(jwt, '.'), *end;
	unsigned char *raw;
	json_t *claims = NULL;
	long len;

	end = p ? strchr(p + 1, '.') : NULL;
	if (!end || end == p + 1) {
		errno = EINVAL;
		return NULL;
	}
	p++;
	raw = malloc((size_t)(end - p) * 3 / 4 + 1);
	if (!raw)
		return NULL;
	len = b64url_decode(p, (size_t)(end - p), raw);
	if (len > 0)
		claims = json_loadb((const char *)raw, (size_t)len, 0, NULL);
	free(raw);
	if (!json_is_object(claims)) {
		json_decref(claims);
		errno = EINVAL;
		return NULL;
	}
	return claims;
}

/* ---- subject sets ---- */

struct tokens {
	size_t n;
	const char *p[NATSPERM_TOKENS_MAX]; /* token starts in the subject */
	size_t len[NATSPERM_TOKENS_MAX];
};

static bool split(const char *s, struct tokens *t)
{
	t->n = 0;
	for (;;) {
		size_t n = strcspn(s, ".");

		if (t->n == NATSPERM_TOKENS_MAX || !n)
			return false;
		t->p[t->n] = s;
		t->len[t->n++] = n;
		if (!s[n])
			return true;
		s += n + 1;
	}
}

static bool tok_is(const struct tokens *t, size_t i, char wild)
{
	return t->len[i] == 1 && t->p[i][0] == wild;
}

static bool tok_eq(const struct tokens *a, size_t i, const struct tokens *b, size_t j)
{
	return a->len[i] == b->len[j] && !memcmp(a->p[i], b->p[j], a->len[i]);
}

bool natsperm_covers(const char *filter, const char *pattern)
{
	struct tokens f, p;
	size_t i;

	if (!split(filter, &f) || !split(pattern, &p))
		return false;
	for (i = 0; i < f.n; i++) {
		if (tok_is(&f, i, '>'))
			return i < p.n; /* the rest of p has at least one token */
		if (i >= p.n || tok_is(&p, i, '>'))
			return false;
		if (!tok_is(&f, i, '*') && (tok_is(&p, i, '*') || !tok_eq(&f, i, &p, i)))
			return false;
	}
	return f.n == p.n;
}

bool natsperm_intersects(const char *a, const char *b)
{
	struct tokens x, y;
	size_t i;

	if (!split(a, &x) || !split(b, &y))
		return false;
	for (i = 0; i < x.n && i < y.n; i++) {
		if (tok_is(&x, i, '>') || tok_is(&y, i, '>'))
			return true;
		if (!tok_is(&x, i, '*') && !tok_is(&y, i, '*') && !tok_eq(&x, i, &y, i))
			return false;
	}
	return x.n == y.n;
}

/* ---- permissions ---- */

/* Writes the list as "a, b, c" into why. */
static void list_text(const json_t *list, char *why, size_t cap)
{
	size_t i, n = 0;
	const char *s;

	why[0] = '\0';
	for (i = 0; i < json_array_size(list); i++) {
		s = json_string_value(json_array_get(list, i));
		if (s && n < cap)
			n += (size_t)snprintf(why + n, cap - n, "%s%s", n ? ", " : "", s);
	}
}

/* How much of pattern the list matches: covers (2), intersects (1) or not at all (0). */
static int list_match(const json_t *list, const char *pattern, const char **which)
{
	int best = 0;
	size_t i;

	for (i = 0; i < json_array_size(list); i++) {
		const char *s = json_string_value(json_array_get(list, i));

		if (!s)
			continue;
		if (natsperm_covers(s, pattern)) {
			*which = s;
			return 2;
		}
		if (!best && natsperm_intersects(s, pattern)) {
			*which = s;
			best = 1;
		}
	}
	return best;
}

enum natsperm_verdict natsperm_check(const json_t *perm, const char *pattern, char *why, size_t cap)
{
	const json_t *allow = json_object_get(perm, "allow"), *deny = json_object_get(perm, "deny");
	const char *which = NULL;
	int m;

	m = list_match(deny, pattern, &which);
	if (m) {
		snprintf(why, cap, "deny %s", which);
		return m == 2 ? NATSPERM_DENIED : NATSPERM_PARTIAL;
	}
	if (!json_array_size(allow)) {
		snprintf(why, cap, "no allow list: every subject");
		return NATSPERM_ALLOWED;
	}
	m = list_match(allow, pattern, &which);
	if (m == 2) {
		snprintf(why, cap, "allow %s", which);
		return NATSPERM_ALLOWED;
	}
	snprintf(why, cap, "allow ");
	list_text(allow, why + strlen(why), cap - strlen(why));
	return m ? NATSPERM_PARTIAL : NATSPERM_DENIED;
}
