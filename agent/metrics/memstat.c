// SPDX-License-Identifier: Apache-2.0
/*
 * memstat.c - resident memory of this process apart from the BPF ring buffer: sums
 * the Rss lines of /proc/self/smaps, those of mappings named anon_inode:bpf-map (the
 * ring and the skeleton's maps) apart. Called once a second, on the pipeline thread.
 */
#include "memstat.h"

#include <errno.h>
#include <malloc.h>
#include <stdbool.h>
#include <string.h>

/* A mapping's header line ("start-end perms offset dev inode [name]") begins with a
 * lower-case hex address; its field lines ("Rss:", "VmFlags:") with a capital. */
static bool header_line(const char *l)
{
	return (*l >= '0' && *l <= '9') || (*l >= 'a' && *l <= 'f');
}

int memstat_parse(FILE *f, struct memstat *out)
{
	char line[512];
	unsigned long long kb;
	bool bpf = false, any = false;

	*out = (struct memstat){ 0 };
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "Rss: %llu kB", &kb) == 1) {
			if (bpf)
				out->ring_rss += kb * 1024;
			else
				out->rss += kb * 1024;
			any = true;
		} else if (header_line(line)) {
			bpf = strstr(line, "anon_inode:bpf-map") != NULL;
		}
	}
	return any ? 0 : -EINVAL;
}

int memstat_self(struct memstat *out)
{
	FILE *f = fopen("/proc/self/smaps", "re");
	int err;

	if (!f)
		return -errno;
	err = memstat_parse(f, out);
	fclose(f);
	return err;
}

int memstat_self_trim(struct memstat *out, uint64_t trim_above)
{
	int err = memstat_self(out);

	if (err || out->rss <= trim_above)
		return err;
	malloc_trim(0);
	return memstat_self(out);
}
