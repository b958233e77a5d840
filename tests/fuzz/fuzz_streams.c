// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_streams.c - libFuzzer target: arbitrary capture records (data chunks
 * with any flags, offsets and gaps, paths, exits, idle ticks) through streams,
 * every line through encode_json, and the JSON must parse back.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "encode/encode.h"
#include "files/files.h"
#include "streams/streams.h"

static void on_line(void *ctx, const struct line *l)
{
	struct event e = { 0 };
	struct buf b = { 0 };
	json_t *j;

	e.message = (char *)l->text;
	e.message_len = l->len;
	e.file = (char *)l->src->file;
	if (encode_json(&b, &e, "fuzz") == 0) {
		j = json_loadb(b.p, b.len, 0, NULL);
		if (!j)
			abort(); /* invalid JSON is a bug */
		json_decref(j);
	}
	buf_free(&b);
}

static void on_end(void *ctx, void **state)
{
}

static const struct paths_opts rules = { NULL, 0, NULL, 0, false };

/* capture -> files -> streams, as main wires them. */
static void feed(struct files *files, struct streams *s, const struct lt_hdr *h, const char *p)
{
	const char *path = NULL;
	int err;

	if (h->type == LT_REC_PATH) {
		files_path_record(files, h, p);
		return;
	}
	if (h->type == LT_REC_DATA && h->stream == LT_STREAM_FILE &&
	    !(path = files_data_path(files, h, &err)))
		return;
	streams_record(s, h, p, path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct streams_opts o = { .max_line = 64, .idle_ns = 10, .evict_ns = 50,
				  .raw = size && (data[0] & 1),
				  /* a tiny budget, so that early flushes happen too */
				  .max_memory = size && (data[0] & 2) ? 256 : 0 };
	struct streams_cbs cbs = { on_line, on_end, NULL };
	struct streams *s = streams_new(&o, &cbs);
	struct files *files = files_new(&rules, NULL);
	uint64_t now = 0;
	size_t i = 1;

	while (s && i + 4 <= size) {
		struct lt_hdr h = { 0 };
		uint8_t op = data[i], f = data[i + 1];
		size_t len = data[i + 2] | (size_t)(data[i + 3] & 1) << 8;

		i += 4;
		if (len > size - i)
			len = size - i;
		h.type = op % 4 == 3 ? LT_REC_DATA : op % 4;
		h.tgid = (op >> 2) & 3;
		h.ino = (op >> 4) & 7;
		h.dev = 1;
		h.stream = (f >> 5) % 3;
		h.flags = f & 0xf;
		h.write_id = (f >> 4) & 3;
		h.offset = (f >> 6) * 16;
		h.write_len = len + (f & 0x80 ? 100 : 0);
		h.gap_bytes = f & 0x40 ? 7 : 0;
		h.len = (uint32_t)len;
		h.ts_ns = now += op & 0x80 ? 20 : 1;
		feed(files, s, &h, (const char *)data + i);
		if (op == 0xff)
			streams_tick(s, now);
		i += len;
	}
	streams_free(s);
	files_free(files);
	return 0;
}
