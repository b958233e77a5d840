/* SPDX-License-Identifier: Apache-2.0 */
/*
 * swar.h - eight bytes at a time in a 64-bit word: the byte scans of streams (binary
 * detection), escape (JSON-plain runs) and process (digits in fingerprint frames) skip
 * words in which no byte needs a look.
 * Each test is exact for the word as a whole ("does any byte ..."); swar_digits also
 * per byte.
 */
#ifndef LOGTAP_SWAR_H
#define LOGTAP_SWAR_H

#include <stdbool.h>
#include <stddef.h>
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

/* The high bit of each byte of x that is a digit, and no other bit: the "has between"
 * test for '/' < b < ':' on the low seven bits, which neither borrows nor carries across
 * bytes, so it is exact per byte; bytes from 0x80 up are no digit. */
static inline uint64_t swar_digits(uint64_t x)
{
	uint64_t low = x & (SWAR_ONES * 127);

	return (SWAR_ONES * (127 + ':') - low) & ~x & (low + SWAR_ONES * (127 - '/')) & SWAR_HIGHS;
}

/* The index in memory order of the first byte whose high bit is set in m (m != 0), for a
 * word read with swar_load. */
static inline size_t swar_first(uint64_t m)
{
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return (size_t)__builtin_clzll(m) / 8;
#else
	return (size_t)__builtin_ctzll(m) / 8;
#endif
}

/* Whether any byte of x is a digit. */
static inline bool swar_has_digit(uint64_t x)
{
	return swar_digits(x) != 0;
}

#endif
