// SPDX-License-Identifier: Apache-2.0
/*
 * test_languages.c - reassembly per language beyond Java and Python: PHP error_log and
 * php-fpm, Neos Flow records and dumps, Node.js, Go panics, Ruby, .NET inner exceptions;
 * each as its runtime writes it.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "feeder.h"

TEST(php_error_log_and_fpm)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/php_errors.log", "[21-Nov-2026 05:25:21 UTC] start php\n",
	    "[21-Nov-2026 05:25:21 UTC] PHP Fatal error:  Uncaught InvalidArgumentException: "
	    "missing omega in /app/trace.php:14\nStack trace:\n#0 /app/trace.php(20): load()\n"
	    "#1 {main}\n\nNext RuntimeException: bad config omega in /app/trace.php:22\n"
	    "Stack trace:\n#0 /app/trace.php(37): parse()\n#1 {main}\n"
	    "  thrown in /app/trace.php on line 22\n",
	    "[21-Nov-2026 05:25:22 UTC] PHP Warning:  deprecated thing in /app/t.php on line 35\n",
	    "[21-Nov-2026 05:25:22 UTC] multi\nline message\n", NULL);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 10);
		CHECK(s.ev[1]->level == LVL_CRITICAL);
		CHECK_STR(s.ev[1]->exception_language, "php");
		CHECK_STR(s.ev[1]->exception_type, "RuntimeException");
		CHECK_STR(s.ev[1]->exception_message, "bad config omega");
		CHECK(s.ev[2]->kind == EV_KIND_LINE && s.ev[2]->level == LVL_WARNING);
		CHECK(s.ev[3]->lines == 2);
	}
	sink_free(&s);
	run(&s, NULL, "/var/log/php-fpm.log",
	    "[21-Nov-2026 05:25:21] NOTICE: fpm is running, pid 1\n",
	    "[21-Nov-2026 05:25:23] WARNING: [pool www] child 7 said into stderr: \"PHP message: "
	    "PHP Fatal error:  Uncaught Exception: boom in /app/index.php:3\"\n"
	    "[21-Nov-2026 05:25:23] WARNING: [pool www] child 7 said into stderr: \"Stack "
	    "trace:\"\n"
	    "[21-Nov-2026 05:25:23] WARNING: [pool www] child 7 said into stderr: \"#0 {main}\"\n"
	    "[21-Nov-2026 05:25:23] WARNING: [pool www] child 7 said into stderr: \"  thrown in "
	    "/app/index.php on line 3\"\n",
	    "[21-Nov-2026 05:25:24] NOTICE: child 7 exited\n", NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 4);
		CHECK_STR(s.ev[1]->exception_type, "Exception");
		CHECK_STR(s.ev[1]->exception_message, "boom");
	}
	sink_free(&s);
}

TEST(flow_system_log_and_dump)
{
	struct sink s = {0};

	run(&s, NULL, "/app/Data/Logs/System_Development.log",
	    "24-05-06 07:08:09 1234       INFO      Neos.Flow            Request handled\n",
	    "24-05-06 07:08:10 1234       CRITICAL  Neos.Flow            Uncaught exception "
	    "#1355480641 "
	    "in line 241: Could not resolve - See also: 20240506070810a1b2c3.txt\n",
	    "24-05-06 07:08:11 1234       DEBUG     Neos.Flow            Additional data:\n"
	    "array(\n  'key' => 'value',\n)\n\n\n",
	    "24-05-06 07:08:12 1234       WARNING   Neos.Neos            after\n", NULL);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[0]->level == LVL_INFO);
		CHECK(s.ev[1]->level == LVL_CRITICAL);
		CHECK_STR(s.ev[1]->exception_ref, "20240506070810a1b2c3");
		CHECK(s.ev[2]->lines == 4 && s.ev[2]->level == LVL_DEBUG);
		CHECK(s.ev[3]->level == LVL_WARNING);
	}
	sink_free(&s);
	run(&s, NULL, "/app/Data/Logs/Exceptions/20240506070810a1b2c3.txt",
	    "Exception #1355480641 in line 241 of /app/Packages/Framework/Neos.Flow/Classes/"
	    "Mvc/Controller/ActionController.php: Could not resolve\n\n"
	    "34 Neos\\Flow\\Mvc\\Controller\\ActionController_Original::callActionMethod()\n"
	    "33 Neos\\Flow\\Mvc\\Dispatcher_Original::dispatch()\n\nHTTP REQUEST:\nGET / "
	    "HTTP/1.1\n\n",
	    NULL);
	EXPECT_N(&s, 1);
	if (s.n == 1) {
		CHECK(s.ev[0]->kind == EV_KIND_DOCUMENT && s.ev[0]->lines == 7);
		CHECK_STR(s.ev[0]->exception_ref, "20240506070810a1b2c3");
		CHECK_STR(s.ev[0]->exception_language, "flow");
		CHECK_STR(s.ev[0]->exception_type, "Exception #1355480641");
		CHECK_STR(s.ev[0]->exception_message, "Could not resolve");
		CHECK(s.ev[0]->fingerprint != NULL);
	}
	sink_free(&s);
}

TEST(node_stack_cause_aggregate_uncaught)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/node.log", "start node\n",
	    "Error: bad config beta\n    at parse (/app/trace.js:17:9)\n"
	    "    ... 5 lines matching cause stack trace ...\n"
	    "    at node:internal/main/run_main_module:28:49 {\n"
	    "  [cause]: TypeError: missing beta\n      at load (/app/trace.js:10:8)\n}\n",
	    "after node 2\n",
	    "AggregateError: all failed\n    at Object.<anonymous> (/app/trace.js:34:15) {\n"
	    "  [errors]: [\n    RangeError: r1\n        at Object.<anonymous> (/app/t.js:1:2)\n"
	    "  ]\n}\n",
	    "/app/trace.js:17\n\t\tthrow new Error('bad config ' + key, { cause: e });\n\t\t^\n\n"
	    "Error: bad config omega\n    at parse (/app/trace.js:17:9)\n\nNode.js v20.20.2\n",
	    "later line\n",
	    "file:///app/x.mjs:3\nthrow new Error('esm');\n^\n\nError: esm\n"
	    "    at file:///app/x.mjs:3:7\n\nNode.js v20.20.2\n",
	    NULL);
	EXPECT_N(&s, 7);
	if (s.n == 7) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 7);
		CHECK_STR(s.ev[1]->exception_language, "node");
		CHECK_STR(s.ev[1]->exception_type, "Error");
		CHECK(s.ev[3]->kind == EV_KIND_TRACE && s.ev[3]->lines == 7);
		CHECK_STR(s.ev[3]->exception_type, "AggregateError");
		CHECK(s.ev[4]->kind == EV_KIND_TRACE && s.ev[4]->lines == 8);
		CHECK_STR(s.ev[4]->exception_message, "bad config omega");
		CHECK(starts(s.ev[5], "later line"));
		CHECK(s.ev[6]->kind == EV_KIND_TRACE && s.ev[6]->lines == 8);
		CHECK_STR(s.ev[6]->exception_message, "esm");
	}
	sink_free(&s);
}

TEST(go_panic_in_pieces)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/go.log", "2026/11/21 05:25:39 after go 1\n",
	    "panic: ", "assignment to entry in nil map", " [recovered]\n",
	    "\tpanic: bad config omega\n", "\n", "goroutine 1 [running]:\n", "main.parse.func1()\n",
	    "\t/app/trace.go:23 +0xbf\n", "panic({0x67a480, 0x7381d0})\n",
	    "\t/usr/lib/go/src/runtime/panic.go:884 +0x212\n", "main.main()\n",
	    "\t/app/trace.go:43 +0x1d0\n", "\n", "goroutine 6 [chan receive]:\n", "main.worker()\n",
	    "\t/app/trace.go:50 +0x10\n", "2026/11/21 05:25:40 next\n", NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 14);
		CHECK_STR(s.ev[1]->exception_language, "go");
		CHECK_STR(s.ev[1]->exception_type, "panic");
		CHECK_STR(s.ev[1]->exception_message, "assignment to entry in nil map");
	}
	sink_free(&s);
	run(&s, NULL, "/var/log/go.log",
	    "2026/11/21 05:25:39 http: panic serving 127.0.0.1:59366: boom\n"
	    "goroutine 11 [running]:\nnet/http.(*conn).serve.func1()\n"
	    "\t/usr/lib/go/src/net/http/server.go:1850 +0xbf\n"
	    "created by net/http.(*Server).Serve\n\t/usr/lib/go/src/net/http/server.go:3102 "
	    "+0x4db\n",
	    "2026/11/21 05:25:39 after\n",
	    "fatal error: all goroutines are asleep - deadlock!\n\n"
	    "goroutine 1 [select (no cases)]:\nmain.main()\n\t/app/main.go:5 +0x1d\n",
	    NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[0]->kind == EV_KIND_TRACE && s.ev[0]->lines == 6);
		CHECK_STR(s.ev[0]->exception_message, "boom");
		CHECK(s.ev[2]->kind == EV_KIND_TRACE && s.ev[2]->lines == 5);
		CHECK_STR(s.ev[2]->exception_type, "fatal error");
	}
	sink_free(&s);
}

TEST(ruby_logger_and_uncaught)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/ruby.log",
	    "I, [2026-11-21T05:25:38.819148 #10504]  INFO -- : start ruby\n",
	    "E, [2026-11-21T05:25:38.819251 #10504] ERROR -- : trace.rb:17:in `rescue in parse': "
	    "bad config alpha (ArgumentError)\n\tfrom trace.rb:14:in `parse'\n"
	    "trace.rb:11:in `load_key': missing alpha (KeyError)\n\tfrom trace.rb:15:in "
	    "`parse'\n\n",
	    "after ruby 1\n",
	    "E, [2026-11-21T05:25:38.819275 #10504] ERROR -- : ArgumentError (bad config beta):\n"
	    "  trace.rb:17:in `rescue in parse'\n  trace.rb:14:in `parse'\n",
	    "trace.rb:17:in 'Object#parse': bad config omega (ArgumentError)\n",
	    "\tfrom trace.rb:33:in '<main>'\n", NULL);
	EXPECT_N(&s, 5);
	if (s.n == 5) {
		CHECK(s.ev[0]->level == LVL_INFO);
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 4);
		CHECK(s.ev[1]->level == LVL_ERROR);
		CHECK_STR(s.ev[1]->exception_type, "ArgumentError");
		CHECK_STR(s.ev[1]->exception_message, "bad config alpha");
		CHECK(s.ev[3]->kind == EV_KIND_TRACE && s.ev[3]->lines == 3);
		CHECK_STR(s.ev[3]->exception_type, "ArgumentError");
		CHECK_STR(s.ev[3]->exception_message, "bad config beta");
		CHECK(s.ev[4]->kind == EV_KIND_TRACE && s.ev[4]->lines == 2);
		CHECK_STR(s.ev[4]->exception_language, "ruby");
	}
	sink_free(&s);
}

TEST(ruby_logger_exception_and_python_syntax_error)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/ruby.log",
	    "E, [2026-11-21T05:25:38.819251 #1] ERROR -- : boom (RuntimeError)\n"
	    "app.rb:11:in `load_key'\napp.rb:15:in `parse'\n",
	    "I, [2026-11-21T05:25:38.819252 #1]  INFO -- : next\n",
	    "  File \"/app/broken.py\", line 3\n", "    def f(:\n", "          ^\n",
	    "SyntaxError: invalid syntax\n", "after\n", NULL);
	EXPECT_N(&s, 4);
	if (s.n == 4) {
		CHECK(s.ev[0]->kind == EV_KIND_TRACE && s.ev[0]->lines == 3);
		CHECK_STR(s.ev[0]->exception_type, "RuntimeError");
		CHECK_STR(s.ev[0]->exception_message, "boom");
		CHECK(s.ev[2]->kind == EV_KIND_TRACE && s.ev[2]->lines == 4);
		CHECK_STR(s.ev[2]->exception_type, "SyntaxError");
	}
	sink_free(&s);
}

TEST(dotnet_inner_exceptions)
{
	struct sink s = {0};

	run(&s, NULL, "/var/log/dotnet.log", "info: starting\n",
	    "Unhandled exception. System.InvalidOperationException: outer failed\n"
	    " ---> System.ArgumentException: inner failed\n"
	    "   at App.Service.Load(String key) in /src/Service.cs:line 12\n"
	    "   --- End of inner exception stack trace ---\n"
	    "   at App.Service.Run() in /src/Service.cs:line 20\n"
	    "   at App.Program.Main(String[] args)\n",
	    "info: next\n", NULL);
	EXPECT_N(&s, 3);
	if (s.n == 3) {
		CHECK(s.ev[1]->kind == EV_KIND_TRACE && s.ev[1]->lines == 6);
		CHECK_STR(s.ev[1]->exception_language, "dotnet");
		CHECK_STR(s.ev[1]->exception_type, "System.InvalidOperationException");
		CHECK_STR(s.ev[1]->exception_message, "outer failed");
	}
	sink_free(&s);
	run(&s, NULL, "/var/log/aspnet.log",
	    "fail: Microsoft.AspNetCore.Server.Kestrel[13]\n"
	    "      Connection id \"0HN\", Request id \"0HN:01\": An unhandled exception was "
	    "thrown.\n"
	    "      System.InvalidOperationException: boom\n"
	    "         at Program.<>c.<<Main>$>b__0_0() in /src/Program.cs:line 5\n"
	    "         at Microsoft.AspNetCore.Http.RequestDelegate.Invoke(HttpContext ctx)\n",
	    "info: Microsoft.Hosting.Lifetime[0]\n      Application is shutting down...\n", NULL);
	EXPECT_N(&s, 2);
	if (s.n == 2) {
		CHECK(s.ev[0]->kind == EV_KIND_TRACE && s.ev[0]->lines == 5);
		CHECK_STR(s.ev[0]->exception_language, "dotnet");
		CHECK_STR(s.ev[0]->exception_type, "System.InvalidOperationException");
		CHECK_STR(s.ev[0]->exception_message, "boom");
		CHECK(s.ev[0]->level == LVL_ERROR && s.ev[1]->kind == EV_KIND_LINE);
	}
	sink_free(&s);
}

int main(void)
{
	RUN(php_error_log_and_fpm);
	RUN(flow_system_log_and_dump);
	RUN(node_stack_cause_aggregate_uncaught);
	RUN(go_panic_in_pieces);
	RUN(ruby_logger_and_uncaught);
	RUN(ruby_logger_exception_and_python_syntax_error);
	RUN(dotnet_inner_exceptions);
	TEST_END();
}
