/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dirs.h - creating the directories the agent writes to (spool, recordings, state)
 * with their parents, as `mkdir -p` does, so a fresh host needs no preparation.
 */
#ifndef LOGTAP_DIRS_H
#define LOGTAP_DIRS_H

#include <sys/types.h>

/* Creates path and every missing parent with mode; an existing directory is fine.
 * 0 or -errno (ENOTDIR when a component is a file). */
int dirs_make(const char *path, mode_t mode);

#endif
