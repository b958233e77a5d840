// SPDX-License-Identifier: Apache-2.0
/*
 * options.c - one table describes every option: its flag, its LOGTAP_*
 * environment variable, its config file key, the modes that take it and its
 * help line. Sources are read file -> environment -> flags; later ones win.
 */
#include "options.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <strings.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "lib/log.h"
#include "lt_abi.h"

/* `logtap check` takes every agent option: it checks an agent configuration */
#define M_CHECK (1u << MODE_CHECK)
#define M_AGENT ((1u << MODE_AGENT) | M_CHECK)
#define M_CAPTURE (1u << MODE_CAPTURE)
#define M_REPLAY (1u << MODE_REPLAY)
#define M_LIVE (M_AGENT | M_CAPTURE)
#define M_ALL (M_AGENT | M_CAPTURE | M_REPLAY)

enum opt_type { OT_BOOL, OT_STR, OT_LIST, OT_SIZE, OT_UINT, OT_MS, OT_SECONDS };

struct opt_def {
	const char *name;  /* long flag, config key; env is LOGTAP_<NAME> */
	char short_name;   /* or 0 */
	enum opt_type type;
	size_t off;	   /* offset in struct lt_options */
	unsigned modes;	   /* M_* that accept it */
	const char *arg;   /* metavar for help, NULL for booleans */
	const char *help;
};

#define O(f) offsetof(struct lt_options, f)

static const struct opt_def opt_defs[] = {
	{ "host", 0, OT_BOOL, O(host), M_LIVE, NULL, "also capture host (non-container) processes" },
	{ "stdio", 0, OT_BOOL, O(stdio), M_LIVE, NULL, "also capture stdout/stderr pipes and ttys" },
	{ "path", 0, OT_LIST, O(paths), M_LIVE, "GLOB", "also capture files matching GLOB (repeatable)" },
	{ "exclude", 0, OT_LIST, O(excludes), M_LIVE, "GLOB", "never capture files matching GLOB (repeatable)" },
	{ "no-default-paths", 0, OT_BOOL, O(no_default_paths), M_LIVE, NULL, "only --path rules decide what a log file is" },
	{ "max-write", 0, OT_SIZE, O(max_write), M_LIVE, "SIZE", "bytes captured per write, the rest is counted (default 1M)" },
	{ "copy-writes", 0, OT_BOOL, O(copy_writes), M_LIVE, NULL, "copy every write in the kernel instead of reading log files back from the page cache" },
	{ "precise-time", 0, OT_BOOL, O(precise_time), M_LIVE, NULL, "read the clock for every write (default: once per scheduler tick and CPU, so up to one tick, 4 ms at HZ=250, early)" },
	{ "ring-size", 0, OT_SIZE, O(ring_bytes), M_LIVE, "SIZE", "kernel ring buffer size (default 64M)" },
	{ "hook", 0, OT_STR, O(hook), M_LIVE, "HOOK", "sys_exit hook: auto (tp_btf, else raw_tp), tp_btf or raw_tp" },
	{ "container", 0, OT_LIST, O(containers), M_LIVE, "NAME|ID", "only this container (repeatable)" },
	{ "pod", 0, OT_LIST, O(pods), M_LIVE, "NAME", "only this Kubernetes pod (repeatable)" },
	{ "namespace", 0, OT_LIST, O(namespaces), M_LIVE, "NAME", "only this Kubernetes namespace (repeatable)" },
	{ "label", 0, OT_LIST, O(labels), M_LIVE, "KEY=VALUE", "only containers with this label (repeatable)" },
	{ "pid", 0, OT_LIST, O(pids), M_LIVE, "PID", "only this process, host or container (repeatable)" },
	{ "output", 'o', OT_STR, O(output), M_CAPTURE | M_REPLAY, "FORMAT", "json or text (default: text on a terminal, else json)" },
	{ "duration", 0, OT_SECONDS, O(duration), M_CAPTURE, "SECONDS", "stop after this long" },
	{ "raw", 0, OT_BOOL, O(raw), M_CAPTURE | M_REPLAY, NULL, "one event per write, no line framing or reassembly" },
	{ "write", 'w', OT_STR, O(write_file), M_CAPTURE, "FILE", "also record the raw captured writes to FILE for replay" },
	{ "idle-flush", 0, OT_MS, O(idle_ms), M_ALL, "SECONDS", "flush a pending record after this idle time (default 1)" },
	{ "max-age", 0, OT_MS, O(max_age_ms), M_ALL, "SECONDS", "flush a pending record at this age (default 10)" },
	{ "max-lines", 0, OT_UINT, O(max_lines), M_ALL, "N", "lines per event before it is cut (default 2000)" },
	{ "max-event-bytes", 0, OT_SIZE, O(max_event_bytes), M_ALL, "SIZE", "bytes per event before it is cut (default 512k)" },
	{ "max-stream-memory", 0, OT_SIZE, O(max_stream_memory), M_ALL, "SIZE", "memory for unfinished lines and pending records of all writers (half each); past it the largest are sent on as truncated (default 64M)" },
	{ "hostname", 0, OT_STR, O(hostname), M_ALL, "NAME", "host field of every event (default: the node name)" },
	{ "docker-socket", 0, OT_STR, O(docker_socket), M_LIVE, "PATH", "Docker Engine API socket (default /var/run/docker.sock)" },
	{ "podman-socket", 0, OT_STR, O(podman_socket), M_LIVE, "PATH", "Podman API socket (default /run/podman/podman.sock)" },
	{ "containerd-root", 0, OT_STR, O(containerd_root), M_LIVE, "DIR", "containerd state directory (default /run/containerd)" },
	{ "crio-root", 0, OT_STR, O(crio_root), M_LIVE, "DIR", "CRI-O state directory (default /run/containers/storage)" },
	{ "storage-root", 0, OT_STR, O(storage_root), M_LIVE, "DIR", "Podman/CRI-O storage (default /var/lib/containers/storage)" },
	{ "meta-wait", 0, OT_MS, O(meta_wait_ms), M_LIVE, "SECONDS", "how long an event may wait for container metadata (default 0.5)" },
	{ "nats-url", 0, OT_STR, O(nats.url), M_AGENT, "URLS", "NATS servers, comma-separated (default: JSON lines on stdout)" },
	{ "nats-creds", 0, OT_STR, O(nats.creds), M_AGENT, "FILE", "NATS user credentials (.creds) file" },
	{ "nats-nkey", 0, OT_STR, O(nats.nkey), M_AGENT, "FILE", "NATS nkey seed file" },
	{ "nats-user", 0, OT_STR, O(nats.user), M_AGENT, "USER", "NATS user name" },
	{ "nats-password", 0, OT_STR, O(nats.password), M_AGENT, "PASSWORD", "NATS password" },
	{ "nats-token", 0, OT_STR, O(nats.token), M_AGENT, "TOKEN", "NATS token" },
	{ "tls-ca", 0, OT_STR, O(nats.tls_ca), M_AGENT, "FILE", "CA certificate(s) to verify the NATS server" },
	{ "tls-cert", 0, OT_STR, O(nats.tls_cert), M_AGENT, "FILE", "client certificate for NATS" },
	{ "tls-key", 0, OT_STR, O(nats.tls_key), M_AGENT, "FILE", "client key for NATS" },
	{ "subject", 0, OT_STR, O(ship.subject), M_AGENT, "TEMPLATE", "subject template (default logs.default.customer.{project})" },
	{ "jetstream", 0, OT_BOOL, O(ship.jetstream), M_AGENT, NULL, "publish to JetStream with acks and de-duplication ids" },
	{ "spool-dir", 0, OT_STR, O(ship.spool_dir), M_AGENT, "DIR", "disk spool while NATS is away (default /var/lib/logtap/spool)" },
	{ "spool-max-bytes", 0, OT_SIZE, O(ship.spool_max_bytes), M_AGENT, "SIZE", "spool size limit, oldest evicted first (default 1G)" },
	{ "metrics-addr", 0, OT_STR, O(metrics_addr), M_AGENT, "HOST:PORT", "serve /metrics and /healthz here" },
	{ "log-format", 0, OT_STR, O(log_format), M_ALL, "FORMAT", "agent diagnostics as plain or json (default plain)" },
	{ "log-level", 0, OT_STR, O(log_level), M_ALL, "LEVEL", "debug, info, warn or error (default info)" },
	{ "no-probe", 0, OT_BOOL, O(no_probe), M_CHECK, NULL, "publish no probe event (the publish and stream checks then only look)" },
	{ "config", 'c', OT_STR, O(config), M_ALL, "FILE", "config file (default /etc/logtap/logtap.conf if present)" },
};

#define NOPTS (sizeof(opt_defs) / sizeof(opt_defs[0]))

static const struct {
	const char *name;
	enum lt_mode mode;
	const char *usage;
	const char *about;
} modes[] = {
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
};

/* Which source set an option last: later sources replace earlier ones. */
enum src_rank { SRC_DEFAULT, SRC_FILE, SRC_ENV, SRC_FLAG };

struct parse_state {
	struct lt_options *o;
	enum src_rank rank[NOPTS];
	const char *where; /* for messages: "--flag", "LOGTAP_X", "file:line" */
};

static void print_usage(FILE *f, enum lt_mode mode)
{
	size_t i;

	if (mode == MODE_NONE) {
		fprintf(f, "usage: logtap MODE [options]\n\n"
			   "Captures what containerized applications write to their log files, with\n"
			   "eBPF, and ships multi-line records as JSON events.\n\nmodes:\n");
		for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
			fprintf(f, "  %s\n", modes[i].usage);
		fprintf(f, "\n`logtap MODE --help` lists the options of a mode. Every option can also\n"
			   "be given as LOGTAP_<NAME> in the environment or as `name = value` in the\n"
			   "config file; flags win over the environment, which wins over the file.\n");
		return;
	}
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		if (modes[i].mode == mode)
			fprintf(f, "usage: %s\n\n%s\n\noptions:\n", modes[i].usage, modes[i].about);
	}
	for (i = 0; i < NOPTS; i++) {
		char flag[48];

		if (!(opt_defs[i].modes & (1u << mode)))
			continue;
		snprintf(flag, sizeof(flag), "%s%c%s--%s %s", opt_defs[i].short_name ? "-" : "",
			 opt_defs[i].short_name ? opt_defs[i].short_name : ' ',
			 opt_defs[i].short_name ? "," : "", opt_defs[i].name,
			 opt_defs[i].arg ? opt_defs[i].arg : "");
		fprintf(f, "  %-32s %s\n", flag + (opt_defs[i].short_name ? 0 : 1), opt_defs[i].help);
	}
	fprintf(f, "  %-32s %s\n", "-h, --help", "this help");
}

int options_parse_size(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;
	int shift = 0;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return -EINVAL;
	switch (tolower((unsigned char)*end)) {
	case 'k': shift = 10; end++; break;
	case 'm': shift = 20; end++; break;
	case 'g': shift = 30; end++; break;
	default: break;
	}
	if (*end == 'i' || *end == 'I')
		end++;
	if ((*end == 'b' || *end == 'B'))
		end++;
	if (*end || v > (UINT64_MAX >> shift))
		return -EINVAL;
	*out = (uint64_t)v << shift;
	return 0;
}

static int parse_seconds(const char *s, double *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || *end || v < 0 || v > 1e9)
		return -EINVAL;
	*out = v;
	return 0;
}

/* Sets option i from text; a higher-ranked source replaces a list wholesale. */
static int set_opt(struct parse_state *ps, size_t i, const char *val, enum src_rank rank)
{
	const struct opt_def *d = &opt_defs[i];
	char *field = (char *)ps->o + d->off;
	double secs;
	int err = 0;

	if (rank < ps->rank[i])
		return 0;
	switch (d->type) {
	case OT_BOOL:
		if (!val || !strcmp(val, "1") || !strcasecmp(val, "true") || !strcasecmp(val, "yes"))
			*(bool *)field = true;
		else if (!strcmp(val, "0") || !strcasecmp(val, "false") || !strcasecmp(val, "no"))
			*(bool *)field = false;
		else
			err = -EINVAL;
		break;
	case OT_STR:
		free(*(char **)field);
		*(char **)field = strdup(val);
		err = *(char **)field ? 0 : -ENOMEM;
		break;
	case OT_LIST:
		if (ps->rank[i] < rank)
			strlist_free((struct strlist *)field);
		err = strlist_add((struct strlist *)field, val);
		break;
	case OT_SIZE:
	case OT_UINT:
		err = options_parse_size(val, (uint64_t *)field);
		break;
	case OT_MS:
		err = parse_seconds(val, &secs);
		*(uint64_t *)field = (uint64_t)(secs * 1000.0);
		break;
	case OT_SECONDS:
		err = parse_seconds(val, (double *)field);
		break;
	}
	if (err == -EINVAL)
		fprintf(stderr, "logtap: invalid value '%s' for %s\n", val ? val : "", ps->where);
	ps->rank[i] = rank;
	return err;
}

static long find_opt(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < NOPTS; i++) {
		if (strlen(opt_defs[i].name) == n && !strncmp(opt_defs[i].name, name, n))
			return (long)i;
	}
	return -1;
}


/* Every default of every option, once. Strings are owned like parsed ones. */
static int set_defaults(struct lt_options *o)
{
	o->max_write = LT_MAX_WRITE_DEFAULT;
	o->ring_bytes = 64 << 20;
	o->idle_ms = 1000;
	o->max_age_ms = 10000;
	o->max_lines = 2000;
	o->max_event_bytes = 512 << 10;
	o->max_stream_memory = 64 << 20;
	o->meta_wait_ms = 500;
	o->ship.spool_max_bytes = 1ull << 30;
	o->ship.spool_dir = strdup("/var/lib/logtap/spool");
	o->ship.subject = strdup("logs.default.customer.{project}");
	o->log_level_value = LOG_INFO;
	return o->ship.spool_dir && o->ship.subject ? 0 : -ENOMEM;
}

static char *trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/* Config file: `name = value` or `name value` lines, # comments, lists repeat the key. */
static int read_config(struct parse_state *ps, const char *path, bool must_exist)
{
	char line[4096], where[512];
	int lineno = 0, err = 0;
	FILE *f = fopen(path, "r");
	long i;

	if (!f) {
		if (!must_exist && errno == ENOENT)
			return 0;
		fprintf(stderr, "logtap: cannot read config file %s: %s\n", path, strerror(errno));
		return -errno;
	}
	while (!err && fgets(line, sizeof(line), f)) {
		char *key = trim(line), *val;
		size_t klen;

		lineno++;
		if (!*key || *key == '#')
			continue;
		klen = strcspn(key, " \t=");
		val = trim(key + klen + strspn(key + klen, " \t="));
		i = find_opt(key, klen);
		snprintf(where, sizeof(where), "%s:%d", path, lineno);
		ps->where = where;
		if (i < 0 || !(opt_defs[i].modes & (1u << ps->o->mode))) {
			if (i < 0) {
				fprintf(stderr, "logtap: %s: unknown option '%.*s'\n", where,
					(int)klen, key);
				err = -EINVAL;
			}
			continue; /* an option of another mode: the file is shared */
		}
		if (!*val && opt_defs[i].type != OT_BOOL) {
			fprintf(stderr, "logtap: %s: option '%s' needs a value\n", where,
				opt_defs[i].name);
			err = -EINVAL;
			break;
		}
		err = set_opt(ps, (size_t)i, *val ? val : NULL, SRC_FILE);
	}
	fclose(f);
	return err;
}

/* LOGTAP_<NAME>: lists are comma-separated. */
static int read_env(struct parse_state *ps)
{
	char var[64], where[80], *copy, *tok, *save;
	const char *v;
	size_t i, j;
	int err = 0;

	for (i = 0; i < NOPTS && !err; i++) {
		if (!(opt_defs[i].modes & (1u << ps->o->mode)) || !strcmp(opt_defs[i].name, "config"))
			continue;
		snprintf(var, sizeof(var), "LOGTAP_%s", opt_defs[i].name);
		for (j = 7; var[j]; j++)
			var[j] = var[j] == '-' ? '_' : (char)toupper((unsigned char)var[j]);
		v = getenv(var);
		if (!v || !*v)
			continue;
		snprintf(where, sizeof(where), "%s", var);
		ps->where = where;
		if (opt_defs[i].type != OT_LIST) {
			err = set_opt(ps, i, v, SRC_ENV);
			continue;
		}
		copy = strdup(v);
		if (!copy)
			return -ENOMEM;
		for (tok = strtok_r(copy, ",", &save); tok && !err; tok = strtok_r(NULL, ",", &save))
			err = set_opt(ps, i, trim(tok), SRC_ENV);
		free(copy);
	}
	return err;
}

/* Builds getopt_long's table for one mode. */
static struct option *long_opts(enum lt_mode mode, char *shorts, size_t nshorts)
{
	struct option *lo = calloc(NOPTS + 2, sizeof(*lo));
	size_t i, n = 0, k = 0;

	if (!lo)
		return NULL;
	shorts[k++] = 'h';
	for (i = 0; i < NOPTS; i++) {
		if (!(opt_defs[i].modes & (1u << mode)))
			continue;
		lo[n].name = opt_defs[i].name;
		lo[n].has_arg = opt_defs[i].type == OT_BOOL ? no_argument : required_argument;
		lo[n].val = 256 + (int)i;
		n++;
		if (opt_defs[i].short_name && k + 3 < nshorts) {
			shorts[k++] = opt_defs[i].short_name;
			shorts[k++] = ':';
		}
	}
	lo[n].name = "help";
	lo[n].val = 'h';
	shorts[k] = '\0';
	return lo;
}

static long short_to_index(int c)
{
	size_t i;

	for (i = 0; i < NOPTS; i++) {
		if (opt_defs[i].short_name == c)
			return (long)i;
	}
	return -1;
}

/* Flags. The config file flag is found first so the file can be read before them. */
static int read_flags(struct parse_state *ps, int argc, char **argv, bool config_only)
{
	char shorts[32], where[96];
	struct option *lo = long_opts(ps->o->mode, shorts, sizeof(shorts));
	int c, err = 0;
	long i;

	if (!lo)
		return -ENOMEM;
	optind = 1;
	opterr = !config_only;
	while (!err && (c = getopt_long(argc, argv, shorts, lo, NULL)) != -1) {
		if (c == 'h') {
			err = config_only ? 0 : 1;
			continue;
		}
		if (c == '?' || c == ':') {
			err = config_only ? 0 : -EINVAL;
			continue;
		}
		i = c >= 256 ? c - 256 : short_to_index(c);
		if (i < 0 || config_only != !strcmp(opt_defs[i].name, "config"))
			continue;
		snprintf(where, sizeof(where), "--%s", opt_defs[i].name);
		ps->where = where;
		err = set_opt(ps, (size_t)i, optarg, SRC_FLAG);
	}
	free(lo);
	if (!err && !config_only && ps->o->mode == MODE_REPLAY && optind < argc)
		ps->o->replay_file = strdup(argv[optind++]);
	if (!err && !config_only && optind < argc) {
		fprintf(stderr, "logtap %s: unexpected argument '%s'\n", ps->o->mode_name,
			argv[optind]);
		err = -EINVAL;
	}
	return err;
}

static int validate(struct lt_options *o)
{
	const char *bad = NULL;
	size_t i;

	if (o->output && strcmp(o->output, "json") && strcmp(o->output, "text"))
		bad = "-o/--output must be json or text";
	else if (o->log_format && strcmp(o->log_format, "plain") && strcmp(o->log_format, "json"))
		bad = "--log-format must be plain or json";
	else if (o->log_level && log_level_from_name(o->log_level) < 0)
		bad = "--log-level must be debug, info, warn or error";
	else if (!o->ship.spool_dir || !*o->ship.spool_dir)
		bad = "--spool-dir must name a directory";
	else if (!o->ship.subject || !*o->ship.subject)
		bad = "--subject must not be empty";
	else if (o->hook && strcmp(o->hook, "auto") && strcmp(o->hook, "tp_btf") &&
		 strcmp(o->hook, "raw_tp"))
		bad = "--hook must be auto, tp_btf or raw_tp";
	else if (o->max_write < 1 || o->max_write > (256u << 20))
		bad = "--max-write must be between 1 byte and 256M";
	else if (o->ring_bytes < (1u << 20) || o->ring_bytes > (1u << 30))
		bad = "--ring-size must be between 1M and 1G";
	else if (!o->max_lines || o->max_event_bytes < 1024)
		bad = "--max-lines must be at least 1 and --max-event-bytes at least 1k";
	else if (o->max_stream_memory < 2 * o->max_event_bytes)
		bad = "--max-stream-memory must be at least twice --max-event-bytes";
	else if (o->mode == MODE_REPLAY && !o->replay_file)
		bad = "replay needs a FILE (a recording made with `capture --write FILE`)";
	for (i = 0; !bad && i < o->pids.n; i++) {
		char *end;
		long v = strtol(o->pids.v[i], &end, 10);

		if (*end || v <= 0 || v > 0x3fffffff)
			bad = "--pid needs a positive process id";
	}
	for (i = 0; !bad && i < o->labels.n; i++) {
		if (!strchr(o->labels.v[i], '=') || o->labels.v[i][0] == '=')
			bad = "--label needs KEY=VALUE";
	}
	if (bad) {
		fprintf(stderr, "logtap %s: %s\n", o->mode_name, bad);
		return -EINVAL;
	}
	return 0;
}

/* Derived values, computed once here so that no stage parses an option again. */
static int resolve(struct lt_options *o)
{
	struct utsname u;
	size_t i;

	if (o->log_level)
		o->log_level_value = log_level_from_name(o->log_level);
	o->pid_values = calloc(o->pids.n + 1, sizeof(*o->pid_values));
	if (!o->pid_values)
		return -ENOMEM;
	for (i = 0; i < o->pids.n; i++)
		o->pid_values[i] = (uint32_t)strtoul(o->pids.v[i], NULL, 10);
	if (!o->hostname) {
		o->hostname = strdup(uname(&u) ? "unknown" : u.nodename);
		if (!o->hostname)
			return -ENOMEM;
	}
	return 0;
}

static int pick_mode(struct lt_options *o, int argc, char **argv)
{
	size_t i;

	if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") ||
	    !strcmp(argv[1], "help")) {
		print_usage(argc < 2 ? stderr : stdout, MODE_NONE);
		return argc < 2 ? -EINVAL : 1;
	}
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		if (!strcmp(argv[1], modes[i].name)) {
			o->mode = modes[i].mode;
			o->mode_name = modes[i].name;
			return 0;
		}
	}
	fprintf(stderr,
		"logtap: unknown mode '%s' (agent, capture, replay or check; see logtap --help)\n",
		argv[1]);
	return -EINVAL;
}

int options_parse(struct lt_options *o, int argc, char **argv)
{
	struct parse_state ps = { .o = o };
	const char *cfg;
	int err;

	memset(o, 0, sizeof(*o));
	err = set_defaults(o);
	if (!err)
		err = pick_mode(o, argc, argv);
	if (err)
		return err;
	argc--;
	argv++;
	/* the config file can come from a flag or the environment: find it first */
	err = read_flags(&ps, argc, argv, true);
	cfg = o->config ? o->config : getenv("LOGTAP_CONFIG");
	if (!err)
		err = read_config(&ps, cfg ? cfg : "/etc/logtap/logtap.conf", cfg != NULL);
	if (!err)
		err = read_env(&ps);
	if (!err)
		err = read_flags(&ps, argc, argv, false);
	if (err == 1) {
		print_usage(stdout, o->mode);
		return 1;
	}
	if (err == -EINVAL)
		fprintf(stderr, "(see logtap %s --help)\n", o->mode_name);
	if (!err)
		err = validate(o);
	return err ? err : resolve(o);
}

/* The options SIGHUP applies live; a new value of any other one needs a restart. */
static const char *const reloadable[] = {
	"path", "exclude", "no-default-paths", "container", "pod", "namespace", "label",
	"nats-url", "nats-creds", "nats-nkey", "nats-user", "nats-password", "nats-token",
	"tls-ca", "tls-cert", "tls-key", "subject", "jetstream", "spool-dir", "spool-max-bytes",
	"log-level", "config",
};

static bool is_reloadable(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(reloadable) / sizeof(reloadable[0]); i++) {
		if (!strcmp(reloadable[i], name))
			return true;
	}
	return false;
}

/* Whether option d has the same value in a and b. */
static bool same_value(const struct opt_def *d, const struct lt_options *a,
		       const struct lt_options *b)
{
	const char *fa = (const char *)a + d->off, *fb = (const char *)b + d->off;
	const struct strlist *la = (const void *)fa, *lb = (const void *)fb;
	const char *sa, *sb;
	size_t i;

	switch (d->type) {
	case OT_STR:
		/* only here: a bool field is not aligned for a pointer load */
		sa = *(char *const *)fa;
		sb = *(char *const *)fb;
		return (!sa && !sb) || (sa && sb && !strcmp(sa, sb));
	case OT_LIST:
		if (la->n != lb->n)
			return false;
		for (i = 0; i < la->n; i++) {
			if (strcmp(la->v[i], lb->v[i]))
				return false;
		}
		return true;
	case OT_BOOL:
		return *(const bool *)fa == *(const bool *)fb;
	case OT_SECONDS:
		return *(const double *)fa == *(const double *)fb;
	default:
		return *(const uint64_t *)fa == *(const uint64_t *)fb;
	}
}

void options_changed(const struct lt_options *a, const struct lt_options *b,
		     void (*fn)(void *ctx, const char *name, bool reload), void *ctx)
{
	size_t i;

	for (i = 0; i < NOPTS; i++) {
		if ((opt_defs[i].modes & (1u << a->mode)) && !same_value(&opt_defs[i], a, b))
			fn(ctx, opt_defs[i].name, is_reloadable(opt_defs[i].name));
	}
}

void options_free(struct lt_options *o)
{
	size_t i;

	for (i = 0; i < NOPTS; i++) {
		char *field = (char *)o + opt_defs[i].off;

		if (opt_defs[i].type == OT_STR) {
			free(*(char **)field);
			*(char **)field = NULL;
		} else if (opt_defs[i].type == OT_LIST) {
			strlist_free((struct strlist *)field);
		}
	}
	free(o->replay_file);
	o->replay_file = NULL;
	free(o->pid_values);
	o->pid_values = NULL;
}
