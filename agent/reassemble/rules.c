// SPDX-License-Identifier: Apache-2.0
/*
 * rules.c - the pattern matcher and rule lookup behind reassemble: a line is
 * checked only against the rules of its state that can match its first byte
 * (lists built once from the tables), each a tiny pattern matched without
 * backtracking except at %*.
 */
#include "rules.h"

#include <pthread.h>
#include <string.h>

static const char *const lang_names[LANG_COUNT] = {
    NULL, "java", "python", "php", "flow", "node", "go", "ruby", "dotnet", "rust",
};

const char *rules_lang_name(unsigned lang)
{
	return lang < LANG_COUNT ? lang_names[lang] : NULL;
}

unsigned rules_lang_parse(const char *name)
{
	unsigned i;

	for (i = 1; name && i < LANG_COUNT; i++)
		if (!strcmp(name, lang_names[i]))
			return i;
	return LANG_NONE;
}

/* Byte classes, one bit per class letter of the pattern language. */
enum {
	C_BLANK = 1 << 0,
	C_DIGIT = 1 << 1,
	C_ALPHA = 1 << 2,
	C_WORD = 1 << 3,
	C_NAME = 1 << 4,
	C_JSTART = 1 << 5,
	C_JCLASS = 1 << 6,
	C_UPPER = 1 << 7,
	C_NONBLANK = 1 << 8,
};
static uint16_t byte_class[256];

static inline bool is_blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

static inline bool is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline bool is_word(unsigned char c)
{
	return is_alpha(c) || is_digit(c) || c == '_';
}

static bool is_name(unsigned char c)
{
	return is_word(c) || (c && strchr(".$/\\<>`+-", c));
}

static bool is_jclass(unsigned char c)
{
	return is_word(c) || c == '.' || c == '$';
}

static void build_classes(void)
{
	unsigned c;

	for (c = 0; c < 256; c++)
		byte_class[c] = (is_blank(c) ? C_BLANK : 0) | (is_digit(c) ? C_DIGIT : 0) |
				(is_alpha(c) ? C_ALPHA : 0) | (is_word(c) ? C_WORD : 0) |
				(is_name(c) ? C_NAME : 0) | (is_jclass(c) ? C_JCLASS : 0) |
				(is_alpha(c) || c == '_' || c == '$' ? C_JSTART : 0) |
				(c >= 'A' && c <= 'Z' ? C_UPPER : 0) |
				(c && !is_blank(c) ? C_NONBLANK : 0);
}

static uint16_t class_bit(char op)
{
	switch (op) {
	case '_':
		return C_BLANK;
	case 'd':
	case 'D':
		return C_DIGIT;
	case 'A':
		return C_ALPHA;
	case 'w':
		return C_WORD;
	case 'q':
		return C_NAME;
	case 'j':
		return C_JSTART;
	case 'U':
		return C_UPPER;
	case 'N':
		return C_NONBLANK;
	default:
		return 0;
	}
}

/* One byte of a class, for the single-byte classes and the first-byte filter. */
static inline bool class_byte(char op, unsigned char c)
{
	return byte_class[c] & class_bit(op);
}

/* Length of the run of class op at s[i..n), or 0 when it does not match. */
static size_t class_run(char op, const char *s, size_t i, size_t n)
{
	size_t j = i, dots = 0;
	uint16_t bit;

	if (op == 'D' || op == 'U')
		return i < n && class_byte(op, (unsigned char)s[i]) ? 1 : 0;
	if (op == 'j') {
		if (i >= n || !class_byte('j', (unsigned char)s[i]))
			return 0;
		while (j < n && (byte_class[(unsigned char)s[j]] & C_JCLASS))
			dots += s[j++] == '.';
		return dots && s[j - 1] != '.' ? j - i : 0;
	}
	bit = class_bit(op);
	while (j < n && (byte_class[(unsigned char)s[j]] & bit))
		j++;
	return j - i;
}

static bool match_at(const char *p, const char *s, size_t i, size_t n);

/* %*: the rest of the pattern at the first position from i to lim where it matches. When the
 * rest begins with a literal byte, only the positions holding that byte are tried. */
static bool match_any(const char *p, const char *s, size_t i, size_t lim, size_t n)
{
	const char *q;

	if (p[0] && p[0] != '%') {
		lim = lim < n ? lim + 1 : n; /* a literal needs a byte: positions i..lim, below n */
		while (i < lim && (q = memchr(s + i, p[0], lim - i))) {
			i = (size_t)(q - s);
			if (match_at(p, s, i, n))
				return true;
			i++;
		}
		return false;
	}
	for (; i <= lim; i++)
		if (match_at(p, s, i, n))
			return true;
	return false;
}

static bool match_at(const char *p, const char *s, size_t i, size_t n)
{
	size_t k, lim;

	while (*p) {
		if (p[0] != '%' || p[1] == '%') {
			if (i >= n || s[i] != *p)
				return false;
			i++;
			p += p[0] == '%' ? 2 : 1;
			continue;
		}
		switch (p[1]) {
		case '$':
			if (i != n)
				return false;
			break;
		case 'E':
			k = strlen(p + 2);
			return n - i >= k && !memcmp(s + n - k, p + 2, k);
		case '*':
			lim = n - i > RULES_SCAN ? i + RULES_SCAN : n;
			return match_any(p + 2, s, i, lim, n);
		case '~':
			while (i < n && is_blank((unsigned char)s[i]))
				i++;
			break;
		default:
			k = class_run(p[1], s, i, n);
			if (!k)
				return false;
			i += k;
		}
		p += 2;
	}
	return true;
}

bool rules_match(const char *pat, const char *s, size_t n)
{
	return match_at(pat, s, 0, n);
}

/* Can the first element of pat match a line whose first non-blank byte is c? */
static bool first_byte_ok(const char *pat, unsigned char c)
{
	if (pat[0] != '%')
		return (unsigned char)pat[0] == c || !pat[0];
	switch (pat[1]) {
	case '%':
		return c == '%';
	case '$':
		return false;
	case '*':
	case '~':
	case 'E':
		return true;
	default:
		return class_byte(pat[1], c);
	}
}

/* Per state and first byte, the rules that may match, in table order: indexes into
 * rules_table, 0xff-terminated, in one pool. A line is checked against those only. */
#define POOL_MAX 16384 /* the tables use about 8,400 */
static uint8_t pool[POOL_MAX];
static bool pool_full;
static uint32_t pool_off[RS_COUNT][256];
static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void build_filters(void)
{
	size_t i, used = 1;
	unsigned s, c;

	build_classes();
	pool[0] = 0xff; /* the empty list */
	for (s = 0; s < RS_COUNT; s++) {
		for (c = 0; c < 256; c++) {
			pool_off[s][c] = (uint32_t)used;
			for (i = 0; i < rules_count && i < 0xff && used < POOL_MAX - 1; i++)
				if ((rules_table[i].states & (1u << s)) &&
				    first_byte_ok(rules_table[i].pat, (unsigned char)c))
					pool[used++] = (uint8_t)i;
			pool[used++] = 0xff;
			if (pool[pool_off[s][c]] == 0xff) {
				used--;
				pool_off[s][c] = 0;
			}
		}
	}
	pool_full = used >= POOL_MAX - 1; /* then rules_find scans the whole table */
}

void rules_init(void)
{
	pthread_once(&init_once, build_filters);
}

static bool applies(const struct rule *ru, const struct rules_view *v)
{
	if ((ru->ind == IND_NONE && v->ind) || (ru->ind == IND_SOME && !v->ind))
		return false;
	if ((ru->flags & RF_NOSOW) && v->sow)
		return false;
	return rules_match(ru->pat, v->s, v->n);
}

static const struct rule *find_slow(unsigned state, const struct rules_view *v)
{
	size_t i;

	for (i = 0; i < rules_count; i++)
		if ((rules_table[i].states & (1u << state)) && applies(&rules_table[i], v))
			return &rules_table[i];
	return NULL;
}

const struct rule *rules_find(unsigned state, const struct rules_view *v)
{
	unsigned char c = v->n ? (unsigned char)v->s[0] : 0;
	const struct rule *ru;
	const uint8_t *i;

	if (state >= RS_COUNT)
		return NULL;
	if (pool_full)
		return find_slow(state, v);
	for (i = pool + pool_off[state][c]; *i != 0xff; i++) {
		ru = &rules_table[*i];
		if (applies(ru, v))
			return ru;
	}
	return NULL;
}

/* php-fpm relays a worker's stderr line by line as
 * `[date] WARNING: [pool www] child 7 said into stderr: "text"`: the rules see text. */
static void strip_fpm(const char **s, size_t *n)
{
	static const char tag[] = "said into stderr: \"";
	size_t lim = *n < 160 ? *n : 160;
	const char *p = memmem(*s, lim, tag, sizeof(tag) - 1);

	if (!p)
		return;
	p += sizeof(tag) - 1;
	*n -= (size_t)(p - *s);
	*s = p;
	if (*n && (*s)[*n - 1] == '"')
		(*n)--;
	if (*n >= 13 && !memcmp(*s, "PHP message: ", 13)) {
		*s += 13;
		*n -= 13;
	}
}

void rules_view_init(struct rules_view *v, const char *text, size_t len, bool sow)
{
	const char *s = text;
	size_t n = len, i = 0;

	if (n > 40 && s[0] == '[')
		strip_fpm(&s, &n);
	while (i < n && is_blank((unsigned char)s[i]))
		i++;
	v->s = s + i;
	v->n = n - i;
	v->ind = i;
	v->sow = sow;
}
