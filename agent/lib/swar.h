/* SPDX-License-Identifier: Apache-2.0 */
/*
 * swar.h - eight bytes at a time in a 64-bit word: the byte scans of streams (binary
 * detection), escape (JSON-plain runs) and process (digits in fingerprint frames) skip
 * words in which no byte needs a look.
 * Each test is exact for the word as a whole ("does any byte ..."), never per byte.
 */
#ifndef LOGTAP_SWAR_H
#define LOGTAP_SWAR_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define SWAR_ONES  0x0101010101010101ull
#define SWAR_HIGHS 0x8080808080808080ull

static inline uint64_t swar_load(const void *p)
{
	uint64_t x;

	memcpy(&x, p, sizeof(x));
	return x;
}

/* Whether any byte of x is zero. */
static inline bool swar_has_zero(uint64_t x)
{
	return ((x - SWAR_ONES) & ~x & SWAR_HIGHS) != 0;
}

/* Whether any byte of x equals c. */
static inline bool swar_has_byte(uint64_t x, unsigned char c)
{
	return swar_has_zero(x ^ (SWAR_ONES * c));
}

/* Whether any byte of x is below n (n <= 128). */
static inline bool swar_has_below(uint64_t x, unsigned char n)
{
	return ((x - SWAR_ONES * n) & ~x & SWAR_HIGHS) != 0;
}

/* Whether any byte of x is a digit: the exact "has between" test for '/' < b < ':';
 * bytes from 0x80 up are no digit. */
static inline bool swar_has_digit(uint64_t x)
{
	uint64_t low = x & (SWAR_ONES * 127);

	return ((SWAR_ONES * (127 + ':') - low) & ~x & (low + SWAR_ONES * (127 - '/')) &
		SWAR_HIGHS) != 0;
}

#endif
