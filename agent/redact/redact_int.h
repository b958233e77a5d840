/* SPDX-License-Identifier: Apache-2.0 */
/*
 * redact_int.h - what the files of the redact stage share: the scanner state,
 * byte classes, and the matchers. redact.c runs the pass and dispatches on
 * trigger bytes; redact_kinds.c (cards, IBAN, e-mail, phone, IP) and
 * redact_secrets.c (credentials, keys, JWT) validate candidates and emit.
 */
#ifndef LOGTAP_REDACT_INT_H
#define LOGTAP_REDACT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "redact.h"

/* Byte classes that may start or pivot a finding. Most letters are none: token
 * shapes are found from a byte inside them ("eyJ" at 'J', "ghp_" at '_', "glpat-"
 * at '-', an IBAN at its check digits), so the pass skips words in a tight loop. */
enum rd_trig {
	T_NONE = 0,
	T_DIGIT,
	T_WORD,	  /* A (AKIA/ASIA), B/b (Bearer), hex letters (IPv6): at a word start */
	T_J,	  /* the J of eyJ */
	T_PREFIX, /* the _ of ghp_/github_pat_, the - of glpat-/xoxb-/-----BEGIN */
	T_AT,
	T_COLON,
	T_EQ,	 /* = and the > of => */
	T_PHONE, /* + and ( */
};

struct redact {
	uint32_t kinds;		 /* enabled kinds, bit per enum redact_kind */
	unsigned char trig[256]; /* enum rd_trig per byte value, for the enabled kinds */
	enum redact_mode mode;	 /* mask or hash */
	bool quick;		 /* no phone or IP kind: frequent triggers are decided inline */
	bool nib;		 /* skip with nib_lo/nib_hi, 16 bytes a step (SSSE3) */
	unsigned char nib_lo[16]; /* the trigger bytes as two nibble tables: b is one when */
	unsigned char nib_hi[16]; /* nib_lo[b & 15] & nib_hi[b >> 4] (see build_nib) */
	uint64_t k0, k1;	 /* SipHash key derived from the key file (hash mode) */
};

/* One pass over one text. Bytes before done are already in out (or in a
 * replacement): matchers may read them but never replace them again. */
struct scan {
	const struct redact *r;
	const unsigned char *s; /* the text, borrowed, not modified */
	size_t n;		/* bytes in s */
	size_t done;		/* s[0, done) has been written to out */
	struct buf *out;	/* output; reset at the first replacement */
	int reps;		/* replacements so far */
	int err;		/* first error (-ENOMEM), then the pass stops */
	uint64_t *counts;	/* per-kind counters of the caller, or NULL */
	bool pem_open;		/* a PEM block began and did not end in this text */
};

static inline bool rd_on(const struct scan *sc, enum redact_kind k)
{
	return sc->r->kinds & (1u << k);
}

static inline bool rd_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool rd_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool rd_alpha(unsigned char c)
{
	return (unsigned char)((c | 0x20) - 'a') < 26;
}

static inline bool rd_alnum(unsigned char c)
{
	return rd_digit(c) || rd_alpha(c);
}

static inline bool rd_hex(unsigned char c)
{
	return rd_digit(c) || (unsigned char)((c | 0x20) - 'a') < 6;
}

static inline unsigned char rd_lower(unsigned char c)
{
	return rd_upper(c) ? c | 0x20 : c;
}

/* The byte at i, or 0 past the end: lets matchers peek without bounds checks. */
static inline unsigned char rd_at(const struct scan *sc, size_t i)
{
	return i < sc->n ? sc->s[i] : 0;
}

/* The byte before s[i] as boundaries see it: ' ' at the start, '>' right after a
 * replacement (which ends in '>'), so that a second pass finds nothing new. */
static inline unsigned char rd_prev(const struct scan *sc, size_t i)
{
	if (!i)
		return ' ';
	return i == sc->done && sc->reps ? '>' : sc->s[i - 1];
}

/* Whether s[i] starts a word: no letter, digit or '_' just before it. */
static inline bool rd_word_start(const struct scan *sc, size_t i)
{
	unsigned char p = rd_prev(sc, i);

	return !(rd_alnum(p) || p == '_');
}

/* Case-insensitive compare of s[i..] with a lower-case ASCII literal. */
bool rd_match_ci(const struct scan *sc, size_t i, const char *lit);

/* Replaces s[start, end) by the mask token (mode mask) or by "<label:h:HASH>"
 * with the hash of val[0, vlen) (mode hash); counts it for kind. Returns end. */
size_t rd_emit(struct scan *sc, size_t start, size_t end, enum redact_kind kind, const char *mask,
	       const char *label, const void *val, size_t vlen);

/* Matchers: each looks at a candidate starting (or, for '@' and separators,
 * pivoting) at i; on a match it emits and returns the index to go on from (> i),
 * else 0. */
size_t rd_card(struct scan *sc, size_t i);
size_t rd_iban(struct scan *sc, size_t i);
size_t rd_email(struct scan *sc, size_t i);
size_t rd_phone(struct scan *sc, size_t i);
size_t rd_ipv4(struct scan *sc, size_t i);
size_t rd_ipv6(struct scan *sc, size_t i);
size_t rd_keyvalue(struct scan *sc, size_t i);
size_t rd_url(struct scan *sc, size_t i);
size_t rd_bearer(struct scan *sc, size_t i);
size_t rd_jwt(struct scan *sc, size_t i);
size_t rd_pem(struct scan *sc, size_t i);
/* The end of the END line of a PEM block searched from k; the end of the text (and
 * pem_open set) when there is none. */
size_t rd_pem_end(struct scan *sc, size_t k);
/* Where the rest of a PEM block begun in an earlier event ends in this text: after
 * its END line, before the first line that is no PEM body, or at the end (then
 * pem_open is set). */
size_t rd_pem_carry(struct scan *sc);
/* The first trigger byte of r from i on, or len (the nibble skip when r->nib): for the
 * fuzz target, which compares both. */
size_t rd_skip(const struct redact *r, const unsigned char *s, size_t i, size_t len);
/* The pass of redact_text; *pem (may be NULL) says on entry that the text starts
 * inside a PEM block, and on return that one is still open at its end. */
int rd_scan(const struct redact *r, const char *text, size_t len, struct buf *out, uint64_t *counts,
	    bool *pem);
size_t rd_token(struct scan *sc, size_t i);

/* SipHash-2-4 of in[0, len) under the 128-bit key (k0, k1). */
uint64_t rd_siphash(uint64_t k0, uint64_t k1, const void *in, size_t len);

#endif
