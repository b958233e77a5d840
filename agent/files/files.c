// SPDX-License-Identifier: Apache-2.0
/*
 * files.c - path and verdict per device + inode. The table mirrors the kernel's verdict
 * LRU: when it grows past the same size it is cleared and paths are learned again (the
 * kernel resends a PATH record for a file it no longer has a verdict for).
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

#define FILES_BUCKETS 1024

struct file_entry {
	struct file_entry *hnext;
	uint32_t dev;
	uint64_t ino;
	enum lt_verdict verdict;
	char *path; /* owned; path inside the writer's container */
};

struct files {
	const struct paths_opts *rules;
	files_verdict_fn store;
	void *ctx;
	struct file_entry *tab[FILES_BUCKETS];
	size_t n;
};

struct files *files_new(const struct paths_opts *rules, files_verdict_fn store, void *ctx)
{
	struct files *f = calloc(1, sizeof(*f));

	if (!f)
		return NULL;
	f->rules = rules;
	f->store = store;
	f->ctx = ctx;
	return f;
}

static struct file_entry **find(struct files *f, uint32_t dev, uint64_t ino)
{
	struct file_entry **p = &f->tab[hash_bucket(hash_file(dev, ino), FILES_BUCKETS - 1)];

	while (*p && ((*p)->dev != dev || (*p)->ino != ino))
		p = &(*p)->hnext;
	return p;
}

static void clear(struct files *f)
{
	struct file_entry *e, *n;
	size_t i;

	for (i = 0; i < FILES_BUCKETS; i++) {
		for (e = f->tab[i]; e; e = n) {
			n = e->hnext;
			free(e->path);
			free(e);
		}
		f->tab[i] = NULL;
	}
	f->n = 0;
}

/* Records a file's path, decides its verdict and tells the kernel through store. */
static struct file_entry *learn(struct files *f, const struct lt_hdr *h, const char *path)
{
	struct file_entry **p = find(f, h->dev, h->ino), *e = *p;
	char *copy = strdup(path);
	enum lt_verdict v;

	if (!copy)
		return NULL;
	if (!e) {
		if (f->n > 4 * FILES_BUCKETS) {
			clear(f);
			p = find(f, h->dev, h->ino);
		}
		e = calloc(1, sizeof(*e));
		if (!e) {
			free(copy);
			return NULL;
		}
		e->dev = h->dev;
		e->ino = h->ino;
		*p = e;
		f->n++;
	}
	free(e->path);
	e->path = copy;
	v = paths_is_log(f->rules, path) ? LT_VERDICT_CAPTURE : LT_VERDICT_IGNORE;
	log_debug("files: %s %s", v == LT_VERDICT_CAPTURE ? "capturing" : "ignoring", path);
	e->verdict = f->store ? f->store(f->ctx, h->dev, h->ino, h->tgid, h->fd, v) : v;
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

/* A file whose PATH record was lost or predates us: ask /proc, decide once. */
static struct file_entry *resolve(struct files *f, const struct lt_hdr *h)
{
	char link[64], target[4096];
	ssize_t n;

	snprintf(link, sizeof(link), "/proc/%u/fd/%u", h->tgid, h->fd);
	n = readlink(link, target, sizeof(target) - 1);
	if (n <= 0)
		snprintf(target, sizeof(target), "unknown:%u:%llu", h->dev,
			 (unsigned long long)h->ino);
	else
		target[n] = '\0';
	return learn(f, h, target);
}

const char *files_data_path(struct files *f, const struct lt_hdr *h, int *err)
{
	struct file_entry *e = *find(f, h->dev, h->ino);

	*err = 0;
	if (!e)
		e = resolve(f, h);
	if (!e) {
		*err = -ENOMEM;
		return NULL;
	}
	return e->verdict == LT_VERDICT_IGNORE ? NULL : e->path;
}

void files_rules_changed(struct files *f)
{
	struct file_entry *e;
	enum lt_verdict v;
	size_t i, changed = 0;

	for (i = 0; i < FILES_BUCKETS; i++) {
		for (e = f->tab[i]; e; e = e->hnext) {
			v = paths_is_log(f->rules, e->path) ? LT_VERDICT_CAPTURE : LT_VERDICT_IGNORE;
			if ((v == LT_VERDICT_IGNORE) == (e->verdict == LT_VERDICT_IGNORE))
				continue;
			e->verdict = f->store ? f->store(f->ctx, e->dev, e->ino, 0, 0, v) : v;
			changed++;
		}
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
	clear(f);
	free(f);
}
