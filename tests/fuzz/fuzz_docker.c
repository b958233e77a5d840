// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_docker.c - libFuzzer target for the bytes enrich reads from runtimes: an HTTP
 * response (Content-Length, chunked, until close) from the Engine API socket, its body
 * as a container inspect, an /events line, an OCI config.json and a containers.json.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "enrich/docker.h"
#include "enrich/oci.h"

static void check_meta(struct meta *m)
{
	size_t i;

	for (i = 0; i < m->nlabels; i++) {
		if (!m->label_keys[i] || !m->label_values[i])
			abort();
	}
	meta_unref(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf body = {0};
	struct docker_event ev;
	struct meta *m = NULL;
	int status = docker_http_parse((const char *)data, size, &body);

	if (status > 0 && body.len && !docker_parse_inspect(body.p, body.len, "docker", &m))
		check_meta(m);
	if (!docker_parse_inspect((const char *)data, size, "docker", &m))
		check_meta(m);
	if (docker_parse_event((const char *)data, size, &ev) &&
	    (strlen(ev.action) >= sizeof(ev.action) || strlen(ev.id) >= sizeof(ev.id)))
		abort();
	if (!oci_parse_config((const char *)data, size, "id", "containerd", &m))
		check_meta(m);
	if (!oci_parse_podman((const char *)data, size, "id", &m))
		check_meta(m);
	buf_free(&body);
	return 0;
}
