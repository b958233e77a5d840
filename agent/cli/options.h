/* SPDX-License-Identifier: Apache-2.0 */
/*
 * options.h - every knob of every mode, from flags, LOGTAP_* environment
 * variables and an optional config file (flags win, then environment, then file).
 */
#ifndef LOGTAP_OPTIONS_H
#define LOGTAP_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lib/strlist.h"
#include "ship/natsopts.h"
#include "ship/ship.h"

#define OPTIONS_CONFIG_DEFAULT "/etc/logtap/logtap.conf"

enum lt_mode { MODE_NONE, MODE_AGENT, MODE_CAPTURE, MODE_REPLAY, MODE_CHECK, MODE_ALERT, MODE_TAIL };

struct lt_options {
	enum lt_mode mode;
	const char *mode_name;	/* "agent", "capture", "replay", "check" */
	char *config;		/* the config file read (flag, LOGTAP_CONFIG, or the default
				 * OPTIONS_CONFIG_DEFAULT when it exists); NULL: none */

	/* capture (kernel side and filters) */
	bool host;		/* also capture host (non-container) processes */
	bool stdio;		/* also capture stdout/stderr pipes and ttys */
	bool raw;		/* one event per write, no line framing or reassembly */
	struct strlist paths;	/* --path GLOB: extra log file rules */
	struct strlist excludes; /* --exclude GLOB: never capture these */
	bool no_default_paths;	/* only --path rules decide */
	uint64_t max_write;	/* bytes captured per write (default 1 MiB) */
	bool copy_writes;	/* copy every write in the kernel (the default) */
	bool read_back;		/* read log files back from the page cache instead: cheaper,
				 * but writes not read yet when a file is truncated are lost */
	bool precise_time;	/* read the clock for every write, not once per tick */
	uint64_t ring_bytes;	/* ring buffer size (default 64 MiB) */
	char *hook;		/* auto, tp_btf or raw_tp */
	char *bpf_pin_dir;	/* agent: bpffs folder of the pinned capture; "" or none: unpinned */
	bool unpin;		/* agent --unpin: remove the pinned capture and exit */
	struct strlist containers; /* --container NAME|ID */
	struct strlist pods;	/* --pod NAME */
	struct strlist namespaces; /* --namespace NAME */
	struct strlist labels;	/* --label KEY=VALUE */
	struct strlist pids;	/* --pid PID */
	uint32_t *pid_values;	/* the --pid values parsed, pids.n of them */
	char *output;		/* json or text */
	double duration;	/* seconds; 0 = until signalled */
	char *write_file;	/* --write FILE: record raw captured writes */
	char *replay_file;	/* replay: the recording */

	/* reassembly */
	uint64_t idle_ms;	/* flush a pending record after this idle time */
	uint64_t max_age_ms;	/* flush a pending record at this age in any case */
	uint64_t max_lines;	/* lines per event */
	uint64_t max_event_bytes; /* bytes per event */
	struct strlist record_starts; /* --record-start GLOB=REGEX: override record starts */
	bool keep_ansi;		/* keep ANSI escape sequences in messages */

	/* redaction */
	char *redact;		/* --redact KINDS; NULL = the default kinds */
	char *redact_mode;	/* mask or hash; NULL = mask */
	char *redact_key_file;	/* hash key file (hash mode) */
	uint64_t max_stream_memory; /* partial lines of all writers (default 64 MiB) */

	/* metadata */
	char *hostname;		/* host field; default the node name */
	char *docker_socket;	/* Docker Engine API socket */
	char *podman_socket;	/* Podman API socket */
	char *containerd_root;	/* containerd runtime state (OCI bundles) */
	char *crio_root;	/* CRI-O runtime state */
	char *storage_root;	/* Podman/CRI-O container storage (graphroot) */
	uint64_t meta_wait_ms;	/* how long an event may wait for its metadata */

	/* shipping: the ship stage's own structs, filled by the option table */
	struct nats_opts nats;
	struct ship_opts ship;
	char *metrics_addr;	/* HOST:PORT for /metrics, /healthz and /readyz */
	char *log_format;	/* plain or json */
	char *log_level;	/* debug, info, warn, error */
	int log_level_value;	/* log_level parsed: an enum log_level */

	/* check */
	bool no_probe;		/* publish no probe event */

	/* alert: NATS stream -> Alertmanager (docs/alerting.md) */
	char *stream;		/* JetStream stream the agents fill (default LOGS) */
	struct strlist filter_subjects; /* --filter-subject: only these subjects */
	char *durable;		/* durable consumer name (default logtap-alert) */
	struct strlist am_urls;	/* --alertmanager-url, posted to all */
	char *rules_file;	/* thresholds per project and level */
	char *kv_bucket;	/* first-seen state (default logtap_alert) */
	double kv_ttl;		/* seconds a first-seen entry lives; 0 = forever */
	char *link_template;	/* link annotation, {project} {fingerprint} {type} */
	double repost_s;	/* re-post active alerts this often (default 60) */
	double resolve_s;	/* resolve after this quiet time (default 900) */
	uint64_t alert_queue;	/* posts held while Alertmanager is away (default 1000) */

	/* tail: filters on the NATS stream (docs/tail.md) */
	struct strlist projects;     /* --project */
	struct strlist tail_hosts;   /* --host NAME (tail's own --host) */
	struct strlist levels;	     /* --level */
	struct strlist kinds;	     /* --kind */
	struct strlist fingerprints; /* --fingerprint */
	char *grep;		     /* --grep TEXT: substring of the message */
	double since;		     /* replay this many seconds from the stream first */
};

/* Parses argv (argv[1] is the mode) into o. Prints help and returns 1 when help was
 * asked for; prints a clear message to stderr and returns -EINVAL on bad input; 0 else. */
int options_parse(struct lt_options *o, int argc, char **argv);
/* Calls fn for every option of a's mode whose value differs between a and b. */
void options_changed(const struct lt_options *a, const struct lt_options *b,
		     void (*fn)(void *ctx, const char *name), void *ctx);
/* Frees what options_parse allocated. */
void options_free(struct lt_options *o);
/* Parses "10", "64k", "1M", "2G" (binary units). 0 or -EINVAL. */
int options_parse_size(const char *s, uint64_t *out);

#endif
