// SPDX-License-Identifier: Apache-2.0
/*
 * event.c - constructors and names for the records shared by all stages.
 * Event ids of captured events are derived from the boot id, the writer and where
 * the event's first byte was written (event_set_origin), so that an agent rebuilding
 * an event after a restart gives it the same id and JetStream drops the duplicate;
 * other events get a per-process random prefix plus a counter.
 */
#include "event.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>

#include "lib/hash.h"
#include "lib/digits.h"

static const char *const kind_names[EV_KIND_COUNT] = { "line", "trace", "document" };
static const char *const level_names[LVL_COUNT] = {
	"unknown", "debug", "info", "notice", "warning", "error", "critical", "alert", "emergency",
};

const char *ev_kind_name(enum ev_kind k)
{
	return (unsigned)k < EV_KIND_COUNT ? kind_names[k] : "line";
}

const char *ev_level_name(enum ev_level l)
{
	return (unsigned)l < LVL_COUNT ? level_names[l] : "unknown";
}

const char *ev_stream_name(enum lt_stream s)
{
	switch (s) {
	case LT_STREAM_STDOUT:
		return "stdout";
	case LT_STREAM_STDERR:
		return "stderr";
	default:
		return "file";
	}
}

/* Level words seen in the wild, longest spellings first within a level. */
static const struct {
	const char *word;
	enum ev_level level;
} level_words[] = {
	{ "emergency", LVL_EMERGENCY }, { "emerg", LVL_EMERGENCY },   { "panic", LVL_EMERGENCY },
	{ "alert", LVL_ALERT },		{ "critical", LVL_CRITICAL }, { "crit", LVL_CRITICAL },
	{ "fatal", LVL_CRITICAL },	{ "severe", LVL_ERROR },      { "error", LVL_ERROR },
	{ "err", LVL_ERROR },		{ "warning", LVL_WARNING },   { "warn", LVL_WARNING },
	{ "notice", LVL_NOTICE },	{ "info", LVL_INFO },	      { "informational", LVL_INFO },
	{ "information", LVL_INFO },	{ "config", LVL_INFO },	      { "debug", LVL_DEBUG },
	{ "fine", LVL_DEBUG },		{ "finer", LVL_DEBUG },	      { "finest", LVL_DEBUG },
	{ "trace", LVL_DEBUG },		{ "verbose", LVL_DEBUG },     { "dbug", LVL_DEBUG },
	{ "eror", LVL_ERROR },		{ "crt", LVL_CRITICAL },      { "wrn", LVL_WARNING },
	{ "inf", LVL_INFO },		{ "dbg", LVL_DEBUG },	      { "e", LVL_ERROR },
	{ "w", LVL_WARNING },		{ "i", LVL_INFO },	      { "d", LVL_DEBUG },
	{ "f", LVL_CRITICAL },
};

enum ev_level ev_level_parse(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(level_words) / sizeof(level_words[0]); i++) {
		if (strlen(level_words[i].word) == n && !strncasecmp(level_words[i].word, s, n))
			return level_words[i].level;
	}
	return LVL_UNKNOWN;
}

struct meta *meta_new(void)
{
	struct meta *m = calloc(1, sizeof(*m));

	if (m)
		m->refs = 1;
	return m;
}

struct meta *meta_ref(struct meta *m)
{
	if (m)
		__atomic_add_fetch(&m->refs, 1, __ATOMIC_RELAXED);
	return m;
}

void meta_unref(struct meta *m)
{
	size_t i;

	if (!m || __atomic_sub_fetch(&m->refs, 1, __ATOMIC_ACQ_REL) > 0)
		return;
	free(m->container_id);
	free(m->container_name);
	free(m->container_image);
	free(m->container_runtime);
	free(m->compose_project);
	free(m->compose_service);
	free(m->k8s_namespace);
	free(m->k8s_pod);
	free(m->k8s_container);
	for (i = 0; i < m->nlabels; i++) {
		free(m->label_keys[i]);
		free(m->label_values[i]);
	}
	free(m->label_keys);
	free(m->label_values);
	free(m->json);
	free(m);
}

void meta_changed(struct meta *m)
{
	free(__atomic_exchange_n(&m->json, NULL, __ATOMIC_ACQ_REL));
}

int meta_add_label(struct meta *m, const char *key, const char *value)
{
	char **k, **v;

	k = realloc(m->label_keys, (m->nlabels + 1) * sizeof(*k));
	if (!k)
		return -ENOMEM;
	m->label_keys = k;
	meta_changed(m);
	v = realloc(m->label_values, (m->nlabels + 1) * sizeof(*v));
	if (!v)
		return -ENOMEM;
	m->label_values = v;
	k[m->nlabels] = strdup(key);
	v[m->nlabels] = strdup(value);
	if (!k[m->nlabels] || !v[m->nlabels]) {
		free(k[m->nlabels]);
		free(v[m->nlabels]);
		return -ENOMEM;
	}
	m->nlabels++;
	return 0;
}

static uint64_t id_prefix;
static _Atomic uint64_t id_counter;

static void event_make_id(char *out)
{
	uint64_t n = atomic_fetch_add(&id_counter, 1), p;

	if (!__atomic_load_n(&id_prefix, __ATOMIC_RELAXED)) {
		if (getrandom(&p, sizeof(p), 0) != sizeof(p))
			p = (uint64_t)(uintptr_t)&p ^ 0x9e3779b97f4a7c15ull;
		p |= 1;
		__atomic_store_n(&id_prefix, p, __ATOMIC_RELAXED);
	}
	hex64(out, __atomic_load_n(&id_prefix, __ATOMIC_RELAXED));
	hex64(out + 16, n);
	out[32] = '\0';
}

/* This boot's id (/proc/sys/kernel/random/boot_id), folded to 64 bits once. */
static uint64_t boot_hash(void)
{
	static uint64_t h;
	char id[64] = { 0 };
	uint64_t v;
	FILE *f;
	size_t i;

	if ((v = __atomic_load_n(&h, __ATOMIC_RELAXED)))
		return v;
	f = fopen("/proc/sys/kernel/random/boot_id", "r");
	if (!f || !fgets(id, sizeof(id), f)) {
		if (getrandom(id, sizeof(id) - 1, 0) < 0)
			id[0] = 1;
	}
	if (f)
		fclose(f);
	v = 0x6c6f67746170ull;
	for (i = 0; i < sizeof(id); i++)
		v = hash_add(v, (unsigned char)id[i]);
	v |= 1;
	__atomic_store_n(&h, v, __ATOMIC_RELAXED);
	return v;
}

void event_set_origin(struct event *e, const struct ev_source *src, uint64_t origin)
{
	uint64_t h;

	if (!origin)
		return;
	h = hash_add(hash_add(boot_hash(), origin), hash_file(src->dev, src->ino));
	h = hash_add(h, (uint64_t)src->tgid << 8 | (uint64_t)src->stream);
	hex64(e->event_id, h);
	hex64(e->event_id + 16, hash_add(h, origin));
	e->event_id[32] = '\0';
}

/* malloc and explicit_bzero, not calloc: glibc's calloc bypasses the thread cache
 * (345 instructions a call in callgrind), and this runs per event. A plain memset
 * after malloc is turned back into calloc by the compiler; explicit_bzero is not. */
static struct event *event_alloc(void)
{
	struct event *e = malloc(sizeof(*e));

	if (e)
		explicit_bzero(e, sizeof(*e));
	return e;
}

struct event *event_new(void)
{
	struct event *e = event_alloc();

	if (e)
		event_make_id(e->event_id);
	return e;
}

struct event *event_new_from(const struct ev_source *src, uint64_t origin)
{
	struct event *e;

	if (!origin)
		return event_new();
	e = event_alloc();
	if (e)
		event_set_origin(e, src, origin);
	return e;
}

int event_set_source(struct event *e, const struct ev_source *src)
{
	e->stream = src->stream;
	e->tgid = src->tgid;
	e->pid = src->pid;
	e->cgroup_id = src->cgroup_id;
	e->mntns = src->mntns;
	memcpy(e->comm, src->comm, sizeof(e->comm));
	e->comm[LT_COMM_LEN - 1] = '\0';
	free(e->file);
	e->file = NULL;
	if (src->file && src->file[0]) {
		e->file = strdup(src->file);
		if (!e->file)
			return -ENOMEM;
	}
	return 0;
}

void event_set_message(struct event *e, char *msg, size_t len)
{
	free(e->message);
	e->message = msg;
	e->message_len = len;
}

void event_free(struct event *e)
{
	if (!e)
		return;
	free(e->file);
	free(e->message);
	free(e->exception_type);
	free(e->exception_message);
	free(e->exception_language);
	free(e->fingerprint);
	free(e->exception_ref);
	meta_unref(e->meta);
	free(e);
}
