/* SPDX-License-Identifier: Apache-2.0 */
/*
 * files.h - file identity, the stage between capture and streams: which path a
 * (device, inode) has inside its writer's container and whether it is a log. It
 * learns paths from the kernel's PATH records (or /proc when one was lost), decides
 * with the path rules once per file, and hands the verdict back to capture together
 * with the writer (tgid, fd) that holds the file open.
 */
#ifndef LOGTAP_FILES_H
#define LOGTAP_FILES_H

#include <stdint.h>

#include "lt_abi.h"
#include "paths.h"

/* What files tells the kernel (through capture); both may be NULL (replay). */
struct files_cbs {
	/* Stores a verdict; tgid and fd name a writer that has the file open (read-back
	 * opens it through /proc/tgid/fd/fd), 0 when none is at hand. Returns the verdict
	 * actually stored (a log file may become LT_VERDICT_READ). */
	enum lt_verdict (*store)(void *ctx, uint32_t dev, uint64_t ino, uint32_t tgid,
				 uint32_t fd, enum lt_verdict v);
	/* Forgets a verdict (and the kept path): the file's next write brings its path
	 * again. */
	void (*forget)(void *ctx, uint32_t dev, uint64_t ino);
	/* Keeps a log file's path for the next agent, before its verdict is stored (NULL:
	 * none). -ENOSPC when full: files lets its oldest log file go and tries again. */
	int (*keep)(void *ctx, uint32_t dev, uint64_t ino, const char *path);
	void *ctx;
};

/* rules are borrowed and must outlive f; cbs is copied (NULL: none). NULL with errno. */
struct files *files_new(const struct paths_opts *rules, const struct files_cbs *cbs);
/* Learns the path of a PATH record (payload: the kernel's leaf-first components). */
void files_path_record(struct files *f, const struct lt_hdr *h, const char *payload);
/* The path of a DATA record's file, deciding its verdict first if it is new; NULL when
 * the file is not captured, when its path cannot be learned (counted; the kernel is
 * asked again) or on allocation failure (*err = -ENOMEM). The path is owned by f and
 * valid until the next call. */
const char *files_data_path(struct files *f, const struct lt_hdr *h, int *err);
/* A log file's path kept by an earlier agent (capture_kept_paths), before the first
 * record: the file is decided with today's rules, and its records resolve to it as they
 * would have for that agent. A file already known keeps what it has. */
void files_known(struct files *f, uint32_t dev, uint64_t ino, const char *path);
/* The rules changed (SIGHUP): every known file is decided again, and the verdicts that
 * changed are stored (with no writer at hand: a log file is copied until read-back
 * opens it on its next first write). */
void files_rules_changed(struct files *f);
/* The path known for a file, or NULL (tests, the summary). */
const char *files_path_of(struct files *f, uint32_t dev, uint64_t ino);
/* Accepts NULL. */
void files_free(struct files *f);

#endif
