// SPDX-License-Identifier: Apache-2.0
/*
 * fuzz_cgroup.c - libFuzzer target: any /proc/<pid>/cgroup text through the path
 * parser. Container names in cgroup paths are chosen by users (ctr, custom parents).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "enrich/cgroup.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cg_container c;
	char *text = malloc(size + 1), v2[256];

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (cgroup_parse_proc(text, &c) &&
	    (c.runtime == CG_RT_NONE || c.runtime >= CG_RT_COUNT || !c.id[0] ||
	     strlen(c.id) > CG_ID_MAX || strlen(c.ns) > CG_NS_MAX ||
	     strlen(c.pod_uid) > CG_UID_MAX))
		abort();
	if (cgroup_v2_line(text, v2, sizeof(v2)) == 0 && strlen(v2) >= sizeof(v2))
		abort();
	free(text);
	return 0;
}
