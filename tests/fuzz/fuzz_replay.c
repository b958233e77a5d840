// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_replay.c - libFuzzer target for recordings (`replay FILE`): arbitrary bytes,
 * gzip or plain (zlib reads both), through replay_file via an in-memory file. Every
 * record handed on must be whole: a known size, its payload within the record.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "capture/record.h"
#include "lib/log.h"

static int on_rec(void *ctx, const struct lt_hdr *h, const void *payload)
{
	volatile const char *p = payload;
	size_t *n = ctx;

	if (h->len > (64u << 10))
		abort();
	if (h->len)
		(void)p[h->len - 1]; /* ASan: the payload is really there */
	(*n)++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];
	size_t n = 0;

	if (fd < 0) {
		log_setup((enum log_level)(LOG_ERROR + 1),
			  false); /* damaged files are the point: stay quiet */
		fd = memfd_create("fuzz-replay", MFD_CLOEXEC);
		if (fd < 0)
			abort();
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) || pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
	replay_file(path, on_rec, &n);
	return 0;
}
