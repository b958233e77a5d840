/* SPDX-License-Identifier: Apache-2.0 */
/*
 * memstat.h - the agent's resident memory apart from the BPF ring buffer: the ring
 * (and the small BPF maps libbpf maps into the process) are kernel pages mapped into
 * the agent, counted in its RSS but not grown by it. Read from /proc/self/smaps by
 * update_metrics once a second; shown as logtap_rss_bytes and in the capture summary.
 */
#ifndef LOGTAP_MEMSTAT_H
#define LOGTAP_MEMSTAT_H

#include <stdint.h>
#include <stdio.h>

struct memstat {
	uint64_t rss;	   /* resident bytes without the BPF map mappings */
	uint64_t ring_rss; /* resident bytes of the BPF map mappings (the ring buffer) */
};

/* Reads smaps text (the format of /proc/PID/smaps) from f. 0 or -EINVAL when it has
 * no Rss line. */
int memstat_parse(FILE *f, struct memstat *out);
/* The figures of this process from /proc/self/smaps. 0 or -errno. */
int memstat_self(struct memstat *out);
#define MEMSTAT_SMAPS_NS (60ull * 1000 * 1000 * 1000) /* smaps read again after this */

/* As memstat_self, cheaply: smaps at the first call and every MEMSTAT_SMAPS_NS of
 * now_ns (monotonic), /proc/self/statm less the maps' share in between. When rss is
 * above trim_above, first hands the allocator's free pages back to the kernel
 * (malloc_trim) and reads again: a burst (events waiting for container metadata)
 * otherwise leaves its peak in the RSS for good. Pipeline thread only. */
int memstat_sample(struct memstat *out, uint64_t now_ns, uint64_t trim_above);

#endif
