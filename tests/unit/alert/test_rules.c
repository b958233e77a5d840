// SPDX-License-Identifier: Apache-2.0
/*
 * test_rules.c - alert's rules file (fields, errors naming the line, the default
 * rule), first-match globs on project and level, the surge window's count, and
 * the link template's URL encoding.
 */
#include "alert/rules.h"
#include "alert/track.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

#define S 1000000000ull

TEST(parses_fields_and_comments)
{
	struct alert_rules r = {0};
	char err[128] = "";

	CHECK(!alert_rules_parse(&r,
				 "# header\n\nshop-*  error,crit*  20  1m  critical # x\r\n"
				 "*\t*\t100\t300\twarning\n",
				 err, sizeof(err)));
	CHECK(r.n == 2);
	CHECK_STR(r.v[0].project, "shop-*");
	CHECK_STR(r.v[0].levels, "error,crit*");
	CHECK(r.v[0].count == 20 && r.v[0].window_s == 60);
	CHECK_STR(r.v[0].severity, "critical");
	CHECK(r.v[1].count == 100 && r.v[1].window_s == 300);
	alert_rules_free(&r);
}

TEST(bad_lines_name_themselves_and_keep_the_old_rules)
{
	struct alert_rules r = {0};
	char err[128] = "";

	CHECK(!alert_rules_parse(&r, "* * 1 1s warning\n", err, sizeof(err)));
	CHECK(alert_rules_parse(&r, "* * 1 1s warning\nshop error 20 1m\n", err, sizeof(err)) ==
	      -EINVAL);
	CHECK(strstr(err, "line 2") && strstr(err, "5 fields"));
	CHECK(alert_rules_parse(&r, "* * -3 1m warning\n", err, sizeof(err)) == -EINVAL);
	CHECK(strstr(err, "COUNT"));
	CHECK(alert_rules_parse(&r, "* * 20k 1m warning\n", err, sizeof(err)) == -EINVAL);
	CHECK(alert_rules_parse(&r, "* * 200000 1m warning\n", err, sizeof(err)) == -EINVAL);
	CHECK(alert_rules_parse(&r, "* * 20 5x warning\n", err, sizeof(err)) == -EINVAL);
	CHECK(strstr(err, "WINDOW"));
	CHECK(alert_rules_parse(&r, "* * 20 0 warning\n", err, sizeof(err)) == -EINVAL);
	CHECK(alert_rules_parse(&r, "* * 20 31d warning\n", err, sizeof(err)) == -EINVAL);
	CHECK(alert_rules_parse(&r, "* * 20 1m warn\"ing\n", err, sizeof(err)) == -EINVAL);
	CHECK(strstr(err, "SEVERITY"));
	CHECK(alert_rules_parse(&r, "* * 20 1m a b\n", err, sizeof(err)) == -EINVAL);
	CHECK(r.n == 1 && r.v[0].window_s == 1); /* unchanged by the failures */
	alert_rules_free(&r);
}

TEST(default_rule_and_files)
{
	struct alert_rules r = {0};
	char path[] = "/tmp/logtap-rules-XXXXXX";
	int fd = mkstemp(path);

	CHECK(!alert_rules_load(&r, NULL));
	CHECK(r.n == 1 && r.v[0].count == 100 && r.v[0].window_s == 300);
	CHECK_STR(r.v[0].severity, "warning");
	CHECK(alert_rules_match(&r, "anything", "unknown") == &r.v[0]);
	CHECK(fd >= 0 && write(fd, "p * 5 10s page\n", 15) == 15);
	close(fd);
	CHECK(!alert_rules_load(&r, path));
	CHECK(r.n == 1 && r.v[0].count == 5);
	CHECK(alert_rules_load(&r, "/nonexistent/rules") == -ENOENT);
	unlink(path);
	alert_rules_free(&r);
}

TEST(first_match_wins_on_project_and_level_globs)
{
	struct alert_rules r = {0};
	char err[128];

	CHECK(!alert_rules_parse(&r,
				 "shop-* error,critical 20 1m critical\n"
				 "shop-* * 0 1m none\n"
				 "[a-c]* warn* 5 1m warning\n",
				 err, sizeof(err)));
	CHECK(alert_rules_match(&r, "shop-eu", "error") == &r.v[0]);
	CHECK(alert_rules_match(&r, "shop-eu", "critical") == &r.v[0]);
	CHECK(alert_rules_match(&r, "shop-eu", "warning") == &r.v[1]);
	CHECK(!alert_rule_alerts(alert_rules_match(&r, "shop-eu", "warning")));
	CHECK(alert_rule_alerts(alert_rules_match(&r, "shop-eu", "error")));
	CHECK(alert_rules_match(&r, "blog", "warning") == &r.v[2]);
	CHECK(alert_rules_match(&r, "blog", "error") == NULL);
	CHECK(alert_rules_match(&r, "dblog", "warning") == NULL);
	CHECK(!alert_rule_alerts(NULL));
	alert_rules_free(&r);
}

TEST(window_counts_the_last_cap_occurrences)
{
	struct alert_window w;
	uint32_t i, c = 0;

	CHECK(!alert_window_init(&w, 3));
	CHECK(alert_window_add(&w, 100 * S, 60 * S) == 1);
	CHECK(alert_window_add(&w, 110 * S, 60 * S) == 2);
	CHECK(alert_window_add(&w, 200 * S, 60 * S) == 1); /* the first two left the window */
	CHECK(alert_window_add(&w, 201 * S, 60 * S) == 2);
	CHECK(alert_window_add(&w, 202 * S, 60 * S) == 3); /* the threshold of 3 reached */
	CHECK(alert_window_add(&w, 203 * S, 60 * S) == 3); /* never more than cap */
	alert_window_free(&w);
	CHECK(!alert_window_init(&w, 20));
	for (i = 0; i < 25; i++)
		c = alert_window_add(&w, (1000 + i) * S, 60 * S);
	CHECK(c == 20);
	c = alert_window_add(&w, 1084 * S, 60 * S); /* (1024, 1084]: only this one */
	CHECK(c == 1);
	CHECK(w.size == 20 && w.cap == 20);
	alert_window_free(&w);
	CHECK(!alert_window_init(&w, 1000)); /* grows with the occurrences, not at once */
	CHECK(w.size < 1000);
	for (i = 0; i < 1500; i++)
		c = alert_window_add(&w, (5000 + i) * S, 600 * S);
	CHECK(c == 600 && w.size == 1000);
	alert_window_free(&w);
}

TEST(link_template_encodes_values)
{
	char out[256];

	track_link(out, sizeof(out), "https://g.example/x?fp={fingerprint}&p={project}&t={type}",
		   "shop eu", "ab12", "App\\Error", "n1");
	CHECK_STR(out, "https://g.example/x?fp=ab12&p=shop%20eu&t=App%5CError");
	track_link(out, 16, "https://g.example/{project}", "aaaaaaaaaaaa", "f", "t", "h");
	CHECK(strlen(out) <= 15);
}

int main(void)
{
	RUN(parses_fields_and_comments);
	RUN(bad_lines_name_themselves_and_keep_the_old_rules);
	RUN(default_rule_and_files);
	RUN(first_match_wins_on_project_and_level_globs);
	RUN(window_counts_the_last_cap_occurrences);
	RUN(link_template_encodes_values);
	TEST_END();
}
