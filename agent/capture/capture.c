// SPDX-License-Identifier: Apache-2.0
/*
 * capture.c - open -> configure rodata -> load -> attach -> ring buffer poll.
 * Prefers tp_btf/sys_exit and falls back to raw_tp/sys_exit where BTF-typed
 * tracepoints cannot attach. Records are copied out of the read-only ring.
 * An agent pins what it loads (pin.h) and a later one adopts it, so capture goes on
 * while no agent runs; the ring's consumer position moves only past what the pipeline
 * has delivered (ring.h), so a killed agent's successor reads the rest again.
 */
#include "capture.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "capture.skel.h"
#include "joined.h"
#include "lib/clock.h"
#include "lib/hash.h"
#include "lib/log.h"
#include "pin.h"
#include "readback.h"
#include "ring.h"
#include "capture_int.h"

#define READBACK_IDLE_NS (30ull * 1000 * 1000 * 1000) /* files without spans are let go */
#define SWEEP_NS (1000ull * 1000 * 1000)
/* Spans of writers gone quiet are looked for this often, and sent once they began this
 * long ago (the kernel sends those of busy ones itself once span_age_ns, 50 ms, old):
 * with the poll's tick, their delay. */
#define SPAN_FLUSH_NS (50ull * 1000 * 1000)
#define SPAN_WAIT_NS (100ull * 1000 * 1000)
/* ... and while any waits, all tasks are walked this often anyway (span_threads is an
 * LRU: a span it forgot is found so) */
#define SPAN_FULL_FLUSH_NS (5000ull * 1000 * 1000)
_Static_assert(sizeof(struct lt_hdr) == 112, "lt_hdr layout changed: bump LT_ABI_VERSION");
_Static_assert(sizeof(struct lt_file_key) == 16, "lt_file_key layout");
_Static_assert(sizeof(struct lt_span_thread) == 16, "lt_span_thread layout: bump LT_ABI_VERSION");

static int64_t boot_offset_ns; /* realtime - boottime */

static void refresh_boot_offset(void)
{
	uint64_t b1 = clock_ns(CLOCK_BOOTTIME), r = clock_real_ns(), b2 = clock_ns(CLOCK_BOOTTIME);

	__atomic_store_n(&boot_offset_ns, (int64_t)(r - (b1 + (b2 - b1) / 2)), __ATOMIC_RELAXED);
}

uint64_t capture_boot_to_real(uint64_t boot_ns)
{
	if (!__atomic_load_n(&boot_offset_ns, __ATOMIC_RELAXED))
		refresh_boot_offset();
	return boot_ns + (uint64_t)__atomic_load_n(&boot_offset_ns, __ATOMIC_RELAXED);
}

static int libbpf_log(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	char msg[1024];

	if (level == LIBBPF_DEBUG)
		return 0;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	msg[strcspn(msg, "\n")] = '\0';
	log_debug("capture: libbpf: %s", msg);
	return 0;
}

/* Deletes the kept path of (dev, ino), all of its parts. */
static void unkeep_path(struct capture *c, uint32_t dev, uint64_t ino)
{
	struct lt_file_key k = { .ino = ino, .dev = dev };

	if (!c->pin.pinned)
		return;
	for (k.pad = 0; k.pad < LT_KEPT_PARTS_MAX; k.pad++)
		if (bpf_map__delete_elem(c->skel->maps.kept_paths, &k, sizeof(k), 0))
			break;
}

/* Log files (and files being decided) live in the files map, the others in ignored:
 * a verdict moves from one to the other, never lives in both. An ignored file has no
 * kept path: the kernel sends nothing of it. */
static int store_verdict(struct capture *c, uint32_t dev, uint64_t ino, enum lt_verdict v)
{
	struct lt_file_key k = { .ino = ino, .dev = dev };
	uint32_t val = v;
	uint8_t one = 1;

	if (v == LT_VERDICT_IGNORE) {
		if (bpf_map__update_elem(c->skel->maps.ignored, &k, sizeof(k), &one, sizeof(one),
					 BPF_ANY))
			return -errno;
		bpf_map__delete_elem(c->skel->maps.files, &k, sizeof(k), 0);
		unkeep_path(c, dev, ino);
	} else if (bpf_map__update_elem(c->skel->maps.files, &k, sizeof(k), &val, sizeof(val),
					BPF_ANY)) {
		return -errno;
	} else {
		bpf_map__delete_elem(c->skel->maps.ignored, &k, sizeof(k), 0);
	}
	/* after the update: CPUs that remember the old verdict look it up again */
	__atomic_fetch_add(&c->skel->bss->verdict_gen, 1, __ATOMIC_SEQ_CST);
	return 0;
}

/* Whether the verdict being decided for (dev, ino), from the PATH record being handled,
 * may be another file's: a file created since that path was taken may have the number. */
static bool reborn(struct capture *c, uint32_t dev, uint64_t ino)
{
	struct lt_file_key k = { .ino = ino, .dev = dev };
	uint32_t n = 0;

	if (k.ino != c->path_key.ino || k.dev != c->path_key.dev)
		return false;
	bpf_map__lookup_elem(c->skel->maps.born, &k, sizeof(k), &n, sizeof(n), 0);
	return n != c->path_born;
}

/* Drops both verdicts of (dev, ino): its next write brings its path again. */
static void forget_both(struct capture *c, uint32_t dev, uint64_t ino)
{
	struct lt_file_key k = { .ino = ino, .dev = dev };

	bpf_map__delete_elem(c->skel->maps.ignored, &k, sizeof(k), 0);
	capture_forget_verdict(c, dev, ino);
}

/* A log file that the kernel copies: read it back instead when it can be opened. */
static void try_readback(struct capture *c, const struct lt_hdr *h)
{
	if (readback_open(c->readback, h->dev, h->ino, h->tgid, h->fd, c->now_ns) &&
	    store_verdict(c, h->dev, h->ino, LT_VERDICT_READ))
		log_debug("capture: read-back verdict not stored: %s", strerror(errno));
}

static uint32_t file_truncs(void *ctx, uint32_t dev, uint64_t ino)
{
	struct capture *c = ctx;
	struct lt_file_key k = { .ino = ino, .dev = dev };
	uint32_t n = 0;

	if (bpf_map__lookup_elem(c->skel->maps.truncs, &k, sizeof(k), &n, sizeof(n), 0))
		return 0;
	return n;
}

static void release_file(void *ctx, uint32_t dev, uint64_t ino)
{
	struct capture *c = ctx;

	if (store_verdict(c, dev, ino, LT_VERDICT_CAPTURE))
		log_debug("capture: copy verdict not stored: %s", strerror(errno));
}

/* Its truncations no longer matter: spans of it are no longer read. */
static void closed_file(void *ctx, uint32_t dev, uint64_t ino)
{
	struct capture *c = ctx;
	struct lt_file_key k = { .ino = ino, .dev = dev };

	bpf_map__delete_elem(c->skel->maps.truncs, &k, sizeof(k), 0);
}

static bool kept_path(int fd, struct lt_file_key k, char *out);

/* The path kept for a file (this capture's, or the version's handed over from): read
 * back through it when the writer of a span is gone. */
static int span_path(void *ctx, uint32_t dev, uint64_t ino, char *out, size_t cap)
{
	struct capture *c = ctx;
	struct lt_file_key k = { .ino = ino, .dev = dev };
	char path[LT_KEPT_PART * LT_KEPT_PARTS_MAX];

	if (!kept_path(bpf_map__fd(c->skel->maps.kept_paths), k, path) &&
	    (c->old.paths_fd < 0 || !kept_path(c->old.paths_fd, k, path)))
		return -ENOENT;
	if (strlen(path) >= cap)
		return -ENAMETOOLONG;
	strcpy(out, path);
	return 0;
}

/* Files held open for read-back: half of the descriptors, after raising the soft
 * limit to the hard one, and at most 4096; the rest of the agent keeps its share. */
static size_t max_open_files(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl))
		return 256;
	if (rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &rl))
			getrlimit(RLIMIT_NOFILE, &rl);
	}
	return rl.rlim_cur / 2 < 4096 ? (size_t)(rl.rlim_cur / 2) : 4096;
}

/* A DATA record, as the pipeline takes it: a copied write of a file that may be read
 * back from now on first tries that. */
static int deliver_data(void *ctx, const struct lt_hdr *h, const void *payload)
{
	struct capture *c = ctx;

	if (c->readback && h->stream == LT_STREAM_FILE && (h->flags & LT_F_FIRST) &&
	    readback_retry_due(c->readback, h->dev, h->ino, c->now_ns))
		try_readback(c, h);
	return c->fn(c->ctx, h, payload);
}

/* One record of a ring whose program instance is salt: write ids are folded with it,
 * so ids from two instances (an upgrade) never meet. */
static int deliver(struct capture *c, void *data, size_t size, uint64_t salt)
{
	struct lt_hdr h;

	if (size < sizeof(h))
		return 0;
	memcpy(&h, data, sizeof(h));
	h.flags &= LT_F_MASK; /* without the ring epoch */
	if (h.len > size - sizeof(h))
		h.len = (uint32_t)(size - sizeof(h));
	h.ts_ns = capture_boot_to_real(h.ts_ns);
	h.write_id ^= salt;
	if (h.type == LT_REC_PATH) {
		c->path_key = (struct lt_file_key){ .ino = h.ino, .dev = h.dev };
		c->path_born = (uint32_t)h.offset;
	}
	if (h.type == LT_REC_PATH && c->readback)
		readback_note_fs(c->readback, h.dev, h.fs_magic);
	if (h.type == LT_REC_SPAN)
		return c->readback ? readback_span(c->readback, &h, (const char *)data + sizeof(h),
					    c->fn, c->ctx, c->now_ns)
				   : 0;
	if (h.type == LT_REC_WRITES)
		return joined_split(&h, (const char *)data + sizeof(h), deliver_data, c);
	if (h.type == LT_REC_DATA)
		return deliver_data(c, &h, (const char *)data + sizeof(h));
	return c->fn(c->ctx, &h, (const char *)data + sizeof(h));
}

static int on_sample(void *ctx, void *data, size_t size)
{
	struct capture *c = ctx;

	return deliver(c, data, size, c->salt);
}

int cap_on_old_sample(void *ctx, void *data, size_t size)
{
	struct capture *c = ctx;

	c->pin.handover_records++;
	return deliver(c, data, size, c->old.salt);
}

/* The host's mount namespace: pid 1's, or kthreadd's, when we can see it (host or hostPID),
 * else our own (a sandbox that hides both; logtap runs on the host). */
static uint64_t host_mntns(void)
{
	struct stat st;

	if (!stat("/proc/1/ns/mnt", &st))
		return st.st_ino;
	/* kthreadd is always in the initial mount namespace, and a sandbox that hides pid 1
	 * (some VMs' init) may still show it */
	if (!stat("/proc/2/ns/mnt", &st))
		return st.st_ino;
	log_debug("capture: /proc/1/ns/mnt: %s; taking our own mount namespace as the host's",
		  strerror(errno));
	if (!stat("/proc/self/ns/mnt", &st))
		return st.st_ino;
	log_warn("capture: cannot tell the host's mount namespace; host processes count as "
		 "containers");
	return 0;
}

uint64_t cap_ring_size(uint64_t want)
{
	uint64_t n = (uint64_t)sysconf(_SC_PAGESIZE);

	while (n < want && n < (1ull << 31))
		n <<= 1;
	return n;
}

/* Where each map is pinned: the shared "active" map under the root, the rest in the
 * version's folder. Nothing is pinned without a folder (capture sessions). */
static int set_pin_paths(struct capture_bpf *skel, const char *dir, const char *root)
{
	char p[PATH_MAX + 64];
	struct bpf_map *m;

	char *dot;

	bpf_object__for_each_map(m, skel->obj) {
		if (!strcmp(bpf_map__name(m), PIN_ACTIVE))
			snprintf(p, sizeof(p), "%s/%s", root, PIN_ACTIVE);
		else
			snprintf(p, sizeof(p), "%s/%s", dir, bpf_map__name(m));
		/* bpffs refuses dots in names ("capture_.rodata") */
		while ((dot = strchr(p + strlen(dir), '.')))
			*dot = '_';
		if (bpf_map__set_pin_path(m, p))
			return -errno;
	}
	return 0;
}

/* Opens the skeleton and sets the knobs; raw selects the raw_tp programs, adopt none
 * (the pinned maps are taken as they are, the pinned links keep running). */
struct capture_bpf *cap_open_skel(struct capture *c, const struct cap_opts *o, bool raw,
				     bool adopt, uint64_t gen)
{
	struct capture_bpf *skel = capture_bpf__open();
	uint64_t rb = cap_ring_size(o->ring_bytes);
	bool hot = rb >= LT_HOT_RING_MIN_TOTAL;
	struct bpf_program *prog;

	if (!skel)
		return NULL;
	skel->rodata->host_mntns = host_mntns();
	skel->rodata->targ_host = o->host;
	skel->rodata->targ_stdio = o->stdio;
	skel->rodata->targ_pids = o->npids > 0;
	skel->rodata->max_write = o->max_write;
	skel->rodata->precise_time = o->precise_time;
	skel->rodata->targ_readback = !o->copy_writes;
	skel->rodata->wakeup_bytes = rb / 8;
	skel->rodata->my_gen = gen;
	bpf_map__set_max_entries(skel->maps.rb, (uint32_t)rb);
	/* without a hot ring (a small --ring-size): one page, and an odd epoch for good */
	skel->rodata->hot_wakeup_bytes = LT_HOT_RING_BYTES / 8;
	bpf_map__set_max_entries(skel->maps.rb_hot,
				 hot ? LT_HOT_RING_BYTES : (uint32_t)sysconf(_SC_PAGESIZE));
	skel->bss->ring_epoch = hot ? 0 : 1; /* a pinned ring's is taken as it is */
	bpf_program__set_autoload(skel->progs.sys_exit_btf, !raw);
	bpf_program__set_autoload(skel->progs.process_exit_btf, !raw);
	bpf_program__set_autoload(skel->progs.sys_exit_raw, raw);
	bpf_program__set_autoload(skel->progs.process_exit_raw, raw);
	/* spans of several writes: the tp_btf program keeps them */
	bpf_program__set_autoload(skel->progs.flush_spans, !raw);
	/* the paths of new cgroups, for an agent after a time without one: only pinned */
	bpf_program__set_autoload(skel->progs.cgroup_mkdir_btf, !raw && c->pin_dir[0]);
	bpf_program__set_autoload(skel->progs.cgroup_mkdir_raw, raw && c->pin_dir[0]);
	if (adopt) {
		bpf_object__for_each_program(prog, skel->obj)
			bpf_program__set_autoload(prog, false);
	}
	if (!c->pin_dir[0]) { /* nothing is kept for a later agent: small maps, not 2.4 MB */
		bpf_map__set_max_entries(skel->maps.kept_paths, 8);
		bpf_map__set_max_entries(skel->maps.kept_ctrs, 8);
		bpf_map__set_max_entries(skel->maps.cgroup_paths, 8);
	}
	if (c->pin_dir[0] && set_pin_paths(skel, c->pin_dir, o->pin_dir)) {
		capture_bpf__destroy(skel);
		return NULL;
	}
	return skel;
}

/* Loads and attaches the programs (pinning them when pinned): tp_btf first, raw_tp
 * when it fails, or the one asked for. gen is the generation to run as. */
int cap_load_and_attach(struct capture *c, const struct cap_opts *o, uint64_t gen)
{
	int err = -ENOENT, raw, first = 0, last = 1;

	if (o->hook && !strcmp(o->hook, "tp_btf"))
		last = 0;
	else if (o->hook && !strcmp(o->hook, "raw_tp"))
		first = 1;
	for (raw = first; raw <= last; raw++) {
		c->skel = cap_open_skel(c, o, raw, false, gen);
		if (!c->skel)
			return -errno;
		err = capture_bpf__load(c->skel);
		if (!err && c->pin_dir[0] && !c->old.dir[0])
			err = cap_set_active(c, gen); /* nothing to hand over from: run at once */
		if (!err)
			err = capture_bpf__attach(c->skel);
		if (!err && c->pin_dir[0])
			err = cap_pin_links(c, raw);
		if (!err) {
			c->hook = raw ? "raw_tp" : "tp_btf";
			c->salt = cap_instance_salt(-1, bpf_program__fd(raw ? c->skel->progs.sys_exit_raw
									 : c->skel->progs.sys_exit_btf));
			return 0;
		}
		log_debug("capture: %s hook failed: %s", raw ? "raw_tp" : "tp_btf", strerror(-err));
		capture_bpf__destroy(c->skel);
		c->skel = NULL;
		if (c->pin_dir[0])
			pin_remove(c->pin_dir);
	}
	return err;
}

static int add_pids(struct capture *c, const struct cap_opts *o)
{
	uint8_t one = 1;
	size_t i;

	for (i = 0; i < o->npids; i++) {
		if (bpf_map__update_elem(c->skel->maps.pids, &o->pids[i], sizeof(o->pids[i]), &one,
					 sizeof(one), BPF_ANY))
			return -errno;
	}
	return 0;
}

/* The start-up line of a pinned capture: what was found and how much waits. */
static void note_start(struct capture *c, uint64_t t0)
{
	c->pin.waiting_records = rings_count_unread(c->rings);
	c->pin.waiting_bytes = rings_unread_bytes(c->rings);
	c->pin.adopt_ns = clock_ns(CLOCK_MONOTONIC) - t0;
	if (c->pin.adopted)
		log_info("capture: adopted the pinned capture in %s (hook %s) after %.1f ms: %llu "
			 "records (%llu bytes) were waiting in the ring",
			 c->pin_dir, c->hook, c->pin.adopt_ns / 1e6,
			 (unsigned long long)c->pin.waiting_records,
			 (unsigned long long)c->pin.waiting_bytes);
	else if (c->pin.pinned)
		log_info("capture: pinned a new capture in %s (hook %s) after %.1f ms", c->pin_dir,
			 c->hook, c->pin.adopt_ns / 1e6);
}

int cap_flush_spans(int link_fd)
{
	char buf[64];
	int fd = bpf_iter_create(link_fd);
	ssize_t n;

	if (fd < 0)
		return -errno;
	while ((n = read(fd, buf, sizeof(buf))) > 0 || (n < 0 && errno == EINTR))
		;
	n = n < 0 ? -errno : 0;
	close(fd);
	return (int)n;
}

/* The span flush iterator of this capture: its own link, or the pinned one it adopted
 * (none with the raw_tp hook). */
static int span_flusher(struct capture *c)
{
	char p[PATH_MAX + 64];

	if (c->skel->links.flush_spans)
		return dup(bpf_link__fd(c->skel->links.flush_spans));
	if (!c->pin_dir[0])
		return -1;
	snprintf(p, sizeof(p), "%s/link_flush", c->pin_dir);
	return pin_exists(p) ? bpf_obj_get(p) : -1;
}

/* Whether a span began more than SPAN_WAIT_NS ago and has not gone out: its writer went
 * quiet (a busy one sends its span itself at 50 ms). span_threads holds the thread that
 * began a span last on each stream, and when; a batch read of it costs far less than the
 * walk over every task (2 ms with 4,000 threads here). */
static bool span_waits(struct capture *c)
{
	struct {
		uint64_t ino;
		uint32_t dev, tgid;
	} keys[128];
	struct lt_span_thread vals[128];
	uint64_t old = clock_ns(CLOCK_BOOTTIME) - SPAN_WAIT_NS;
	uint32_t batch = 0, n, i;
	bool first = true;
	int fd = bpf_map__fd(c->skel->maps.span_threads), err;

	do {
		n = 128;
		err = bpf_map_lookup_batch(fd, first ? NULL : &batch, &batch, keys, vals, &n, NULL);
		if (err && errno != ENOENT)
			return true; /* cannot tell: walk */
		for (i = 0; i < n; i++)
			if (vals[i].since_ns && vals[i].since_ns < old)
				return true;
		first = false;
	} while (!err);
	return false;
}

/* Sends the spans that writers keep in the kernel (all: whether or not one seems to
 * wait, for the spans that span_threads forgot and the storage of threads gone quiet
 * since their span went out, which the walk lets go of). */
static void flush_spans(struct capture *c, bool all)
{
	struct lt_stats st;
	int err;

	if (c->flush_fd < 0)
		return;
	if (c->skel->bss->pends_live <= 0) {
		if (!all)
			return;
		capture_stats(c, &st);
		if (st.span_allocs == st.span_frees)
			return;
	} else if (!all && !span_waits(c)) {
		return;
	}
	err = cap_flush_spans(c->flush_fd);
	if (err && log_allow(&c->lim_flush, 60))
		log_warn("capture: cannot send the spans of quiet writers: %s", strerror(-err));
}

void capture_flush_spans(struct capture *c)
{
	flush_spans(c, true);
}

static int start(struct capture *c, const struct cap_opts *opts)
{
	uint64_t t0 = clock_ns(CLOCK_MONOTONIC);
	int err;

	c->old.fd = c->old.hot_fd = c->old.paths_fd = c->old.ctrs_fd = c->old.cgroups_fd = -1;
	err = opts->pin_dir ? cap_open_pinned(c, opts) : cap_load_and_attach(c, opts, 0);
	if (err) {
		log_error("capture: cannot load and attach the BPF programs: %s (root or "
			  "CAP_BPF+CAP_PERFMON and a kernel with BTF are needed)", strerror(-err));
		return err;
	}
	c->skel->bss->self_tgid = (uint32_t)getpid();
	err = add_pids(c, opts);
	if (err)
		return err;
	c->rings = rings_new(bpf_map__fd(c->skel->maps.rb_hot), bpf_map__fd(c->skel->maps.rb),
			     (volatile uint64_t *)&c->skel->bss->ring_epoch,
			     bpf_map__fd(c->skel->maps.barrier),
			     bpf_map__fd(c->skel->maps.barrier_inner),
			     cap_ring_size(opts->ring_bytes) >= LT_HOT_RING_MIN_TOTAL);
	if (!c->rings) {
		err = -errno;
		log_error("capture: ring buffer: %s", strerror(-err));
		return err;
	}
	c->flush_fd = span_flusher(c);
	note_start(c, t0);
	return 0;
}

struct capture *capture_open(const struct cap_opts *opts, cap_record_fn fn, void *ctx)
{
	struct capture *c = calloc(1, sizeof(*c));
	int err;

	if (!c)
		return NULL;
	c->fn = fn;
	c->ctx = ctx;
	c->flush_fd = -1;
	c->now_ns = clock_ns(CLOCK_MONOTONIC);
	if (!opts->copy_writes) {
		struct readback_cbs cbs = { file_truncs, release_file, closed_file, span_path,
					    c };

		c->readback = readback_new(opts->max_write, max_open_files(), &cbs);
		if (!c->readback) {
			free(c);
			errno = ENOMEM;
			return NULL;
		}
	}
	libbpf_set_print(libbpf_log);
	refresh_boot_offset();
	err = start(c, opts);
	if (err) {
		capture_close(c);
		errno = -err;
		return NULL;
	}
	return c;
}

int capture_poll(struct capture *c, int timeout_ms)
{
	long n;

	/* The kernel wakes us only when the backlog is large; the timeout paces the rest. */
	if (!c->old.rings || c->old.read_all)
		rings_wait(c->rings, timeout_ms);
	refresh_boot_offset();
	c->now_ns = clock_ns(CLOCK_MONOTONIC);
	c->mark++;
	if (c->readback)
		readback_batch(c->readback); /* read-ahead is good for one drain */
	if (c->old.rings)
		cap_drain_old(c);
	if (c->now_ns >= c->next_flush_ns) { /* writers gone quiet: their spans now */
		bool all = c->now_ns >= c->next_full_flush_ns;

		flush_spans(c, all);
		if (all)
			c->next_full_flush_ns = c->now_ns + SPAN_FULL_FLUSH_NS;
		c->next_flush_ns = c->now_ns + SPAN_FLUSH_NS;
	}
	n = rings_read(c->rings, on_sample, c);
	if (c->progress.sent)
		cap_commit(c);
	else
		rings_commit(c->rings, rings_read_pos(c->rings));
	if (c->readback && c->now_ns >= c->next_sweep_ns) {
		readback_sweep(c->readback, c->now_ns, READBACK_IDLE_NS);
		c->next_sweep_ns = c->now_ns + SWEEP_NS;
	}
	return n < 0 && n != -EINTR ? (int)n : 0;
}

void capture_set_progress(struct capture *c, const struct cap_progress *p)
{
	c->progress = *p;
}

uint64_t capture_mark(const struct capture *c)
{
	return c->mark;
}

void capture_commit_all(struct capture *c)
{
	rings_commit(c->rings, rings_read_pos(c->rings));
	c->cp_len = 0;
	cap_flushed_old(c);
}

void capture_pin_info(const struct capture *c, struct cap_pin_info *out)
{
	struct rings_stats rs;

	*out = c->pin;
	if (c->rings) {
		rings_stats(c->rings, &rs);
		out->ring_spills = rs.spills;
	}
}

uint64_t capture_ring_held(const struct capture *c)
{
	return rings_held_bytes(c->rings);
}

uint64_t capture_ring_capacity(const struct capture *c)
{
	return rings_capacity(c->rings);
}

enum lt_verdict capture_set_verdict(struct capture *c, uint32_t dev, uint64_t ino, uint32_t tgid,
				    uint32_t fd, enum lt_verdict v)
{
	/* A path taken before a file was created with this number is not the new file's:
	 * its verdict is not stored, before or (a creation racing the store) after. */
	if (reborn(c, dev, ino)) {
		forget_both(c, dev, ino);
		return v;
	}
	if (v == LT_VERDICT_CAPTURE && c->readback &&
	    readback_open(c->readback, dev, ino, tgid, fd, c->now_ns))
		v = LT_VERDICT_READ;
	if (store_verdict(c, dev, ino, v))
		log_debug("capture: verdict for %u:%llu not stored: %s", dev,
			  (unsigned long long)ino, strerror(errno));
	if (reborn(c, dev, ino))
		forget_both(c, dev, ino);
	return v;
}

int capture_map_probe(struct capture *c)
{
	struct lt_file_key k = { 0 }; /* no file has inode 0 */
	int err = bpf_map__delete_elem(c->skel->maps.files, &k, sizeof(k), 0);

	return err == -ENOENT ? 0 : err;
}

void capture_forget_verdict(struct capture *c, uint32_t dev, uint64_t ino)
{
	struct lt_file_key k = { .ino = ino, .dev = dev };

	bpf_map__delete_elem(c->skel->maps.files, &k, sizeof(k), 0);
	__atomic_fetch_add(&c->skel->bss->verdict_gen, 1, __ATOMIC_SEQ_CST);
	unkeep_path(c, dev, ino);
}

int capture_keep_path(struct capture *c, uint32_t dev, uint64_t ino, const char *path)
{
	struct lt_file_key k = { .ino = ino, .dev = dev };
	struct lt_path_part part;
	size_t len = strlen(path) + 1, off;
	int parts = (int)((len + LT_KEPT_PART - 1) / LT_KEPT_PART);

	if (!c->pin.pinned) /* no later agent adopts this capture */
		return 0;
	if (parts > LT_KEPT_PARTS_MAX)
		return -ENAMETOOLONG;
	unkeep_path(c, dev, ino); /* a longer path's parts must not outlive it */
	/* part 0 last: a part 0 whose later parts are missing is never read whole */
	for (k.pad = (uint32_t)parts; k.pad-- > 0;) {
		off = (size_t)k.pad * LT_KEPT_PART;
		memset(&part, 0, sizeof(part));
		memcpy(part.p, path + off, len - off < LT_KEPT_PART ? len - off : LT_KEPT_PART);
		if (bpf_map__update_elem(c->skel->maps.kept_paths, &k, sizeof(k), &part,
					 sizeof(part), BPF_ANY)) {
			int err = errno == E2BIG ? -ENOSPC : -errno;

			unkeep_path(c, dev, ino);
			return err;
		}
	}
	return 0;
}

/* The path kept in fd for (dev, ino) into out (LT_KEPT_PART * LT_KEPT_PARTS_MAX bytes);
 * false when a part is missing. */
static bool kept_path(int fd, struct lt_file_key k, char *out)
{
	for (k.pad = 0; k.pad < LT_KEPT_PARTS_MAX; k.pad++) {
		char *p = out + (size_t)k.pad * LT_KEPT_PART;

		if (bpf_map_lookup_elem(fd, &k, p))
			return false;
		if (memchr(p, '\0', LT_KEPT_PART))
			return true;
	}
	return false;
}

/* Hands each whole path kept in fd to fn. Keys are gathered first: fn may delete. */
static size_t kept_paths_of(int fd, cap_path_fn fn, void *ctx)
{
	struct lt_file_key k, next, *keys = NULL, *grown;
	size_t n = 0, cap = 0, i, told = 0;
	char *path = malloc((size_t)LT_KEPT_PART * LT_KEPT_PARTS_MAX);
	void *prev = NULL;

	while (path && !bpf_map_get_next_key(fd, prev, &next)) {
		k = next;
		prev = &k;
		if (k.pad)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			grown = realloc(keys, cap * sizeof(*keys));
			if (!grown)
				break;
			keys = grown;
		}
		keys[n++] = k;
	}
	for (i = 0; path && i < n; i++) {
		if (!kept_path(fd, keys[i], path))
			continue;
		fn(ctx, keys[i].dev, keys[i].ino, path);
		told++;
	}
	free(keys);
	free(path);
	return told;
}

size_t capture_kept_paths(struct capture *c, cap_path_fn fn, void *ctx)
{
	size_t n = 0;

	if (c->pin.adopted)
		n += kept_paths_of(bpf_map__fd(c->skel->maps.kept_paths), fn, ctx);
	if (c->old.paths_fd >= 0) /* the version handed over from, when it kept paths */
		n += kept_paths_of(c->old.paths_fd, fn, ctx);
	return n;
}

void capture_keep_ctr(struct capture *c, uint64_t cgid, const struct lt_kept_ctr *k)
{
	if (c->pin.pinned && bpf_map__update_elem(c->skel->maps.kept_ctrs, &cgid, sizeof(cgid), k,
						  sizeof(*k), BPF_ANY))
		log_debug("capture: the container of cgroup %llu is not kept: %s",
			  (unsigned long long)cgid, strerror(errno));
}

bool capture_cgroup_path(struct capture *c, uint64_t cgid, char *out, size_t n)
{
	struct lt_cgroup_path v;

	if (!c->pin.pinned || !n)
		return false;
	if (bpf_map__lookup_elem(c->skel->maps.cgroup_paths, &cgid, sizeof(cgid), &v, sizeof(v),
				 0) &&
	    (c->old.cgroups_fd < 0 || bpf_map_lookup_elem(c->old.cgroups_fd, &cgid, &v)))
		return false;
	v.path[sizeof(v.path) - 1] = '\0';
	snprintf(out, n, "%s", v.path);
	return true;
}

bool capture_kept_ctr(struct capture *c, uint64_t cgid, struct lt_kept_ctr *out)
{
	if (!c->pin.pinned)
		return false;
	if (!bpf_map__lookup_elem(c->skel->maps.kept_ctrs, &cgid, sizeof(cgid), out, sizeof(*out),
				  0))
		return true;
	if (c->old.ctrs_fd < 0 || bpf_map_lookup_elem(c->old.ctrs_fd, &cgid, out))
		return false;
	capture_keep_ctr(c, cgid, out); /* for after the older version is gone */
	return true;
}

void capture_stats(struct capture *c, struct lt_stats *out)
{
	int ncpu = libbpf_num_possible_cpus(), i;
	struct lt_stats *per;
	uint32_t zero = 0;

	memset(out, 0, sizeof(*out));
	if (ncpu <= 0)
		return;
	per = calloc((size_t)ncpu, sizeof(*per));
	if (!per)
		return;
	if (!bpf_map__lookup_elem(c->skel->maps.stats, &zero, sizeof(zero), per,
				  sizeof(*per) * (size_t)ncpu, 0)) {
		for (i = 0; i < ncpu; i++) {
			out->writes += per[i].writes;
			out->bytes += per[i].bytes;
			out->lost_records += per[i].lost_records;
			out->lost_bytes += per[i].lost_bytes;
			out->truncated_bytes += per[i].truncated_bytes;
			out->path_records += per[i].path_records;
			out->lost_paths += per[i].lost_paths;
			out->span_writes += per[i].span_writes;
			out->span_allocs += per[i].span_allocs;
			out->span_frees += per[i].span_frees;
		}
	}
	free(per);
	if (c->readback) {
		struct readback_stats rs;

		readback_stats(c->readback, &rs);
		out->bytes += rs.bytes;
		out->truncated_bytes += rs.truncated_bytes;
	}
}

void capture_readback_stats(struct capture *c, struct readback_stats *out)
{
	if (c->readback)
		readback_stats(c->readback, out);
	else
		memset(out, 0, sizeof(*out));
}

const char *capture_hook(const struct capture *c)
{
	return c->hook;
}

void capture_close(struct capture *c)
{
	if (!c)
		return;
	rings_free(c->rings);
	cap_close_old(c);
	if (c->flush_fd >= 0)
		close(c->flush_fd);
	capture_bpf__destroy(c->skel); /* pinned links stay attached */
	readback_free(c->readback);
	if (c->pin_lock > 0)
		close(c->pin_lock); /* the next agent may take over now */
	free(c);
}

int capture_unpin(const char *pin_dir)
{
	return pin_unpin_all(pin_dir);
}

void capture_pin_report(const char *pin_dir, struct cap_pin_report *r)
{
	r->on_bpffs = pin_on_bpffs(pin_dir);
	r->folders = r->on_bpffs ? pin_list(pin_dir, r->names, sizeof(r->names)) : 0;
	r->owned = r->folders && pin_owned(pin_dir);
}
