// SPDX-License-Identifier: Apache-2.0
/*
 * redact.c - the redact stage's pass: options, the hash key, and one walk over
 * the bytes that stops only on trigger bytes (digits, word starts of a few
 * letters, '@', ':', '=', '-', '+', '(') and hands candidates to the matchers.
 * Untouched text is copied lazily: a text without findings is never copied.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "redact_int.h"

static const char *const kind_names[REDACT_KIND_COUNT] = {
	[REDACT_CARD] = "card",		  [REDACT_IBAN] = "iban", [REDACT_EMAIL] = "email",
	[REDACT_CREDENTIAL] = "credential", [REDACT_KEY] = "key",   [REDACT_JWT] = "jwt",
	[REDACT_PHONE] = "phone",	  [REDACT_IP] = "ip",
};

const char *redact_kind_name(enum redact_kind k)
{
	return (unsigned)k < REDACT_KIND_COUNT ? kind_names[k] : "unknown";
}

static int kind_bits(const char *name, size_t len, uint32_t *bits)
{
	static const struct {
		const char *name;
		uint32_t bits;
	} sets[] = {
		{ "all", REDACT_KINDS_ALL },
		{ "none", 0 },
		{ "default", REDACT_KINDS_DEFAULT },
		{ "secrets", (1u << REDACT_CREDENTIAL) | (1u << REDACT_KEY) | (1u << REDACT_JWT) },
	};
	size_t k;

	for (k = 0; k < REDACT_KIND_COUNT; k++)
		if (strlen(kind_names[k]) == len && !memcmp(kind_names[k], name, len)) {
			*bits = 1u << k;
			return 0;
		}
	for (k = 0; k < sizeof(sets) / sizeof(sets[0]); k++)
		if (strlen(sets[k].name) == len && !memcmp(sets[k].name, name, len)) {
			*bits = sets[k].bits;
			return 0;
		}
	return -EINVAL;
}

int redact_parse_kinds(const char *list, uint32_t *kinds)
{
	uint32_t acc = 0, bits;
	const char *p = list, *e;

	if (!list)
		return -EINVAL;
	for (;;) {
		e = strchr(p, ',');
		if (!e)
			e = p + strlen(p);
		while (p < e && *p == ' ')
			p++;
		if (kind_bits(p, (size_t)(e - p), &bits))
			return -EINVAL;
		acc |= bits;
		if (!*e)
			break;
		p = e + 1;
	}
	*kinds = acc;
	return 0;
}

int redact_parse_mode(const char *s, enum redact_mode *mode)
{
	if (s && !strcmp(s, "mask"))
		*mode = REDACT_MASK;
	else if (s && !strcmp(s, "hash"))
		*mode = REDACT_HASH;
	else
		return -EINVAL;
	return 0;
}

/* Reads the key file and derives the SipHash key from all of its bytes (minus
 * trailing white space). 0 or -errno; the raw bytes are wiped. */
static int load_key(struct redact *r, const char *path)
{
	unsigned char key[4096];
	ssize_t got;
	size_t n = 0;
	int fd, err = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (n < sizeof(key) && (got = read(fd, key + n, sizeof(key) - n)) != 0) {
		if (got < 0 && errno != EINTR) {
			err = -errno;
			break;
		}
		n += got > 0 ? (size_t)got : 0;
	}
	close(fd);
	while (n && (key[n - 1] == '\n' || key[n - 1] == '\r' || key[n - 1] == ' '))
		n--;
	if (!err && n < 16)
		err = -EINVAL;
	if (!err) {
		r->k0 = rd_siphash(0x6c6f67746170726bull, 0x6579306b65793030ull, key, n);
		r->k1 = rd_siphash(0x6c6f67746170726bull, 0x6579316b65793131ull, key, n);
	}
	explicit_bzero(key, sizeof(key));
	return err;
}

struct redact *redact_new(const struct redact_opts *o)
{
	struct redact *r;
	int err;

	if (o->mode == REDACT_HASH && (!o->key_file || !*o->key_file)) {
		errno = EINVAL;
		return NULL;
	}
	r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	r->kinds = o->kinds & REDACT_KINDS_ALL;
	r->mode = o->mode;
	if (o->mode == REDACT_HASH && (err = load_key(r, o->key_file))) {
		free(r);
		errno = -err;
		return NULL;
	}
	return r;
}

void redact_free(struct redact *r)
{
	if (!r)
		return;
	explicit_bzero(r, sizeof(*r));
	free(r);
}

bool rd_match_ci(const struct scan *sc, size_t i, const char *lit)
{
	for (; *lit; lit++, i++)
		if (i >= sc->n || rd_lower(sc->s[i]) != (unsigned char)*lit)
			return false;
	return true;
}

size_t rd_emit(struct scan *sc, size_t start, size_t end, enum redact_kind kind,
	       const char *mask, const char *label, const void *val, size_t vlen)
{
	char tok[REDACT_TOKEN_MAX + 1];
	int tlen;

	if (!sc->reps) {
		buf_reset(sc->out);
		if (buf_reserve(sc->out, sc->n + REDACT_TOKEN_MAX))
			goto nomem;
	}
	if (sc->r->mode == REDACT_HASH)
		tlen = snprintf(tok, sizeof(tok), "<%s:h:%012llx>", label,
				(unsigned long long)(rd_siphash(sc->r->k0, sc->r->k1, val, vlen) &
						     0xffffffffffffull));
	else
		tlen = snprintf(tok, sizeof(tok), "%s", mask);
	if (buf_append(sc->out, sc->s + sc->done, start - sc->done) ||
	    buf_append(sc->out, tok, (size_t)tlen))
		goto nomem;
	sc->done = end;
	sc->reps++;
	if (sc->counts)
		sc->counts[kind]++;
	return end;
nomem:
	sc->err = -ENOMEM;
	return end;
}

/* Byte classes that may start or pivot a finding. */
enum trig { T_NONE = 0, T_DIGIT, T_UPPER, T_LOWER, T_AT, T_COLON, T_EQ, T_GT, T_DASH, T_PHONE };

static const unsigned char trig[256] = {
	['0' ... '9'] = T_DIGIT, ['A' ... 'Z'] = T_UPPER, ['a' ... 'f'] = T_LOWER,
	['g'] = T_LOWER,	 ['x'] = T_LOWER,	  ['@'] = T_AT,
	[':'] = T_COLON,	 ['='] = T_EQ,		  ['>'] = T_GT,
	['-'] = T_DASH,		 ['+'] = T_PHONE,	  ['('] = T_PHONE,
};

/* End of the run of letters and digits at i (at least i + 1). */
static size_t word_end(const struct scan *sc, size_t i)
{
	for (i++; i < sc->n && rd_alnum(sc->s[i]); i++)
		;
	return i;
}

static size_t at_digit(struct scan *sc, size_t i)
{
	unsigned char p = rd_prev(sc, i);
	size_t j = 0;

	if (rd_alnum(p) || p == '_' || p == '.')
		return 0;
	if (rd_on(sc, REDACT_CARD) && (j = rd_card(sc, i)))
		return j;
	if (rd_on(sc, REDACT_PHONE) && (j = rd_phone(sc, i)))
		return j;
	if (rd_on(sc, REDACT_IP) && ((j = rd_ipv4(sc, i)) || (j = rd_ipv6(sc, i))))
		return j;
	return word_end(sc, i);
}

static size_t at_letter(struct scan *sc, size_t i, bool upper)
{
	size_t j = 0;

	if (!rd_word_start(sc, i))
		return 0;
	if (upper && rd_on(sc, REDACT_IBAN) && (j = rd_iban(sc, i)))
		return j;
	if (rd_on(sc, REDACT_KEY) && (j = rd_token(sc, i)))
		return j;
	if (rd_on(sc, REDACT_JWT) && (j = rd_jwt(sc, i)))
		return j;
	if (rd_on(sc, REDACT_CREDENTIAL) && (j = rd_bearer(sc, i)))
		return j;
	if (rd_on(sc, REDACT_IP) && (j = rd_ipv6(sc, i)))
		return j;
	return word_end(sc, i);
}

static size_t at_colon(struct scan *sc, size_t i)
{
	size_t j = 0;

	if (rd_at(sc, i + 1) == '/' && rd_at(sc, i + 2) == '/')
		return rd_url(sc, i);
	if (rd_on(sc, REDACT_CREDENTIAL) && (j = rd_keyvalue(sc, i)))
		return j;
	if (rd_on(sc, REDACT_IP) && rd_at(sc, i + 1) == ':' && rd_word_start(sc, i))
		return rd_ipv6(sc, i);
	return 0;
}

static size_t dispatch(struct scan *sc, size_t i)
{
	switch (trig[sc->s[i]]) {
	case T_DIGIT:
		return at_digit(sc, i);
	case T_UPPER:
		return at_letter(sc, i, true);
	case T_LOWER:
		return at_letter(sc, i, false);
	case T_AT:
		return rd_on(sc, REDACT_EMAIL) ? rd_email(sc, i) : 0;
	case T_COLON:
		return at_colon(sc, i);
	case T_EQ:
	case T_GT:
		return rd_on(sc, REDACT_CREDENTIAL) ? rd_keyvalue(sc, i) : 0;
	case T_DASH:
		return rd_on(sc, REDACT_KEY) && rd_at(sc, i + 1) == '-' ? rd_pem(sc, i) : 0;
	case T_PHONE:
		return rd_on(sc, REDACT_PHONE) ? rd_phone(sc, i) : 0;
	}
	return 0;
}

int redact_text(const struct redact *r, const char *text, size_t len, struct buf *out,
		uint64_t *counts)
{
	struct scan sc = { .r = r, .s = (const unsigned char *)text, .n = len, .out = out,
			   .counts = counts };
	size_t i = 0, j;

	if (!r->kinds)
		return 0;
	while (i < len && !sc.err) {
		if (!trig[sc.s[i]]) {
			i++;
			continue;
		}
		j = dispatch(&sc, i);
		i = j > i ? j : i + 1;
	}
	if (!sc.err && sc.reps && buf_append(out, sc.s + sc.done, len - sc.done))
		sc.err = -ENOMEM;
	return sc.err ? sc.err : sc.reps;
}

/* ---- SipHash-2-4 (Aumasson and Bernstein), 64-bit output ---- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                             \
	do {                                                                                 \
		v0 += v1;                                                                    \
		v1 = ROTL(v1, 13) ^ v0;                                                      \
		v0 = ROTL(v0, 32);                                                           \
		v2 += v3;                                                                    \
		v3 = ROTL(v3, 16) ^ v2;                                                      \
		v0 += v3;                                                                    \
		v3 = ROTL(v3, 21) ^ v0;                                                      \
		v2 += v1;                                                                    \
		v1 = ROTL(v1, 17) ^ v2;                                                      \
		v2 = ROTL(v2, 32);                                                           \
	} while (0)

static uint64_t le64(const unsigned char *p, size_t n)
{
	uint64_t v = 0;

	while (n--)
		v |= (uint64_t)p[n] << (8 * n);
	return v;
}

uint64_t rd_siphash(uint64_t k0, uint64_t k1, const void *in, size_t len)
{
	const unsigned char *p = in;
	uint64_t v0 = k0 ^ 0x736f6d6570736575ull, v1 = k1 ^ 0x646f72616e646f6dull;
	uint64_t v2 = k0 ^ 0x6c7967656e657261ull, v3 = k1 ^ 0x7465646279746573ull, m;
	size_t i;

	for (i = 0; i + 8 <= len; i += 8) {
		m = le64(p + i, 8);
		v3 ^= m;
		SIPROUND;
		SIPROUND;
		v0 ^= m;
	}
	m = le64(p + i, len - i) | (uint64_t)(len & 0xff) << 56;
	v3 ^= m;
	SIPROUND;
	SIPROUND;
	v0 ^= m;
	v2 ^= 0xff;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	return v0 ^ v1 ^ v2 ^ v3;
}
