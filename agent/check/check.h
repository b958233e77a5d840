/* SPDX-License-Identifier: Apache-2.0 */
/*
 * check.h - `logtap check`: tries the agent's configuration against the real
 * world (config, subject template, credential and TLS files, NATS, publish
 * permissions, the JetStream stream, BPF attach, runtime sockets, the spool) and
 * prints one line per check on stdout: "ok", "warn", "skip" or "FAIL".
 */
#ifndef LOGTAP_CHECK_H
#define LOGTAP_CHECK_H

#include <stdarg.h>

#include "lib/buf.h"
#include "lib/event.h"
#include "cli/options.h"
#include "ship/subject.h"

/* Runs every check for the agent options o. The exit status: 0 when nothing failed,
 * 1 otherwise. */
int check_main(const struct lt_options *o);
/* Prints the FAIL line for options that did not parse (their reason is already on
 * stderr); main then exits with 2. */
void check_parse_failed(void);

/* ---- shared by the check files ---- */

enum check_status { CHECK_OK, CHECK_WARN, CHECK_SKIP, CHECK_FAIL };

/* One run: counts what failed. */
struct check_run {
	const struct lt_options *o;   /* borrowed */
	char host[256];		      /* {host} of the subject: --hostname or the node name */
	char subject[SUBJECT_MAX];    /* the sample event's subject, "" if none */
	char pattern[SUBJECT_MAX];    /* every subject of the template, placeholders as "*" */
	struct buf probe;	      /* the sample event as JSON (the publish probe); owned */
	char probe_id[EV_ID_LEN + 1]; /* its event_id, sent as Nats-Msg-Id */
	int failed;		      /* FAIL lines printed */
};

/* Prints "<status> <name>: <text>" and counts failures. */
void check_say(struct check_run *r, enum check_status st, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* check_nats.c: creds / nkey / TLS files, connect, permissions, probe, JetStream. */
void check_nats(struct check_run *r);
/* check_host.c: BPF attach and detach, container runtimes, the spool directory. */
void check_bpf(struct check_run *r);
/* What is pinned under --bpf-pin-dir, and whether an agent owns it (its flock). */
void check_pins(struct check_run *r);
void check_runtimes(struct check_run *r);
void check_spool(struct check_run *r);

#endif
