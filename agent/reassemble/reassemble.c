// SPDX-License-Identifier: Apache-2.0
/*
 * reassemble.c - joins one writer's lines into records with the rule tables of
 * rules_tables.c. Each writer keeps one pending record in its streams slot; the
 * next line decides whether it continues (the record stays pending) or starts a
 * new one (the pending one is emitted; where a record starts: decide.c). Idle, age,
 * writer end and caps flush too.
 */
#include "reassemble.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/log.h"
#include "metrics/metrics.h"
#include "rules.h"
#include "ansi.h"
#include "record_start.h"
#include "shape.h"
#include "reasm_int.h"

struct reasm {
	struct reasm_opts opts;
	reasm_emit_fn emit;
	void *ctx;
	struct wstate head;    /* list of every live wstate */
	struct wstate pending; /* list of the wstates with a pending record */
	struct wstate raw;     /* scratch writer for one-line events */
	struct log_limit oom;  /* rate limit for allocation failures */
	struct buf plain;      /* a line without its ANSI escape sequences */
	/* the --record-start overrides, compiled */
	struct record_start *overrides;
	size_t mem; /* bytes allocated for pending records, all writers */
};

struct reasm *reasm_new(const struct reasm_opts *opts, reasm_emit_fn emit, void *ctx)
{
	struct reasm *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	rules_init();
	r->overrides =
	    record_start_new((const char *const *)opts->record_starts, opts->n_record_starts);
	if (!r->overrides) {
		free(r);
		return NULL;
	}
	r->opts = *opts;
	r->opts.record_starts = NULL; /* compiled: the strings are not kept */
	r->emit = emit;
	r->ctx = ctx;
	r->head.next = r->head.prev = &r->head;
	r->pending.pnext = r->pending.pprev = &r->pending;
	return r;
}

static void oom(struct reasm *r)
{
	if (log_allow(&r->oom, 10))
		log_warn("reassemble: out of memory, %lu events lost", r->oom.suppressed + 1);
}

/* A Flow exception dump: `.../Data/Logs/Exceptions/<ref>.txt`. Returns <ref> or NULL. */
static char *flow_dump_ref(const char *path)
{
	static const char dir[] = "/Data/Logs/Exceptions/";
	const char *base = strrchr(path, '/'), *p;
	size_t n;

	if (!base || (size_t)(base - path) + 1 < sizeof(dir) - 1)
		return NULL;
	base++;
	p = base - (sizeof(dir) - 1);
	n = strlen(base);
	if (memcmp(p, dir, sizeof(dir) - 1) || n <= 4 || strcmp(base + n - 4, ".txt"))
		return NULL;
	return strndup(base, n - 4);
}

static void pending_unlink(struct wstate *w)
{
	if (!w->pnext)
		return;
	w->pprev->pnext = w->pnext;
	w->pnext->pprev = w->pprev;
	w->pnext = w->pprev = NULL;
}

/* Links w's new pending record in first_mark order, so that the list's head holds the
 * oldest bytes (reasm_held_mark). A record begins with a line of the current poll, at
 * the tail, unless that line began in an earlier poll's partial line: then it walks
 * back past the few records begun since. */
static void pending_link(struct reasm *r, struct wstate *w)
{
	struct wstate *at = r->pending.pprev; /* w goes after it */

	if (w->pnext || w == &r->raw)
		return;
	while (at != &r->pending && at->first_mark > w->first_mark)
		at = at->pprev;
	w->pprev = at;
	w->pnext = at->pnext;
	at->pnext->pprev = w;
	at->pnext = w;
}

/* Finds the writer's --record-start override by path, or by container name once known
 * (for NAME_TRIES record starts: the name comes late). */
#define NAME_TRIES 8
static void override_lookup(struct reasm *r, struct wstate *w, const struct ev_source *src)
{
	char name[256];
	bool named = false;

	if (record_start_empty(r->overrides)) {
		w->name_tries = 0;
		return;
	}
	if (r->opts.writer_name)
		named = r->opts.writer_name(r->opts.writer_name_ctx, src, name, sizeof(name));
	w->start_re = record_start_find(r->overrides, w->path, named ? name : NULL);
	if (w->start_re || named || !r->opts.writer_name)
		w->name_tries = 0;
}

static struct wstate *wstate_get(struct reasm *r, const struct line *l)
{
	struct wstate *w = *l->state;

	if (w)
		return w;
	w = calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	if (l->src->file && l->src->file[0]) {
		w->path = strdup(l->src->file);
		if (!w->path) {
			free(w);
			return NULL;
		}
		w->doc_ref = flow_dump_ref(w->path);
	}
	w->next = &r->head;
	w->prev = r->head.prev;
	r->head.prev->next = w;
	r->head.prev = w;
	*l->state = w;
	w->name_tries = NAME_TRIES;
	override_lookup(r, w, l->src);
	return w;
}

static void wstate_free(struct wstate *w)
{
	pending_unlink(w);
	w->prev->next = w->next;
	w->next->prev = w->prev;
	buf_free(&w->text);
	free(w->path);
	free(w->doc_ref);
	free(w);
}

/* Buffers above this are given back after a record, so that one huge trace does not pin
 * memory for the writer's lifetime. */
#define KEEP_BUF 4096

/* Brings reasm.mem (and its gauge) up to date with w's buffer. */
static void text_charge(struct reasm *r, struct wstate *w)
{
	r->mem = r->mem - w->charged + w->text.cap;
	w->charged = w->text.cap;
	METRIC_SET(record_memory_bytes, r->mem);
}

static void wstate_reset(struct reasm *r, struct wstate *w)
{
	pending_unlink(w);
	if (w->text.cap > KEEP_BUF)
		buf_free(&w->text);
	buf_reset(&w->text);
	text_charge(r, w);
	w->lines = w->blanks = 0;
	w->state = RS_NONE;
	w->lang = LANG_NONE;
	w->lang_strong = w->trace = w->truncated = w->binary = false;
	w->gap_bytes = 0;
}

static int event_fill(struct event *e, const struct wstate *w, char *msg, size_t len)
{
	const char *lang = rules_lang_name(w->lang);

	if (event_set_source(e, &w->src))
		return -ENOMEM;
	event_set_message(e, msg, len);
	e->ts_ns = w->first_ts;
	e->mark = w->first_mark;
	e->kind = w->doc_ref ? EV_KIND_DOCUMENT : w->trace ? EV_KIND_TRACE : EV_KIND_LINE;
	e->lines = w->lines;
	e->truncated = w->truncated;
	e->binary = w->binary;
	e->gap_bytes = w->gap_bytes;
	if (w->doc_ref && !lang)
		lang = "flow";
	if (e->kind != EV_KIND_LINE && lang && !(e->exception_language = strdup(lang)))
		return -ENOMEM;
	if (w->doc_ref && !(e->exception_ref = strdup(w->doc_ref)))
		return -ENOMEM;
	return 0;
}

/* Emits the pending record, if any, and forgets it. */
static void flush(struct reasm *r, struct wstate *w)
{
	struct event *e;
	size_t len = w->text.len;
	char *msg;

	if (!w->lines)
		return;
	while (len && w->text.p[len - 1] == '\n') { /* a document's trailing blank lines */
		len--;
		w->lines--;
	}
	if (!len) { /* only blank lines: no event */
		wstate_reset(r, w);
		return;
	}
	e = event_new_from(&w->src, w->first_origin);
	msg = e ? malloc(len + 1) : NULL;
	if (!msg) {
		event_free(e);
		oom(r);
		wstate_reset(r, w);
		return;
	}
	memcpy(msg, w->text.p, len);
	msg[len] = '\0';
	if (event_fill(e, w, msg, len)) {
		event_free(e);
		oom(r);
		wstate_reset(r, w);
		return;
	}
	wstate_reset(r, w);
	r->emit(r->ctx, e);
}

/* Emits what is pending as a cut piece; the record goes on in a new event. */
static void cut(struct reasm *r, struct wstate *w, const struct line *l)
{
	uint8_t state = w->state, lang = w->lang;
	bool strong = w->lang_strong, trace = w->trace;

	w->truncated = true;
	METRIC_ADD(truncated_events, 1);
	flush(r, w);
	w->state = state;
	w->lang = lang;
	w->lang_strong = strong;
	w->trace = trace;
	w->truncated = true;
	w->src = *l->src;
	w->src.file = w->path;
	w->first_ts = l->ts_ns;
	w->first_origin = l->origin;
}

static bool over_caps(const struct reasm *r, const struct wstate *w, size_t add, bool glue)
{
	const struct reasm_opts *o = &r->opts;
	size_t sep = glue ? 0 : w->blanks + 1;

	if (!w->lines)
		return false;
	if (o->max_lines && !glue && w->lines + w->blanks + 1 > o->max_lines)
		return true;
	return o->max_bytes && w->text.len + sep + add > o->max_bytes;
}

/* Appends a line (and the blank lines held before it) to the pending record; the rest of a
 * line that streams cut at its line cap is glued back without a line break. */
static void append(struct reasm *r, struct wstate *w, const struct line *l)
{
	bool glue = w->cut_line && w->lines;

	if (over_caps(r, w, l->len, glue)) {
		cut(r, w, l);
		w->blanks = 0;
		glue = false;
	}
	if (!w->lines) {
		w->src = *l->src;
		w->src.file = w->path;
		w->first_ts = l->ts_ns;
		w->first_origin = l->origin;
		w->first_mark = l->mark;
		pending_link(r, w);
	}
	if (w->lines && !glue && buf_reserve(&w->text, w->blanks + 1 + l->len) == 0) {
		memset(w->text.p + w->text.len, '\n', w->blanks + 1);
		w->text.len += w->blanks + 1;
		w->lines += w->blanks;
	}
	w->blanks = 0;
	if (buf_append(&w->text, l->text, l->len))
		oom(r);
	w->lines += !glue;
	text_charge(r, w);
	w->last_ts = l->ts_ns;
	w->gap_bytes += l->gap_bytes;
	w->binary |= !!(l->flags & LINE_BINARY);
	w->truncated |= !!(l->flags & LINE_TRUNCATED);
	w->cut_line = l->flags & LINE_CUT;
}

/* The line starts a record (the previous one has been emitted); its shape may vote. */
static void begin(struct reasm *r, struct wstate *w, const struct line *l, struct seen *sn)
{
	const struct rule *ru = rules_find(RS_NONE, &sn->v);
	bool sow = l->flags & LINE_SOW;
	unsigned lang;

	if (decide_votes(w, sow))
		shape_vote_start(&w->shape, decide_seen_key(sn));
	if (w->starts < UINT32_MAX)
		w->starts++;
	w->sow_hist = (uint16_t)(w->sow_hist << 1 | sow);
	w->start_class = decide_first_class(&sn->v);
	w->state = RS_LINE;
	append(r, w, l);
	if (!w->start_re && w->name_tries) {
		w->name_tries--;
		override_lookup(r, w, l->src);
	}
	if (!ru)
		return;
	decide_apply(w, ru);
	if (ru->act == ACT_ONE && sn->v.s[0] == '{' && (lang = rules_json_trace(&sn->v))) {
		w->lang = (uint8_t)lang;
		w->trace = true;
	}
	if (!w->start_re && (ru->act == ACT_ONE || ru->act == ACT_END))
		flush(r, w);
}

/* Raw mode, or no memory for a writer: the line is an event by itself. */
static void emit_single(struct reasm *r, const struct line *l)
{
	struct wstate *w = &r->raw;

	w->path = (char *)l->src->file; /* borrowed for the call */
	append(r, w, l);
	w->cut_line = false;
	flush(r, w);
	w->path = NULL;
}

/* Decides between continuing the pending record and starting a new one. */
static void classify(struct reasm *r, struct wstate *w, const struct line *l, struct seen *sn)
{
	const struct rule *ru;
	unsigned act;

	rules_view_init(&sn->v, sn->t, sn->n, (l->flags & LINE_SOW) && !decide_buffered(w));
	if (!sn->v.n) { /* blank: held until the next line says whether the record goes on */
		if (w->lines)
			w->blanks++;
		return;
	}
	if (w->lines) {
		ru = rules_find(w->state, &sn->v);
		act = decide_action(w, sn, ru, sn->v.sow);
		if (act == ACT_CONT || act == ACT_END) {
			append(r, w, l);
			if (ru)
				decide_apply(w, ru);
			if (act == ACT_END)
				flush(r, w);
			return;
		}
		flush(r, w);
	}
	begin(r, w, l, sn);
}

/* sn gets l's text without ANSI sequences; returns l, or (not --keep-ansi) plain with it. */
static const struct line *strip_ansi(struct reasm *r, const struct line *l, struct seen *sn,
				     struct line *plain)
{
	if (buf_reserve(&r->plain, l->len)) {
		oom(r);
		return l; /* matched with the escapes in: rules may miss, nothing is lost */
	}
	sn->n = r->plain.len = ansi_strip(r->plain.p, l->text, l->len);
	r->plain.p[sn->n] = '\0';
	sn->t = r->plain.p;
	if (r->opts.keep_ansi)
		return l;
	*plain = *l;
	plain->text = sn->t;
	plain->len = sn->n;
	return plain;
}

/* The pending record with the largest buffer, or NULL. */
static struct wstate *largest_pending(struct reasm *r)
{
	struct wstate *w, *big = NULL;

	for (w = r->pending.pnext; w != &r->pending; w = w->pnext) {
		if (!big || w->text.cap > big->text.cap)
			big = w;
	}
	return big;
}

/* Over max_memory: the largest pending records go out now, marked truncated (what
 * follows starts a new event), until a quarter of the budget is free again. */
static void enforce_budget(struct reasm *r)
{
	struct wstate *w;

	if (!r->opts.max_memory || r->mem <= r->opts.max_memory)
		return;
	while (r->mem > r->opts.max_memory / 4 * 3 && (w = largest_pending(r))) {
		w->truncated = true;
		METRIC_ADD(truncated_events, 1);
		METRIC_ADD(stream_memory_flushes, 1);
		flush(r, w);
		wstate_reset(r, w); /* flush did, unless nothing was there to emit */
		buf_free(&w->text);
		text_charge(r, w);
	}
}

static void reasm_line_in(struct reasm *r, const struct line *l);

void reasm_line(struct reasm *r, const struct line *l)
{
	reasm_line_in(r, l);
	enforce_budget(r);
}

static void reasm_line_in(struct reasm *r, const struct line *l)
{
	struct line plain;
	struct wstate *w;
	struct seen sn; /* filled below, not zeroed: 90 bytes a line */

	if (r->opts.single_line || !l->state) {
		emit_single(r, l);
		return;
	}
	w = wstate_get(r, l);
	if (!w) {
		oom(r);
		emit_single(r, l);
		return;
	}
	if (l->gap_bytes || (l->flags & LINE_BINARY) || w->binary)
		flush(r, w); /* lost bytes or binary data: never glue across */
	if (w->cut_line || w->doc_ref) {
		append(r, w, l);
		return;
	}
	if (l->flags & LINE_BINARY) {
		append(r, w, l);
		return;
	}
	sn.t = l->text;
	sn.n = l->len;
	sn.sow = l->flags & LINE_SOW;
	sn.keyed = false;
	if (ansi_has(l->text, l->len))
		l = strip_ansi(r, l, &sn, &plain);
	classify(r, w, l, &sn);
}

void reasm_writer_end(struct reasm *r, void **state)
{
	struct wstate *w = state ? *state : NULL;

	if (!w)
		return;
	flush(r, w);
	r->mem -= w->charged;
	wstate_free(w);
	*state = NULL;
}

void reasm_tick(struct reasm *r, uint64_t now_ns)
{
	struct wstate *w, *next;

	for (w = r->pending.pnext; w != &r->pending; w = next) {
		next = w->pnext;
		if ((now_ns > w->last_ts && now_ns - w->last_ts >= r->opts.idle_ns) ||
		    (r->opts.max_age_ns && now_ns > w->first_ts &&
		     now_ns - w->first_ts >= r->opts.max_age_ns))
			flush(r, w);
	}
}

void reasm_flush(struct reasm *r)
{
	struct wstate *w, *next;

	for (w = r->pending.pnext; w != &r->pending; w = next) {
		next = w->pnext;
		flush(r, w);
	}
}

uint64_t reasm_held_mark(const struct reasm *r)
{
	return r->pending.pnext != &r->pending ? r->pending.pnext->first_mark : UINT64_MAX;
}

size_t reasm_memory(const struct reasm *r)
{
	return r->mem;
}

void reasm_free(struct reasm *r)
{
	if (!r)
		return;
	while (r->head.next != &r->head)
		wstate_free(r->head.next);
	buf_free(&r->raw.text);
	buf_free(&r->plain);
	record_start_free(r->overrides);
	free(r);
}
