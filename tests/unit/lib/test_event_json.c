// SPDX-License-Identifier: Apache-2.0
/*
 * test_event_json.c - an event read back from its JSON is the event that was
 * encoded (encode -> parse -> encode gives the same bytes); bad input fails or
 * leaves fields empty, never crashes; RFC 3339 times to the nanosecond.
 */
#include "lib/event_json.h"

#include <errno.h>
#include <stdlib.h>

#include "encode/encode.h"
#include "ship/subject.h"
#include "test.h"

static struct event *sample(void)
{
	struct event *e = event_new();
	struct meta *m = meta_new();

	e->ts_ns = 1764673514123456789ull;
	e->kind = EV_KIND_TRACE;
	e->level = LVL_ERROR;
	e->stream = LT_STREAM_STDERR;
	e->tgid = e->pid = 4242;
	strcpy(e->comm, "php-fpm");
	e->file = strdup("/var/log/app.log");
	event_set_message(e, strdup("Boom: \"x\"\n  at a()\tü"),
			  strlen("Boom: \"x\"\n  at a()\tü"));
	e->exception_type = strdup("Boom");
	e->exception_message = strdup("\"x\"");
	e->exception_language = strdup("php");
	e->fingerprint = strdup("0123456789abcdef");
	e->truncated = true;
	e->gap_bytes = 17;
	m->container_id = strdup("c0ffee");
	m->container_name = strdup("shop-web-1");
	m->compose_project = strdup("shop");
	m->k8s_namespace = strdup("ns");
	e->meta = m;
	return e;
}

TEST(round_trip_gives_the_same_json)
{
	struct buf a = {0}, b = {0};
	struct event *e = sample(), *back;
	char host[64];

	CHECK(!encode_json(&a, e, "node-1"));
	back = event_json_parse(a.p, a.len, host, sizeof(host));
	CHECK(back != NULL);
	if (back) {
		CHECK_STR(host, "node-1");
		CHECK(!encode_json(&b, back, host));
		CHECK_STR(a.p, b.p);
		CHECK_STR(back->event_id, e->event_id);
		CHECK(back->ts_ns == e->ts_ns && back->level == LVL_ERROR);
		CHECK_STR(subject_project(back->meta), "shop");
	}
	event_free(back);
	event_free(e);
	buf_free(&a);
	buf_free(&b);
}

TEST(host_events_have_no_meta)
{
	const char *j =
	    "{\"timestamp\":\"2026-01-02T03:04:05Z\",\"message\":\"hi\",\"level\":\"warning\"}";
	char host[8];
	struct event *e = event_json_parse(j, strlen(j), host, sizeof(host));

	CHECK(e && !e->meta && e->level == LVL_WARNING && e->kind == EV_KIND_LINE);
	CHECK(e && !strcmp(host, "") && !strcmp(subject_project(e->meta), "host"));
	CHECK(e && e->message_len == 2);
	event_free(e);
}

TEST(bad_input_fails_or_stays_empty)
{
	const char *wrong = "{\"message\":7,\"fingerprint\":[1],\"pid\":\"x\",\"level\":null,"
			    "\"compose_project\":{},\"timestamp\":\"yesterday\"}";
	char host[8];
	struct event *e;

	CHECK(!event_json_parse("[1,2]", 5, host, sizeof(host)) && errno == EINVAL);
	CHECK(!event_json_parse("{\"a\":", 5, host, sizeof(host)));
	CHECK(!event_json_parse("{\"a\":1,\"a\":2}", 13, host, sizeof(host)));
	e = event_json_parse(wrong, strlen(wrong), host, sizeof(host));
	CHECK(e && !e->message && !e->fingerprint && !e->meta && !e->ts_ns && !e->tgid);
	event_free(e);
}

TEST(times_to_the_nanosecond)
{
	uint64_t ns = 0;

	CHECK(!event_json_time("2026-12-02T11:05:14.123456789Z", &ns));
	CHECK(ns == 1796209514123456789ull);
	CHECK(!event_json_time("1970-01-01T00:00:01.5Z", &ns) && ns == 1500000000ull);
	CHECK(!event_json_time("1970-01-01T00:00:02Z", &ns) && ns == 2000000000ull);
	CHECK(event_json_time("2026-12-02T11:05:14+01:00", &ns) == -EINVAL);
	CHECK(event_json_time("2026-12-02 11:05:14Z", &ns) == -EINVAL);
	CHECK(event_json_time("", &ns) == -EINVAL);
}

int main(void)
{
	RUN(round_trip_gives_the_same_json);
	RUN(host_events_have_no_meta);
	RUN(bad_input_fails_or_stays_empty);
	RUN(times_to_the_nanosecond);
	TEST_END();
}
