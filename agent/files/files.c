// SPDX-License-Identifier: Apache-2.0
/*
 * files.c - path and verdict per device + inode. Log files are kept as long as the
 * kernel may send their bytes without a new PATH record: when one must go (more than
 * LOGS_MAX), its kernel verdict is forgotten too, so its next write brings the path
 * again. Non-log files are a bounded negative cache of their own: forgetting one costs
 * nothing, the kernel keeps ignoring it. A file whose path cannot be learned is never
 * taken for a non-log file: its bytes are counted as unresolved and the kernel asked
 * to send the path again. A file first written by logrotate holds copies (copytruncate's
 * app.log.1): its records were captured when the application wrote them, so it is ignored.
 * A log file's path is also kept with the pinned capture (cbs.keep): the next agent may
 * read records of the file whose PATH record it never saw, after its writers are gone.
 */
#include "files.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/buf.h"
#include "lib/hash.h"
#include "lib/log.h"
#include "metrics/metrics.h"

#define FILES_BUCKETS 65536
#define LOGS_MAX      131072 /* twice the kernel's verdict LRU */
#define IGNORED_MAX   65536
#define DELETED       " (deleted)"

struct file_entry {
	struct file_entry *hnext;	/* hash chain */
	struct file_entry *prev, *next; /* LRU list of its kind, oldest first */
	uint32_t dev;
	uint64_t ino;
	enum lt_verdict verdict;
	char *path; /* owned; path inside the writer's container */
	bool copy;  /* first written by a log rotator: never a log, whatever the rules say */
};

struct lru {
	struct file_entry *head, *tail;
	size_t n;
};

struct files {
	const struct paths_opts *rules;
	const struct files_cbs cbs;
	struct file_entry *tab[FILES_BUCKETS];
	struct lru logs;    /* capture and read verdicts */
	struct lru ignored; /* the negative cache */
	struct log_limit lim;
	struct log_limit lim_keep;
};

struct files *files_new(const struct paths_opts *rules, const struct files_cbs *cbs)
{
	struct files *f = calloc(1, sizeof(*f));

	if (!f)
		return NULL;
	f->rules = rules;
	if (cbs)
		memcpy((void *)&f->cbs, cbs, sizeof(*cbs));
	return f;
}

static struct file_entry **find(struct files *f, uint32_t dev, uint64_t ino)
{
	struct file_entry **p = &f->tab[hash_bucket(hash_file(dev, ino), FILES_BUCKETS - 1)];

	while (*p && ((*p)->dev != dev || (*p)->ino != ino))
		p = &(*p)->hnext;
	return p;
}

static struct lru *lru_of(struct files *f, const struct file_entry *e)
{
	return e->verdict == LT_VERDICT_IGNORE ? &f->ignored : &f->logs;
}

static void lru_unlink(struct lru *l, struct file_entry *e)
{
	*(e->prev ? &e->prev->next : &l->head) = e->next;
	*(e->next ? &e->next->prev : &l->tail) = e->prev;
	e->prev = e->next = NULL;
	l->n--;
}

static void lru_append(struct lru *l, struct file_entry *e)
{
	e->prev = l->tail;
	e->next = NULL;
	*(l->tail ? &l->tail->next : &l->head) = e;
	l->tail = e;
	l->n++;
}

/* Unlinks e from the table and its list and frees it. */
static void drop(struct files *f, struct file_entry *e)
{
	struct file_entry **p = find(f, e->dev, e->ino);

	*p = e->hnext;
	lru_unlink(lru_of(f, e), e);
	free(e->path);
	free(e);
}

/* Lets the oldest log file go; it leaves the kernel's verdicts (and its kept path)
 * with it. */
static void drop_oldest_log(struct files *f)
{
	struct file_entry *e = f->logs.head;

	if (f->cbs.forget)
		f->cbs.forget(f->cbs.ctx, e->dev, e->ino);
	drop(f, e);
}

/* Keeps each list under its bound. */
static void trim(struct files *f)
{
	while (f->ignored.n > IGNORED_MAX)
		drop(f, f->ignored.head);
	while (f->logs.n > LOGS_MAX)
		drop_oldest_log(f);
}

/* Keeps a log file's path for the next agent; when the kept paths are full, the
 * oldest log file goes, as in trim, to make room. */
static void keep(struct files *f, const struct file_entry *e)
{
	int err;

	if (!f->cbs.keep)
		return;
	while ((err = f->cbs.keep(f->cbs.ctx, e->dev, e->ino, e->path)) == -ENOSPC &&
	       f->logs.head)
		drop_oldest_log(f);
	if (err && log_allow(&f->lim_keep, 10))
		log_warn("files: the path of %s is not kept for the next agent: %s", e->path,
			 strerror(-err));
}

/* Whether the first writer of a file is a log rotator making a copy. */
static bool rotator_copy(const struct lt_hdr *h)
{
	return !strncmp(h->comm, "logrotate", sizeof(h->comm));
}

/* The verdict of a file by its path and first writer. */
static enum lt_verdict decide(const struct files *f, const struct file_entry *e)
{
	return !e->copy && paths_is_log(f->rules, e->path) ? LT_VERDICT_CAPTURE
							     : LT_VERDICT_IGNORE;
}

/* Records a file's path, decides its verdict and tells the kernel through store. */
static struct file_entry *learn(struct files *f, const struct lt_hdr *h, const char *path)
{
	struct file_entry **p = find(f, h->dev, h->ino), *e = *p;
	enum lt_verdict v;
	char *copy = strdup(path);

	if (!copy)
		return NULL;
	if (!e) {
		e = calloc(1, sizeof(*e));
		if (!e) {
			free(copy);
			return NULL;
		}
		e->dev = h->dev;
		e->ino = h->ino;
		*p = e;
	} else {
		lru_unlink(lru_of(f, e), e);
	}
	free(e->path);
	e->path = copy;
	e->copy = rotator_copy(h);
	v = decide(f, e);
	log_debug("files: %s %s%s", v == LT_VERDICT_CAPTURE ? "capturing" : "ignoring", path,
		  e->copy ? " (a copy by logrotate)" : "");
	if (v != LT_VERDICT_IGNORE)
		keep(f, e);
	e->verdict = f->cbs.store ? f->cbs.store(f->cbs.ctx, h->dev, h->ino, h->tgid, h->fd, v)
				  : v;
	lru_append(lru_of(f, e), e);
	trim(f);
	return e;
}

/* Builds "/a/b/c" from the kernel's leaf-first, NUL-separated components. */
static int path_from_components(const char *p, size_t n, struct buf *out)
{
	size_t end = n, start;

	while (end > 0 && p[end - 1] == '\0')
		end--;
	if (end == 0)
		return buf_append(out, "/", 1);
	/* walk components from the last (the top directory) to the first (the leaf) */
	while (end > 0) {
		start = end;
		while (start > 0 && p[start - 1] != '\0')
			start--;
		if (buf_putc(out, '/') || buf_append(out, p + start, end - start))
			return -ENOMEM;
		end = start ? start - 1 : 0;
	}
	return 0;
}

void files_path_record(struct files *f, const struct lt_hdr *h, const char *payload)
{
	struct buf path = { 0 };

	if (path_from_components(payload, h->len, &path) == 0)
		learn(f, h, path.p);
	buf_free(&path);
}

/* A file whose PATH record was lost or predates us: its writer's fd names it. When
 * the writer is gone there is no way to tell a log from a temporary file: the bytes
 * are counted, and the kernel is asked for the path again with the next write. */
static struct file_entry *resolve(struct files *f, const struct lt_hdr *h, int *err)
{
	char link[64], target[4096];
	ssize_t n;
	struct file_entry *e;

	snprintf(link, sizeof(link), "/proc/%u/fd/%u", h->tgid, h->fd);
	n = readlink(link, target, sizeof(target) - 1);
	if (n > 0 && target[0] == '/') {
		/* a deleted file's link says so after its path */
		if ((size_t)n > sizeof(DELETED) - 1 &&
		    !memcmp(target + n - (sizeof(DELETED) - 1), DELETED, sizeof(DELETED) - 1))
			n -= (ssize_t)sizeof(DELETED) - 1;
		target[n] = '\0';
		e = learn(f, h, target);
		*err = e ? 0 : -ENOMEM;
		return e;
	}
	METRIC_ADD(unresolved_records, 1);
	METRIC_ADD(unresolved_bytes, h->len);
	if (log_allow(&f->lim, 10))
		log_warn("files: the path of %u:%llu is unknown (its writer %u is gone); %u bytes "
			 "counted in logtap_unresolved_bytes_total, the path is asked for again",
			 h->dev, (unsigned long long)h->ino, h->tgid, h->len);
	if (f->cbs.forget)
		f->cbs.forget(f->cbs.ctx, h->dev, h->ino);
	return NULL;
}

const char *files_data_path(struct files *f, const struct lt_hdr *h, int *err)
{
	struct file_entry *e = *find(f, h->dev, h->ino);

	*err = 0;
	if (e) {
		lru_unlink(lru_of(f, e), e); /* most recently used last */
		lru_append(lru_of(f, e), e);
	} else {
		e = resolve(f, h, err);
	}
	return !e || e->verdict == LT_VERDICT_IGNORE ? NULL : e->path;
}

void files_known(struct files *f, uint32_t dev, uint64_t ino, const char *path)
{
	struct file_entry **p = find(f, dev, ino), *e;

	if (*p)
		return;
	e = calloc(1, sizeof(*e));
	if (!e || !(e->path = strdup(path))) {
		free(e);
		return;
	}
	e->dev = dev;
	e->ino = ino;
	*p = e;
	e->verdict = decide(f, e);
	/* not a log by today's rules: tell the kernel, which also drops the kept path */
	if (e->verdict == LT_VERDICT_IGNORE && f->cbs.store)
		e->verdict = f->cbs.store(f->cbs.ctx, dev, ino, 0, 0, LT_VERDICT_IGNORE);
	lru_append(lru_of(f, e), e);
	trim(f);
}

void files_rules_changed(struct files *f)
{
	struct file_entry *e, *n, *all = NULL;
	enum lt_verdict v;
	size_t changed = 0;

	/* collect first: a changed verdict moves the entry to the other list */
	while (f->logs.head || f->ignored.head) {
		e = f->logs.head ? f->logs.head : f->ignored.head;
		lru_unlink(lru_of(f, e), e);
		e->next = all;
		all = e;
	}
	for (e = all; e; e = n) {
		n = e->next;
		v = decide(f, e);
		if ((v == LT_VERDICT_IGNORE) != (e->verdict == LT_VERDICT_IGNORE)) {
			if (v != LT_VERDICT_IGNORE)
				keep(f, e);
			e->verdict = f->cbs.store ? f->cbs.store(f->cbs.ctx, e->dev, e->ino, 0, 0, v)
						  : v;
			changed++;
		}
		lru_append(lru_of(f, e), e);
	}
	log_info("files: the new path rules changed the verdict of %zu known files", changed);
}

const char *files_path_of(struct files *f, uint32_t dev, uint64_t ino)
{
	struct file_entry *e = *find(f, dev, ino);

	return e ? e->path : NULL;
}

void files_free(struct files *f)
{
	if (!f)
		return;
	while (f->logs.head)
		drop(f, f->logs.head);
	while (f->ignored.head)
		drop(f, f->ignored.head);
	free(f);
}
