// SPDX-License-Identifier: Apache-2.0
/*
 * escape.c - JSON string escaping for the encoder and the logger: any bytes (invalid
 * UTF-8, NULs, control characters) become one valid JSON string. A leaf: it needs
 * only the buffer, so the logger does not depend on a pipeline stage.
 */
#include "escape.h"

#include <errno.h>
#include <stdbool.h>

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

/* Bytes that can be copied as they are: printable ASCII except " and \. */
static inline bool plain(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

static int escape_byte(struct buf *out, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };

	switch (c) {
	case '"':
		return buf_append(out, "\\\"", 2);
	case '\\':
		return buf_append(out, "\\\\", 2);
	case '\n':
		return buf_append(out, "\\n", 2);
	case '\t':
		return buf_append(out, "\\t", 2);
	case '\r':
		return buf_append(out, "\\r", 2);
	default:
		return buf_append(out, e, 6);
	}
}

int escape_json(struct buf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	size_t run, seq;

	/* worst case 6 bytes per input byte; reserving it keeps the loop branch-light */
	if (buf_reserve(out, n + 2) || buf_putc(out, '"'))
		return -ENOMEM;
	while (p < end) {
		for (run = 0; p + run < end && plain(p[run]); run++)
			;
		if (run && buf_append(out, p, run))
			return -ENOMEM;
		p += run;
		if (p >= end)
			break;
		if (*p == 0) {
			/* NUL as U+FFFD: \u0000 is valid JSON but breaks C-string consumers */
			if (buf_append(out, "\xef\xbf\xbd", 3))
				return -ENOMEM;
			p++;
		} else if (*p < 0x80) {
			if (escape_byte(out, *p))
				return -ENOMEM;
			p++;
		} else if ((seq = utf8_seq(p, (size_t)(end - p)))) {
			if (buf_append(out, p, seq))
				return -ENOMEM;
			p += seq;
		} else {
			if (buf_append(out, "\xef\xbf\xbd", 3)) /* U+FFFD */
				return -ENOMEM;
			p++;
		}
	}
	return buf_putc(out, '"');
}
