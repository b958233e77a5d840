/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ansi.h - ANSI terminal escape sequences (colours, cursor moves) in log lines:
 * reassemble matches its rules and shapes on the text without them and, unless
 * --keep-ansi, ships messages without them.
 */
#ifndef LOGTAP_ANSI_H
#define LOGTAP_ANSI_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#define ANSI_ESC '\x1b'

/* Bytes of the escape sequence at s[0] (which is ESC), at most n: CSI `ESC [ params final`,
 * OSC `ESC ] ... BEL|ESC \`, else ESC and one byte. */
size_t ansi_len(const char *s, size_t n);
/* Copies s[0..n) to out without escape sequences; out holds n bytes. Returns the length. */
size_t ansi_strip(char *out, const char *s, size_t n);
/* Does s[0..n) hold an escape byte? The cheap test before ansi_strip. */
static inline bool ansi_has(const char *s, size_t n)
{
	return memchr(s, ANSI_ESC, n) != NULL;
}

#endif
