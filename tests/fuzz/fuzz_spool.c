// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_spool.c - libFuzzer target: a spool segment left by an earlier run is
 * untrusted on restart. The input becomes the raw records of a valid frame
 * (so the record parser sees arbitrary bytes past the CRCs), optionally with a
 * torn or damaged tail; spool_open must then deliver or skip, never crash.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/log.h"
#include "ship/spool.h"
#include "ship/spoolseg.h"

static char dir[64];

static void write_segment(const uint8_t *data, size_t size)
{
	struct buf raw = { 0 }, frame = { 0 };
	int dfd = open(dir, O_RDONLY | O_DIRECTORY), fd;
	uint8_t flags = data[0];

	fd = dfd < 0 ? -1 : spoolseg_create(dfd, 1);
	if (fd >= 0 && !buf_append(&raw, data + 2, size - 2) &&
	    !spoolseg_frame(&raw, data[1] ? data[1] : 1, &frame)) {
		size_t n = frame.len;

		if (flags & 1)
			frame.p[n / 2] ^= 0x5a; /* damaged */
		if (flags & 2)
			n -= n > (size_t)(flags >> 2) ? (size_t)(flags >> 2) : 0; /* torn */
		if (write(fd, frame.p, n) < 0)
			abort();
	}
	if (fd >= 0)
		close(fd);
	if (dfd >= 0)
		close(dfd);
	buf_free(&raw);
	buf_free(&frame);
}

/* Empties the spool directory left by the previous input. */
static void clear_dir(void)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	while (d && (de = readdir(d))) {
		if (de->d_name[0] != '.')
			unlinkat(dirfd(d), de->d_name, 0);
	}
	if (d)
		closedir(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct spool_rec r;
	struct spool *sp;
	int i;

	if (!dir[0]) {
		snprintf(dir, sizeof(dir), "/tmp/logtap-fuzz-spool.%d", (int)getpid());
		mkdir(dir, 0700);
		log_setup((enum log_level)(LOG_ERROR + 1), false);
	}
	if (size < 2)
		return 0;
	clear_dir();
	write_segment(data, size);
	sp = spool_open(dir, 1 << 20);
	for (i = 0; sp && i < 10000 && spool_peek(sp, &r) == 0; i++) {
		if (!r.subject || !r.id || !r.data || r.data[r.len] != '\0')
			abort();
		spool_pop(sp);
	}
	spool_close(sp);
	return 0;
}
