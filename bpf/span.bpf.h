/* SPDX-License-Identifier: GPL-2.0 OR Apache-2.0 */
/*
 * span.bpf.h - writes joined into spans. A thread appending to a read-back file keeps
 * the span of its latest writes in its task storage, and one SPAN record goes out for
 * up to LT_SPAN_WRITES of them, with where each began: userspace still sees every
 * write's bounds, the writer pays one ring write for many. Small copied writes join the
 * same way, their bytes kept beside the span (a WRITES record). A span goes out when
 * the thread's next write does not continue it (another file, a gap, another kind of
 * write, full, older than span_age_ns), before another thread's record for the same
 * stream, when the thread exits, and when userspace runs the flush iterator for
 * writers that went quiet. tp_btf only; included by capture.bpf.c.
 *
 * Only the owning thread writes a span's fields. Its state word says who may touch it:
 * a live span (end offset and number of writes) is extended by the owner with a compare
 * and swap; whoever sends it first claims it (BUSY) with one, after reserving its record,
 * so anything the owner writes later lands behind it in the ring.
 */
#ifndef LOGTAP_SPAN_BPF_H
#define LOGTAP_SPAN_BPF_H

#include "state.bpf.h"
#include "copy.bpf.h"

#define PEND_EMPTY 0ull
#define PEND_BUSY 1ull		    /* being sent by whoever claimed it */
#define PEND_LIVE (1ull << 63)	    /* | writes << PEND_N_SHIFT | end offset */
#define PEND_N_SHIFT 48
#define PEND_END ((1ull << PEND_N_SHIFT) - 1)

/* How long a span may wait for more writes, from its first write's time (a constant
 * in .rodata: userspace could set it, none does). */
const volatile __u64 span_age_ns = 50000000;

struct pend {
	__u64 state;
	__u64 file; /* struct file the writes went through */
	__u64 mm;   /* the thread's address space then: an exec ends the span */
	__u64 made; /* 1 once counted in lt_stats.span_allocs (0 in a new one) */
	__u32 starts[LT_SPAN_WRITES]; /* where each write began, from hdr.offset */
	struct lt_hdr hdr; /* the first write's: type SPAN, offset = where the span begins;
			    * or type DATA for copied writes, offset 0 */
	/* the copied writes' bytes; the slack past LT_JOIN_BYTES lets the verifier see
	 * that a write of up to LT_JOIN_WRITE_MAX at any offset below it fits */
	__u8 data[LT_JOIN_BYTES + LT_JOIN_WRITE_MAX];
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct pend);
} pends SEC(".maps");

/* The thread whose span of a process's file began last (struct gap_key: the stream).
 * A record of another thread of the process for that file first sends that span, so
 * the stream's records stay in the order written (a logger writing from many threads
 * under its lock: each write sends the previous thread's). With the time each span
 * began, userspace sees whether one waits for a quiet writer before it walks every
 * task. An LRU: a forgotten entry lets a span go out later than another thread's next
 * record, and leaves it to the walk every few seconds. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, struct gap_key);
	__type(value, struct lt_span_thread);
} span_threads SEC(".maps");

extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

/* Live spans (approximate: a count for userspace to skip the iterator when 0). */
volatile __s64 pends_live = 0;

struct span_rec {
	struct lt_hdr hdr;
	__u32 starts[LT_SPAN_WRITES];
};

static __always_inline __u64 pend_writes(__u64 s)
{
	return (s >> PEND_N_SHIFT) & 0x7fff;
}

/* The span of thread h->pid on h's stream went out: userspace need not wait for it. */
static __always_inline void span_gone(const struct lt_hdr *h)
{
	struct gap_key k = { .ino = h->ino, .dev = h->dev, .tgid = h->tgid };
	struct lt_span_thread *o = bpf_map_lookup_elem(&span_threads, &k);

	if (o && o->tid == h->pid)
		o->since_ns = 0;
}

/* The record of the span of p (state s) into r, of the ring of epoch (a SPAN record;
 * pend_send_copies then sets the type and the payload of copied writes). */
static __always_inline void span_header(struct lt_hdr *r, const struct pend *p, __u64 s,
					__u64 epoch)
{
	__u64 n = pend_writes(s);

	__builtin_memcpy(r, &p->hdr, sizeof(*r));
	r->type = LT_REC_SPAN;
	r->write_len = (s & PEND_END) - p->hdr.offset;
	r->len = n > 1 ? n * sizeof(__u32) : 0;
	r->flags = LT_F_FIRST | LT_F_LAST;
	stamp(r, epoch);
}

/* The span of p (state s) could not be sent: lost, its bytes a gap on the stream's
 * next record. */
static __always_inline void pend_lost(struct pend *p, __u64 s, struct lt_stats *st)
{
	__u64 len = (s & PEND_END) - p->hdr.offset; /* the fields are read after the claim */

	st->lost_records++;
	st->lost_bytes += len;
	gap_add(p->hdr.tgid, p->hdr.dev, p->hdr.ino, len + p->hdr.gap_bytes);
}

/* pend_send for copied writes: one DATA record as the write would have made alone, or
 * a WRITES record with where each began and the bytes of all. */
static __always_inline bool pend_send_copies(struct pend *p, __u64 s, struct lt_stats *st)
{
	__u64 n = pend_writes(s), len = s & PEND_END, epoch = 0, starts;
	struct lt_hdr *r = NULL;
	struct bpf_dynptr d;
	long err;

	if (n > LT_SPAN_WRITES)
		n = LT_SPAN_WRITES;
	if (len > LT_JOIN_BYTES)
		len = LT_JOIN_BYTES; /* never: the owner keeps it below */
	starts = n > 1 ? n * sizeof(__u32) : 0;
	err = ring_reserve_dynptr(&epoch, sizeof(*r) + starts + len, &d);
	if (__sync_val_compare_and_swap(&p->state, s, PEND_BUSY) != s) {
		bpf_ringbuf_discard_dynptr(&d, BPF_RB_NO_WAKEUP);
		return false;
	}
	span_gone(&p->hdr);
	/* a record is sent whole or not at all: never with bytes the ring held before */
	if (!err && !(starts && bpf_dynptr_write(&d, sizeof(*r), p->starts, starts, 0)) &&
	    !bpf_dynptr_write(&d, sizeof(*r) + starts, p->data, len, 0))
		r = bpf_dynptr_data(&d, 0, sizeof(*r));
	if (!r) {
		bpf_ringbuf_discard_dynptr(&d, BPF_RB_NO_WAKEUP);
		pend_lost(p, s, st);
		return true;
	}
	span_header(r, p, s, epoch);
	r->type = n > 1 ? LT_REC_WRITES : LT_REC_DATA;
	r->write_len = len;
	r->len = starts + len;
	bpf_ringbuf_submit_dynptr(&d, rb_flags(!(epoch & 1), p->hdr.write_id >> LT_CPU_BITS));
	st->bytes += len;
	return true;
}

/* Sends the span of p whose state was s, when it can claim it (true; the state is
 * then BUSY, for the caller to set). The record is reserved before the claim: a
 * record the owner reserves after seeing the claim comes behind it. A span of one
 * write is a bare header, as one sent alone. A span that does not fit is counted lost,
 * and its bytes ride on the stream's next record as a gap. */
static __always_inline bool pend_send(struct pend *p, __u64 s, struct lt_stats *st)
{
	__u64 epoch = 0;
	struct span_rec *many = NULL;
	struct lt_hdr *one = NULL;

	if (p->hdr.type != LT_REC_SPAN)
		return pend_send_copies(p, s, st);
	if (pend_writes(s) > 1)
		many = ring_reserve(&epoch, sizeof(*many));
	else
		one = ring_reserve(&epoch, sizeof(*one));
	if (__sync_val_compare_and_swap(&p->state, s, PEND_BUSY) != s) {
		if (many)
			bpf_ringbuf_discard(many, BPF_RB_NO_WAKEUP);
		if (one)
			bpf_ringbuf_discard(one, BPF_RB_NO_WAKEUP);
		return false;
	}
	span_gone(&p->hdr);
	if (many) {
		span_header(&many->hdr, p, s, epoch);
		__builtin_memcpy(many->starts, p->starts, sizeof(many->starts));
		bpf_ringbuf_submit(many, rb_flags(!(epoch & 1), p->hdr.write_id >> LT_CPU_BITS));
	} else if (one) {
		span_header(one, p, s, epoch);
		bpf_ringbuf_submit(one, rb_flags(!(epoch & 1), p->hdr.write_id >> LT_CPU_BITS));
	} else {
		pend_lost(p, s, st);
	}
	return true;
}

/* Sends a live span, which then stays claimed (BUSY) for the caller: true when it did. */
static __always_inline bool pend_take(struct pend *p, struct lt_stats *st)
{
	__u64 s = p->state;

	if (!(s & PEND_LIVE) || !pend_send(p, s, st))
		return false;
	__sync_fetch_and_add(&pends_live, -1);
	return true;
}

/* Sends a live span and leaves it empty (the owner before another record, another
 * thread before its record on the stream, the iterator). */
static __always_inline void pend_flush(struct pend *p, struct lt_stats *st)
{
	if (pend_take(p, st))
		__sync_lock_test_and_set(&p->state, PEND_EMPTY);
}

/* The owner's span, if it has one, goes out before the task's next record. */
static __always_inline void pend_flush_own(struct task_struct *task, struct lt_stats *st)
{
	struct pend *p = bpf_task_storage_get(&pends, task, 0, 0);

	if (p)
		pend_flush(p, st);
}

/* Lets go of the task storage p of task, that of a thread gone quiet or exiting, after
 * sending its span: 8 KiB of kernel memory each, made again at the thread's next write.
 * Only when it claims it (BUSY, for good if the delete works): an owner that took p
 * before the delete sees it busy and sends its write alone, never into storage let go
 * (which the kernel frees only after every program that may hold it has run). An
 * exiting thread's storage goes with it even if the delete fails. */
static __always_inline void pend_release(struct task_struct *task, struct pend *p,
					 struct lt_stats *st, bool exiting)
{
	if (!pend_take(p, st) &&
	    __sync_val_compare_and_swap(&p->state, PEND_EMPTY, PEND_BUSY) != PEND_EMPTY)
		return; /* neither a live span sent nor an empty one claimed */
	if (!bpf_task_storage_delete(&pends, task) || exiting)
		st->span_frees++;
	else
		__sync_lock_test_and_set(&p->state, PEND_EMPTY);
}

/* Whether the live span of p (state s), of record type, may take one more write through
 * f: room for it, the same open file, address space and mount namespace, and young. */
static __always_inline bool pend_continues(const struct pend *p, __u64 s, __u32 type,
					   struct task_struct *task, struct file *f,
					   __u64 mntns, __u64 now_ns)
{
	return (s & PEND_LIVE) && p->hdr.type == type && pend_writes(s) < LT_SPAN_WRITES &&
	       p->file == (__u64)f && p->mm == (__u64)task->mm && p->hdr.mntns == mntns &&
	       now_ns - p->hdr.ts_ns <= span_age_ns;
}

/* The write [off, off + ret) through f joins the task's span, when that span ends
 * where the write began and the write changes nothing the span's header says. */
static __always_inline bool pend_extend(struct task_struct *task, struct file *f, __u64 off,
					long ret, __u64 mntns, __u32 truncs, __u64 now_ns)
{
	struct pend *p = bpf_task_storage_get(&pends, task, 0, 0);
	__u64 s, n, span_max = max_write < LT_SPAN_BYTES ? max_write : LT_SPAN_BYTES;

	if (!p)
		return false;
	s = p->state;
	n = pend_writes(s);
	if (!pend_continues(p, s, LT_REC_SPAN, task, f, mntns, now_ns) ||
	    (s & PEND_END) != off || p->hdr.truncs != truncs ||
	    off + ret - p->hdr.offset > span_max)
		return false;
	/* before the swap that publishes it, which orders it for a claimer */
	p->starts[n & (LT_SPAN_WRITES - 1)] = (__u32)(off - p->hdr.offset);
	return __sync_val_compare_and_swap(&p->state, s,
					   PEND_LIVE | (n + 1) << PEND_N_SHIFT | (off + ret)) == s;
}

/* A copied write of ret bytes at buf through fd (f) joins the task's copied writes,
 * when they went through the same descriptor and its bytes fit: read into the span's
 * bytes past the published end, then published with the swap. */
static __always_inline bool join_extend(struct task_struct *task, struct file *f, __u32 fd,
					__u64 buf, long ret, __u64 mntns, __u64 now_ns)
{
	struct pend *p = bpf_task_storage_get(&pends, task, 0, 0);
	__u64 s, n, off, len = (__u64)ret & (2 * LT_JOIN_WRITE_MAX - 1);

	if (!p || len != (__u64)ret || len > LT_JOIN_WRITE_MAX)
		return false;
	s = p->state;
	n = pend_writes(s);
	off = s & PEND_END;
	if (!pend_continues(p, s, LT_REC_DATA, task, f, mntns, now_ns) ||
	    off + len > LT_JOIN_BYTES || p->hdr.fd != fd)
		return false;
	if (read_user_bounced(p->data + (off & (LT_JOIN_BYTES - 1)), len, buf))
		return false;
	p->starts[n & (LT_SPAN_WRITES - 1)] = (__u32)off;
	return __sync_val_compare_and_swap(&p->state, s,
					   PEND_LIVE | (n + 1) << PEND_N_SHIFT | (off + len)) == s;
}

/* Before a record of thread h->pid for the stream of h: the span of the thread that
 * began one last on it goes out, if that is another thread. take: h->pid's span on it
 * begins now. */
static __always_inline void pend_order(const struct lt_hdr *h, struct lt_stats *st, bool take)
{
	struct gap_key k = { .ino = h->ino, .dev = h->dev, .tgid = h->tgid };
	struct lt_span_thread *o = bpf_map_lookup_elem(&span_threads, &k), n = {};
	struct task_struct *t;
	struct pend *q;

	if (o && o->tid != h->pid) {
		t = bpf_task_from_pid((s32)o->tid);
		if (t) {
			q = bpf_task_storage_get(&pends, t, 0, 0);
			if (q)
				pend_flush(q, st);
			bpf_task_release(t);
		}
	}
	if (!take)
		return;
	if (o) {
		o->tid = h->pid;
		o->since_ns = h->ts_ns;
		return;
	}
	n.tid = h->pid;
	n.since_ns = h->ts_ns;
	bpf_map_update_elem(&span_threads, &k, &n, BPF_ANY);
}

/* The write of header h through f starts the task's span, the one it had going out
 * first: a read-back write (type SPAN, write_len bytes ending at the file position),
 * or a copied one of write_len bytes at buf (type DATA, at most LT_JOIN_WRITE_MAX).
 * False when it cannot (no storage, the iterator is sending the old one right now, the
 * bytes could not be read): the caller sends it alone. */
static __always_inline bool pend_start(struct task_struct *task, struct file *f,
				       const struct lt_hdr *h, __u64 buf, struct lt_stats *st)
{
	struct pend *p = bpf_task_storage_get(&pends, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	__u64 s, len = h->write_len & (2 * LT_JOIN_WRITE_MAX - 1);

	if (!p)
		goto alone;
	s = p->state;
	if (s & PEND_LIVE) {
		if (!pend_send(p, s, st))
			goto alone;
	} else if (s == PEND_EMPTY && __sync_val_compare_and_swap(&p->state, s, PEND_BUSY) == s) {
		/* claimed, not just seen empty: the walk lets go only of storage it claims */
		__sync_fetch_and_add(&pends_live, 1);
	} else {
		goto alone;
	}
	if (!p->made) {
		p->made = 1;
		st->span_allocs++;
	}
	if (h->type != LT_REC_SPAN &&
	    (len > LT_JOIN_WRITE_MAX || read_user_bounced(p->data, len, buf))) {
		__sync_lock_test_and_set(&p->state, PEND_EMPTY);
		__sync_fetch_and_add(&pends_live, -1);
		goto alone;
	}
	pend_order(h, st, true);
	p->file = (__u64)f;
	p->mm = (__u64)task->mm;
	__builtin_memcpy(&p->hdr, h, sizeof(p->hdr));
	if (h->type != LT_REC_SPAN)
		p->hdr.offset = 0; /* the state's end counts the bytes */
	p->starts[0] = 0;
	/* the swap orders the fields before the state for a claimer */
	__sync_lock_test_and_set(&p->state, PEND_LIVE | 1ull << PEND_N_SHIFT |
						    (p->hdr.offset + h->write_len));
	return true;
alone:
	pend_order(h, st, false);
	return false;
}

#endif
