// SPDX-License-Identifier: Apache-2.0
/*
 * escape.c - JSON string escaping for the encoder and the logger: any bytes (invalid
 * UTF-8, NULs, control characters) become one valid JSON string. A leaf: it needs
 * only the buffer, so the logger does not depend on a pipeline stage.
 */
#include "escape.h"
#include "swar.h"

#include <errno.h>
#include <stdbool.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Length of the valid UTF-8 sequence at p (1..4), or 0 when invalid. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
	unsigned char c = p[0];

	if (c >= 0xc2 && c <= 0xdf)
		return n >= 2 && (p[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if (n < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
			return 0;
		if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f))
			return 0; /* overlong, or a UTF-16 surrogate */
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (n < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 ||
		    (p[3] & 0xc0) != 0x80)
			return 0;
		if ((c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] > 0x8f))
			return 0;
		return 4;
	}
	return 0;
}

/* 1 for the bytes copied as they are: printable ASCII except " (0x22) and \ (0x5c). */
static const unsigned char plain[256] = {
	[0x20 ... 0x21] = 1,
	[0x23 ... 0x5b] = 1,
	[0x5d ... 0x7e] = 1,
};

/* Whether any of 8 bytes is not plain: a control byte, '"', '\\', DEL or non-ASCII. */
static inline bool special8(uint64_t x)
{
	uint64_t q = x ^ (SWAR_ONES * '"'), b = x ^ (SWAR_ONES * '\\'), d = x ^ (SWAR_ONES * 0x7f);

	/* the swar.h tests in one expression, without a branch each */
	return (((x - SWAR_ONES * 0x20) & ~x) | ((q - SWAR_ONES) & ~q) | ((b - SWAR_ONES) & ~b) |
		((d - SWAR_ONES) & ~d) | x) &
	       SWAR_HIGHS;
}

/* The first byte from p on that is not plain, or lim: 16 bytes a step with SSE2 (every
 * x86-64 has it), then 8 with swar.h, then one at a time. */
static const unsigned char *plain_run(const unsigned char *p, const unsigned char *lim)
{
#ifdef __SSE2__
	const __m128i ctl = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"');
	const __m128i back = _mm_set1_epi8('\\'), del = _mm_set1_epi8(0x7f);

	for (; p + 16 <= lim; p += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)p);
		/* signed: bytes from 0x80 up are negative, so below 0x20 too */
		__m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, ctl), _mm_cmpeq_epi8(v, quote)),
					   _mm_or_si128(_mm_cmpeq_epi8(v, back), _mm_cmpeq_epi8(v, del)));
		unsigned m = (unsigned)_mm_movemask_epi8(bad);

		if (m)
			return p + __builtin_ctz(m);
	}
#endif
	for (; p + 8 <= lim && !special8(swar_load(p)); p += 8)
		;
	for (; p < lim && plain[*p]; p++)
		;
	return p;
}

/* Writes the escape of the ASCII byte c (not plain, not NUL) at o; returns its end. */
static char *escape_byte(char *o, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";

	*o++ = '\\';
	switch (c) {
	case '"':
	case '\\':
		*o++ = (char)c;
		return o;
	case '\n':
		*o++ = 'n';
		return o;
	case '\t':
		*o++ = 't';
		return o;
	case '\r':
		*o++ = 'r';
		return o;
	}
	memcpy(o, "u00", 3);
	o[3] = hex[c >> 4];
	o[4] = hex[c & 15];
	return o + 5;
}

/* Escapes from *pp up to lim (a UTF-8 sequence may run up to 3 bytes past it, never
 * past end) into o, which has room for 6 bytes per input byte; returns o's end. */
static char *escape_chunk(char *o, const unsigned char **pp, const unsigned char *lim,
			  const unsigned char *end)
{
	const unsigned char *p = *pp, *r;
	size_t seq;

	while (p < lim) {
		r = plain_run(p, lim);
		memcpy(o, p, (size_t)(r - p));
		o += r - p;
		p = r;
		if (p >= lim)
			break;
		if (*p >= 0x80 && (seq = utf8_seq(p, (size_t)(end - p)))) {
			memcpy(o, p, seq);
			o += seq;
			p += seq;
		} else if (*p == 0 || *p >= 0x80) {
			/* NUL as U+FFFD too: \u0000 is valid JSON but breaks C-string consumers */
			memcpy(o, "\xef\xbf\xbd", 3);
			o += 3;
			p++;
		} else {
			o = escape_byte(o, *p++);
		}
	}
	*pp = p;
	return o;
}

#define ESCAPE_CHUNK 4096 /* input bytes per reservation of 6 output bytes each */

int escape_json(struct buf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n, *lim;
	char *o;

	do {
		lim = (size_t)(end - p) > ESCAPE_CHUNK ? p + ESCAPE_CHUNK : end;
		/* worst case 6 bytes per input byte, 3 more bytes of a sequence past lim,
		 * and the two quotes */
		if (buf_reserve(out, 6 * ((size_t)(lim - p) + 3) + 2))
			return -ENOMEM;
		o = out->p + out->len;
		if (p == (const unsigned char *)s)
			*o++ = '"';
		o = escape_chunk(o, &p, lim, end);
		if (p >= end)
			*o++ = '"';
		out->len = (size_t)(o - out->p);
		out->p[out->len] = '\0';
	} while (p < end);
	return 0;
}
