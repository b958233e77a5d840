// SPDX-License-Identifier: Apache-2.0
/*
 * test_natsperm.c - what `logtap check` reads from NATS credentials offline: the
 * sections of a .creds file, JWT claims, and subject wildcards (* and >) in
 * publish allow/deny lists applied to a subject pattern.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "check/natsperm.h"
#include "test.h"

/* A real user JWT shape: header.claims.signature, claims base64url without padding:
 * {"sub":"UABC","name":"shipper","nats":{"pub":{"allow":["logs.>"]},"type":"user"}} */
#define CLAIMS_B64                                                                                 \
	"eyJzdWIiOiJVQUJDIiwibmFtZSI6InNoaXBwZXIiLCJuYXRzIjp7InB1YiI6eyJhbGxvdyI6WyJsb2dz"         \
	"Lj4iXX0sInR5cGUiOiJ1c2VyIn19"
#define JWT "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ." CLAIMS_B64 ".c2ln"

static const char creds_text[] =
    "-----BEGIN NATS USER JWT-----\n" JWT "\n------END NATS USER JWT------\n\n"
    "************************* IMPORTANT *************************\n"
    "NKEY Seed printed below can be used to sign and prove identity.\n\n"
    "-----BEGIN USER NKEY SEED-----\nSUAEXAMPLESEED\n------END USER NKEY SEED------\n";

TEST(creds_sections)
{
	struct natsperm_creds c;

	CHECK(natsperm_parse_creds(creds_text, &c) == 0);
	CHECK_STR(c.jwt, JWT);
	CHECK_STR(c.seed, "SUAEXAMPLESEED");
	natsperm_creds_free(&c);
	CHECK(!c.jwt && !c.seed);
	/* a file with the JWT only, and one with no sections at all */
	CHECK(natsperm_parse_creds("-----BEGIN NATS USER JWT-----\n" JWT "\n", &c) == 0);
	CHECK(c.jwt && !c.seed);
	natsperm_creds_free(&c);
	CHECK(natsperm_parse_creds("just text\n", &c) == 0);
	CHECK(!c.jwt && !c.seed);
	/* an empty section is absent, not the next marker line */
	CHECK(natsperm_parse_creds(
		  "-----BEGIN USER NKEY SEED-----\n------END USER NKEY SEED------\n", &c) == 0);
	CHECK(!c.seed);
}

TEST(jwt_claims)
{
	json_t *c = natsperm_claims(JWT);
	const json_t *allow;

	CHECK(c);
	CHECK_STR(json_string_value(json_object_get(c, "sub")), "UABC");
	allow = json_object_get(json_object_get(json_object_get(c, "nats"), "pub"), "allow");
	CHECK_STR(json_string_value(json_array_get(allow, 0)), "logs.>");
	json_decref(c);
	errno = 0;
	CHECK(!natsperm_claims("not a jwt") && errno == EINVAL);
	CHECK(!natsperm_claims("a..b") && errno == EINVAL);
	CHECK(!natsperm_claims("a.!!!!.b") && errno == EINVAL);
	CHECK(!natsperm_claims("a.bm90IGpzb24.b") && errno == EINVAL); /* "not json" */
}

TEST(covers)
{
	CHECK(natsperm_covers("logs.default.customer.>", "logs.default.customer.*"));
	CHECK(natsperm_covers("logs.default.customer.*", "logs.default.customer.*"));
	CHECK(natsperm_covers("logs.>", "logs.default.customer.*"));
	CHECK(natsperm_covers(">", "logs.default.customer.*"));
	CHECK(natsperm_covers("logs.*.customer.*", "logs.default.customer.acme"));
	CHECK(natsperm_covers("logs.default.customer.acme", "logs.default.customer.acme"));
	CHECK(natsperm_covers("logs.>", "logs.>"));
	/* narrower filters, wrong lengths, literals against wildcards */
	CHECK(!natsperm_covers("logs.default.customer.acme", "logs.default.customer.*"));
	CHECK(!natsperm_covers("logs.default.customer", "logs.default.customer.*"));
	CHECK(!natsperm_covers("logs.default.customer.*", "logs.default.customer.*.x"));
	CHECK(!natsperm_covers("logs.default.customer.*", "logs.default.customer.>"));
	CHECK(!natsperm_covers("logs.default.>", "logs.default"));
	CHECK(!natsperm_covers("logs.other.>", "logs.default.customer.*"));
	CHECK(!natsperm_covers("logs.*", "logs.>"));
	/* a token is a whole token: no prefix matches, no empty tokens */
	CHECK(!natsperm_covers("logs.def", "logs.default"));
	CHECK(!natsperm_covers("logs.default", "logs.def"));
	CHECK(!natsperm_covers("logs..x", "logs..x"));
}

TEST(intersects)
{
	CHECK(natsperm_intersects("logs.default.customer.acme", "logs.default.customer.*"));
	CHECK(natsperm_intersects("logs.*.customer.acme", "logs.default.*.*"));
	CHECK(natsperm_intersects("logs.>", "logs.default.customer.*"));
	CHECK(natsperm_intersects("logs.default.customer.*", "logs.>"));
	CHECK(natsperm_intersects("a.b", "a.b"));
	CHECK(!natsperm_intersects("logs.other.>", "logs.default.customer.*"));
	CHECK(!natsperm_intersects("logs.default.>", "logs.default"));
	CHECK(!natsperm_intersects("logs.*", "logs.default.customer.*"));
	CHECK(!natsperm_intersects("a.b", "a.c"));
}

static enum natsperm_verdict verdict(const char *perm_json, const char *pattern, char *why)
{
	json_t *perm = perm_json ? json_loads(perm_json, 0, NULL) : NULL;
	enum natsperm_verdict v = natsperm_check(perm, pattern, why, 256);

	json_decref(perm);
	return v;
}

TEST(publish_verdicts)
{
	const char *p = "logs.default.customer.*";
	char why[256];

	/* no permissions, or an empty allow list: everything */
	CHECK(verdict(NULL, p, why) == NATSPERM_ALLOWED);
	CHECK(verdict("{\"allow\":[]}", p, why) == NATSPERM_ALLOWED);
	CHECK(verdict("{\"allow\":[\"x.y\",\"logs.default.customer.>\"]}", p, why) ==
	      NATSPERM_ALLOWED);
	CHECK_STR(why, "allow logs.default.customer.>");
	/* allow limited to another subject */
	CHECK(verdict("{\"allow\":[\"logs.other.>\",\"x\"]}", p, why) == NATSPERM_DENIED);
	CHECK_STR(why, "allow logs.other.>, x");
	/* allow limited to one project: only some subjects */
	CHECK(verdict("{\"allow\":[\"logs.default.customer.acme\"]}", p, why) == NATSPERM_PARTIAL);
	/* deny wins over allow, wholly or in part */
	CHECK(verdict("{\"allow\":[\">\"],\"deny\":[\"logs.>\"]}", p, why) == NATSPERM_DENIED);
	CHECK_STR(why, "deny logs.>");
	CHECK(verdict("{\"deny\":[\"logs.default.customer.secret\"]}", p, why) == NATSPERM_PARTIAL);
	CHECK(verdict("{\"deny\":[\"logs.other.>\"]}", p, why) == NATSPERM_ALLOWED);
	/* the inbox of JetStream acks */
	CHECK(verdict("{\"allow\":[\"_INBOX.>\"]}", "_INBOX.*.*", why) == NATSPERM_ALLOWED);
	CHECK(verdict("{\"allow\":[\"logs.>\"]}", "_INBOX.*.*", why) == NATSPERM_DENIED);
}

int main(void)
{
	RUN(creds_sections);
	RUN(jwt_claims);
	RUN(covers);
	RUN(intersects);
	RUN(publish_verdicts);
	TEST_END();
}
