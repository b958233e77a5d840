/* SPDX-License-Identifier: Apache-2.0 */
/*
 * process.h - fills the derived fields of an event after reassembly: level
 * (from the text, JSON level fields, else error for traces, else unknown),
 * exception type, message, language and a stable fingerprint.
 */
#ifndef LOGTAP_PROCESS_H
#define LOGTAP_PROCESS_H

#include "lib/event.h"

/* Sets level and, for traces and documents, the exception fields and fingerprint.
 * Fields already set by reassemble are kept. 0 or -ENOMEM. */
int process_event(struct event *e);

#endif
