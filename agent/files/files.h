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

/* Stores a verdict for a file; tgid and fd name a writer that has it open (read-back
 * opens the file through /proc/tgid/fd/fd). Returns the verdict actually stored (a log
 * file may become LT_VERDICT_READ). */
typedef enum lt_verdict (*files_verdict_fn)(void *ctx, uint32_t dev, uint64_t ino, uint32_t tgid,
					    uint32_t fd, enum lt_verdict v);

/* rules are borrowed and must outlive f; store may be NULL (replay: no kernel to tell).
 * NULL with errno on failure. */
struct files *files_new(const struct paths_opts *rules, files_verdict_fn store, void *ctx);
/* Learns the path of a PATH record (payload: the kernel's leaf-first components). */
void files_path_record(struct files *f, const struct lt_hdr *h, const char *payload);
/* The path of a DATA record's file, deciding its verdict first if it is new; NULL when
 * the file is not captured (or on allocation failure: *err = -ENOMEM). The path is
 * owned by f and valid until the next call. */
const char *files_data_path(struct files *f, const struct lt_hdr *h, int *err);
/* The rules changed (SIGHUP): every known file is decided again, and the verdicts that
 * changed are stored (with no writer at hand: a log file is copied until read-back
 * opens it on its next first write). */
void files_rules_changed(struct files *f);
/* The path known for a file, or NULL (tests, the summary). */
const char *files_path_of(struct files *f, uint32_t dev, uint64_t ino);
/* Accepts NULL. */
void files_free(struct files *f);

#endif
