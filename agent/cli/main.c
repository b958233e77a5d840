// SPDX-License-Identifier: Apache-2.0
/*
 * main.c - wires the stages together; the whole pipeline fits on one screen:
 *   capture -> files -> streams -> reassemble -> redact -> process -> enrich -> filter ->
 *   encode -> ship
 * Modes: agent (ship to NATS or stdout), capture (terminal session), replay,
 * check (agent/check/: tries a configuration, one line per check).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "alert/alert.h"
#include "capture/capture.h"
#include "capture/readback.h"
#include "capture/record.h"
#include "check/check.h"
#include "encode/encode.h"
#include "enrich/enrich.h"
#include "enrich/filter.h"
#include "files/files.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/event.h"
#include "lib/log.h"
#include "metrics/health.h"
#include "metrics/memstat.h"
#include "metrics/metrics.h"
#include "app.h"
#include "options.h"
#include "privs.h"
#include "process/process.h"
#include "reassemble/reassemble.h"
#include "redact/redact.h"
#include "ship/ship.h"
#include "streams/streams.h"
#include "tail/tail.h"

#define TICK_MS 100
#define RSS_TRIM_ABOVE (24ull << 20) /* free heap pages go back above this RSS */


#ifndef LOGTAP_VERSION
#define LOGTAP_VERSION "0.0.0-dev"
#define LOGTAP_COMMIT "unknown"
#endif

static volatile sig_atomic_t stop_requested, reload_requested;

static void on_signal(int sig)
{
	if (sig == SIGHUP)
		reload_requested = 1;
	else
		stop_requested = sig;
}

/* ---- the pipeline, back to front ---- */

static void on_event_ready(void *ctx, struct event *e)
{
	struct app *a = ctx;
	int err;

	if (!filter_match(&a->filter, e)) {
		METRIC_ADD(filtered_events, 1);
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
		err = encode_json(&a->out, e, a->o.hostname);
	if (!err && a->ship)
		err = ship_event(a->ship, e, a->out.p, a->out.len);
	else if (!err && (fwrite(a->out.p, 1, a->out.len, stdout) != a->out.len ||
			  (!a->text && putchar('\n') == EOF)))
		err = -EIO;
	if (err && !a->ship)
		METRIC_ADD(output_errors, 1);
	if (err && log_allow(&a->lim_out, 10))
		log_warn("main: event %s not written: %s", e->event_id, strerror(-err));
	a->events++;
	event_free(e);
}

static void on_event(void *ctx, struct event *e)
{
	struct app *a = ctx;

	uint64_t counts[REDACT_KIND_COUNT] = { 0 };
	int k;

	if (a->redact && redact_event(a->redact, a->carry, e, &a->redacted, counts) > 0) {
		for (k = 0; k < REDACT_KIND_COUNT; k++)
			METRIC_ADD(redacted[k], counts[k]);
	}
	if (process_event(e))
		log_debug("main: process_event failed for %s", e->event_id);
	enrich_push(a->enrich, e);
}

/* For --record-start GLOBs on container names: what enrich already knows, never waiting. */
static bool writer_name(void *ctx, const struct ev_source *src, char *buf, size_t len)
{
	struct app *a = ctx;

	return a->enrich && enrich_writer_name(a->enrich, src, buf, len);
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

static enum lt_verdict on_verdict(void *ctx, uint32_t dev, uint64_t ino, uint32_t tgid,
				  uint32_t fd, enum lt_verdict v)
{
	struct app *a = ctx;

	return a->cap ? capture_set_verdict(a->cap, dev, ino, tgid, fd, v) : v;
}

static void on_forget(void *ctx, uint32_t dev, uint64_t ino)
{
	struct app *a = ctx;

	if (a->cap)
		capture_forget_verdict(a->cap, dev, ino);
}

static int on_keep(void *ctx, uint32_t dev, uint64_t ino, const char *path)
{
	struct app *a = ctx;

	return a->cap ? capture_keep_path(a->cap, dev, ino, path) : 0;
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

/* capture -> files -> streams: a file's path and verdict are known before its bytes go on. */
static int to_streams(struct app *a, const struct lt_hdr *h, const void *payload)
{
	const char *path = NULL;
	int err = 0;

	if (h->type == LT_REC_PATH) {
		files_path_record(a->files, h, payload);
		return 0;
	}
	if (h->type == LT_REC_DATA && h->stream == LT_STREAM_FILE) {
		path = files_data_path(a->files, h, &err);
		if (!path)
			return err;
	}
	if (a->cap)
		streams_set_mark(a->streams, capture_mark(a->cap));
	return streams_record(a->streams, h, payload, path) == -ENOMEM ? -ENOMEM : 0;
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
	return to_streams(a, h, payload);
}

/* ---- setup and teardown ---- */

/* The redact stage from --redact, --redact-mode and --redact-key-file (the key is
 * never logged). No redactor with --redact none. */
static int setup_redact(struct app *a)
{
	struct redact_opts ro = { .kinds = REDACT_KINDS_DEFAULT, .mode = REDACT_MASK,
				  .key_file = a->o.redact_key_file };

	if (a->o.redact && redact_parse_kinds(a->o.redact, &ro.kinds)) {
		log_error("main: --redact %s: kinds are card, iban, email, credential, key, jwt, "
			  "phone, ip, or all, none, default", a->o.redact);
		return -EINVAL;
	}
	if (a->o.redact_mode && redact_parse_mode(a->o.redact_mode, &ro.mode))
		return -EINVAL;
	if (!ro.kinds)
		return 0;
	a->carry = redact_carry_new();
	if (!a->carry)
		return -ENOMEM;
	a->redact = redact_new(&ro);
	if (!a->redact) {
		log_error("redact: cannot use the key file %s: %s (16 or more bytes needed)",
			  ro.key_file ? ro.key_file : "(none)", strerror(errno));
		return -EINVAL;
	}
	return 0;
}

static int build_pipeline(struct app *a)
{
	struct lt_options *o = &a->o;
	struct streams_opts so = {
		.max_line = o->max_event_bytes,
		.idle_ns = o->idle_ms * NS_PER_MS,
		.evict_ns = 300000 * NS_PER_MS,
		.raw = o->raw,
		.max_memory = o->max_stream_memory / 2,
	};
	struct streams_cbs cbs = { on_line, on_writer_end, a };
	struct reasm_opts ro = {
		.idle_ns = o->idle_ms * NS_PER_MS,
		.max_age_ns = o->max_age_ms * NS_PER_MS,
		.max_lines = (uint32_t)o->max_lines,
		.max_bytes = o->max_event_bytes,
		.single_line = o->raw,
		.keep_ansi = o->keep_ansi,
		.record_starts = o->record_starts.v,
		.n_record_starts = o->record_starts.n,
		.max_memory = o->max_stream_memory / 2,
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
		.keep = app_keep_ctr,
		.recall = app_recall_ctr,
		.kept_ctx = a,
	};

	app_set_rules(a);
	if (setup_redact(a))
		return -EINVAL;
	a->files = files_new(&a->paths, &(struct files_cbs){ on_verdict, on_forget, on_keep, a });
	a->streams = streams_new(&so, &cbs);
	if (o->mode != MODE_REPLAY) { /* a recording's pids name no live container */
		ro.writer_name = writer_name;
		ro.writer_name_ctx = a;
	}
	a->reasm = reasm_new(&ro, on_event, a);
	a->enrich = enrich_new(&eo, on_event_ready, a);
	if (!a->files || !a->streams || !a->reasm || !a->enrich)
		return -ENOMEM;
	if (o->mode == MODE_AGENT) {
		app_ship_new(a);
		if (!a->ship)
			return -errno;
	}
	return 0;
}

static void free_pipeline(struct app *a)
{
	files_free(a->files);
	streams_free(a->streams);
	reasm_free(a->reasm);
	redact_free(a->redact);
	redact_carry_free(a->carry);
	buf_free(&a->redacted);
	enrich_free(a->enrich);
	ship_free(a->ship);
}

/* Pushes everything pending through to the output, front to back. 0, or -EIO when
 * something could not be shipped or spooled. */
static int flush_pipeline(struct app *a)
{
	int err = 0;

	streams_flush(a->streams);
	reasm_flush(a->reasm);
	enrich_flush(a->enrich);
	if (a->ship && ship_close(a->ship)) {
		log_warn("main: some events could not be shipped or spooled");
		err = -EIO;
	}
	if (fflush(stdout))
		err = -EIO;
	return err;
}

static int setup_output(struct app *a)
{
	const char *env_color = getenv("NO_COLOR");

	a->text = a->o.output ? !strcmp(a->o.output, "text")
			      : a->o.mode != MODE_AGENT && isatty(STDOUT_FILENO);
	a->color = a->text && isatty(STDOUT_FILENO) && !(env_color && *env_color);
	if (a->o.mode != MODE_AGENT)
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	return 0;
}

static int probe_maps(void *cap)
{
	return capture_map_probe(cap);
}

/* Attaches capture, then drops the capabilities it no longer needs. Runs before any
 * thread is started (enrich, NATS, metrics): capabilities are per thread. */
static int setup_capture(struct app *a)
{
	struct cap_opts co = {
		.host = a->o.host,
		.stdio = a->o.stdio,
		.max_write = a->o.max_write,
		.copy_writes = a->o.copy_writes || !a->o.read_back,
		.precise_time = a->o.precise_time,
		.ring_bytes = a->o.ring_bytes,
		.hook = a->o.hook,
		.pin_dir = app_pin_dir(&a->o),
	};
	co.pids = a->o.pid_values;
	co.npids = a->o.pids.n;
	if (a->o.write_file) {
		a->rec = recorder_open(a->o.write_file);
		if (!a->rec) {
			log_error("capture: cannot write %s: %s", a->o.write_file, strerror(errno));
			return -errno;
		}
	}
	a->cap = capture_open(&co, on_record, a);
	if (!a->cap)
		return -errno;
	health_attached(true);
	metrics_build_info(LOGTAP_VERSION, LOGTAP_COMMIT, capture_hook(a->cap));
	return privs_drop(&(struct privs_opts){ metrics_addr_privileged(a->o.metrics_addr),
						probe_maps, a->cap });
}

static void update_metrics(struct app *a)
{
	struct readback_stats rs;
	struct memstat ms;
	struct lt_stats st;

	if (!memstat_sample(&ms, clock_ns(CLOCK_MONOTONIC), RSS_TRIM_ABOVE)) {
		METRIC_SET(rss_bytes, ms.rss);
		METRIC_SET(ring_rss_bytes, ms.ring_rss);
		if (ms.rss > METRIC_GET(rss_peak_bytes))
			METRIC_SET(rss_peak_bytes, ms.rss);
	}
	capture_stats(a->cap, &st);
	capture_readback_stats(a->cap, &rs);
	METRIC_SET(readback_bytes, rs.bytes);
	METRIC_SET(readback_missing_bytes, rs.short_bytes);
	METRIC_SET(readback_files, rs.files_open);
	METRIC_SET(readback_stalls, rs.stalls);
	METRIC_SET(readback_slow_reads, rs.slow_reads);
	METRIC_SET(span_writes, st.span_writes);
	/* the per-CPU counts are read one after the other: never below 0 */
	METRIC_SET(span_threads, st.span_allocs > st.span_frees ? st.span_allocs - st.span_frees : 0);
	METRIC_SET(writes, st.writes);
	METRIC_SET(bytes, st.bytes);
	METRIC_SET(kernel_drops, st.lost_records);
	METRIC_SET(kernel_drop_bytes, st.lost_bytes);
	METRIC_SET(truncated_bytes, st.truncated_bytes);
	METRIC_SET(path_records, st.path_records);
	METRIC_SET(lost_paths, st.lost_paths);
	app_pin_metrics(a);
}

/* After update_metrics: every count of something not passed on is here, zero or not. */
static void print_summary(struct app *a)
{
#define G(f) (unsigned long long)METRIC_GET(f)
	fprintf(stderr,
		"logtap: summary: %llu writes, %llu bytes captured, %llu events, %llu kernel "
		"drops (%llu bytes), %llu bytes truncated, %llu events filtered; %llu bytes "
		"read back from the page cache, %llu missing, %llu writes joined into spans; %llu paths (%llu lost), %llu "
		"records of unknown files (%llu bytes), %llu events not written; the hot ring "
		"filled %llu times; RSS %.1f MB without the ring buffer (%.1f MB), peak %.1f MB\n",
		G(writes), G(bytes), (unsigned long long)a->events, G(kernel_drops),
		G(kernel_drop_bytes), G(truncated_bytes), G(filtered_events), G(readback_bytes),
		G(readback_missing_bytes), G(span_writes), G(path_records), G(lost_paths), G(unresolved_records),
		G(unresolved_bytes), G(output_errors), G(ring_spills), G(rss_bytes) / 1e6, G(ring_rss_bytes) / 1e6,
		G(rss_peak_bytes) / 1e6);
#undef G
}

static void install_signals(void)
{
	struct sigaction sa = { .sa_handler = on_signal };

	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

static int run_live(struct app *a)
{
	uint64_t start = clock_ns(CLOCK_MONOTONIC), deadline = 0, last_stats = 0, now;
	int err = 0;

	if (a->o.duration > 0)
		deadline = start + (uint64_t)(a->o.duration * 1e9);
	if (a->o.metrics_addr) {
		a->metrics = metrics_server_start(a->o.metrics_addr);
		if (!a->metrics)
			log_warn("main: metrics on %s unavailable: %s", a->o.metrics_addr,
				 strerror(errno));
	}
	log_info("capture: ready (logtap %s, hook %s, %s%s)", LOGTAP_VERSION, capture_hook(a->cap),
		 a->o.pids.n ? "selected pids" : a->o.host ? "containers and host" : "containers",
		 a->o.stdio ? ", stdout/stderr too" : "");
	while (!stop_requested) {
		err = capture_poll(a->cap, TICK_MS);
		if (err < 0 && err != -ENOMEM) {
			log_error("capture: ring buffer poll failed: %s", strerror(-err));
			break;
		}
		now = clock_ns(CLOCK_MONOTONIC);
		health_loop(now);
		if (!err)
			health_drained(now);
		if (reload_requested) {
			reload_requested = 0;
			app_reload(a);
		}
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
	/* A pinned ring keeps what is unread for the next agent: stop draining. */
	if (!app_pin_dir(&a->o)) {
		capture_flush_spans(a->cap);
		capture_poll(a->cap, 0);
	}
	if (flush_pipeline(a) == 0)
		capture_commit_all(a->cap); /* everything read is delivered or spooled */
	update_metrics(a);
	if (a->o.mode == MODE_CAPTURE)
		print_summary(a);
	else
		log_info("agent: stopped (%s): %llu writes, %llu events, %llu kernel drops, "
			 "%llu published", stop_requested ? strsignal(stop_requested) : "error",
			 (unsigned long long)METRIC_GET(writes), (unsigned long long)a->events,
			 (unsigned long long)METRIC_GET(kernel_drops),
			 (unsigned long long)METRIC_GET(published));
	return err < 0 && err != -ENOMEM ? err : 0; /* -ENOMEM: records were counted */
}

/* --version anywhere before "--", or `logtap version`. */
static bool wants_version(int argc, char **argv)
{
	int i;

	if (argc > 1 && !strcmp(argv[1], "version"))
		return true;
	for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
		if (!strcmp(argv[i], "--version") || !strcmp(argv[i], "-V"))
			return true;
	}
	return false;
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
	int err;

	if (wants_version(argc, argv)) {
		printf("logtap %s (commit %s)\n", LOGTAP_VERSION, LOGTAP_COMMIT);
		return 0;
	}
	a.argc = argc;
	a.argv = argv;
	err = options_parse(&a.o, argc, argv);
	if (err) {
		if (err < 0 && a.o.mode == MODE_CHECK)
			check_parse_failed();
		options_free(&a.o);
		return err > 0 ? 0 : 2;
	}
	log_setup(a.o.log_level_value, a.o.log_format && !strcmp(a.o.log_format, "json"));
	if (a.o.mode == MODE_CHECK) {
		err = check_main(&a.o);
		options_free(&a.o);
		return err;
	}
	if (a.o.mode == MODE_ALERT || a.o.mode == MODE_TAIL) { /* NATS consumers, no pipeline */
		err = a.o.mode == MODE_ALERT ? alert_main(&a.o) : tail_main(&a.o);
		options_free(&a.o);
		return err ? 1 : 0;
	}
	if (a.o.mode == MODE_AGENT && a.o.unpin) {
		err = app_unpin(&a.o);
		options_free(&a.o);
		return err;
	}
	install_signals();
	setup_output(&a);
	err = a.o.mode == MODE_REPLAY ? 0 : setup_capture(&a);
	if (!err)
		err = build_pipeline(&a);
	if (!err && a.cap)
		app_pin_start(&a);
	if (!err)
		err = a.o.mode == MODE_REPLAY ? run_replay(&a) : run_live(&a);
	metrics_server_stop(a.metrics);
	app_pin_stop(&a);
	capture_close(a.cap);
	if (recorder_close(a.rec))
		log_error("capture: recording %s is incomplete", a.o.write_file);
	free_pipeline(&a);
	buf_free(&a.out);
	options_free(&a.o);
	return err ? 1 : 0;
}
