/* SPDX-License-Identifier: Apache-2.0 */
/*
 * digits.h - 64-bit values as text without printf, written once or twice per event:
 * 16 lower-case hex digits eight at a time in a word (no table, no branch) for event
 * ids and fingerprints, and decimal digits for the encoder's numbers and JetStream's
 * reply subjects.
 */
#ifndef LOGTAP_DIGITS_H
#define LOGTAP_DIGITS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The 8 hex digits of x, most significant first, into out (no NUL). */
static inline void hex32(char *out, uint32_t x)
{
	uint64_t n = x, ten;

	/* one nibble per byte, the most significant in the highest byte */
	n = ((n & 0xffff0000ull) << 16) | (n & 0xffffull);
	n = ((n & 0x0000ff000000ff00ull) << 8) | (n & 0x000000ff000000ffull);
	n = ((n & 0x00f000f000f000f0ull) << 4) | (n & 0x000f000f000f000full);
	ten = ((n + 0x0606060606060606ull) >> 4) & 0x0101010101010101ull; /* nibble >= 10 */
	n += 0x3030303030303030ull + ten * ('a' - '0' - 10);
	n = __builtin_bswap64(n); /* the highest byte first in memory */
	memcpy(out, &n, 8);
}

/* The 16 hex digits of v, most significant first, into out (no NUL). */
static inline void hex64(char *out, uint64_t v)
{
	hex32(out, (uint32_t)(v >> 32));
	hex32(out + 8, (uint32_t)v);
}

/* The decimal digits of v, most significant first, into out (no NUL); returns how many
 * (1 to 20). */
static inline size_t dec64(char out[20], uint64_t v)
{
	char d[20];
	size_t n = 0, i;

	do {
		d[19 - n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (i = 0; i < n; i++)
		out[i] = d[20 - n + i];
	return n;
}

#endif
