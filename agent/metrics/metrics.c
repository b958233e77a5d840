// SPDX-License-Identifier: Apache-2.0
/*
 * metrics.c - the counters every stage bumps and the answers of the HTTP server
 * (server.c): Prometheus text on GET /metrics, liveness on /healthz and readiness
 * on /readyz (200 "ok" or 503 with the reason, health.c), 404 else. Answering
 * only reads atomics, so a scrape never stalls the pipeline.
 */
#include "metrics.h"

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "health.h"
#include "lib/buf.h"
#include "lib/clock.h"

struct metrics lt_metrics;
static int (*metrics_renderer)(struct buf *b); /* NULL: the agent's counters */

void metrics_set_renderer(int (*render)(struct buf *b))
{
	metrics_renderer = render;
}

static const struct metric_def metric_defs[] = {
#define M(n, t, h, f)                                                                              \
	{                                                                                          \
		"logtap_" n, t, h, offsetof(struct metrics, f)                                     \
	}
    M("captured_writes_total", "counter", "Write system calls captured.", writes),
    M("captured_bytes_total", "counter", "Bytes captured.", bytes),
    M("kernel_drops_total", "counter", "Ring buffer records lost in the kernel.", kernel_drops),
    M("kernel_drop_bytes_total", "counter", "Payload bytes of records lost in the kernel.",
      kernel_drop_bytes),
    M("truncated_bytes_total", "counter", "Bytes beyond the per-write capture maximum.",
      truncated_bytes),
    M("readback_bytes_total", "counter", "Captured bytes read back from the page cache.",
      readback_bytes),
    M("readback_missing_bytes_total", "counter",
      "Bytes of writes no longer in their file when read back (reported as gaps).",
      readback_missing_bytes),
    M("readback_files", "gauge", "Log files held open for read-back.", readback_files),
    M("span_writes_total", "counter",
      "Writes the kernel joined to their thread's span instead of a record of their own "
      "(read back or copied).", span_writes),
    M("span_threads", "gauge",
      "Threads whose span storage the kernel holds (8 KiB each; let go of once quiet).",
      span_threads),
    M("readback_stalls_total", "counter",
      "Read-back opens and reads that missed their deadline (the file is copied from then on).",
      readback_stalls),
    M("readback_slow_reads_total", "counter",
      "Read-back reads not served from the page cache at once (done by the worker thread).",
      readback_slow_reads),
    M("truncated_events_total", "counter", "Events cut by a cap or max_payload.", truncated_events),
    M("published_total", "counter", "Events accepted by NATS (acknowledged with JetStream).",
      published),
    M("duplicates_total", "counter",
      "Resent events JetStream dropped as duplicates of one it had stored (Nats-Msg-Id).",
      duplicates),
    M("publish_errors_total", "counter", "Failed publishes (each retried or spooled).",
      publish_errors),
    M("publish_waits_total", "counter",
      "Naps of 1 ms for JetStream acks while the window of unacknowledged publishes was full.",
      publish_waits),
    M("permission_errors_total", "counter", "Publish permission violations.", permission_errors),
    M("spool_bytes", "gauge", "Bytes in the disk spool.", spool_bytes),
    M("spool_events", "gauge", "Events in the disk spool.", spool_events),
    M("spooled_total", "counter",
      "Events written to the disk spool (NATS away or slower than the input).", spooled),
    M("spool_evicted_total", "counter", "Events evicted from a full spool.", spool_evicted),
    M("nats_connected", "gauge", "1 while connected to NATS.", nats_connected),
    M("path_records_total", "counter", "PATH records received (first sight of a file).",
      path_records),
    M("lost_paths_total", "counter", "PATH records lost in the kernel (asked for again).",
      lost_paths),
    M("unresolved_records_total", "counter",
      "Records of files whose path could not be learned (their writer was gone).",
      unresolved_records),
    M("unresolved_bytes_total", "counter", "Bytes of those records, not passed on.",
      unresolved_bytes),
    M("filtered_events_total", "counter", "Events dropped by the capture filters.",
      filtered_events),
    M("output_errors_total", "counter", "Events that could not be written to stdout.",
      output_errors),
    M("stream_memory_bytes", "gauge", "Bytes held for unfinished lines of all writers.",
      stream_memory_bytes),
    M("record_memory_bytes", "gauge", "Bytes held for pending records (reassembly) of all writers.",
      record_memory_bytes),
    M("stream_memory_flushes_total", "counter",
      "Unfinished lines and pending records sent on early, marked truncated, to stay under "
      "--max-stream-memory.",
      stream_memory_flushes),
    M("rss_bytes", "gauge",
      "Resident memory of logtap without the BPF ring buffer and map mappings.", rss_bytes),
    M("ring_rss_bytes", "gauge", "Resident memory of the BPF ring buffer and map mappings.",
      ring_rss_bytes),
    M("rss_peak_bytes", "gauge",
      "Highest resident memory of logtap without the BPF map mappings, sampled once a second.",
      rss_peak_bytes),
    M("pin_adopted", "gauge",
      "1 when this agent adopted a pinned capture at start (capture went on while no agent ran).",
      pin_adopted),
    M("pin_waiting_records", "gauge", "Records that were waiting in the pinned ring at start.",
      pin_waiting_records),
    M("ring_held_bytes", "gauge",
      "Bytes the ring buffer holds: read but not yet delivered and acknowledged, and unread.",
      ring_held_bytes),
    M("handover_records_total", "counter",
      "Records drained from an older version's pinned ring during an upgrade.", handover_records),
    M("handover_gap_bytes_total", "counter",
      "Bytes of an older version's ring that could not be decoded (another record layout).",
      handover_gap_bytes),
    M("ring_early_releases_total", "counter",
      "Times a 3/4 full ring was let go before the events of its records were acknowledged.",
      ring_early_releases),
    M("ring_spills_total", "counter",
      "Times the hot ring was full and records went to the large ring until the agent caught up.",
      ring_spills),
#undef M
};

static char build_labels[256]; /* logtap_build_info's labels, set once at start */

void metrics_build_info(const char *version, const char *commit, const char *hook)
{
	snprintf(build_labels, sizeof(build_labels), "version=\"%s\",commit=\"%s\",hook=\"%s\"",
		 version, commit, hook);
}

int metrics_render_table(struct buf *b, const struct metric_def *defs, size_t n,
			 const void *counters)
{
	uint64_t v;
	size_t i;
	int err = 0;

	for (i = 0; i < n; i++) {
		v = __atomic_load_n((const uint64_t *)((const char *)counters + defs[i].offset),
				    __ATOMIC_RELAXED);
		err |= buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n%s %llu\n", defs[i].name,
				  defs[i].help, defs[i].name, defs[i].type, defs[i].name,
				  (unsigned long long)v);
	}
	return err ? -ENOMEM : 0;
}

static const char *kind_label(size_t i)
{
	return ev_kind_name((enum ev_kind)i);
}

static const char *level_label(size_t i)
{
	return ev_level_name((enum ev_level)i);
}

static const char *redact_label(size_t i)
{
	return redact_kind_name((enum redact_kind)i);
}

/* One counter family with a label: logtap_NAME{LABEL="label_of(i)"} v[i] for i < n. */
static int render_by(struct buf *b, const char *name, const char *help, const char *label,
		     const uint64_t *v, size_t n, const char *(*label_of)(size_t))
{
	int err = buf_printf(b, "# HELP logtap_%s %s\n# TYPE logtap_%s counter\n", name, help,
			     name);
	size_t i;

	for (i = 0; i < n; i++)
		err |= buf_printf(b, "logtap_%s{%s=\"%s\"} %llu\n", name, label, label_of(i),
				  (unsigned long long)__atomic_load_n(&v[i], __ATOMIC_RELAXED));
	return err;
}

/* Renders every counter as Prometheus text (format 0.0.4). 0 or -ENOMEM. */
static int metrics_render(struct buf *b)
{
	int err = 0;

	err |= metrics_render_table(b, metric_defs, sizeof(metric_defs) / sizeof(metric_defs[0]),
				    &lt_metrics);
	err |= render_by(b, "events_total", "Events emitted, by kind.", "kind", lt_metrics.events_kind,
			 EV_KIND_COUNT, kind_label);
	err |= render_by(b, "events_level_total", "Events emitted, by level.", "level",
			 lt_metrics.events_level, LVL_COUNT, level_label);
	err |= render_by(b, "redacted_total", "Values replaced by the redact stage, by kind.",
			 "kind", lt_metrics.redacted, REDACT_KIND_COUNT, redact_label);
	if (*build_labels)
		err |= buf_printf(b, "# HELP logtap_build_info The running build.\n"
				     "# TYPE logtap_build_info gauge\nlogtap_build_info{%s} 1\n",
				  build_labels);
	return err ? -ENOMEM : 0;
}

static int metrics_reply(struct buf *out, const char *status, const char *type, const char *body,
			 size_t len)
{
	if (buf_printf(out,
		       "HTTP/1.0 %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
		       "Connection: close\r\n\r\n",
		       status, type, len) ||
	    buf_append(out, body, len))
		return -ENOMEM;
	return 0;
}

/* A probe: 200 with "ok", or 503 with a one-line reason. */
static int metrics_probe(struct buf *out, bool ready)
{
	char why[256];
	uint64_t now = clock_mono_ns();
	bool ok = ready ? health_ready(now, why, sizeof(why) - 1) : health_live(now, why, sizeof(why) - 1);

	strcat(why, "\n");
	return metrics_reply(out, ok ? "200 OK" : "503 Service Unavailable", "text/plain", why,
			     strlen(why));
}

int metrics_respond(const char *req, struct buf *out)
{
	struct buf body = {0};
	char path[256];
	int err;

	if (sscanf(req, "GET %255s ", path) != 1)
		return metrics_reply(out, "400 Bad Request", "text/plain", "bad request\n", 12);
	if (!strcmp(path, "/metrics")) {
		err = metrics_renderer ? metrics_renderer(&body) : metrics_render(&body);
		if (!err)
			err = metrics_reply(out, "200 OK", "text/plain; version=0.0.4", body.p,
					    body.len);
		buf_free(&body);
		return err;
	}
	if (!strcmp(path, "/healthz") || !strcmp(path, "/readyz"))
		return metrics_probe(out, !strcmp(path, "/readyz"));
	return metrics_reply(out, "404 Not Found", "text/plain", "not found\n", 10);
}
