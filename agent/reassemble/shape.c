// SPDX-License-Identifier: Apache-2.0
/*
 * shape.c - learns a writer's record header shape by a majority vote over the
 * shapes of the lines that begin its records, and answers whether a line has it.
 * A shape is the common prefix of the shapes that voted for it, so the message
 * text after a short header (`ERRO[0000] `) falls away as votes come in.
 */
#include "shape.h"

#include <string.h>

#include "ansi.h"

/* The token of each byte; 0: the byte itself, 1: ESC (a sequence to skip). */
static const char tok_of[256] = {
    [0x1b] = 1,	 ['0' ... '9'] = '0', ['A' ... 'Z'] = 'a',   ['a' ... 'z'] = 'a',
    [' '] = ' ', ['\t'] = ' ',	      [0x80 ... 0xff] = 'u',
};

static bool is_anchor(char t)
{
	return t != 'a' && t != ' ' && t != 'u';
}

void shape_key_of(struct shape_key *k, const char *s, size_t n)
{
	size_t i = 0, used = 0;
	char t, prev = 0;

	k->len = k->anchors = 0;
	while (i < n && used < SHAPE_BYTES) {
		t = tok_of[(unsigned char)s[i]];
		if (t == 1) {
			i += ansi_len(s + i, n - i);
			continue;
		}
		t = t ? t : s[i];
		i++;
		used++;
		if (t == prev && (t == '0' || t == 'a' || t == ' ' || t == 'u'))
			continue; /* runs collapse */
		k->tok[k->len++] = t;
		k->anchors += is_anchor(t);
		prev = t;
	}
}

/* Tokens shared by the beginnings of a and b. */
static uint8_t common(const struct shape_key *a, const struct shape_key *b)
{
	uint8_t i, n = a->len < b->len ? a->len : b->len;

	for (i = 0; i < n && a->tok[i] == b->tok[i]; i++)
		;
	return i;
}

bool shape_has(const struct shape *sh, const struct shape_key *k)
{
	const struct shape_key *l = &sh->learned.key;

	return l->len && k->len >= l->len && !memcmp(k->tok, l->tok, l->len);
}

static uint8_t anchors_in(const struct shape_key *k, uint8_t len)
{
	uint8_t i, a = 0;

	for (i = 0; i < len; i++)
		a += is_anchor(k->tok[i]);
	return a;
}

/* One vote: the candidate narrows to what it shares with k, or loses a point when what
 * they share is not a header any more (fewer than half its anchors, or fewer than 2). */
static void vote(struct shape_vote *v, const struct shape_key *k)
{
	uint8_t c, a;

	if (!v->hits) {
		v->key = *k;
		v->hits = 1;
		return;
	}
	c = common(&v->key, k);
	a = anchors_in(&v->key, c);
	if (a >= 2 && a * 2 >= v->key.anchors) {
		v->key.len = c;
		v->key.anchors = a;
		v->hits += v->hits < UINT8_MAX;
	} else {
		v->hits--;
	}
}

bool shape_vote_start(struct shape *sh, const struct shape_key *k)
{
	if (shape_has(sh, k)) {
		sh->cand.hits = 0; /* the learned shape is alive: a rival starts over */
		sh->learned.hits += sh->learned.hits < UINT8_MAX;
		return false;
	}
	if (k->anchors < 2)
		return false;
	vote(&sh->cand, k);
	if (shape_known(sh) ? sh->cand.hits < SHAPE_SWITCH
			    : sh->cand.hits < SHAPE_LEARN &&
				  (sh->cand.hits < 2 || sh->cand.key.anchors < SHAPE_STRONG))
		return false;
	sh->relearns += shape_known(sh);
	sh->learned = sh->cand;
	sh->cand.hits = 0;
	return true;
}

void shape_reset(struct shape *sh)
{
	memset(sh, 0, sizeof(*sh));
}
