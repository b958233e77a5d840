// SPDX-License-Identifier: Apache-2.0
/*
 * memstat.c - resident memory of this process apart from the BPF ring buffer: sums
 * the Rss lines of /proc/self/smaps, those of mappings named anon_inode:bpf-map (the
 * ring and the skeleton's maps) apart. Called once a second, on the pipeline thread:
 * smaps walks every page-table entry (some ms for a 128 MB ring), so it is read once a
 * minute and the RSS in between is statm's counter less the maps' share.
 */
#include "memstat.h"

#include <errno.h>
#include <malloc.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

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

/* statm's resident bytes: kept by the kernel as counters, no page-table walk. */
static int statm_resident(uint64_t *bytes)
{
	FILE *f = fopen("/proc/self/statm", "re");
	unsigned long long size, pages;
	int n;

	if (!f)
		return -errno;
	n = fscanf(f, "%llu %llu", &size, &pages);
	fclose(f);
	if (n != 2)
		return -EINVAL;
	*bytes = pages * (uint64_t)sysconf(_SC_PAGESIZE);
	return 0;
}

/* The BPF maps' share of the RSS from the latest smaps read (pipeline thread only). */
static struct {
	bool valid;
	uint64_t at_ns, ring_rss;
} cache;

static int sample(struct memstat *out, uint64_t now_ns)
{
	uint64_t res = 0;
	int err;

	if (!cache.valid || now_ns - cache.at_ns >= MEMSTAT_SMAPS_NS) {
		err = memstat_self(out);
		if (!err) {
			cache.valid = true;
			cache.at_ns = now_ns;
			cache.ring_rss = out->ring_rss;
		}
		return err;
	}
	err = statm_resident(&res);
	if (err)
		return err;
	out->ring_rss = cache.ring_rss;
	out->rss = res > cache.ring_rss ? res - cache.ring_rss : 0;
	return 0;
}

int memstat_sample(struct memstat *out, uint64_t now_ns, uint64_t trim_above)
{
	int err = sample(out, now_ns);

	if (err || out->rss <= trim_above)
		return err;
	malloc_trim(0);
	return sample(out, now_ns);
}
