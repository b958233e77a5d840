/* SPDX-License-Identifier: Apache-2.0 */
/*
 * pin.h - where a pinned capture lives under bpffs: one folder per version and
 * settings (v<abi>-<hash>) holding the maps, the ring buffer and the links, next to
 * the "active" map all versions share. Mounting bpffs when it is absent, finding an
 * older version to hand over from, and removing everything (logtap agent --unpin).
 * Used by capture.c, and by capture_pin_report for `logtap check`.
 */
#ifndef LOGTAP_PIN_H
#define LOGTAP_PIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PIN_ACTIVE "active" /* the shared map's name under the root */

/* Makes sure root lies on a bpffs (mounting one at /sys/fs/bpf, or at root when it is
 * elsewhere, and saying so) and exists. 0 or -errno, with the reason logged. */
int pin_prepare(const char *root);
/* Removes a folder of pins and everything in it; a missing one is fine. 0 or -errno. */
int pin_remove(const char *dir);
/* Removes every pinned capture under root and root itself (--unpin); how many
 * folders were removed, or -errno. */
int pin_unpin_all(const char *root);
/* The first folder under root that is not mine ("v<abi>-<hash>"), into out; its
 * version in *abi. False when there is none. */
bool pin_find_other(const char *root, const char *mine, char *out, size_t n, uint32_t *abi);
/* Locks root (flock on the directory) for this process's life, so that one agent at a
 * time reads a pinned ring: a second one (the new pod of a rolling update while the old
 * one stops, or `make run` beside a DaemonSet) waits up to wait_s. The fd, or -EBUSY
 * when it is still held then, or -errno. */
int pin_lock(const char *root, int wait_s);
/* Whether path, or its nearest existing parent, is on a bpffs. */
bool pin_on_bpffs(const char *path);
/* The pinned capture folders (v<abi>-<hash>) under root, comma-separated into out;
 * how many there are. */
int pin_list(const char *root, char *out, size_t n);
/* Whether an agent holds root's lock (pin_lock) now. */
bool pin_owned(const char *root);
/* Whether path exists. */
bool pin_exists(const char *path);

#endif
