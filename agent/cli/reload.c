// SPDX-License-Identifier: Apache-2.0
/*
 * reload.c - SIGHUP: the command line, environment and config file read again, and
 * what changed applied live where the stages allow it (path rules, filters, NATS,
 * log level); the rest is logged as needing a restart. Runs on the main loop, between
 * two drains, so no stage is in the middle of a record.
 */
#include <errno.h>
#include <string.h>

#include "app.h"
#include "files/files.h"
#include "lib/log.h"
#include "ship/ship.h"

void app_set_rules(struct app *a)
{
	struct lt_options *o = &a->o;

	a->paths = (struct paths_opts){ o->paths.v, o->paths.n, o->excludes.v, o->excludes.n,
					o->no_default_paths };
	a->filter = (struct filter_opts){ &o->containers, &o->pods, &o->namespaces, &o->labels,
					  o->pid_values, o->pids.n };
}

struct changes {
	bool rules, filters, ship, log;
};

static bool name_in(const char *name, const char *const *set)
{
	for (; *set; set++) {
		if (!strncmp(name, *set, strlen(*set)))
			return true;
	}
	return false;
}

/* Sorts a changed option into what reload applies; the groups here are the one list of
 * options SIGHUP applies live (docs/operations.md), any other one takes a restart. */
static void note_change(void *ctx, const char *name)
{
	static const char *const rules[] = { "path", "exclude", "no-default-paths", NULL };
	static const char *const filters[] = { "container", "pod", "namespace", "label", NULL };
	static const char *const ship[] = { "nats-", "tls-", "subject", "jetstream", "spool-", NULL };
	struct changes *c = ctx;
	bool rule = name_in(name, rules), filter = name_in(name, filters);
	bool nats = name_in(name, ship), level = !strcmp(name, "log-level");

	if (!rule && !filter && !nats && !level && strcmp(name, "config")) {
		log_warn("agent: SIGHUP: --%s changed, which takes a restart; the old value stays",
			 name);
		return;
	}
	log_info("agent: SIGHUP: --%s changed", name);
	c->rules |= rule;
	c->filters |= filter;
	c->ship |= nats;
	c->log |= level;
}

#define SWAP(x, y)                                                                                 \
	do {                                                                                       \
		__typeof__(x) swap_tmp = (x);                                                      \
		(x) = (y);                                                                         \
		(y) = swap_tmp;                                                                    \
	} while (0)

/* A new ship with n's NATS settings; the old one is closed first (one spool user at a
 * time). If the new one cannot start, the old settings come back. */
static void reload_ship(struct app *a, struct lt_options *n)
{
	if (!a->ship)
		return;
	if (ship_close(a->ship))
		log_warn("agent: SIGHUP: some events could not be shipped or spooled");
	ship_free(a->ship);
	SWAP(a->o.nats, n->nats);
	SWAP(a->o.ship, n->ship);
	app_ship_new(a);
	if (a->ship)
		return;
	log_error("agent: SIGHUP: the new NATS settings do not work (above); back to the old ones");
	SWAP(a->o.nats, n->nats);
	SWAP(a->o.ship, n->ship);
	app_ship_new(a);
	if (!a->ship)
		log_error("agent: NATS is unavailable: %s; events are lost until a restart",
			  strerror(errno));
}

void app_reload(struct app *a)
{
	struct lt_options n;
	struct changes c = { 0 };

	log_info("agent: SIGHUP: reading the configuration again");
	if (options_parse(&n, a->argc, a->argv)) {
		log_error("agent: SIGHUP: the configuration has errors (above); nothing changed");
		options_free(&n);
		return;
	}
	options_changed(&a->o, &n, note_change, &c);
	if (c.rules) {
		SWAP(a->o.paths, n.paths);
		SWAP(a->o.excludes, n.excludes);
		a->o.no_default_paths = n.no_default_paths;
		app_set_rules(a);
		files_rules_changed(a->files);
	}
	if (c.filters) {
		SWAP(a->o.containers, n.containers);
		SWAP(a->o.pods, n.pods);
		SWAP(a->o.namespaces, n.namespaces);
		SWAP(a->o.labels, n.labels);
	}
	if (c.ship)
		reload_ship(a, &n);
	if (c.log)
		log_setup(n.log_level_value, a->o.log_format && !strcmp(a->o.log_format, "json"));
	options_free(&n);
}
