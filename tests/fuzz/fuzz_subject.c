// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_subject.c - libFuzzer target: container metadata is chosen by whoever
 * starts a container. Whatever the names, labels and template, a rendered
 * subject is one valid NATS publish subject: no empty token, no wildcard, no
 * white space, as many tokens as the template has.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/log.h"
#include "ship/subject.h"

/* Splits data at NUL bytes into up to n strings (copies). */
static int split(const uint8_t *data, size_t size, char **out, int n)
{
	int k = 0;
	size_t start = 0, i;

	for (i = 0; i <= size && k < n; i++) {
		if (i == size || !data[i]) {
			out[k] = strndup((const char *)data + start, i - start);
			k++;
			start = i + 1;
		}
	}
	return k;
}

static void check_subject(const char *s, const char *tpl)
{
	size_t dots_s = 0, dots_t = 0, i;

	if (!*s || s[0] == '.' || s[strlen(s) - 1] == '.' || strstr(s, ".."))
		abort();
	for (i = 0; s[i]; i++) {
		if (s[i] == '*' || s[i] == '>' || (unsigned char)s[i] <= ' ' || s[i] == 0x7f)
			abort();
		dots_s += s[i] == '.';
	}
	for (i = 0; tpl[i]; i++)
		dots_t += tpl[i] == '.';
	if (dots_s != dots_t)
		abort(); /* metadata must never add or remove tokens */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const tpl = "logs.{project}.{service}.{container}.{namespace}.{pod}."
				       "{host}.{level}.{kind}";
	char *f[7] = { 0 }, out[SUBJECT_MAX];
	struct event e = { 0 };
	struct subject *t;
	int n;

	log_setup((enum log_level)(LOG_ERROR + 1), false);
	t = subject_new(tpl);
	if (!t)
		abort();
	n = split(data, size, f, 7);
	e.meta = meta_new();
	e.meta->compose_project = n > 0 ? f[0] : NULL;
	e.meta->compose_service = n > 1 ? f[1] : NULL;
	e.meta->container_name = n > 2 ? f[2] : NULL;
	e.meta->k8s_namespace = n > 3 ? f[3] : NULL;
	e.meta->k8s_pod = n > 4 ? f[4] : NULL;
	e.meta->container_id = n > 5 ? f[5] : NULL;
	e.level = size ? data[0] % LVL_COUNT : LVL_UNKNOWN;
	if (subject_render(t, &e, n > 6 ? f[6] : "node", out, sizeof(out)) >= 0)
		check_subject(out, tpl);
	if (n > 6)
		free(f[6]);
	meta_unref(e.meta); /* frees f[0..5] */
	subject_free(t);
	return 0;
}
