// SPDX-License-Identifier: Apache-2.0
/*
 * test_memstat.c - the agent's RSS apart from the ring buffer: Rss of BPF map
 * mappings (anon_inode:bpf-map) counted apart from all others, on smaps text and on
 * this process's own /proc/self/smaps.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics/memstat.h"
#include "test.h"

static const char smaps[] =
	"55d0c0000000-55d0c0021000 r--p 00000000 fe:00 1234                       /usr/bin/logtap\n"
	"Size:                132 kB\n"
	"Rss:                 128 kB\n"
	"Pss:                 128 kB\n"
	"VmFlags: rd mr mw me sd\n"
	"7f70df9ff000-7f70e7a00000 r--s 00001000 00:10 26                         anon_inode:bpf-map\n"
	"Size:             131076 kB\n"
	"Rss:              131076 kB\n"
	"VmFlags: rd sh mr mw me ms sd\n"
	"7f70e8000000-7f70e8100000 rw-p 00000000 00:00 0 \n"
	"Size:               1024 kB\n"
	"Rss:                 512 kB\n"
	"VmFlags: rd wr mr mw me ac sd\n"
	"7f70e8338000-7f70e8339000 rw-s 00000000 00:10 26                         anon_inode:bpf-map\n"
	"Rss:                   4 kB\n"
	"7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0                          [stack]\n"
	"Rss:                  16 kB\n";

TEST(bpf_map_mappings_are_counted_apart)
{
	FILE *f = fmemopen((void *)smaps, sizeof(smaps) - 1, "r");
	struct memstat ms;

	CHECK(f != NULL);
	CHECK(memstat_parse(f, &ms) == 0);
	fclose(f);
	CHECK(ms.rss == (128 + 512 + 16) * 1024ull);
	CHECK(ms.ring_rss == (131076 + 4) * 1024ull);
}

TEST(text_without_rss_is_refused)
{
	static const char junk[] = "no smaps here\n";
	FILE *f = fmemopen((void *)junk, sizeof(junk) - 1, "r");
	struct memstat ms;

	CHECK(f != NULL);
	CHECK(memstat_parse(f, &ms) < 0);
	fclose(f);
}

TEST(own_rss_grows_with_touched_memory)
{
	struct memstat before, after;
	size_t n = 8 << 20;
	char *p;

	CHECK(memstat_self(&before) == 0);
	CHECK(before.rss > 0);
	p = malloc(n);
	CHECK(p != NULL);
	memset(p, 1, n);
	CHECK(memstat_self(&after) == 0);
	CHECK(after.rss >= before.rss + n / 2);
	CHECK(after.ring_rss == 0); /* no BPF map is mapped here */
	free(p);
}

TEST(sample_between_smaps_reads_follows_statm)
{
	struct memstat first, later;
	size_t n = 8 << 20;
	char *p;

	CHECK(memstat_sample(&first, 1, UINT64_MAX) == 0); /* smaps */
	p = malloc(n);
	CHECK(p != NULL);
	memset(p, 1, n);
	CHECK(memstat_sample(&later, 2, UINT64_MAX) == 0); /* statm less the maps' share */
	CHECK(later.rss >= first.rss + n / 2);
	CHECK(later.ring_rss == first.ring_rss);
	free(p);
}

int main(void)
{
	RUN(bpf_map_mappings_are_counted_apart);
	RUN(text_without_rss_is_refused);
	RUN(own_rss_grows_with_touched_memory);
	RUN(sample_between_smaps_reads_follows_statm);
	TEST_END();
}
