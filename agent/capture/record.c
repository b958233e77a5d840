// SPDX-License-Identifier: Apache-2.0
/*
 * record.c - recordings of raw capture records for replay: a gzip stream
 * (zlib) holding a versioned file header, then length-prefixed records
 * (struct lt_hdr with realtime stamps + payload), little endian as captured.
 */
#include "record.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "lib/log.h"

#define RECORD_MAGIC "LOGTAPRC"
#define RECORD_VERSION 1
#define RECORD_MAX (sizeof(struct lt_hdr) + (64u << 10))

struct file_header {
	char magic[8];	   /* RECORD_MAGIC */
	uint32_t version;  /* RECORD_VERSION */
	uint32_t abi;	   /* LT_ABI_VERSION of the records */
	uint32_t hdr_size; /* sizeof(struct lt_hdr) */
	uint32_t pad;
};

struct recorder {
	gzFile gz;
};

struct recorder *recorder_open(const char *path)
{
	struct file_header fh = { .version = RECORD_VERSION, .abi = LT_ABI_VERSION,
				  .hdr_size = sizeof(struct lt_hdr) };
	struct recorder *r = calloc(1, sizeof(*r));
	int fd;

	if (!r)
		return NULL;
	memcpy(fh.magic, RECORD_MAGIC, 8);
	/* a recording holds whatever the applications wrote: owner only, also when
	 * an existing file is overwritten */
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || fchmod(fd, 0600) || !(r->gz = gzdopen(fd, "wb6"))) {
		if (!errno)
			errno = EIO;
		if (fd >= 0)
			close(fd);
		free(r);
		return NULL;
	}
	if (gzwrite(r->gz, &fh, sizeof(fh)) != (int)sizeof(fh)) {
		gzclose(r->gz);
		free(r);
		errno = EIO;
		return NULL;
	}
	return r;
}

int recorder_write(struct recorder *r, const struct lt_hdr *h, const void *payload)
{
	uint32_t size = (uint32_t)sizeof(*h) + h->len;

	if (gzwrite(r->gz, &size, sizeof(size)) != (int)sizeof(size) ||
	    gzwrite(r->gz, h, sizeof(*h)) != (int)sizeof(*h) ||
	    (h->len && gzwrite(r->gz, payload, h->len) != (int)h->len))
		return -EIO;
	return 0;
}

int recorder_close(struct recorder *r)
{
	int err;

	if (!r)
		return 0;
	err = gzclose(r->gz) == Z_OK ? 0 : -EIO;
	free(r);
	return err;
}

static int check_header(gzFile gz, const char *path)
{
	struct file_header fh;

	if (gzread(gz, &fh, sizeof(fh)) != (int)sizeof(fh) || memcmp(fh.magic, RECORD_MAGIC, 8)) {
		log_error("replay: %s is not a logtap recording", path);
		return -EINVAL;
	}
	/* records of every version since LT_ABI_RECORDS_SINCE have this layout */
	if (fh.version != RECORD_VERSION || fh.abi < LT_ABI_RECORDS_SINCE ||
	    fh.abi > LT_ABI_VERSION || fh.hdr_size != sizeof(struct lt_hdr)) {
		log_error("replay: %s has version %u/abi %u; this logtap reads %u/abi %u to %u",
			  path, fh.version, fh.abi, RECORD_VERSION, LT_ABI_RECORDS_SINCE,
			  LT_ABI_VERSION);
		return -EINVAL;
	}
	return 0;
}

int replay_file(const char *path, replay_fn fn, void *ctx)
{
	struct lt_hdr h;
	uint32_t size;
	char *payload;
	gzFile gz;
	int err, n;

	gz = gzopen(path, "rb");
	if (!gz) {
		log_error("replay: cannot open %s: %s", path, strerror(errno ? errno : EIO));
		return -ENOENT;
	}
	payload = malloc(RECORD_MAX);
	err = payload ? check_header(gz, path) : -ENOMEM;
	while (!err) {
		n = gzread(gz, &size, sizeof(size));
		if (n == 0)
			break;
		if (n != (int)sizeof(size) || size < sizeof(h) || size > RECORD_MAX ||
		    gzread(gz, &h, sizeof(h)) != (int)sizeof(h) || h.len != size - sizeof(h) ||
		    (h.len && gzread(gz, payload, h.len) != (int)h.len)) {
			log_warn("replay: %s ends with a truncated or damaged record; stopping there",
				 path);
			break;
		}
		err = fn(ctx, &h, payload);
	}
	free(payload);
	gzclose(gz);
	return err;
}
