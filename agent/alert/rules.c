// SPDX-License-Identifier: Apache-2.0
/*
 * rules.c - the rules file of `logtap alert` and the per-fingerprint occurrence
 * window. Parsing is strict (a typo in a threshold must not silently disable an
 * alert): every field is checked and a bad line names itself.
 */
#include "rules.h"

#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/log.h"

#define RULES_FILE_MAX (1 << 20)

static void rule_free(struct alert_rule *rule)
{
	free(rule->project);
	free(rule->levels);
	free(rule->severity);
}

void alert_rules_free(struct alert_rules *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		rule_free(&r->v[i]);
	free(r->v);
	r->v = NULL;
	r->n = 0;
}

/* "30s", "5m", "1h", "1d" or plain seconds; more than 0 and at most 30 days. */
static int parse_window(const char *s, double *out)
{
	char *end;
	double v = strtod(s, &end), mul = 1;

	if (end == s)
		return -EINVAL;
	if (!strcmp(end, "m"))
		mul = 60;
	else if (!strcmp(end, "h"))
		mul = 3600;
	else if (!strcmp(end, "d"))
		mul = 86400;
	else if (*end && strcmp(end, "s"))
		return -EINVAL;
	v *= mul;
	if (!(v > 0 && v <= 30 * 86400))
		return -EINVAL;
	*out = v;
	return 0;
}

static int parse_count(const char *s, uint32_t *out)
{
	char *end;
	unsigned long v;

	if (!isdigit((unsigned char)*s))
		return -EINVAL;
	v = strtoul(s, &end, 10);
	if (*end || v > ALERT_RULES_COUNT_MAX)
		return -EINVAL;
	*out = (uint32_t)v;
	return 0;
}

/* Severity is a label value: keep it to a plain word. */
static bool severity_ok(const char *s)
{
	for (; *s; s++) {
		if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_')
			return false;
	}
	return true;
}

/* One line split into its five fields; "what" names the bad field on -EINVAL. */
static int parse_line(char *line, struct alert_rule *rule, const char **what)
{
	char *f[6], *save = NULL;
	int n = 0;

	for (char *t = strtok_r(line, " \t", &save); t && n < 6; t = strtok_r(NULL, " \t", &save))
		f[n++] = t;
	*what = "5 fields (PROJECT LEVELS COUNT WINDOW SEVERITY)";
	if (n != 5)
		return -EINVAL;
	*what = "COUNT (a whole number up to 100000, 0 = no surge alert)";
	if (parse_count(f[2], &rule->count))
		return -EINVAL;
	*what = "WINDOW (e.g. 30s, 5m, 1h; at most 30d)";
	if (parse_window(f[3], &rule->window_s))
		return -EINVAL;
	*what = "SEVERITY (letters, digits, - and _)";
	if (!severity_ok(f[4]))
		return -EINVAL;
	rule->project = strdup(f[0]);
	rule->levels = strdup(f[1]);
	rule->severity = strdup(f[4]);
	if (!rule->project || !rule->levels || !rule->severity)
		return -ENOMEM;
	return 0;
}

static int rules_add(struct alert_rules *r, const struct alert_rule *rule)
{
	struct alert_rule *v = realloc(r->v, (r->n + 1) * sizeof(*v));

	if (!v)
		return -ENOMEM;
	r->v = v;
	r->v[r->n++] = *rule;
	return 0;
}

int alert_rules_parse(struct alert_rules *r, const char *text, char *err, size_t cap)
{
	struct alert_rules out = {0};
	char *copy = strdup(text), *line, *save = NULL;
	const char *what = "";
	int lineno = 0, rc = copy ? 0 : -ENOMEM;

	for (line = copy; !rc && line; line = save) {
		struct alert_rule rule = {0};
		char *nl = strchr(line, '\n');

		save = nl ? nl + 1 : NULL;
		if (nl)
			*nl = '\0';
		lineno++;
		line[strcspn(line, "#\r")] = '\0';
		if (!line[strspn(line, " \t")])
			continue;
		rc = parse_line(line, &rule, &what);
		if (!rc)
			rc = rules_add(&out, &rule);
		if (rc) {
			rule_free(&rule);
			snprintf(err, cap, "line %d: expected %s", lineno, what);
		}
	}
	free(copy);
	if (rc) {
		alert_rules_free(&out);
		return rc;
	}
	alert_rules_free(r);
	*r = out;
	return 0;
}

static char *read_text(const char *path)
{
	FILE *f = fopen(path, "re");
	char *text;
	size_t n;

	if (!f)
		return NULL;
	text = malloc(RULES_FILE_MAX + 1);
	if (!text) {
		fclose(f);
		return NULL;
	}
	n = fread(text, 1, RULES_FILE_MAX, f);
	text[n] = '\0';
	fclose(f);
	return text;
}

int alert_rules_load(struct alert_rules *r, const char *path)
{
	char msg[256] = "";
	char *text;
	int err;

	if (!path)
		return alert_rules_parse(r, "* * 100 5m warning\n", msg, sizeof(msg));
	text = read_text(path);
	if (!text) {
		err = -errno;
		log_error("alert: --rules %s: %s", path, strerror(errno));
		return err;
	}
	err = alert_rules_parse(r, text, msg, sizeof(msg));
	free(text);
	if (err == -EINVAL)
		log_error("alert: --rules %s: %s", path, msg);
	else if (!err && !r->n)
		log_warn("alert: --rules %s holds no rule: nothing will alert", path);
	return err;
}

static bool levels_match(const char *levels, const char *level)
{
	char pat[64];
	const char *p = levels;
	size_t n;

	while (*p) {
		n = strcspn(p, ",");
		if (n < sizeof(pat)) {
			memcpy(pat, p, n);
			pat[n] = '\0';
			if (!fnmatch(pat, level, 0))
				return true;
		}
		p += n + (p[n] == ',');
	}
	return false;
}

const struct alert_rule *alert_rules_match(const struct alert_rules *r, const char *project,
					   const char *level)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		if (!fnmatch(r->v[i].project, project, 0) && levels_match(r->v[i].levels, level))
			return &r->v[i];
	}
	return NULL;
}

bool alert_rule_alerts(const struct alert_rule *rule)
{
	return rule && strcmp(rule->severity, "none");
}

#define WINDOW_FIRST_SLOTS 8

int alert_window_init(struct alert_window *w, uint32_t cap)
{
	memset(w, 0, sizeof(*w));
	w->cap = cap ? cap : 1;
	w->size = w->cap < WINDOW_FIRST_SLOTS ? w->cap : WINDOW_FIRST_SLOTS;
	w->ts = calloc(w->size, sizeof(*w->ts));
	return w->ts ? 0 : -ENOMEM;
}

/* Doubles a full ring below cap. It never wrapped (it grows before it would), so the
 * times stay in order; without memory it wraps at its current size instead. */
static void window_grow(struct alert_window *w)
{
	uint32_t size = w->size * 2 > w->cap ? w->cap : w->size * 2;
	uint64_t *ts;

	if (w->n < w->size || w->size == w->cap)
		return;
	ts = realloc(w->ts, size * sizeof(*ts));
	if (!ts) {
		w->cap = w->size;
		return;
	}
	w->ts = ts;
	w->next = w->size; /* the full ring's next had wrapped to 0 */
	w->size = size;
}

uint32_t alert_window_add(struct alert_window *w, uint64_t ts_ns, uint64_t window_ns)
{
	uint64_t from = ts_ns > window_ns ? ts_ns - window_ns : 0;
	uint32_t i, count = 0;

	window_grow(w);
	w->ts[w->next] = ts_ns;
	w->next = (w->next + 1) % w->size;
	if (w->n < w->size)
		w->n++;
	for (i = 0; i < w->n; i++)
		count += w->ts[i] > from && w->ts[i] <= ts_ns;
	return count;
}

void alert_window_free(struct alert_window *w)
{
	free(w->ts);
	memset(w, 0, sizeof(*w));
}
