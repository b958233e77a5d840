// SPDX-License-Identifier: Apache-2.0
/*
 * streams.c - one byte stream per writer (process + file + stream kind).
 * Splits the captured chunks into lines, carrying partial lines across
 * writes, and tells reassembly where write() boundaries and gaps were.
 * Writers live in a hash table and an LRU list (oldest activity first).
 * Partial lines are the only memory that grows with input: each buffer shrinks
 * back once its line is out, and all of them together stay under max_memory.
 */
#include "streams.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/buf.h"
#include "lib/log.h"
#include "lib/swar.h"
#include "lib/hash.h"
#include "metrics/metrics.h"

/* A partial line buffer larger than this is freed once its line is out, so a writer
 * that once wrote a long line does not keep its capacity until it is evicted. */
#define STREAMS_KEEP_CAP 4096

struct writer {
	struct writer *hnext;	/* hash chain */
	struct writer *prev;	/* LRU list, least recently active first */
	struct writer *next;
	uint64_t hash;
	struct ev_source src;	/* identity and the latest writer details */
	char *file;		/* owned path, src.file points here */
	struct buf partial;	/* bytes of an unfinished line */
	size_t charged;		/* partial.cap as counted in streams.mem */
	uint64_t partial_ts;	/* realtime ns of the write that began it */
	uint32_t partial_flags; /* LINE_SOW when it began a write */
	uint64_t partial_origin; /* origin of its first byte */
	uint64_t partial_mark;	/* the capture poll that read its first byte */
	struct writer *held_prev; /* writers with a partial line, oldest mark first */
	struct writer *held_next;
	bool held;		/* on that list */
	const char *chunk;	/* the chunk being fed, and its offset in its write */
	uint64_t chunk_off;
	uint64_t gap;		/* bytes lost before the next line */
	uint64_t write_id;	/* write being received */
	uint64_t expect_off;	/* next expected offset inside it */
	uint64_t write_end;	/* its length; expect_off once its last chunk came */
	uint64_t last_ns;	/* realtime of the latest record */
	void *state;		/* the line consumer's slot */
};

struct streams {
	struct streams_opts opts;
	struct streams_cbs cbs;
	struct writer **wtab;	 /* buckets */
	size_t wmask;		 /* buckets - 1 */
	size_t nwriters;
	struct writer *lru_head; /* least recently active */
	struct writer *lru_tail;
	size_t mem;		 /* bytes allocated for partial lines, all writers */
	struct writer *held_head; /* writers with a partial line, oldest mark first */
	struct writer *held_tail;
	uint64_t mark;		 /* the capture poll of the records fed now */
};

static uint64_t writer_hash(uint32_t tgid, uint32_t dev, uint64_t ino, int stream)
{
	return hash_add(hash_file(dev, ino), (uint64_t)tgid << 8 | (uint64_t)stream);
}

struct streams *streams_new(const struct streams_opts *opts, const struct streams_cbs *cbs)
{
	struct streams *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->opts = *opts;
	s->cbs = *cbs;
	s->wmask = 1023;
	s->wtab = calloc(s->wmask + 1, sizeof(*s->wtab));
	if (!s->wtab) {
		streams_free(s);
		errno = ENOMEM;
		return NULL;
	}
	return s;
}

/* ---- writers ---- */

static void lru_unlink(struct streams *s, struct writer *w)
{
	if (w->prev)
		w->prev->next = w->next;
	else
		s->lru_head = w->next;
	if (w->next)
		w->next->prev = w->prev;
	else
		s->lru_tail = w->prev;
	w->prev = w->next = NULL;
}

static void lru_append(struct streams *s, struct writer *w)
{
	w->prev = s->lru_tail;
	w->next = NULL;
	if (s->lru_tail)
		s->lru_tail->next = w;
	else
		s->lru_head = w;
	s->lru_tail = w;
}

static int writers_grow(struct streams *s)
{
	size_t nmask = s->wmask * 2 + 1, i;
	struct writer **t = calloc(nmask + 1, sizeof(*t)), *w, *n;

	if (!t)
		return -ENOMEM;
	for (i = 0; i <= s->wmask; i++) {
		for (w = s->wtab[i]; w; w = n) {
			n = w->hnext;
			w->hnext = t[hash_bucket(w->hash, nmask)];
			t[hash_bucket(w->hash, nmask)] = w;
		}
	}
	free(s->wtab);
	s->wtab = t;
	s->wmask = nmask;
	return 0;
}

static struct writer *writer_get(struct streams *s, const struct lt_hdr *h, const char *path)
{
	uint64_t hash = writer_hash(h->tgid, h->dev, h->ino, h->stream);
	struct writer *w = s->wtab[hash_bucket(hash, s->wmask)];

	while (w && (w->hash != hash || w->src.tgid != h->tgid || w->src.dev != h->dev ||
		     w->src.ino != h->ino || w->src.stream != h->stream))
		w = w->hnext;
	if (w)
		return w;
	if (s->nwriters > s->wmask && writers_grow(s))
		return NULL;
	w = calloc(1, sizeof(*w));
	if (!w || !(w->file = strdup(path ? path : ""))) {
		free(w);
		return NULL;
	}
	w->hash = hash;
	w->src.tgid = h->tgid;
	w->src.dev = h->dev;
	w->src.ino = h->ino;
	w->src.stream = (enum lt_stream)h->stream;
	w->src.file = w->file;
	w->hnext = s->wtab[hash_bucket(hash, s->wmask)];
	s->wtab[hash_bucket(hash, s->wmask)] = w;
	s->nwriters++;
	lru_append(s, w);
	return w;
}

/* True when the bytes look binary: a NUL, or mostly control bytes. Words of eight
 * bytes without any byte below 0x20 (most of a text line) are skipped whole. */
static bool looks_binary(const char *p, size_t n)
{
	size_t ctl = 0, i = 0;

	while (i < n) {
		unsigned char c;

		if (i + 8 <= n && !swar_has_below(swar_load(p + i), 0x20)) {
			i += 8;
			continue;
		}
		c = (unsigned char)p[i++];
		if (c == 0)
			return true;
		if (c < 0x20 && c != '\t' && c != '\r' && c != '\x1b' && c != '\f' && c != '\v')
			ctl++;
	}
	return n >= 8 && ctl * 4 > n;
}

/* A partial line begins: w joins the writers holding one. It begins at the current
 * mark, which never goes back, so appending keeps that list in mark order. */
static void held_link(struct streams *s, struct writer *w)
{
	if (w->held)
		return;
	w->held = true;
	w->partial_mark = s->mark;
	w->held_prev = s->held_tail;
	w->held_next = NULL;
	if (s->held_tail)
		s->held_tail->held_next = w;
	else
		s->held_head = w;
	s->held_tail = w;
}

static void held_unlink(struct streams *s, struct writer *w)
{
	if (!w->held)
		return;
	if (w->held_prev)
		w->held_prev->held_next = w->held_next;
	else
		s->held_head = w->held_next;
	if (w->held_next)
		w->held_next->held_prev = w->held_prev;
	else
		s->held_tail = w->held_prev;
	w->held_prev = w->held_next = NULL;
	w->held = false;
}

/* Brings streams.mem (and its gauge) up to date with w's buffer. */
static void partial_charge(struct streams *s, struct writer *w)
{
	s->mem = s->mem - w->charged + w->partial.cap;
	w->charged = w->partial.cap;
	METRIC_SET(stream_memory_bytes, s->mem);
}

/* The partial line is out: empties it, and gives a large buffer back. */
static void partial_done(struct streams *s, struct writer *w)
{
	if (w->partial.cap > STREAMS_KEEP_CAP)
		buf_free(&w->partial);
	else
		buf_reset(&w->partial);
	w->partial_flags = 0;
	partial_charge(s, w);
	held_unlink(s, w);
}

/* Where the byte at p of the chunk being fed was written: its write and offset. */
static uint64_t origin_at(const struct writer *w, const char *p)
{
	return hash_add(hash_mix64(w->write_id), w->chunk_off + (uint64_t)(p - w->chunk)) | 1;
}

static void emit_line(struct streams *s, struct writer *w, const char *text, size_t len,
		      uint64_t ts, uint32_t flags)
{
	struct line l = {
		.origin = text == w->partial.p ? w->partial_origin : origin_at(w, text),
		.mark = text == w->partial.p ? w->partial_mark : s->mark,
		.src = &w->src,
		.state = &w->state,
		.ts_ns = ts,
		.text = text,
		.len = len,
		.flags = flags,
		.gap_bytes = w->gap,
	};

	if (!(flags & LINE_NOEOL) || s->opts.raw) {
		/* CRLF: the CR belongs to the line end */
		if (l.len && text[l.len - 1] == '\r')
			l.len--;
	}
	if (looks_binary(text, l.len))
		l.flags |= LINE_BINARY;
	w->gap = 0;
	s->cbs.line(s->cbs.ctx, &l);
}

/* Emits the partial line as is (idle, exit, gap or truncation). */
static void flush_partial(struct streams *s, struct writer *w, uint32_t flags)
{
	if (!w->partial.len)
		return;
	emit_line(s, w, w->partial.p, w->partial.len, w->partial_ts,
		  w->partial_flags | LINE_NOEOL | flags);
	partial_done(s, w);
}

static void writer_free(struct streams *s, struct writer *w)
{
	struct writer **pp = &s->wtab[hash_bucket(w->hash, s->wmask)];

	flush_partial(s, w, 0);
	if (s->cbs.writer_end)
		s->cbs.writer_end(s->cbs.ctx, &w->state);
	while (*pp != w)
		pp = &(*pp)->hnext;
	*pp = w->hnext;
	lru_unlink(s, w);
	held_unlink(s, w);
	s->nwriters--;
	buf_free(&w->partial);
	partial_charge(s, w);
	free(w->file);
	free(w);
}

/* Appends bytes to the partial line, cutting it at max_line. */
static void add_partial(struct streams *s, struct writer *w, const char *p, size_t n,
			uint64_t ts, bool sow)
{
	size_t room;

	while (n) {
		if (!w->partial.len) {
			w->partial_ts = ts;
			w->partial_flags = sow ? LINE_SOW : 0;
			w->partial_origin = origin_at(w, p);
			held_link(s, w);
		}
		room = s->opts.max_line > w->partial.len ? s->opts.max_line - w->partial.len : 0;
		if (room > n)
			room = n;
		if (room && buf_append(&w->partial, p, room)) {
			w->gap += n; /* out of memory: count the bytes as lost */
			if (!w->partial.len)
				held_unlink(s, w);
			return;
		}
		partial_charge(s, w);
		p += room;
		n -= room;
		if (w->partial.len >= s->opts.max_line) {
			emit_line(s, w, w->partial.p, w->partial.len, w->partial_ts,
				  w->partial_flags | LINE_CUT | LINE_NOEOL);
			partial_done(s, w);
		}
		sow = false;
	}
}

/* Splits a chunk into lines; last is 0, or the flags of a line that ends the write. */
static void feed_lines(struct streams *s, struct writer *w, const char *p, size_t n,
		       uint64_t ts, bool first, uint32_t last)
{
	const char *nl;
	bool sow = first;
	uint32_t flags;

	while (n && (nl = memchr(p, '\n', n))) {
		size_t len = (size_t)(nl - p);

		/* the line that ends the write carries LINE_EOW (and LINE_TRUNCATED) */
		flags = (last && len + 1 == n) ? last : 0;
		if (w->partial.len) {
			add_partial(s, w, p, len, ts, false);
			emit_line(s, w, w->partial.p, w->partial.len, w->partial_ts,
				  w->partial_flags | flags);
			partial_done(s, w);
		} else if (len > s->opts.max_line) {
			add_partial(s, w, p, len, ts, sow);
			flush_partial(s, w, flags);
		} else {
			emit_line(s, w, p, len, ts, flags | (sow ? LINE_SOW : 0));
		}
		sow = false;
		p = nl + 1;
		n -= len + 1;
	}
	if (n)
		add_partial(s, w, p, n, ts, sow);
}

/* Raw mode: the whole write is one line, newlines included; last as in feed_lines. */
static void feed_raw(struct streams *s, struct writer *w, const char *p, size_t n, uint64_t ts,
		     bool first, uint32_t last)
{
	if (first && w->partial.len)
		flush_partial(s, w, 0);
	if (!w->partial.len) {
		w->partial_ts = ts;
		w->partial_flags = LINE_SOW;
		w->partial_origin = origin_at(w, p);
		held_link(s, w);
	}
	if (buf_append(&w->partial, p, n))
		w->gap += n;
	if (!w->partial.len)
		held_unlink(s, w);
	partial_charge(s, w);
	if (last && w->partial.len) {
		size_t len = w->partial.len;

		if (w->partial.p[len - 1] == '\n')
			len--;
		emit_line(s, w, w->partial.p, len, w->partial_ts, LINE_SOW | last);
		partial_done(s, w);
	}
}

/* Accounts for chunks that never arrived (lost in the kernel). The bytes still due of
 * the write being received are write_end - expect_off. */
static void check_sequence(struct streams *s, struct writer *w, const struct lt_hdr *h)
{
	uint64_t missing = h->gap_bytes;

	if ((h->flags & LT_F_FIRST) || h->write_id != w->write_id) {
		/* the previous write never completed; a new one seen from the middle misses
		 * its start (a first chunk has offset 0) */
		missing += w->write_end - w->expect_off + h->offset;
		w->write_id = h->write_id;
		w->write_end = h->write_len;
	} else if (h->offset > w->expect_off) {
		missing += h->offset - w->expect_off;
	}
	w->expect_off = h->offset + h->len;
	if ((h->flags & LT_F_LAST) || w->write_end < w->expect_off)
		w->write_end = w->expect_off; /* truncated writes end here by design */
	if (missing) {
		flush_partial(s, w, LINE_TRUNCATED);
		w->gap += missing;
	}
}

/* The writer with the largest partial line, or NULL when none has one. */
static struct writer *largest_partial(struct streams *s)
{
	struct writer *w, *big = NULL;

	for (w = s->lru_head; w; w = w->next) {
		if (w->partial.len && (!big || w->partial.cap > big->partial.cap))
			big = w;
	}
	return big;
}

/* Over max_memory: the largest partial lines go out as they are, marked truncated
 * (their continuation becomes a line of its own), until a quarter is free again so
 * that the scan does not run for every record. */
static void enforce_budget(struct streams *s)
{
	struct writer *w;

	if (!s->opts.max_memory || s->mem <= s->opts.max_memory)
		return;
	while (s->mem > s->opts.max_memory / 4 * 3 && (w = largest_partial(s))) {
		flush_partial(s, w, LINE_TRUNCATED);
		buf_free(&w->partial);
		partial_charge(s, w);
		METRIC_ADD(stream_memory_flushes, 1);
	}
}

static int on_data(struct streams *s, const struct lt_hdr *h, const char *payload,
		   const char *path)
{
	struct writer *w;
	uint32_t last;

	w = writer_get(s, h, path);
	if (!w)
		return -ENOMEM;
	w->src.pid = h->pid;
	w->src.cgroup_id = h->cgroup_id;
	w->src.mntns = h->mntns;
	memcpy(w->src.comm, h->comm, sizeof(w->src.comm));
	w->src.comm[LT_COMM_LEN - 1] = '\0';
	w->last_ns = h->ts_ns;
	lru_unlink(s, w);
	lru_append(s, w);
	check_sequence(s, w, h);
	w->chunk = payload;
	w->chunk_off = h->offset;
	last = !(h->flags & LT_F_LAST) ? 0
	       : LINE_EOW | (h->flags & LT_F_TRUNCATED ? LINE_TRUNCATED : 0);
	if (s->opts.raw)
		feed_raw(s, w, payload, h->len, h->ts_ns, h->flags & LT_F_FIRST, last);
	else
		feed_lines(s, w, payload, h->len, h->ts_ns, h->flags & LT_F_FIRST, last);
	if (h->flags & LT_F_TRUNCATED)
		flush_partial(s, w, LINE_TRUNCATED);
	enforce_budget(s);
	return 0;
}

static void on_exit_rec(struct streams *s, uint32_t tgid)
{
	struct writer *w = s->lru_head, *n;

	for (; w; w = n) {
		n = w->next;
		if (w->src.tgid == tgid)
			writer_free(s, w);
	}
}

int streams_record(struct streams *s, const struct lt_hdr *h, const void *payload,
		   const char *path)
{
	switch (h->type) {
	case LT_REC_DATA:
		return on_data(s, h, payload, path);
	case LT_REC_EXIT:
		on_exit_rec(s, h->tgid);
		return 0;
	default:
		return 0;
	}
}

void streams_tick(struct streams *s, uint64_t now_ns)
{
	struct writer *w, *n;

	for (w = s->lru_head; w; w = n) {
		n = w->next;
		if (now_ns < w->last_ns + s->opts.idle_ns)
			break; /* the list is ordered by activity */
		if (now_ns >= w->last_ns + s->opts.evict_ns)
			writer_free(s, w);
		else
			flush_partial(s, w, 0);
	}
}

void streams_flush(struct streams *s)
{
	while (s->lru_head)
		writer_free(s, s->lru_head);
}

void streams_set_mark(struct streams *s, uint64_t mark)
{
	s->mark = mark;
}

uint64_t streams_held_mark(const struct streams *s)
{
	return s->held_head ? s->held_head->partial_mark : UINT64_MAX;
}

size_t streams_memory(const struct streams *s)
{
	return s->mem;
}

void streams_free(struct streams *s)
{
	if (!s)
		return;
	if (s->wtab)
		streams_flush(s);
	free(s->wtab);
	free(s);
}
