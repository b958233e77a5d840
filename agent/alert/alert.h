/* SPDX-License-Identifier: Apache-2.0 */
/*
 * alert.h - `logtap alert`: a consumer of the agents' JetStream stream that turns
 * new and surging exception fingerprints into Alertmanager alerts (docs/alerting.md).
 */
#ifndef LOGTAP_ALERT_H
#define LOGTAP_ALERT_H

#include "cli/options.h"

/* Runs until SIGINT or SIGTERM. 0, or -errno when it could not start (logged). */
int alert_main(const struct lt_options *o);

#endif
