// SPDX-License-Identifier: Apache-2.0
/*
 * pinned.c - the agent's side of the pinned capture (capture/capture.h): where it is
 * pinned, how far the ring may be let go (ship's progress), its metrics, and
 * `agent --unpin`. Shared by main.c; nothing here runs per event.
 */
#include <errno.h>
#include <string.h>

#include "app.h"
#include "capture/capture.h"
#include "enrich/cgroup.h"
#include "enrich/enrich.h"
#include "files/files.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/str.h"
#include "metrics/metrics.h"
#include "reassemble/reassemble.h"
#include "ship/ship.h"
#include "streams/streams.h"

/* Pipeline progress for the pinned ring: events handed to ship and still unsettled. */
static uint64_t progress_sent(void *ctx)
{
	struct app *a = ctx;
	uint64_t handed, outstanding;

	if (!a->ship)
		return a->events;
	ship_progress(a->ship, &handed, &outstanding);
	return handed;
}

static uint64_t progress_settled(void *ctx)
{
	struct app *a = ctx;
	uint64_t handed, outstanding;

	if (!a->ship)
		return a->events;
	ship_progress(a->ship, &handed, &outstanding);
	return handed > outstanding ? handed - outstanding : 0;
}

/* The oldest capture poll whose bytes a stage still holds in memory: a partial line, a
 * pending record, an event waiting for its container. */
static uint64_t progress_held(void *ctx)
{
	struct app *a = ctx;
	uint64_t m = streams_held_mark(a->streams), r = reasm_held_mark(a->reasm),
		 e = a->enrich ? enrich_held_mark(a->enrich) : UINT64_MAX;

	return m < r ? (m < e ? m : e) : (r < e ? r : e);
}

/* A full JetStream window may hold the pipeline while the kernel ring, which takes the
 * writers meanwhile, is less than half full. */
static bool ring_has_room(void *ctx)
{
	struct app *a = ctx;

	return a->cap && capture_ring_held(a->cap) < capture_ring_capacity(a->cap) / 2;
}

void app_ship_new(struct app *a)
{
	a->ship = ship_new(&a->o.ship, &a->o.nats, a->o.hostname);
	if (a->ship)
		ship_set_may_wait(a->ship, ring_has_room, a);
}

/* The agent pins (capture sessions never do): "" or "none" turns it off. */
const char *app_pin_dir(const struct lt_options *o)
{
	if (o->mode != MODE_AGENT || !o->bpf_pin_dir || !*o->bpf_pin_dir ||
	    !strcmp(o->bpf_pin_dir, "none"))
		return NULL;
	return o->bpf_pin_dir;
}

static void on_kept(void *ctx, uint32_t dev, uint64_t ino, const char *path)
{
	struct app *a = ctx;

	files_known(a->files, dev, ino, path);
}

/* What a pinned start found, in metrics (the log line is capture's), the log files an
 * earlier agent knew, and how far the ring may be let go: events settled by ship,
 * checked after the pipeline's hold. Before the first poll. */
void app_pin_start(struct app *a)
{
	struct cap_pin_info pi;
	size_t n;

	capture_pin_info(a->cap, &pi);
	METRIC_SET(pin_adopted, pi.adopted);
	METRIC_SET(pin_waiting_records, pi.waiting_records);
	if (!pi.pinned)
		return; /* nothing outlives this agent: its ring is let go as it is read */
	n = capture_kept_paths(a->cap, on_kept, a);
	if (n)
		log_info("capture: %zu log files known from the paths the earlier agent kept", n);
	capture_set_progress(a->cap, &(struct cap_progress){
		progress_sent, progress_settled, progress_held, a,
		(a->o.idle_ms + a->o.meta_wait_ms + 1000) * NS_PER_MS });
}

void app_keep_ctr(void *ctx, uint64_t cgid, const struct cg_container *cg)
{
	struct app *a = ctx;
	struct lt_kept_ctr k = { .runtime = cg->runtime };

	if (!a->cap || cg->maybe)
		return;
	STR_COPY_ARRAY(k.id, cg->id);
	STR_COPY_ARRAY(k.ns, cg->ns);
	STR_COPY_ARRAY(k.pod_uid, cg->pod_uid);
	capture_keep_ctr(a->cap, cgid, &k);
}

/* The container of a cgroup that was made and removed while no agent ran: from the path
 * the kernel kept for it at mkdir, when that path names one for sure; the outermost, as
 * nothing is left to check a nested name against. */
static bool recall_by_path(struct app *a, uint64_t cgid, struct cg_container *out)
{
	char path[LT_CGROUP_PATH];

	if (!capture_cgroup_path(a->cap, cgid, path, sizeof(path)) ||
	    !cgroup_parse_outer(path, out) || out->maybe)
		return false;
	log_debug("enrich: cgroup %llu is gone; its path when it was made was %s",
		  (unsigned long long)cgid, path);
	return true;
}

bool app_recall_ctr(void *ctx, uint64_t cgid, struct cg_container *out)
{
	struct app *a = ctx;
	struct lt_kept_ctr k;

	if (!a->cap)
		return false;
	if (!capture_kept_ctr(a->cap, cgid, &k))
		return recall_by_path(a, cgid, out);
	if (!k.runtime || k.runtime >= CG_RT_COUNT || !k.id[0])
		return false;
	memset(out, 0, sizeof(*out));
	out->runtime = (enum cg_runtime)k.runtime;
	STR_COPY_ARRAY(out->id, k.id);
	STR_COPY_ARRAY(out->ns, k.ns);
	STR_COPY_ARRAY(out->pod_uid, k.pod_uid);
	return true;
}

/* At exit: a pinned capture goes on without this agent, which the user should know. */
void app_pin_stop(struct app *a)
{
	struct cap_pin_info pi;

	if (!a->cap)
		return;
	capture_pin_info(a->cap, &pi);
	if (pi.pinned)
		log_info("agent: the capture stays pinned under %s: the kernel keeps capturing "
			 "for the next agent (`logtap agent --unpin` removes it)",
			 a->o.bpf_pin_dir);
}

/* logtap agent --unpin: uninstall. */
int app_unpin(const struct lt_options *o)
{
	int n = o->bpf_pin_dir ? capture_unpin(o->bpf_pin_dir) : 0;

	if (n < 0) {
		log_error("agent: cannot unpin %s: %s", o->bpf_pin_dir, strerror(-n));
		return 1;
	}
	log_info("agent: unpinned %d pinned capture(s) under %s; nothing is attached any more",
		 n, o->bpf_pin_dir);
	return 0;
}

void app_pin_metrics(struct app *a)
{
	struct cap_pin_info pi;

	capture_pin_info(a->cap, &pi);
	METRIC_SET(handover_records, pi.handover_records);
	METRIC_SET(handover_gap_bytes, pi.handover_gap_bytes);
	METRIC_SET(ring_early_releases, pi.early_releases);
	METRIC_SET(ring_spills, pi.ring_spills);
	METRIC_SET(ring_held_bytes, capture_ring_held(a->cap));
}
