// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_redact.c - libFuzzer target: the redact stage reads whatever applications
 * log. For any bytes and any set of kinds it never crashes or reads past the end,
 * leaves the output alone when it finds nothing, counts every replacement once,
 * stays within its length bound, keeps valid UTF-8 valid, and gives the same
 * output with and without its inline fast path; its 16-byte skip stops where the
 * byte-table one does.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "redact/redact.h"
#include "redact/redact_int.h" /* to switch the inline fast path off for a second opinion */

static bool utf8_valid(const unsigned char *p, size_t n)
{
	size_t i = 0, k, len;

	while (i < n) {
		len = p[i] < 0x80	      ? 1
		      : (p[i] & 0xe0) == 0xc0 ? 2
		      : (p[i] & 0xf0) == 0xe0 ? 3
		      : (p[i] & 0xf8) == 0xf0 ? 4
					      : 0;
		if (!len || i + len > n)
			return false;
		for (k = 1; k < len; k++)
			if ((p[i + k] & 0xc0) != 0x80)
				return false;
		i += len;
	}
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct redact_opts o = {.mode = REDACT_MASK};
	uint64_t counts[REDACT_KIND_COUNT] = {0}, sum = 0;
	struct buf out = {0}, again = {0};
	struct redact_carry *c;
	struct redact *r;
	char *text;
	int n, k;

	if (!size)
		return 0;
	o.kinds = data[0] == 0xff ? REDACT_KINDS_ALL : data[0];
	data++;
	size--;
	text = malloc(size ? size : 1); /* exactly size bytes: ASan sees any overread */
	memcpy(text, data, size);
	r = redact_new(&o);
	if (!r || buf_append(&out, "untouched", 9))
		abort();
	n = redact_text(r, text, size, &out, counts);
	for (k = 0; k < REDACT_KIND_COUNT; k++)
		sum += counts[k];
	if (n < 0 || (size_t)n > size || sum != (uint64_t)n)
		abort();
	if (!n && (out.len != 9 || memcmp(out.p, "untouched", 9)))
		abort();
	if (n && out.len > size + (size_t)n * REDACT_TOKEN_MAX)
		abort();
	if (n && utf8_valid(data, size) && !utf8_valid((unsigned char *)out.p, out.len))
		abort();
	if (r->nib) { /* the nibble skip stops where the table skip does, from every byte */
		struct redact plain = *r;
		size_t i;

		plain.nib = false;
		for (i = 0; i <= size; i += size > 512 ? 37 : 1) /* every start in small inputs */
			if (rd_skip(r, (const unsigned char *)text, i, size) !=
			    rd_skip(&plain, (const unsigned char *)text, i, size))
				abort();
	}
	if (r->quick) {
		struct redact slow = *r;

		slow.quick = false;
		if (redact_text(&slow, text, size, &again, NULL) != n ||
		    (n && (again.len != out.len || memcmp(again.p, out.p, out.len))))
			abort();
	}
	if (n && redact_text(r, out.p, out.len, &again, NULL) < 0)
		abort(); /* the output is input again (a second pass may find a value whose
			  * boundary was only made by a replacement: not asserted) */
	/* the same bytes as two events of one writer: a block may carry over */
	c = redact_carry_new();
	for (k = 0; k < 2; k++) {
		size_t a = k ? size / 2 : 0, b = k ? size : size / 2;

		n = redact_text_carry(r, c, 7, text + a, b - a, &again, NULL);
		if (n < 0 || (n && again.len > b - a + (size_t)n * REDACT_TOKEN_MAX))
			abort();
	}
	redact_carry_free(c);
	buf_free(&again);
	buf_free(&out);
	redact_free(r);
	free(text);
	return 0;
}
