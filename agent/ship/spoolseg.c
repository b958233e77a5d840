// SPDX-License-Identifier: Apache-2.0
/*
 * spoolseg.c - reading, writing and checking the spool's segment files. Every
 * frame carries its own lengths and two CRCs, so a frame torn by a crash or a
 * damaged disk block is recognized before a single record of it is trusted.
 */
#include "spoolseg.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "lib/log.h"

#define SPOOLSEG_FILE_MAGIC  "LTSPOOL1"
#define SPOOLSEG_FRAME_MAGIC 0x3146544cu /* "LTF1" */
#define SPOOLSEG_FRAME_HDR   24

void spoolseg_name(char *out, size_t cap, uint64_t seq)
{
	snprintf(out, cap, "%020" PRIu64 ".spool", seq);
}

bool spoolseg_parse_name(const char *name, uint64_t *seq)
{
	unsigned long long v;
	char tail;

	if (strlen(name) != 26 || sscanf(name, "%20llu.spool%c", &v, &tail) != 1)
		return false;
	*seq = v;
	return true;
}

int spoolseg_create(int dirfd, uint64_t seq)
{
	char name[SPOOLSEG_NAME_MAX];
	int fd, err;

	spoolseg_name(name, sizeof(name), seq);
	fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
	if (fd < 0)
		return -errno;
	if (write(fd, SPOOLSEG_FILE_MAGIC, SPOOLSEG_FILE_HDR) != SPOOLSEG_FILE_HDR) {
		err = errno ? -errno : -EIO;
		close(fd);
		unlinkat(dirfd, name, 0);
		return err;
	}
	return fd;
}

int spoolseg_frame(const struct buf *raw, uint32_t nrec, struct buf *frame)
{
	uLongf zlen = compressBound(raw->len);
	unsigned char *h;

	frame->len = 0;
	if (buf_reserve(frame, SPOOLSEG_FRAME_HDR + zlen))
		return -ENOMEM;
	h = (unsigned char *)frame->p;
	if (compress2(h + SPOOLSEG_FRAME_HDR, &zlen, (const Bytef *)raw->p, raw->len, 1) != Z_OK)
		return -ENOMEM;
	spoolseg_put32(h, SPOOLSEG_FRAME_MAGIC);
	spoolseg_put32(h + 4, (uint32_t)raw->len);
	spoolseg_put32(h + 8, (uint32_t)zlen);
	spoolseg_put32(h + 12, nrec);
	spoolseg_put32(h + 16, (uint32_t)crc32(0, h + SPOOLSEG_FRAME_HDR, (uInt)zlen));
	spoolseg_put32(h + 20, (uint32_t)crc32(0, h, 20));
	frame->len = SPOOLSEG_FRAME_HDR + zlen;
	return 0;
}

/* Reads exactly n bytes at off: 0, 1 at a clean or torn end, -errno. */
static int read_at(int fd, void *p, size_t n, uint64_t off)
{
	size_t got = 0;
	ssize_t r;

	while (got < n) {
		r = pread(fd, (char *)p + got, n - got, (off_t)(off + got));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -errno;
		if (r == 0)
			return 1;
		got += (size_t)r;
	}
	return 0;
}

static int spoolseg_inflate(const struct buf *zbuf, uint32_t raw_len, struct buf *raw)
{
	uLongf out_len = raw_len;

	raw->len = 0;
	if (buf_reserve(raw, raw_len))
		return -ENOMEM;
	if (uncompress((Bytef *)raw->p, &out_len, (const Bytef *)zbuf->p, zbuf->len) != Z_OK ||
	    out_len != raw_len)
		return -EBADMSG;
	raw->len = raw_len;
	return 0;
}

int spoolseg_read(int fd, uint64_t off, struct buf *zbuf, struct buf *raw, uint64_t *size,
		  uint32_t *nrec)
{
	unsigned char h[SPOOLSEG_FRAME_HDR];
	uint32_t raw_len, comp_len;
	int err;

	err = read_at(fd, h, 1, off);
	if (err)
		return err;
	if (read_at(fd, h, sizeof(h), off) || spoolseg_get32(h) != SPOOLSEG_FRAME_MAGIC ||
	    spoolseg_get32(h + 20) != (uint32_t)crc32(0, h, 20))
		return -EBADMSG;
	raw_len = spoolseg_get32(h + 4);
	comp_len = spoolseg_get32(h + 8);
	if (raw_len > SPOOLSEG_FRAME_MAX || comp_len > compressBound(SPOOLSEG_FRAME_MAX))
		return -EBADMSG;
	zbuf->len = 0;
	if (buf_reserve(zbuf, comp_len))
		return -ENOMEM;
	err = read_at(fd, zbuf->p, comp_len, off + sizeof(h));
	if (err)
		return err < 0 ? err : -EBADMSG;
	zbuf->len = comp_len;
	if (spoolseg_get32(h + 16) != (uint32_t)crc32(0, (unsigned char *)zbuf->p, comp_len))
		return -EBADMSG;
	*size = sizeof(h) + comp_len;
	*nrec = spoolseg_get32(h + 12);
	return raw ? spoolseg_inflate(zbuf, raw_len, raw) : 0;
}

int spoolseg_scan(int fd, const char *what, struct buf *zbuf, uint64_t stop_off, uint64_t *bytes,
		  uint64_t *events, uint64_t *before)
{
	uint64_t off = SPOOLSEG_FILE_HDR, size;
	char magic[SPOOLSEG_FILE_HDR];
	struct stat st;
	uint32_t nrec;
	int err;

	*before = UINT64_MAX;
	*events = 0;
	if (read_at(fd, magic, sizeof(magic), 0) ||
	    memcmp(magic, SPOOLSEG_FILE_MAGIC, sizeof(magic)))
		return -EBADMSG;
	while (!(err = spoolseg_read(fd, off, zbuf, NULL, &size, &nrec))) {
		if (off == stop_off)
			*before = *events;
		*events += nrec;
		off += size;
	}
	if (err == -EBADMSG) {
		if (fstat(fd, &st))
			st.st_size = (off_t)off;
		log_warn("ship: spool %s: torn or damaged batch at byte %" PRIu64
			 ", skipping its last %" PRIu64 " bytes",
			 what, off, (uint64_t)st.st_size - off);
		if (ftruncate(fd, (off_t)off))
			log_warn("ship: spool %s: truncate: %s", what, strerror(errno));
	} else if (err < 0) {
		return err;
	}
	*bytes = off;
	return 0;
}
