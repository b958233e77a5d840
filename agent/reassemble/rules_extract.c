// SPDX-License-Identifier: Apache-2.0
/*
 * rules_extract.c - what a reassembled trace says about itself, per language:
 * the exception type and message, and which lines are stack frames (process
 * hashes those into the fingerprint). Runs once per trace, off the per-line path.
 */
#include "rules.h"

#include <stdio.h>
#include <string.h>

/* Iterates lines: returns false at the end; *v is the rules view of the line. */
static bool next_line(const char *text, size_t len, size_t *pos, struct rules_view *v)
{
	const char *p, *nl;

	if (*pos >= len)
		return false;
	p = text + *pos;
	nl = memchr(p, '\n', len - *pos);
	rules_view_init(v, p, nl ? (size_t)(nl - p) : len - *pos, false);
	*pos = nl ? (size_t)(nl - text) + 1 : len;
	return true;
}

static void set_type(struct rules_exc *o, const char *t, size_t tn, const char *m, size_t mn)
{
	o->type = t;
	o->type_len = tn;
	o->msg = m;
	o->msg_len = mn;
}

/* The string value of "key":"..." in s[0..n) (escapes left in), or NULL. */
static const char *json_str(const char *s, size_t n, const char *key, size_t *len)
{
	size_t k = strlen(key);
	const char *p = memmem(s, n, key, k), *q;

	if (!p)
		return NULL;
	for (q = p + k; q < s + n && *q != '"'; q += 1 + (*q == '\\'))
		;
	*len = q < s + n ? (size_t)(q - p - k) : 0;
	return q < s + n ? p + k : NULL;
}

unsigned rules_json_trace(const struct rules_view *v)
{
	const char *p = memmem(v->s, v->n, "\"stack\":\"", 9);

	if (p && memmem(p, v->n - (size_t)(p - v->s), "\\n    at ", 9))
		return LANG_NODE;
	if (memmem(v->s, v->n, "\"Traceback (most recent call last):\\n", 37))
		return LANG_PYTHON;
	return LANG_NONE;
}

/* `Type: message` or `Type` alone, Type being a class-like word (cls: 'q' for %q or
 * 'j' for %j). The patterns are built here, not by snprintf: this runs per trace. */
static bool split_header(const char *s, size_t n, char cls, struct rules_exc *o)
{
	const char with_msg[] = { '%', cls, ':', ' ', '\0' }, alone[] = { '%', cls, '%', '$', '\0' };
	const char *c;

	if (rules_match(with_msg, s, n)) {
		c = memmem(s, n, ": ", 2);
		set_type(o, s, (size_t)(c - s), c + 2, n - (size_t)(c + 2 - s));
		return true;
	}
	if (rules_match(alone, s, n)) {
		set_type(o, s, n, s + n, 0);
		return true;
	}
	return false;
}

static bool skip_prefix(const char **s, size_t *n, const char *prefix)
{
	size_t k = strlen(prefix);

	if (*n < k || memcmp(*s, prefix, k))
		return false;
	*s += k;
	*n -= k;
	return true;
}

/* Shortens a message at a marker (" ---> " of .NET, " in /file:line" of PHP). */
static void cut_at(struct rules_exc *o, const char *marker, bool last)
{
	const char *p = NULL, *q = o->msg;
	size_t k = strlen(marker);

	while (q && (q = memmem(q, o->msg_len - (size_t)(q - o->msg), marker, k))) {
		p = q;
		if (!last)
			break;
		q += k;
	}
	if (p)
		o->msg_len = (size_t)(p - o->msg);
}

static void exc_jvm(const char *t, size_t len, struct rules_exc *o)
{
	struct rules_view v;
	size_t pos = 0;
	const char *s;
	size_t n;

	while (next_line(t, len, &pos, &v)) {
		s = v.s; /* indented too: ASP.NET Core's console logger indents the record */
		n = v.n;
		if (!skip_prefix(&s, &n, "Unhandled exception. "))
			skip_prefix(&s, &n, "Unhandled Exception: ");
		if (skip_prefix(&s, &n, "Exception in thread \"")) {
			const char *q = memmem(s, n, "\" ", 2);
			if (q) {
				n -= (size_t)(q + 2 - s);
				s = q + 2;
			}
		}
		if (split_header(s, n, 'j', o)) {
			cut_at(o, " ---> ", false);
			return;
		}
	}
}

/* A traceback in a JSON string: its last `\n`-separated line is `Type: message`. */
static void python_json(const char *t, size_t len, struct rules_exc *o)
{
	const char *p = memmem(t, len, "\"Traceback (most recent call last):\\n", 37), *q, *nl;
	size_t n;

	if (!p || !(q = json_str(p, len - (size_t)(p - t), "\"", &n)))
		return;
	for (nl = q + n; nl > q + 1 && memcmp(nl - 2, "\\n", 2); nl--)
		;
	split_header(nl, (size_t)(q + n - nl), 'q', o);
}

static void exc_python(const char *t, size_t len, struct rules_exc *o)
{
	struct rules_view v;
	size_t pos = 0;
	bool tb = false;
	struct rules_exc group = {0};

	if (len && t[0] == '{') {
		python_json(t, len, o);
		return;
	}
	while (next_line(t, len, &pos, &v)) {
		if (rules_match("Traceback (", v.s, v.n) ||
		    rules_match("+ Exception Group Traceback (", v.s, v.n) ||
		    /* rich (structlog): a box */
		    rules_match("╭─%*Traceback (", v.s, v.n) ||
		    (v.ind && rules_match("File \"", v.s, v.n))) { /* SyntaxError */
			tb = true;
			continue;
		}
		if (!tb || rules_match("The above exception", v.s, v.n) ||
		    rules_match("During handling of", v.s, v.n))
			continue;
		if (!v.ind)
			split_header(v.s, v.n, 'q', o);
		else if (!group.type && v.n > 2 && v.s[0] == '|' && v.s[1] == ' ')
			split_header(v.s + 2, v.n - 2, 'q', &group);
	}
	if (!o->type && group.type)
		*o = group;
}

/* `... Type: message in /file.php:12` (also after "Uncaught " and "Next "). */
static bool php_header(const char *s, size_t n, struct rules_exc *o)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i && s[i - 1] != ' ')
			continue;
		if (!(s[i] == '\\' || (s[i] >= 'A' && s[i] <= 'Z')))
			continue;
		if (split_header(s + i, n - i, 'q', o) && o->msg_len) {
			cut_at(o, " in /", true);
			return true;
		}
	}
	return false;
}

/* Monolog's normalized exception: `[object] (Type(code: N): message at /file:12)`. */
static bool monolog(const char *t, size_t len, struct rules_exc *o)
{
	const char *p = memmem(t, len, "[object] (", 10), *end, *c, *m;

	if (!p)
		return false;
	p += 10;
	end = memchr(p, '\n', len - (size_t)(p - t));
	end = end ? end : t + len;
	c = memmem(p, (size_t)(end - p), "(code: ", 7);
	m = c ? memmem(c, (size_t)(end - c), "): ", 3) : NULL;
	if (!m)
		return false;
	set_type(o, p, (size_t)(c - p), m + 3, (size_t)(end - m - 3));
	cut_at(o, " at /", true);
	return true;
}

static void exc_php(const char *t, size_t len, struct rules_exc *o)
{
	struct rules_view v, prev = {0};
	size_t pos = 0;
	const char *u;

	if (monolog(t, len, o))
		return;
	while (next_line(t, len, &pos, &v)) {
		if (!v.n)
			continue;
		u = memmem(v.s, v.n, "Uncaught ", 9);
		if (u && !o->type)
			php_header(u + 9, v.n - (size_t)(u + 9 - v.s), o);
		else if (!v.ind && rules_match("Next ", v.s, v.n))
			php_header(v.s + 5, v.n - 5, o);
		else if (!v.ind && rules_match("Stack trace:", v.s, v.n) && !o->type && prev.n)
			php_header(prev.s, prev.n, o);
		prev = v;
	}
}

/* pino and bunyan: `"err":{"type"|"name":"TypeError","message":"...","stack":"..."}`. */
static void exc_json(const char *t, size_t len, struct rules_exc *o)
{
	const char *e = memmem(t, len, "\"err\":{", 7), *ty, *m;
	size_t n, tn = 0, mn = 0;

	if (!e)
		e = memmem(t, len, "\"error\":{", 9);
	if (!e)
		return;
	n = len - (size_t)(e - t);
	ty = json_str(e, n, "\"type\":\"", &tn);
	if (!ty)
		ty = json_str(e, n, "\"name\":\"", &tn);
	m = json_str(e, n, "\"message\":\"", &mn);
	if (ty && tn)
		set_type(o, ty, tn, m ? m : ty + tn, m ? mn : 0);
}

static bool ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k && !memcmp(s + n - k, suffix, k);
}

/* `... message TypeError: text` (log4js puts the error after the message): the last word
 * before a `: ` that names an error class. */
static bool node_inline(const struct rules_view *h, struct rules_exc *o)
{
	const char *end = h->s + h->n, *c = h->s, *w;

	while ((c = memmem(c, (size_t)(end - c), ": ", 2))) {
		for (w = c; w > h->s && w[-1] != ' '; w--)
			;
		if (w < c && *w >= 'A' && *w <= 'Z' &&
		    (ends_with(w, (size_t)(c - w), "Error") ||
		     ends_with(w, (size_t)(c - w), "Exception"))) {
			set_type(o, w, (size_t)(c - w), c + 2, (size_t)(end - c - 2));
			return true;
		}
		c += 2;
	}
	return false;
}

static void exc_node(const char *t, size_t len, struct rules_exc *o)
{
	struct rules_view v, hdr = {0};
	size_t pos = 0;

	if (len && t[0] == '{') {
		exc_json(t, len, o);
		return;
	}
	while (next_line(t, len, &pos, &v)) {
		if (v.ind && rules_match("at ", v.s, v.n)) {
			if (hdr.n && !split_header(hdr.s, hdr.n, 'q', o) && !node_inline(&hdr, o))
				set_type(o, "Error", 5, hdr.s, hdr.n);
			return;
		}
		if (v.n)
			hdr = v;
	}
}

/* A goroutine dump or zap stacktrace inside a log record: "panic" when a recovered panic's
 * frame is in it, else "stack"; the message is the record's first line. */
static void go_stack(const char *t, size_t len, const char *first, size_t n, struct rules_exc *o)
{
	if (memmem(t, len, "\npanic(", 7))
		set_type(o, "panic", 5, first, n);
	else
		set_type(o, "stack", 5, first, n);
}

static void exc_go(const char *t, size_t len, struct rules_exc *o)
{
	struct rules_view v;
	size_t pos = 0;
	const char *p;

	if (!next_line(t, len, &pos, &v))
		return;
	if (skip_prefix(&v.s, &v.n, "fatal error: ")) {
		set_type(o, "fatal error", 11, v.s, v.n);
		return;
	}
	p = memmem(v.s, v.n, "http: panic serving ", 20);
	if (p) {
		v.n -= (size_t)(p + 20 - v.s);
		v.s = p + 20;
		p = memmem(v.s, v.n, ": ", 2);
		if (p) {
			v.n -= (size_t)(p + 2 - v.s);
			v.s = p + 2;
		}
	} else if (!skip_prefix(&v.s, &v.n, "panic: ")) {
		go_stack(t, len, v.s, v.n, o);
		return;
	}
	set_type(o, "panic", 5, v.s, v.n);
	if (skip_prefix(&o->msg, &o->msg_len, "runtime error: "))
		set_type(o, "runtime error", 13, o->msg, o->msg_len);
	cut_at(o, " [recovered]", false);
}

/* Logger's rendering of an exception: `E, [date #pid] ERROR -- : message (Class)`. */
static void ruby_logger(const char *t, size_t len, struct rules_exc *o)
{
	const char *nl = memchr(t, '\n', len), *end = nl ? nl : t + len, *open, *msg;

	if (end - t < 4 || end[-1] != ')')
		return;
	for (open = end - 1; open > t && open[-1] != '('; open--)
		;
	if (open - t < 2 || open[-2] != ' ')
		return;
	msg = memmem(t, (size_t)(open - t), "-- : ", 5);
	msg = !msg ? t : msg + 5 <= open - 2 ? msg + 5 : open - 2;
	set_type(o, open, (size_t)(end - 1 - open), msg, (size_t)(open - 2 - msg));
}

/* Rails' tagged logging: `[request-id] ` before the text of each line. */
static void untag(struct rules_view *v)
{
	const char *p;

	while (v->n > 3 && v->s[0] == '[' && rules_match("[%N ", v->s, v->n)) {
		p = memchr(v->s, ' ', v->n);
		while (p < v->s + v->n && *p == ' ')
			p++;
		v->n -= (size_t)(p - v->s);
		v->s = p;
	}
}

/* Rails' `Class (message` whose `):` comes lines later (error_highlight adds code). */
static bool rails_open(const struct rules_view *v, struct rules_exc *o)
{
	const char *p = memmem(v->s, v->n, " (", 2);

	if (!p || !rules_match("%U%q (", v->s, v->n) || memchr(v->s, ' ', (size_t)(p - v->s)))
		return false;
	set_type(o, v->s, (size_t)(p - v->s), p + 2, v->n - (size_t)(p + 2 - v->s));
	return true;
}

/* `file:12:in 'meth': message (Class)` or Rails' `Class (message):`. */
static void exc_ruby(const char *t, size_t len, struct rules_exc *o)
{
	struct rules_view v;
	size_t pos = 0;
	const char *p, *q, *end;

	while (next_line(t, len, &pos, &v)) {
		untag(&v);
		end = v.s + v.n;
		p = memmem(v.s, v.n, ":in ", 4);
		q = p ? memmem(p, (size_t)(end - p), "': ", 3) : NULL;
		if (q && end[-1] == ')') {
			const char *open = end - 1;
			while (open > q && *open != '(')
				open--;
			if (open > q + 3)
				set_type(o, open + 1, (size_t)(end - 1 - open - 1), q + 3,
					 (size_t)(open - 1 - (q + 3)));
			return;
		}
		if (v.n > 3 && end[-1] == ':' && end[-2] == ')' &&
		    (p = memmem(v.s, v.n, " (", 2))) {
			for (q = p; q > v.s && q[-1] != ' '; q--)
				;
			set_type(o, q, (size_t)(p - q), p + 2, (size_t)(end - 2 - (p + 2)));
			return;
		}
		if (!v.ind && rails_open(&v, o))
			return;
	}
	ruby_logger(t, len, o);
}

/* `thread 'main' panicked at 'message', src/main.rs:5:37` (before Rust 1.73) or
 * `thread 'main' panicked at src/main.rs:5:37:` and the message on the next line. */
static void exc_rust(const char *t, size_t len, struct rules_exc *o)
{
	struct rules_view v;
	size_t pos = 0;
	const char *p, *q;

	while (next_line(t, len, &pos, &v) && !rules_match("thread '%*panicked at ", v.s, v.n))
		;
	p = v.n ? memmem(v.s, v.n, "panicked at ", 12) : NULL;
	if (!p)
		return;
	p += 12;
	if (*p == '\'') { /* old layout: the message quoted, then `, file:line:col` */
		for (q = v.s + v.n - 1; q > p && memcmp(q, "', ", 3); q--)
			;
		set_type(o, "panic", 5, p + 1, q > p ? (size_t)(q - p - 1) : 0);
		return;
	}
	set_type(o, "panic", 5, v.s + v.n, 0);
	if (next_line(t, len, &pos, &v) && !v.ind && !rules_match("stack backtrace:", v.s, v.n) &&
	    !rules_match("note: ", v.s, v.n))
		set_type(o, "panic", 5, v.s, v.n);
}

/* `Exception #1355480641 in line 241 of /path/File.php: message`. */
static void exc_flow(const char *t, size_t len, struct rules_exc *o)
{
	struct rules_view v = {0};
	size_t pos = 0;
	const char *p, *m;

	while (next_line(t, len, &pos, &v) && !v.n)
		;
	if (!v.n)
		return;
	p = memmem(v.s, v.n, " in line ", 9);
	m = memmem(p ? p : v.s, v.n - (size_t)((p ? p : v.s) - v.s), ": ", 2);
	if (!p)
		p = m;
	if (!p)
		return;
	set_type(o, v.s, (size_t)(p - v.s), m ? m + 2 : v.s + v.n,
		 m ? v.n - (size_t)(m + 2 - v.s) : 0);
}

void rules_exception(unsigned lang, const char *text, size_t len, struct rules_exc *out)
{
	static void (*const fns[LANG_COUNT])(const char *, size_t, struct rules_exc *) = {
	    [LANG_JAVA] = exc_jvm,  [LANG_DOTNET] = exc_jvm, [LANG_PYTHON] = exc_python,
	    [LANG_PHP] = exc_php,   [LANG_NODE] = exc_node,  [LANG_GO] = exc_go,
	    [LANG_RUBY] = exc_ruby, [LANG_FLOW] = exc_flow,  [LANG_RUST] = exc_rust,
	};

	memset(out, 0, sizeof(*out));
	if (lang < LANG_COUNT && fns[lang])
		fns[lang](text, len, out);
	if (!out->type)
		exc_jvm(text, len, out);
}

bool rules_frame(unsigned lang, const struct rules_view *v, size_t *keep)
{
	const char *p;

	*keep = v->n;
	switch (lang) {
	case LANG_PYTHON:
		return rules_match("File \"", v->s, v->n);
	case LANG_PHP:
		return !v->ind && rules_match("#%d ", v->s, v->n);
	case LANG_GO:
		if (v->ind || !rules_match("%w%*)%$", v->s, v->n) ||
		    rules_match("goroutine ", v->s, v->n))
			return false;
		for (p = v->s + v->n - 1; p > v->s && *p != '('; p--)
			;
		*keep = (size_t)(p - v->s);
		return true;
	case LANG_RUBY:
		return memmem(v->s, v->n, ":in ", 4) != NULL;
	case LANG_FLOW:
		return !v->ind && rules_match("%d %N", v->s, v->n);
	case LANG_RUST: /* `  3: crate::module::function` */
		return v->ind && rules_match("%d: ", v->s, v->n);
	case LANG_JAVA:
	case LANG_DOTNET:
		if (!v->ind || !rules_match("at ", v->s, v->n))
			return false;
		/* the method names the frame; what follows (file, line, jar version, .NET
		 * arguments) adds nothing stable */
		p = memchr(v->s, '(', v->n);
		*keep = p ? (size_t)(p - v->s) : v->n;
		return true;
	default:
		return v->ind && rules_match("at ", v->s, v->n);
	}
}
