// SPDX-License-Identifier: Apache-2.0
/*
 * test_paths.c - which files are logs: the default rules, --path, --exclude.
 */
#include "files/paths.h"
#include "test.h"

TEST(default_rules)
{
	struct paths_opts o = { 0 };

	CHECK(paths_is_log(&o, "/app/var/log/app.log"));
	CHECK(paths_is_log(&o, "/srv/app.log"));
	CHECK(paths_is_log(&o, "/srv/app.log.3"));
	CHECK(paths_is_log(&o, "/etc/httpd/error_log"));
	CHECK(paths_is_log(&o, "/var/log/messages"));
	CHECK(paths_is_log(&o, "/srv/logs/current"));
	CHECK(paths_is_log(&o, "/var/www/Data/Logs/System_Development.txt"));
	CHECK(paths_is_log(&o, "/var/www/Data/Logs/Exceptions/20241201abc.txt"));
	CHECK(!paths_is_log(&o, "/srv/app.log.gz"));
	CHECK(!paths_is_log(&o, "/var/log/old.log.1.gz"));
	CHECK(!paths_is_log(&o, "/srv/data.txt"));
	CHECK(!paths_is_log(&o, "/srv/catalog.db"));
	CHECK(!paths_is_log(&o, "/srv/app.logger"));
	CHECK(!paths_is_log(&o, "/srv/app.log.x"));
	CHECK(!paths_is_log(&o, "/srv/blog/post.html"));
}

TEST(includes_and_excludes)
{
	char *inc[] = { "*.out", "/srv/special/*" };
	char *exc[] = { "/var/log/secret*", "*.audit.log" };
	struct paths_opts o = { inc, 2, exc, 2, false };

	CHECK(paths_is_log(&o, "/app/catalina.out"));
	CHECK(paths_is_log(&o, "/srv/special/deep/file.bin"));
	CHECK(!paths_is_log(&o, "/var/log/secrets.log"));
	CHECK(!paths_is_log(&o, "/srv/x.audit.log"));
	CHECK(paths_is_log(&o, "/srv/x.log"));
	o.no_defaults = true;
	CHECK(!paths_is_log(&o, "/srv/x.log"));
	CHECK(paths_is_log(&o, "/app/catalina.out"));
}

int main(void)
{
	RUN(default_rules);
	RUN(includes_and_excludes);
	TEST_END();
}
