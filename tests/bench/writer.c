// SPDX-License-Identifier: Apache-2.0
/*
 * writer.c - benchmark workload: appends COUNT lines of SIZE bytes to PATH,
 * one write() each, as fast as it can, and prints the elapsed nanoseconds.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec a, b;
	long count, size, i;
	char line[4096];
	int fd;

	if (argc != 4) {
		fprintf(stderr, "usage: writer PATH COUNT SIZE\n");
		return 2;
	}
	count = atol(argv[2]);
	size = atol(argv[3]);
	if (size < 2 || size > (long)sizeof(line))
		return 2;
	memset(line, 'x', (size_t)size);
	memcpy(line, "bench line ", 11);
	line[size - 1] = '\n';
	fd = open(argv[1], O_WRONLY | O_CREAT | O_APPEND | O_TRUNC, 0644);
	if (fd < 0) {
		perror(argv[1]);
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (i = 0; i < count; i++) {
		if (write(fd, line, (size_t)size) != size) {
			perror("write");
			return 1;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("%lld\n", (long long)(b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec));
	close(fd);
	return 0;
}
