// SPDX-License-Identifier: Apache-2.0
/*
 * dirs.c - `mkdir -p` for the agent's own directories.
 */
#include "dirs.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* mkdir that accepts an existing directory (and only a directory). */
static int make_one(const char *path, mode_t mode)
{
	struct stat st;

	if (!mkdir(path, mode))
		return 0;
	if (errno != EEXIST)
		return -errno;
	if (stat(path, &st))
		return -errno;
	return S_ISDIR(st.st_mode) ? 0 : -ENOTDIR;
}

int dirs_make(const char *path, mode_t mode)
{
	char p[PATH_MAX];
	char *s;
	int err;

	if (!*path || snprintf(p, sizeof(p), "%s", path) >= (int)sizeof(p))
		return -ENAMETOOLONG;
	for (s = p + 1; *s; s++) {
		if (*s != '/' || s[-1] == '/')
			continue;
		*s = '\0';
		err = make_one(p, 0755);
		*s = '/';
		if (err)
			return err;
	}
	return make_one(p, mode);
}
