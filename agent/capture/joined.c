// SPDX-License-Identifier: Apache-2.0
/*
 * joined.c - see joined.h. The kernel's list is trusted for nothing: a malformed one
 * gives one write of the record's bytes, never bytes from outside the record.
 */
#include "joined.h"
#include "lib/hash.h"
#include <string.h>

size_t joined_starts(const void *list, size_t nlisted, uint64_t total, uint32_t *starts)
{
	size_t n = nlisted, i;

	if (n > LT_SPAN_WRITES || !list)
		n = 0;
	if (n)
		memcpy(starts, list, n * sizeof(uint32_t));
	for (i = 0; i < n; i++)
		if (i ? starts[i] <= starts[i - 1] || starts[i] >= total : starts[0] != 0)
			n = 0;
	starts[0] = 0;
	return n ? n : 1;
}

uint64_t joined_write_id(uint64_t id, size_t i)
{
	return i ? hash_add(hash_mix64(id), i) : id;
}

int joined_split(const struct lt_hdr *h, const char *payload, cap_record_fn fn, void *ctx)
{
	uint32_t starts[LT_SPAN_WRITES];
	size_t nlisted = 0, n, i;
	uint64_t total = h->len, end;
	struct lt_hdr d = *h;
	int err;

	/* len = 4 * writes + write_len; anything else: the bytes are all one write */
	if (h->write_len <= h->len && (h->len - h->write_len) % sizeof(uint32_t) == 0) {
		nlisted = (h->len - h->write_len) / sizeof(uint32_t);
		total = h->write_len;
	}
	n = joined_starts(payload, nlisted, total, starts);
	payload += h->len - total;
	d.type = LT_REC_DATA;
	d.offset = 0;
	d.flags = LT_F_FIRST | LT_F_LAST;
	for (i = 0; i < n; i++) {
		end = i + 1 < n ? starts[i + 1] : total;
		d.len = (uint32_t)(end - starts[i]);
		d.write_len = d.len;
		d.write_id = joined_write_id(h->write_id, i);
		if (i)
			d.gap_bytes = 0; /* the stream's gap rides on the first write */
		err = fn(ctx, &d, payload + starts[i]);
		if (err)
			return err;
	}
	return 0;
}
