// SPDX-License-Identifier: Apache-2.0
/*
 * capture.c - open -> configure rodata -> load -> attach -> ring buffer poll.
 * Prefers tp_btf/sys_exit and falls back to raw_tp/sys_exit where BTF-typed
 * tracepoints cannot attach. Records are copied out of the read-only ring.
 */
#include "capture.h"

#include <errno.h>
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
#include "lib/clock.h"
#include "lib/log.h"
#include "readback.h"

#define READBACK_IDLE_NS (30ull * 1000 * 1000 * 1000) /* files without spans are let go */
#define SWEEP_NS (1000ull * 1000 * 1000)

struct capture {
	struct capture_bpf *skel;
	struct ring_buffer *rb;
	cap_record_fn fn;
	void *ctx;
	const char *hook;	  /* "tp_btf" or "raw_tp" */
	struct readback *readback; /* NULL with --copy-writes */
	uint64_t now_ns;	  /* monotonic, once per drain */
	uint64_t next_sweep_ns;
	struct lt_file_key path_key; /* the file of the PATH record being handled */
	uint32_t path_born;	     /* and its count in the born map then */
};

_Static_assert(sizeof(struct lt_hdr) == 112, "lt_hdr layout changed: bump LT_ABI_VERSION");
_Static_assert(sizeof(struct lt_file_key) == 16, "lt_file_key layout");

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

/* Log files (and files being decided) live in the files map, the others in ignored:
 * a verdict moves from one to the other, never lives in both. */
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

static int on_sample(void *ctx, void *data, size_t size)
{
	struct capture *c = ctx;
	struct lt_hdr h;

	if (size < sizeof(h))
		return 0;
	memcpy(&h, data, sizeof(h));
	if (h.len > size - sizeof(h))
		h.len = (uint32_t)(size - sizeof(h));
	h.ts_ns = capture_boot_to_real(h.ts_ns);
	if (h.type == LT_REC_PATH) {
		c->path_key = (struct lt_file_key){ .ino = h.ino, .dev = h.dev };
		c->path_born = (uint32_t)h.offset;
	}
	if (h.type == LT_REC_PATH && c->readback)
		readback_note_fs(c->readback, h.dev, h.fs_magic);
	if (h.type == LT_REC_SPAN)
		return c->readback ? readback_span(c->readback, &h, c->fn, c->ctx, c->now_ns) : 0;
	if (c->readback && h.type == LT_REC_DATA && h.stream == LT_STREAM_FILE &&
	    (h.flags & LT_F_FIRST) && readback_retry_due(c->readback, h.dev, h.ino, c->now_ns))
		try_readback(c, &h);
	return c->fn(c->ctx, &h, (const char *)data + sizeof(h));
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

static uint64_t ring_size(uint64_t want)
{
	uint64_t n = (uint64_t)sysconf(_SC_PAGESIZE);

	while (n < want && n < (1ull << 31))
		n <<= 1;
	return n;
}

/* Opens the skeleton and sets the knobs; raw selects the raw_tp programs. */
static struct capture_bpf *open_skel(const struct cap_opts *o, bool raw)
{
	struct capture_bpf *skel = capture_bpf__open();
	uint64_t rb = ring_size(o->ring_bytes);

	if (!skel)
		return NULL;
	skel->rodata->host_mntns = host_mntns();
	skel->rodata->targ_host = o->host;
	skel->rodata->targ_stdio = o->stdio;
	skel->rodata->targ_pids = o->npids > 0;
	skel->rodata->self_tgid = (uint32_t)getpid();
	skel->rodata->max_write = o->max_write;
	skel->rodata->precise_time = o->precise_time;
	skel->rodata->targ_readback = !o->copy_writes;
	skel->rodata->wakeup_bytes = rb / 8;
	bpf_map__set_max_entries(skel->maps.rb, (uint32_t)rb);
	bpf_program__set_autoload(skel->progs.sys_exit_btf, !raw);
	bpf_program__set_autoload(skel->progs.process_exit_btf, !raw);
	bpf_program__set_autoload(skel->progs.sys_exit_raw, raw);
	bpf_program__set_autoload(skel->progs.process_exit_raw, raw);
	return skel;
}

static int load_and_attach(struct capture *c, const struct cap_opts *o)
{
	int err = -ENOENT, raw, first = 0, last = 1;

	if (o->hook && !strcmp(o->hook, "tp_btf"))
		last = 0;
	else if (o->hook && !strcmp(o->hook, "raw_tp"))
		first = 1;
	for (raw = first; raw <= last; raw++) {
		c->skel = open_skel(o, raw);
		if (!c->skel)
			return -errno;
		err = capture_bpf__load(c->skel);
		if (!err)
			err = capture_bpf__attach(c->skel);
		if (!err) {
			c->hook = raw ? "raw_tp" : "tp_btf";
			return 0;
		}
		log_debug("capture: %s hook failed: %s", raw ? "raw_tp" : "tp_btf", strerror(-err));
		capture_bpf__destroy(c->skel);
		c->skel = NULL;
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

struct capture *capture_open(const struct cap_opts *opts, cap_record_fn fn, void *ctx)
{
	struct capture *c = calloc(1, sizeof(*c));
	int err;

	if (!c)
		return NULL;
	c->fn = fn;
	c->ctx = ctx;
	c->now_ns = clock_ns(CLOCK_MONOTONIC);
	if (!opts->copy_writes) {
		struct readback_cbs cbs = { file_truncs, release_file, closed_file, c };

		c->readback = readback_new(opts->max_write, max_open_files(), &cbs);
		if (!c->readback) {
			free(c);
			errno = ENOMEM;
			return NULL;
		}
	}
	libbpf_set_print(libbpf_log);
	refresh_boot_offset();
	err = load_and_attach(c, opts);
	if (err) {
		log_error("capture: cannot load and attach the BPF programs: %s (root or "
			  "CAP_BPF+CAP_PERFMON and a kernel with BTF are needed)", strerror(-err));
		goto err_free;
	}
	err = add_pids(c, opts);
	if (err)
		goto err_destroy;
	c->rb = ring_buffer__new(bpf_map__fd(c->skel->maps.rb), on_sample, c, NULL);
	if (!c->rb) {
		err = -errno;
		log_error("capture: ring buffer: %s", strerror(-err));
		goto err_destroy;
	}
	return c;
err_destroy:
	capture_bpf__destroy(c->skel);
err_free:
	readback_free(c->readback);
	free(c);
	errno = -err;
	return NULL;
}

int capture_poll(struct capture *c, int timeout_ms)
{
	int n;

	/* The kernel wakes us only when the backlog is large; the timeout paces the rest. */
	n = ring_buffer__poll(c->rb, timeout_ms);
	if (n < 0 && n != -EINTR)
		return n;
	refresh_boot_offset();
	c->now_ns = clock_ns(CLOCK_MONOTONIC);
	if (c->readback)
		readback_batch(c->readback); /* read-ahead is good for one drain */
	n = ring_buffer__consume(c->rb);
	if (c->readback && c->now_ns >= c->next_sweep_ns) {
		readback_sweep(c->readback, c->now_ns, READBACK_IDLE_NS);
		c->next_sweep_ns = c->now_ns + SWEEP_NS;
	}
	return n < 0 && n != -EINTR ? n : 0;
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
	ring_buffer__free(c->rb);
	capture_bpf__destroy(c->skel);
	readback_free(c->readback);
	free(c);
}
