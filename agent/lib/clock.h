/* SPDX-License-Identifier: Apache-2.0 */
/*
 * clock.h - the one clock helper every stage uses: nanoseconds of a POSIX clock.
 * Monotonic for deadlines and ages, realtime for event times, boottime to turn the
 * kernel's bpf_ktime_get_boot_ns() stamps into wall time.
 */
#ifndef LOGTAP_CLOCK_H
#define LOGTAP_CLOCK_H

#include <stdint.h>
#include <time.h>

#define NS_PER_SEC 1000000000ull
#define NS_PER_MS 1000000ull

static inline uint64_t clock_ns(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (uint64_t)ts.tv_sec * NS_PER_SEC + (uint64_t)ts.tv_nsec;
}

static inline uint64_t clock_mono_ns(void)
{
	return clock_ns(CLOCK_MONOTONIC);
}

static inline uint64_t clock_real_ns(void)
{
	return clock_ns(CLOCK_REALTIME);
}

#endif
