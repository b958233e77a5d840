/* SPDX-License-Identifier: Apache-2.0 */
/*
 * str.h - bounded copies into fixed-size string fields.
 */
#ifndef LOGTAP_STR_H
#define LOGTAP_STR_H

#include <stddef.h>
#include <string.h>

/* Copies the n bytes at src into dst[cap] as a string, cut to cap - 1 bytes. */
static inline void str_copy(char *dst, size_t cap, const char *src, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* The string in the array src into the array dst, cut to fit. */
#define STR_COPY_ARRAY(dst, src) str_copy(dst, sizeof(dst), src, strnlen(src, sizeof(src)))

#endif
