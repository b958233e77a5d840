/* SPDX-License-Identifier: Apache-2.0 */
/*
 * app.h - the wiring main.c builds: every stage of one running pipeline, the options
 * it came from, and the output. Shared by main.c, reload.c and pinned.c only.
 */
#ifndef LOGTAP_APP_H
#define LOGTAP_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "enrich/filter.h"
#include "files/paths.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "options.h"

struct app {
	struct lt_options o;
	struct paths_opts paths;   /* log file rules */
	struct filter_opts filter; /* capture filters on enriched events */
	struct capture *cap;	   /* NULL in replay */
	struct recorder *rec;	   /* --write FILE, or NULL */
	struct files *files;	   /* file identity: path and verdict */
	struct streams *streams;
	struct reasm *reasm;
	struct redact *redact;	   /* NULL with --redact none */
	struct redact_carry *carry; /* writers inside a PEM block split over events */
	struct buf redacted;	   /* the redacted text of the latest event */
	struct enrich *enrich;
	struct ship *ship;	   /* agent mode only */
	struct metrics_server *metrics;
	struct buf out;		   /* encoded event */
	bool text;		   /* -o text */
	bool color;		   /* ANSI colors on a terminal */
	uint64_t replay_tick_ns;   /* replay: recorded time of the last tick */
	uint64_t events;	   /* events written or shipped */
	struct log_limit lim_out;  /* "event not written" messages */
	int argc;		   /* the command line, parsed again on SIGHUP */
	char **argv;
};

/* Points the path rules and filters at the option lists (again after a SIGHUP). */
void app_set_rules(struct app *a);
/* SIGHUP: reads the configuration again and applies what can change live. */
void app_reload(struct app *a);

/* pinned.c: the bpffs folder the agent pins in, NULL for other modes or with
 * --bpf-pin-dir none (or ""). */
const char *app_pin_dir(const struct lt_options *o);
/* After the pipeline is built: metrics of what capture found, and ship's progress as
 * what lets the pinned ring go. */
void app_pin_start(struct app *a);
/* enrich_opts' keep and recall: containers of cgroup ids kept with the pinned capture
 * (ctx: the app). */
struct cg_container;
void app_keep_ctr(void *ctx, uint64_t cgid, const struct cg_container *cg);
bool app_recall_ctr(void *ctx, uint64_t cgid, struct cg_container *out);
/* A new ship: connected to the capture's ring (ship_set_may_wait). */
void app_ship_new(struct app *a);
/* Says at exit that a pinned capture goes on without the agent. */
void app_pin_stop(struct app *a);
/* The pinned capture's gauges and counters (with the other capture metrics). */
void app_pin_metrics(struct app *a);
/* agent --unpin: removes every pinned capture. Exit status. */
int app_unpin(const struct lt_options *o);

#endif
