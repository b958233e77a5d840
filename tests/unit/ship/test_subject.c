// SPDX-License-Identifier: Apache-2.0
/*
 * test_subject.c - subject templates: placeholders, the project fallback chain,
 * sanitizing of hostile metadata, and rejected templates.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ship/subject.h"
#include "test.h"

static struct meta *meta_with(const char *project, const char *ns, const char *name)
{
	struct meta *m = meta_new();

	m->compose_project = project ? strdup(project) : NULL;
	m->k8s_namespace = ns ? strdup(ns) : NULL;
	m->container_name = name ? strdup(name) : NULL;
	return m;
}

static void render(const char *tpl, const struct event *e, const char *host, char *out)
{
	struct subject *t = subject_new(tpl);

	CHECK(t);
	if (!t) {
		strcpy(out, "(null)");
		return;
	}
	CHECK(subject_render(t, e, host, out, SUBJECT_MAX) > 0);
	subject_free(t);
}

TEST(default_template_project_chain)
{
	struct event e = {0};
	char out[SUBJECT_MAX];

	render("logs.default.customer.{project}", &e, "node1", out);
	CHECK_STR(out, "logs.default.customer.host");
	e.meta = meta_with("shop", "ns1", "web-1");
	render("logs.default.customer.{project}", &e, "node1", out);
	CHECK_STR(out, "logs.default.customer.shop");
	meta_unref(e.meta);
	e.meta = meta_with(NULL, "ns1", "web-1");
	render("logs.default.customer.{project}", &e, "node1", out);
	CHECK_STR(out, "logs.default.customer.ns1");
	meta_unref(e.meta);
	e.meta = meta_with("", NULL, "web-1");
	render("logs.default.customer.{project}", &e, "node1", out);
	CHECK_STR(out, "logs.default.customer.web-1");
	meta_unref(e.meta);
	e.meta = meta_with(NULL, NULL, NULL);
	render("logs.default.customer.{project}", &e, "node1", out);
	CHECK_STR(out, "logs.default.customer.host");
	e.meta->container_id = strdup("0123456789abcdef");
	render("logs.default.customer.{project}", &e, "node1", out);
	CHECK_STR(out, "logs.default.customer.0123456789abcdef");
	meta_unref(e.meta);
}

TEST(all_placeholders)
{
	struct event e = {.level = LVL_ERROR, .kind = EV_KIND_TRACE};
	char out[SUBJECT_MAX];

	e.meta = meta_with("shop", "prod", "shop-web-1");
	e.meta->compose_service = strdup("web");
	e.meta->k8s_pod = strdup("web-7d9f");
	render("a.{project}.{service}.{container}.{namespace}.{pod}.{host}.{level}.{kind}", &e,
	       "node-1", out);
	CHECK_STR(out, "a.shop.web.shop-web-1.prod.web-7d9f.node-1.error.trace");
	meta_unref(e.meta);
	e.meta = NULL;
	render("a.{service}.{pod}-x.{host}", &e, "", out);
	CHECK_STR(out, "a.unknown.unknown-x.unknown");
}

TEST(hostile_metadata_stays_one_token)
{
	struct event e = {0};
	char out[SUBJECT_MAX];

	e.meta = meta_with("a.b *>\t\x01\xc3\xa9z", NULL, NULL);
	render("logs.{project}", &e, "h", out);
	CHECK_STR(out, "logs.a_b_______z");
	meta_unref(e.meta);
	e.meta = meta_with(">", NULL, NULL);
	render("logs.{project}", &e, "h", out);
	CHECK_STR(out, "logs._");
	meta_unref(e.meta);
}

TEST(long_values_are_cut)
{
	struct event e = {0};
	char out[SUBJECT_MAX], tok[8], big[400];

	CHECK(subject_token(tok, sizeof(tok), "abcdefghijk") == 7);
	CHECK_STR(tok, "abcdefg");
	memset(big, 'p', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	e.meta = meta_with(big, NULL, NULL);
	render("l.{project}", &e, "h", out);
	CHECK(strlen(out) == 2 + SUBJECT_TOKEN_MAX);
	meta_unref(e.meta);
}

TEST(render_too_small)
{
	struct subject *t = subject_new("logs.default.customer.{project}");
	struct event e = {0};
	char out[10];

	CHECK(subject_render(t, &e, "h", out, sizeof(out)) == -ENAMETOOLONG);
	subject_free(t);
}

TEST(bad_templates)
{
	static const char *const bad[] = {
	    "",	      "logs.", ".logs",	      "logs..x",       "logs.*",
	    "logs.>", "lo gs", "logs.{nope}", "logs.{project", "logs.{project}.",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		errno = 0;
		CHECK(subject_new(bad[i]) == NULL);
		CHECK(errno == EINVAL);
	}
	subject_free(NULL);
}

int main(void)
{
	RUN(default_template_project_chain);
	RUN(all_placeholders);
	RUN(hostile_metadata_stays_one_token);
	RUN(long_values_are_cut);
	RUN(render_too_small);
	RUN(bad_templates);
	TEST_END();
}
