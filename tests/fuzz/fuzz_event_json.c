// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_event_json.c - libFuzzer target: alert and tail parse whatever anyone allowed
 * to publish on the subjects sends. Any bytes parse or fail cleanly, and an event
 * that parses encodes again, as JSON and as text, without tripping a sanitizer.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "encode/encode.h"
#include "lib/event_json.h"
#include "lib/log.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf out = {0};
	struct event *e;
	char host[64];
	uint64_t ns;
	char *s;

	log_setup(LOG_ERROR, false);
	e = event_json_parse((const char *)data, size, host, sizeof(host));
	if (e) {
		if (encode_json(&out, e, host) || encode_text(&out, e, true))
			abort();
		event_free(e);
	}
	s = strndup((const char *)data, size);
	if (s && !event_json_time(s, &ns) && ns < 1000000000ull * (uint64_t)(s[0] > '1'))
		abort(); /* a year from 2000 on is more than a second after the epoch */
	free(s);
	buf_free(&out);
	return 0;
}
