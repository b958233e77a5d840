// SPDX-License-Identifier: Apache-2.0
/*
 * test_redact.c - the redact stage: per kind what must be replaced and what must
 * survive (order numbers, timestamps, UUIDs, digests, versions, Java frames),
 * JSON-escaped text, multi-line traces and PEM blocks, invalid UTF-8 and NULs,
 * hash mode (stable, key dependent), per-kind counts and kind list parsing.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "redact/redact.h"
#include "test.h"

static struct redact *mk(uint32_t kinds)
{
	struct redact_opts o = {.kinds = kinds, .mode = REDACT_MASK};

	return redact_new(&o);
}

static char out_text[8192];
static uint64_t counts[REDACT_KIND_COUNT];

/* Redacts in with r; the result (or the input when nothing was found) in out_text. */
static int run_n(const struct redact *r, const char *in, size_t len)
{
	struct buf b = {0};
	int n = redact_text(r, in, len, &b, counts);

	if (n > 0) {
		memcpy(out_text, b.p, b.len + 1 < sizeof(out_text) ? b.len + 1 : sizeof(out_text));
		out_text[sizeof(out_text) - 1] = 0;
	} else {
		snprintf(out_text, sizeof(out_text), "%.*s", (int)len, in);
	}
	buf_free(&b);
	return n;
}

static const char *red(uint32_t kinds, const char *in)
{
	struct redact *r = mk(kinds);

	run_n(r, in, strlen(in));
	redact_free(r);
	return out_text;
}

#define DEF REDACT_KINDS_DEFAULT
#define ALL REDACT_KINDS_ALL
/* The text must come out unchanged. */
#define KEEP(kinds, s) CHECK_STR(red(kinds, s), s)

TEST(cards)
{
	CHECK_STR(red(DEF, "card 4111111111111111 ok"), "card <card:****1111> ok");
	CHECK_STR(red(DEF, "pan=4111 1111 1111 1111;"), "pan=<card:****1111>;");
	CHECK_STR(red(DEF, "4111-1111-1111-1111"), "<card:****1111>");
	CHECK_STR(red(DEF, "amex 3782 822463 10005"), "amex <card:****0005>");
	CHECK_STR(red(DEF, "mc 5555555555554444, 2223003122003222"),
		  "mc <card:****4444>, <card:****3222>");
	CHECK_STR(red(DEF, "discover 6011111111111117 jcb 3530111333300000"),
		  "discover <card:****1117> jcb <card:****0000>");
	CHECK_STR(red(DEF, "diners 30569309025904 up 6200000000000005"),
		  "diners <card:****5904> up <card:****0005>");
	CHECK_STR(red(DEF, "{\"card\":\"4111111111111111\"}"), "{\"card\":\"<card:****1111>\"}");
	CHECK_STR(red(DEF, "card 4111 1111 1111 1111 exp 12/29"), "card <card:****1111> exp 12/29");
	CHECK_STR(red(DEF, "/orders/4111111111111111/pay"), "/orders/<card:****1111>/pay");
	/* Luhn fails, IIN unknown, mixed separators, inside words and longer runs */
	KEEP(DEF, "card 4111111111111112 ok");
	KEEP(DEF, "id 9111111111111119 ok");
	KEEP(DEF, "4111 1111-1111 1111");
	KEEP(DEF, "x4111111111111111 4111111111111111y");
	KEEP(DEF, "41111111111111110000 ");
	KEEP(DEF, "ratio 0.4111111111111111");
}

TEST(card_traps)
{
	KEEP(DEF, "order 100012 placed, order no. 2026120211300042 total 1733138400000");
	KEEP(DEF, "ts=20261202113000 epoch_ms=1764675000000 ns=1764675000123456789");
	KEEP(DEF, "id 550e8400-e29b-41d4-a716-446655440000 done");
	KEEP(DEF, "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904 sha256 "
		  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	KEEP(DEF, "version 1.2.3.4 build 10.0.19045.3803 read 123456789012345 bytes");
	KEEP(DEF, "\tat com.example.Foo.bar(Foo.java:12)\n\tat java.base/java.lang.Thread.run("
		  "Thread.java:1583)");
	KEEP(DEF, "2026-12-02 11:30:00.123 INFO took 4111 ms for 1111 rows");
}

TEST(ibans)
{
	CHECK_STR(red(DEF, "iban DE89370400440532013000."), "iban <iban:DE**>.");
	CHECK_STR(red(DEF, "IBAN: DE89 3704 0044 0532 0130 00 BIC"), "IBAN: <iban:DE**> BIC");
	CHECK_STR(red(DEF, "GB82WEST12345698765432"), "<iban:GB**>");
	CHECK_STR(red(DEF, "FR1420041010050500013M02606 NL91ABNA0417164300"),
		  "<iban:FR**> <iban:NL**>");
	CHECK_STR(red(DEF, "\"iban\":\"CH9300762011623852957\""), "\"iban\":\"<iban:CH**>\"");
	CHECK_STR(red(DEF, "NO9386011117947 AT611904300234573201"), "<iban:NO**> <iban:AT**>");
	KEEP(DEF, "DE89370400440532013001");	 /* mod-97 fails */
	KEEP(DEF, "DE8937040044053201300");	 /* one short */
	KEEP(DEF, "DE893704004405320130001");	 /* one long */
	KEEP(DEF, "ZZ89370400440532013000");	 /* no such country */
	KEEP(DEF, "DE89 3704 00440532 0130 00"); /* groups mixed */
	KEEP(DEF, "XDE89370400440532013000");
}

TEST(emails)
{
	CHECK_STR(red(DEF, "mail to Jane.Doe+shop@example.co.uk, cc bob@mail.example.com."),
		  "mail to <email>, cc <email>.");
	CHECK_STR(red(DEF, "{\"email\":\"a_b-c@x-y.de\"}"), "{\"email\":\"<email>\"}");
	CHECK_STR(red(DEF, "<mailto:ops@example.org>"), "<mailto:<email>>");
	CHECK_STR(red(DEF, "user=\\\"z@example.net\\\""), "user=\\\"<email>\\\"");
	KEEP(DEF, "at com.example.Foo.bar(Foo.java:12)");
	KEEP(DEF, "java.lang.Object@6d06d69c and com.example.Order@1a2b3c");
	KEEP(DEF, "root@localhost and admin@server");
	KEEP(DEF, "npm i @types/node@20.1.0 lodash@4.17.21");
	KEEP(DEF, "org.slf4j:slf4j-api:2.0.9 and @Override @ 12");
	KEEP(DEF, "x@y.z a@b.c1");
}

TEST(credentials)
{
	CHECK_STR(red(DEF, "connect postgres://app:s3cr3t@db.internal:5432/shop"),
		  "connect postgres://app:<secret>@db.internal:5432/shop");
	CHECK_STR(red(DEF, "GET https://user:p%40ss@api.example.com/x"),
		  "GET https://user:<secret>@api.example.com/x");
	KEEP(DEF, "see https://example.com:8443/path?q=1 and http://[::1]:80/");
	CHECK_STR(red(DEF, "Authorization: Bearer abc.def-ghi_123"),
		  "Authorization: Bearer <secret>");
	CHECK_STR(red(DEF, "authorization=Basic dXNlcjpwYXNz"), "authorization=Basic <secret>");
	CHECK_STR(red(DEF, "{'Authorization': 'Token 0123456789abcdef', 'Accept': 'json'}"),
		  "{'Authorization': 'Token <secret>', 'Accept': 'json'}");
	CHECK_STR(red(DEF, "curl -H 'X: Bearer tok_12345678' x"), "curl -H 'X: Bearer <secret>' x");
	CHECK_STR(red(DEF, "Authorization: Bearer abc123456789; Authorization=Basic dXNlcjE= x"),
		  "Authorization: Bearer <secret>; Authorization=Basic <secret> x");
	CHECK_STR(red(DEF, "Authorization: Digest username=\"u\", response=\"9a\""),
		  "Authorization: Digest <secret>");
	CHECK_STR(red(DEF, "login password=hunter2 user=bob"), "login password=<secret> user=bob");
	CHECK_STR(red(DEF, "{\"password\": \"p@ss w\\\"rd\", \"user\": \"bob\"}"),
		  "{\"password\": \"<secret>\", \"user\": \"bob\"}");
	CHECK_STR(red(DEF, "?user=bob&passwd=x1&api_key=k2&apikey=k3&api-key=k4&next=1"),
		  "?user=bob&passwd=<secret>&api_key=<secret>&apikey=<secret>&api-key=<secret>"
		  "&next=1");
	CHECK_STR(red(DEF, "DB_PASSWORD=pw clientSecret: abcdefgh1 access_token=t0k"),
		  "DB_PASSWORD=<secret> clientSecret: <secret> access_token=<secret>");
	CHECK_STR(red(DEF, "['password' => 'x', 'secret' => 'y']"),
		  "['password' => '<secret>', 'secret' => '<secret>']");
	CHECK_STR(red(DEF, "Server=db;Uid=sa;Pwd=Sup3r;"), "Server=db;Uid=sa;Pwd=<secret>;");
	CHECK_STR(red(DEF, "Password: hunter2"), "Password: <secret>");
	CHECK_STR(red(DEF, "spring.datasource.password=pw1"),
		  "spring.datasource.password=<secret>");
}

TEST(credential_traps)
{
	KEEP(DEF, "SyntaxError: Unexpected token: } in JSON");
	KEEP(DEF, "invalid token: expired");
	KEEP(DEF, "password=null token=\"\" secret=<secret> password=***** pwd=${DB_PW}");
	KEEP(DEF, "PWD=/srv/app OLDPWD=/root");
	KEEP(DEF, "if (token == null || password != x) max_tokens=100");
	KEEP(DEF, "token_type=bearer password_hash=x passwordless=1");
	KEEP(DEF, "the password was reset, see Bearer.");
	KEEP(DEF, "Foo::bar() std::map a=b");
}

TEST(json_escaped)
{
	/* a JSON log line whose message carries JSON */
	CHECK_STR(red(DEF, "{\"msg\":\"body {\\\"password\\\":\\\"x\\\\\\\\y\\\",\\\"u\\\":1}\"}"),
		  "{\"msg\":\"body {\\\"password\\\":\\\"<secret>\\\",\\\"u\\\":1}\"}");
	CHECK_STR(red(DEF, "{\"msg\":\"{\\\"token\\\": \\\"abc\\\"}\"}"),
		  "{\"msg\":\"{\\\"token\\\": \\\"<secret>\\\"}\"}");
	CHECK_STR(red(DEF, "\"m\":\"a\\npassword=pw\\nb\""), "\"m\":\"a\\npassword=<secret>\\nb\"");
}

TEST(keys)
{
	CHECK_STR(red(DEF, "aws AKIAIOSFODNN7EXAMPLE ok"), "aws <secret> ok");
	CHECK_STR(red(DEF, "ASIAIOSFODNN7EXAMPLE"), "<secret>");
	KEEP(DEF, "AKIAIOSFODNN7EXAMPL AKIAIOSFODNN7EXAMPLEX AKIAiosfodnn7example");
	CHECK_STR(red(DEF, "gh ghp_1234567890abcdefghijABCDEFGHIJ123456 ok"), "gh <secret> ok");
	CHECK_STR(red(DEF, "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"),
		  "<secret>");
	CHECK_STR(red(DEF, "glpat-xxxxxxxxxxxxxxxxxxxx"), "<secret>");
	CHECK_STR(red(DEF, "slack xoxb-123456789012-abcdefghij"), "slack <secret>");
	CHECK_STR(red(DEF, "post https://hooks.slack.com/services/T000/B000/XXXXXXXX done"),
		  "post https://hooks.slack.com/services/<secret> done");
	KEEP(DEF, "ghp_short glpat-short xoxb-1 aghp_1234567890abcdefghijABCDEFGHIJ123456");
}

TEST(jwts)
{
	const char *jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
			  "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
	char in[512];

	snprintf(in, sizeof(in), "session %s end", jwt);
	CHECK_STR(red(DEF, in), "session <jwt> end");
	CHECK_STR(red(ALL, in), "session <jwt> end"); /* 'e' is an IPv6 trigger then */
	snprintf(in, sizeof(in), "Authorization: Bearer %s", jwt);
	CHECK_STR(red(DEF, in), "Authorization: Bearer <secret>");
	/* base64 JSON without "alg" is not a JWT */
	KEEP(DEF, "eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxIn0.sig");
	KEEP(DEF, "eyJhbGciOiJIUzI1NiJ9 alone");
}

TEST(pem_blocks)
{
	const char *in = "key loaded:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n"
			 "abcdef==\n-----END RSA PRIVATE KEY-----\nnext line";
	const char *esc = "{\"k\":\"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE "
			  "KEY-----\\n\"}";

	CHECK_STR(red(DEF, in), "key loaded:\n<secret>\nnext line");
	CHECK_STR(red(DEF, esc), "{\"k\":\"<secret>\\n\"}");
	CHECK_STR(red(DEF, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn"), "<secret>");
	KEEP(DEF, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
	KEEP(DEF, "----- separator -----");
}

/* Reassembly may put the lines of one block into several events of one writer. */
static const char *carry(struct redact *r, struct redact_carry *c, uint64_t w, const char *in)
{
	struct buf b = {0};

	if (redact_text_carry(r, c, w, in, strlen(in), &b, counts) > 0)
		snprintf(out_text, sizeof(out_text), "%s", b.p);
	else
		snprintf(out_text, sizeof(out_text), "%s", in);
	buf_free(&b);
	return out_text;
}

TEST(pem_across_events)
{
	struct redact *r = mk(DEF);
	struct redact_carry *c = redact_carry_new();

	CHECK_STR(carry(r, c, 1, "key loaded\n-----BEGIN PRIVATE KEY-----"),
		  "key loaded\n<secret>");
	CHECK_STR(carry(r, c, 2, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
		  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
	CHECK_STR(carry(r, c, 1, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nabc+/=="), "<secret>");
	CHECK_STR(carry(r, c, 1, "Zm9v\n-----END PRIVATE KEY----- loaded"), "<secret> loaded");
	CHECK_STR(carry(r, c, 1, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
		  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
	/* a block that never ends stops at the first line that is no PEM body */
	CHECK_STR(carry(r, c, 3, "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE"), "<secret>");
	CHECK_STR(carry(r, c, 3, "Proc-Type: 4,ENCRYPTED\nMHcC\nINFO next record a@b.de"),
		  "<secret>\nINFO next record <email>");
	CHECK_STR(carry(r, c, 3, "INFO plain"), "INFO plain");
	redact_carry_free(c);
	redact_free(r);
}

TEST(phones)
{
	uint32_t k = DEF | (1u << REDACT_PHONE);

	CHECK_STR(red(k, "call +49 30 1234567 or +1-555-123-4567."), "call <phone> or <phone>.");
	CHECK_STR(red(k, "tel 030 12345678, (030) 1234-5678, 0171/2345678"),
		  "tel <phone>, <phone>, <phone>");
	CHECK_STR(red(k, "us (555) 123-4567"), "us <phone>");
	KEEP(DEF, "call +49 30 1234567");
	KEEP(k, "2026-12-02 11:30:00 +0100 took 0.123 s");
	KEEP(k, "date 02.12.2026 01-02-2026 v0.12.3 order 0012345678");
	KEEP(k, "+12 (123 ms) at Foo(Foo.java:12) 1.2.3.4");
	KEEP(k, "+49 30 1234567890123456");
}

TEST(ips)
{
	uint32_t k = DEF | (1u << REDACT_IP);

	CHECK_STR(red(k, "from 192.168.1.20:5432 and 10.0.0.1."), "from <ip>:5432 and <ip>.");
	CHECK_STR(red(k, "v6 2001:db8::8a2e:370:7334 fe80::1 ::ffff:10.0.0.1 x"),
		  "v6 <ip> <ip> <ip> x");
	CHECK_STR(red(k, "2001:0db8:0000:0000:0000:ff00:0042:8329"), "<ip>");
	KEEP(DEF, "from 192.168.1.20");
	KEEP(DEF, "version 1.2.3.4 build 10.0.19045.3803");
	KEEP(k, "build 10.0.19045.3803 v1.2.3.4 1.2.3.4.5 256.1.1.1 01.2.3.4");
	KEEP(k, "12:30:45 aa:bb:cc:dd:ee:ff Db::add Foo::bar Thread.java:1583");
}

TEST(multiline_trace)
{
	const char *in = "2026-12-02 ERROR [main] login failed for jane@example.com\n"
			 "java.lang.IllegalStateException: bad credentials password=hunter2\n"
			 "\tat com.example.Auth.login(Auth.java:42)\n"
			 "Caused by: java.sql.SQLException: postgres://app:pw1@db/x\n"
			 "\tat org.postgresql.Driver.connect(Driver.java:7)";
	const char *want = "2026-12-02 ERROR [main] login failed for <email>\n"
			   "java.lang.IllegalStateException: bad credentials password=<secret>\n"
			   "\tat com.example.Auth.login(Auth.java:42)\n"
			   "Caused by: java.sql.SQLException: postgres://app:<secret>@db/x\n"
			   "\tat org.postgresql.Driver.connect(Driver.java:7)";

	CHECK_STR(red(DEF, in), want);
}

TEST(invalid_utf8_and_nul)
{
	struct redact *r = mk(ALL);
	const char in[] = "\xff\xfe a\0b \xc3 bob@example.com \xe2\x82 password=\xc3\xa4\xc3 x\xf0";
	const char want[] = "\xff\xfe a\0b \xc3 <email> \xe2\x82 password=<secret> x\xf0";
	struct buf b = {0};
	int n = redact_text(r, in, sizeof(in) - 1, &b, NULL);

	CHECK(n == 2);
	CHECK(b.len == sizeof(want) - 1 && !memcmp(b.p, want, b.len));
	/* a value cut at the very end of the text */
	CHECK(run_n(r, "password=\xc3", 10) == 1);
	CHECK_STR(out_text, "password=<secret>");
	CHECK(run_n(r, "x@", 2) == 0 && run_n(r, "4111", 4) == 0 && run_n(r, "", 0) == 0);
	CHECK(run_n(r, "-----BEGIN", 10) == 0 && run_n(r, "eyJ", 3) == 0);
	buf_free(&b);
	redact_free(r);
}

TEST(nothing_found_leaves_out_alone)
{
	struct redact *r = mk(ALL);
	struct buf b = {0};

	buf_append(&b, "keep", 4);
	CHECK(redact_text(r, "plain text", 10, &b, NULL) == 0);
	CHECK_STR(b.p, "keep");
	CHECK(redact_text(r, "a@example.com", 13, &b, NULL) == 1);
	CHECK_STR(b.p, "<email>");
	buf_free(&b);
	redact_free(r);
	KEEP(0, "a@example.com 4111111111111111");
}

static char *write_key(const char *content)
{
	char *path = strdup("/tmp/test_redact_key.XXXXXX");
	int fd = mkstemp(path);

	CHECK(fd >= 0 && write(fd, content, strlen(content)) == (ssize_t)strlen(content));
	close(fd);
	return path;
}

TEST(hash_mode)
{
	char *k1 = write_key("0123456789abcdef-key-one\n"),
	     *k2 = write_key("0123456789abcdef-key-two");
	char *ks = write_key("short");
	struct redact_opts o = {.kinds = DEF, .mode = REDACT_HASH, .key_file = k1};
	struct redact *a = redact_new(&o), *b = redact_new(&o);
	char first[8192];

	CHECK(a && b);
	run_n(a, "mail Bob@Example.com card 4111111111111111", 42);
	snprintf(first, sizeof(first), "%s", out_text);
	CHECK(!strncmp(first, "mail <email:h:", 14) && strstr(first, "> card <card:h:"));
	CHECK(strlen(first) == strlen("mail <email:h:123456789abc> card <card:h:123456789abc>"));
	run_n(b, "mail bob@example.com card 4111111111111111", 42);
	CHECK_STR(out_text, first); /* stable, e-mail case folded */
	run_n(a, "mail eve@example.com card 4111111111111111", 42);
	CHECK(strncmp(out_text, first, 26) &&
	      !strcmp(strstr(out_text, "card"), strstr(first, "card")));
	redact_free(b);
	o.key_file = k2;
	b = redact_new(&o);
	run_n(b, "mail bob@example.com card 4111111111111111", 42);
	CHECK(strcmp(out_text, first)); /* another key, another hash */
	redact_free(b);
	o.key_file = ks;
	CHECK(!redact_new(&o) && errno == EINVAL);
	o.key_file = "/nonexistent/key";
	CHECK(!redact_new(&o) && errno == ENOENT);
	o.key_file = NULL;
	CHECK(!redact_new(&o) && errno == EINVAL);
	redact_free(a);
	unlink(k1);
	unlink(k2);
	unlink(ks);
	free(k1);
	free(k2);
	free(ks);
}

TEST(counts_per_kind)
{
	struct redact *r = mk(ALL);
	const char *in = "a@example.com b@example.com 4111111111111111 password=x "
			 "DE89370400440532013000 AKIAIOSFODNN7EXAMPLE 10.1.2.3 +49 30 1234567";
	int n;

	memset(counts, 0, sizeof(counts));
	n = run_n(r, in, strlen(in));
	CHECK(n == 8);
	CHECK(counts[REDACT_EMAIL] == 2 && counts[REDACT_CARD] == 1 && counts[REDACT_IBAN] == 1);
	CHECK(counts[REDACT_CREDENTIAL] == 1 && counts[REDACT_KEY] == 1 && counts[REDACT_JWT] == 0);
	CHECK(counts[REDACT_IP] == 1 && counts[REDACT_PHONE] == 1);
	run_n(r, in, strlen(in));
	CHECK(counts[REDACT_EMAIL] == 4); /* added to, not reset */
	redact_free(r);
}

TEST(parse_kinds)
{
	uint32_t k = 12345;
	enum redact_mode m;

	CHECK(redact_parse_kinds("all", &k) == 0 && k == REDACT_KINDS_ALL);
	CHECK(redact_parse_kinds("none", &k) == 0 && k == 0);
	CHECK(redact_parse_kinds("default", &k) == 0 && k == REDACT_KINDS_DEFAULT);
	CHECK(!(REDACT_KINDS_DEFAULT & (1u << REDACT_PHONE | 1u << REDACT_IP)));
	CHECK(redact_parse_kinds("card,email", &k) == 0 &&
	      k == (1u << REDACT_CARD | 1u << REDACT_EMAIL));
	CHECK(redact_parse_kinds("default,phone, ip", &k) == 0 && k == REDACT_KINDS_ALL);
	CHECK(redact_parse_kinds("secrets", &k) == 0 &&
	      k == (1u << REDACT_CREDENTIAL | 1u << REDACT_KEY | 1u << REDACT_JWT));
	k = 7;
	CHECK(redact_parse_kinds("card,bogus", &k) == -EINVAL && k == 7);
	CHECK(redact_parse_kinds("", &k) == -EINVAL && redact_parse_kinds("card,", &k) == -EINVAL);
	CHECK(redact_parse_kinds("Card", &k) == -EINVAL && redact_parse_kinds(NULL, &k) == -EINVAL);
	CHECK(redact_parse_mode("hash", &m) == 0 && m == REDACT_HASH);
	CHECK(redact_parse_mode("mask", &m) == 0 && m == REDACT_MASK);
	CHECK(redact_parse_mode("md5", &m) == -EINVAL);
	for (int i = 0; i < REDACT_KIND_COUNT; i++)
		CHECK(redact_parse_kinds(redact_kind_name(i), &k) == 0 && k == 1u << i);
}

TEST(output_bound_and_idempotence)
{
	struct redact *r = mk(ALL);
	const char *in = "password=a b@c.de 4111111111111111 token=\"\\\"x\" +49 30 1234567 "
			 "postgres://u:p@h/ 1.2.3.4";
	char once[1024];
	struct buf b = {0};
	int n = redact_text(r, in, strlen(in), &b, NULL);

	CHECK(n > 0 && b.len <= strlen(in) + (size_t)n * REDACT_TOKEN_MAX);
	snprintf(once, sizeof(once), "%s", b.p);
	CHECK(redact_text(r, once, strlen(once), &b, NULL) == 0);
	buf_free(&b);
	redact_free(r);
}

int main(void)
{
	RUN(cards);
	RUN(card_traps);
	RUN(ibans);
	RUN(emails);
	RUN(credentials);
	RUN(credential_traps);
	RUN(json_escaped);
	RUN(keys);
	RUN(jwts);
	RUN(pem_blocks);
	RUN(pem_across_events);
	RUN(phones);
	RUN(ips);
	RUN(multiline_trace);
	RUN(invalid_utf8_and_nul);
	RUN(nothing_found_leaves_out_alone);
	RUN(hash_mode);
	RUN(counts_per_kind);
	RUN(parse_kinds);
	RUN(output_bound_and_idempotence);
	TEST_END();
}
