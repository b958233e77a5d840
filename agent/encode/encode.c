// SPDX-License-Identifier: Apache-2.0
/*
 * encode.c - events to JSON (schema v1, docs/events.md) and to colored text.
 * Hand-written rather than jansson: this runs once per event on the hot path,
 * and it must turn any bytes (invalid UTF-8, NULs, escapes) into valid JSON.
 */
#include "encode.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/digits.h"
#include "lib/escape.h"

/* Appends the decimal digits of v. */
static int put_u64(struct buf *out, uint64_t v)
{
	char d[20];

	return buf_append(out, d, dec64(d, v));
}

/* RFC 3339 UTC with nanoseconds into out (31 bytes + NUL); the date part is cached per
 * second. No printf: this runs once per event. */
static void format_time(uint64_t ns, char out[40])
{
	static __thread time_t cached_sec = -1;
	static __thread char cached[24];
	time_t sec = (time_t)(ns / 1000000000ull);
	uint64_t frac = ns % 1000000000ull;
	struct tm tm;
	int i;

	if (sec != cached_sec) {
		gmtime_r(&sec, &tm);
		strftime(cached, sizeof(cached), "%Y-%m-%dT%H:%M:%S", &tm);
		cached_sec = sec;
	}
	memcpy(out, cached, 19);
	out[19] = '.';
	for (i = 28; i >= 20; i--) {
		out[i] = (char)('0' + frac % 10);
		frac /= 10;
	}
	out[29] = 'Z';
	out[30] = '\0';
}

/* Appends key (the literal `,"name":`) followed by v as a JSON string; nothing when v
 * is NULL. FIELD_STR passes the key's length from the literal. */
static int field_str(struct buf *out, const char *key, size_t key_len, const char *v)
{
	if (!v)
		return 0;
	if (buf_append(out, key, key_len))
		return -ENOMEM;
	return escape_json(out, v, strlen(v));
}

#define FIELD_STR(out, name, v) field_str((out), ",\"" name "\":", sizeof(name) + 3, (v))

#define APPEND_LIT(out, lit) buf_append((out), (lit), sizeof(lit) - 1)

static int meta_fields(struct buf *out, const struct meta *m)
{
	size_t i;
	int err = 0;

	err |= FIELD_STR(out, "container_id", m->container_id);
	err |= FIELD_STR(out, "container_name", m->container_name);
	err |= FIELD_STR(out, "container_image", m->container_image);
	err |= FIELD_STR(out, "container_runtime", m->container_runtime);
	err |= FIELD_STR(out, "compose_project", m->compose_project);
	err |= FIELD_STR(out, "compose_service", m->compose_service);
	err |= FIELD_STR(out, "k8s_namespace", m->k8s_namespace);
	err |= FIELD_STR(out, "k8s_pod", m->k8s_pod);
	err |= FIELD_STR(out, "k8s_container", m->k8s_container);
	if (m->nlabels) {
		err |= APPEND_LIT(out, ",\"labels\":{");
		for (i = 0; i < m->nlabels; i++) {
			if (i)
				err |= buf_putc(out, ',');
			err |= escape_json(out, m->label_keys[i], strlen(m->label_keys[i]));
			err |= buf_putc(out, ':');
			err |= escape_json(out, m->label_values[i],
						  strlen(m->label_values[i]));
		}
		err |= buf_putc(out, '}');
	}
	return err ? -ENOMEM : 0;
}

/* The container's fields as JSON, built at its first event and kept with the meta: the
 * same for every event of the container, they were escaped again for each one (a
 * twentieth of the agent's time). Several threads may encode events of one meta: the
 * first to finish stores its text, the others free theirs. */
struct meta_json {
	size_t len;
	char text[];
};

static const struct meta_json *meta_json(struct meta *m)
{
	struct meta_json *j = __atomic_load_n((struct meta_json **)&m->json, __ATOMIC_ACQUIRE);
	struct meta_json *none = NULL;
	struct buf b = { 0 };

	if (j)
		return j;
	if (meta_fields(&b, m) || !(j = malloc(sizeof(*j) + b.len + 1))) {
		buf_free(&b);
		return NULL;
	}
	j->len = b.len;
	memcpy(j->text, b.p ? b.p : "", b.len + 1);
	buf_free(&b);
	if (!__atomic_compare_exchange_n((struct meta_json **)&m->json, &none, j, false,
					 __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
		free(j);
		j = none;
	}
	return j;
}

static int encode_meta(struct buf *out, struct meta *m)
{
	const struct meta_json *j = meta_json(m);

	return j ? buf_append(out, j->text, j->len) : meta_fields(out, m);
}

int encode_json(struct buf *out, const struct event *e, const char *host)
{
	char ts[40];
	int err = 0;

	format_time(e->ts_ns, ts);
	err |= APPEND_LIT(out, "{\"timestamp\":\"");
	err |= buf_append(out, ts, 30);
	err |= buf_putc(out, '"');
	err |= FIELD_STR(out, "host", host);
	err |= APPEND_LIT(out, ",\"message\":");
	err |= escape_json(out, e->message ? e->message : "", e->message_len);
	err |= APPEND_LIT(out, ",\"level\":\"");
	err |= buf_append(out, ev_level_name(e->level), strlen(ev_level_name(e->level)));
	err |= APPEND_LIT(out, "\",\"kind\":\"");
	err |= buf_append(out, ev_kind_name(e->kind), strlen(ev_kind_name(e->kind)));
	err |= APPEND_LIT(out, "\",\"stream\":\"");
	err |= buf_append(out, ev_stream_name(e->stream), strlen(ev_stream_name(e->stream)));
	err |= buf_putc(out, '"');
	err |= FIELD_STR(out, "file", e->file);
	err |= APPEND_LIT(out, ",\"pid\":");
	err |= put_u64(out, e->tgid);
	err |= FIELD_STR(out, "comm", e->comm);
	if (e->meta)
		err |= encode_meta(out, e->meta);
	err |= FIELD_STR(out, "exception_type", e->exception_type);
	err |= FIELD_STR(out, "exception_message", e->exception_message);
	err |= FIELD_STR(out, "exception_language", e->exception_language);
	err |= FIELD_STR(out, "fingerprint", e->fingerprint);
	err |= FIELD_STR(out, "exception_ref", e->exception_ref);
	if (e->truncated)
		err |= APPEND_LIT(out, ",\"truncated\":true");
	if (e->binary)
		err |= APPEND_LIT(out, ",\"binary\":true");
	if (e->gap_bytes) {
		err |= APPEND_LIT(out, ",\"gap_bytes\":");
		err |= put_u64(out, e->gap_bytes);
	}
	if (e->redacted) {
		err |= APPEND_LIT(out, ",\"redacted\":");
		err |= put_u64(out, e->redacted);
	}
	err |= APPEND_LIT(out, ",\"event_id\":\"");
	err |= buf_append(out, e->event_id, strlen(e->event_id));
	err |= APPEND_LIT(out, "\",\"source_type\":\"logtap\"}");
	return err ? -ENOMEM : 0;
}

static const char *level_color(enum ev_level l)
{
	if (l >= LVL_ERROR)
		return "\x1b[31m";
	if (l == LVL_WARNING)
		return "\x1b[33m";
	if (l == LVL_NOTICE || l == LVL_INFO)
		return "\x1b[32m";
	return "\x1b[2m";
}

/* Copies text for a terminal: control bytes other than newline and tab become '?'. */
static int text_safe(struct buf *out, const char *s, size_t n)
{
	size_t i, start = out->len;

	if (buf_append(out, s, n))
		return -ENOMEM;
	for (i = start; i < out->len; i++) {
		unsigned char c = (unsigned char)out->p[i];

		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
			out->p[i] = '?';
	}
	return 0;
}

int encode_text(struct buf *out, const struct event *e, bool color)
{
	const char *who = e->meta && e->meta->container_name ? e->meta->container_name
			  : e->meta && e->meta->container_id ? e->meta->container_id
							      : "host";
	char ts[40];
	int err = 0;

	format_time(e->ts_ns, ts);
	ts[23] = '\0'; /* milliseconds are enough on a terminal */
	if (color)
		err |= buf_printf(out, "\x1b[2m%s\x1b[0m %s%-7s\x1b[0m ", ts, level_color(e->level),
				  ev_level_name(e->level));
	else
		err |= buf_printf(out, "%s %-7s ", ts, ev_level_name(e->level));
	err |= buf_printf(out, "%.12s %s[%u] %s: ", who, e->comm, e->tgid,
			  e->file ? e->file : ev_stream_name(e->stream));
	err |= text_safe(out, e->message ? e->message : "", e->message_len);
	if (e->truncated)
		err |= buf_append(out, " [truncated]", 12);
	err |= buf_putc(out, '\n');
	return err ? -ENOMEM : 0;
}
