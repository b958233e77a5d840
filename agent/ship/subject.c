// SPDX-License-Identifier: Apache-2.0
/*
 * subject.c - compiles the subject template once into literal and placeholder
 * parts, then renders one subject per event. Metadata is untrusted: every
 * placeholder value passes through subject_token before it reaches the subject.
 */
#include "subject.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib/log.h"

enum subject_var {
	VAR_LITERAL,
	VAR_PROJECT,
	VAR_SERVICE,
	VAR_CONTAINER,
	VAR_NAMESPACE,
	VAR_POD,
	VAR_HOST,
	VAR_LEVEL,
	VAR_KIND,
};

static const struct {
	const char *name;
	enum subject_var var;
} subject_vars[] = {
    {"project", VAR_PROJECT},	  {"service", VAR_SERVICE}, {"container", VAR_CONTAINER},
    {"namespace", VAR_NAMESPACE}, {"pod", VAR_POD},	    {"host", VAR_HOST},
    {"level", VAR_LEVEL},	  {"kind", VAR_KIND},
};

struct subject_part {
	enum subject_var var; /* VAR_LITERAL or the placeholder */
	const char *text;     /* literal bytes (points into subject.tpl) */
	size_t len;	      /* literal length */
};

struct subject {
	char *tpl;		    /* the template, owned */
	size_t nparts;		    /* entries in parts */
	struct subject_part *parts; /* owned */
};

size_t subject_token(char *dst, size_t cap, const char *s)
{
	size_t n = 0, max = cap - 1;

	if (max > SUBJECT_TOKEN_MAX)
		max = SUBJECT_TOKEN_MAX;
	if (!s || !*s)
		s = "unknown";
	for (; *s && n < max; s++) {
		unsigned char c = (unsigned char)*s;
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (c >= '0' && c <= '9') || c == '-' || c == '_';

		dst[n++] = ok ? (char)c : '_';
	}
	dst[n] = '\0';
	return n;
}

const char *subject_project(const struct meta *m)
{
	if (!m)
		return "host";
	if (m->compose_project && *m->compose_project)
		return m->compose_project;
	if (m->k8s_namespace && *m->k8s_namespace)
		return m->k8s_namespace;
	if (m->container_name && *m->container_name)
		return m->container_name;
	/* a container whose runtime did not answer is still not the host */
	if (m->container_id && *m->container_id)
		return m->container_id;
	return "host";
}

static int subject_var_parse(const char *name, size_t len, enum subject_var *var)
{
	size_t i;

	for (i = 0; i < sizeof(subject_vars) / sizeof(subject_vars[0]); i++) {
		if (strlen(subject_vars[i].name) == len &&
		    !memcmp(subject_vars[i].name, name, len)) {
			*var = subject_vars[i].var;
			return 0;
		}
	}
	return -EINVAL;
}

/* Literal bytes may be any printable ASCII but the wildcards; tokens may not be empty. */
static int subject_check_literal(const char *tpl)
{
	bool token_empty = true;
	const char *p;

	for (p = tpl; *p; p++) {
		unsigned char c = (unsigned char)*p;

		if (c <= ' ' || c >= 0x7f || c == '*' || c == '>')
			return -EINVAL;
		if (c == '.') {
			if (token_empty)
				return -EINVAL;
			token_empty = true;
		} else {
			token_empty = false;
		}
	}
	return token_empty ? -EINVAL : 0;
}

static int subject_add(struct subject *t, enum subject_var var, const char *text, size_t len)
{
	struct subject_part *p;

	if (var == VAR_LITERAL && !len)
		return 0;
	p = realloc(t->parts, (t->nparts + 1) * sizeof(*p));
	if (!p)
		return -ENOMEM;
	t->parts = p;
	t->parts[t->nparts++] = (struct subject_part){.var = var, .text = text, .len = len};
	return 0;
}

static int subject_parse(struct subject *t)
{
	const char *p = t->tpl, *lit = t->tpl, *end;
	enum subject_var var;
	int err;

	while ((p = strchr(p, '{'))) {
		end = strchr(p, '}');
		if (!end || subject_var_parse(p + 1, (size_t)(end - p - 1), &var)) {
			log_error(
			    "ship: subject template \"%s\": unknown or unclosed placeholder at "
			    "\"%s\"",
			    t->tpl, p);
			return -EINVAL;
		}
		err = subject_add(t, VAR_LITERAL, lit, (size_t)(p - lit));
		if (!err)
			err = subject_add(t, var, NULL, 0);
		if (err)
			return err;
		p = lit = end + 1;
	}
	return subject_add(t, VAR_LITERAL, lit, strlen(lit));
}

/* Placeholders stand for one non-empty token fragment: check the shape with "x". */
static int subject_check(const struct subject *t)
{
	char shape[SUBJECT_MAX];
	size_t i, n = 0;

	for (i = 0; i < t->nparts; i++) {
		const char *s = t->parts[i].var == VAR_LITERAL ? t->parts[i].text : "x";
		size_t len = t->parts[i].var == VAR_LITERAL ? t->parts[i].len : 1;

		if (n + len >= sizeof(shape))
			return -EINVAL;
		memcpy(shape + n, s, len);
		n += len;
	}
	shape[n] = '\0';
	if (subject_check_literal(shape)) {
		log_error("ship: subject template \"%s\" is not a valid publish subject (empty "
			  "token, white space or a wildcard)",
			  t->tpl);
		return -EINVAL;
	}
	return 0;
}

struct subject *subject_new(const char *tpl)
{
	struct subject *t;
	int err;

	t = calloc(1, sizeof(*t));
	if (!t)
		return NULL;
	t->tpl = strdup(tpl ? tpl : "");
	err = t->tpl ? subject_parse(t) : -ENOMEM;
	if (!err)
		err = subject_check(t);
	if (err) {
		subject_free(t);
		errno = -err;
		return NULL;
	}
	return t;
}

void subject_free(struct subject *t)
{
	if (!t)
		return;
	free(t->parts);
	free(t->tpl);
	free(t);
}

static const char *subject_value(enum subject_var var, const struct event *e, const char *host)
{
	const struct meta *m = e->meta;

	switch (var) {
	case VAR_PROJECT:
		return subject_project(m);
	case VAR_SERVICE:
		return m ? (m->compose_service ? m->compose_service : m->k8s_container) : NULL;
	case VAR_CONTAINER:
		return m ? (m->container_name ? m->container_name : m->k8s_container) : NULL;
	case VAR_NAMESPACE:
		return m ? m->k8s_namespace : NULL;
	case VAR_POD:
		return m ? m->k8s_pod : NULL;
	case VAR_HOST:
		return host;
	case VAR_LEVEL:
		return ev_level_name(e->level);
	case VAR_KIND:
		return ev_kind_name(e->kind);
	default:
		return NULL;
	}
}

int subject_render(const struct subject *t, const struct event *e, const char *host, char *out,
		   size_t cap)
{
	char tok[SUBJECT_TOKEN_MAX + 1];
	size_t i, n = 0, len;
	const char *s;

	for (i = 0; i < t->nparts; i++) {
		if (t->parts[i].var == VAR_LITERAL) {
			s = t->parts[i].text;
			len = t->parts[i].len;
		} else {
			len = subject_token(tok, sizeof(tok),
					    subject_value(t->parts[i].var, e, host));
			s = tok;
		}
		if (n + len >= cap)
			return -ENAMETOOLONG;
		memcpy(out + n, s, len);
		n += len;
	}
	if (n >= cap)
		return -ENAMETOOLONG;
	out[n] = '\0';
	return (int)n;
}
