/* SPDX-License-Identifier: Apache-2.0 */
/*
 * redact.h - the redact stage: runs after reassemble and before process, so that
 * personal data and secrets never leave the host and fingerprints are computed on
 * redacted text. One pass over the bytes with cheap triggers; validators (Luhn,
 * IBAN mod-97, JWT header, ...) only on candidates. No regex engine.
 */
#ifndef LOGTAP_REDACT_H
#define LOGTAP_REDACT_H

#include <stddef.h>
#include <stdint.h>

#include "lib/buf.h"

enum redact_kind {
	REDACT_CARD = 0,   /* payment card numbers: 13-19 digits, IIN range, Luhn */
	REDACT_IBAN,	   /* IBAN: country length table, mod-97 */
	REDACT_EMAIL,	   /* e-mail addresses */
	REDACT_CREDENTIAL, /* URL passwords, Authorization/Bearer, password=/token=... values */
	REDACT_KEY,	   /* PEM private keys, AWS/GitHub/GitLab/Slack key shapes */
	REDACT_JWT,	   /* JSON Web Tokens */
	REDACT_PHONE,	   /* phone numbers (E.164 and national); off by default */
	REDACT_IP,	   /* IPv4/IPv6 addresses; off by default */
	REDACT_KIND_COUNT
};

#define REDACT_KINDS_ALL ((1u << REDACT_KIND_COUNT) - 1)
#define REDACT_KINDS_DEFAULT                                                                       \
	((1u << REDACT_CARD) | (1u << REDACT_IBAN) | (1u << REDACT_EMAIL) |                        \
	 (1u << REDACT_CREDENTIAL) | (1u << REDACT_KEY) | (1u << REDACT_JWT))

enum redact_mode {
	REDACT_MASK = 0, /* <email>, <card:****1111>, <iban:DE**>, <secret>, <jwt>, <phone>, <ip> */
	REDACT_HASH,	 /* <email:h:1a2b3c4d5e6f>: 48 bits of a keyed SipHash-2-4 of the value */
};

/* The longest replacement token written (the hash form is the longest). */
#define REDACT_TOKEN_MAX 32

struct redact_opts {
	uint32_t kinds; /* bit (1 << enum redact_kind) per kind to replace */
	enum redact_mode mode;
	const char *key_file; /* hash mode: file whose bytes (>= 16) are the key; borrowed */
};

/* The name of a kind as used by --redact and in metrics ("card", "iban", ...). */
const char *redact_kind_name(enum redact_kind k);
/* Parses a comma list of kind names, "all", "none" or "default" (combinable:
 * "default,phone"). 0, or -EINVAL on an unknown or empty name (kinds unchanged). */
int redact_parse_kinds(const char *list, uint32_t *kinds);
/* Parses "mask" or "hash". 0 or -EINVAL. */
int redact_parse_mode(const char *s, enum redact_mode *mode);

/* A redactor, immutable after creation (may be shared between threads). In hash
 * mode reads the key from o->key_file (never logged). NULL with errno set: EINVAL
 * (hash without key file, key shorter than 16 bytes), ENOMEM or the open/read error. */
struct redact *redact_new(const struct redact_opts *o);
/* Accepts NULL. Wipes the key. */
void redact_free(struct redact *r);

/* Scans text[0, len). When something is replaced, out is reset and receives the
 * whole redacted text (NUL-terminated), counts[kind] (REDACT_KIND_COUNT entries,
 * may be NULL) are incremented and the number of replacements is returned. When
 * nothing is found returns 0 and out is untouched. -ENOMEM on allocation failure.
 * Bytes outside replaced spans are copied unchanged (invalid UTF-8 and NULs too);
 * spans start and end on ASCII bytes, so no multibyte character is ever split.
 * The output is at most len + replacements * REDACT_TOKEN_MAX bytes. */
int redact_text(const struct redact *r, const char *text, size_t len, struct buf *out,
		uint64_t *counts);

/* Secrets that span events: a PEM private key block whose lines reassembly put in
 * several events of one writer. A carry remembers (bounded) the writers inside an
 * open block; owned by one thread. NULL with errno on failure. */
struct redact_carry *redact_carry_new(void);
/* Accepts NULL. */
void redact_carry_free(struct redact_carry *c);
/* As redact_text, for an event of writer (any stable 64-bit id of its stream): a
 * text that starts inside a block left open by that writer's previous event is
 * replaced up to the block's END line (or whole). */
int redact_text_carry(const struct redact *r, struct redact_carry *c, uint64_t writer,
		      const char *text, size_t len, struct buf *out, uint64_t *counts);

struct event;

/* Redacts e's message in place (after reassembly, before process): replaced only when
 * something was found; a message that cannot be scanned (no memory) becomes a marker
 * rather than going out unredacted. scratch is reused between calls. Returns the
 * replacements (0 or more; counts per kind are added to counts), or -errno when the
 * marker was put in. */
int redact_event(const struct redact *r, struct redact_carry *c, struct event *e,
		 struct buf *scratch, uint64_t counts[REDACT_KIND_COUNT]);

#endif
