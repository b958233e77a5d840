// SPDX-License-Identifier: Apache-2.0
/*
 * prog_lines.c - where a loaded BPF program's JIT code comes from: for program ID,
 * prints one line per line-info record, "ADDRESS<TAB>FILE:LINE<TAB>SOURCE", sorted by
 * the kernel address of the JIT instructions it starts. With perf's sample addresses
 * (scripts/profile-prog.sh) that is a profile of the program by source line, which
 * perf here cannot annotate (its disassembler is not built in, nor is bpftool's).
 *   prog_lines ID
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>

struct prog_lines {
	struct bpf_line_info *lines; /* nr of them: BTF offsets of file and source */
	uint64_t *jited;	     /* nr kernel addresses, one per line */
	uint32_t nr;
	uint32_t btf_id;
};

/* Fills pl from the kernel: a first call for the counts, a second for the arrays. */
static int lines_get(int fd, struct prog_lines *pl)
{
	struct bpf_prog_info info = {};
	uint32_t len = sizeof(info);

	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		return -errno;
	if (!info.nr_line_info || info.nr_jited_line_info != info.nr_line_info)
		return -ENODATA; /* no BTF line info, or not JITed */
	pl->nr = info.nr_line_info;
	pl->btf_id = info.btf_id;
	pl->lines = calloc(pl->nr, sizeof(*pl->lines));
	pl->jited = calloc(pl->nr, sizeof(*pl->jited));
	if (!pl->lines || !pl->jited)
		return -ENOMEM;
	memset(&info, 0, sizeof(info));
	info.nr_line_info = pl->nr;
	info.line_info_rec_size = sizeof(*pl->lines);
	info.line_info = (uintptr_t)pl->lines;
	info.nr_jited_line_info = pl->nr;
	info.jited_line_info_rec_size = sizeof(*pl->jited);
	info.jited_line_info = (uintptr_t)pl->jited;
	len = sizeof(info);
	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		return -errno;
	return 0;
}

struct row {
	uint64_t addr;
	uint32_t i;
};

static int row_cmp(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

int main(int argc, char **argv)
{
	struct prog_lines pl = {};
	struct btf *btf = NULL;
	struct row *rows = NULL;
	const char *file, *src, *slash;
	uint32_t i;
	int fd, err;

	if (argc != 2) {
		fprintf(stderr, "usage: prog_lines PROG_ID\n");
		return 2;
	}
	fd = bpf_prog_get_fd_by_id((uint32_t)strtoul(argv[1], NULL, 10));
	if (fd < 0) {
		fprintf(stderr, "prog_lines: program %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	err = lines_get(fd, &pl);
	if (!err) {
		btf = btf__load_from_kernel_by_id(pl.btf_id);
		if (!btf)
			err = -errno;
	}
	if (!err && !(rows = calloc(pl.nr, sizeof(*rows))))
		err = -ENOMEM;
	if (err) {
		fprintf(stderr, "prog_lines: program %s: line info: %s\n", argv[1], strerror(-err));
		return 1;
	}
	for (i = 0; i < pl.nr; i++)
		rows[i] = (struct row){ .addr = pl.jited[i], .i = i };
	qsort(rows, pl.nr, sizeof(*rows), row_cmp);
	for (i = 0; i < pl.nr; i++) {
		const struct bpf_line_info *l = &pl.lines[rows[i].i];

		file = btf__name_by_offset(btf, l->file_name_off);
		src = btf__name_by_offset(btf, l->line_off);
		slash = file ? strrchr(file, '/') : NULL;
		printf("%llx\t%s:%u\t%s\n", (unsigned long long)rows[i].addr,
		       slash ? slash + 1 : file ? file : "?", BPF_LINE_INFO_LINE_NUM(l->line_col),
		       src ? src : "");
	}
	btf__free(btf);
	free(rows);
	free(pl.lines);
	free(pl.jited);
	close(fd);
	return 0;
}
