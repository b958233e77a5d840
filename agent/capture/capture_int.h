/* SPDX-License-Identifier: Apache-2.0 */
/*
 * capture_int.h - what capture.c (load, attach, drain) and capture_pin.c (pinning,
 * adoption, the upgrade handover, letting the ring go) share. Nothing else includes it.
 */
#ifndef LOGTAP_CAPTURE_INT_H
#define LOGTAP_CAPTURE_INT_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>

#include "capture.h"
#include "capture.skel.h"
#include "lib/log.h"
#include "readback.h"
#include "ring.h"
#include "rings.h"

#define CHECKPOINTS 256 /* ring positions waiting for the pipeline, one per poll */

/* A ring position read at t_ns; committable once the pipeline has settled every event
 * it had been handed by the end of the hold (sent, taken then). */
struct checkpoint {
	struct rings_pos pos;
	uint64_t t_ns;
	uint64_t mark; /* the poll that read up to pos */
	uint64_t sent; /* UINT64_MAX until the hold is over */
};

/* An older version's ring drained during an upgrade. */
struct old_ring {
	struct rings *rings; /* NULL when none */
	int fd, hot_fd;	     /* its large ring, and its hot ring (-1: a version without) */
	int paths_fd, ctrs_fd; /* its kept paths and containers (-1: a version without) */
	int cgroups_fd;	       /* its cgroup_paths (-1: a version without) */
	uint64_t salt;	   /* its write ids' instance */
	bool decode;	   /* its records have our layout */
	bool read_all;	   /* read to its end; unpinned once their events are safe */
	uint64_t done_mark; /* the poll that read its end */
	char dir[PATH_MAX];
};

struct capture {
	struct capture_bpf *skel;
	struct rings *rings;	  /* the hot ring and the large one */
	cap_record_fn fn;
	void *ctx;
	const char *hook;	  /* "tp_btf" or "raw_tp" */
	struct readback *readback; /* NULL with --copy-writes */
	uint64_t now_ns;	  /* monotonic, once per drain */
	uint64_t mark;		  /* number of the current drain (capture_mark) */
	uint64_t next_sweep_ns;
	uint64_t salt;		  /* folded into write ids: this program instance */
	char pin_dir[PATH_MAX];	  /* "" when not pinned */
	const char *pin_root;	  /* the pin directory (borrowed from the options) */
	struct cap_pin_info pin;
	struct old_ring old;
	struct cap_progress progress; /* no fns: commit what was read at once */
	struct checkpoint cps[CHECKPOINTS];
	size_t cp_head, cp_len;
	uint64_t settled_mark;	  /* the newest poll whose events are all safe */
	struct log_limit lim_full; /* "ring nearly full" messages */
	struct log_limit lim_flush; /* "cannot send the spans" messages */
	struct lt_file_key path_key; /* the file of the PATH record being handled */
	uint32_t path_born;	     /* and its count in the born map then */
	int pin_lock;		     /* flock on the pin root while pinned, else 0 */
	int flush_fd;		     /* link of the span flush iterator, or -1 (none) */
	uint64_t next_flush_ns, next_full_flush_ns;
};

/* capture.c */
uint64_t cap_ring_size(uint64_t want);
/* The skeleton with the knobs set; raw: the raw_tp programs; adopt: no programs (the
 * pinned ones run on); gen: the generation to run as. NULL with errno. */
struct capture_bpf *cap_open_skel(struct capture *c, const struct cap_opts *o, bool raw,
				  bool adopt, uint64_t gen);
int cap_load_and_attach(struct capture *c, const struct cap_opts *o, uint64_t gen);
int cap_on_old_sample(void *ctx, void *data, size_t size);
/* Runs the span flush iterator behind link_fd once (bpf/span.bpf.h). 0 or -errno. */
int cap_flush_spans(int link_fd);

/* capture_pin.c */
uint64_t cap_instance_salt(int link_fd, int prog_fd);
int cap_pin_links(struct capture *c, bool raw);
int cap_set_active(struct capture *c, uint64_t gen);
/* Adopts, hands over or pins anew under o->pin_dir. 0 or -errno. */
int cap_open_pinned(struct capture *c, const struct cap_opts *o);
/* Frees an older version's rings and closes their maps (none open: nothing). */
void cap_close_old(struct capture *c);
/* One step of draining an older version's rings (c->old.rings set). */
void cap_drain_old(struct capture *c);
/* The pipeline has been flushed: an older version read to its end is done with. */
void cap_flushed_old(struct capture *c);
/* Records this poll's read position and lets the ring go where the pipeline allows. */
void cap_commit(struct capture *c);

#endif
