// SPDX-License-Identifier: Apache-2.0
/*
 * capture_pin.c - the pinned capture: a folder per version under the pin directory,
 * adoption of this version's programs and maps by a starting agent, the handover from
 * another version (one update of the shared active map, then its ring is drained and
 * unpinned), and how far the ring may be let go (checkpoints against the pipeline).
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "capture_int.h"
#include "lib/clock.h"
#include "lib/hash.h"
#include "lib/log.h"
#include "pin.h"

#define PIN_LOCK_WAIT_S 60 /* a stopping agent takes up to ~10 s; Kubernetes grants 30 */

/* The folder of this version and these settings: v<abi>-<hash of the BPF object and
 * the knobs>. Another folder under the root is another version, handed over from. */
static void pin_dir_name(struct capture *c, const struct cap_opts *o)
{
	size_t sz, i;
	const unsigned char *elf = capture_bpf__elf_bytes(&sz);
	uint64_t h = hash_mix64(sz);

	for (i = 0; i < sz; i += 8) {
		uint64_t w = 0;

		memcpy(&w, elf + i, sz - i < 8 ? sz - i : 8);
		h = hash_add(h, w);
	}
	h = hash_add(h, (uint64_t)o->host | (uint64_t)o->stdio << 1 |
			    (uint64_t)o->copy_writes << 2 | (uint64_t)o->precise_time << 3);
	h = hash_add(h, o->max_write);
	h = hash_add(h, cap_ring_size(o->ring_bytes));
	for (i = 0; o->hook && o->hook[i]; i++)
		h = hash_add(h, (unsigned char)o->hook[i]);
	for (i = 0; i < o->npids; i++)
		h = hash_add(h, o->pids[i]);
	snprintf(c->pin_dir, sizeof(c->pin_dir), "%s/v%u-%016llx", o->pin_dir, LT_ABI_VERSION,
		 (unsigned long long)h);
}

/* The kernel's id of the program behind a pinned link or a program fd, hashed. */
uint64_t cap_instance_salt(int link_fd, int prog_fd)
{
	struct bpf_link_info li = { 0 };
	struct bpf_prog_info pi = { 0 };
	uint32_t n = link_fd >= 0 ? sizeof(li) : sizeof(pi);

	if (link_fd >= 0 && !bpf_obj_get_info_by_fd(link_fd, &li, &n))
		return hash_mix64(li.prog_id);
	if (prog_fd >= 0 && !bpf_obj_get_info_by_fd(prog_fd, &pi, &n))
		return hash_mix64(pi.id);
	return 0;
}

static uint64_t pinned_salt(const char *dir, const char *hook)
{
	char p[PATH_MAX + 64];
	uint64_t salt;
	int fd;

	snprintf(p, sizeof(p), "%s/link_sys_exit_%s", dir,
		 hook && !strcmp(hook, "raw_tp") ? "raw" : "btf");
	fd = bpf_obj_get(p);
	if (fd < 0 && !hook)
		return pinned_salt(dir, "raw_tp");
	salt = cap_instance_salt(fd, -1);
	if (fd >= 0)
		close(fd);
	return salt;
}

/* The hook of the pinned capture in dir, or NULL when it holds none (or half of one). */
static const char *pinned_hook(const char *dir)
{
	char p[PATH_MAX + 64];

	snprintf(p, sizeof(p), "%s/link_sys_exit_btf", dir);
	if (pin_exists(p))
		return "tp_btf";
	snprintf(p, sizeof(p), "%s/link_sys_exit_raw", dir);
	return pin_exists(p) ? "raw_tp" : NULL;
}

int cap_pin_links(struct capture *c, bool raw)
{
	struct bpf_link *sys = raw ? c->skel->links.sys_exit_raw : c->skel->links.sys_exit_btf;
	struct bpf_link *ex = raw ? c->skel->links.process_exit_raw : c->skel->links.process_exit_btf;
	struct bpf_link *mk = raw ? c->skel->links.cgroup_mkdir_raw : c->skel->links.cgroup_mkdir_btf;
	char p[PATH_MAX + 64];

	snprintf(p, sizeof(p), "%s/link_process_exit_%s", c->pin_dir, raw ? "raw" : "btf");
	if (bpf_link__pin(ex, p))
		return -errno;
	snprintf(p, sizeof(p), "%s/link_cgroup_mkdir_%s", c->pin_dir, raw ? "raw" : "btf");
	if (mk && bpf_link__pin(mk, p))
		return -errno;
	/* the span flush iterator: this version's agents and a newer one's handover run it */
	snprintf(p, sizeof(p), "%s/link_flush", c->pin_dir);
	if (c->skel->links.flush_spans && bpf_link__pin(c->skel->links.flush_spans, p))
		return -errno;
	/* the sys_exit link last: its pin says the folder is complete */
	snprintf(p, sizeof(p), "%s/link_sys_exit_%s", c->pin_dir, raw ? "raw" : "btf");
	return bpf_link__pin(sys, p) ? -errno : 0;
}

/* The generation the adopted programs run as (their .rodata), 0 when unreadable. */
static uint64_t adopted_gen(struct capture *c)
{
	struct bpf_map *m = c->skel->maps.rodata;
	size_t n = bpf_map__value_size(m);
	unsigned char *v = calloc(1, n);
	uint64_t gen = 0;
	uint32_t zero = 0;

	if (v && n >= offsetof(struct capture_bpf__rodata, my_gen) + sizeof(gen) &&
	    !bpf_map__lookup_elem(m, &zero, sizeof(zero), v, n, 0))
		memcpy(&gen, v + offsetof(struct capture_bpf__rodata, my_gen), sizeof(gen));
	free(v);
	return gen;
}

/* The generation in the shared active map (0 without one). */
static uint64_t active_gen(const char *root)
{
	char p[PATH_MAX + 64];
	uint64_t g = 0;
	uint32_t zero = 0;
	int fd;

	snprintf(p, sizeof(p), "%s/%s", root, PIN_ACTIVE);
	fd = bpf_obj_get(p);
	if (fd < 0)
		return 0;
	bpf_map_lookup_elem(fd, &zero, &g);
	close(fd);
	return g;
}

int cap_set_active(struct capture *c, uint64_t gen)
{
	uint32_t zero = 0;

	return bpf_map__update_elem(c->skel->maps.active, &zero, sizeof(zero), &gen, sizeof(gen),
				    BPF_ANY) ? -errno : 0;
}

/* Takes over the pinned capture of this version: its maps (and ring) as they are. */
static int adopt(struct capture *c, const struct cap_opts *o, const char *hook)
{
	int err;

	c->skel = cap_open_skel(c, o, !strcmp(hook, "raw_tp"), true, 0);
	if (!c->skel)
		return -errno;
	err = capture_bpf__load(c->skel);
	if (err) {
		capture_bpf__destroy(c->skel);
		c->skel = NULL;
		return err;
	}
	c->hook = hook;
	c->salt = pinned_salt(c->pin_dir, hook);
	c->pin.adopted = true;
	return 0;
}

void cap_close_old(struct capture *c)
{
	rings_free(c->old.rings);
	c->old.rings = NULL;
	if (c->old.fd >= 0)
		close(c->old.fd);
	if (c->old.hot_fd >= 0)
		close(c->old.hot_fd);
	if (c->old.paths_fd >= 0)
		close(c->old.paths_fd);
	if (c->old.ctrs_fd >= 0)
		close(c->old.ctrs_fd);
	if (c->old.cgroups_fd >= 0)
		close(c->old.cgroups_fd);
	c->old.fd = c->old.hot_fd = c->old.paths_fd = c->old.ctrs_fd = c->old.cgroups_fd = -1;
}

/* The cgroup paths the older version's program kept, into this version's map (the
 * newer entry wins): the container of a cgroup made before the switch stays known to
 * the agents after this one, once the older folder is gone. Its program stays attached
 * until then and this one's is attached already: a cgroup made meanwhile is in both. */
static void take_cgroup_paths(struct capture *c)
{
	struct lt_cgroup_path v;
	uint64_t k, next;
	void *prev = NULL;
	int to = bpf_map__fd(c->skel->maps.cgroup_paths), n;

	for (n = 0; n < 2 * LT_CGROUP_PATHS && !bpf_map_get_next_key(c->old.cgroups_fd, prev, &next);
	     n++) {
		k = next;
		prev = &k;
		if (!bpf_map_lookup_elem(c->old.cgroups_fd, &k, &v))
			bpf_map_update_elem(to, &k, &v, BPF_NOEXIST);
	}
}

/* Opens the rings of the older version in c->old.dir for draining (its hot ring too,
 * from version 2 on). Its programs are no longer active: once the barrier in rings_new
 * has passed they write no more. One without a ring is unpinned at once. */
static void open_old(struct capture *c, uint32_t old_abi)
{
	char p[PATH_MAX + 64];
	int fd, err;

	snprintf(p, sizeof(p), "%s/rb", c->old.dir);
	c->old.fd = bpf_obj_get(p);
	snprintf(p, sizeof(p), "%s/rb_hot", c->old.dir);
	c->old.hot_fd = pin_exists(p) ? bpf_obj_get(p) : -1;
	/* now, before the agent drops its capabilities (older kernels want them) */
	snprintf(p, sizeof(p), "%s/kept_paths", c->old.dir);
	c->old.paths_fd = pin_exists(p) ? bpf_obj_get(p) : -1;
	snprintf(p, sizeof(p), "%s/kept_ctrs", c->old.dir);
	c->old.ctrs_fd = pin_exists(p) ? bpf_obj_get(p) : -1;
	snprintf(p, sizeof(p), "%s/cgroup_paths", c->old.dir);
	c->old.cgroups_fd = pin_exists(p) ? bpf_obj_get(p) : -1;
	if (c->old.cgroups_fd >= 0)
		take_cgroup_paths(c);
	c->old.rings = c->old.fd >= 0 ? rings_new(c->old.hot_fd, c->old.fd, NULL,
						  bpf_map__fd(c->skel->maps.barrier),
						  bpf_map__fd(c->skel->maps.barrier_inner), false)
				      : NULL;
	/* its threads' spans go to its rings, now that its programs start none */
	snprintf(p, sizeof(p), "%s/link_flush", c->old.dir);
	if (c->old.rings && pin_exists(p) && (fd = bpf_obj_get(p)) >= 0) {
		if ((err = cap_flush_spans(fd)))
			log_warn("capture: cannot send the spans waiting in %s: %s", c->old.dir,
				 strerror(-err));
		close(fd);
	}
	c->old.decode = old_abi >= LT_ABI_RECORDS_SINCE && old_abi <= LT_ABI_VERSION;
	c->old.read_all = false;
	c->old.salt = pinned_salt(c->old.dir, NULL);
	if (c->old.rings) {
		log_info("capture: handing over from %s (version %u): this version captures now; "
			 "draining its ring", c->old.dir, old_abi);
		return;
	}
	log_warn("capture: %s has no usable ring (%s); unpinning it", c->old.dir, strerror(errno));
	cap_close_old(c);
	pin_remove(c->old.dir);
}

/* The next older version pinned under the root, if any, to drain after this one. */
static void next_old(struct capture *c)
{
	uint32_t abi = 0;

	while (pin_find_other(c->pin_root, c->pin_dir, c->old.dir, sizeof(c->old.dir), &abi)) {
		open_old(c, abi);
		if (c->old.rings)
			return;
	}
	c->old.dir[0] = '\0';
}

/* Another version's folder beside an adopted one: a handover that an agent did not
 * finish (killed while draining: its records were read again from where that version's
 * agent had let go), or one that handed over to this version and is gone since. This
 * version takes capture, if it does not have it, and drains the others as a handover
 * does. */
static void resume_handover(struct capture *c)
{
	uint32_t abi = 0;
	uint64_t gen;

	if (!pin_find_other(c->pin_root, c->pin_dir, c->old.dir, sizeof(c->old.dir), &abi)) {
		c->old.dir[0] = '\0';
		return;
	}
	gen = adopted_gen(c);
	if (gen && active_gen(c->pin_root) != gen) {
		log_warn("capture: another version captured while this one was adopted; taking "
			 "capture back");
		if (cap_set_active(c, gen))
			log_warn("capture: cannot switch capture to this version: %s",
				 strerror(errno));
	}
	log_info("capture: %s is pinned beside this version: resuming an unfinished handover",
		 c->old.dir);
	open_old(c, abi);
	if (!c->old.rings)
		next_old(c);
}

int cap_open_pinned(struct capture *c, const struct cap_opts *o)
{
	const char *hook;
	uint32_t old_abi = 0;
	uint64_t gen, now = clock_real_ns();
	int err = pin_prepare(o->pin_dir);

	if (err)
		return err;
	c->pin_lock = pin_lock(o->pin_dir, PIN_LOCK_WAIT_S);
	if (c->pin_lock < 0)
		return c->pin_lock;
	pin_dir_name(c, o);
	c->pin_root = o->pin_dir;
	c->pin.pinned = true;
	hook = pinned_hook(c->pin_dir);
	if (hook) {
		err = adopt(c, o, hook);
		if (!err) {
			resume_handover(c);
			return 0;
		}
		log_warn("capture: cannot adopt the pinned capture in %s: %s; loading anew "
			 "(what its ring held is lost)", c->pin_dir, strerror(-err));
	}
	pin_remove(c->pin_dir); /* half a folder from an interrupted start, or unusable */
	if (!pin_find_other(o->pin_dir, c->pin_dir, c->old.dir, sizeof(c->old.dir), &old_abi))
		c->old.dir[0] = '\0';
	/* unique, not only the next: a resumed handover may have set an older one again */
	gen = active_gen(o->pin_dir) + 1;
	if (gen < now)
		gen = now;
	err = cap_load_and_attach(c, o, gen);
	if (err || !c->old.dir[0])
		return err;
	/* our programs are attached but idle: one update switches capture over to them */
	if (cap_set_active(c, gen))
		log_warn("capture: cannot switch capture to this version: %s", strerror(errno));
	open_old(c, old_abi);
	if (!c->old.rings)
		next_old(c);
	return 0;
}

/* The older version is done with: its pins go and its programs detach. */
static void finish_old(struct capture *c)
{
	int err;

	log_info("capture: handover done: %llu records drained from %s%s; unpinning it",
		 (unsigned long long)c->pin.handover_records, c->old.dir,
		 c->pin.handover_gap_bytes ? " (its other records have another layout: "
					     "counted as a gap)" : "");
	cap_close_old(c);
	err = pin_remove(c->old.dir);
	if (err)
		log_warn("capture: cannot unpin %s: %s", c->old.dir, strerror(-err));
	else
		next_old(c); /* more than one older version: the next one */
}

/* The older version's ring, read to its end once its last writes have landed. It is
 * never let go: its pins go once the events of its records are safe (the checkpoint of
 * the poll that read its end), so an agent killed before reads it again. */
void cap_drain_old(struct capture *c)
{
	uint64_t left;

	if (!c->old.read_all) {
		if (c->old.decode)
			rings_read(c->old.rings, cap_on_old_sample, c);
		left = rings_unread_bytes(c->old.rings);
		if (left && c->old.decode)
			return; /* a record still being written: the next poll */
		c->pin.handover_gap_bytes += left;
		c->old.read_all = true;
		c->old.done_mark = c->mark;
	}
	if (!c->progress.sent || c->settled_mark >= c->old.done_mark)
		finish_old(c);
}

void cap_flushed_old(struct capture *c)
{
	if (c->old.rings && c->old.read_all)
		finish_old(c);
}

/* Remembers this poll's read position, and lets the ring go up to the newest
 * checkpoint whose events have all settled. A checkpoint takes the count of events
 * sent once its hold is over and no byte of its poll or an earlier one is still in the
 * pipeline's memory: every event built from its records has been sent by then, however
 * long a record kept growing (a trace whose lines come for seconds, up to --max-age). */
void cap_commit(struct capture *c)
{
	const struct cap_progress *p = &c->progress;
	uint64_t sent = p->sent(p->ctx), settled = p->settled(p->ctx);
	uint64_t held = p->held ? p->held(p->ctx) : UINT64_MAX;
	struct rings_pos pos = { 0, 0 };
	bool release = false;
	struct checkpoint *cp;
	size_t i;

	for (i = 0; i < c->cp_len; i++) {
		cp = &c->cps[(c->cp_head + i) % CHECKPOINTS];
		if (cp->sent == UINT64_MAX && c->now_ns - cp->t_ns >= p->hold_ns &&
		    held > cp->mark)
			cp->sent = sent;
	}
	while (c->cp_len) {
		cp = &c->cps[c->cp_head];
		if (cp->sent == UINT64_MAX || settled < cp->sent)
			break;
		pos = cp->pos;
		release = true;
		c->settled_mark = cp->mark;
		c->cp_head = (c->cp_head + 1) % CHECKPOINTS;
		c->cp_len--;
	}
	if (release)
		rings_commit(c->rings, pos);
	if (rings_big_held_bytes(c->rings) > rings_big_capacity(c->rings) / 4 * 3) {
		/* New writes matter more than a second reading of old ones after a crash.
		 * (A full hot ring needs nothing: records go to the large one.) */
		rings_commit_big(c->rings);
		c->cp_len = 0;
		c->pin.early_releases++;
		if (log_allow(&c->lim_full, 10))
			log_warn("capture: the ring is 3/4 full: letting go of records whose events "
				 "are not acknowledged yet (a crash now would lose them; a larger "
				 "--ring-size avoids it)");
	}
	if (c->cp_len == CHECKPOINTS) { /* the pipeline is stuck: keep the newest ones */
		c->cp_head = (c->cp_head + 1) % CHECKPOINTS;
		c->cp_len--;
	}
	c->cps[(c->cp_head + c->cp_len) % CHECKPOINTS] =
		(struct checkpoint){ rings_read_pos(c->rings), c->now_ns, c->mark, UINT64_MAX };
	c->cp_len++;
}

