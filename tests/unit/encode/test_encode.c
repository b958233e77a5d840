// SPDX-License-Identifier: Apache-2.0
/*
 * test_encode.c - the JSON of an event is always valid (checked by parsing it
 * back with jansson), whatever bytes the application wrote.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "encode/encode.h"
#include "test.h"

static struct event *mk(const char *msg, size_t len)
{
	struct event *e = event_new();
	char *m = malloc(len + 1);

	memcpy(m, msg, len);
	m[len] = '\0';
	event_set_message(e, m, len);
	e->ts_ns = 1763700000123456789ull;
	e->tgid = 42;
	strcpy(e->comm, "java");
	e->file = strdup("/var/log/app.log");
	return e;
}

/* Encodes and parses back; returns the parsed object (caller decrefs). */
static json_t *roundtrip(const struct event *e)
{
	struct buf b = { 0 };
	json_error_t err;
	json_t *j;

	CHECK(encode_json(&b, e, "node-1") == 0);
	j = json_loadb(b.p, b.len, 0, &err);
	if (!j)
		fprintf(stderr, "  invalid JSON: %s: %s\n", err.text, b.p);
	buf_free(&b);
	return j;
}

TEST(schema_fields)
{
	struct event *e = mk("hello\nworld", 11);
	json_t *j;

	e->kind = EV_KIND_TRACE;
	e->level = LVL_ERROR;
	e->meta = meta_new();
	e->meta->container_id = strdup("abc");
	e->meta->compose_project = strdup("shop");
	e->exception_type = strdup("java.lang.IllegalStateException");
	j = roundtrip(e);
	CHECK(j != NULL);
	if (j) {
		CHECK_STR(json_string_value(json_object_get(j, "timestamp")),
			  "2025-11-21T04:40:00.123456789Z");
		CHECK_STR(json_string_value(json_object_get(j, "message")), "hello\nworld");
		CHECK_STR(json_string_value(json_object_get(j, "level")), "error");
		CHECK_STR(json_string_value(json_object_get(j, "kind")), "trace");
		CHECK_STR(json_string_value(json_object_get(j, "stream")), "file");
		CHECK_STR(json_string_value(json_object_get(j, "host")), "node-1");
		CHECK_STR(json_string_value(json_object_get(j, "container_id")), "abc");
		CHECK_STR(json_string_value(json_object_get(j, "compose_project")), "shop");
		CHECK_STR(json_string_value(json_object_get(j, "source_type")), "logtap");
		CHECK(json_integer_value(json_object_get(j, "pid")) == 42);
		CHECK(strlen(json_string_value(json_object_get(j, "event_id"))) == 32);
		CHECK(json_object_get(j, "truncated") == NULL);
		CHECK(json_object_get(j, "redacted") == NULL);
		json_decref(j);
	}
	event_free(e);
}

TEST(hostile_bytes_give_valid_json)
{
	static const char bad[] = "nul\0ctl\x01\x1f quote\" back\\ \xff\xfe \xc0\xaf \xed\xa0\x80 "
				  "\xf4\x90\x80\x80 cut\xe2\x82";
	struct event *e = mk(bad, sizeof(bad) - 1);
	json_t *j = roundtrip(e);

	CHECK(j != NULL);
	if (j) {
		const char *m = json_string_value(json_object_get(j, "message"));

		CHECK(m && strstr(m, "quote\" back\\"));
		CHECK(m && strstr(m, "\xef\xbf\xbd"));
		CHECK(json_string_length(json_object_get(j, "message")) > 20);
		json_decref(j);
	}
	event_free(e);
}

TEST(valid_utf8_is_kept)
{
	const char *s = "caf\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80";
	struct event *e = mk(s, strlen(s));
	json_t *j = roundtrip(e);

	CHECK(j && !strcmp(json_string_value(json_object_get(j, "message")), s));
	json_decref(j);
	event_free(e);
}

TEST(every_byte_value)
{
	char all[256];
	struct event *e;
	json_t *j;
	int i;

	for (i = 0; i < 256; i++)
		all[i] = (char)i;
	e = mk(all, sizeof(all));
	e->truncated = true;
	e->gap_bytes = 12;
	e->redacted = 3;
	j = roundtrip(e);
	CHECK(j != NULL);
	CHECK(j && json_is_true(json_object_get(j, "truncated")));
	CHECK(j && json_integer_value(json_object_get(j, "gap_bytes")) == 12);
	CHECK(j && json_integer_value(json_object_get(j, "redacted")) == 3);
	json_decref(j);
	event_free(e);
}

/* The container's fields are encoded once and kept with the meta: every event of it gets
 * the same fields, hostile names included, and a field changed afterwards shows. */
TEST(container_fields_are_kept_with_the_meta)
{
	struct event *a = mk("one", 3), *b = mk("two", 3);
	struct meta *m = meta_new();
	json_t *ja, *jb;

	m->container_id = strdup("0123abcd");
	m->container_name = strdup("evil\"name\n\x01\xff");
	m->k8s_pod = strdup("pod-1");
	CHECK(meta_add_label(m, "app", "shop") == 0);
	a->meta = m;
	b->meta = meta_ref(m);
	ja = roundtrip(a);
	CHECK(m->json != NULL);
	jb = roundtrip(b);
	CHECK(ja && jb);
	if (ja && jb) {
		CHECK_STR(json_string_value(json_object_get(jb, "container_name")),
			  "evil\"name\n\x01\xef\xbf\xbd");
		CHECK(json_equal(json_object_get(ja, "container_name"),
				 json_object_get(jb, "container_name")));
		CHECK_STR(json_string_value(json_object_get(jb, "k8s_pod")), "pod-1");
		CHECK_STR(json_string_value(json_object_get(json_object_get(jb, "labels"), "app")),
			  "shop");
		CHECK_STR(json_string_value(json_object_get(jb, "message")), "two");
	}
	json_decref(ja);
	json_decref(jb);
	free(m->k8s_pod);
	m->k8s_pod = NULL;
	meta_changed(m);
	jb = roundtrip(b);
	CHECK(jb && !json_object_get(jb, "k8s_pod"));
	CHECK(jb && json_object_get(jb, "container_id"));
	json_decref(jb);
	event_free(a);
	event_free(b);
}

TEST(text_output_is_terminal_safe)
{
	struct event *e = mk("evil \x1b]0;title\x07 text", 20);
	struct buf b = { 0 };

	e->level = LVL_WARNING;
	CHECK(encode_text(&b, e, false) == 0);
	CHECK(strchr(b.p, '\x1b') == NULL);
	CHECK(strstr(b.p, "warning") != NULL);
	CHECK(b.p[b.len - 1] == '\n');
	buf_free(&b);
	event_free(e);
}

int main(void)
{
	RUN(schema_fields);
	RUN(hostile_bytes_give_valid_json);
	RUN(valid_utf8_is_kept);
	RUN(every_byte_value);
	RUN(container_fields_are_kept_with_the_meta);
	RUN(text_output_is_terminal_safe);
	TEST_END();
}
