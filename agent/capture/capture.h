/* SPDX-License-Identifier: Apache-2.0 */
/*
 * capture.h - the first stage: loads and attaches bpf/capture.bpf.c, drains
 * the ring buffer and hands each record (header + payload) on. The only file
 * that talks to libbpf.
 */
#ifndef LOGTAP_CAPTURE_STAGE_H
#define LOGTAP_CAPTURE_STAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_abi.h"

struct cap_opts {
	bool host;		/* capture host processes too */
	bool stdio;		/* capture stdout/stderr pipes and ttys */
	uint64_t max_write;	/* bytes copied per write */
	uint64_t ring_bytes;	/* ring buffer size (rounded up to a power of two) */
	const uint32_t *pids;	/* only these processes when npids > 0 */
	size_t npids;
	const char *hook;	/* "tp_btf", "raw_tp", or NULL/"auto": tp_btf, else raw_tp */
	bool copy_writes;	/* copy every write in the kernel, never read files back (the
				 * CLI's default; false is --read-back) */
	bool precise_time;	/* read the clock for every write, not once per tick */
	const char *pin_dir;	/* bpffs folder to pin in and adopt from; NULL: not pinned */
};

/* What a pinned capture found at start; zeros when not pinned. */
struct cap_pin_info {
	bool pinned;		  /* programs, maps and ring are pinned */
	bool adopted;		  /* taken over from an earlier agent of this version */
	uint64_t waiting_records; /* records in the ring at start (adopted or handed over) */
	uint64_t waiting_bytes;
	uint64_t handover_records; /* records drained from an older version's ring */
	uint64_t handover_gap_bytes; /* bytes of an older ring that could not be decoded */
	uint64_t adopt_ns;	  /* time from capture_open to attached or adopted */
	uint64_t early_releases;  /* times a nearly full ring was let go before the events
				   * of its records were acknowledged */
	uint64_t ring_spills;	  /* times the hot ring was full: records went to the large
				   * ring until the agent caught up */
};

/* Pipeline progress, for the ring's consumer position. Records are read in polls that
 * capture_mark numbers. Those of a poll are let go once two things hold: hold_ns has
 * passed and the pipeline's memory holds nothing from that poll or an earlier one
 * (held), and then every event handed to the output by that moment is settled
 * (acknowledged, spooled or counted as lost). sent and settled only grow; the fns run
 * on the capture thread. */
struct cap_progress {
	uint64_t (*sent)(void *ctx);	/* events handed to the output so far */
	uint64_t (*settled)(void *ctx); /* of those, settled so far */
	uint64_t (*held)(void *ctx);	/* the oldest mark held in memory, UINT64_MAX: none */
	void *ctx;
	uint64_t hold_ns;		/* the least time a record is kept after its poll */
};

/* Receives each record: h is a copy whose ts_ns is already realtime; payload has
 * h->len bytes and is borrowed for the call. Non-zero stops the poll. */
typedef int (*cap_record_fn)(void *ctx, const struct lt_hdr *h, const void *payload);

/* Loads and attaches the programs. NULL with errno and a logged reason on failure. */
struct capture *capture_open(const struct cap_opts *opts, cap_record_fn fn, void *ctx);
/* Waits up to timeout_ms, then drains the ring. Records handled, or -errno. */
int capture_poll(struct capture *c, int timeout_ms);
/* Tells the kernel what to do with writes to a file; tgid and fd name a writer holding it
 * open, through which a log file is opened for read-back (then the verdict is READ).
 * Returns the verdict stored, v itself when the map update failed (logged at debug). */
enum lt_verdict capture_set_verdict(struct capture *c, uint32_t dev, uint64_t ino, uint32_t tgid,
				    uint32_t fd, enum lt_verdict v);
/* Forgets a file's verdict: its next write counts as the first (its path is sent again). */
void capture_forget_verdict(struct capture *c, uint32_t dev, uint64_t ino);
/* Keeps a log file's path with the pinned capture, for a later agent that meets records
 * of the file without a PATH record (its path went by before that agent started). A
 * forgotten or ignored file's kept path goes with its verdict. 0 (also when not
 * pinned), -ENOSPC when the kept paths are full (let an older one go, then try again),
 * or -errno. */
int capture_keep_path(struct capture *c, uint32_t dev, uint64_t ino, const char *path);
/* Hands each path an earlier agent kept (adopted), or the version handed over from kept,
 * to fn; call it before the first poll. Returns how many. */
typedef void (*cap_path_fn)(void *ctx, uint32_t dev, uint64_t ino, const char *path);
size_t capture_kept_paths(struct capture *c, cap_path_fn fn, void *ctx);
/* Keeps the container of a cgroup id with the pinned capture, for a later agent that
 * reads records of the container after it exited (capture_kept_ctr); nothing when not
 * pinned. */
void capture_keep_ctr(struct capture *c, uint64_t cgid, const struct lt_kept_ctr *k);
/* The container kept for cgid by this agent or an earlier one (or the version handed
 * over from); false when none. */
bool capture_kept_ctr(struct capture *c, uint64_t cgid, struct lt_kept_ctr *out);
/* The path of cgroup v2 cgid as the kernel named it when it was made while the capture
 * was pinned (or the version handed over from's was): for a container that began and
 * ended while no agent ran. false when none is known. */
bool capture_cgroup_path(struct capture *c, uint64_t cgid, char *out, size_t n);
/* Tries a map operation the running agent does (a verdict delete): 0 when the kernel
 * allows it with the capabilities this thread has now, else -errno (-EPERM). */
int capture_map_probe(struct capture *c);
/* Sums the per-CPU counters; bytes and truncated_bytes include what was read back. */
void capture_stats(struct capture *c, struct lt_stats *out);
/* Sends the read-back spans that writers keep in the kernel for their next writes
 * (bpf/span.bpf.h): before the last drain of a capture that is not pinned. */
void capture_flush_spans(struct capture *c);
/* What was read back from the page cache (zeros with --copy-writes). */
struct readback_stats;
void capture_readback_stats(struct capture *c, struct readback_stats *out);
/* "tp_btf" or "raw_tp": which sys_exit hook is attached. */
const char *capture_hook(const struct capture *c);
/* Sets how far the ring may be let go (pinned rings); without it, at once. */
void capture_set_progress(struct capture *c, const struct cap_progress *p);
/* The number of the poll whose records are being handed out now; it only grows. */
uint64_t capture_mark(const struct capture *c);
/* Lets the kernel reuse everything read so far: the pipeline has been flushed. */
void capture_commit_all(struct capture *c);
void capture_pin_info(const struct capture *c, struct cap_pin_info *out);
/* Bytes the rings hold now (read but not let go, and unread), hot and large together. */
uint64_t capture_ring_held(const struct capture *c);
/* Bytes the rings can hold. */
uint64_t capture_ring_capacity(const struct capture *c);
/* Detaches and frees; a pinned capture stays attached and keeps capturing. Accepts NULL. */
void capture_close(struct capture *c);
/* Removes every pinned capture under pin_dir (uninstall): its programs detach. Number
 * of versions removed, or -errno. */
int capture_unpin(const char *pin_dir);

/* What `logtap check` says of a pin root: whether it (or its nearest existing parent)
 * lies on a bpffs, the pinned folders in it and whether an agent owns them now. */
struct cap_pin_report {
	bool on_bpffs;
	int folders;	 /* pinned capture folders (v<abi>-<hash>) */
	char names[512]; /* their names, comma-separated */
	bool owned;	 /* an agent holds the root's lock */
};
void capture_pin_report(const char *pin_dir, struct cap_pin_report *r);
/* Realtime ns for a bpf_ktime_get_boot_ns() stamp. */
uint64_t capture_boot_to_real(uint64_t boot_ns);

#endif
