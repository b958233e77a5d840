// SPDX-License-Identifier: Apache-2.0
/*
 * test_digits.c - hex64 and dec64 write what printf's %016llx and %llu write, for edge
 * and random values (event ids, fingerprints, numbers in events, reply subjects).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "lib/digits.h"
#include "test.h"

static void check_one(uint64_t v)
{
	char got[21], want[21];

	hex64(got, v);
	got[16] = '\0';
	snprintf(want, sizeof(want), "%016" PRIx64, v);
	CHECK_STR(got, want);
	got[dec64(got, v)] = '\0';
	snprintf(want, sizeof(want), "%" PRIu64, v);
	CHECK_STR(got, want);
}

TEST(matches_printf)
{
	uint64_t x = 0x9e3779b97f4a7c15ull;
	int i, b;

	check_one(0);
	check_one(UINT64_MAX);
	check_one(0x0123456789abcdefull);
	check_one(0xfedcba9876543210ull);
	check_one(9);
	check_one(10);
	check_one(10000000000000000000ull);
	for (b = 0; b < 64; b++) {
		check_one(1ull << b);
		check_one(~(1ull << b));
	}
	for (i = 0; i < 100000; i++) { /* xorshift */
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		check_one(x);
	}
}

int main(void)
{
	RUN(matches_printf);
	TEST_END();
}
