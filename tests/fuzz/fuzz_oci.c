// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_oci.c - libFuzzer target for the state files enrich reads from containerd,
 * CRI-O and Podman (agent/enrich/oci.c). Input: a container id on the first line,
 * then the file: an OCI config.json or a Podman containers.json. Every meta that
 * comes out must be whole (strings present, labels paired).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "enrich/oci.h"
#include "lib/event.h"

static void check_meta(struct meta *m, const char *runtime)
{
	size_t i;

	if (!m->container_runtime || strcmp(m->container_runtime, runtime))
		abort();
	for (i = 0; i < m->nlabels; i++) {
		if (!m->label_keys[i] || !m->label_values[i])
			abort();
		(void)strlen(m->label_keys[i]);
		(void)strlen(m->label_values[i]);
	}
	meta_unref(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nl = memchr(data, '\n', size < 129 ? size : 129);
	const char *json = nl ? nl + 1 : (const char *)data;
	size_t len = size - (size_t)(json - (const char *)data);
	char id[129] = "0";
	struct meta *m = NULL;

	if (nl) {
		memcpy(id, data, (size_t)(nl - (const char *)data));
		id[nl - (const char *)data] = '\0';
	}
	if (!oci_parse_config(json, len, id, "containerd", &m))
		check_meta(m, "containerd");
	if (!oci_parse_config(json, len, id, "cri-o", &m))
		check_meta(m, "cri-o");
	if (!oci_parse_podman(json, len, id, &m))
		check_meta(m, "podman");
	return 0;
}
