// SPDX-License-Identifier: Apache-2.0
/*
 * test_runtimes.c - reassembly of what real runtimes write: each program of
 * tests/traces runs under strace, its writes are fed as written, and the events must
 * match what the program knows it logged. SKIPs a runtime that is not installed.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "feeder.h"

#define TRACES_DIR "tests/traces"

static bool rt_skipped; /* the runtime test printed SKIP: no PASS line then */

/* RUN for tests that may skip. */
#define RUN_RT(name)                                                                               \
	do {                                                                                       \
		rt_skipped = false;                                                                \
		test_failed_checks = 0;                                                            \
		name();                                                                            \
		if (rt_skipped && !test_failed_checks)                                             \
			break;                                                                     \
		printf("%s: %s %s\n", test_failed_checks ? "FAIL" : "PASS", __FILE__, #name);      \
		if (test_failed_checks)                                                            \
			test_failed++;                                                             \
		else                                                                               \
			test_passed++;                                                             \
		fflush(stdout);                                                                    \
	} while (0)

struct expect {
	enum ev_kind kind;
	const char *text; /* a trace's exception_type, or a substring of a line */
};

struct run_out {
	struct sink s;
	struct feeder f[8];
	char *paths[8];
	int nf;
};

static int hexval(char c)
{
	return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Decodes the "\x41\x42" strings of one strace line (-xx) into out. */
static void strace_bytes(const char *p, struct buf *out)
{
	while ((p = strstr(p, "\"\\x"))) {
		for (p++; p[0] == '\\' && p[1] == 'x'; p += 4)
			buf_putc(out, (char)(hexval(p[2]) << 4 | hexval(p[3])));
	}
}

static struct feeder *writer_for(struct run_out *o, const char *path, size_t n)
{
	int i;

	for (i = 0; i < o->nf; i++)
		if (strlen(o->paths[i]) == n && !strncmp(o->paths[i], path, n))
			return &o->f[i];
	if (o->nf == 8)
		return NULL;
	o->paths[o->nf] = strndup(path, n);
	o->f[o->nf].src = (struct ev_source){.tgid = 100 + o->nf, .file = o->paths[o->nf]};
	o->f[o->nf].r = o->f[0].r;
	return &o->f[o->nf++];
}

/* Feeds the writes of a strace -f -y -xx log to reasm, one writer per file whose path
 * contains only. */
static void feed_strace(struct run_out *o, const char *log, const char *only)
{
	FILE *fp = fopen(log, "r");
	char *line = NULL, *w, *lt, *gt, *q;
	size_t cap = 0;
	struct buf data = {0}, path = {0};
	struct feeder *f;

	while (fp && getline(&line, &cap, fp) > 0) {
		if (!(w = strstr(line, "write")) || !(lt = strchr(w, '<')) ||
		    !(gt = strstr(lt, ">,")) || strstr(line, "resumed>"))
			continue;
		*gt = '\0';
		buf_reset(&path);
		for (q = lt + 1; q[0] == '\\' && q[1] == 'x'; q += 4) /* -xx escapes paths too */
			buf_putc(&path, (char)(hexval(q[2]) << 4 | hexval(q[3])));
		if (!path.len || !strstr(path.p, only))
			continue;
		f = writer_for(o, path.p, path.len);
		buf_reset(&data);
		strace_bytes(gt + 1, &data);
		if (f && data.len)
			feed_write(f, data.p, data.len);
	}
	free(line);
	buf_free(&data);
	buf_free(&path);
	if (fp)
		fclose(fp);
}

/* Runs cmd (in sh) under strace; 0, or -1 (SKIP printed) when a tool is missing. */
static int run_traced(struct run_out *o, const char *name, const char *need, const char *only,
		      const char *cmd)
{
	char log[] = "/tmp/logtap-strace.XXXXXX", sh[1024];
	int fd, i;

	snprintf(sh, sizeof(sh), "command -v strace >/dev/null && command -v %s >/dev/null", need);
	if (system(sh)) {
		printf("SKIP: %s %s: strace or %s missing\n", __FILE__, name, need);
		rt_skipped = true;
		return -1;
	}
	if (access(TRACES_DIR "/trace.py", R_OK)) {
		printf("SKIP: %s %s: run from the repository root\n", __FILE__, name);
		rt_skipped = true;
		return -1;
	}
	fd = mkstemp(log);
	if (fd < 0)
		return -1;
	close(fd);
	/* the program's stderr goes to a file of its own ($E) so that nothing else
	 * (wrappers, compilers) is mistaken for its output */
	snprintf(sh, sizeof(sh),
		 "E=%s.err strace -f -qq -y -xx -s 1048576 -e trace=write,writev -e signal=none "
		 "-o %s sh -c '%s' >/dev/null 2>&1; rm -f %s.err",
		 log, log, cmd, log);
	if (system(sh) == -1)
		return -1;
	memset(o, 0, sizeof(*o));
	o->f[0].r = reasm_new(&feeder_opts, collect, &o->s);
	feed_strace(o, log, only ? only : ".err");
	unlink(log);
	for (i = o->nf - 1; i >= 0; i--) {
		feeder_end(&o->f[i]);
		free(o->paths[i]);
	}
	if (!o->nf)
		feeder_end(&o->f[0]);
	reasm_free(o->f[0].r);
	return 0;
}

static void check_expect(const struct sink *s, const struct expect *x, int n)
{
	int i;

	EXPECT_N(s, n);
	for (i = 0; i < n && i < s->n; i++) {
		const struct event *e = s->ev[i];

		CHECK(e->kind == x[i].kind);
		if (x[i].kind == EV_KIND_LINE && !strstr(e->message, x[i].text)) {
			fprintf(stderr, "  event %d lacks \"%s\": %s\n", i, x[i].text, e->message);
			CHECK(!"line text");
		}
		if (x[i].kind != EV_KIND_LINE)
			CHECK_STR(e->exception_type, x[i].text);
		if (x[i].kind != EV_KIND_LINE)
			CHECK(e->fingerprint != NULL && e->level >= LVL_ERROR);
	}
}

#define EXPECT(o, ...)                                                                             \
	do {                                                                                       \
		const struct expect x_[] = {__VA_ARGS__};                                          \
		check_expect(&(o)->s, x_, (int)(sizeof(x_) / sizeof(x_[0])));                      \
		sink_free(&(o)->s);                                                                \
	} while (0)

#define L(t)                                                                                       \
	{                                                                                          \
		EV_KIND_LINE, t                                                                    \
	}
#define T(t)                                                                                       \
	{                                                                                          \
		EV_KIND_TRACE, t                                                                   \
	}

TEST(runtime_python)
{
	struct run_out o;

	if (run_traced(&o, "runtime_python", "python3", NULL,
		       "python3 " TRACES_DIR "/trace.py 2>$E"))
		return;
	EXPECT(&o, L("start python"), T("ValueError"), L("after python 1"), T("KeyError"),
	       L("after python 2"), T("ExceptionGroup"), L("after python 3"), T("ValueError"));
}

TEST(runtime_java)
{
	struct run_out o;

	if (run_traced(&o, "runtime_java", "javac", NULL,
		       "d=$(mktemp -d) && javac -d $d " TRACES_DIR "/Trace.java && "
		       "java -cp $d Trace 2>$E; rm -rf $d"))
		return;
	EXPECT(&o, L("INFO: start java"), T("java.lang.RuntimeException"), L("after java 1"),
	       T("java.lang.RuntimeException"), L("after java 2"), T("java.lang.RuntimeException"),
	       L("after java 3"), T("java.lang.RuntimeException"));
}

TEST(runtime_node)
{
	struct run_out o;

	if (run_traced(&o, "runtime_node", "node", NULL, "node " TRACES_DIR "/trace.js 2>$E"))
		return;
	EXPECT(&o, L("start node"), T("Error"), L("after node 1"), T("Error"), L("after node 2"),
	       T("AggregateError"), L("after node 3"), T("Error"));
}

TEST(runtime_php)
{
	struct run_out o;

	if (run_traced(&o, "runtime_php", "php", NULL, "php " TRACES_DIR "/trace.php 2>$E"))
		return;
	EXPECT(&o, L("start php"), T("RuntimeException"), L("after php 1"),
	       L("PHP Warning:  deprecated thing"), L("after php 2"), T("RuntimeException"));
	if (run_traced(&o, "runtime_php", "php", "logtap-php",
		       "f=$(mktemp /tmp/logtap-php.XXXXXX) && php " TRACES_DIR
		       "/trace.php $f; rm -f $f"))
		return;
	EXPECT(&o, L("start php"), T("RuntimeException"), L("after php 1"),
	       L("PHP Warning:  deprecated thing"), L("after php 2"), T("RuntimeException"));
}

TEST(runtime_ruby)
{
	struct run_out o;

	if (run_traced(&o, "runtime_ruby", "ruby", NULL, "ruby " TRACES_DIR "/trace.rb 2>$E"))
		return;
	EXPECT(&o, L("start ruby"), T("ArgumentError"), L("after ruby 1"), T("ArgumentError"),
	       L("after ruby 2"), T("ArgumentError"));
}

TEST(runtime_go)
{
	struct run_out o;

	if (run_traced(&o, "runtime_go", "go", NULL,
		       "d=$(mktemp -d) && HOME=${HOME:-$d} GOCACHE=${GOCACHE:-/tmp/logtap-gocache} "
		       "go build -o $d/trace " TRACES_DIR "/trace.go && $d/trace 2>$E; rm -rf $d"))
		return;
	EXPECT(&o, L("start go"), T("panic"), L("after go 1"), T("panic"));
}

TEST(runtime_flow)
{
	struct run_out o;
	const struct event *doc = NULL, *crit = NULL;
	int i, lines = 0;

	if (run_traced(&o, "runtime_flow", "php", "/Data/Logs/",
		       "d=$(mktemp -d) && php " TRACES_DIR "/flow_log.php $d; rm -rf $d"))
		return;
	EXPECT_N(&o.s, 6);
	for (i = 0; i < o.s.n; i++) {
		const struct event *e = o.s.ev[i];

		if (e->kind == EV_KIND_DOCUMENT)
			doc = e;
		else if (e->kind == EV_KIND_LINE && ++lines && e->level == LVL_CRITICAL)
			crit = e;
	}
	CHECK(doc && crit && lines == 5);
	if (doc && crit) {
		CHECK(doc->exception_ref && strlen(doc->exception_ref) == 20);
		CHECK_STR(doc->exception_ref, crit->exception_ref);
		CHECK_STR(doc->exception_type, "Exception #1355480641");
		CHECK(doc->lines >= 20 && doc->fingerprint);
		if (doc->lines < 20)
			fprintf(stderr, "  %u lines: %s\n", doc->lines, doc->message);
	}
	sink_free(&o.s);
}

int main(void)
{
	RUN_RT(runtime_python);
	RUN_RT(runtime_java);
	RUN_RT(runtime_node);
	RUN_RT(runtime_php);
	RUN_RT(runtime_ruby);
	RUN_RT(runtime_go);
	RUN_RT(runtime_flow);
	TEST_END();
}
