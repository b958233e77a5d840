/* SPDX-License-Identifier: Apache-2.0 */
/*
 * oci.h - container metadata from the runtime state on disk, for runtimes that
 * enrich does not ask over a socket: containerd (CRI and plain namespaces) and
 * CRI-O read the OCI config.json annotations; Podman without its API service
 * reads its storage's containers.json. Local file reads only.
 */
#ifndef LOGTAP_OCI_H
#define LOGTAP_OCI_H

#include <stddef.h>

#include "lib/event.h"

/* Every function returns a new meta (one reference, to the caller) in *out and 0,
 * -ENOENT when the runtime has no such container, -EPROTO for a file it cannot read
 * as expected, or -ENOMEM. */

/* containerd: <root>/io.containerd.runtime.v2.task/<ns>/<id>/config.json
 * (root: NULL = /run/containerd). */
int oci_containerd(const char *root, const char *ns, const char *id, struct meta **out);

/* CRI-O: <runroot>/overlay-containers/<id>/userdata/config.json, else the same under
 * graphroot (NULL = /run/containers/storage and /var/lib/containers/storage), plus the
 * pod's labels from its sandbox's config.json (io.kubernetes.cri-o.SandboxID). */
int oci_crio(const char *runroot, const char *graphroot, const char *id, struct meta **out);

/* Podman: <graphroot>/overlay-containers/containers.json -> name and image. */
int oci_podman(const char *graphroot, const char *id, struct meta **out);

/* The parser behind oci_containerd and oci_crio: an OCI config.json. Annotations of the
 * CRI plugin (io.kubernetes.cri.*) and of CRI-O (io.kubernetes.pod.*, io.kubernetes.cri-o.*)
 * give the Kubernetes fields and image; the others become labels. */
int oci_parse_config(const char *json, size_t len, const char *id, const char *runtime,
		     struct meta **out);

/* The parser behind oci_podman: a containers.json array. -ENOENT when id is not in it. */
int oci_parse_podman(const char *json, size_t len, const char *id, struct meta **out);

#endif
