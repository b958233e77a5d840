// SPDX-License-Identifier: Apache-2.0
/*
 * main.c - wires the stages together; the whole pipeline fits on one screen:
 *   capture -> streams -> reassemble -> process -> enrich -> filter -> encode -> ship
 * Modes: agent (ship to NATS or stdout), capture (terminal session), replay.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "capture.h"
#include "encode.h"
#include "enrich.h"
#include "event.h"
#include "log.h"
#include "metrics.h"
#include "options.h"
#include "paths.h"
#include "process.h"
#include "reassemble.h"
#include "readback.h"
#include "record.h"
#include "ship.h"
#include "streams.h"

#define TICK_MS 100
#define NS_PER_MS 1000000ull

struct app {
	struct lt_options o;
	struct paths_opts paths;   /* log file rules */
	struct capture *cap;	   /* NULL in replay */
	struct recorder *rec;	   /* --write FILE, or NULL */
	struct streams *streams;
	struct reasm *reasm;
	struct enrich *enrich;
	struct ship *ship;	   /* agent mode only */
	struct metrics_server *metrics;
	uint32_t *pids;		   /* --pid values */
	struct buf out;		   /* encoded event */
	bool text;		   /* -o text */
	bool color;		   /* ANSI colors on a terminal */
	char host[256];		   /* host field */
	uint64_t replay_tick_ns;   /* replay: recorded time of the last tick */
	uint64_t events;	   /* events written or shipped */
	uint64_t filtered;	   /* events dropped by capture filters */
};

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
	stop_requested = sig;
}

static uint64_t clock_ns(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* ---- the pipeline, back to front ---- */

static void on_event_ready(void *ctx, struct event *e)
{
	struct app *a = ctx;
	int err;

	if (!enrich_filter_match(&a->o, e)) {
		a->filtered++;
		event_free(e);
		return;
	}
	METRIC_ADD(events_kind[e->kind], 1);
	METRIC_ADD(events_level[e->level], 1);
	if (e->truncated)
		METRIC_ADD(truncated_events, 1);
	buf_reset(&a->out);
	if (a->text)
		err = encode_text(&a->out, e, a->color);
	else
		err = encode_json(&a->out, e, a->host);
	if (!err && a->ship)
		err = ship_event(a->ship, e, a->out.p, a->out.len);
	else if (!err && (fwrite(a->out.p, 1, a->out.len, stdout) != a->out.len ||
			  (!a->text && putchar('\n') == EOF)))
		err = -EIO;
	if (err)
		log_warn("main: event %s not written: %s", e->event_id, strerror(-err));
	a->events++;
	event_free(e);
}

static void on_event(void *ctx, struct event *e)
{
	struct app *a = ctx;

	if (process_event(e))
		log_debug("main: process_event failed for %s", e->event_id);
	enrich_push(a->enrich, e);
}

static void on_line(void *ctx, const struct line *l)
{
	struct app *a = ctx;

	reasm_line(a->reasm, l);
}

static void on_writer_end(void *ctx, void **state)
{
	struct app *a = ctx;

	reasm_writer_end(a->reasm, state);
}

static enum lt_verdict on_path(void *ctx, uint32_t dev, uint64_t ino, const char *path)
{
	struct app *a = ctx;
	enum lt_verdict v = paths_is_log(&a->paths, path) ? LT_VERDICT_CAPTURE : LT_VERDICT_IGNORE;

	log_debug("main: %s %s", v == LT_VERDICT_CAPTURE ? "capturing" : "ignoring", path);
	if (a->cap && capture_set_verdict(a->cap, dev, ino, v))
		log_debug("main: verdict for %s not stored", path);
	return v;
}

/* Timers: streams and reassembly run on the capture clock (realtime, or the
 * recording's in replay), enrich and ship on the monotonic one. */
static void tick(struct app *a, uint64_t real_ns, uint64_t mono_ns)
{
	streams_tick(a->streams, real_ns);
	reasm_tick(a->reasm, real_ns);
	enrich_tick(a->enrich, mono_ns);
	if (a->ship)
		ship_tick(a->ship, mono_ns);
}

static int on_record(void *ctx, const struct lt_hdr *h, const void *payload)
{
	struct app *a = ctx;

	if (a->rec && recorder_write(a->rec, h, payload)) {
		log_error("main: recording failed: %s; recording stopped", strerror(EIO));
		recorder_close(a->rec);
		a->rec = NULL;
	}
	if (!a->cap && h->ts_ns >= a->replay_tick_ns + TICK_MS * NS_PER_MS) {
		/* replay runs the clock of the recording, so idle flushes happen as live */
		if (a->replay_tick_ns)
			tick(a, h->ts_ns, clock_ns(CLOCK_MONOTONIC));
		a->replay_tick_ns = h->ts_ns;
	}
	return streams_record(a->streams, h, payload) == -ENOMEM ? -ENOMEM : 0;
}

/* ---- setup and teardown ---- */

static int build_pipeline(struct app *a)
{
	struct lt_options *o = &a->o;
	struct streams_opts so = {
		.max_line = o->max_event_bytes,
		.idle_ns = o->idle_ms * NS_PER_MS,
		.evict_ns = 300000 * NS_PER_MS,
		.raw = o->raw,
	};
	struct streams_cbs cbs = { on_line, on_writer_end, on_path, a };
	struct reasm_opts ro = {
		.idle_ns = o->idle_ms * NS_PER_MS,
		.max_age_ns = o->max_age_ms * NS_PER_MS,
		.max_lines = (uint32_t)o->max_lines,
		.max_bytes = o->max_event_bytes,
		.single_line = o->raw,
		.keep_ansi = o->keep_ansi,
		.record_starts = o->record_starts.v,
		.n_record_starts = o->record_starts.n,
	};
	struct enrich_opts eo = {
		.proc_root = "/proc",
		.docker_socket = o->docker_socket,
		.podman_socket = o->podman_socket,
		.containerd_root = o->containerd_root,
		.crio_root = o->crio_root,
		.storage_root = o->storage_root,
		.wait_ns = o->mode == MODE_REPLAY ? 0 : o->meta_wait_ms * NS_PER_MS,
		.host = o->host,
	};

	a->paths = (struct paths_opts){ o->paths.v, o->paths.n, o->excludes.v, o->excludes.n,
					o->no_default_paths };
	a->streams = streams_new(&so, &cbs);
	a->reasm = reasm_new(&ro, on_event, a);
	a->enrich = enrich_new(&eo, on_event_ready, a);
	if (!a->streams || !a->reasm || !a->enrich)
		return -ENOMEM;
	if (o->mode == MODE_AGENT) {
		a->ship = ship_new(o);
		if (!a->ship)
			return -errno;
	}
	return 0;
}

static void free_pipeline(struct app *a)
{
	streams_free(a->streams);
	reasm_free(a->reasm);
	enrich_free(a->enrich);
	ship_free(a->ship);
}

/* Pushes everything pending through to the output, front to back. */
static void flush_pipeline(struct app *a)
{
	streams_flush(a->streams);
	reasm_flush(a->reasm);
	enrich_flush(a->enrich);
	if (a->ship && ship_close(a->ship))
		log_warn("main: some events could not be shipped or spooled");
	fflush(stdout);
}

static int setup_output(struct app *a)
{
	const char *env_color = getenv("NO_COLOR");
	struct utsname u;

	if (a->o.hostname)
		snprintf(a->host, sizeof(a->host), "%s", a->o.hostname);
	else if (!uname(&u))
		snprintf(a->host, sizeof(a->host), "%s", u.nodename);
	a->text = a->o.output ? !strcmp(a->o.output, "text")
			      : a->o.mode != MODE_AGENT && isatty(STDOUT_FILENO);
	a->color = a->text && isatty(STDOUT_FILENO) && !(env_color && *env_color);
	if (a->o.mode != MODE_AGENT)
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	return 0;
}

static int setup_capture(struct app *a)
{
	struct cap_opts co = {
		.host = a->o.host,
		.stdio = a->o.stdio,
		.max_write = a->o.max_write,
		.copy_writes = a->o.copy_writes,
		.precise_time = a->o.precise_time,
		.ring_bytes = a->o.ring_bytes,
		.hook = a->o.hook,
	};
	size_t i;

	a->pids = calloc(a->o.pids.n + 1, sizeof(*a->pids));
	if (!a->pids)
		return -ENOMEM;
	for (i = 0; i < a->o.pids.n; i++)
		a->pids[i] = (uint32_t)strtoul(a->o.pids.v[i], NULL, 10);
	co.pids = a->pids;
	co.npids = a->o.pids.n;
	if (a->o.write_file) {
		a->rec = recorder_open(a->o.write_file);
		if (!a->rec) {
			log_error("capture: cannot write %s: %s", a->o.write_file, strerror(errno));
			return -errno;
		}
	}
	a->cap = capture_open(&co, on_record, a);
	return a->cap ? 0 : -errno;
}

static void update_metrics(struct app *a)
{
	struct readback_stats rs;
	struct lt_stats st;

	capture_stats(a->cap, &st);
	capture_readback_stats(a->cap, &rs);
	METRIC_SET(readback_bytes, rs.bytes);
	METRIC_SET(readback_missing_bytes, rs.short_bytes);
	METRIC_SET(readback_files, rs.files_open);
	METRIC_SET(writes, st.writes);
	METRIC_SET(bytes, st.bytes);
	METRIC_SET(kernel_drops, st.lost_records);
	METRIC_SET(kernel_drop_bytes, st.lost_bytes);
	METRIC_SET(truncated_bytes, st.truncated_bytes);
}

static void print_summary(struct app *a)
{
	struct readback_stats rs;
	struct lt_stats st;

	capture_stats(a->cap, &st);
	capture_readback_stats(a->cap, &rs);
	fprintf(stderr,
		"logtap: summary: %llu writes, %llu bytes captured, %llu events, %llu kernel "
		"drops (%llu bytes), %llu bytes truncated, %llu events filtered; %llu bytes "
		"read back from the page cache, %llu missing\n",
		(unsigned long long)st.writes, (unsigned long long)st.bytes,
		(unsigned long long)a->events, (unsigned long long)st.lost_records,
		(unsigned long long)st.lost_bytes, (unsigned long long)st.truncated_bytes,
		(unsigned long long)a->filtered, (unsigned long long)rs.bytes,
		(unsigned long long)rs.short_bytes);
}

static void install_signals(void)
{
	struct sigaction sa = { .sa_handler = on_signal };

	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

static int run_live(struct app *a)
{
	uint64_t start = clock_ns(CLOCK_MONOTONIC), deadline = 0, last_stats = 0, now;
	int err;

	if (a->o.duration > 0)
		deadline = start + (uint64_t)(a->o.duration * 1e9);
	err = setup_capture(a);
	if (err)
		return err;
	if (a->o.metrics_addr) {
		a->metrics = metrics_server_start(a->o.metrics_addr);
		if (!a->metrics)
			log_warn("main: metrics on %s unavailable: %s", a->o.metrics_addr,
				 strerror(errno));
	}
	log_info("capture: ready (hook %s, %s%s)", capture_hook(a->cap),
		 a->o.pids.n ? "selected pids" : a->o.host ? "containers and host" : "containers",
		 a->o.stdio ? ", stdout/stderr too" : "");
	while (!stop_requested) {
		err = capture_poll(a->cap, TICK_MS);
		if (err < 0 && err != -ENOMEM) {
			log_error("capture: ring buffer poll failed: %s", strerror(-err));
			break;
		}
		now = clock_ns(CLOCK_MONOTONIC);
		tick(a, clock_ns(CLOCK_REALTIME), now);
		if (now - last_stats >= 1000 * NS_PER_MS) {
			update_metrics(a);
			last_stats = now;
		}
		if (a->o.mode != MODE_AGENT)
			fflush(stdout);
		if (deadline && now >= deadline)
			break;
	}
	capture_poll(a->cap, 0);
	flush_pipeline(a);
	update_metrics(a);
	if (a->o.mode == MODE_CAPTURE)
		print_summary(a);
	else
		log_info("agent: stopped (%s): %llu writes, %llu events, %llu kernel drops, "
			 "%llu published", stop_requested ? strsignal(stop_requested) : "error",
			 (unsigned long long)METRIC_GET(writes), (unsigned long long)a->events,
			 (unsigned long long)METRIC_GET(kernel_drops),
			 (unsigned long long)METRIC_GET(published));
	return err < 0 ? err : 0;
}

static int run_replay(struct app *a)
{
	int err = replay_file(a->o.replay_file, on_record, a);

	flush_pipeline(a);
	return err;
}

int main(int argc, char **argv)
{
	struct app a = { 0 };
	enum log_level lvl = LOG_INFO;
	int err;

	err = options_parse(&a.o, argc, argv);
	if (err) {
		options_free(&a.o);
		return err > 0 ? 0 : 2;
	}
	if (a.o.log_level)
		lvl = !strcmp(a.o.log_level, "debug") ? LOG_DEBUG
		      : !strcmp(a.o.log_level, "warn") ? LOG_WARN
		      : !strcmp(a.o.log_level, "error") ? LOG_ERROR : LOG_INFO;
	log_setup(lvl, a.o.log_format && !strcmp(a.o.log_format, "json"));
	install_signals();
	setup_output(&a);
	err = build_pipeline(&a);
	if (!err)
		err = a.o.mode == MODE_REPLAY ? run_replay(&a) : run_live(&a);
	metrics_server_stop(a.metrics);
	capture_close(a.cap);
	if (recorder_close(a.rec))
		log_error("capture: recording %s is incomplete", a.o.write_file);
	free_pipeline(&a);
	buf_free(&a.out);
	free(a.pids);
	options_free(&a.o);
	return err ? 1 : 0;
}
