// SPDX-License-Identifier: Apache-2.0
/*
 * redact_secrets.c - validators of the redact stage for secrets: key/value pairs
 * (plain, JSON, JSON inside a JSON string, query strings, PHP/Ruby "=>"), URL
 * passwords, Authorization and Bearer values, JWTs, PEM private key blocks and
 * the token shapes of AWS, GitHub, GitLab and Slack.
 */
#include <string.h>

#include "redact_int.h"

/* Key words whose value is a secret, lower case, matched as a key's suffix. */
enum key_class { KEY_NONE = 0, KEY_STRONG, KEY_WEAK, KEY_PWD, KEY_AUTH };

#define KW(w, c) { w, sizeof(w) - 1, c }

static const struct {
	const char *word;
	size_t len;
	enum key_class cls;
} key_words[] = {
    KW("password", KEY_STRONG),	   KW("passwd", KEY_STRONG),
    KW("passphrase", KEY_STRONG),  KW("pwd", KEY_PWD),
    KW("secret", KEY_WEAK),	   KW("token", KEY_WEAK),
    KW("apikey", KEY_STRONG),	   KW("api_key", KEY_STRONG),
    KW("api-key", KEY_STRONG),	   KW("secret_key", KEY_STRONG),
    KW("secretkey", KEY_STRONG),   KW("private_key", KEY_STRONG),
    KW("privatekey", KEY_STRONG),  KW("access_key", KEY_STRONG),
    KW("accesskey", KEY_STRONG),   KW("authorization", KEY_AUTH),
};

static bool ident_char(unsigned char c)
{
	return rd_alnum(c) || c == '_' || c == '-' || c == '.';
}

/* The class of the key s[a, e): a key word at its end, on a boundary ('_', '-',
 * '.', the key's start, or a camelCase hump as in clientSecret). */
static enum key_class key_class(const struct scan *sc, size_t a, size_t e)
{
	unsigned char last = rd_lower(sc->s[e - 1]);
	size_t k, w, b;

	switch (last) {
	case 'd':
	case 'e':
	case 't':
	case 'n':
	case 'y':
		break;
	default:
		return KEY_NONE;
	}
	for (k = 0; k < sizeof(key_words) / sizeof(key_words[0]); k++) {
		w = key_words[k].len;
		/* the last byte first: most words end otherwise than the key does */
		if ((unsigned char)key_words[k].word[w - 1] != last || e - a < w ||
		    !rd_match_ci(sc, e - w, key_words[k].word))
			continue;
		b = e - w;
		if (b == a + 1 && a > 0 && sc->s[a - 1] == '\\' && strchr("ntr", sc->s[a]))
			return key_words[k].cls; /* after an escaped line end: "\\npassword=" */
		if (b == a || sc->s[b - 1] == '_' || sc->s[b - 1] == '-' || sc->s[b - 1] == '.' ||
		    (rd_upper(sc->s[b]) && !rd_upper(sc->s[b - 1])))
			return key_words[k].cls;
	}
	return KEY_NONE;
}

/* A quote at j, maybe escaped by backslashes (JSON inside a JSON string):
 * sets *q and *nb (backslashes) and returns its length, or 0. */
static size_t quote_at(const struct scan *sc, size_t j, unsigned char *q, size_t *nb)
{
	size_t k = j;

	while (rd_at(sc, k) == '\\' && k - j < 8)
		k++;
	if (rd_at(sc, k) != '"' && rd_at(sc, k) != '\'')
		return 0;
	*q = sc->s[k];
	*nb = k - j;
	return k + 1 - j;
}

/* The end of a quoted value from j: the same quote with the same backslashes. */
static size_t quoted_end(const struct scan *sc, size_t j, unsigned char q, size_t nb)
{
	size_t r;

	while (j < sc->n) {
		unsigned char c = sc->s[j];

		if (c == '\n' || c == '\r' || (c == q && !nb))
			break;
		if (c != '\\') {
			j++;
			continue;
		}
		for (r = 0; rd_at(sc, j + r) == '\\'; r++)
			;
		if (rd_at(sc, j + r) == q && r == nb)
			break;
		j += r + (!nb && (r & 1));
	}
	return j < sc->n ? j : sc->n; /* a backslash at the very end escapes nothing */
}

static size_t unquoted_end(const struct scan *sc, size_t j)
{
	for (; j < sc->n; j++) {
		unsigned char c = sc->s[j];

		if (c <= ' ' || c == '&' || c == ',' || c == ';' || c == '"' || c == '\'' ||
		    c == '}' || c == ']' || c == ')' || c == '<' || c == '>')
			break;
		if (c == '\\' && strchr("\"'nrt\\", rd_at(sc, j + 1)))
			break;
	}
	return j;
}

/* Values that are no secret: placeholders, already redacted, literals. */
static bool placeholder(const struct scan *sc, size_t v, size_t e)
{
	static const char *const lits[] = {"null", "true",	"false",      "none",
					   "nil",  "undefined", "[redacted]", "[filtered]"};
	unsigned char c = sc->s[v];
	size_t k;

	if (c == '<' || c == '*' || c == '{' || c == '[' || c == '%' ||
	    (c == '$' && rd_at(sc, v + 1) == '{'))
		return c != '[' || rd_match_ci(sc, v, "[redacted]") ||
		       rd_match_ci(sc, v, "[filtered]");
	for (k = 0; k < sizeof(lits) / sizeof(lits[0]); k++)
		if (strlen(lits[k]) == e - v && rd_match_ci(sc, v, lits[k]))
			return true;
	return false;
}

static size_t token68_end(const struct scan *sc, size_t j)
{
	unsigned char c;

	while (j < sc->n && (rd_alnum(c = sc->s[j]) || strchr("-._~+/=", c)))
		j++;
	return j;
}

/* Authorization values keep their scheme word: "Bearer <secret>". The credentials
 * of Bearer, Basic and Token are one token68 word; other schemes (Digest, AWS4-...)
 * run to the end of the value. Sets *end. Returns where the secret starts. */
static size_t auth_value(const struct scan *sc, size_t v, size_t *end)
{
	size_t w = v, e = *end;

	while (w < e && rd_alpha(sc->s[w]))
		w++;
	if (w == v || w >= e || sc->s[w] != ' ')
		return v;
	if (rd_match_ci(sc, v, "bearer ") || rd_match_ci(sc, v, "basic ") ||
	    rd_match_ci(sc, v, "token ")) {
		while (w < e && sc->s[w] == ' ')
			w++;
		*end = token68_end(sc, w) < e ? token68_end(sc, w) : e;
		return w;
	}
	while (w < e && sc->s[w] == ' ')
		w++;
	return w;
}

/* The value after a separator at sep (its first byte after it is v). */
static size_t kv_value(struct scan *sc, size_t v, enum key_class cls, bool key_quoted,
		       unsigned char sepc)
{
	unsigned char q = 0;
	size_t nb = 0, ql, e, val;

	ql = quote_at(sc, v, &q, &nb);
	val = v + ql;
	if (ql)
		e = quoted_end(sc, val, q, nb);
	else if (cls == KEY_AUTH)
		e = quoted_end(sc, val, '"', 1); /* to the end of the line, or an escaped quote */
	else
		e = unquoted_end(sc, val);
	if (cls == KEY_AUTH)
		val = auth_value(sc, val, &e);
	if (e <= val || placeholder(sc, val, e))
		return 0;
	if (cls == KEY_PWD && sc->s[val] == '/')
		return 0; /* the PWD of a shell: a directory */
	if (cls == KEY_WEAK && !ql && !key_quoted && sepc == ':' && e - val < 8)
		return 0; /* prose: "unexpected token: }" */
	if (val < sc->done)
		return 0;
	return rd_emit(sc, val, e, REDACT_CREDENTIAL, "<secret>", "secret", sc->s + val, e - val);
}

/* At ':', '=' or the '>' of "=>": the key before it, then its value. */
size_t rd_keyvalue(struct scan *sc, size_t i)
{
	unsigned char c = sc->s[i], p = i ? sc->s[i - 1] : 0;
	size_t k = i, e, v = i + 1;
	bool quoted = false;
	enum key_class cls;

	if (c == '>') {
		if (p != '=')
			return 0;
		k = i - 1;
	} else if (rd_at(sc, i + 1) == '=' || rd_at(sc, i + 1) == '>' ||
		   (c == ':' && (p == ':' || rd_at(sc, i + 1) == ':')) || p == '=' || p == '!' ||
		   p == '<' || p == '>') {
		return 0;
	}
	while (k > 0 && k + 4 > i && (sc->s[k - 1] == ' ' || sc->s[k - 1] == '\t'))
		k--;
	if (k > 0 && (sc->s[k - 1] == '"' || sc->s[k - 1] == '\'' || sc->s[k - 1] == ']')) {
		quoted = true;
		for (k--; k > 0 && sc->s[k - 1] == '\\'; k--)
			;
	}
	if (!k || !memchr("detnyDETNY", sc->s[k - 1], 10))
		return 0; /* no key word ends so: most colons and equal signs end here */
	for (e = k; k > 0 && ident_char(sc->s[k - 1]) && e - k < 64; k--)
		;
	if (k == e || !(cls = key_class(sc, k, e)))
		return 0;
	while (v < sc->n && v < i + 8 && (sc->s[v] == ' ' || sc->s[v] == '\t'))
		v++;
	return kv_value(sc, v, cls, quoted, c);
}

/* At the ':' of "://": the password of user:password@host (the user is kept),
 * or the path of a Slack webhook. */
size_t rd_url(struct scan *sc, size_t i)
{
	size_t a = i + 3, j, colon = 0, v, e;
	unsigned char c;

	for (j = a; j < sc->n && j - a < 256; j++) {
		c = sc->s[j];
		if (c == '@' || c == '/' || c == '?' || c == '#' || c <= ' ' || c == '"' ||
		    c == '\'' || c == '<' || c == '>' || c == '\\')
			break;
		if (c == ':' && !colon)
			colon = j;
	}
	if (rd_on(sc, REDACT_CREDENTIAL) && rd_at(sc, j) == '@' && colon && colon + 1 < j)
		return rd_emit(sc, colon + 1, j, REDACT_CREDENTIAL, "<secret>", "secret",
			       sc->s + colon + 1, j - colon - 1);
	if (!rd_on(sc, REDACT_KEY) || !rd_match_ci(sc, a, "hooks.slack.com/services/"))
		return 0;
	v = a + strlen("hooks.slack.com/services/");
	for (e = v; e < sc->n &&
		    (rd_alnum(sc->s[e]) || sc->s[e] == '/' || sc->s[e] == '_' || sc->s[e] == '-');
	     e++)
		;
	if (e - v < 8)
		return 0;
	return rd_emit(sc, v, e, REDACT_KEY, "<secret>", "secret", sc->s + v, e - v);
}

static bool has_digit(const struct scan *sc, size_t v, size_t e)
{
	for (; v < e; v++)
		if (rd_digit(sc->s[v]))
			return true;
	return false;
}

/* "Bearer " and a token of 8 or more characters, anywhere. */
size_t rd_bearer(struct scan *sc, size_t i)
{
	size_t v = i + 6, e;

	if (rd_lower(sc->s[i]) != 'b' || !rd_match_ci(sc, i, "bearer "))
		return 0;
	while (rd_at(sc, v) == ' ')
		v++;
	e = token68_end(sc, v);
	if (e - v < 8 || placeholder(sc, v, e) || !has_digit(sc, v, e))
		return 0; /* "Bearer." or prose: "bearer password_hash=x" */
	return rd_emit(sc, v, e, REDACT_CREDENTIAL, "<secret>", "secret", sc->s + v, e - v);
}

static bool b64url(unsigned char c)
{
	return rd_alnum(c) || c == '-' || c == '_';
}

static int b64val(unsigned char c)
{
	if (rd_upper(c))
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (rd_digit(c))
		return c - '0' + 52;
	return c == '-' ? 62 : 63;
}

/* Whether the base64url header s[a, e) decodes to a JSON object naming "alg". */
static bool jwt_header_ok(const struct scan *sc, size_t a, size_t e)
{
	char h[192];
	size_t n = 0, k;
	unsigned acc = 0, bits = 0;

	for (k = a; k < e && n + 1 < sizeof(h); k++) {
		acc = acc << 6 | (unsigned)b64val(sc->s[k]);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			h[n++] = (char)(acc >> bits & 0xff);
		}
	}
	h[n] = 0;
	return n && h[0] == '{' && memmem(h, n, "\"alg\"", 5);
}

size_t rd_jwt(struct scan *sc, size_t i)
{
	size_t a = i, p1, p2, e;

	if (!rd_match_ci(sc, i, "eyj") || sc->s[i + 1] != 'y' || sc->s[i + 2] != 'J')
		return 0;
	for (p1 = a; p1 < sc->n && b64url(sc->s[p1]); p1++)
		;
	if (p1 - a < 10 || rd_at(sc, p1) != '.')
		return 0;
	for (p2 = p1 + 1; p2 < sc->n && b64url(sc->s[p2]); p2++)
		;
	if (p2 - p1 < 3 || rd_at(sc, p2) != '.')
		return 0;
	for (e = p2 + 1; e < sc->n && b64url(sc->s[e]); e++)
		;
	if (!jwt_header_ok(sc, a, p1))
		return 0;
	return rd_emit(sc, i, e, REDACT_JWT, "<jwt>", "jwt", sc->s + i, e - i);
}

size_t rd_pem_end(struct scan *sc, size_t k)
{
	const unsigned char *end = memmem(sc->s + k, sc->n - k, "-----END ", 9);
	size_t e;

	if (!end) {
		sc->pem_open = true;
		return sc->n;
	}
	e = (size_t)(end - sc->s) + 9;
	while (e < sc->n && e < (size_t)(end - sc->s) + 80 && sc->s[e] != '-' && sc->s[e] != '\n')
		e++;
	return rd_match_ci(sc, e, "-----") ? e + 5 : e;
}

static bool pem_body_line(const struct scan *sc, size_t a, size_t e)
{
	if (rd_match_ci(sc, a, "proc-type:") || rd_match_ci(sc, a, "dek-info:"))
		return true;
	for (; a < e; a++)
		if (!rd_alnum(sc->s[a]) && !strchr("+/=\r", sc->s[a]))
			return false;
	return true;
}

size_t rd_pem_carry(struct scan *sc)
{
	size_t a = 0, e;

	while (a < sc->n) {
		const unsigned char *nl = memchr(sc->s + a, '\n', sc->n - a);

		e = nl ? (size_t)(nl - sc->s) : sc->n;
		if (rd_match_ci(sc, a, "-----end "))
			return rd_pem_end(sc, a);
		if (!pem_body_line(sc, a, e))
			return a ? a - 1 : 0; /* the block ended without its END line */
		a = e + 1;
	}
	sc->pem_open = true;
	return sc->n;
}

/* A whole PEM private key block, from its BEGIN line through its END line. */
size_t rd_pem(struct scan *sc, size_t i)
{
	size_t e, k;

	if (!rd_match_ci(sc, i, "-----begin "))
		return 0;
	for (k = i + 11; k < sc->n && k < i + 80 && sc->s[k] != '\n' && sc->s[k] != '-'; k++)
		;
	if (!memmem(sc->s + i + 11, k - i - 11, "PRIVATE KEY", 11) || !rd_match_ci(sc, k, "-----"))
		return 0;
	e = rd_pem_end(sc, k);
	return rd_emit(sc, i, e, REDACT_KEY, "<secret>", "secret", sc->s + i, e - i);
}

/* Fixed prefix, then at least min characters of a class, then no word byte. */
static size_t shaped(const struct scan *sc, size_t i, const char *prefix, size_t min,
		     bool (*ok)(unsigned char))
{
	size_t p = strlen(prefix), j;

	if (sc->n - i < p || memcmp(sc->s + i, prefix, p))
		return 0;
	for (j = i + p; j < sc->n && ok(sc->s[j]) && j - i - p < 255; j++)
		;
	if (j - i - p < min || rd_alnum(rd_at(sc, j)) || rd_at(sc, j) == '_')
		return 0;
	return j;
}

static bool aws_char(unsigned char c)
{
	return rd_upper(c) || rd_digit(c);
}

static bool gh_char(unsigned char c)
{
	return rd_alnum(c);
}

static bool pat_char(unsigned char c)
{
	return rd_alnum(c) || c == '_';
}

static bool dash_char(unsigned char c)
{
	return rd_alnum(c) || c == '_' || c == '-';
}

/* AWS access key ids, GitHub, GitLab and Slack tokens at a word start. */
size_t rd_token(struct scan *sc, size_t i)
{
	static const struct {
		const char *prefix;
		size_t min;
		bool (*ok)(unsigned char);
	} shapes[] = {
	    {"AKIA", 16, aws_char},   {"ASIA", 16, aws_char},	     {"ghp_", 30, gh_char},
	    {"gho_", 30, gh_char},    {"ghu_", 30, gh_char},	     {"ghs_", 30, gh_char},
	    {"ghr_", 30, gh_char},    {"github_pat_", 22, pat_char}, {"glpat-", 20, dash_char},
	    {"xoxb-", 10, dash_char}, {"xoxp-", 10, dash_char},	     {"xoxa-", 10, dash_char},
	    {"xoxr-", 10, dash_char}, {"xoxs-", 10, dash_char},
	};
	unsigned char c = sc->s[i];
	size_t k, e;

	if (c != 'A' && c != 'g' && c != 'x')
		return 0;
	for (k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
		if (shapes[k].prefix[0] != c)
			continue;
		e = shaped(sc, i, shapes[k].prefix, shapes[k].min, shapes[k].ok);
		if (e && (shapes[k].ok != aws_char || e - i == 20))
			return rd_emit(sc, i, e, REDACT_KEY, "<secret>", "secret", sc->s + i,
				       e - i);
	}
	return 0;
}
