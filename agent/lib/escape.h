/* SPDX-License-Identifier: Apache-2.0 */
/*
 * escape.h - JSON string escaping shared by encode (events) and log (JSON
 * diagnostics). Output is always valid UTF-8 JSON, whatever the input bytes.
 */
#ifndef LOGTAP_ESCAPE_H
#define LOGTAP_ESCAPE_H

#include <stddef.h>

#include "buf.h"

/* Appends s[0..n) to out as a quoted JSON string: invalid UTF-8 and NUL become
 * U+FFFD, control characters are escaped. 0 or -ENOMEM. */
int escape_json(struct buf *out, const char *s, size_t n);

#endif
