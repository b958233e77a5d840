/* SPDX-License-Identifier: Apache-2.0 */
/*
 * metrics.h - the agent's counters, updated by every stage and served as
 * Prometheus text on /metrics (with /healthz and /readyz) when --metrics-addr is set.
 */
#ifndef LOGTAP_METRICS_H
#define LOGTAP_METRICS_H

#include <stdbool.h>
#include <stdint.h>

#include "lib/event.h"
#include "redact/redact.h"

/* All counters are updated with relaxed atomics (__atomic builtins): stages and the
 * NATS library threads write them, the metrics thread reads them. */
struct metrics {
	uint64_t writes;		 /* captured write syscalls */
	uint64_t bytes;			 /* captured bytes */
	uint64_t kernel_drops;		 /* ring buffer records lost in the kernel */
	uint64_t kernel_drop_bytes;	 /* payload bytes of those */
	uint64_t truncated_bytes;	 /* bytes beyond the per-write maximum */
	uint64_t readback_bytes;	 /* captured bytes read back from the page cache */
	uint64_t readback_missing_bytes; /* bytes of spans no longer in their file */
	uint64_t readback_files;	 /* log files held open for read-back now */
	uint64_t readback_stalls;	 /* read-back opens/reads that missed their deadline */
	uint64_t readback_slow_reads;	 /* reads not served from the page cache at once */
	uint64_t span_writes;		 /* writes joined to a span in the kernel */
	uint64_t span_threads;		 /* threads whose span storage the kernel holds */
	uint64_t events_kind[EV_KIND_COUNT]; /* events emitted, by kind */
	uint64_t events_level[LVL_COUNT];    /* events emitted, by level */
	uint64_t truncated_events;	 /* events cut by a cap */
	uint64_t redacted[REDACT_KIND_COUNT]; /* values replaced by the redact stage, by kind */
	uint64_t published;		 /* events accepted by NATS (acked in JetStream mode) */
	uint64_t duplicates;		 /* resends JetStream dropped as already stored */
	uint64_t publish_errors;	 /* failed publishes (each retried or spooled) */
	uint64_t publish_waits;		 /* 1 ms naps for JetStream acks (window full) */
	uint64_t permission_errors;	 /* publish permission violations */
	uint64_t spool_bytes;		 /* bytes in the disk spool now */
	uint64_t spool_events;		 /* events in the disk spool now */
	uint64_t spooled;		 /* events written to the spool */
	uint64_t spool_evicted;		 /* events evicted from a full spool */
	uint64_t nats_connected;	 /* 1 while connected */
	uint64_t path_records;		 /* PATH records received (first sight of a file) */
	uint64_t lost_paths;		 /* PATH records lost in the kernel (ring full) */
	uint64_t unresolved_records;	 /* DATA records of files whose path could not be learned */
	uint64_t unresolved_bytes;	 /* their bytes, not passed on */
	uint64_t filtered_events;	 /* events dropped by --container/--pod/... filters */
	uint64_t output_errors;		 /* events that could not be written to stdout */
	uint64_t stream_memory_bytes;	 /* bytes held for partial lines now (streams) */
	uint64_t record_memory_bytes;	 /* bytes held for pending records now (reassemble) */
	uint64_t stream_memory_flushes;	 /* partial lines or records cut by --max-stream-memory */
	uint64_t rss_bytes;		 /* resident memory without the BPF map mappings */
	uint64_t ring_rss_bytes;	 /* resident memory of those (the ring buffer) */
	uint64_t rss_peak_bytes;	 /* highest rss_bytes sampled */
	uint64_t pin_adopted;		 /* 1: a pinned capture was adopted at start */
	uint64_t pin_waiting_records;	 /* records waiting in the pinned ring at start */
	uint64_t ring_held_bytes;	 /* bytes the ring holds (uncommitted and unread) */
	uint64_t handover_records;	 /* records drained from an older version's ring */
	uint64_t handover_gap_bytes;	 /* bytes of an older ring that could not be decoded */
	uint64_t ring_early_releases;	 /* nearly full ring let go before acknowledgements */
	uint64_t ring_spills;		 /* hot ring full: records went to the large one */
};

extern struct metrics lt_metrics;

#define METRIC_ADD(field, n) __atomic_add_fetch(&lt_metrics.field, (n), __ATOMIC_RELAXED)
#define METRIC_SET(field, n) __atomic_store_n(&lt_metrics.field, (n), __ATOMIC_RELAXED)
#define METRIC_GET(field) __atomic_load_n(&lt_metrics.field, __ATOMIC_RELAXED)

#define METRICS_MAX_CLIENTS 16 /* connections served at once; the oldest yields to a new one */

struct metrics_server;

/* One row of a table of uint64_t counters read with relaxed atomics. */
struct metric_def {
	const char *name; /* logtap_... */
	const char *type; /* counter or gauge */
	const char *help;
	size_t offset;	  /* of the counter in its struct */
};

/* Appends n counters of the struct at counters as Prometheus text. 0 or -ENOMEM. */
int metrics_render_table(struct buf *b, const struct metric_def *defs, size_t n,
			 const void *counters);
struct buf;

/* Sets the labels of logtap_build_info (values must not contain '"' or '\\'). */
void metrics_build_info(const char *version, const char *commit, const char *hook);

/* Other modes (alert) serve their own counters: render appends Prometheus text to b and
 * returns 0 or -ENOMEM; it runs on the server thread. Call before metrics_server_start. */
void metrics_set_renderer(int (*render)(struct buf *b));
/* The whole HTTP response (head and body) to a request head (NUL-terminated) into out.
 * 0 or -ENOMEM. Used by the server (server.c); safe on any thread. */
int metrics_respond(const char *req, struct buf *out);

/* Starts the HTTP server on addr ("HOST:PORT", port 0 for any) in its own thread: up to
 * METRICS_MAX_CLIENTS connections at once, each closed 2 s after it was accepted
 * whatever it did. NULL with errno. */
struct metrics_server *metrics_server_start(const char *addr);
/* The port it listens on (useful with port 0), or -errno. */
int metrics_server_port(const struct metrics_server *s);
/* Stops the thread and closes every socket at once; never waits on a client. Accepts
 * NULL. */
void metrics_server_stop(struct metrics_server *s);
/* True when addr names a port below 1024 (binding it needs CAP_NET_BIND_SERVICE). */
bool metrics_addr_privileged(const char *addr);

#endif
