// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_reassemble.c - libFuzzer target for reassemble + process (+ encode): the
 * input is lines, each led by a control byte that picks the writer (of four, one
 * a Flow dump) and the line flags; 0xff ticks the clock, 0xfe ends a writer.
 * The first byte picks the options (caps, raw mode), the last one whether ANSI
 * sequences are kept; writer 2 has a --record-start override (by container name).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "encode/encode.h"
#include "lib/buf.h"
#include "process/process.h"
#include "reassemble/reassemble.h"

static void on_event(void *ctx, struct event *e)
{
	struct buf *out = ctx;
	size_t i, nl = 0;

	for (i = 0; i < e->message_len; i++)
		nl += e->message[i] == '\n';
	if (e->lines != nl + 1 || !e->message_len)
		abort(); /* every event has text, and lines agrees with it */
	process_event(e);
	buf_reset(out);
	encode_json(out, e, "fuzz");
	event_free(e);
}

static const char *fuzz_name(void *ctx, const struct ev_source *src)
{
	return src->tgid == 2 ? "custom" : NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *const starts[] = {"custom=^(@@|[0-9]{4}-)"};
	static const char *const paths[4] = {"/var/log/app.log", "", "/var/log/php.log",
					     "/app/Data/Logs/Exceptions/2024abc.txt"};
	struct ev_source src[4] = {{.tgid = 1}, {.tgid = 2}, {.tgid = 3}, {.tgid = 4}};
	void *slots[4] = {0};
	struct buf out = {0};
	struct reasm_opts o = {.idle_ns = 1000, .max_age_ns = 100000};
	struct reasm *r;
	uint64_t now = 1;
	size_t i = 1, n;
	const uint8_t *nl;
	int k;

	if (!size)
		return 0;
	o.max_lines = data[0] & 15;
	o.max_bytes = (data[0] >> 4) * 37u;
	o.single_line = data[0] == 0x7f;
	o.keep_ansi = data[size - 1] & 1;
	o.record_starts = starts;
	o.n_record_starts = 1;
	o.writer_name = fuzz_name;
	o.max_memory = (data[0] & 3) == 1 ? 512 : 0; /* early flushes too */
	r = reasm_new(&o, on_event, &out);
	if (!r)
		return 0;
	for (k = 0; k < 4; k++)
		src[k].file = paths[k];
	while (i < size) {
		uint8_t c = data[i++];

		nl = memchr(data + i, '\n', size - i);
		n = nl ? (size_t)(nl - data) - i : size - i;
		if (c == 0xff) {
			reasm_tick(r, now += 700);
		} else if (c == 0xfe) {
			reasm_writer_end(r, &slots[data[i < size ? i : 0] & 3]);
		} else {
			struct line l = {.src = &src[c >> 6],
					 .state = &slots[c >> 6],
					 .ts_ns = now += 10,
					 .text = (const char *)data + i,
					 .len = n,
					 .flags = c & 0x3f,
					 .gap_bytes = c == 0x3f};
			char *copy = malloc(n + 1); /* lines are NUL-terminated by contract */

			if (!copy)
				break;
			memcpy(copy, data + i, n);
			copy[n] = '\0';
			l.text = copy;
			reasm_line(r, &l);
			free(copy);
		}
		i += n + 1;
	}
	for (k = 0; k < 4; k++)
		reasm_writer_end(r, &slots[k]);
	reasm_flush(r);
	reasm_free(r);
	buf_free(&out);
	return 0;
}
