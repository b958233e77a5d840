// SPDX-License-Identifier: Apache-2.0
/*
 * process.c - PLACEHOLDER until the rule engine lands: no derived fields.
 */
#include "process.h"

int process_event(struct event *e)
{
	return 0;
}
