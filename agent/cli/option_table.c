// SPDX-License-Identifier: Apache-2.0
/*
 * option_table.c - every option of every mode, one row each: flag, LOGTAP_* name,
 * config key, field, modes, help. The modes with their usage lines. options.c reads
 * them from the three sources; this file is only data.
 */
#include "option_table.h"

#include <stddef.h>

#define O(f) offsetof(struct lt_options, f)

const struct opt_def opt_defs[] = {
	{ "host", 0, OT_BOOL, O(host), M_LIVE, NULL, "also capture host (non-container) processes" },
	{ "stdio", 0, OT_BOOL, O(stdio), M_LIVE, NULL, "also capture stdout/stderr pipes and ttys" },
	{ "path", 0, OT_LIST, O(paths), M_LIVE, "GLOB", "also capture files matching GLOB (repeatable)" },
	{ "exclude", 0, OT_LIST, O(excludes), M_LIVE, "GLOB", "never capture files matching GLOB (repeatable)" },
	{ "no-default-paths", 0, OT_BOOL, O(no_default_paths), M_LIVE, NULL, "only --path rules decide what a log file is" },
	{ "max-write", 0, OT_SIZE, O(max_write), M_LIVE, "SIZE", "bytes captured per write, the rest is counted (default 1M)" },
	{ "copy-writes", 0, OT_BOOL, O(copy_writes), M_LIVE, NULL, "copy every write in the kernel (the default; wins over --read-back)" },
	{ "read-back", 0, OT_BOOL, O(read_back), M_LIVE, NULL, "read log files back from the page cache instead of copying writes: about 15% less in the writer's syscall, but the writes of the last drain (about 100 ms) before a truncation, copytruncate rotation included, are lost (counted as gaps)" },
	{ "precise-time", 0, OT_BOOL, O(precise_time), M_LIVE, NULL, "read the clock for every write (default: once per scheduler tick and CPU, so up to one tick, 4 ms at HZ=250, early)" },
	{ "ring-size", 0, OT_SIZE, O(ring_bytes), M_LIVE, "SIZE", "kernel ring buffer size (default 128M)" },
	{ "hook", 0, OT_STR, O(hook), M_LIVE, "HOOK", "sys_exit hook: auto (tp_btf, else raw_tp), tp_btf or raw_tp" },
	{ "bpf-pin-dir", 0, OT_STR, O(bpf_pin_dir), M_AGENT, "DIR", "bpffs folder where the agent pins its programs, maps and ring so that capture goes on across restarts and a new agent adopts them; none: not pinned (default /sys/fs/bpf/logtap)" },
	{ "unpin", 0, OT_BOOL, O(unpin), M_AGENT, NULL, "remove everything pinned under --bpf-pin-dir (capture stops) and exit: for uninstall" },
	{ "container", 0, OT_LIST, O(containers), M_LIVE | M_TAIL, "NAME|ID", "only this container (repeatable)" },
	{ "pod", 0, OT_LIST, O(pods), M_LIVE, "NAME", "only this Kubernetes pod (repeatable)" },
	{ "namespace", 0, OT_LIST, O(namespaces), M_LIVE, "NAME", "only this Kubernetes namespace (repeatable)" },
	{ "label", 0, OT_LIST, O(labels), M_LIVE, "KEY=VALUE", "only containers with this label (repeatable)" },
	{ "pid", 0, OT_LIST, O(pids), M_LIVE, "PID", "only this process, host or container (repeatable)" },
	{ "output", 'o', OT_STR, O(output), M_CAPTURE | M_REPLAY | M_TAIL, "FORMAT", "json or text (default: text on a terminal, else json)" },
	{ "duration", 0, OT_SECONDS, O(duration), M_CAPTURE, "SECONDS", "stop after this long" },
	{ "raw", 0, OT_BOOL, O(raw), M_CAPTURE | M_REPLAY, NULL, "one event per write, no line framing or reassembly" },
	{ "write", 'w', OT_STR, O(write_file), M_CAPTURE, "FILE", "also record the raw captured writes to FILE for replay" },
	{ "idle-flush", 0, OT_MS, O(idle_ms), M_ALL, "SECONDS", "flush a pending record after this idle time (default 1)" },
	{ "max-age", 0, OT_MS, O(max_age_ms), M_ALL, "SECONDS", "flush a pending record at this age (default 10)" },
	{ "max-lines", 0, OT_UINT, O(max_lines), M_ALL, "N", "lines per event before it is cut (default 2000)" },
	{ "max-event-bytes", 0, OT_SIZE, O(max_event_bytes), M_ALL, "SIZE", "bytes per event before it is cut (default 512k)" },
	{ "redact", 0, OT_STR, O(redact), M_ALL, "KINDS", "replace these kinds before anything leaves the host: comma list of card, iban, email, credential, key, jwt, phone, ip, or all, none, default (default: card,iban,email,credential,key,jwt)" },
	{ "redact-mode", 0, OT_STR, O(redact_mode), M_ALL, "MODE", "mask (<email>, <card:****1111>) or hash (<email:h:...>, a keyed hash that correlates; needs --redact-key-file) (default mask)" },
	{ "redact-key-file", 0, OT_STR, O(redact_key_file), M_ALL, "FILE", "key of --redact-mode hash: 16 or more bytes, never logged" },
	{ "record-start", 0, OT_LIST, O(record_starts), M_ALL, "GLOB=REGEX", "for files or containers matching GLOB, a line matching the POSIX extended REGEX starts a record, any other line continues it (repeatable; in LOGTAP_RECORD_START comma-separated)" },
	{ "keep-ansi", 0, OT_BOOL, O(keep_ansi), M_ALL, NULL, "keep ANSI escape sequences (colours) in messages (default: stripped; matching ignores them)" },
	{ "max-stream-memory", 0, OT_SIZE, O(max_stream_memory), M_ALL, "SIZE", "memory for unfinished lines and pending records of all writers (half each); past it the largest are sent on as truncated (default 64M)" },
	{ "hostname", 0, OT_STR, O(hostname), M_ALL, "NAME", "host field of every event (default: the node name)" },
	{ "docker-socket", 0, OT_STR, O(docker_socket), M_LIVE, "PATH", "Docker Engine API socket (default /var/run/docker.sock)" },
	{ "podman-socket", 0, OT_STR, O(podman_socket), M_LIVE, "PATH", "Podman API socket (default /run/podman/podman.sock)" },
	{ "containerd-root", 0, OT_STR, O(containerd_root), M_LIVE, "DIR", "containerd state directory (default /run/containerd)" },
	{ "crio-root", 0, OT_STR, O(crio_root), M_LIVE, "DIR", "CRI-O state directory (default /run/containers/storage)" },
	{ "storage-root", 0, OT_STR, O(storage_root), M_LIVE, "DIR", "Podman/CRI-O storage (default /var/lib/containers/storage)" },
	{ "meta-wait", 0, OT_MS, O(meta_wait_ms), M_LIVE, "SECONDS", "how long an event may wait for container metadata (default 0.5)" },
	{ "nats-url", 0, OT_STR, O(nats.url), M_NATS, "URLS", "NATS servers, comma-separated (default: JSON lines on stdout)" },
	{ "nats-creds", 0, OT_STR, O(nats.creds), M_NATS, "FILE", "NATS user credentials (.creds) file" },
	{ "nats-nkey", 0, OT_STR, O(nats.nkey), M_NATS, "FILE", "NATS nkey seed file" },
	{ "nats-user", 0, OT_STR, O(nats.user), M_NATS, "USER", "NATS user name" },
	{ "nats-password", 0, OT_STR, O(nats.password), M_NATS, "PASSWORD", "NATS password" },
	{ "nats-token", 0, OT_STR, O(nats.token), M_NATS, "TOKEN", "NATS token" },
	{ "tls-ca", 0, OT_STR, O(nats.tls_ca), M_NATS, "FILE", "CA certificate(s) to verify the NATS server" },
	{ "tls-cert", 0, OT_STR, O(nats.tls_cert), M_NATS, "FILE", "client certificate for NATS" },
	{ "tls-key", 0, OT_STR, O(nats.tls_key), M_NATS, "FILE", "client key for NATS" },
	{ "subject", 0, OT_STR, O(ship.subject), M_AGENT | M_TAIL, "TEMPLATE", "subject template (default logs.default.customer.{project})" },
	{ "jetstream", 0, OT_BOOL, O(ship.jetstream), M_AGENT, NULL, "publish to JetStream with acks and de-duplication ids" },
	{ "spool-dir", 0, OT_STR, O(ship.spool_dir), M_AGENT, "DIR", "disk spool while NATS is away (default /var/lib/logtap/spool)" },
	{ "spool-max-bytes", 0, OT_SIZE, O(ship.spool_max_bytes), M_AGENT, "SIZE", "spool size limit, oldest evicted first (default 1G)" },
	{ "metrics-addr", 0, OT_STR, O(metrics_addr), M_AGENT | M_ALERT, "HOST:PORT", "serve /metrics, /healthz and /readyz here" },
	{ "log-format", 0, OT_STR, O(log_format), M_EVERY, "FORMAT", "agent diagnostics as plain or json (default plain)" },
	{ "log-level", 0, OT_STR, O(log_level), M_EVERY, "LEVEL", "debug, info, warn or error (default info)" },
	{ "stream", 0, OT_STR, O(stream), M_ALERT | M_TAIL, "NAME", "JetStream stream the agents fill (alert: default LOGS; tail --since: found by subject)" },
	{ "filter-subject", 0, OT_LIST, O(filter_subjects), M_ALERT, "SUBJECT", "only events on these subjects (repeatable; default the whole stream)" },
	{ "durable", 0, OT_STR, O(durable), M_ALERT, "NAME", "durable consumer name, shared by instances (default logtap-alert)" },
	{ "alertmanager-url", 0, OT_LIST, O(am_urls), M_ALERT, "URL", "Alertmanager base URL, http:// (repeatable: every one gets every alert)" },
	{ "rules", 0, OT_STR, O(rules_file), M_ALERT, "FILE", "thresholds per project and level (default: one rule, see docs/alerting.md)" },
	{ "kv-bucket", 0, OT_STR, O(kv_bucket), M_ALERT, "NAME", "NATS KV bucket for first-seen fingerprints (default logtap_alert)" },
	{ "kv-ttl", 0, OT_SECONDS, O(kv_ttl), M_ALERT, "DURATION", "how long a fingerprint stays known (default 30d; 0 = forever)" },
	{ "link-template", 0, OT_STR, O(link_template), M_ALERT, "URL", "link annotation; {project} {fingerprint} {type} {host} are replaced" },
	{ "repost-interval", 0, OT_SECONDS, O(repost_s), M_ALERT, "DURATION", "re-post active alerts this often (default 60s)" },
	{ "resolve-after", 0, OT_SECONDS, O(resolve_s), M_ALERT, "DURATION", "resolve an alert after this long without its exception (default 15m)" },
	{ "alert-queue", 0, OT_UINT, O(alert_queue), M_ALERT, "N", "posts held per Alertmanager while it is away, oldest dropped (default 1000)" },
	{ "project", 0, OT_LIST, O(projects), M_TAIL, "NAME", "only this project: compose project, else namespace, else container (repeatable)" },
	{ "host", 0, OT_LIST, O(tail_hosts), M_TAIL, "NAME", "only events from this host (repeatable)" },
	{ "level", 0, OT_LIST, O(levels), M_TAIL, "LEVEL", "only this level, e.g. error (repeatable)" },
	{ "kind", 0, OT_LIST, O(kinds), M_TAIL, "KIND", "only line, trace or document (repeatable)" },
	{ "fingerprint", 0, OT_LIST, O(fingerprints), M_TAIL, "FP", "only this exception fingerprint (repeatable)" },
	{ "grep", 0, OT_STR, O(grep), M_TAIL, "TEXT", "only events whose message contains TEXT" },
	{ "since", 0, OT_SECONDS, O(since), M_TAIL, "DURATION", "replay this much of the stream first (e.g. 5m), then follow" },
	{ "no-probe", 0, OT_BOOL, O(no_probe), M_CHECK, NULL, "publish no probe event (the publish and stream checks then only look)" },
	{ "config", 'c', OT_STR, O(config), M_EVERY, "FILE", "config file (default /etc/logtap/logtap.conf if present)" },
};

const size_t opt_count = sizeof(opt_defs) / sizeof(opt_defs[0]);
_Static_assert(sizeof(opt_defs) / sizeof(opt_defs[0]) <= OPT_MAX, "raise OPT_MAX");

const struct mode_def mode_defs[] = {
	{ "agent", MODE_AGENT, "logtap agent [options]",
	  "Capture container log writes on this host and ship them to NATS (JSON lines on "
	  "stdout\nwithout --nats-url). Runs until SIGINT or SIGTERM." },
	{ "capture", MODE_CAPTURE, "logtap capture [filters] [--duration S] [-o json|text] [--raw] [--write FILE]",
	  "An ad-hoc capture session to the terminal. Prints \"ready\" on stderr once attached\n"
	  "and a summary at the end (SIGINT, SIGTERM or --duration)." },
	{ "replay", MODE_REPLAY, "logtap replay FILE [-o json|text] [--raw]",
	  "Runs a recording made with `capture --write FILE` through the pipeline." },
	{ "check", MODE_CHECK, "logtap check [agent options] [--no-probe]",
	  "Checks an agent configuration against this host and NATS, like `nginx -t`: the\n"
	  "config file, the subject template, the creds/nkey/TLS files, the connection, the\n"
	  "publish permissions of the user JWT, a probe event (a well-formed info event of\n"
	  "project logtap-check; with --jetstream acknowledged by a stream), loading and\n"
	  "attaching the BPF programs once, the container runtimes and the spool directory.\n"
	  "One line per check (ok, warn, skip or FAIL). Exit status 0 when nothing failed,\n"
	  "1 when a check failed, 2 for bad options. See docs/check.md." },
	{ "alert", MODE_ALERT, "logtap alert --nats-url URLS --alertmanager-url URL [options]",
	  "Reads events from the JetStream stream with a durable consumer and posts new and\n"
	  "surging exception fingerprints to Alertmanager. Runs until SIGINT or SIGTERM." },
	{ "tail", MODE_TAIL, "logtap tail --nats-url URLS [filters] [--since D] [-o text|json]",
	  "Follows the agents' events on NATS with your own credentials; --since replays\n"
	  "from the stream first. Ctrl-C ends it with a count on stderr." },
};

const size_t mode_count = sizeof(mode_defs) / sizeof(mode_defs[0]);
