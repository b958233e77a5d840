// SPDX-License-Identifier: Apache-2.0
/*
 * pin.c - the bpffs side of a pinned capture: mounting bpffs (hosts do not mount it
 * at boot everywhere), the folders of pins, and removing them. Removing a link's pin
 * detaches its program once no process holds the link open; removing a map's pin
 * frees it once no program or process uses it.
 */
#include "pin.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include "lib/dirs.h"
#include "lib/log.h"

#define BPF_FS_MAGIC 0xcafe4a11
#define BPFFS_DEFAULT "/sys/fs/bpf"

bool pin_exists(const char *path)
{
	struct stat st;

	return !lstat(path, &st);
}

bool pin_on_bpffs(const char *path)
{
	char p[PATH_MAX];
	struct statfs sf;
	char *slash;

	snprintf(p, sizeof(p), "%s", path);
	while (statfs(p, &sf)) {
		slash = strrchr(p, '/');
		if (!slash || slash == p)
			return false;
		*slash = '\0';
	}
	return (uint32_t)sf.f_type == BPF_FS_MAGIC;
}

/* Whether we run in pid 1's mount namespace (the host's, with hostPID). */
static bool same_mntns_as_init(void)
{
	struct stat a, b;

	return stat("/proc/self/ns/mnt", &a) || stat("/proc/1/ns/mnt", &b) || a.st_ino == b.st_ino;
}

int pin_prepare(const char *root)
{
	size_t n = strlen(BPFFS_DEFAULT);
	const char *at = !strncmp(root, BPFFS_DEFAULT, n) && (root[n] == '/' || !root[n])
				 ? BPFFS_DEFAULT
				 : root;
	int err;

	if (!pin_on_bpffs(root)) {
		err = dirs_make(at, 0700);
		if (!err && mount("bpf", at, "bpf", 0, "mode=0700"))
			err = -errno;
		if (err) {
			log_error("capture: %s is not on a bpffs and mounting one at %s failed: %s "
				  "(mount -t bpf bpf %s, or give --bpf-pin-dir on a bpffs)",
				  root, at, strerror(-err), at);
			return err;
		}
		log_info("capture: bpffs was not mounted; mounted it at %s", at);
		if (!same_mntns_as_init())
			log_warn("capture: that mount is this container's own: the pinned capture "
				 "ends with the container; mount bpffs on the host (mount -t bpf bpf "
				 "/sys/fs/bpf) so that it outlives agent restarts");
	}
	err = dirs_make(root, 0700);
	if (err)
		log_error("capture: cannot create %s: %s", root, strerror(-err));
	return err;
}

int pin_remove(const char *dir)
{
	char p[PATH_MAX];
	struct dirent *d;
	DIR *dh = opendir(dir);
	int err = 0;

	if (!dh)
		return errno == ENOENT ? 0 : -errno;
	while ((d = readdir(dh))) {
		if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, ".."))
			continue;
		snprintf(p, sizeof(p), "%s/%s", dir, d->d_name);
		if (d->d_type == DT_DIR)
			err = pin_remove(p) ?: err;
		else if (unlink(p) && errno != ENOENT)
			err = -errno;
	}
	closedir(dh);
	if (rmdir(dir) && errno != ENOENT)
		err = -errno;
	return err;
}

int pin_unpin_all(const char *root)
{
	char p[PATH_MAX];
	struct dirent *d;
	DIR *dh = opendir(root);
	int n = 0, err;

	if (!dh)
		return errno == ENOENT ? 0 : -errno;
	while ((d = readdir(dh))) {
		if (d->d_type != DT_DIR || d->d_name[0] == '.')
			continue;
		snprintf(p, sizeof(p), "%s/%s", root, d->d_name);
		err = pin_remove(p);
		if (err) {
			closedir(dh);
			return err;
		}
		n++;
	}
	closedir(dh);
	err = pin_remove(root);
	return err ? err : n;
}

bool pin_find_other(const char *root, const char *mine, char *out, size_t n, uint32_t *abi)
{
	struct dirent *d;
	DIR *dh = opendir(root);
	bool found = false;
	const char *leaf = strrchr(mine, '/');

	leaf = leaf ? leaf + 1 : mine;
	if (!dh)
		return false;
	while (!found && (d = readdir(dh))) {
		if (d->d_type != DT_DIR || d->d_name[0] != 'v' || !strcmp(d->d_name, leaf))
			continue;
		*abi = (uint32_t)strtoul(d->d_name + 1, NULL, 10);
		snprintf(out, n, "%s/%s", root, d->d_name);
		found = true;
	}
	closedir(dh);
	return found;
}

int pin_lock(const char *root, int wait_s)
{
	int fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC), err, i;

	if (fd < 0)
		return -errno;
	for (i = 0; flock(fd, LOCK_EX | LOCK_NB); i++) {
		err = errno;
		if (err != EWOULDBLOCK || i >= wait_s * 10) {
			close(fd);
			log_error("capture: %s: %s (another logtap agent owns this pinned capture: "
				  "stop it, or give this one another --bpf-pin-dir)",
				  root, err == EWOULDBLOCK ? "still locked" : strerror(err));
			return err == EWOULDBLOCK ? -EBUSY : -err;
		}
		if (!i)
			log_info("capture: another logtap agent owns the pinned capture in %s; "
				 "waiting up to %d s for it to stop",
				 root, wait_s);
		usleep(100 * 1000);
	}
	return fd;
}

int pin_list(const char *root, char *out, size_t n)
{
	DIR *dh = opendir(root);
	struct dirent *d;
	size_t len = 0;
	int count = 0;

	out[0] = '\0';
	while (dh && (d = readdir(dh))) {
		if (d->d_type != DT_DIR || d->d_name[0] != 'v' || len + strlen(d->d_name) + 3 >= n)
			continue;
		len += (size_t)snprintf(out + len, n - len, "%s%s", count ? ", " : "", d->d_name);
		count++;
	}
	if (dh)
		closedir(dh);
	return count;
}

bool pin_owned(const char *root)
{
	int fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	bool owned = fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) && errno == EWOULDBLOCK;

	if (fd >= 0)
		close(fd); /* drops the lock if it was ours for a moment */
	return owned;
}
