// SPDX-License-Identifier: Apache-2.0
/*
 * paths.c - the log file rules. Called once per file (the verdict is cached
 * in the kernel by device and inode), so clarity beats speed here.
 */
#include "paths.h"

#include <ctype.h>
#include <fnmatch.h>
#include <string.h>

/* Directory names whose files are logs. */
static const char *const log_dirs[] = { "log", "logs", "Logs" };
/* Never captured: compressed or archived files, whatever their directory. */
static const char *const compressed[] = {
	".gz", ".bz2", ".xz", ".zst", ".zip", ".lz4", ".lzma", ".7z", ".Z", ".tgz", ".br",
};

static const char *base_name(const char *path)
{
	const char *b = strrchr(path, '/');

	return b ? b + 1 : path;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

bool paths_glob_match(const char *glob, const char *path)
{
	if (!strchr(glob, '/'))
		return fnmatch(glob, base_name(path), 0) == 0;
	return fnmatch(glob, path, 0) == 0;
}

/* name.log, name.log.3, name_log */
static bool log_name(const char *name)
{
	const char *p = strstr(name, ".log");

	if (ends_with(name, ".log") || ends_with(name, "_log"))
		return true;
	while (p) {
		const char *d = p + 4;

		if (*d == '.' && isdigit((unsigned char)d[1])) {
			for (d++; isdigit((unsigned char)*d); d++)
				;
			if (!*d)
				return true;
		}
		p = strstr(p + 1, ".log");
	}
	return false;
}

/* Some directory of the path is named log, logs or Logs, or it is under /var/log. */
static bool in_log_dir(const char *path)
{
	const char *p = path, *slash;
	size_t i, n;

	if (!strncmp(path, "/var/log/", 9))
		return true;
	while ((slash = strchr(p, '/'))) {
		n = (size_t)(slash - p);
		for (i = 0; i < sizeof(log_dirs) / sizeof(log_dirs[0]); i++) {
			if (n == strlen(log_dirs[i]) && !strncmp(p, log_dirs[i], n))
				return true;
		}
		p = slash + 1;
	}
	return false;
}

static bool is_compressed(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(compressed) / sizeof(compressed[0]); i++) {
		if (ends_with(name, compressed[i]))
			return true;
	}
	return false;
}

bool paths_is_log(const struct paths_opts *o, const char *path)
{
	const char *name = base_name(path);
	size_t i;

	for (i = 0; i < o->nexcludes; i++) {
		if (paths_glob_match(o->excludes[i], path))
			return false;
	}
	for (i = 0; i < o->nincludes; i++) {
		if (paths_glob_match(o->includes[i], path))
			return true;
	}
	if (o->no_defaults || is_compressed(name))
		return false;
	return log_name(name) || in_log_dir(path);
}
