// SPDX-License-Identifier: Apache-2.0
/*
 * test_tail.c - tail's subscription subject from the agents' template and its
 * filters on events (the project rule shared with the subject).
 */
#include "tail/tail.h"

#include <errno.h>
#include <stdlib.h>

#include "test.h"

static struct strlist list(char **v, size_t n)
{
	return (struct strlist){n, v};
}

TEST(subject_narrows_to_one_project)
{
	char *shop[] = {"shop"}, *two[] = {"a", "b"}, *odd[] = {"my.shop *"};
	struct strlist none = {0}, one = list(shop, 1), both = list(two, 2), bad = list(odd, 1);
	char out[256];

	CHECK(!tail_subject(out, sizeof(out), NULL, &one));
	CHECK_STR(out, "logs.default.customer.shop");
	CHECK(!tail_subject(out, sizeof(out), NULL, &none));
	CHECK_STR(out, "logs.default.customer.*");
	CHECK(!tail_subject(out, sizeof(out), NULL, &both));
	CHECK_STR(out, "logs.default.customer.*");
	CHECK(!tail_subject(out, sizeof(out), NULL, &bad));
	CHECK_STR(out, "logs.default.customer.my_shop__");
	CHECK(!tail_subject(out, sizeof(out), "logs.{host}.x-{project}.{project}.{level}", &one));
	CHECK_STR(out, "logs.*.*.shop.*");
	CHECK(tail_subject(out, 10, NULL, &one) == -ENAMETOOLONG);
}

static struct event *ev(const char *project, const char *name, enum ev_level lvl)
{
	struct event *e = event_new();

	e->level = lvl;
	e->kind = EV_KIND_TRACE;
	e->fingerprint = strdup("fp1");
	event_set_message(e, strdup("Boom: order 4711"), 16);
	e->meta = meta_new();
	e->meta->compose_project = project ? strdup(project) : NULL;
	e->meta->container_name = strdup(name);
	e->meta->container_id = strdup("c0ffee1234");
	return e;
}

TEST(filters_all_hold)
{
	char *p[] = {"shop"}, *l[] = {"error", "critical"}, *c[] = {"c0ff"}, *g = "4711";
	struct lt_options o = {0};
	struct event *a = ev("shop", "shop-web-1", LVL_ERROR), *b = ev(NULL, "shop", LVL_ERROR),
		     *w = ev("shop", "shop-web-1", LVL_WARNING);

	CHECK(tail_match(&o, a, "n1") && tail_match(&o, w, "n1"));
	o.projects = list(p, 1);
	o.levels = list(l, 2);
	CHECK(tail_match(&o, a, "n1"));
	CHECK(tail_match(&o, b, "n1")); /* no compose project: the container name is the project */
	CHECK(!tail_match(&o, w, "n1"));
	o.containers = list(c, 1);
	o.grep = g;
	CHECK(tail_match(&o, a, "n1"));
	o.grep = "4712";
	CHECK(!tail_match(&o, a, "n1"));
	o.grep = NULL;
	o.tail_hosts = list(p, 1);
	CHECK(!tail_match(&o, a, "n1") && tail_match(&o, a, "shop"));
	event_free(a);
	event_free(b);
	event_free(w);
}

int main(void)
{
	RUN(subject_narrows_to_one_project);
	RUN(filters_all_hold);
	TEST_END();
}
