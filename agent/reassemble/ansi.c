// SPDX-License-Identifier: Apache-2.0
/*
 * ansi.c - finds and removes ANSI escape sequences (ECMA-48 CSI and OSC, and the
 * two-byte forms) in a line, for reassemble. Only lines holding an ESC byte pay.
 */
#include <stdbool.h>

#include "ansi.h"

size_t ansi_len(const char *s, size_t n)
{
	size_t i;

	if (n < 2)
		return n;
	if (s[1] == '[') { /* CSI: parameter and intermediate bytes, one final byte */
		for (i = 2; i < n; i++)
			if ((unsigned char)s[i] >= 0x40 && (unsigned char)s[i] <= 0x7e)
				return i + 1;
		return n;
	}
	if (s[1] == ']') { /* OSC (hyperlinks of rich): ends at BEL or ESC \ */
		for (i = 2; i < n; i++) {
			if (s[i] == '\a')
				return i + 1;
			if (s[i] == ANSI_ESC && i + 1 < n && s[i + 1] == '\\')
				return i + 2;
		}
		return n;
	}
	return 2;
}

size_t ansi_strip(char *out, const char *s, size_t n)
{
	size_t i = 0, k = 0;
	const char *e;

	while (i < n) {
		e = memchr(s + i, ANSI_ESC, n - i);
		if (!e) {
			memcpy(out + k, s + i, n - i);
			return k + n - i;
		}
		memcpy(out + k, s + i, (size_t)(e - s) - i);
		k += (size_t)(e - s) - i;
		i = (size_t)(e - s);
		i += ansi_len(s + i, n - i);
	}
	return k;
}
