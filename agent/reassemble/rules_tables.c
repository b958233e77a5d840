// SPDX-License-Identifier: Apache-2.0
/*
 * rules_tables.c - the reassembly rules per language, as data. Each row says: in
 * these states, a line (after its indentation) that matches this pattern continues
 * or starts a record, moves to this state, and tells the language. First match wins;
 * rules_default says what happens to a line no row claims.
 */
#include "rules.h"

#define S(x)  (1u << RS_##x)
#define START S(NONE)
#define K     RS_KEEP
#define TR    RF_TRACE
#define TS    (RF_TRACE | RF_STRONG)

/* Lines a record keeps when they are indented (generic continuation). */
#define INDENTED                                                                                   \
	(S(LINE) | S(STACK) | S(JSTACK) | S(PY) | S(PY_END) | S(PHP) | S(NODE) | S(GO) | S(RUBY) | \
	 S(RUBY_FROM) | S(MONOLOG) | S(RUST_BT))
/* States where `at` frames may appear. */
#define AT_FRAMES (S(LINE) | S(STACK) | S(NODE))
#define PHP_ANY	  (S(LINE) | S(PHP) | S(PHP_DATED))

/* One rule per row reads better than what the formatter would make of it. */
/* clang-format off */
const struct rule rules_table[] = {
	/* One JSON object per line is one record. */
	{ START, IND_NONE, ACT_ONE, RS_LINE, LANG_NONE, 0, "{%E}" },

	/* JVM and .NET: headers. */
	{ START, IND_NONE, ACT_START, RS_STACK, LANG_JAVA, TR, "Exception in thread \"" },
	{ START, IND_NONE, ACT_START, RS_STACK, LANG_DOTNET, TS, "Unhandled exception. " },
	{ START, IND_NONE, ACT_START, RS_STACK, LANG_DOTNET, TS, "Unhandled Exception: " },
	{ START, IND_NONE, ACT_START, RS_JUL, LANG_JAVA, 0, "%A %d, %d %d:%d:%d %A " },
	{ S(JUL), IND_NONE, ACT_CONT, RS_LINE, LANG_NONE, 0, "%U%A: " },
	{ S(LINE), IND_NONE, ACT_CONT, RS_STACK, LANG_JAVA, RF_NOSOW, "%j: " },
	{ S(LINE), IND_NONE, ACT_CONT, RS_STACK, LANG_JAVA, RF_NOSOW, "%j%$" },
	{ S(STACK) | S(JSTACK), IND_ANY, ACT_CONT, K, LANG_NONE, 0, "Caused by: " },
	/* JVM, .NET and Node.js frames, told apart by their shape. */
	{ S(JSTACK), IND_SOME, ACT_CONT, K, LANG_NONE, 0, "at " }, /* known JVM: cheap */
	{ AT_FRAMES, IND_SOME, ACT_CONT, RS_JSTACK, LANG_JAVA, TS, "at %q(%*:%d)" },
	{ AT_FRAMES, IND_SOME, ACT_CONT, RS_JSTACK, LANG_JAVA, TS, "at %q(Native Method)" },
	{ AT_FRAMES, IND_SOME, ACT_CONT, RS_JSTACK, LANG_JAVA, TS, "at %q(Unknown Source)" },
	{ AT_FRAMES, IND_SOME, ACT_CONT, RS_STACK, LANG_DOTNET, TS, "at %q(%*)" },
	{ AT_FRAMES, IND_SOME, ACT_CONT, RS_NODE, LANG_NODE, TS, "at " },

	/* Python. */
	{ START, IND_NONE, ACT_START, RS_PY, LANG_PYTHON, TS, "Traceback (most recent call last):" },
	{ START, IND_SOME, ACT_START, RS_PY, LANG_PYTHON, TS,
	  "+ Exception Group Traceback (most recent call last):" },
	/* A SyntaxError in the main script has no Traceback line. */
	{ START | S(LINE), IND_SOME, ACT_START, RS_PY, LANG_PYTHON, TS, "File \"%*\", line %d%$" },
	{ S(LINE) | S(PY_CHAIN), IND_NONE, ACT_CONT, RS_PY, LANG_PYTHON, TS | RF_NOSOW,
	  "Traceback (most recent call last):" },
	{ S(LINE) | S(PY_CHAIN), IND_SOME, ACT_CONT, RS_PY, LANG_PYTHON, TS | RF_NOSOW,
	  "+ Exception Group Traceback (most recent call last):" },
	{ S(LINE), IND_SOME, ACT_START, RS_PY, LANG_PYTHON, TS,
	  "+ Exception Group Traceback (most recent call last):" },
	{ S(PY_CHAIN), IND_NONE, ACT_CONT, RS_PY, LANG_PYTHON, TS,
	  "Traceback (most recent call last):" },
	{ S(PY_CHAIN), IND_SOME, ACT_CONT, RS_PY, LANG_PYTHON, TS,
	  "+ Exception Group Traceback (most recent call last):" },
	{ S(PY), IND_NONE, ACT_CONT, RS_PY_END, LANG_NONE, 0, "%q: " },
	{ S(PY), IND_NONE, ACT_CONT, RS_PY_END, LANG_NONE, 0, "%q%$" },
	{ S(PY_END), IND_NONE, ACT_CONT, RS_PY_CHAIN, LANG_NONE, 0,
	  "The above exception was the direct cause of the following exception:" },
	{ S(PY_END), IND_NONE, ACT_CONT, RS_PY_CHAIN, LANG_NONE, 0,
	  "During handling of the above exception, another exception occurred:" },
	/* loguru's backtrace marks the frame that caught with `> File`. */
	{ S(PY), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "> File \"" },
	/* rich tracebacks (structlog's console renderer): a box, then the exception line. */
	{ START, IND_NONE, ACT_START, RS_PY_BOX, LANG_PYTHON, TS, "╭─%*Traceback (most recent call last)" },
	{ S(LINE) | S(PY_CHAIN), IND_NONE, ACT_CONT, RS_PY_BOX, LANG_PYTHON, TS | RF_NOSOW,
	  "╭─%*Traceback (most recent call last)" },
	{ S(PY_CHAIN), IND_NONE, ACT_CONT, RS_PY_BOX, LANG_PYTHON, TS, "╭─%*Traceback (most recent call last)" },
	{ S(PY_BOX), IND_ANY, ACT_CONT, K, LANG_NONE, 0, "│" },
	{ S(PY_BOX), IND_NONE, ACT_CONT, RS_PY, LANG_NONE, 0, "╰" },

	/* PHP: error_log files, CLI stderr, php-fpm relays (unwrapped by the view). */
	{ START, IND_NONE, ACT_START, RS_PHP_DATED, LANG_PHP, TS,
	  "[%d-%A-%d %d:%d:%d %q] PHP Fatal error:  Uncaught " },
	{ START, IND_NONE, ACT_START, RS_PHP_DATED, LANG_PHP, 0, "[%d-%A-%d %d:%d:%d %q] " },
	{ S(PHP_DATED), IND_NONE, ACT_START, RS_PHP_DATED, LANG_PHP, 0, "[%d-%A-%d %d:%d:%d" },
	{ START, IND_NONE, ACT_START, RS_PHP, LANG_PHP, TS, "PHP Fatal error:  Uncaught " },
	{ START, IND_NONE, ACT_START, RS_PHP, LANG_PHP, TS, "Fatal error: Uncaught " },
	{ START, IND_NONE, ACT_START, RS_PHP, LANG_PHP, 0, "PHP %A%*:  " },
	{ S(LINE) | S(PHP), IND_NONE, ACT_CONT, RS_PHP, LANG_PHP, TS, "Stack trace:" },
	{ S(PHP_DATED), IND_NONE, ACT_CONT, K, LANG_PHP, TS, "Stack trace:" },
	{ PHP_ANY, IND_NONE, ACT_CONT, K, LANG_PHP, TS, "PHP Stack trace:" },
	{ S(PHP) | S(PHP_DATED), IND_NONE, ACT_CONT, K, LANG_PHP, TS, "#%d " },
	{ S(PHP) | S(PHP_DATED), IND_NONE, ACT_CONT, K, LANG_PHP, TS, "PHP %_%d. " },
	{ S(PHP) | S(PHP_DATED), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "Next " },
	{ S(PHP) | S(PHP_DATED), IND_SOME, ACT_END, K, LANG_PHP, TS, "thrown in " },
	/* Monolog's LineFormatter with stack traces (Symfony, Laravel): the exception is in the
	 * context JSON, `[stacktrace]` and `#N` frames, `[previous exception]`, then `"}`. */
	{ S(LINE) | S(MONOLOG), IND_NONE, ACT_CONT, RS_MONOLOG, LANG_PHP, TS, "[stacktrace]%$" },
	{ S(MONOLOG), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "#%d " },
	{ S(MONOLOG), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "[previous exception] " },
	{ S(MONOLOG), IND_NONE, ACT_CONT, RS_LINE, LANG_NONE, 0, "\"%*}" },

	/* Neos Flow System log: `YY-MM-DD HH:MM:SS ` starts a record, anything else
	 * (unindented messages, additional data dumps) continues it. */
	{ START | S(FLOW), IND_NONE, ACT_START, RS_FLOW, LANG_FLOW, 0,
	  "%D%D-%D%D-%D%D %D%D:%D%D:%D%D " },

	/* Node.js: util.inspect closes braces unindented; the uncaught preamble. */
	{ S(NODE), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "}%$" },
	{ S(NODE), IND_NONE, ACT_END, K, LANG_NONE, 0, "Node.js v%d" },
	{ START, IND_NONE, ACT_START, RS_NODE_SRC, LANG_NODE, 0, "/%q:%d%$" },
	{ START, IND_NONE, ACT_START, RS_NODE_SRC, LANG_NODE, 0, "file:///%q:%d%$" },
	{ START, IND_NONE, ACT_START, RS_NODE_SRC, LANG_NODE, 0, "[eval]:%d%$" },
	{ S(NODE_SRC), IND_ANY, ACT_CONT, RS_NODE_CARET, LANG_NONE, 0, "" },
	{ S(NODE_CARET), IND_ANY, ACT_CONT, RS_NODE_HDR, LANG_NONE, 0, "^" },
	{ S(NODE_HDR), IND_NONE, ACT_CONT, RS_NODE, LANG_NODE, TR, "" },

	/* Go: panics and fatal errors, goroutine dumps; the runtime writes in pieces. */
	{ START, IND_NONE, ACT_START, RS_GO, LANG_GO, TS, "panic: " },
	{ START, IND_NONE, ACT_START, RS_GO, LANG_GO, TS, "fatal error: " },
	{ START, IND_NONE, ACT_START, RS_GO, LANG_GO, TS, "http: panic serving " },
	{ START, IND_NONE, ACT_START, RS_GO, LANG_GO, TS, "%d/%d/%d %d:%d:%d %*http: panic serving " },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "goroutine %d " },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "created by " },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "[signal " },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "runtime stack:" },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "runtime: " },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "panic: " },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "fatal error: " },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "...additional frames elided..." },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "%w%*)%$" },
	/* debug.Stack() in a log record (logrus, slog, zap): a goroutine dump without `panic:`;
	 * zap's stacktrace: `pkg.func` lines, each with an indented `file.go:N` line. */
	{ S(LINE), IND_NONE, ACT_CONT, RS_GO, LANG_GO, TS | RF_NOSOW, "goroutine %d [%*]:%$" },
	{ S(LINE), IND_NONE, ACT_CONT, RS_GO, LANG_GO, TS, "runtime/debug.Stack()%$" },
	{ START, IND_NONE, ACT_START, RS_GO, LANG_GO, TS, "goroutine %d [%*]:%$" },
	{ S(LINE) | S(STACK) | S(GO), IND_SOME, ACT_CONT, RS_GO, LANG_GO, TS, "/%*.go:%d%$" },
	{ S(GO), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "%q%$" },

	/* Rust: `thread 'name' panicked at`, the message (on its own lines since 1.73),
	 * `stack backtrace:` with numbered frames and `at` lines, a `note:` to end. */
	{ START, IND_NONE, ACT_START, RS_RUST, LANG_RUST, TS, "thread '%*panicked at " },
	{ S(RUST), IND_NONE, ACT_CONT, RS_RUST_BT, LANG_NONE, 0, "stack backtrace:%$" },
	{ S(RUST) | S(RUST_BT), IND_NONE, ACT_END, K, LANG_NONE, 0, "note: " },

	/* Ruby: `file:line:in 'method': message (Class)`, `from` frames, Rails style. */
	{ START | S(RUBY_FROM), IND_NONE, ACT_CONT, RS_RUBY_FROM, LANG_RUBY, TS, "%q:%d:in " },
	/* Logger.error(exception): `message (Class)`, then the backtrace unindented. */
	{ S(LINE), IND_NONE, ACT_CONT, RS_RUBY_FROM, LANG_RUBY, TS | RF_NOSOW, "%q:%d:in " },
	{ S(LINE) | S(RUBY) | S(RUBY_FROM), IND_SOME, ACT_CONT, RS_RUBY_FROM, LANG_RUBY, TS,
	  "from %q:%d:in " },
	{ S(LINE) | S(RUBY), IND_SOME, ACT_CONT, RS_RUBY, LANG_RUBY, TS, "%q:%d:in " },
	/* Rails' tagged logging repeats the tags (`[request-id] `) on every line of a trace. */
	{ S(LINE) | S(RUBY), IND_NONE, ACT_CONT, RS_RUBY, LANG_RUBY, TS, "[%N %q:%d:in " },
	{ S(LINE), IND_NONE, ACT_CONT, RS_RUBY, LANG_RUBY, TR | RF_NOSOW, "[%N %U%q (" },
	{ S(LINE), IND_NONE, ACT_CONT, K, LANG_NONE, RF_NOSOW, "[%N%~%$" },
	{ S(RUBY), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "[%N " },

	/* A JVM/.NET exception header on its own line (after the specific headers). */
	{ START, IND_NONE, ACT_START, RS_STACK, LANG_JAVA, 0, "%j: " },
	{ START, IND_NONE, ACT_START, RS_STACK, LANG_JAVA, 0, "%j%$" },

	/* Generic: indented lines continue a record; a lone closing brace too. */
	{ INDENTED, IND_SOME, ACT_CONT, K, LANG_NONE, 0, "" },
	{ S(LINE), IND_NONE, ACT_CONT, K, LANG_NONE, 0, "}%$" },
};

/* What a line no rule claims does, per state: most records end at an unindented line;
 * PHP error_log and Flow records last until the next record start. */
const uint8_t rules_default[RS_COUNT] = {
	[RS_NONE] = ACT_START,		[RS_LINE] = ACT_START,
	[RS_STACK] = ACT_START,		[RS_JSTACK] = ACT_START,
	[RS_JUL] = ACT_START,		[RS_PY] = ACT_START,
	[RS_PY_END] = ACT_START,	[RS_PY_CHAIN] = ACT_START,
	[RS_PHP] = ACT_START,		[RS_PHP_DATED] = ACT_CONT,
	[RS_FLOW] = ACT_CONT,		[RS_NODE] = ACT_START,
	[RS_NODE_SRC] = ACT_CONT,	[RS_NODE_CARET] = ACT_START,
	[RS_NODE_HDR] = ACT_START,	[RS_GO] = ACT_START,
	[RS_RUBY] = ACT_START,		[RS_RUBY_FROM] = ACT_START,
	[RS_MONOLOG] = ACT_START,	[RS_PY_BOX] = ACT_START,
	[RS_RUST] = ACT_CONT,		[RS_RUST_BT] = ACT_START,
};
/* clang-format on */

const size_t rules_count = sizeof(rules_table) / sizeof(rules_table[0]);
