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
#include "option_table.h"

/* `logtap check` takes every agent option: it checks an agent configuration */
#define NOPTS opt_count
#define MODES mode_count

/* Which source set an option last: later sources replace earlier ones. */
enum src_rank { SRC_DEFAULT, SRC_FILE, SRC_ENV, SRC_FLAG };

struct parse_state {
	struct lt_options *o;
	enum src_rank rank[OPT_MAX];
	const char *where; /* for messages: "--flag", "LOGTAP_X", "file:line" */
};

static void print_usage(FILE *f, enum lt_mode mode)
{
	size_t i;

	if (mode == MODE_NONE) {
		fprintf(f, "usage: logtap MODE [options]\n\n"
			   "Captures what containerized applications write to their log files, with\n"
			   "eBPF, and ships multi-line records as JSON events.\n\nmodes:\n");
		for (i = 0; i < MODES; i++)
			fprintf(f, "  %s\n", mode_defs[i].usage);
		fprintf(f, "\n`logtap MODE --help` lists the options of a mode. Every option can also\n"
			   "be given as LOGTAP_<NAME> in the environment or as `name = value` in the\n"
			   "config file; flags win over the environment, which wins over the file.\n"
			   "`logtap --version` prints the build.\n");
		return;
	}
	for (i = 0; i < MODES; i++) {
		if (mode_defs[i].mode == mode)
			fprintf(f, "usage: %s\n\n%s\n\noptions:\n", mode_defs[i].usage, mode_defs[i].about);
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

/* Seconds, or a duration with one unit: "1.5", "500ms", "30s", "5m", "2h", "30d". */
static int parse_seconds(const char *s, double *out)
{
	static const struct { const char *unit; double mul; } units[] = {
		{ "", 1 }, { "ms", 1e-3 }, { "s", 1 }, { "m", 60 }, { "h", 3600 }, { "d", 86400 },
	};
	char *end;
	double v;
	size_t i;

	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || v < 0)
		return -EINVAL;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (!strcmp(end, units[i].unit) && v * units[i].mul <= 1e9) {
			*out = v * units[i].mul;
			return 0;
		}
	}
	return -EINVAL;
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

/* The option of that name for mode, else of any mode (tail's --host is not capture's). */
static long find_opt(const char *name, size_t n, enum lt_mode mode)
{
	long any = -1;
	size_t i;

	for (i = 0; i < NOPTS; i++) {
		if (strlen(opt_defs[i].name) != n || strncmp(opt_defs[i].name, name, n))
			continue;
		if (opt_defs[i].modes & (1u << mode))
			return (long)i;
		any = (long)i;
	}
	return any;
}


/* Every default of every option, once. Strings are owned like parsed ones. */
static int set_defaults(struct lt_options *o)
{
	o->max_write = LT_MAX_WRITE_DEFAULT;
	o->ring_bytes = 128 << 20; /* 60 s of copied writes at 5,000 records/s: an upgrade rides it out */
	o->idle_ms = 1000;
	o->max_age_ms = 10000;
	o->max_lines = 2000;
	o->max_event_bytes = 512 << 10;
	o->max_stream_memory = 64 << 20;
	o->meta_wait_ms = 500;
	o->ship.spool_max_bytes = 1ull << 30;
	o->ship.spool_dir = strdup("/var/lib/logtap/spool");
	o->ship.subject = strdup("logs.default.customer.{project}");
	o->bpf_pin_dir = strdup("/sys/fs/bpf/logtap");
	o->log_level_value = LOG_INFO;
	return o->ship.spool_dir && o->ship.subject && o->bpf_pin_dir ? 0 : -ENOMEM;
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
	if (!ps->o->config && !(ps->o->config = strdup(path))) { /* say which file was read */
		fclose(f);
		return -ENOMEM;
	}
	while (!err && fgets(line, sizeof(line), f)) {
		char *key = trim(line), *val;
		size_t klen;

		lineno++;
		if (!*key || *key == '#')
			continue;
		klen = strcspn(key, " \t=");
		val = trim(key + klen + strspn(key + klen, " \t="));
		i = find_opt(key, klen, ps->o->mode);
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
	else if (o->redact_mode && strcmp(o->redact_mode, "mask") && strcmp(o->redact_mode, "hash"))
		bad = "--redact-mode must be mask or hash";
	else if (o->redact_mode && !strcmp(o->redact_mode, "hash") && !o->redact_key_file)
		bad = "--redact-mode hash needs --redact-key-file";
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
	for (i = 0; !bad && i < o->record_starts.n; i++) {
		const char *eq = strchr(o->record_starts.v[i], '=');

		if (!eq || eq == o->record_starts.v[i] || !eq[1])
			bad = "--record-start needs GLOB=REGEX";
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
	for (i = 0; i < MODES; i++) {
		if (!strcmp(argv[1], mode_defs[i].name)) {
			o->mode = mode_defs[i].mode;
			o->mode_name = mode_defs[i].name;
			return 0;
		}
	}
	fprintf(stderr,
		"logtap: unknown mode '%s' (agent, capture, replay, check, alert or tail; see logtap --help)\n",
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
		err = read_config(&ps, cfg ? cfg : OPTIONS_CONFIG_DEFAULT, cfg != NULL);
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
		     void (*fn)(void *ctx, const char *name), void *ctx)
{
	size_t i;

	for (i = 0; i < NOPTS; i++) {
		if ((opt_defs[i].modes & (1u << a->mode)) && !same_value(&opt_defs[i], a, b))
			fn(ctx, opt_defs[i].name);
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
