// SPDX-License-Identifier: Apache-2.0
/*
 * oci.c - metadata from runtime state on disk: the OCI config.json that containerd
 * and CRI-O keep per container (Kubernetes fields are annotations there) and
 * Podman's containers.json. Runs on enrich's resolver thread.
 */
#include "oci.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docker.h"

#define CONFIG_MAX (4 << 20) /* a config.json is a few KiB; refuse absurd ones */

/* Annotations that carry a field rather than a label. */
static const struct {
	const char *key;
	size_t off;
} ann_fields[] = {
    {"io.kubernetes.cri.sandbox-name", offsetof(struct meta, k8s_pod)},
    {"io.kubernetes.cri.sandbox-namespace", offsetof(struct meta, k8s_namespace)},
    {"io.kubernetes.cri.container-name", offsetof(struct meta, k8s_container)},
    {"io.kubernetes.cri.image-name", offsetof(struct meta, container_image)},
    {"io.kubernetes.cri-o.ImageName", offsetof(struct meta, container_image)},
};

static int set_str(char **dst, const char *s)
{
	if (!s || !*s)
		return 0;
	free(*dst);
	*dst = strdup(s);
	return *dst ? 0 : -ENOMEM;
}

static int read_file(const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "re");
	char *p;
	long n;

	if (!f)
		return -errno;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || n > CONFIG_MAX ||
	    fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return -EPROTO;
	}
	p = malloc((size_t)n + 1);
	if (!p) {
		fclose(f);
		return -ENOMEM;
	}
	*len = fread(p, 1, (size_t)n, f);
	p[*len] = '\0';
	fclose(f);
	*out = p;
	return 0;
}

static int add_label(struct meta *m, const char *key, const char *value)
{
	int err = meta_add_label(m, key, value);

	return err ? err : docker_label_field(m, key, value);
}

/* io.kubernetes.cri-o.Labels holds the CRI labels as a JSON object in a string. */
static int add_crio_labels(struct meta *m, const char *s)
{
	json_t *obj = json_loads(s, 0, NULL), *v;
	const char *key;
	int err = 0;

	json_object_foreach(obj, key, v)
	{
		if (!err && json_is_string(v))
			err = add_label(m, key, json_string_value(v));
	}
	json_decref(obj);
	return err;
}

static int annotation(struct meta *m, const char *key, const char *value)
{
	size_t i;

	for (i = 0; i < sizeof(ann_fields) / sizeof(ann_fields[0]); i++) {
		if (!strcmp(key, ann_fields[i].key))
			return set_str((char **)((char *)m + ann_fields[i].off), value);
	}
	if (!strcmp(key, "io.kubernetes.cri.sandbox-uid"))
		return add_label(m, "io.kubernetes.pod.uid", value);
	if (!strcmp(key, "io.kubernetes.cri-o.Labels"))
		return add_crio_labels(m, value);
	/* Runtime internals (sandbox ids, log paths, ...) are not labels. */
	if (!strncmp(key, "io.kubernetes.cri.", 18) || !strncmp(key, "io.kubernetes.cri-o.", 20) ||
	    !strncmp(key, "io.podman.", 10) || !strncmp(key, "org.opencontainers.", 19) ||
	    !strcmp(key, "io.container.manager"))
		return 0;
	return add_label(m, key, value);
}

int oci_parse_config(const char *json, size_t len, const char *id, const char *runtime,
		     struct meta **out)
{
	json_t *root = json_loadb(json, len, 0, NULL), *ann, *v;
	struct meta *m = NULL;
	const char *key;
	int err = json_is_object(root) ? 0 : -EPROTO;

	if (!err) {
		m = meta_new();
		err = m ? 0 : -ENOMEM;
	}
	if (!err)
		err = set_str(&m->container_id, id);
	if (!err)
		err = set_str(&m->container_runtime, runtime);
	ann = json_object_get(root, "annotations");
	json_object_foreach(ann, key, v)
	{
		if (!err && json_is_string(v))
			err = annotation(m, key, json_string_value(v));
	}
	if (!err)
		err = set_str(&m->container_name, m->k8s_container ? m->k8s_container : id);
	json_decref(root);
	if (err) {
		meta_unref(m);
		return err;
	}
	*out = m;
	return 0;
}

static int config_file(const char *path, const char *id, const char *runtime, struct meta **out)
{
	size_t len;
	char *text;
	int err = read_file(path, &text, &len);

	if (err)
		return err == -ENOTDIR ? -ENOENT : err;
	err = oci_parse_config(text, len, id, runtime, out);
	free(text);
	return err;
}

int oci_containerd(const char *root, const char *ns, const char *id, struct meta **out)
{
	char path[PATH_MAX];

	if ((size_t)snprintf(path, sizeof(path),
			     "%s/io.containerd.runtime.v2.task/%s/%s/config.json",
			     root ? root : "/run/containerd", ns, id) >= sizeof(path))
		return -ENAMETOOLONG;
	return config_file(path, id, "containerd", out);
}

static char *annotation_dup(const char *text, size_t len, const char *key)
{
	json_t *root = json_loadb(text, len, 0, NULL);
	const char *v =
	    json_string_value(json_object_get(json_object_get(root, "annotations"), key));
	char *dup = v && *v && !strchr(v, '/') && v[0] != '.' ? strdup(v) : NULL;

	json_decref(root);
	return dup;
}

/* One CRI-O config.json, from the runroot, else the graphroot. *sandbox, when asked for,
 * gets its io.kubernetes.cri-o.SandboxID (malloc'd) or NULL. */
static int crio_config(const char *runroot, const char *graphroot, const char *id,
		       struct meta **out, char **sandbox)
{
	const char *roots[] = {runroot ? runroot : "/run/containers/storage",
			       graphroot ? graphroot : "/var/lib/containers/storage"};
	char path[PATH_MAX], *text;
	int err = -ENOENT;
	size_t len, i;

	for (i = 0; i < 2 && err == -ENOENT; i++) {
		snprintf(path, sizeof(path), "%s/overlay-containers/%s/userdata/config.json",
			 roots[i], id);
		err = read_file(path, &text, &len);
		if (err == -ENOTDIR)
			err = -ENOENT;
		if (err)
			continue;
		err = oci_parse_config(text, len, id, "cri-o", out);
		if (!err && sandbox)
			*sandbox = annotation_dup(text, len, "io.kubernetes.cri-o.SandboxID");
		free(text);
	}
	return err;
}

static bool has_label(const struct meta *m, const char *key)
{
	size_t i;

	for (i = 0; i < m->nlabels; i++) {
		if (!strcmp(m->label_keys[i], key))
			return true;
	}
	return false;
}

/* CRI-O keeps the pod's labels on its sandbox (infra) container: they join the
 * container's own. A sandbox that is gone leaves the container's labels alone. */
static int crio_pod_labels(const char *runroot, const char *graphroot, const char *sandbox,
			   struct meta *m)
{
	struct meta *pod = NULL;
	size_t i;
	int err = crio_config(runroot, graphroot, sandbox, &pod, NULL);

	if (err)
		return err == -ENOMEM ? err : 0;
	for (i = 0; !err && i < pod->nlabels; i++) {
		if (!has_label(m, pod->label_keys[i]))
			err = meta_add_label(m, pod->label_keys[i], pod->label_values[i]);
	}
	meta_unref(pod);
	return err;
}

int oci_crio(const char *runroot, const char *graphroot, const char *id, struct meta **out)
{
	struct meta *m = NULL;
	char *sandbox = NULL;
	int err = crio_config(runroot, graphroot, id, &m, &sandbox);

	if (!err && sandbox && strcmp(sandbox, id))
		err = crio_pod_labels(runroot, graphroot, sandbox, m);
	free(sandbox);
	if (err) {
		meta_unref(m);
		return err;
	}
	*out = m;
	return 0;
}

static int podman_fill(struct meta *m, json_t *c)
{
	json_t *md = json_loads(json_string_value(json_object_get(c, "metadata")) ?: "{}", 0, NULL);
	const char *name = json_string_value(json_array_get(json_object_get(c, "names"), 0));
	int err;

	err = set_str(&m->container_id, json_string_value(json_object_get(c, "id")));
	if (!err)
		err = set_str(&m->container_runtime, "podman");
	if (!err)
		err = set_str(&m->container_name,
			      name ? name : json_string_value(json_object_get(md, "name")));
	if (!err)
		err = set_str(&m->container_image,
			      json_string_value(json_object_get(md, "image-name")));
	json_decref(md);
	return err;
}

int oci_parse_podman(const char *json, size_t len, const char *id, struct meta **out)
{
	json_t *root = json_loadb(json, len, 0, NULL), *c;
	struct meta *m;
	size_t i;
	int err = -ENOENT;

	if (!json_is_array(root))
		err = -EPROTO;
	json_array_foreach(root, i, c)
	{
		if (err != -ENOENT || strcmp(json_string_value(json_object_get(c, "id")) ?: "", id))
			continue;
		m = meta_new();
		err = m ? podman_fill(m, c) : -ENOMEM;
		if (err)
			meta_unref(m);
		else
			*out = m;
	}
	json_decref(root);
	return err;
}

int oci_podman(const char *graphroot, const char *id, struct meta **out)
{
	char path[PATH_MAX], *text;
	size_t len;
	int err;

	snprintf(path, sizeof(path), "%s/overlay-containers/containers.json",
		 graphroot ? graphroot : "/var/lib/containers/storage");
	err = read_file(path, &text, &len);
	if (err)
		return err;
	err = oci_parse_podman(text, len, id, out);
	free(text);
	return err;
}
