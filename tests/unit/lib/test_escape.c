// SPDX-License-Identifier: Apache-2.0
/*
 * test_escape.c - escape_json against a byte-at-a-time reference written from its
 * contract (plain bytes and valid UTF-8 kept, NUL and invalid UTF-8 as U+FFFD, control
 * bytes, quote, backslash and DEL escaped), for inputs where the special byte sits at
 * every offset of the 16- and 8-byte steps, and for random bytes.
 */
#include <stdio.h>
#include <string.h>

#include "lib/escape.h"
#include "test.h"

/* Length of the valid UTF-8 sequence at p, or 0 (RFC 3629: no overlongs, no surrogates). */
static size_t ref_seq(const unsigned char *p, size_t n)
{
	unsigned c = p[0], need, min, cp, i;

	if (c >= 0xc2 && c <= 0xdf)
		need = 1, min = 0x80, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		need = 2, min = 0x800, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		need = 3, min = 0x10000, cp = c & 0x07;
	else
		return 0;
	if (n < need + 1)
		return 0;
	for (i = 1; i <= need; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (p[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return need + 1;
}

static void ref_escape(struct buf *out, const unsigned char *s, size_t n)
{
	size_t i = 0, k;
	char u[8];

	buf_putc(out, '"');
	while (i < n) {
		unsigned char c = s[i];

		if (c >= 0x80 && (k = ref_seq(s + i, n - i))) {
			buf_append(out, s + i, k);
			i += k;
			continue;
		}
		i++;
		if (c == 0 || c >= 0x80)
			buf_append(out, "\xef\xbf\xbd", 3);
		else if (c == '"' || c == '\\')
			buf_putc(out, '\\'), buf_putc(out, (char)c);
		else if (c == '\n')
			buf_append(out, "\\n", 2);
		else if (c == '\t')
			buf_append(out, "\\t", 2);
		else if (c == '\r')
			buf_append(out, "\\r", 2);
		else if (c < 0x20 || c == 0x7f)
			snprintf(u, sizeof(u), "\\u%04x", c), buf_append(out, u, 6);
		else
			buf_putc(out, (char)c);
	}
	buf_putc(out, '"');
}

static int mismatches;

static void check_one(const unsigned char *s, size_t n)
{
	struct buf got = {0}, want = {0};

	CHECK(escape_json(&got, (const char *)s, n) == 0);
	ref_escape(&want, s, n);
	if (got.len != want.len || memcmp(got.p, want.p, got.len)) {
		if (mismatches++ < 5)
			fprintf(stderr, "  differs for %zu bytes: got %s want %s\n", n, got.p, want.p);
		CHECK(0);
	}
	buf_free(&got);
	buf_free(&want);
}

TEST(every_special_byte_at_every_offset)
{
	static const unsigned char specials[] = {0x00, 0x01, '\t', '\n', '\r', 0x1f, '"',  '\\',
						 0x7f, 0x80, 0xbf, 0xc3, 0xe2, 0xf0, 0xff, ' '};
	unsigned char s[80];
	size_t i, off, len;

	for (i = 0; i < sizeof(specials); i++)
		for (len = 1; len <= sizeof(s); len += 7)
			for (off = 0; off < len; off++) {
				memset(s, 'a', len);
				s[off] = specials[i];
				check_one(s, len);
			}
}

TEST(utf8_sequences_across_steps)
{
	static const char *const seqs[] = {"\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
					   "\xed\xa0\x80", "\xe0\x80\xaf", "\xf4\x90\x80\x80"};
	unsigned char s[64];
	size_t i, off, k;

	for (i = 0; i < sizeof(seqs) / sizeof(seqs[0]); i++) {
		k = strlen(seqs[i]);
		for (off = 0; off + k <= sizeof(s); off++) {
			memset(s, 'x', sizeof(s));
			memcpy(s + off, seqs[i], k);
			check_one(s, sizeof(s));
			check_one(s, off + k - 1); /* cut inside the sequence at the end */
		}
	}
}

TEST(random_bytes)
{
	static unsigned char s[9000]; /* longer than a 4096-byte chunk of escape_json */
	uint64_t x = 0x243f6a8885a308d3ull;
	size_t n, i;
	int round;

	for (round = 0; round < 300; round++) {
		n = (size_t)(x % sizeof(s));
		for (i = 0; i < n; i++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			/* mostly printable text, some controls, high bytes and UTF-8 */
			s[i] = (x & 7) ? (unsigned char)(0x20 + (x >> 8) % 95) : (unsigned char)(x >> 16);
		}
		check_one(s, n);
	}
}

int main(void)
{
	RUN(every_special_byte_at_every_offset);
	RUN(utf8_sequences_across_steps);
	RUN(random_bytes);
	TEST_END();
}
