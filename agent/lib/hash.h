/* SPDX-License-Identifier: Apache-2.0 */
/*
 * hash.h - the one integer hash behind the stages' chained hash tables (writers,
 * files, read-back files, enrich slots): a 64-bit finalizer that spreads every input
 * bit, and a combiner for keys of several fields. Table sizes are powers of two.
 * And one string hash (hash_bytes): fingerprints, redaction's writer ids, alert buckets.
 */
#ifndef LOGTAP_HASH_H
#define LOGTAP_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The murmur3 64-bit finalizer: every input bit changes about half the output bits. */
static inline uint64_t hash_mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdull;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ull;
	return x ^ (x >> 33);
}

/* Folds one more key field into a running hash. */
static inline uint64_t hash_add(uint64_t h, uint64_t field)
{
	return hash_mix64(h ^ field ^ 0x9e3779b97f4a7c15ull);
}

/* A file identity (device, inode): the key of several tables. */
static inline uint64_t hash_file(uint32_t dev, uint64_t ino)
{
	return hash_add(hash_mix64(ino), dev);
}

/* Folds n bytes into h, 8 at a time: one multiply per word, not per byte as FNV does.
 * Fingerprints are made with it: changing it changes every fingerprint. */
static inline uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15ull;
		h ^= h >> 29;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w ^ (uint64_t)n << 56) * 0x9e3779b97f4a7c15ull;
	return h ^ (h >> 32);
}

/* The bucket of hash h in a table of mask + 1 (a power of two) buckets. */
static inline size_t hash_bucket(uint64_t h, size_t mask)
{
	return (size_t)h & mask;
}

#endif
