// SPDX-License-Identifier: Apache-2.0
/*
 * decide.c - where a writer's records start: the rules' actions, overruled by the
 * writer's --record-start override, its learned header shape and whether its writes
 * carry one record each. reassemble.c builds the records from these answers.
 */
#include "reasm_int.h"

#include "record_start.h"

/* Takes what a matching rule says about state, language and trace. */
void decide_apply(struct wstate *w, const struct rule *ru)
{
	if (ru->next != RS_KEEP)
		w->state = ru->next;
	if (ru->flags & RF_TRACE)
		w->trace = true;
	if (ru->lang && (!w->lang || ((ru->flags & RF_STRONG) && !w->lang_strong))) {
		w->lang = ru->lang;
		w->lang_strong = ru->flags & RF_STRONG;
	}
}

/* Digits and letters as classes, other bytes as themselves. */
uint8_t decide_first_class(const struct rules_view *v)
{
	unsigned char c = (unsigned char)v->s[0];

	if (c >= '0' && c <= '9')
		return '0';
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 'a' : c;
}

/* A writer whose recent records all began where its writes began writes one record per
 * write: a line inside a write that does not look like its record starts (first byte of
 * another class, no start rule) continues the record, e.g. the second line of a message.
 * Only the latest HIST_STARTS starts count: one start cut wrongly early is forgotten. */
#define ALIGNED_AFTER 4 /* record starts seen before a writer counts as aligned */
#define HIST_STARTS   16

/* The bits of sow_hist that hold starts. */
static uint16_t hist_mask(const struct wstate *w)
{
	return w->starts >= HIST_STARTS ? 0xffff : (uint16_t)((1u << w->starts) - 1);
}

/* A writer that has recently begun a record inside a write puts several records into a
 * write: where its writes begin says nothing about where records begin. */
bool decide_buffered(const struct wstate *w)
{
	return (w->sow_hist & hist_mask(w)) != hist_mask(w);
}

static bool continues_write(const struct wstate *w, const struct rules_view *v)
{
	if (v->sow || v->ind || w->starts < ALIGNED_AFTER || decide_buffered(w))
		return false;
	return decide_first_class(v) != w->start_class && !rules_find(RS_NONE, v);
}

const struct shape_key *decide_seen_key(struct seen *sn)
{
	if (!sn->keyed) {
		shape_key_of(&sn->k, sn->t, sn->n);
		sn->keyed = true;
	}
	return &sn->k;
}

/* Does a record start vote for the writer's header shape? Write starts of a write-aligned
 * writer, any start of a buffered or new writer. Once a shape is known, an aligned writer's
 * starts (not decided by the shape) vote one in VOTE_EVERY: enough to notice a new header. */
#define VOTE_EVERY  8
#define TRACE_START (RF_TRACE | RF_STRONG)

bool decide_votes(const struct wstate *w, bool sow)
{
	return !w->start_re && (decide_buffered(w) || w->starts < ALIGNED_AFTER ||
				(sow && (!shape_known(&w->shape) || w->starts % VOTE_EVERY == 0)));
}

/* What a line does to the pending record: with a --record-start override, its regex
 * alone; else the rules, overruled by the learned header shape: a line without the
 * writer's header continues the record, unless it began a write of a write-aligned writer
 * (write boundaries stay hints), or it began a write with a runtime's own trace header (a
 * Go panic next to a bufio logger), or it carries a new header the writer switched to. */
unsigned decide_action(struct wstate *w, struct seen *sn, const struct rule *ru, bool hint)
{
	unsigned act = ru ? ru->act : rules_default[w->state];

	if (w->start_re)
		return record_start_match(w->start_re, sn->t) ? ACT_START : ACT_CONT;
	if (!ru && act == ACT_START && continues_write(w, &sn->v))
		return ACT_CONT;
	if ((act != ACT_START && act != ACT_ONE) || hint || !shape_known(&w->shape))
		return act;
	if (shape_has(&w->shape, decide_seen_key(sn)))
		return act;
	if (sn->sow && (ru = rules_find(RS_NONE, &sn->v)) && ru->act == ACT_START &&
	    (ru->flags & TRACE_START) == TRACE_START)
		return act;
	if (decide_buffered(w) && shape_vote_start(&w->shape, &sn->k))
		return act;
	return ACT_CONT;
}
