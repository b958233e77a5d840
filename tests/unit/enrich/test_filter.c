// SPDX-License-Identifier: Apache-2.0
/*
 * test_filter.c - the capture filters on enriched events: container name or id
 * prefix, pod, namespace, labels, pids; OR within a filter, AND across filters.
 */
#include <stdlib.h>
#include <string.h>

#include "enrich/filter.h"
#include "test.h"

#define X_ID "32204034b171d8be79eccdd901668ddfb73b31652bdc3b9a166120bcea5b299d"

static struct event *ev(unsigned tgid, const char *msg)
{
	struct event *e = event_new();

	e->tgid = tgid;
	e->pid = tgid;
	e->message = strdup(msg);
	e->message_len = strlen(msg);
	return e;
}

TEST(filters)
{
	struct strlist containers = {0}, pods_l = {0}, namespaces = {0}, labels_l = {0};
	struct filter_opts o = {&containers, &pods_l, &namespaces, &labels_l, NULL, 0};
	uint32_t pid7 = 7, pid8v = 8;
	struct event *e = ev(7, "m");
	char *names[] = {"enr-web", "nomatch"}, *ids[] = {"3220"}, *pods[] = {"p"},
	     *nss[] = {"shop"}, *labels[] = {"tier=front"}, *labels2[] = {"tier"},
	     *bad_label[] = {"tier=back"};

	CHECK(filter_match(&o, e));
	o.pids = &pid7;
	o.npids = 1;
	CHECK(filter_match(&o, e));
	containers = (struct strlist){2, names};
	CHECK(!filter_match(&o, e)); /* no metadata */
	e->meta = meta_new();
	e->meta->container_id = strdup(X_ID);
	e->meta->container_name = strdup("enr-web");
	e->meta->k8s_namespace = strdup("shop");
	meta_add_label(e->meta, "tier", "front");
	CHECK(filter_match(&o, e));
	containers = (struct strlist){1, ids};
	CHECK(filter_match(&o, e));
	namespaces = (struct strlist){1, nss};
	labels_l = (struct strlist){1, labels};
	CHECK(filter_match(&o, e));
	labels_l = (struct strlist){1, labels2};
	CHECK(filter_match(&o, e));
	labels_l = (struct strlist){1, bad_label};
	CHECK(!filter_match(&o, e));
	labels_l = (struct strlist){0, NULL};
	pods_l = (struct strlist){1, pods};
	CHECK(!filter_match(&o, e));
	pods_l = (struct strlist){0, NULL};
	o.pids = &pid8v;
	CHECK(!filter_match(&o, e));
	event_free(e);
}

int main(void)
{
	RUN(filters);
	TEST_END();
}
