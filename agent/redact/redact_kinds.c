// SPDX-License-Identifier: Apache-2.0
/*
 * redact_kinds.c - validators of the redact stage for personal data: payment
 * cards (grouping, IIN range and length, Luhn), IBANs (country length, mod-97),
 * e-mail addresses, phone numbers (E.164 and national) and IPv4/IPv6 addresses.
 * Each is called by redact.c on a trigger byte and emits only on a valid value.
 */
#include <stdio.h>
#include <string.h>

#include "redact_int.h"

/* Whether a value ending before s[j] ends there: no letter, digit or '_' follows,
 * and no '.' or ':' that continues it with a digit (versions, times, floats). */
static bool ends_at(const struct scan *sc, size_t j)
{
	unsigned char c = rd_at(sc, j);

	if (rd_alnum(c) || c == '_')
		return false;
	return !((c == '.' || c == ':') && rd_digit(rd_at(sc, j + 1)));
}

/* ---- payment cards ---- */

static bool luhn_ok(const unsigned char *d, size_t n)
{
	unsigned sum = 0, x;
	size_t k;

	for (k = 0; k < n; k++) {
		x = d[n - 1 - k];
		if (k & 1) {
			x *= 2;
			x -= x > 9 ? 9 : 0;
		}
		sum += x;
	}
	return sum % 10 == 0;
}

static bool iin_ok(const unsigned char *d, size_t n)
{
	static const unsigned maestro[] = {5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763};
	unsigned p2 = d[0] * 10 + d[1], p3 = p2 * 10 + d[2], p4 = p3 * 10 + d[3];
	size_t k;

	if (d[0] == 4)
		return n == 13 || n == 16 || n == 19; /* Visa */
	if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))
		return n == 16; /* Mastercard */
	if (p2 == 34 || p2 == 37)
		return n == 15; /* Amex */
	if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || p2 == 62 ||
	    (p4 >= 3528 && p4 <= 3589))
		return n >= 16; /* Discover, UnionPay, JCB */
	if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39 || p4 == 3095)
		return n >= 14; /* Diners */
	for (k = 0; k < sizeof(maestro) / sizeof(maestro[0]); k++)
		if (p4 == maestro[k])
			return true;
	return p2 >= 56 && p2 <= 58; /* Maestro */
}

/* Whether the digits at i continue a group sequence ("4111 1111 ..."): a run of
 * 3-8 digits and one separator before, and at most 8 digits here. */
static bool inside_groups(const struct scan *sc, size_t i)
{
	size_t a, b;

	if (i < 4 || i - 2 < sc->done || (sc->s[i - 1] != ' ' && sc->s[i - 1] != '-') ||
	    !rd_digit(sc->s[i - 2]))
		return false;
	for (a = i - 2; a > 0 && rd_digit(sc->s[a - 1]); a--)
		;
	for (b = i; b < sc->n && rd_digit(sc->s[b]); b++)
		;
	return i - 1 - a >= 3 && i - 1 - a <= 8 && b - i <= 8;
}

/* Tries the digit groups from i: either one run, or groups of 3-8 digits joined
 * by one separator (always the same: ' ' or '-'). Longest valid prefix of whole
 * groups wins. */
size_t rd_card(struct scan *sc, size_t i)
{
	unsigned char d[20], sep = 0, c;
	size_t nd = 0, j = i, grp = 0, ends[8], ndig[8], ng = 0;
	char mask[24];
	int k;

	if (sc->s[i] < '2' || sc->s[i] > '6' || inside_groups(sc, i))
		return 0; /* no card network starts with 0, 1, 7, 8 or 9 */
	for (;; j++) {
		c = rd_at(sc, j);
		if (rd_digit(c)) {
			if (nd == 19)
				return 0; /* too long: an id, a timestamp, a counter */
			d[nd++] = c - '0';
			grp++;
			continue;
		}
		if (grp >= 3 && ng < 8) {
			ends[ng] = j;
			ndig[ng++] = nd;
		}
		if ((c == ' ' || c == '-') && (!sep || sep == c) && rd_digit(rd_at(sc, j + 1)) &&
		    grp >= 3 && grp <= 8 && ng < 8) {
			sep = c;
			grp = 0;
			continue;
		}
		break;
	}
	if (rd_alnum(c) || c == '_')
		return 0;
	for (k = (int)ng - 1; k >= 0; k--) {
		if (ndig[k] < 13 || (ends[k] == j && !ends_at(sc, j)))
			continue;
		if (!iin_ok(d, ndig[k]) || !luhn_ok(d, ndig[k]))
			continue;
		snprintf(mask, sizeof(mask), "<card:****%u%u%u%u>", d[ndig[k] - 4], d[ndig[k] - 3],
			 d[ndig[k] - 2], d[ndig[k] - 1]);
		for (size_t x = 0; x < ndig[k]; x++)
			d[x] += '0';
		return rd_emit(sc, i, ends[k], REDACT_CARD, mask, "card", d, ndig[k]);
	}
	return 0;
}

/* ---- IBAN ---- */

/* Country code and length of every IBAN country (SWIFT registry, SEPA and beyond). */
static const char iban_table[] =
    "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28"
    "EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27"
    "JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18"
    "NO15OM23PK24PL28PS29PT25QA29RO24RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23"
    "TN24TR26UA29VA22VG24XK20YE30";

static size_t iban_len(unsigned char a, unsigned char b)
{
	const char *p;

	for (p = iban_table; *p; p += 4)
		if (p[0] == a && p[1] == b)
			return (size_t)(p[2] - '0') * 10 + (size_t)(p[3] - '0');
	return 0;
}

static bool mod97_ok(const unsigned char *v, size_t n)
{
	unsigned r = 0;
	size_t k;

	for (k = 0; k < n; k++) {
		unsigned char c = v[(k + 4) % n];

		r = rd_digit(c) ? (r * 10 + (c - '0')) % 97 : (r * 100 + (c - 'A' + 10)) % 97;
	}
	return r == 1;
}

/* Compact (DE89370400440532013000) or in groups of four (DE89 3704 0044 ...). */
size_t rd_iban(struct scan *sc, size_t i)
{
	unsigned char v[36], c;
	size_t len, nv = 0, j = i;
	int spaced = -1;
	char mask[16];

	if (!rd_upper(rd_at(sc, i + 1)) || !rd_digit(rd_at(sc, i + 2)) ||
	    !rd_digit(rd_at(sc, i + 3)))
		return 0;
	len = iban_len(sc->s[i], sc->s[i + 1]);
	if (!len)
		return 0;
	while (nv < len) {
		c = rd_at(sc, j);
		if (nv && nv % 4 == 0 && spaced == -1)
			spaced = c == ' ';
		if (nv && nv % 4 == 0 && spaced) {
			if (c != ' ')
				return 0; /* groups of four, or none at all */
			c = rd_at(sc, ++j);
		}
		if (!rd_digit(c) && !rd_upper(c))
			return 0;
		v[nv++] = c;
		j++;
	}
	if (!ends_at(sc, j) || !mod97_ok(v, len))
		return 0;
	snprintf(mask, sizeof(mask), "<iban:%c%c**>", v[0], v[1]);
	return rd_emit(sc, i, j, REDACT_IBAN, mask, "iban", v, len);
}

/* ---- e-mail ---- */

static bool local_char(unsigned char c)
{
	return rd_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* Domain labels after the '@' at i: returns the end, 0 unless two or more labels
 * and an alphabetic top-level label of two or more letters. */
static size_t email_domain(const struct scan *sc, size_t i)
{
	size_t j = i + 1, k, labels = 0;
	bool alpha = false;

	for (;;) {
		for (k = j, alpha = true; rd_alnum(rd_at(sc, j)) || rd_at(sc, j) == '-'; j++)
			alpha = alpha && rd_alpha(sc->s[j]);
		if (j == k || j - i > 253)
			return 0;
		labels++;
		if (rd_at(sc, j) != '.' || !rd_alnum(rd_at(sc, j + 1)))
			break;
		j++;
	}
	if (labels < 2 || !alpha || j - k < 2 || rd_at(sc, j) == '_' || rd_at(sc, j) == '@')
		return 0;
	return j;
}

/* At '@': the local part is looked up backwards (never into text already written). */
size_t rd_email(struct scan *sc, size_t i)
{
	unsigned char v[320];
	size_t a = i, j, k;

	while (a > sc->done && local_char(sc->s[a - 1]) && i - a <= 64)
		a--;
	if (i - a > 64)
		return 0;
	while (a < i && sc->s[a] == '.')
		a++;
	if (a == i || sc->s[i - 1] == '.')
		return 0;
	j = email_domain(sc, i);
	if (!j || j - a > sizeof(v))
		return 0;
	for (k = a; k < j; k++)
		v[k - a] = rd_lower(sc->s[k]);
	return rd_emit(sc, a, j, REDACT_EMAIL, "<email>", "email", v, j - a);
}

/* ---- phone numbers ---- */

#define PHONE_GROUPS 6

struct groups {
	size_t n;		  /* groups walked */
	size_t len[PHONE_GROUPS]; /* digits per group */
	size_t end[PHONE_GROUPS]; /* where each group ends (after a closing parenthesis) */
	bool paren_first;	  /* the first group was in parentheses */
};

/* Walks up to PHONE_GROUPS digit groups joined by one ' ', '-', '/' or '.', or
 * by a parenthesized area code; stops at anything else. */
static void phone_groups(const struct scan *sc, size_t j, struct groups *g)
{
	size_t cur = 0;
	bool paren = false;
	unsigned char c;

	memset(g, 0, sizeof(*g));
	for (; g->n < PHONE_GROUPS; j++) {
		c = rd_at(sc, j);
		if (rd_digit(c)) {
			cur++;
			continue;
		}
		if (c == '(' && !cur && !paren && g->n < 2 && rd_digit(rd_at(sc, j + 1))) {
			paren = true;
			continue;
		}
		if (!cur || paren != (c == ')'))
			return;
		g->paren_first = g->paren_first || (paren && !g->n);
		g->len[g->n] = cur;
		g->end[g->n++] = j + (c == ')');
		cur = 0;
		if (c == ')') {
			paren = false;
			c = rd_at(sc, ++j);
			if (rd_digit(c)) {
				j--;
				continue;
			}
		}
		if ((c != ' ' && c != '-' && c != '/' && c != '.') ||
		    !(rd_digit(rd_at(sc, j + 1)) || rd_at(sc, j + 1) == '('))
			return;
	}
}

/* Whether the first k groups make a phone number. E.164: 8-15 digits. National:
 * a leading 0 or an area code in parentheses, 9-12 digits in 2-5 groups, none
 * shorter than two digits, the first at least three (or in parentheses). */
static bool phone_ok(const struct groups *g, size_t k, bool e164, bool paren_start)
{
	size_t n = 0, shortest = 99, x;

	for (x = 0; x < k; x++) {
		n += g->len[x];
		shortest = g->len[x] < shortest ? g->len[x] : shortest;
	}
	if (e164)
		return n >= 8 && n <= 15;
	if (paren_start && !g->paren_first)
		return false;
	return n >= 9 && n <= 12 && k >= 2 && k <= 5 && shortest >= 2 &&
	       (g->paren_first || g->len[0] >= 3);
}

/* At '+', '0' or '(': the longest run of groups that makes a phone number. */
size_t rd_phone(struct scan *sc, size_t i)
{
	unsigned char c = sc->s[i], p = rd_prev(sc, i), v[16];
	struct groups g;
	size_t k, e, x, nv;
	bool e164 = c == '+';

	if (rd_alnum(p) || p == '_' || p == '.' || p == '-' || p == '/' || p == ':' || p == '+')
		return 0;
	if (e164 ? !rd_digit(rd_at(sc, i + 1)) || rd_at(sc, i + 1) == '0' : c != '0' && c != '(')
		return 0;
	if (i >= 2 && i - 2 >= sc->done && (p == ' ' || p == '-') && rd_digit(sc->s[i - 2]))
		return 0; /* the tail of a longer digit group sequence */
	phone_groups(sc, i + e164, &g);
	for (k = g.n; k > 0; k--) {
		e = g.end[k - 1];
		if (!phone_ok(&g, k, e164, c == '(') || !ends_at(sc, e) ||
		    (k == g.n && (rd_at(sc, e) == '-' || rd_at(sc, e) == '/')))
			continue;
		for (x = i, nv = 0; x < e && nv < sizeof(v); x++)
			if (rd_digit(sc->s[x]))
				v[nv++] = sc->s[x];
		return rd_emit(sc, i, e, REDACT_PHONE, "<phone>", "phone", v, nv);
	}
	return 0;
}

/* ---- IP addresses ---- */

/* Parses a dotted quad at j; returns its end or 0. */
static size_t quad(const struct scan *sc, size_t j)
{
	unsigned v, k, oct;

	for (oct = 0; oct < 4; oct++) {
		if (oct && rd_at(sc, j++) != '.')
			return 0;
		for (k = 0, v = 0; k < 3 && rd_digit(rd_at(sc, j)); k++, j++)
			v = v * 10 + (sc->s[j] - '0');
		if (!k || v > 255 || (k > 1 && sc->s[j - k] == '0'))
			return 0;
	}
	return j;
}

size_t rd_ipv4(struct scan *sc, size_t i)
{
	size_t j = quad(sc, i);

	if (!j || rd_alnum(rd_at(sc, j)) || rd_at(sc, j) == '_' || rd_at(sc, j) == '-' ||
	    (rd_at(sc, j) == '.' && rd_digit(rd_at(sc, j + 1))))
		return 0; /* a port may follow, a fifth number may not */
	return rd_emit(sc, i, j, REDACT_IP, "<ip>", "ip", sc->s + i, j - i);
}

/* Full (8 groups) or compressed (one "::", 2-7 groups and a decimal digit, which
 * keeps "Db::add" out), optionally ending in a dotted quad. */
size_t rd_ipv6(struct scan *sc, size_t i)
{
	size_t j = i, k, groups = 0, q;
	bool dbl = false, digit = false;

	if (rd_prev(sc, i) == ':' || rd_prev(sc, i) == '.')
		return 0; /* the tail of something longer */
	if (sc->s[i] == ':') {
		if (rd_at(sc, i + 1) != ':')
			return 0;
		dbl = true;
		j += 2;
	}
	for (;;) {
		for (k = j; rd_hex(rd_at(sc, j)) && j - k < 5; j++)
			digit = digit || rd_digit(sc->s[j]);
		if (j == k)
			break;
		if (j - k > 4)
			return 0;
		if (rd_at(sc, j) == '.' && (q = quad(sc, k))) {
			j = q;
			groups += 2;
			break;
		}
		groups++;
		if (rd_at(sc, j) != ':')
			break;
		if (rd_at(sc, j + 1) == ':') {
			if (dbl)
				return 0;
			dbl = true;
			j += 2;
		} else if (rd_hex(rd_at(sc, j + 1))) {
			j++;
		} else {
			break;
		}
	}
	if (dbl ? groups < 2 || groups > 7 || !digit : groups != 8)
		return 0;
	if (rd_alnum(rd_at(sc, j)) || rd_at(sc, j) == '_' || rd_at(sc, j) == '.' ||
	    rd_at(sc, j) == ':' || (sc->s[j - 1] == ':' && rd_at(sc, j) == '<'))
		return 0; /* "fe80::" is not followed by a replacement of ours */
	return rd_emit(sc, i, j, REDACT_IP, "<ip>", "ip", sc->s + i, j - i);
}
