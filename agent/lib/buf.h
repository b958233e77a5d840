/* SPDX-License-Identifier: Apache-2.0 */
/*
 * buf.h - a growable byte buffer, the one container type the stages share
 * (streams keep partial lines in it, reassemble builds messages, encode JSON).
 */
#ifndef LOGTAP_BUF_H
#define LOGTAP_BUF_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct buf {
	char *p;    /* bytes, always NUL-terminated when cap > 0; owned */
	size_t len; /* bytes in use, not counting the NUL */
	size_t cap; /* bytes allocated */
};

/* buf_reserve's slow path: grows the allocation. 0 or -ENOMEM. */
int buf_grow(struct buf *b, size_t n);

/* Makes room for n more bytes (plus the NUL). 0 or -ENOMEM. Inline: the encoder makes a
 * dozen small appends per event, and a call each cost a twentieth of its time. */
static inline int buf_reserve(struct buf *b, size_t n)
{
	if (n < b->cap - b->len) /* room for n bytes and the NUL; cap > len when cap > 0 */
		return 0;
	return buf_grow(b, n);
}

/* Appends n bytes. 0 or -ENOMEM (the buffer is unchanged then). */
static inline int buf_append(struct buf *b, const void *p, size_t n)
{
	if (buf_reserve(b, n))
		return -ENOMEM;
	if (n)
		memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}

static inline int buf_putc(struct buf *b, char c)
{
	return buf_append(b, &c, 1);
}
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Drops the first n bytes. */
void buf_consume(struct buf *b, size_t n);
void buf_reset(struct buf *b);
/* Releases the memory; the buffer can be reused afterwards. Accepts a zeroed buf. */
void buf_free(struct buf *b);
/* Hands the bytes to the caller (who frees them) and empties the buffer. */
char *buf_steal(struct buf *b);

#endif
