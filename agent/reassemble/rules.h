/* SPDX-License-Identifier: Apache-2.0 */
/*
 * rules.h - the per-language reassembly rules as data: {states, indent, pattern,
 * action, next state, language} rows matched by a tiny hand-written pattern
 * matcher (no regex library on the hot path). Used by reassemble and process.
 */
#ifndef LOGTAP_RULES_H
#define LOGTAP_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Where a writer's pending record is. RS_NONE: nothing pending (start rules apply). */
enum rules_state {
	RS_NONE = 0,
	RS_LINE,       /* an ordinary record: indented lines continue it */
	RS_STACK,      /* a JVM/.NET exception with `at` frames */
	RS_JSTACK,     /* ... whose frames have shown it is a JVM one: `at` is enough */
	RS_JUL,	       /* java.util.logging header line, `LEVEL: message` follows */
	RS_PY,	       /* Python traceback frames */
	RS_PY_END,     /* after the exception line: a chained traceback may follow */
	RS_PY_CHAIN,   /* after "The above exception..." / "During handling..." */
	RS_PHP,	       /* a PHP record without date (CLI stderr) */
	RS_PHP_DATED,  /* a PHP error_log record: lasts until the next `[date] ` */
	RS_FLOW,       /* a Neos Flow System log record: lasts until the next date */
	RS_NODE,       /* a Node.js stack (util.inspect braces included) */
	RS_NODE_SRC,   /* Node.js uncaught preamble: `file:line`, the source line follows */
	RS_NODE_CARET, /* ... the `^` marker follows */
	RS_NODE_HDR,   /* ... after a blank line, the error header follows */
	RS_GO,	       /* a Go panic or fatal error with goroutine dumps */
	RS_RUBY,       /* a Ruby backtrace, Rails style (indented frames) */
	RS_RUBY_FROM,  /* a Ruby backtrace with `from` frames: a cause header may follow */
	RS_MONOLOG,    /* a Monolog LineFormatter trace: `[stacktrace]`, `#N` frames */
	RS_PY_BOX,     /* a rich (structlog) traceback drawn in a box */
	RS_RUST,       /* a Rust panic: the message may follow on its own lines */
	RS_RUST_BT,    /* ... its `stack backtrace:` frames, `note:` ends it */
	RS_COUNT,
	RS_KEEP = 0xff /* as a next state: stay where you are */
};

enum rules_lang {
	LANG_NONE = 0,
	LANG_JAVA,
	LANG_PYTHON,
	LANG_PHP,
	LANG_FLOW,
	LANG_NODE,
	LANG_GO,
	LANG_RUBY,
	LANG_DOTNET,
	LANG_RUST,
	LANG_COUNT
};

enum rules_act {
	ACT_CONT = 1, /* the line continues the pending record */
	ACT_START,    /* the line starts a new record (the pending one is finished) */
	ACT_END,      /* the line continues the record and completes it */
	ACT_ONE,      /* the line is a whole record by itself */
};

enum rules_ind {
	IND_ANY = 0,
	IND_NONE, /* the line must start with a non-blank */
	IND_SOME, /* the line must start with a blank */
};

#define RF_TRACE  (1u << 0) /* the record is an exception trace */
#define RF_NOSOW  (1u << 1) /* only when the line did not start a write() (same write) */
#define RF_STRONG (1u << 2) /* the language is certain (frames), overrides header guesses */

struct rule {
	uint32_t states; /* bit mask of enum rules_state the rule applies in */
	uint8_t ind;	 /* enum rules_ind */
	uint8_t act;	 /* enum rules_act */
	uint8_t next;	 /* enum rules_state, or RS_KEEP */
	uint8_t lang;	 /* enum rules_lang, LANG_NONE to leave it */
	uint8_t flags;	 /* RF_* */
	const char *pat; /* pattern, see rules_match(); matched after the indentation */
};

/* The rule tables (rules_tables.c), tried in order: first match wins. */
extern const struct rule rules_table[];
extern const size_t rules_count;
/* Action when no rule matches, per state. */
extern const uint8_t rules_default[RS_COUNT];

/* One line as the rules see it: the php-fpm wrapper and indentation removed. */
struct rules_view {
	const char *s; /* first non-blank byte */
	size_t n;      /* bytes from s */
	size_t ind;    /* blanks before s */
	bool sow;      /* the line started a write() */
};

/* Prepares the process-wide, immutable byte classes and per-state rule lists; must have
 * run before any other call here (reasm_new and process_event run it). Idempotent. */
void rules_init(void);
/* The first rule of the tables that applies in state to v, or NULL. */
const struct rule *rules_find(unsigned state, const struct rules_view *v);
/* Fills v for the line text[0..len) (borrowed). */
void rules_view_init(struct rules_view *v, const char *text, size_t len, bool sow);

/* Matches pat against a prefix of s[0..n). Pattern language: literal bytes, and
 * %_ blanks (1+), %~ blanks (0+), %d digits (1+), %D one digit, %A letters (1+),
 * %w word chars (1+), %q name chars: word . $ / \ < > ` + - (1+), %j a dotted class
 * name (java.lang.Foo$Bar), %U one upper-case letter, %N non-blanks (1+), %* anything
 * (shortest first, at most RULES_SCAN bytes), %$ end of line, %E<text> the line ends
 * with <text> (ends the pattern), %% a percent sign. Classes never give bytes back. */
bool rules_match(const char *pat, const char *s, size_t n);
#define RULES_SCAN 512

/* "java", "python"...; NULL for LANG_NONE. */
const char *rules_lang_name(unsigned lang);
/* The enum for a name from rules_lang_name; LANG_NONE when unknown or NULL. */
unsigned rules_lang_parse(const char *name);

/* What an exception trace says about itself (rules_extract.c). Pointers borrow the
 * message; lengths 0 when not found. */
struct rules_exc {
	const char *type; /* exception class or kind ("panic", "Exception #123") */
	size_t type_len;
	const char *msg; /* its message, one line */
	size_t msg_len;
};

/* The language of a JSON record (one line) that holds a trace: LANG_NODE for a JavaScript
 * stack (pino, bunyan: `"stack":"Error: x\n    at`), LANG_PYTHON for a traceback
 * (python-json-logger: `"exc_info": "Traceback (most recent call last):\n`); else
 * LANG_NONE. */
unsigned rules_json_trace(const struct rules_view *v);
/* Finds the exception type and message of a trace in language lang. */
void rules_exception(unsigned lang, const char *text, size_t len, struct rules_exc *out);
/* Is this line (a view) a stack frame in language lang? Frames feed the fingerprint;
 * *keep is set to how many bytes of v->s describe the frame (arguments dropped). */
bool rules_frame(unsigned lang, const struct rules_view *v, size_t *keep);

#endif
