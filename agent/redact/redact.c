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
#if defined(__x86_64__) && defined(__GNUC__)
#include <tmmintrin.h> /* for skip_nib only, built for SSSE3 and used where the CPU has it */
#endif

#include "redact_int.h"

static const char *const kind_names[REDACT_KIND_COUNT] = {
    [REDACT_CARD] = "card",   [REDACT_IBAN] = "iban",
    [REDACT_EMAIL] = "email", [REDACT_CREDENTIAL] = "credential",
    [REDACT_KEY] = "key",     [REDACT_JWT] = "jwt",
    [REDACT_PHONE] = "phone", [REDACT_IP] = "ip",
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
	    {"all", REDACT_KINDS_ALL},
	    {"none", 0},
	    {"default", REDACT_KINDS_DEFAULT},
	    {"secrets", (1u << REDACT_CREDENTIAL) | (1u << REDACT_KEY) | (1u << REDACT_JWT)},
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

static void set_trig(struct redact *r, const char *bytes, enum rd_trig t, uint32_t kinds)
{
	if (!(r->kinds & kinds))
		return;
	for (; *bytes; bytes++)
		r->trig[(unsigned char)*bytes] = (unsigned char)t;
}

/* Only the bytes that can start or pivot a finding of an enabled kind stop the pass. */
static void build_trig(struct redact *r)
{
	const uint32_t card = 1u << REDACT_CARD, iban = 1u << REDACT_IBAN;
	const uint32_t cred = 1u << REDACT_CREDENTIAL, key = 1u << REDACT_KEY;
	const uint32_t phone = 1u << REDACT_PHONE, ip = 1u << REDACT_IP;

	set_trig(r, "0123456789", T_DIGIT, card | iban | phone | ip);
	set_trig(r, "acdefCDEF", T_WORD, ip);
	set_trig(r, "A", T_WORD, key | ip);
	set_trig(r, "Bb", T_WORD, cred | ip);
	set_trig(r, "J", T_J, 1u << REDACT_JWT);
	set_trig(r, "_-", T_PREFIX, key);
	set_trig(r, "@", T_AT, 1u << REDACT_EMAIL);
	set_trig(r, ":", T_COLON, cred | key | ip);
	set_trig(r, "=>", T_EQ, cred);
	set_trig(r, "+(", T_PHONE, phone);
}

/* The trigger table as two nibble tables, for a lookup of 16 bytes at once: each high
 * nibble that some trigger has gets a bit of its own in nib_hi, and nib_lo[l] has the
 * bits of the high nibbles h for which h << 4 | l is a trigger. Exact for up to eight
 * high nibbles (the default kinds use four, all of them five); more: no nibble skip. */
static bool build_nib(struct redact *r)
{
	unsigned bit[16] = {0}, used = 0, b;

	for (b = 0; b < 256; b++) {
		if (!r->trig[b])
			continue;
		if (!bit[b >> 4]) {
			if (used == 8)
				return false;
			bit[b >> 4] = 1u << used++;
			r->nib_hi[b >> 4] = (unsigned char)bit[b >> 4];
		}
		r->nib_lo[b & 15] |= (unsigned char)bit[b >> 4];
	}
	return true;
}

static bool have_ssse3(void)
{
#if defined(__x86_64__) && defined(__GNUC__)
	return __builtin_cpu_supports("ssse3");
#else
	return false;
#endif
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
	r->quick = !(r->kinds & ((1u << REDACT_PHONE) | (1u << REDACT_IP)));
	build_trig(r);
	r->nib = build_nib(r) && have_ssse3();
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

size_t rd_emit(struct scan *sc, size_t start, size_t end, enum redact_kind kind, const char *mask,
	       const char *label, const void *val, size_t vlen)
{
	char tok[REDACT_TOKEN_MAX + 1];
	int tlen = 0;

	if (!sc->reps) {
		buf_reset(sc->out);
		if (buf_reserve(sc->out, sc->n + REDACT_TOKEN_MAX))
			goto nomem;
	}
	if (sc->r->mode == REDACT_HASH)
		tlen = snprintf(tok, sizeof(tok), "<%s:h:%012llx>", label,
				(unsigned long long)(rd_siphash(sc->r->k0, sc->r->k1, val, vlen) &
						     0xffffffffffffull));
	if (buf_append(sc->out, sc->s + sc->done, start - sc->done) ||
	    (sc->r->mode == REDACT_HASH ? buf_append(sc->out, tok, (size_t)tlen)
					: buf_append(sc->out, mask, strlen(mask))))
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

/* End of the run of letters and digits at i (at least i + 1). */
static size_t word_end(const struct scan *sc, size_t i)
{
	for (i++; i < sc->n && rd_alnum(sc->s[i]); i++)
		;
	return i;
}

/* End of the number at i when no finding starts there: words joined by single
 * '-', ':', '.' or '/' followed by a digit (dates, times, versions, UUIDs) are
 * one number, so that their inner digits and separators are not looked at. */
static size_t number_end(const struct scan *sc, size_t i)
{
	unsigned char c;

	for (;;) {
		i = word_end(sc, i);
		c = rd_at(sc, i);
		if ((c != '-' && c != ':' && c != '.' && c != '/') || !rd_digit(rd_at(sc, i + 1)))
			return i;
		i++;
	}
}

/* Whether the literal lit ends just before s[i] and starts a word not yet written. */
static bool after(const struct scan *sc, size_t i, const char *lit, size_t len)
{
	return i >= len && i - len >= sc->done && !memcmp(sc->s + i - len, lit, len) &&
	       rd_word_start(sc, i - len);
}

static size_t at_digit(struct scan *sc, size_t i)
{
	unsigned char p = rd_prev(sc, i);
	size_t j = 0;

	if (rd_on(sc, REDACT_IBAN) && i >= 2 && rd_upper(p) && rd_upper(sc->s[i - 2]) &&
	    i - 2 >= sc->done && rd_word_start(sc, i - 2) && (j = rd_iban(sc, i - 2)))
		return j;
	if (rd_alnum(p) || p == '_' || p == '.')
		return word_end(sc, i); /* inside a word, a number or a version */
	if (rd_on(sc, REDACT_CARD) && (j = rd_card(sc, i)))
		return j;
	if (rd_on(sc, REDACT_PHONE) && sc->s[i] == '0' && (j = rd_phone(sc, i)))
		return j;
	if (rd_on(sc, REDACT_IP) && ((j = rd_ipv4(sc, i)) || (j = rd_ipv6(sc, i))))
		return j;
	return number_end(sc, i);
}

/* End of the run of letters at i: digits in a word stay visible (IBAN check digits). */
static size_t letters_end(const struct scan *sc, size_t i)
{
	for (i++; i < sc->n && rd_alpha(sc->s[i]); i++)
		;
	return i;
}

static size_t at_word(struct scan *sc, size_t i)
{
	unsigned char c = sc->s[i];
	size_t j = 0;

	if (!rd_word_start(sc, i))
		return letters_end(sc, i);
	if (c == 'A' && rd_on(sc, REDACT_KEY) && (j = rd_token(sc, i)))
		return j;
	if (c == 'e' && rd_on(sc, REDACT_JWT) && (j = rd_jwt(sc, i)))
		return j; /* with IP addresses on, 'e' is a trigger and its word is skipped */
	if ((c | 0x20) == 'b' && rd_on(sc, REDACT_CREDENTIAL) && (j = rd_bearer(sc, i)))
		return j;
	if (rd_hex(c) && rd_on(sc, REDACT_IP) && (j = rd_ipv6(sc, i)))
		return j;
	return letters_end(sc, i);
}

/* At '_' or '-': a token shape whose prefix ends here (ghp_, github_, glpat-, xoxb-). */
static size_t at_prefix_end(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t st;

	if (!rd_on(sc, REDACT_KEY) || i < 3)
		return 0;
	if (s[i] == '_' && s[i - 3] == 'g' && s[i - 2] == 'h' && memchr("pousr", s[i - 1], 5))
		st = i - 3;
	else if (s[i] == '_' && s[i - 1] == 'b' && i >= 6 && !memcmp(s + i - 6, "github", 6))
		st = i - 6;
	else if (s[i] == '-' && i >= 4 && s[i - 2] == 'x' && s[i - 4] == 'x' && s[i - 3] == 'o' &&
		 memchr("bpars", s[i - 1], 5))
		st = i - 4;
	else if (s[i] == '-' && s[i - 1] == 't' && i >= 5 && !memcmp(s + i - 5, "glpat", 5))
		st = i - 5;
	else
		return 0;
	if (st < sc->done || !rd_word_start(sc, st))
		return 0;
	return rd_token(sc, st);
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
	switch (sc->r->trig[sc->s[i]]) {
	case T_DIGIT:
		return at_digit(sc, i);
	case T_WORD:
		return at_word(sc, i);
	case T_J:
		return rd_on(sc, REDACT_JWT) && after(sc, i, "ey", 2) ? rd_jwt(sc, i - 2) : 0;
	case T_PREFIX:
		if (sc->s[i] == '-' && rd_at(sc, i + 1) == '-')
			return rd_pem(sc, i);
		return at_prefix_end(sc, i);
	case T_AT:
		return rd_on(sc, REDACT_EMAIL) ? rd_email(sc, i) : 0;
	case T_COLON:
		return at_colon(sc, i);
	case T_EQ:
		return rd_on(sc, REDACT_CREDENTIAL) ? rd_keyvalue(sc, i) : 0;
	case T_PHONE:
		return rd_on(sc, REDACT_PHONE) ? rd_phone(sc, i) : 0;
	}
	return 0;
}

/* The bytes a ':' after which may end a key word of a credential or key (passworD:,
 * secrET:, tokEN:, keY:, "...":, ...]:, a blank): the ':' then goes to the matchers. */
static const bool key_end[256] = {
	['d'] = 1, ['e'] = 1, ['t'] = 1, ['n'] = 1, ['y'] = 1, ['D'] = 1, ['E'] = 1, ['T'] = 1,
	['N'] = 1, ['Y'] = 1, ['"'] = 1, ['\''] = 1, [']'] = 1, [' '] = 1, ['\t'] = 1,
};

/* The frequent triggers that start nothing, decided without a call: a digit in a
 * word or one that cannot begin a card (a network's first digit, then a group of
 * three or more), a '-' that begins no PEM line and ends no glpat-/xox?- prefix, a
 * ':' after no key word and before no "//". Returns where to go on, or 0 to look
 * closer. Only without phone and IP kinds (they start on other digits and ':'). */
static inline size_t quick(const struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	unsigned char c = s[i], p = i ? s[i - 1] : ' ';

	if (i == sc->done && sc->reps)
		return 0; /* right after a replacement, boundaries differ */
	if (rd_digit(c)) {
		if (rd_upper(p))
			return 0; /* IBAN check digits */
		if (rd_alnum(p) || p == '_' || p == '.')
			return word_end(sc, i);
		if (c < '2' || c > '6' || !rd_digit(rd_at(sc, i + 1)) ||
		    !rd_digit(rd_at(sc, i + 2)))
			return number_end(sc, i);
		return 0;
	}
	if (c == '-')
		return rd_at(sc, i + 1) != '-' && p != 't' && (i < 2 || s[i - 2] != 'x') ? i + 1
											 : 0;
	if (c == ':')
		return rd_at(sc, i + 1) != '/' && !key_end[p] ? i + 1 : 0;
	return 0;
}

/* The next trigger byte from i (or len): eight bytes a step while none is one. */
static size_t skip(const unsigned char *t, const unsigned char *s, size_t i, size_t len)
{
	while (i + 8 <= len && !(t[s[i]] | t[s[i + 1]] | t[s[i + 2]] | t[s[i + 3]] | t[s[i + 4]] |
				 t[s[i + 5]] | t[s[i + 6]] | t[s[i + 7]]))
		i += 8;
	while (i < len && !t[s[i]])
		i++;
	return i;
}

#if defined(__x86_64__) && defined(__GNUC__)
/* skip, 16 bytes a step: each byte looked up in the nibble tables with PSHUFB (bytes
 * from 0x80 have a high nibble no trigger has); the tail byte by byte. */
__attribute__((target("ssse3"))) static size_t skip_nib(const struct redact *r,
							 const unsigned char *s, size_t i,
							 size_t len)
{
	const __m128i lo_t = _mm_loadu_si128((const __m128i *)r->nib_lo);
	const __m128i hi_t = _mm_loadu_si128((const __m128i *)r->nib_hi);
	const __m128i low4 = _mm_set1_epi8(0x0f), zero = _mm_setzero_si128();
	__m128i v, hit;
	unsigned m;

	for (; i + 16 <= len; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(s + i));
		hit = _mm_and_si128(_mm_shuffle_epi8(lo_t, _mm_and_si128(v, low4)),
				    _mm_shuffle_epi8(hi_t, _mm_and_si128(_mm_srli_epi16(v, 4), low4)));
		m = ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(hit, zero)) & 0xffff;
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
	return skip(r->trig, s, i, len);
}
#endif

/* The next trigger byte from i (or len): 16 bytes a step where the CPU and the kinds
 * allow it (r->nib, only ever set on x86-64), else 8. */
static inline size_t next_trigger(const struct redact *r, const unsigned char *s, size_t i,
				  size_t len)
{
#if defined(__x86_64__) && defined(__GNUC__)
	if (r->nib)
		return skip_nib(r, s, i, len);
#endif
	return skip(r->trig, s, i, len);
}

size_t rd_skip(const struct redact *r, const unsigned char *s, size_t i, size_t len)
{
	return next_trigger(r, s, i, len);
}

int rd_scan(const struct redact *r, const char *text, size_t len, struct buf *out, uint64_t *counts,
	    bool *pem)
{
	struct scan sc = {
	    .r = r, .s = (const unsigned char *)text, .n = len, .out = out, .counts = counts};
	size_t i = 0, j;

	if (!r->kinds)
		return 0;
	if (pem && *pem && rd_on(&sc, REDACT_KEY)) {
		j = rd_pem_carry(&sc); /* the rest of a block begun in an earlier event */
		i = j ? rd_emit(&sc, 0, j, REDACT_KEY, "<secret>", "secret", sc.s, j) : 0;
	}
	while (i < len && !sc.err) {
		i = next_trigger(r, sc.s, i, len);
		if (i == len)
			break;
		j = r->quick ? quick(&sc, i) : 0;
		if (!j)
			j = dispatch(&sc, i);
		i = j > i ? j : i + 1;
	}
	if (!sc.err && sc.reps && buf_append(out, sc.s + sc.done, len - sc.done))
		sc.err = -ENOMEM;
	if (pem)
		*pem = sc.pem_open;
	return sc.err ? sc.err : sc.reps;
}

int redact_text(const struct redact *r, const char *text, size_t len, struct buf *out,
		uint64_t *counts)
{
	return rd_scan(r, text, len, out, counts, NULL);
}

/* ---- SipHash-2-4 (Aumasson and Bernstein), 64-bit output ---- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                   \
	do {                                                                                       \
		v0 += v1;                                                                          \
		v1 = ROTL(v1, 13) ^ v0;                                                            \
		v0 = ROTL(v0, 32);                                                                 \
		v2 += v3;                                                                          \
		v3 = ROTL(v3, 16) ^ v2;                                                            \
		v0 += v3;                                                                          \
		v3 = ROTL(v3, 21) ^ v0;                                                            \
		v2 += v1;                                                                          \
		v1 = ROTL(v1, 17) ^ v2;                                                            \
		v2 = ROTL(v2, 32);                                                                 \
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
