// SPDX-License-Identifier: Apache-2.0
/*
 * process.c - derived fields after reassembly: the level (JSON fields, level
 * words of the record's first lines, else error for traces, else unknown), the
 * exception type and message, the Flow `See also` reference, and a fingerprint
 * hashed from the type and the frames with numbers and addresses taken out.
 */
#include "process.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib/hash.h"
#include "lib/digits.h"
#include "lib/swar.h"
#include "reassemble/ansi.h"
#include "reassemble/rules.h"

#define LEVEL_SCAN 200 /* bytes of a line searched for a level word */
#define FP_FRAMES  64  /* frames hashed into a fingerprint */

static bool is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

/* The upper-case spellings seen on nearly every line, checked before ev_level_parse's
 * full, case-insensitive table. */
static const struct {
	const char *word;
	size_t len;
	enum ev_level level;
} common_words[] = {
    {"INFO", 4, LVL_INFO},     {"ERROR", 5, LVL_ERROR},	      {"WARN", 4, LVL_WARNING},
    {"DEBUG", 5, LVL_DEBUG},   {"WARNING", 7, LVL_WARNING},   {"TRACE", 5, LVL_DEBUG},
    {"NOTICE", 6, LVL_NOTICE}, {"CRITICAL", 8, LVL_CRITICAL}, {"FATAL", 5, LVL_CRITICAL},
    {"SEVERE", 6, LVL_ERROR},
};

static enum ev_level level_word(const char *s, size_t k)
{
	size_t i;

	for (i = 0; i < sizeof(common_words) / sizeof(common_words[0]); i++)
		if (common_words[i].len == k && !memcmp(common_words[i].word, s, k))
			return common_words[i].level;
	return ev_level_parse(s, k);
}

/* Letters for level_words: 1 lower case, 3 upper case (bit 1), 0 anything else. */
static const unsigned char letter[256] = {
	['a' ... 'z'] = 1,
	['A' ... 'Z'] = 3,
};

/* A level word in s[0..n): upper-case anywhere (ERROR, WARN), any case when it stands in
 * brackets or after `level=` ([error], <warn>, level=info). Runs over every line that
 * has no level early, hence the table instead of tests per byte. */
static enum ev_level level_words(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, j, k;
	enum ev_level l;
	unsigned char all;
	bool marked;

	n = n < LEVEL_SCAN ? n : LEVEL_SCAN;
	while (i < n) {
		if (!letter[u[i]]) {
			i++;
			continue;
		}
		all = 3;
		for (j = i; j < n && letter[u[j]]; j++)
			all &= letter[u[j]];
		k = j - i;
		if (k >= 3 && k <= 9) {
			marked = i && (s[i - 1] == '[' || s[i - 1] == '<' ||
				       (s[i - 1] == '=' && i >= 6 && !memcmp(s + i - 6, "level=", 6)));
			if ((all == 3 || marked) && (l = level_word(s + i, k)) != LVL_UNKNOWN)
				return l;
		}
		i = j;
	}
	return LVL_UNKNOWN;
}

/* PHP's `PHP Warning:  ...`, `PHP Fatal error:  ...` (also inside a `[date] ` record). */
static enum ev_level level_php(const char *s, size_t n)
{
	static const struct {
		const char *word;
		enum ev_level level;
	} words[] = {
	    {"Fatal error", LVL_CRITICAL},
	    {"Parse error", LVL_CRITICAL},
	    {"Recoverable fatal error", LVL_ERROR},
	    {"Warning", LVL_WARNING},
	    {"Notice", LVL_NOTICE},
	    {"Deprecated", LVL_NOTICE},
	    {"Strict Standards", LVL_NOTICE},
	};
	const char *p;
	size_t i, k;

	if (!n || (s[0] != 'P' && s[0] != '['))
		return LVL_UNKNOWN; /* `PHP ...` or `[date] PHP ...` */
	p = memmem(s, n < 80 ? n : 80, "PHP ", 4);
	if (!p)
		return LVL_UNKNOWN;
	p += 4;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		k = strlen(words[i].word);
		if ((size_t)(s + n - p) > k && !memcmp(p, words[i].word, k) && p[k] == ':')
			return words[i].level;
	}
	return LVL_UNKNOWN;
}

/* Microsoft.Extensions.Logging's console format: `fail: Category[id]`. */
static enum ev_level level_dotnet(const char *s, size_t n)
{
	static const struct {
		char word[7];
		enum ev_level level;
	} words[] = {
	    {"crit: ", LVL_CRITICAL}, {"fail: ", LVL_ERROR}, {"warn: ", LVL_WARNING},
	    {"info: ", LVL_INFO},     {"dbug: ", LVL_DEBUG}, {"trce: ", LVL_DEBUG},
	};
	size_t i;

	for (i = 0; n > 6 && i < sizeof(words) / sizeof(words[0]); i++)
		if (!memcmp(s, words[i].word, 6))
			return words[i].level;
	return LVL_UNKNOWN;
}

/* The value of "key": "word" or "key": number in a JSON object, as a level. */
static enum ev_level level_json_key(const char *s, size_t n, const char *key)
{
	const char *p = memmem(s, n, key, strlen(key)), *end = s + n, *q;
	long v;

	if (!p)
		return LVL_UNKNOWN;
	for (p += strlen(key); p < end && (*p == ' ' || *p == ':'); p++)
		;
	if (p < end && *p == '"') {
		p++;
		q = memchr(p, '"', (size_t)(end - p));
		return q ? ev_level_parse(p, (size_t)(q - p)) : LVL_UNKNOWN;
	}
	if (p >= end || *p < '0' || *p > '9')
		return LVL_UNKNOWN;
	v = strtol(p, NULL, 10); /* pino/bunyan: 10 trace ... 60 fatal */
	if (v >= 60)
		return LVL_CRITICAL;
	if (v >= 50)
		return LVL_ERROR;
	return v >= 40 ? LVL_WARNING : v >= 30 ? LVL_INFO : LVL_DEBUG;
}

static enum ev_level level_json(const char *s, size_t n)
{
	static const char *const keys[] = {
	    "\"level\"", "\"severity\"", "\"levelname\"", "\"log.level\"",
	    "\"lvl\"",	 "\"loglevel\"", "\"@l\"",
	};
	enum ev_level l;
	const char *m;
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if ((l = level_json_key(s, n, keys[i])) != LVL_UNKNOWN)
			return l;
	m = memmem(s, n, "\"msg\"", 5);
	if (!m)
		m = memmem(s, n, "\"message\"", 9);
	return m ? level_words(m, (size_t)(s + n - m)) : LVL_UNKNOWN;
}

static enum ev_level level_of(const struct event *e)
{
	const char *s = e->message, *nl;
	size_t n = e->message_len, first;
	enum ev_level l;

	if (!s || !n)
		return LVL_UNKNOWN;
	if (s[0] == '{')
		return level_json(s, n);
	if (n > 4 && is_upper((unsigned char)s[0]) && s[1] == ',' && s[2] == ' ' && s[3] == '[')
		return ev_level_parse(s, 1); /* Ruby Logger: `E, [date #pid] ERROR -- :` */
	nl = memchr(s, '\n', n);
	first = nl ? (size_t)(nl - s) : n;
	if ((l = level_dotnet(s, first)) != LVL_UNKNOWN)
		return l;
	if ((l = level_php(s, first)) != LVL_UNKNOWN || (l = level_words(s, first)) != LVL_UNKNOWN)
		return l;
	if (nl && e->lines > 1) /* java.util.logging: `SEVERE: message` on line two */
		return level_words(nl + 1, n - first - 1);
	return LVL_UNKNOWN;
}

static bool is_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

#define FP_FRAME_BYTES 256 /* normalized bytes of a frame that count */

/* Hashes a frame without the parts that change between occurrences: digits (line
 * numbers, ids, ports) and hex addresses (0x...). Eight bytes are copied at a time, up
 * to the first digit among them (a 0x starts with one), which is looked at alone: the
 * same bytes are hashed as byte by byte. */
static uint64_t hash_normalized(uint64_t h, const char *s, size_t n)
{
	unsigned char out[FP_FRAME_BYTES];
	size_t i = 0, k = 0, d;
	unsigned char c;
	uint64_t w, m;

	while (i < n && k < sizeof(out)) {
		if (i + 8 <= n && k + 8 <= sizeof(out)) {
			w = swar_load(s + i);
			m = swar_digits(w);
			memcpy(out + k, &w, 8);
			d = m ? swar_first(m) : 8; /* the bytes before a digit */
			i += d;
			k += d;
			if (d == 8)
				continue;
		}
		c = (unsigned char)s[i++];
		out[k] = c;
		k += c < '0' || c > '9'; /* no branch for the common bytes */
		if (c == '0' && i < n && (s[i] | 0x20) == 'x')
			for (i++; i < n && is_hex((unsigned char)s[i]); i++)
				;
	}
	return hash_bytes(h, out, k);
}

static uint64_t frames_hash(unsigned lang, const char *t, size_t len, uint64_t h, int *frames)
{
	struct rules_view v;
	size_t pos = 0, keep;
	const char *nl;
	int goroutines = 0;

	while (pos < len && *frames < FP_FRAMES) {
		nl = memchr(t + pos, '\n', len - pos);
		rules_view_init(&v, t + pos, nl ? (size_t)(nl - t - pos) : len - pos, false);
		pos = nl ? (size_t)(nl - t) + 1 : len;
		if (lang == LANG_GO && !v.ind && rules_match("goroutine ", v.s, v.n) &&
		    ++goroutines > 1)
			break; /* the panicking goroutine is the first; the others are noise */
		if (!rules_frame(lang, &v, &keep))
			continue;
		h = hash_normalized(h, v.s, keep);
		(*frames)++;
	}
	return h;
}

static int set_fingerprint(struct event *e, unsigned lang)
{
	uint64_t h = 0xcbf29ce484222325ull;
	int frames = 0;
	char *fp;

	if (e->exception_language)
		h = hash_bytes(h, e->exception_language, strlen(e->exception_language));
	if (e->exception_type)
		h = hash_normalized(h, e->exception_type, strlen(e->exception_type));
	h = frames_hash(lang, e->message, e->message_len, h, &frames);
	if (!frames && !e->exception_type)
		return 0;
	fp = malloc(17);
	if (!fp)
		return -ENOMEM;
	hex64(fp, h);
	fp[16] = '\0';
	e->fingerprint = fp;
	return 0;
}

static int set_exception(struct event *e, unsigned lang)
{
	struct rules_exc x;

	rules_exception(lang, e->message, e->message_len, &x);
	if (x.type_len && !(e->exception_type = strndup(x.type, x.type_len)))
		return -ENOMEM;
	if (x.type_len && !(e->exception_message = strndup(x.msg, x.msg_len)))
		return -ENOMEM;
	return 0;
}

/* Flow's System log names the dump of an exception: `YY-MM-DD ... - See also: <ref>.txt`
 * on the record's first line. */
static int set_flow_ref(struct event *e)
{
	const char *nl = memchr(e->message, '\n', e->message_len), *p, *q, *end;
	size_t first = nl ? (size_t)(nl - e->message) : e->message_len;

	if (first < 9 || e->message[2] != '-' || e->message[5] != '-' || e->message[8] != ' ')
		return 0; /* not a Flow record (YY-MM-DD ) */
	p = memmem(e->message, first, "See also: ", 10);
	if (!p)
		return 0;
	p += 10;
	end = e->message + e->message_len;
	for (q = p; q < end && *q != '.' && *q != ' ' && *q != '\n'; q++)
		;
	if (q == p || end - q < 4 || memcmp(q, ".txt", 4))
		return 0;
	e->exception_ref = strndup(p, (size_t)(q - p));
	return e->exception_ref ? 0 : -ENOMEM;
}

static int derive(struct event *e)
{
	unsigned lang;
	int err;

	rules_init();
	if (e->level == LVL_UNKNOWN)
		e->level = level_of(e);
	if (!e->exception_ref && e->kind != EV_KIND_DOCUMENT && (err = set_flow_ref(e)))
		return err;
	if (e->kind == EV_KIND_LINE)
		return 0;
	if (e->level == LVL_UNKNOWN)
		e->level = LVL_ERROR;
	lang = rules_lang_parse(e->exception_language);
	if (!e->exception_type && (err = set_exception(e, lang)))
		return err;
	if (!e->fingerprint)
		return set_fingerprint(e, lang);
	return 0;
}

/* Messages keep ANSI escape sequences only with --keep-ansi: the fields are derived from
 * the text without them all the same. */
int process_event(struct event *e)
{
	char *kept, *plain;
	size_t kept_len;
	int err;

	if (!e->message)
		return 0;
	if (!ansi_has(e->message, e->message_len))
		return derive(e);
	plain = malloc(e->message_len + 1);
	if (!plain)
		return -ENOMEM;
	kept = e->message;
	kept_len = e->message_len;
	e->message_len = ansi_strip(plain, kept, kept_len);
	plain[e->message_len] = '\0';
	e->message = plain;
	err = derive(e);
	e->message = kept;
	e->message_len = kept_len;
	free(plain);
	return err;
}
