/* SPDX-License-Identifier: Apache-2.0 */
/*
 * option_table.h - the shape of the option and mode tables (option_table.c), shared by
 * options.c, which parses with them. Not for the stages: they take their own structs.
 */
#ifndef LOGTAP_OPTION_TABLE_H
#define LOGTAP_OPTION_TABLE_H

#include <stddef.h>

#include "options.h"

/* `logtap check` takes every agent option: it checks an agent configuration */
#define M_CHECK (1u << MODE_CHECK)
#define M_AGENT ((1u << MODE_AGENT) | M_CHECK)
#define M_CAPTURE (1u << MODE_CAPTURE)
#define M_REPLAY (1u << MODE_REPLAY)
#define M_LIVE (M_AGENT | M_CAPTURE)
#define M_ALERT (1u << MODE_ALERT)
#define M_TAIL (1u << MODE_TAIL)
#define M_NATS (M_AGENT | M_ALERT | M_TAIL)
#define M_ALL (M_AGENT | M_CAPTURE | M_REPLAY)
#define M_EVERY (M_ALL | M_ALERT | M_TAIL)

enum opt_type { OT_BOOL, OT_STR, OT_LIST, OT_SIZE, OT_UINT, OT_MS, OT_SECONDS };

struct opt_def {
	const char *name;  /* long flag, config key; env is LOGTAP_<NAME> */
	char short_name;   /* or 0 */
	enum opt_type type;
	size_t off;	   /* offset in struct lt_options */
	unsigned modes;	   /* M_* that accept it */
	const char *arg;   /* metavar for help, NULL for booleans */
	const char *help;
};


#define OPT_MAX 128 /* rows at most (a parse keeps a rank per row) */

extern const struct opt_def opt_defs[];
extern const size_t opt_count;

struct mode_def {
	const char *name;
	enum lt_mode mode;
	const char *usage;
	const char *about;
};

extern const struct mode_def mode_defs[];
extern const size_t mode_count;

#endif
