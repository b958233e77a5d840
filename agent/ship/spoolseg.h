/* SPDX-License-Identifier: Apache-2.0 */
/*
 * spoolseg.h - the spool's file format. A segment file is "LTSPOOL1" and frames;
 * a frame is a 24-byte header (magic "LTF1", raw length, compressed length,
 * records, CRC-32 of the data, CRC-32 of the header; little endian) and zlib data.
 */
#ifndef LOGTAP_SPOOLSEG_H
#define LOGTAP_SPOOLSEG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lib/buf.h"

#define SPOOLSEG_FILE_HDR  8	       /* bytes before the first frame */
#define SPOOLSEG_FRAME_MAX (64u << 20) /* sanity bound on a frame's raw size */
#define SPOOLSEG_NAME_MAX  32	       /* room for a file name */

static inline void spoolseg_put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static inline uint32_t spoolseg_get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* "<20 digits>.spool" */
void spoolseg_name(char *out, size_t cap, uint64_t seq);
/* True when name is a segment file name; *seq gets its number. */
bool spoolseg_parse_name(const char *name, uint64_t *seq);
/* Creates segment seq in dirfd with its file header, open for appending. fd or -errno. */
int spoolseg_create(int dirfd, uint64_t seq);
/* Compresses raw (nrec records) into frame (header and data, replacing its content).
 * 0 or -ENOMEM. */
int spoolseg_frame(const struct buf *raw, uint32_t nrec, struct buf *frame);
/* Loads and checks the frame at off (zbuf: scratch); raw, when not NULL, gets the
 * records. 0 with *size and *nrec, 1 at the clean end, -EBADMSG when torn, -errno. */
int spoolseg_read(int fd, uint64_t off, struct buf *zbuf, struct buf *raw, uint64_t *size,
		  uint32_t *nrec);
/* Checks a whole segment: *bytes (valid length) and *events; a torn or damaged tail is
 * cut off and logged (what names the file). *before: records in frames before stop_off,
 * UINT64_MAX when stop_off is not a frame start. 0, -EBADMSG (not a segment), -errno. */
int spoolseg_scan(int fd, const char *what, struct buf *zbuf, uint64_t stop_off, uint64_t *bytes,
		  uint64_t *events, uint64_t *before);

#endif
