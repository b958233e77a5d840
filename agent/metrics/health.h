/* SPDX-License-Identifier: Apache-2.0 */
/*
 * health.h - what /healthz and /readyz answer. The stages report facts (the main
 * loop turned, the ring was drained, the BPF program is attached, NATS is or is not
 * connected and why); the metrics thread judges them when a probe asks.
 */
#ifndef LOGTAP_HEALTH_H
#define LOGTAP_HEALTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HEALTH_LOOP_MAX_NS  (10ull * 1000000000ull) /* main loop silent longer: not alive */
#define HEALTH_DRAIN_MAX_NS (5ull * 1000000000ull)  /* ring not drained longer: not ready */

/* Monotonic time of the latest main loop turn and ring drain (main thread). */
void health_loop(uint64_t now_ns);
void health_drained(uint64_t now_ns);
/* The BPF program is attached (true) or detached. */
void health_attached(bool attached);
/* NATS is configured, and the spool's bound, for readiness; from ship at start. */
void health_nats_configured(uint64_t spool_max_bytes);
/* Why NATS is not connected ("" once it is): the last connect error, from any thread. */
void health_nats_reason(const char *reason);

/* Liveness: true, or false with a one-line reason in why. */
bool health_live(uint64_t now_ns, char *why, size_t size);
/* Readiness: attached, draining, and NATS connected or the spool below its bound. */
bool health_ready(uint64_t now_ns, char *why, size_t size);

#endif
